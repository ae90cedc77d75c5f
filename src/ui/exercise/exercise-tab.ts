// <sb-exercise-tab>: the Exercises tab. Lists the built-in exercises as cards (name, what each teaches, the
// trainee's role, how long it takes to play, its code) in the page's language, from its own simulator worker;
// opening one plays it (<sb-exercise-play>, briefing to debrief). A trainer can also open a trainee's session
// file there (<sb-session-open>).
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ExerciseInfo } from '../../sim/exercise/types';
import { exerciseName, exerciseTeaches } from '../i18n/exercise-text';
import { formatInteger } from '../format';
import { formStyles } from '../form-styles';
import { SimulatorController } from '../simulator-controller';
import { cardStyles } from './exercise-card-styles';
import { roleName } from './exercise-labels';
import '../debrief/debrief-view';
import '../debrief/session-open';
import './exercise-play';

@customElement('sb-exercise-tab')
@localized()
export class ExerciseTab extends LitElement {
  static override styles = [
    formStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(20rem, 100%), 1fr));
        gap: 0.75rem;
      }
      li.card {
        display: grid;
        gap: 0.4rem;
        align-content: start;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        margin: 0;
        font-size: 0.88rem;
      }
      .facts dt {
        color: var(--sb-muted);
      }
      .facts dd {
        margin: 0 0.4rem 0 0;
        font-weight: 600;
      }
      .facts div {
        display: flex;
        gap: 0.3rem;
      }
    `,
  ];

  @state() private exercises: ExerciseInfo[] = [];
  @state() private failure = '';
  /** The exercise being played; '' shows the list. */
  @state() private playing = '';

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

  private renderCard(e: ExerciseInfo) {
    const minutes = formatInteger(Math.round(e.playMinutes));
    const name = exerciseName(e);
    return html`<li class="card" data-exercise=${e.id}>
      <h3>${name}</h3>
      <p>${exerciseTeaches(e)}</p>
      <dl class="facts">
        <div><dt>${msg('Role', { id: 'exercise.card.role' })}</dt><dd>${roleName(e.role)}</dd></div>
        <div><dt>${msg('Play', { id: 'exercise.card.play' })}</dt><dd>${msg(str`${minutes} min`, { id: 'exercise.card.minutes' })}</dd></div>
        <div><dt>${msg('Code', { id: 'exercise.code' })}</dt><dd class="code">${e.code}</dd></div>
      </dl>
      <div>
        <button class="primary" data-testid="exercise-open-${e.id}" aria-label=${msg(str`Open ${name}`, { id: 'exercise.card.openNamed' })}
          @click=${() => (this.playing = e.id)}>${msg('Open', { id: 'exercise.card.open' })}</button>
      </div>
    </li>`;
  }

  override render() {
    if (this.playing !== '')
      return html`<sb-exercise-play .worker=${this.worker} exerciseId=${this.playing}
        @sb-exercise-close=${() => (this.playing = '')}></sb-exercise-play>`;
    return html`
      ${this.failure ? html`<p role="alert">${this.failure}</p>` : nothing}
      <ul data-testid="exercise-list">
        ${this.exercises.map((e) => this.renderCard(e))}
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
