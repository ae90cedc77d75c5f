// <sb-classroom-tab>: the Classroom tab. A trainer prepares a class pack (<sb-pack-prepare>) and checks the class's
// hand-ins (<sb-class-view>); a trainee who opens the pack's link (`#class=…`) or its file plays it
// (<sb-pack-play>) and hands in at the end. One simulator worker for the tab; the class view has its pool.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ExerciseInfo } from '../../sim/exercise/types';
import { formStyles } from '../form-styles';
import { SimulatorController } from '../simulator-controller';
import { classroomStyles } from './classroom-styles';
import { MAX_PACK_FILE_BYTES, issuesText, type OpenedPack, type PackReadyEvent } from './classroom-events';
import './class-view';
import './pack-play';
import './pack-prepare';

@customElement('sb-classroom-tab')
@localized()
export class ClassroomTab extends LitElement {
  static override styles = [
    formStyles,
    classroomStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
    `,
  ];

  @state() private exercises: ExerciseInfo[] = [];
  @state() private prepared: OpenedPack | undefined;
  /** The pack a trainee plays; undefined shows the trainer's side. */
  @state() private playing: OpenedPack | undefined;
  @state() private failure = '';

  private readonly worker = new SimulatorController(this, (message) => (this.failure = message));

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.exercises = await this.worker.api.exercise.listExercises();
      if (location.hash.startsWith('#class=')) await this.play(location.hash);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  /** Opens a pack (link or file text) to play it as a trainee. */
  private async play(input: string): Promise<void> {
    const opened = await this.worker.api.classroom.openPack(input);
    if (opened.ok) {
      this.failure = '';
      this.playing = opened;
    } else {
      const problems = issuesText(opened.issues);
      this.failure = msg(str`This class pack cannot be opened: ${problems}`, { id: 'classroom.tab.badPack' });
    }
  }

  private async onPlayFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    const name = file.name;
    if (file.size > MAX_PACK_FILE_BYTES)
      this.failure = msg(str`"${name}" is too large for a class pack.`, { id: 'classroom.view.packTooBig' });
    else await this.play(await file.text());
  }

  override render() {
    const failure = this.failure ? html`<p role="alert" data-testid="classroom-error">${this.failure}</p>` : nothing;
    if (this.playing !== undefined)
      return html`${failure}<sb-pack-play .worker=${this.worker} .pack=${this.playing}
        @sb-exercise-close=${() => (this.playing = undefined)}></sb-pack-play>`;
    return html`
      ${failure}
      <sb-pack-prepare .worker=${this.worker} .exercises=${this.exercises}
        @sb-pack-ready=${(e: PackReadyEvent) => (this.prepared = e.pack)}></sb-pack-prepare>
      <div class="card">
        <h2>${msg('Play a class pack', { id: 'classroom.tab.playHeading' })}</h2>
        <p class="muted">${msg('Trainees open the link their trainer gave them, or choose the pack file here.', { id: 'classroom.tab.playHint' })}</p>
        <label class="field">${msg('Class pack file', { id: 'classroom.tab.playFile' })}
          <input type="file" accept=".json,application/json" data-testid="play-pack-file" @change=${(e: Event) => void this.onPlayFile(e)} /></label>
      </div>
      <sb-class-view .worker=${this.worker} .pack=${this.prepared}></sb-class-view>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-classroom-tab': ClassroomTab;
  }
}
