// `npm run sim -- compare` as a function: arguments and I/O in, an exit code out. Loads every variant (file or
// built-in id), reports all loading problems at once, runs the paired comparison and prints it.
import { compareVariants } from '../sim/compare';
import type { Scenario } from '../sim/scenario/schema';
import { compareUsage, parseCompareArgs } from './compare-args';
import { formatComparisonJson } from './compare-json';
import { formatComparison } from './compare-table';
import { loadInput } from './load-input';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './run-cli';
import { checkBudget } from '../sim/budget';
import { refuseRunaway } from '../sim/run-guard';
import { formatIssue } from '../sim/scenario/validate';

/** `argv` is what follows the word `compare`. */
export function runCompareCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseCompareArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(`${compareUsage}\n\nBuilt-in scenarios: ${io.builtIns.map((s) => s.id).join(', ')}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') {
    io.stderr(`sim compare: ${parsed.message}\n`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  const scenarios: Scenario[] = [];
  const sources: string[] = [];
  const problems: string[] = [];
  for (const target of options.targets) {
    const loaded = loadInput(target, io);
    if (loaded.ok) {
      scenarios.push(loaded.scenario);
      sources.push(loaded.source);
    } else problems.push(...loaded.lines);
  }
  if (problems.length > 0) {
    io.stderr(problems.map((line) => `${line}\n`).join(''));
    return EXIT_USAGE;
  }
  const budget = checkBudget(scenarios, { replications: options.replications, allowLargeRun: options.allowLarge });
  if (budget.length > 0) {
    io.stderr(`${budget.map(formatIssue).join('\n')} (--allow-large)\n`);
    return EXIT_USAGE;
  }
  const seedOption = options.seed === undefined ? {} : { seed: options.seed };
  const comparison = refuseRunaway(() =>
    compareVariants(scenarios, { replications: options.replications, ...seedOption }),
  );
  if ('ok' in comparison) {
    io.stderr(`${comparison.issues.map(formatIssue).join('\n')}\n`);
    return EXIT_FAILURE;
  }
  io.stdout(
    options.json
      ? formatComparisonJson(comparison, sources)
      : formatComparison(comparison, scenarios, sources, options),
  );
  return EXIT_OK;
}
