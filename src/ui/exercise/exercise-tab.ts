// <sb-exercise-tab>: the Exercises tab. Lists the built-in exercises (what each teaches, the trainee's role, how
// long it takes to play, its code) from its own simulator worker; opening one plays it (sb-exercise-play) and,
// when it ends, shows its debrief (sb-debrief). A trainer can also open a trainee's session file there.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import type { ExerciseInfo } from '../../sim/exercise/types';
import { exerciseName } from '../i18n/exercise-text';
import { SimulatorController } from '../simulator-controller';
import '../debrief/debrief-view';
import '../debrief/session-open';

@customElement('sb-exercise-tab')
@localized()
export class ExerciseTab extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
  `;

  @state() private exercises: ExerciseInfo[] = [];
  @state() private failure = '';

  private readonly worker = new SimulatorController(this, (message) => (this.failure = message));

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.exercises = await this.worker.api.exercise.listExercises();
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    return html`
      ${this.failure ? html`<p role="alert">${this.failure}</p>` : nothing}
      <ul data-testid="exercise-list">
        ${this.exercises.map((e) => html`<li data-exercise=${e.id}>${exerciseName(e)}</li>`)}
      </ul>
      <sb-session-open></sb-session-open>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-exercise-tab': ExerciseTab;
  }
}
