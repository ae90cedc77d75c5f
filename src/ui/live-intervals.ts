// The per-interval KPIs of a live run on the page. Full snapshots replace the list; frames of a playing run
// carry only the intervals that changed (LiveFrame in src/sim/live/live-service.ts), which are merged in by
// index. Pure, no DOM.
import type { FloorSnapshot } from '../sim/api';
import type { LiveFrame } from '../sim/live/live-service';
import type { IntervalKpis } from '../sim/results';

export class LiveIntervals {
  private list: IntervalKpis[] = [];

  get length(): number {
    return this.list.length;
  }

  clear(): void {
    this.list = [];
  }

  /** Takes a full snapshot's list. */
  replace(intervals: readonly IntervalKpis[]): void {
    this.list = [...intervals];
  }

  /** Merges the intervals a frame carries (a later value of an interval replaces the earlier one). */
  merge(changed: readonly IntervalKpis[]): void {
    for (const interval of changed) this.list[interval.index] = interval;
  }

  /** The frame as a full snapshot: its own fields with every interval known so far (a copy of the list). */
  snapshotOf(frame: LiveFrame): FloorSnapshot {
    this.merge(frame.changedIntervals);
    const { changedIntervals: _changed, ...rest } = frame;
    // Holes (an interval never sent) cannot happen within one play; filter them out rather than pass undefined.
    return { ...rest, intervals: this.list.filter((i) => i !== undefined) };
  }
}
