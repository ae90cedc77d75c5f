// Typed events of the Classroom tab's panels (properties down, events up; the tab mediates).
import type { OpenPackResponse } from '../../sim/classroom/classroom-service';

/** A pack file is its exercise (at most 500,000 characters) and a few fields; larger files are not read. */
export const MAX_PACK_FILE_BYTES = 600_000;

export type OpenedPack = Extract<OpenPackResponse, { ok: true }>;

/** A class pack was made or opened: the tab keeps it for the class view and the trainee's play. */
export class PackReadyEvent extends Event {
  static readonly type = 'sb-pack-ready';
  readonly pack: OpenedPack;
  /** 'prepared' by the trainer, or 'opened' to play it as a trainee. */
  readonly purpose: 'prepared' | 'opened';
  constructor(pack: OpenedPack, purpose: 'prepared' | 'opened') {
    super(PackReadyEvent.type, { bubbles: true, composed: true });
    this.pack = pack;
    this.purpose = purpose;
  }
}

/** The absolute link that opens `pack` in this app (`#class=` + the pack's code). */
export function classLink(pack: OpenedPack): string {
  return `${location.origin}${location.pathname}#class=${pack.link}`;
}

export function issuesText(issues: readonly { path: string; message: string }[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}

declare global {
  interface HTMLElementEventMap {
    'sb-pack-ready': PackReadyEvent;
  }
}
