// `npm run sim -- staff` as a function: arguments, I/O and a solver loader in, an exit code out. Loads the
// scenario and the patterns, runs the optimiser (src/sim/staffing) and prints or writes its results.
import { loadScenario } from '../sim/scenario/migrate';
import type { Scenario } from '../sim/scenario/schema';
import { RunGuardError } from '../sim/run-guard';
import { optimiseDay, scheduledScenario, UnreachableTargetError } from '../sim/staffing/plan';
import { checkPatterns, defaultPatterns } from '../sim/staffing/shift-patterns';
import { InfeasiblePlanError, type LpSolver } from '../sim/staffing/shifts';
import { StaffingInputError, withTarget, type StaffingTarget } from '../sim/staffing/target';
import { loadInput } from './load-input';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './run-cli';
import { parseStaffArgs, staffUsage } from './staff-args';
import { createWorkerPool, type WorkerPool } from './staff-workers';
import { formatStaffCsv, formatStaffReport } from './staff-report';

export interface StaffCliIo extends CliIo {
  writeFile(path: string, text: string): void;
  loadSolver(): Promise<LpSolver>;
  /** Worker threads when --threads is not given (main.ts: one per core). Default 1: the main thread. */
  defaultThreads?: number;
}

/** The optimised day as a playable scenario: the plan's shifts replace the groups' agents and schedule. */
export function optimisedScenario(scenario: Scenario, shifts: Scenario['schedule']): Scenario {
  const staffed = scheduledScenario(scenario, shifts ?? []);
  const { translations: _dropped, ...rest } = staffed;
  return loadScenario({
    ...rest,
    id: `${scenario.id}-staffed`.slice(0, 64),
    name: `${scenario.name} (optimised staffing)`.slice(0, 120),
    description: `${scenario.name} staffed by the simulation-based optimiser (npm run sim -- staff).`,
  });
}

/** `argv` is what follows the word `staff`. */
export async function runStaffCli(argv: readonly string[], io: StaffCliIo): Promise<number> {
  const parsed = parseStaffArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(`${staffUsage}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    io.stderr(`sim staff: ${parsed.message}\n`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  const loaded = loadInput(options.target, io);
  if (!loaded.ok) {
    io.stderr(loaded.lines.map((line) => `${line}\n`).join(''));
    return EXIT_USAGE;
  }
  const scenario = loaded.scenario;
  const target: StaffingTarget = {
    serviceLevel: options.serviceLevel ?? scenario.serviceLevel.target,
    thresholdSeconds: options.thresholdSeconds ?? scenario.serviceLevel.thresholdSeconds,
    confidence: options.confidence,
    ...(options.maxAbandonRate === undefined ? {} : { maxAbandonRate: options.maxAbandonRate }),
    ...(options.maxOccupancy === undefined ? {} : { maxOccupancy: options.maxOccupancy }),
  };
  // The target's threshold is the one the simulation counts against.
  const planned = withTarget(scenario, target);
  let pool: WorkerPool | undefined;
  try {
    let patterns = defaultPatterns(planned);
    if (options.patternsFile !== undefined) {
      let data: unknown;
      try {
        data = JSON.parse(io.readFile(options.patternsFile));
      } catch (error) {
        io.stderr(
          `sim staff: --patterns: cannot read "${options.patternsFile}" as JSON: ${(error as Error).message}\n`,
        );
        return EXIT_USAGE;
      }
      patterns = checkPatterns(data, planned);
    }
    const solver = await io.loadSolver();
    const threads = options.threads ?? io.defaultThreads ?? 1;
    pool = threads > 1 ? await createWorkerPool(threads) : undefined;
    const day = optimiseDay(planned, target, {
      ...(pool === undefined ? {} : { runner: pool.run }),
      replications: options.replications,
      shrinkage: options.shrinkage,
      patterns,
      solver,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.maxAgentsPerGroup === undefined ? {} : { maxAgentsPerGroup: options.maxAgentsPerGroup }),
      onEvaluation: (n, i, total) => {
        if (n % 25 === 0) io.stderr(`  … ${n} staffings simulated, interval ${i + 1} of ${total}\n`);
      },
    });
    io.stdout(formatStaffReport(day, planned, target));
    if (options.csvFile !== undefined) io.writeFile(options.csvFile, formatStaffCsv(day, planned));
    if (options.scenarioOutFile !== undefined)
      io.writeFile(
        options.scenarioOutFile,
        `${JSON.stringify(optimisedScenario(planned, day.verification.plan.shifts), null, 2)}\n`,
      );
    return EXIT_OK;
  } catch (error) {
    if (
      error instanceof StaffingInputError ||
      error instanceof UnreachableTargetError ||
      error instanceof InfeasiblePlanError
    ) {
      io.stderr(`sim staff: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof RunGuardError) {
      io.stderr(`sim staff: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  } finally {
    await pool?.close();
  }
}
