// One child process of `npm run fuzz`: judges the cases the parent names by index and reports each verdict.
// The parent limits its memory (--max-old-space-size) and kills it when a case takes too long.
import { caseAt, judge } from '../test/sim/fuzz/fuzz-cases';

const seed = Number(process.env.FUZZ_SEED ?? '1');
process.on('message', (index: number) => {
  const verdict = judge(caseAt(seed, index));
  process.send?.({ index, verdict });
});
