// Growing the engine's typed arrays: the pools and tables double when full, keeping their contents. One helper
// for every pool (calls, agents, events, organisation, future contacts). Pure, no DOM.

type TypedArray = Int32Array | Float64Array | Uint8Array;

/** A copy of `a`, `length` long (≥ a.length), of the same type; the new tail is zero, or `fill` if given. */
export function grownTo<T extends TypedArray>(a: T, length: number, fill = 0): T {
  const next = new (a.constructor as new (length: number) => T)(length);
  if (fill !== 0) next.fill(fill, a.length);
  next.set(a as ArrayLike<number>);
  return next;
}
