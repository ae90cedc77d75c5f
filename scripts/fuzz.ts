// `npm run fuzz [-- --cases N --seed S --timeout-ms T --memory-mb M --workers W]`: judges N hostile scenarios
// (mutated built-ins and generated ones, test/sim/fuzz/fuzz-cases.ts), each in a child process with a time and
// memory limit, counts the verdicts and saves every failure, minimised, under test/fixtures/fuzz/. Exit 1 when
// any case crashed, hung, ran out of memory, reported impossible figures or was refused unhelpfully.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { caseAt, minimise, toFixture, type Verdict } from '../test/sim/fuzz/fuzz-cases';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const cases = flag('cases', 10_000);
const seed = flag('seed', 1);
const timeoutMs = flag('timeout-ms', 20_000);
const memoryMb = flag('memory-mb', 512);
const workers = flag('workers', 2);
const fixtures = new URL('../test/fixtures/fuzz/', import.meta.url);

type Outcome = Verdict | { kind: 'hang' } | { kind: 'out-of-memory'; message: string };
const counts = new Map<string, number>();
const failures: { index: number; outcome: Outcome }[] = [];
/** Runs the guard stopped: a clear refusal at run time, listed so a person can judge each. */
const stops: string[] = [];
let next = 0;
let done = 0;
const startedAt = Date.now();

function record(index: number, outcome: Outcome): void {
  counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
  if (outcome.kind === 'stopped') stops.push(`case ${index}: ${outcome.message.slice(0, 200)}`);
  else if (!['refused', 'over-budget', 'ran'].includes(outcome.kind)) failures.push({ index, outcome });
  if (++done % 500 === 0) console.log(`${done} / ${cases} (${Math.round((Date.now() - startedAt) / 1000)} s)`);
}

function startWorker(): Promise<void> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    const spawn = () => {
      child = fork(new URL('./fuzz-worker.ts', import.meta.url), [], {
        execArgv: ['--import', 'tsx', `--max-old-space-size=${memoryMb}`],
        env: { ...process.env, FUZZ_SEED: String(seed) },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
      child.on('message', (m: { index: number; verdict: Verdict }) => {
        clearTimeout(timer);
        record(m.index, m.verdict);
        give();
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (current < 0) return;
        const index = current;
        current = -1;
        if (signal === 'SIGKILL' && stderr === '') record(index, { kind: 'hang' });
        else record(index, { kind: 'out-of-memory', message: `exit ${code ?? signal}: ${stderr.slice(-300)}` });
        spawn();
        give();
      });
    };
    const give = () => {
      if (next >= cases) {
        current = -1;
        child.kill();
        resolve();
        return;
      }
      current = next++;
      timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.send(current);
    };
    spawn();
    give();
  });
}

await Promise.all(Array.from({ length: workers }, startWorker));
console.log(`\n${cases} cases, seed ${seed}, ${Math.round((Date.now() - startedAt) / 1000)} s:`);
for (const [kind, n] of [...counts].sort()) console.log(`  ${kind}: ${n}`);
for (const stop of stops.slice(0, 20)) console.log(`  stopped, ${stop}`);
mkdirSync(fixtures, { recursive: true });
for (const { index, outcome } of failures) {
  const name = `${outcome.kind}-seed${seed}-case${index}.json`;
  const what = 'message' in outcome ? outcome.message.slice(0, 200) : outcome.kind;
  try {
    const input = caseAt(seed, index);
    // Hangs and memory failures are saved as drawn: minimising them in this process could hang it too.
    const small = outcome.kind === 'hang' || outcome.kind === 'out-of-memory' ? input : minimise(input, outcome.kind);
    writeFileSync(new URL(name, fixtures), `${toFixture(small)}\n`);
    console.log(`  ${name}: ${what}`);
  } catch (error) {
    // The fuzzer's own failure (drawing or minimising the case), not the app's: named, and the others still saved.
    console.log(`  case ${index} (${what}): the fuzzer could not save it: ${String(error).slice(0, 200)}`);
  }
}
process.exit(failures.length > 0 ? 1 : 0);
