// <sb-pack-prepare>: the trainer prepares a class pack: an exercise, a seed, an optional time limit and the
// class's name → the pack's identity, its link (to copy), its file (to download) and a QR code of the link for a
// projector. Fires sb-pack-ready. Properties: worker (the tab's worker api).
import type * as Comlink from 'comlink';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ExerciseInfo } from '../../sim/exercise/types';
import type { WorkerApi } from '../../worker/simulator.worker';
import { downloadBlob } from '../download';
import { formStyles } from '../form-styles';
import { formatInteger } from '../format';
import { exerciseName } from '../i18n/exercise-text';
import { classroomStyles } from './classroom-styles';
import { PackReadyEvent, classLink, issuesText, type OpenedPack } from './classroom-events';
import './qr-code';

/** The list's value for the exercise read from a file. */
const OWN_EXERCISE = '\u0000own';
/** An exercise file larger than this is refused before it is read (the exercise format's own limit). */
const MAX_EXERCISE_FILE_BYTES = 500_000;

/** A fresh six-digit seed, so a class does not replay the callers of the exercise's own practice seed. */
function freshSeed(): string {
  return String(100000 + ((crypto.getRandomValues(new Uint32Array(1))[0] as number) % 900000));
}

@customElement('sb-pack-prepare')
@localized()
export class PackPrepare extends LitElement {
  static override styles = [formStyles, classroomStyles];

  @property({ attribute: false }) worker: { readonly api: Comlink.Remote<WorkerApi> } | undefined;
  @property({ attribute: false }) exercises: ExerciseInfo[] = [];

  @state() private exerciseId = '';
  /** The trainer's own exercise, read from a file (chosen in the list as OWN_EXERCISE). */
  @state() private ownExercise: { fileName: string; data: unknown } | undefined;
  @state() private seed = freshSeed();
  @state() private minutes = '';
  @state() private classTitle = '';
  @state() private made: OpenedPack | undefined;
  @state() private problem = '';
  @state() private copied = '';

  private async make(event: Event): Promise<void> {
    event.preventDefault();
    this.problem = '';
    this.copied = '';
    const own = this.exerciseId === OWN_EXERCISE ? this.ownExercise?.data : undefined;
    const exercise = own ?? (this.exerciseId || this.exercises[0]?.id);
    if (this.worker === undefined || exercise === undefined) return;
    const seed = /^\d{1,15}$/.test(this.seed.trim()) ? Number(this.seed.trim()) : this.seed.trim();
    const minutes = this.minutes.trim() === '' ? undefined : Number(this.minutes);
    let made: Awaited<ReturnType<Comlink.Remote<WorkerApi>['classroom']['createPack']>>;
    try {
      made = await this.worker.api.classroom.createPack(exercise, {
        className: this.classTitle,
        seed,
        ...(minutes === undefined ? {} : { timeLimitMinutes: minutes }),
      });
    } catch (error) {
      // A document too deep to hand to the worker (structured cloning refuses it).
      this.made = undefined;
      this.problem = msg(
        str`The exercise could not be read: ${error instanceof Error ? error.message : String(error)}`,
        {
          id: 'classroom.prepare.unreadable',
        },
      );
      return;
    }
    if (!made.ok) {
      this.made = undefined;
      this.problem = issuesText(made.issues);
      return;
    }
    this.made = made;
    this.dispatchEvent(new PackReadyEvent(made, 'prepared'));
  }

  /** Reads the trainer's own exercise file (size checked first) and selects it; the worker validates it. */
  private async readOwn(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    this.problem = '';
    if (file.size > MAX_EXERCISE_FILE_BYTES) {
      this.problem = msg(
        str`${file.name}: too large for an exercise (${formatInteger(file.size)} bytes, at most ${formatInteger(MAX_EXERCISE_FILE_BYTES)}).`,
        { id: 'classroom.prepare.ownTooLarge' },
      );
      return;
    }
    try {
      this.ownExercise = { fileName: file.name, data: JSON.parse(await file.text()) as unknown };
      this.exerciseId = OWN_EXERCISE;
    } catch {
      this.problem = msg(str`${file.name}: not an exercise file (it is not JSON).`, {
        id: 'classroom.prepare.ownNotJson',
      });
    }
  }

  private async copyLink(made: OpenedPack): Promise<void> {
    try {
      await navigator.clipboard.writeText(classLink(made));
      this.copied = msg('Link copied.', { id: 'classroom.prepare.copied' });
    } catch {
      this.copied = msg('Copying was refused: select the link and copy it by hand.', {
        id: 'classroom.prepare.copyRefused',
      });
    }
  }

  private renderMade(made: OpenedPack) {
    const link = classLink(made);
    const fileName = `${made.pack.className.replace(/[^\p{L}\p{N}]+/gu, '-')}-${made.identity}.class.json`;
    const end = formatInteger(Math.round(made.exercise.endSeconds / 60));
    return html`<div class="card" data-testid="pack-made">
      <h3>${msg(str`Class pack ${made.identity}`, { id: 'classroom.prepare.made' })}</h3>
      <p class="muted">
        ${msg(str`Every trainee sees the code ${made.identity} on the briefing: the same exercise, seed and callers. The day stops at ${end} simulated minutes.`, { id: 'classroom.prepare.identityHint' })}
      </p>
      <label class="field">${msg('Link for the trainees', { id: 'classroom.prepare.link' })}
        <textarea class="code-box" rows="3" readonly data-testid="pack-link" .value=${link}></textarea></label>
      <div class="row">
        <button class="primary" type="button" data-testid="pack-copy" @click=${() => void this.copyLink(made)}>${msg('Copy link', { id: 'classroom.prepare.copy' })}</button>
        <button type="button" data-testid="pack-download" @click=${() => downloadBlob(new Blob([made.fileText], { type: 'application/json' }), fileName)}>${msg('Download pack file', { id: 'classroom.prepare.download' })}</button>
        ${this.copied ? html`<span role="status">${this.copied}</span>` : nothing}
      </div>
      <sb-qr-code .text=${link} data-testid="pack-qr"></sb-qr-code>
    </div>`;
  }

  override render() {
    return html`<form class="card" data-testid="pack-form" @submit=${(e: Event) => void this.make(e)}>
        <h2>${msg('Prepare a class pack', { id: 'classroom.prepare.heading' })}</h2>
        <p class="muted">${msg('One exercise and one seed for the whole class: everyone plays the same callers, and every result can be checked by replaying it.', { id: 'classroom.prepare.hint' })}</p>
        <div class="row">
          <label class="field">${msg('Exercise', { id: 'classroom.prepare.exercise' })}
            <select data-testid="pack-exercise" @change=${(e: Event) => (this.exerciseId = (e.target as HTMLSelectElement).value)}>
              ${this.exercises.map((e) => html`<option value=${e.id} ?selected=${e.id === this.exerciseId}>${exerciseName(e)}</option>`)}
              ${this.ownExercise === undefined ? nothing : html`<option value=${OWN_EXERCISE} ?selected=${this.exerciseId === OWN_EXERCISE}>${msg(str`Your file: ${this.ownExercise.fileName}`, { id: 'classroom.prepare.ownOption' })}</option>`}
            </select></label>
          <label class="field">${msg('Or your own exercise file', { id: 'classroom.prepare.ownFile' })}
            <input type="file" accept=".json,application/json" data-testid="pack-own-file" @change=${(e: Event) => void this.readOwn(e)} /></label>
          <label class="field">${msg('Class name', { id: 'classroom.prepare.className' })}
            <input required maxlength="80" data-testid="pack-class" .value=${this.classTitle}
              @input=${(e: Event) => (this.classTitle = (e.target as HTMLInputElement).value)} /></label>
          <label class="field">${msg('Seed', { id: 'classroom.prepare.seed' })}
            <input required maxlength="64" data-testid="pack-seed" .value=${this.seed}
              @input=${(e: Event) => (this.seed = (e.target as HTMLInputElement).value)} /></label>
          <label class="field">${msg('Time limit (minutes, optional)', { id: 'classroom.prepare.limit' })}
            <input type="number" min="1" max="480" step="1" data-testid="pack-limit" .value=${this.minutes}
              @input=${(e: Event) => (this.minutes = (e.target as HTMLInputElement).value)} /></label>
          <button class="primary" type="submit" data-testid="pack-make" ?disabled=${this.exercises.length === 0}>${msg('Make the class pack', { id: 'classroom.prepare.make' })}</button>
        </div>
        ${this.problem ? html`<p role="alert" data-testid="pack-problem">${this.problem}</p>` : nothing}
      </form>
      ${this.made === undefined ? nothing : this.renderMade(this.made)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-pack-prepare': PackPrepare;
  }
}
