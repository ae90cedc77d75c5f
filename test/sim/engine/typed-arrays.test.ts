// grownTo: the pools' one way to grow a typed array.
import { describe, expect, it } from 'vitest';
import { grownTo } from '../../../src/sim/engine/typed-arrays';

describe('grownTo', () => {
  it('keeps the contents and the type, zero-fills the tail or fills it as asked', () => {
    const ints = grownTo(Int32Array.from([3, -4]), 4);
    expect(ints).toBeInstanceOf(Int32Array);
    expect([...ints]).toEqual([3, -4, 0, 0]);
    const reals = grownTo(Float64Array.from([0.5]), 3, -1);
    expect(reals).toBeInstanceOf(Float64Array);
    expect([...reals]).toEqual([0.5, -1, -1]);
    expect([...grownTo(Uint8Array.from([7]), 2)]).toEqual([7, 0]);
  });
});
