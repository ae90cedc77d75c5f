// The work budget's question in words (the verdict comes from the worker: large-run-verdict.ts). Pure, no DOM
// (the dialog is large-run-dialog.ts); type-only imports from the simulator, so the page chunk holds none of it.
import { msg, str } from '@lit/localize';
import { formatDuration, formatInteger } from '../format';
import type { LargeRun } from './large-run-verdict';

/** The estimate in words, for the dialog. */
export function largeRunText({ estimate, limits }: LargeRun, replications: number): string {
  const calls = formatInteger(Math.round(estimate.callsPerRun * replications));
  const time = formatDuration(Math.max(60, Math.round(estimate.seconds)));
  const mb = formatInteger(Math.round(estimate.bytes / 1024 / 1024));
  const maxEvents = formatInteger(limits.maxEvents);
  const maxMb = formatInteger(limits.maxBytes / 1024 / 1024);
  return msg(
    str`This run is large: about ${calls} calls, about ${time} of computing on one core and ${mb} MB of results (the page asks above ${maxEvents} events or ${maxMb} MB). A phone may run out of memory.`,
    { id: 'largeRun.text' },
  );
}
