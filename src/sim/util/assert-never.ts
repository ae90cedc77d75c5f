// Exhaustiveness check for switches over discriminated unions: a missing case is a compile error.
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
