// <sb-exercise-timeline>: the log of a run so far as a timeline: the injects that fired and the trainee's
// decisions in simulated-clock order, each decision with when it was requested, when it takes effect and its
// status. No judgement (on time, late, expected) until the debrief. Properties: exercise, layout, state,
// heading. Rows carry data-testid="timeline-row", data-kind (inject | decision) and data-at (seconds).
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FloorLayout } from '../../sim/api';
import type { Exercise, ExerciseState } from '../../sim/exercise/types';
import { runTimeLabel } from '../charts/time-of-day';
import { injectTitle } from '../i18n/exercise-text';
import { cardStyles } from './exercise-card-styles';
import { describeDecision, statusName } from './exercise-labels';

interface Row {
  atSeconds: number;
  kind: 'inject' | 'decision';
  /** Injects before decisions at the same instant (they fire first). */
  order: number;
  what: string;
  detail: string;
  status: string;
}

@customElement('sb-exercise-timeline')
@localized()
export class ExerciseTimeline extends LitElement {
  static override styles = [
    cardStyles,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.3rem;
      }
      li {
        display: grid;
        grid-template-columns: 3.2rem 1fr;
        gap: 0.5rem;
        padding: 0.35rem 0.5rem;
        border-inline-start: 4px solid var(--sb-accent);
        background: var(--sb-surface-alt);
        border-radius: 4px;
      }
      li[data-kind='inject'] {
        border-inline-start-color: var(--sb-bad);
      }
      time {
        font-variant-numeric: tabular-nums;
        font-weight: 650;
      }
      .what {
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) exercise: Exercise | undefined;
  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ attribute: false }) state: ExerciseState | undefined;
  @property() heading = '';
  /** The scenario's time of day at t = 0 (display only): times show as the exercise's clock does. */
  @property({ attribute: false }) clockStartAt: number | undefined;

  private rows(exercise: Exercise, current: ExerciseState): Row[] {
    const injects: Row[] = current.injects.map((i) => ({
      atSeconds: i.atSeconds,
      kind: 'inject',
      order: 0,
      what: injectTitle(exercise, i.id),
      detail: msg('Event', { id: 'exercise.timeline.event' }),
      status: '',
    }));
    const decisions: Row[] = current.decisions.map((d) => {
      const applied = runTimeLabel(d.appliedAt, this.clockStartAt);
      return {
        atSeconds: d.requestedAt,
        kind: 'decision',
        order: 1,
        what: describeDecision(d.action, this.layout),
        detail:
          d.appliedAt === d.requestedAt
            ? msg('Your decision, in effect at once', { id: 'exercise.timeline.decisionNow' })
            : msg(str`Your decision, takes effect at ${applied}`, { id: 'exercise.timeline.decision' }),
        status: d.note === undefined ? statusName(d.status) : `${statusName(d.status)}: ${d.note}`,
      };
    });
    return [...injects, ...decisions].sort((a, b) => a.atSeconds - b.atSeconds || a.order - b.order);
  }

  override render() {
    const exercise = this.exercise;
    const current = this.state;
    const heading = this.heading || msg('Timeline', { id: 'exercise.timeline' });
    const rows = exercise === undefined || current === undefined ? [] : this.rows(exercise, current);
    return html`<section class="card" data-testid="exercise-timeline" aria-label=${heading}>
      <h3>${heading}</h3>
      ${
        rows.length === 0
          ? html`<p class="muted">${msg('Nothing yet: events and your decisions appear here with their time.', { id: 'exercise.timeline.empty' })}</p>`
          : html`<ol>
              ${rows.map(
                (r) => html`<li data-testid="timeline-row" data-kind=${r.kind} data-at=${String(r.atSeconds)}>
                  <time>${runTimeLabel(r.atSeconds, this.clockStartAt)}</time>
                  <div>
                    <div class="what">${r.what}</div>
                    <div class="muted">${r.detail}${r.status === '' ? '' : html` · <span data-testid="timeline-status">${r.status}</span>`}</div>
                  </div>
                </li>`,
              )}
            </ol>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-exercise-timeline': ExerciseTimeline;
  }
}
