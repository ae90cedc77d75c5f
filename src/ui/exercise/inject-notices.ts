// <sb-inject-notices>: the notices of the injects fired so far, each staying until the trainee acknowledges it
// (role=alert, so a screen reader reads it when it appears; the Acknowledge button is focusable), and the
// conditions active now (a surge running, the IVR down, agents on their way in) for as long as they last.
// Properties: exercise, layout, state (the branch's ExerciseState). Acknowledged notices are remembered per
// exercise run until `exercise` changes.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FloorLayout } from '../../sim/api';
import type { Exercise, ExerciseState } from '../../sim/exercise/types';
import { runTimeLabel } from '../charts/time-of-day';
import { formStyles } from '../form-styles';
import { injectMessage, injectTitle } from '../i18n/exercise-text';
import { cardStyles } from './exercise-card-styles';
import { conditionKindName, conditionText } from './exercise-labels';

@customElement('sb-inject-notices')
@localized()
export class InjectNotices extends LitElement {
  static override styles = [
    formStyles,
    cardStyles,
    css`
      :host {
        display: grid;
        gap: 0.6rem;
      }
      .notice {
        border: 2px solid var(--sb-bad);
        border-radius: var(--sb-radius);
        background: var(--sb-bad-bg);
        padding: 0.7rem 0.9rem;
        display: grid;
        gap: 0.4rem;
      }
      .notice h3 {
        margin: 0;
      }
      .conditions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .conditions li {
        padding: 0.25rem 0.6rem;
        border-radius: 999px;
        border: 1px solid var(--sb-border-strong);
        background: var(--sb-accent-bg);
        font-size: 0.88rem;
      }
      .conditions strong {
        margin-inline-end: 0.3rem;
      }
    `,
  ];

  @property({ attribute: false }) exercise: Exercise | undefined;
  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ attribute: false }) state: ExerciseState | undefined;
  /** The scenario's time of day at t = 0 (display only): times show as the exercise's clock does. */
  @property({ attribute: false }) clockStartAt: number | undefined;

  @state() private acknowledged = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exercise') && changed.get('exercise') !== undefined) this.acknowledged = new Set();
  }

  private acknowledge(id: string): void {
    this.acknowledged = new Set([...this.acknowledged, id]);
  }

  override render() {
    const exercise = this.exercise;
    const current = this.state;
    if (exercise === undefined || current === undefined) return nothing;
    const open = current.injects.filter((i) => !this.acknowledged.has(i.id));
    return html`
      ${open.map((inject) => {
        const at = runTimeLabel(inject.atSeconds, this.clockStartAt);
        return html`<section class="notice" role="alert" data-testid="inject-notice" data-inject=${inject.id} aria-labelledby="n-${inject.id}">
          <h3 id="n-${inject.id}">${msg(str`${at} — ${injectTitle(exercise, inject.id)}`, { id: 'exercise.notice.title' })}</h3>
          <p>${injectMessage(exercise, inject.id)}</p>
          <div><button class="primary" data-testid="inject-ack" @click=${() => this.acknowledge(inject.id)}>${msg('Acknowledge', { id: 'exercise.notice.ack' })}</button></div>
        </section>`;
      })}
      ${
        current.active.length === 0
          ? nothing
          : html`<ul class="conditions" data-testid="active-conditions" aria-label=${msg('Going on now', { id: 'exercise.conditions' })}>
              ${current.active.map((c) => {
                const until = runTimeLabel(c.until, this.clockStartAt);
                return html`<li data-kind=${c.kind} data-source=${c.source}>
                  <strong>${conditionKindName(c.kind)}</strong>${conditionText(c, exercise, current.decisions, this.layout)}
                  <span class="muted">${msg(str`until ${until}`, { id: 'exercise.conditions.until' })}</span>
                </li>`;
              })}
            </ul>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-inject-notices': InjectNotices;
  }
}
