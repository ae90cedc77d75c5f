// <sb-branch-view>: a forked day's two branches side by side as they progress (each branch's KPI tiles and its
// timeline), and at the end their comparison on the same callers (answered, abandoned, service level, cost and
// score, with the differences). Properties: exercise, layout, forkedAt, snapshots and states (per branch),
// comparison (the worker's BranchComparison, only after the end), target, thresholdSeconds, currency.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FloorLayout, FloorSnapshot } from '../../sim/api';
import type { BranchComparison } from '../../sim/exercise/fork';
import type { Exercise, ExerciseState, RunSummary } from '../../sim/exercise/types';
import { runTimeLabel } from '../charts/time-of-day';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from '../format';
import { cardStyles } from './exercise-card-styles';
import '../live-kpis';
import './exercise-timeline';

interface Row {
  key: string;
  name: string;
  value: (r: RunSummary) => string;
  delta: string;
  /** Branch 1 − branch 0 as a number (tests read it). */
  change: number;
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

@customElement('sb-branch-view')
@localized()
export class BranchView extends LitElement {
  static override styles = [
    cardStyles,
    css`
      :host {
        display: grid;
        gap: 0.75rem;
        container-type: inline-size;
      }
      .branches {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(24rem, 100%), 1fr));
        gap: 0.75rem;
      }
      .branch {
        display: grid;
        gap: 0.6rem;
        align-content: start;
      }
      :host > *,
      .branch > * {
        min-inline-size: 0;
      }
      /* A phone: the comparison's four columns fit without scrolling sideways. */
      @container (max-width: 26rem) {
        [data-testid='branch-comparison'] th,
        [data-testid='branch-comparison'] td {
          padding: 0.25rem 0.2rem;
          font-size: 0.8rem;
          hyphens: auto;
        }
      }
    `,
  ];

  @property({ attribute: false }) exercise: Exercise | undefined;
  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ type: Number }) forkedAt = 0;
  @property({ attribute: false }) snapshots: (FloorSnapshot | undefined)[] = [];
  @property({ attribute: false }) states: (ExerciseState | undefined)[] = [];
  @property({ attribute: false }) comparison: BranchComparison | undefined;
  @property({ type: Number }) target = 0.8;
  @property({ type: Number }) thresholdSeconds = 20;
  @property() currency = 'USD';
  /** False for a forked live run (free play has no exercise score to compare). */
  @property({ type: Boolean }) showScore = true;
  /** The scenario's time of day at t = 0 (display only): times show as the exercise's clock does. */
  @property({ attribute: false }) clockStartAt: number | undefined;

  private branchName(index: number): string {
    const at = runTimeLabel(this.forkedAt, this.clockStartAt);
    return index === 0
      ? msg('Branch 0: your day', { id: 'exercise.branch.original' })
      : msg(str`Branch 1: forked at ${at}`, { id: 'exercise.branch.fork' });
  }

  private renderComparison(c: BranchComparison) {
    const all: Row[] = [
      {
        key: 'answered',
        change: c.answeredDelta,
        name: msg('Calls answered', { id: 'kpi.answered.name' }),
        value: (r) => formatInteger(r.answered),
        delta: signed(formatInteger(c.answeredDelta), c.answeredDelta),
      },
      {
        key: 'abandoned',
        change: c.abandonedDelta,
        name: msg('Abandoned', { id: 'exercise.compare.abandoned' }),
        value: (r) => formatInteger(r.abandoned),
        delta: signed(formatInteger(c.abandonedDelta), c.abandonedDelta),
      },
      {
        key: 'service-level',
        change: c.b.serviceLevel - c.a.serviceLevel,
        name: msg('Service level', { id: 'exercise.part.serviceLevel' }),
        value: (r) => formatPercent(r.serviceLevel, 1),
        delta: signed(formatPercent(c.b.serviceLevel - c.a.serviceLevel, 1), c.b.serviceLevel - c.a.serviceLevel),
      },
      {
        key: 'cost',
        change: c.costDelta,
        name: msg('Cost', { id: 'exercise.part.cost' }),
        value: (r) => formatMoney(r.cost, this.currency, 0),
        delta: signed(formatMoney(c.costDelta, this.currency, 0), c.costDelta),
      },
      {
        key: 'score',
        change: c.b.score - c.a.score,
        name: msg('Score', { id: 'exercise.compare.score' }),
        value: (r) => formatDecimal(r.score, 1),
        delta: signed(formatDecimal(c.b.score - c.a.score, 1), c.b.score - c.a.score),
      },
    ];
    const rows = all.filter((r) => this.showScore || r.key !== 'score');
    return html`<section class="card" data-testid="branch-comparison">
      <h3>${msg('The two branches on the same callers', { id: 'exercise.compare.heading' })}</h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col" class="num">${this.branchName(0)}</th>
              <th scope="col" class="num">${this.branchName(1)}</th>
              <th scope="col" class="num">${msg('Branch 1 − branch 0', { id: 'exercise.compare.delta' })}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr data-row=${r.key} data-delta=${String(r.change)}>
                <th scope="row">${r.name}</th>
                <td class="num">${r.value(c.a)}</td>
                <td class="num">${r.value(c.b)}</td>
                <td class="num">${r.delta}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  override render() {
    return html`
      ${this.comparison === undefined ? nothing : this.renderComparison(this.comparison)}
      <div class="branches">
        ${[0, 1].map(
          (
            index,
          ) => html`<section class="branch card" data-testid="branch-${index}" data-seconds=${String(this.snapshots[index]?.atSeconds ?? '')} aria-label=${this.branchName(index)}>
            <h3>${this.branchName(index)}</h3>
            <sb-live-kpis .snapshot=${this.snapshots[index]} .target=${this.target} .thresholdSeconds=${this.thresholdSeconds}></sb-live-kpis>
            <sb-exercise-timeline .exercise=${this.exercise} .layout=${this.layout} .state=${this.states[index]} .clockStartAt=${this.clockStartAt}
              heading=${msg('Timeline', { id: 'exercise.timeline' })}></sb-exercise-timeline>
          </section>`,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-branch-view': BranchView;
  }
}
