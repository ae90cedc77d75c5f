// `npm run bench`: the engine's speed against the minimal baseline loop, measured in the same run.
// Options: --json (one JSON object on stdout, nothing else), --calls N, --quick (100,000 calls), --rounds N.
// Progress goes to stderr. See docs/benchmark.md for what each figure means and how it is measured.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import type { GeneratorName } from './baseline';
import { Simulation } from '../src/sim/engine/simulation';
import type { Scenario } from '../src/sim/scenario/schema';
import { baselineConfigFor, expectedArrivalsEndSeconds } from './baseline-config';
import { findGc } from './gc';
import { measureRun, medianRun, type RunFigures, type Steppable } from './measure';
import { formatTable, ratio, type BenchReport, type CaseReport, type GeneratorReport } from './report';
import { baselineFactory, engineFactory } from './runners';
import { benchCases, type BenchCase } from './scenarios';

const DEFAULT_CALLS = 1_000_000;
const QUICK_CALLS = 100_000;
const WARMUP_CALLS = 50_000;
const SLICES = 200;
const GENERATORS: readonly GeneratorName[] = ['alea', 'arc4', 'xor128'];

interface Options {
  json: boolean;
  calls: number;
  rounds: number;
}

function positiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`--${name}: must be a positive integer (got ${text})`);
  return value;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      calls: { type: 'string' },
      rounds: { type: 'string' },
    },
    strict: true,
  });
  const calls = positiveInteger('calls', values.calls, values.quick ? QUICK_CALLS : DEFAULT_CALLS);
  return { json: values.json, calls, rounds: positiveInteger('rounds', values.rounds, 3) };
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** One side of a comparison: builds a run of a given scenario. */
interface Contestant {
  name: string;
  runOf: (scenario: Scenario) => () => Steppable;
  /** How many calls a complete run takes: a timed run that took another number stopped early. */
  callsOf: (scenario: Scenario) => number;
}

interface RaceSetup {
  label: string;
  scenario: Scenario;
  /** The same case with fewer calls, run once per contestant first so the JIT has compiled the hot loops. */
  warmupScenario: Scenario;
  rounds: number;
  gc: (() => void) | undefined;
}

function horizonCalls(scenario: Scenario): number {
  if (scenario.horizon.kind !== 'calls') throw new Error(`bench case ${scenario.id} must stop after a number of calls`);
  return scenario.horizon.count;
}

function measureScenario(
  create: () => Steppable,
  scenario: Scenario,
  calls: number,
  gc: (() => void) | undefined,
): RunFigures {
  horizonCalls(scenario); // every case stops after a number of calls: the slices depend on it
  return measureRun(create, { calls, arrivalsEndSeconds: expectedArrivalsEndSeconds(scenario), slices: SLICES, gc });
}

/**
 * Warms every contestant up, then alternates them round by round; returns each one's median run, in order.
 * Timed rounds force no garbage collection: a forced full GC makes V8 drop compiled code whose objects died
 * (the previous run's), which the next timed run would pay for. The heap figures come from one more run per
 * contestant, untimed, with full GCs at the quarter marks.
 */
function race(contestants: readonly Contestant[], setup: RaceSetup): RunFigures[] {
  for (const c of contestants)
    measureScenario(c.runOf(setup.warmupScenario), setup.warmupScenario, c.callsOf(setup.warmupScenario), undefined);
  const runs: RunFigures[][] = contestants.map(() => []);
  const creates = contestants.map((c) => c.runOf(setup.scenario));
  const calls = contestants.map((c) => c.callsOf(setup.scenario));
  for (let round = 1; round <= setup.rounds; round++) {
    contestants.forEach((c, i) => {
      const figures = measureScenario(creates[i]!, setup.scenario, calls[i]!, undefined);
      runs[i]!.push(figures);
      progress(`${setup.label} round ${round}/${setup.rounds} ${c.name}: ${figures.wallSeconds.toFixed(2)} s`);
    });
  }
  return runs.map((r, i) => {
    const median = medianRun(r);
    if (setup.gc === undefined) return median;
    progress(`${setup.label} heap run ${contestants[i]!.name}`);
    const memory = measureScenario(creates[i]!, setup.scenario, calls[i]!, setup.gc);
    return {
      ...median,
      startHeapMB: memory.startHeapMB,
      heapAtQuartersMB: memory.heapAtQuartersMB,
      heapGrowthKB: memory.heapGrowthKB,
      peakHeapMB: Math.max(median.peakHeapMB, memory.peakHeapMB),
    };
  });
}

function baselineWith(generator: GeneratorName, name: string = generator): Contestant {
  return {
    name,
    callsOf: horizonCalls,
    runOf: (scenario) => {
      const create = baselineFactory(scenario, generator);
      if (create === undefined) throw new Error(`the baseline cannot model scenario ${scenario.id}`);
      return create;
    },
  };
}

const engine: Contestant = { name: 'engine', runOf: engineFactory, callsOf: horizonCalls };

/**
 * The engine counting contacts: every call that rang the centre (first calls, retrials, repeat calls, the
 * contained and the blocked ones too), for cases whose horizon counts new callers only. Only a run can tell how
 * many contacts that makes, so an untimed reference run with the same seed (a run is reproducible) sets the
 * number each timed run must match.
 */
const engineCountingContacts: Contestant = {
  name: 'engine',
  runOf: (scenario) => () => {
    const sim = new Simulation(scenario);
    return {
      runUntil: (seconds) => sim.runUntil(seconds),
      get eventCount() {
        return sim.eventCount;
      },
      callsOffered: () => sim.callsArrived,
    };
  },
  callsOf: (scenario) => {
    const sim = new Simulation(scenario);
    sim.runUntil(Infinity);
    return sim.callsArrived;
  },
};

function engineFor(benchCase: BenchCase): Contestant {
  return benchCase.calls === 'contacts' ? engineCountingContacts : engine;
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const gc = findGc();
  const warmupCalls = Math.min(options.calls, WARMUP_CALLS);

  const cases: CaseReport[] = [];
  let generators: GeneratorReport | undefined;
  for (const benchCase of benchCases) {
    const scenario = benchCase.scenario(options.calls);
    const setup: RaceSetup = {
      label: benchCase.id,
      scenario,
      warmupScenario: benchCase.scenario(warmupCalls),
      rounds: options.rounds,
      gc,
    };
    // Cases the baseline cannot model (e.g. a full centre) are measured for the engine alone.
    const hasBaseline = baselineConfigFor(scenario) !== undefined;
    const contestants = hasBaseline ? [baselineWith('alea', 'baseline'), engineFor(benchCase)] : [engineFor(benchCase)];
    const medians = race(contestants, setup);
    const baselineFigures = hasBaseline ? medians[0] : undefined;
    const engineFigures = medians[medians.length - 1];
    cases.push({
      id: benchCase.id,
      label: benchCase.label,
      calls: benchCase.calls,
      baseline: baselineFigures,
      engine: engineFigures,
      eventsPerSecondRatio: ratio(engineFigures?.eventsPerSecond, baselineFigures?.eventsPerSecond),
      callsPerSecondRatio: ratio(engineFigures?.callsPerSecond, baselineFigures?.callsPerSecond),
    });

    // The generator comparison runs once, on the first case the baseline can model.
    if (generators === undefined && hasBaseline) {
      const figures = race(
        GENERATORS.map((g) => baselineWith(g)),
        { ...setup, label: `${benchCase.id} generators` },
      );
      const aleaEventsPerSecond = figures[0]!.eventsPerSecond;
      generators = {
        caseId: benchCase.id,
        runs: GENERATORS.map((generator, i) => ({
          generator,
          figures: figures[i]!,
          eventsPerSecondVsAlea: figures[i]!.eventsPerSecond / aleaEventsPerSecond,
        })),
      };
    }
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    callsPerRun: options.calls,
    rounds: options.rounds,
    gcAvailable: gc !== undefined,
    cases,
    generators,
  };
  // In JSON a missing figure is null (not dropped), like NaN.
  const json = (): string => JSON.stringify(report, (_key, value: unknown) => (value === undefined ? null : value), 2);
  process.stdout.write(options.json ? `${json()}\n` : `${formatTable(report)}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
