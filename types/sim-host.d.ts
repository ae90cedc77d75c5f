// The few host globals the simulator uses, which both of its hosts — Node and a Web Worker — provide. Only
// tsconfig.sim.json reads this file: it type-checks src/sim without the DOM library, so a `document` or
// `window` in the simulator fails `npm test`.
declare const performance: { now(): number };
declare function setTimeout(callback: () => void, delayMs?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function structuredClone<T>(value: T): T;
declare class TextEncoder {
  encode(text: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(bytes: Uint8Array): string;
}
declare function btoa(binary: string): string;
declare function atob(base64: string): string;
