// Entry point of `npm run sim` (run with tsx): wires the CLI to the process. Everything testable lives in
// run-cli.ts and the files it uses.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { builtInExercises } from '../scenarios/exercises/index';
import { builtInScenarios } from '../scenarios/index';
import { runCompareCli } from './compare-cli';
import { runExerciseCli, type ExerciseCliIo } from './exercise-cli';
import { EXIT_FAILURE, runCli } from './run-cli';
import { runStaffCli } from './staff-cli';

const io: ExerciseCliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  builtIns: builtInScenarios,
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  builtInExercises,
};

function fail(error: unknown): void {
  process.stderr.write(
    `sim: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = EXIT_FAILURE;
}

try {
  // `compare`, `exercise`, `replay` and `staff` are subcommands; a scenario file of that name is still reachable as
  // `./compare`.
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'staff') {
    // HiGHS loads its WebAssembly from the package (highs.wasm next to highs.js) the first time it is needed.
    const loadSolver = async () => (await import('highs')).default();
    const defaultThreads = availableParallelism();
    void runStaffCli(rest, { ...io, loadSolver, defaultThreads }).then((code) => (process.exitCode = code), fail);
  } else
    process.exitCode =
      command === 'compare'
        ? runCompareCli(rest, io)
        : command === 'exercise' || command === 'replay'
          ? runExerciseCli(command, rest, io)
          : runCli(process.argv.slice(2), io);
} catch (error) {
  fail(error);
}
