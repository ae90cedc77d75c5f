// The IVR menu as data walked by a caller: at each node the prompt takes time, then the caller hangs up,
// finishes in self-service (containment), goes on to a sub-menu, or — at a node without options — reaches a
// queue, possibly the wrong one (misroute). The whole walk is drawn at once from the call type's IVR stream,
// so the engine only needs its length and its outcome. Pure, no DOM.
import type { IvrNodeSpec } from '../scenario/schema';
import { makeSampler, type Sampler } from '../random/distributions';
import type { Rng } from '../random/streams';

export const IVR_ROUTED = 0;
export const IVR_CONTAINED = 1;
export const IVR_HUNG_UP = 2;

interface Node {
  prompt: Sampler;
  hangUp: number;
  selfService: number;
  selfServiceDuration: Sampler | null;
  /** Cumulative probabilities of the options and their node indices; empty at a leaf. */
  cumulative: Float64Array;
  next: Int32Array;
  misroute: number;
}

export class IvrMenu {
  /** Outcome of the last walk: total seconds in the IVR, IVR_ROUTED/CONTAINED/HUNG_UP, queue, misrouted. */
  seconds = 0;
  outcome = IVR_ROUTED;
  queue = -1;
  misrouted = false;

  private readonly nodes: Node[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  private readonly queueCount: number;

  constructor(specs: readonly IvrNodeSpec[], queueCount: number) {
    this.nodeIndex = new Map(specs.map((n, i) => [n.id, i]));
    this.queueCount = queueCount;
    this.nodes = specs.map((n) => {
      let acc = 0;
      const options = n.options ?? [];
      return {
        prompt: makeSampler(n.prompt),
        hangUp: n.hangUpProbability ?? 0,
        selfService: n.selfService?.probability ?? 0,
        selfServiceDuration: n.selfService ? makeSampler(n.selfService.duration) : null,
        cumulative: Float64Array.from(options, (o) => (acc += o.probability)),
        next: Int32Array.from(options, (o) => this.nodeIndex.get(o.next) as number),
        misroute: n.misrouteProbability ?? 0,
      };
    });
  }

  /** Walks the menu from `entry` for a caller who needs `ownQueue`; the result is left in the fields. */
  walk(entry: number, ownQueue: number, rng: Rng): void {
    let node = this.nodes[entry] as Node;
    let seconds = 0;
    for (;;) {
      seconds += node.prompt(rng);
      const u = rng();
      if (u < node.hangUp) {
        this.finish(seconds, IVR_HUNG_UP, -1, false);
        return;
      }
      if (u < node.hangUp + node.selfService) {
        seconds += (node.selfServiceDuration as Sampler)(rng);
        this.finish(seconds, IVR_CONTAINED, -1, false);
        return;
      }
      if (node.next.length === 0) break;
      const v = rng();
      let k = 0;
      while (k < node.next.length - 1 && v >= (node.cumulative[k] as number)) k++;
      node = this.nodes[node.next[k] as number] as Node;
    }
    if (this.queueCount > 1 && rng() < node.misroute) {
      // Uniformly one of the other queues.
      const other = Math.floor(rng() * (this.queueCount - 1));
      this.finish(seconds, IVR_ROUTED, other >= ownQueue ? other + 1 : other, true);
      return;
    }
    this.finish(seconds, IVR_ROUTED, ownQueue, false);
  }

  private finish(seconds: number, outcome: number, queue: number, misrouted: boolean): void {
    this.seconds = seconds;
    this.outcome = outcome;
    this.queue = queue;
    this.misrouted = misrouted;
  }
}
