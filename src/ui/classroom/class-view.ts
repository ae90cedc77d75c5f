// <sb-class-view>: the trainer's class view. Takes the class pack (the one just prepared, or a pack file or link
// opened here), then hand-ins dropped or picked many files at once or pasted as codes; each is verified by
// replaying it in the worker pool (progress shown), a bad one gets its own message and nothing else is lost;
// then the board (<sb-class-board>), any trainee's debrief and the CSV export. Properties: worker, pack.
import type * as Comlink from 'comlink';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ClassBoard } from '../../sim/classroom/classroom-service';
import type { ClassResult, HandIn } from '../../sim/classroom/types';
import type { Debrief } from '../../sim/exercise/types';
import type { WorkerApi } from '../../worker/simulator.worker';
import { downloadBlob } from '../download';
import { formStyles } from '../form-styles';
import { formatInteger } from '../format';
import { currencyOf } from '../organisation-rows';
import { WorkerPool } from '../pool/worker-pool';
import { classroomStyles } from './classroom-styles';
import { MAX_PACK_FILE_BYTES, issuesText, type OpenedPack } from './classroom-events';
import { statusLabel } from './class-labels';
import type { OpenDebriefEvent } from './class-board';
import '../debrief/debrief-view';
import './class-board';

/** A hand-in file is a few kB; the simulator refuses more than 200,000 characters before parsing anyway. */
const MAX_HAND_IN_FILE_BYTES = 200_000;

interface HandInInput {
  source: string;
  text: string;
}

@customElement('sb-class-view')
@localized()
export class ClassView extends LitElement {
  static override styles = [
    formStyles,
    classroomStyles,
    css`
      :host {
        display: grid;
        gap: 0.9rem;
      }
      .drop.over {
        border-color: var(--sb-accent);
        background: var(--sb-accent-bg);
      }
      .drop {
        border-style: dashed;
        border-width: 2px;
      }
      progress {
        inline-size: min(24rem, 100%);
      }
      ul.problems {
        margin: 0;
        padding-inline-start: 1.2rem;
        display: grid;
        gap: 0.3rem;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) worker: { readonly api: Comlink.Remote<WorkerApi> } | undefined;
  /** The pack just prepared in the tab (a pack opened here replaces it for this view). */
  @property({ attribute: false }) pack: OpenedPack | undefined;

  @state() private own: OpenedPack | undefined;
  @state() private packProblem = '';
  @state() private inputs: HandInInput[] = [];
  @state() private results: ClassResult[] = [];
  @state() private board: ClassBoard | undefined;
  @state() private done = 0;
  @state() private total = 0;
  @state() private over = false;
  @state() private failure = '';
  @state() private currency = 'USD';
  @state() private debrief: { name: string; debrief: Debrief } | undefined;
  private codes = 0;
  private generation = 0;

  private readonly pool = new WorkerPool(this, 'classroom', (message) => (this.failure = message));

  private get current(): OpenedPack | undefined {
    return this.own ?? this.pack;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pack') && this.own === undefined && this.inputs.length > 0) void this.verifyAll();
  }

  private async openPack(input: string): Promise<void> {
    if (this.worker === undefined || input.trim() === '') return;
    const opened = await this.worker.api.classroom.openPack(input);
    if (!opened.ok) {
      this.packProblem = issuesText(opened.issues);
      return;
    }
    this.packProblem = '';
    this.own = opened;
    // Hand-ins already given are checked again against this pack: none is dropped.
    await this.verifyAll();
  }

  private async onPackFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    if (file.size > MAX_PACK_FILE_BYTES) {
      const name = file.name;
      this.packProblem = msg(str`"${name}" is too large for a class pack.`, { id: 'classroom.view.packTooBig' });
      return;
    }
    await this.openPack(await file.text());
  }

  private async readFiles(files: readonly File[]): Promise<void> {
    const added: HandInInput[] = [];
    const oversized: ClassResult[] = [];
    for (const file of files) {
      const name = file.name;
      if (file.size > MAX_HAND_IN_FILE_BYTES) {
        const limit = formatInteger(MAX_HAND_IN_FILE_BYTES / 1000);
        oversized.push({
          source: name,
          status: 'malformed',
          problems: [msg(str`the file is larger than ${limit} kB: not read`, { id: 'classroom.view.fileTooBig' })],
        });
      } else added.push({ source: name, text: await file.text() });
    }
    await this.add(added, oversized);
  }

  private async addCodes(textarea: HTMLTextAreaElement): Promise<void> {
    const pasted = textarea.value;
    // Each code begins with its prefix; a code wrapped over lines is joined again.
    const codes = pasted
      .replace(/\s+/g, '')
      .split(/(?=SBH1\.)/)
      .filter((c) => c !== '');
    const added = codes.map((text) => {
      const n = ++this.codes;
      return { source: msg(str`code ${n}`, { id: 'classroom.view.codeSource' }), text };
    });
    textarea.value = '';
    await this.add(added, []);
  }

  /** Verifies the new hand-ins and adds them to the class; earlier ones stay as they were. */
  private async add(added: HandInInput[], unread: ClassResult[]): Promise<void> {
    this.inputs = [...this.inputs, ...added];
    const verified = await this.verify(added);
    if (verified === undefined) return;
    await this.rebuild([...this.results, ...unread, ...verified]);
  }

  private async verifyAll(): Promise<void> {
    const verified = await this.verify(this.inputs);
    if (verified !== undefined) await this.rebuild(verified);
  }

  /** Each hand-in replayed in the pool's workers (each takes the next one when it is free), in input order. */
  private async verify(items: HandInInput[]): Promise<ClassResult[] | undefined> {
    const pack = this.current;
    if (pack === undefined || items.length === 0) return [];
    const generation = ++this.generation;
    const remotes = this.pool.workersFor(this.pool.sizeFor(items.length));
    const results: ClassResult[] = new Array<ClassResult>(items.length);
    this.total = items.length;
    this.done = 0;
    let next = 0;
    try {
      await Promise.all(
        remotes.map(async (remote) => {
          while (next < items.length) {
            const i = next++;
            const item = items[i] as HandInInput;
            results[i] = await remote.classroom.verifyHandIn(pack.pack, item.source, item.text);
            if (generation === this.generation) this.done++;
          }
        }),
      );
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      return undefined;
    }
    return generation === this.generation ? results : undefined;
  }

  private async rebuild(results: ClassResult[]): Promise<void> {
    const pack = this.current;
    if (pack === undefined) return;
    const board = await this.pool.first().classroom.classBoard(pack.pack.className, pack.identity, results);
    this.currency = currencyOf(await this.pool.first().getScenario(pack.exercise.scenario));
    this.results = board.results;
    this.board = board;
  }

  private async openDebrief(event: OpenDebriefEvent): Promise<void> {
    const pack = this.current;
    if (pack === undefined || this.worker === undefined) return;
    const handIn: HandIn = event.handIn;
    const made = await this.worker.api.classroom.debriefHandIn(pack.pack, handIn);
    if (!made.ok) this.failure = issuesText(made.issues);
    else {
      this.debrief = { name: handIn.trainee.name, debrief: made.debrief };
      await this.updateComplete;
      this.renderRoot.querySelector('[data-testid="trainee-debrief"]')?.scrollIntoView({ block: 'start' });
    }
  }

  private exportCsv(): void {
    const pack = this.current;
    if (this.board === undefined || pack === undefined) return;
    const name = pack.pack.className.replace(/[^\p{L}\p{N}]+/gu, '-');
    downloadBlob(new Blob([this.board.csv], { type: 'text/csv' }), `${name}-${pack.identity}-results.csv`);
  }

  private renderPack() {
    const pack = this.current;
    const name = pack?.pack.className ?? '';
    return html`<div class="card">
      <h2>${msg('Class view', { id: 'classroom.view.heading' })}</h2>
      ${
        pack === undefined
          ? html`<p class="muted">${msg('Prepare a class pack above, or open the pack of this class (its file or its link):', { id: 'classroom.view.needPack' })}</p>`
          : html`<p data-testid="class-pack">${msg(str`Class ${name}, pack`, { id: 'classroom.view.pack' })} <span class="code">${pack.identity}</span></p>`
      }
      <div class="row">
        <label class="field">${msg('Pack file', { id: 'classroom.view.packFile' })}
          <input type="file" accept=".json,application/json" data-testid="class-pack-file" @change=${(e: Event) => void this.onPackFile(e)} /></label>
        <label class="field">${msg('or pack link', { id: 'classroom.view.packLink' })}
          <input data-testid="class-pack-link" @change=${(e: Event) => void this.openPack((e.target as HTMLInputElement).value)} /></label>
      </div>
      ${this.packProblem ? html`<p role="alert" data-testid="class-pack-problem">${this.packProblem}</p>` : nothing}
    </div>`;
  }

  private renderIntake() {
    const isBusy = this.done < this.total;
    const done = formatInteger(this.done);
    const total = formatInteger(this.total);
    return html`<div class="card drop ${this.over ? 'over' : ''}" data-testid="class-drop"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.over = true;
        }}
        @dragleave=${() => (this.over = false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          this.over = false;
          void this.readFiles([...(e.dataTransfer?.files ?? [])]);
        }}>
      <h3>${msg('Hand-ins', { id: 'classroom.view.handIns' })}</h3>
      <p class="muted">${msg('Drop all the hand-in files here at once, or pick them, or paste the codes: each is checked by replaying its decisions on the same callers.', { id: 'classroom.view.intakeHint' })}</p>
      <div class="row">
        <label class="field">${msg('Hand-in files', { id: 'classroom.view.files' })}
          <input type="file" multiple accept=".json,application/json" data-testid="class-files"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              void this.readFiles([...(input.files ?? [])]);
              input.value = '';
            }} /></label>
      </div>
      <label class="field">${msg('Hand-in codes (one or more)', { id: 'classroom.view.codes' })}
        <textarea class="code-box" rows="3" data-testid="class-codes"></textarea></label>
      <div class="row">
        <button type="button" class="primary" data-testid="class-add-codes"
          @click=${(e: Event) => void this.addCodes((e.currentTarget as HTMLElement).closest('.card')?.querySelector('textarea') as HTMLTextAreaElement)}>${msg('Add codes', { id: 'classroom.view.addCodes' })}</button>
        <button type="button" data-testid="class-csv" ?disabled=${this.board === undefined || this.results.length === 0} @click=${() => this.exportCsv()}>${msg('Export CSV', { id: 'classroom.view.csv' })}</button>
      </div>
      ${
        this.total > 0
          ? html`<p role="status" data-testid="class-progress" data-done=${this.done} data-total=${this.total}>
            <progress max=${this.total} value=${this.done}></progress>
            ${isBusy ? msg(str`Verifying: ${done} of ${total}`, { id: 'classroom.view.verifying' }) : msg(str`Verified ${done} of ${total}`, { id: 'classroom.view.verified' })}</p>`
          : nothing
      }
      ${this.failure ? html`<p role="alert">${this.failure}</p>` : nothing}
    </div>`;
  }

  private renderFlagged() {
    const flagged = this.results.filter((r) => r.status !== 'verified');
    if (flagged.length === 0) return nothing;
    const count = formatInteger(flagged.length);
    return html`<section class="card" data-testid="class-flagged">
      <h3>${msg(str`Not ranked (${count})`, { id: 'classroom.view.flagged' })}</h3>
      <ul class="problems">
        ${flagged.map(
          (r) => html`<li data-testid="flagged" data-status=${r.status} data-source=${r.source}>
          <strong>${r.source}</strong>${r.trainee ? html` (${r.trainee.name})` : nothing}: <span class="bad">${statusLabel(r.status)}</span>
          — ${r.problems.join('; ')}</li>`,
        )}
      </ul>
    </section>`;
  }

  override render() {
    return html`
      ${this.renderPack()}
      ${this.current === undefined ? nothing : this.renderIntake()}
      ${this.renderFlagged()}
      <sb-class-board .board=${this.board} .exercise=${this.current?.exercise} currency=${this.currency} @sb-open-debrief=${(e: OpenDebriefEvent) => void this.openDebrief(e)}></sb-class-board>
      ${
        this.debrief === undefined
          ? nothing
          : html`<section class="card" data-testid="trainee-debrief">
            <h3>${msg(str`Debrief of ${this.debrief.name}`, { id: 'classroom.view.debriefOf' })}</h3>
            <sb-debrief .debrief=${this.debrief.debrief}></sb-debrief>
          </section>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-class-view': ClassView;
  }
}
