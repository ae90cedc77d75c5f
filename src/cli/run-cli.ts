// The CLI as a function: arguments and I/O in, an exit code out, so tests can run it in-process as well as
// spawning main.ts. Exit codes: 0 done, 2 bad arguments or scenario, 1 an unexpected failure.
import { runReplications } from '../sim/replications';
import { checkBudget } from '../sim/budget';
import { refuseRunaway } from '../sim/run-guard';
import { formatIssue } from '../sim/scenario/validate';
import type { Scenario } from '../sim/scenario/schema';
import { parseArgs, usage } from './args';
import { formatJson } from './format-json';
import { formatReport } from './format-table';
import { loadInput } from './load-input';
import { toReport } from './report';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  builtIns: readonly Scenario[];
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(`${usage}\n\nBuilt-in scenarios: ${io.builtIns.map((s) => s.id).join(', ')}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    io.stderr(`sim: ${parsed.message}\n`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  const loaded = loadInput(options.target, io);
  if (!loaded.ok) {
    io.stderr(loaded.lines.map((line) => `${line}\n`).join(''));
    return EXIT_USAGE;
  }
  const budget = checkBudget([loaded.scenario], {
    replications: options.replications,
    allowLargeRun: options.allowLarge,
  });
  if (budget.length > 0) {
    io.stderr(`${budget.map(formatIssue).join('\n')} (--allow-large)\n`);
    return EXIT_USAGE;
  }
  const seedOption = options.seed === undefined ? {} : { seed: options.seed };
  const result = refuseRunaway(() =>
    runReplications(loaded.scenario, { replications: options.replications, ...seedOption }),
  );
  if ('ok' in result) {
    io.stderr(`${result.issues.map(formatIssue).join('\n')}\n`);
    return EXIT_FAILURE;
  }
  const report = toReport(result);
  io.stdout(options.json ? formatJson(loaded.scenario, report) : formatReport(loaded.scenario, report, options));
  return EXIT_OK;
}
