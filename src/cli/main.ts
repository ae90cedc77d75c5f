// Entry point of `npm run sim` (run with tsx): wires the CLI to the process. Everything testable lives in
// run-cli.ts and the files it uses.
import { readFileSync } from 'node:fs';
import { builtInScenarios } from '../scenarios/index';
import { EXIT_FAILURE, runCli } from './run-cli';

try {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    builtIns: builtInScenarios,
  });
} catch (error) {
  process.stderr.write(`sim: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = EXIT_FAILURE;
}
