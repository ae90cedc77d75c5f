// Splits command-line arguments into positional ones, boolean flags and flags with a value (`--reps 3` or
// `--reps=3`), with aliases, `--` to end the flags, and a readable error naming the flag. Shared by the run and
// compare commands.

export interface FlagSpec {
  booleans: ReadonlySet<string>;
  values: ReadonlySet<string>;
  aliases: Readonly<Record<string, string>>;
  /** Appended to "unknown option X": where to look for the options. */
  helpHint: string;
}

export type ScannedFlags =
  | { kind: 'flags'; positional: string[]; booleans: Set<string>; values: Map<string, string> }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export function scanFlags(argv: readonly string[], spec: FlagSpec): ScannedFlags {
  const positional: string[] = [];
  const booleans = new Set<string>();
  const values = new Map<string, string>();
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (spec.booleans.has(arg)) {
      booleans.add(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq === -1 ? arg : arg.slice(0, eq);
    const name = spec.aliases[rawName] ?? rawName;
    if (spec.booleans.has(name)) return { kind: 'error', message: `${name}: takes no value` };
    if (!spec.values.has(name)) return { kind: 'error', message: `unknown option ${rawName} (${spec.helpHint})` };
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return { kind: 'error', message: `${name}: needs a value` };
    if (values.has(name)) return { kind: 'error', message: `${name}: given twice` };
    values.set(name, value);
  }
  return { kind: 'flags', positional, booleans, values };
}
