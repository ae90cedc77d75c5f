// <sb-debrief>: the after-action report of a played exercise. Property: debrief (the worker's Debrief). Shows the
// total score (data-testid="debrief-total", its value in data-total for tests) and its breakdown per objective
// and per part (rule, measured value, points: no hidden formula), the injects against the trainee's responses,
// the three runs on the same callers (charts and differences), the counterfactuals, and exports: Print (the
// app's chrome hidden, see print-isolate.ts) and the Debrief as JSON. Every text is built from structured
// fields in the page's language; exercise texts come from the exercise's own translations.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Debrief, RunSummary } from '../../sim/exercise/types';
import { downloadBlob } from '../download';
import { runTimeLabel } from '../charts/time-of-day';
import { formatDecimal, formatDuration, formatInteger, formatMoney, formatPercent } from '../format';
import { exerciseName, injectTitle, objectiveText } from '../i18n/exercise-text';
import '../charts/chart';
import { DEBRIEF_CHARTS, debriefChartData, debriefChartSpec } from './debrief-charts';
import { actionText, counterfactualText, measuredText, partName, ruleText, signed, signedMoney } from './debrief-text';
import { tableStyles } from '../exercise/table-styles';
import { isolateForPrint } from './print-isolate';

const points = (value: number): string => formatDecimal(value, 1);

@customElement('sb-debrief')
@localized()
export class DebriefView extends LitElement {
  static override styles = [
    tableStyles,
    css`
    :host {
      display: block;
      container-type: inline-size;
    }
    :host([printing]) {
      max-inline-size: 720px;
    }
    section {
      margin-block: 1rem 1.25rem;
      break-inside: avoid;
    }
    h2,
    h3 {
      margin: 0 0 0.5rem;
    }
    .scroll + h3 {
      margin-block-start: 1rem;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .total {
      font-size: 1.6rem;
      font-weight: 700;
      margin: 0.25rem 0;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
    button {
      font: inherit;
      padding: 0.35rem 0.8rem;
      border: 1px solid var(--sb-border-strong, #9aa4ae);
      border-radius: 6px;
      background: var(--sb-surface, #fff);
      cursor: pointer;
    }
    /* Narrow screens: each row becomes a card of labelled cells. */
    @container (max-width: 600px) {
      table.cards thead {
        display: none;
      }
      table.cards tr {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 0.15rem 0.75rem;
        padding-block: 0.4rem;
        border-block-end: 1px solid var(--sb-border, #d8dde3);
      }
      table.cards th,
      table.cards td {
        border: none;
        padding: 0;
        text-align: start;
        white-space: normal;
      }
      table.cards .wide,
      table.cards th[scope='row'] {
        grid-column: 1 / -1;
      }
      table.cards td[data-label]::before {
        content: attr(data-label) ': ';
        color: var(--sb-muted, #56606b);
      }
    }
    .muted {
      color: var(--sb-muted, #56606b);
      font-size: 0.85rem;
    }
    .on-time {
      color: var(--sb-good-ink, #00588a);
    }
    .late,
    .missed {
      color: var(--sb-bad-ink, #9a4300);
      font-weight: 600;
    }
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
      gap: 0.75rem;
    }
    ul.sentences {
      padding-inline-start: 1.2rem;
      margin: 0;
    }
    .warning {
      color: var(--sb-bad-ink, #9a4300);
    }
    @media print {
      .actions {
        display: none;
      }
      :host {
        color: #000;
      }
      .charts {
        grid-template-columns: 1fr;
      }
      sb-chart {
        break-inside: avoid;
      }
    }
  `,
  ];

  @property({ attribute: false }) debrief: Debrief | undefined;

  override render() {
    const debrief = this.debrief;
    if (debrief === undefined) return nothing;
    const total = formatDecimal(debrief.score.total, 1);
    const name = debrief.exercise === undefined ? debrief.exerciseId : exerciseName(debrief.exercise);
    const code = debrief.exerciseCode;
    return html`
      <div class="top">
        <div>
          <h2>${msg(str`Debrief: ${name}`, { id: 'debrief.heading' })}</h2>
          <p class="muted">${msg(str`Exercise code ${code}`, { id: 'debrief.code' })}</p>
          <p class="total" data-testid="debrief-total" data-total=${debrief.score.total}>
            ${msg(str`Score: ${total} of 100`, { id: 'debrief.total' })}
          </p>
        </div>
        <div class="actions">
          <button type="button" data-testid="debrief-print" @click=${this.print}>
            ${msg('Print', { id: 'debrief.print' })}
          </button>
          <button type="button" data-testid="debrief-json" @click=${this.downloadJson}>
            ${msg('Download JSON', { id: 'debrief.json' })}
          </button>
        </div>
      </div>
      ${this.renderObjectives(debrief)} ${this.renderParts(debrief)} ${this.renderTimeline(debrief)}
      ${this.renderRuns(debrief)} ${this.renderCounterfactuals(debrief)}
    `;
  }

  private currency(): string {
    return this.debrief?.currency ?? 'USD';
  }

  private renderObjectives(debrief: Debrief) {
    const exercise = debrief.exercise;
    return html`<section>
      <h3>${msg('Objectives', { id: 'debrief.objectives' })}</h3>
      <div class="scroll">
        <table data-testid="debrief-objectives">
          <tbody>
            ${debrief.score.objectives.map((o) => {
              const earned = points(o.points);
              const max = points(o.maxPoints);
              return html`<tr data-objective=${o.id}>
                <td>${exercise === undefined ? o.text : objectiveText(exercise, o.id)}</td>
                <td class="num">
                  ${
                    o.maxPoints > 0
                      ? msg(str`${earned} of ${max} points`, { id: 'debrief.objective.points' })
                      : msg('not scored', { id: 'debrief.objective.unscored' })
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderParts(debrief: Debrief) {
    const parts = debrief.exercise?.scoring.parts;
    const target = debrief.serviceLevelTarget ?? 0;
    const h = {
      rule: msg('Rule', { id: 'debrief.parts.rule' }),
      measured: msg('Measured', { id: 'debrief.parts.measured' }),
      reached: msg('Reached', { id: 'debrief.parts.reached' }),
      weight: msg('Weight', { id: 'debrief.parts.weight' }),
      points: msg('Points', { id: 'debrief.parts.points' }),
    };
    return html`<section>
      <h3>${msg('How the score is made', { id: 'debrief.parts' })}</h3>
      <p class="muted">
        ${msg(
          'Each part earns its weight (out of 100) times the share of it you reached; the parts add up to the score.',
          {
            id: 'debrief.parts.note',
          },
        )}
      </p>
      <div class="scroll">
        <table class="cards" data-testid="debrief-parts">
          <thead>
            <tr>
              <th>${msg('Part', { id: 'debrief.parts.part' })}</th>
              <th>${h.rule}</th>
              <th>${h.measured}</th>
              <th class="num">${h.reached}</th>
              <th class="num">${h.weight}</th>
              <th class="num">${h.points}</th>
            </tr>
          </thead>
          <tbody>
            ${debrief.score.parts.map((part, i) => {
              const rule = parts?.[i];
              return html`<tr data-part=${part.kind} data-points=${part.points}>
                <td class="wide"><strong>${partName(part.kind)}</strong></td>
                <td class="wide" data-label=${h.rule}>${rule === undefined ? part.rule : ruleText(rule, target, this.currency())}</td>
                <td data-label=${h.measured}>${measuredText(part, this.currency())}</td>
                <td class="num" data-label=${h.reached}>${formatPercent(part.fraction, 0)}</td>
                <td class="num" data-label=${h.weight}>${points(part.share * 100)}</td>
                <td class="num" data-label=${h.points}>${points(part.points)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderTimeline(debrief: Debrief) {
    const exercise = debrief.exercise;
    const names = debrief.names;
    const time = (seconds: number) => runTimeLabel(seconds, debrief.clockStartAt);
    const verdict = (t: Debrief['timeline'][number]) => {
      if (t.expected === undefined)
        return html`<span>${msg('no action expected', { id: 'debrief.verdict.none' })}</span>`;
      if (t.response === null)
        return html`<span class="missed">${msg('missed', { id: 'debrief.verdict.missed' })}</span>`;
      return t.response.onTime
        ? html`<span class="on-time">${msg('on time', { id: 'debrief.verdict.onTime' })}</span>`
        : html`<span class="late">${msg('late', { id: 'debrief.verdict.late' })}</span>`;
    };
    const decisionStatus = (status: 'pending' | 'applied' | 'failed') =>
      status === 'applied'
        ? msg('applied', { id: 'debrief.status.applied' })
        : status === 'pending'
          ? msg('pending', { id: 'debrief.status.pending' })
          : msg('failed', { id: 'debrief.status.failed' });
    const h = {
      time: msg('Time', { id: 'chart.series.time' }),
      inject: msg('Inject', { id: 'debrief.timeline.inject' }),
      expected: msg('Expected', { id: 'debrief.timeline.expected' }),
      response: msg('Your response', { id: 'debrief.timeline.response' }),
      latency: msg('Latency', { id: 'debrief.timeline.latency' }),
      verdict: msg('Verdict', { id: 'debrief.timeline.verdict' }),
      requested: msg('Requested', { id: 'debrief.decisions.requested' }),
      applied: msg('Takes effect', { id: 'debrief.decisions.applied' }),
      decision: msg('Decision', { id: 'debrief.decisions.decision' }),
      status: msg('Status', { id: 'debrief.decisions.status' }),
    };
    return html`<section>
      <h3>${msg('Injects and your responses', { id: 'debrief.timeline' })}</h3>
      <div class="scroll">
        <table class="cards" data-testid="debrief-timeline">
          <thead>
            <tr>
              <th>${h.time}</th>
              <th>${h.inject}</th>
              <th>${h.expected}</th>
              <th>${h.response}</th>
              <th class="num">${h.latency}</th>
              <th>${h.verdict}</th>
            </tr>
          </thead>
          <tbody>
            ${debrief.timeline.map((t) => {
              const response = t.response;
              const decision = response === null ? undefined : debrief.decisions[response.decisionIndex];
              const within = t.expected === undefined ? '' : formatDuration(t.expected.withinSeconds);
              const expected = t.expected === undefined ? '' : actionText(t.expected.action, names);
              const at = response === null ? '' : time(response.requestedAt);
              return html`<tr data-inject=${t.injectId} data-latency=${response?.latencySeconds ?? ''}>
                <td class="num" data-label=${h.time}>${time(t.atSeconds)}</td>
                <td data-label=${h.inject}>${exercise === undefined ? t.title : injectTitle(exercise, t.injectId)}</td>
                <td class="wide" data-label=${h.expected}>${t.expected === undefined ? '—' : msg(str`${expected} within ${within}`, { id: 'debrief.timeline.within' })}</td>
                <td class="wide" data-label=${h.response}>${decision === undefined ? '—' : msg(str`${at}: ${actionText(decision.action, names)}`, { id: 'debrief.timeline.at' })}</td>
                <td class="num" data-label=${h.latency}>${response === null ? '—' : formatDuration(response.latencySeconds)}</td>
                <td data-label=${h.verdict}>${verdict(t)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <h3>${msg('Your decisions', { id: 'debrief.decisions' })}</h3>
      ${
        debrief.decisions.length === 0
          ? html`<p class="muted">${msg('You took no decision.', { id: 'debrief.decisions.none' })}</p>`
          : html`<div class="scroll">
            <table class="cards" data-testid="debrief-decisions">
              <thead>
                <tr>
                  <th class="num">${h.requested}</th>
                  <th class="num">${h.applied}</th>
                  <th>${h.decision}</th>
                  <th>${h.status}</th>
                </tr>
              </thead>
              <tbody>
                ${debrief.decisions.map(
                  (d) => html`<tr>
                    <td class="num" data-label=${h.requested}>${time(d.requestedAt)}</td>
                    <td class="num" data-label=${h.applied}>${time(d.appliedAt)}</td>
                    <td class="wide" data-label=${h.decision}>${actionText(d.action, names)}</td>
                    <td data-label=${h.status}>${decisionStatus(d.status)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      }
    </section>`;
  }

  private renderRuns(debrief: Debrief) {
    const { trainee, none, expected } = debrief.runs;
    const currency = this.currency();
    const h = {
      trainee: msg('Your day', { id: 'debrief.run.yours' }),
      none: msg('No action', { id: 'debrief.run.none' }),
      expected: msg('Expected actions', { id: 'debrief.run.expected' }),
      vsNone: msg('You vs no action', { id: 'debrief.runs.vsNone' }),
      expectedVs: msg('Expected vs you', { id: 'debrief.runs.expectedVs' }),
    };
    const row = (
      key: string,
      label: string,
      pick: (r: RunSummary) => number,
      format: (v: number) => string,
      diff: (v: number) => string,
    ) => html`<tr data-row=${key}>
      <th scope="row">${label}</th>
      ${(['trainee', 'none', 'expected'] as const).map(
        (run) =>
          html`<td class="num" data-label=${h[run]} data-run=${run} data-value=${pick(debrief.runs[run])}>${format(pick(debrief.runs[run]))}</td>`,
      )}
      <td class="num" data-label=${h.vsNone} data-diff="vs-none" data-value=${pick(trainee) - pick(none)}>${diff(pick(trainee) - pick(none))}</td>
      <td class="num" data-label=${h.expectedVs} data-diff="expected-vs" data-value=${pick(expected) - pick(trainee)}>
        ${diff(pick(expected) - pick(trainee))}
      </td>
    </tr>`;
    const pp = (v: number) => signed(v * 100, (x) => formatDecimal(x, 1));
    return html`<section>
      <h3>${msg('Three runs on the same callers', { id: 'debrief.runs' })}</h3>
      <div class="scroll">
        <table class="cards" data-testid="debrief-runs">
          <thead>
            <tr>
              <th></th>
              <th class="num">${h.trainee}</th>
              <th class="num">${h.none}</th>
              <th class="num">${h.expected}</th>
              <th class="num">${h.vsNone}</th>
              <th class="num">${h.expectedVs}</th>
            </tr>
          </thead>
          <tbody>
            ${row(
              'answered',
              msg('Calls answered', { id: 'debrief.runs.answered' }),
              (r) => r.answered,
              formatInteger,
              (v) => signed(v),
            )}
            ${row(
              'abandoned',
              msg('Calls abandoned', { id: 'debrief.runs.abandoned' }),
              (r) => r.abandoned,
              formatInteger,
              (v) => signed(v),
            )}
            ${row(
              'serviceLevel',
              msg('Service level', { id: 'debrief.part.serviceLevel' }),
              (r) => r.serviceLevel,
              (v) => formatPercent(v, 1),
              pp,
            )}
            ${row(
              'cost',
              msg('Cost', { id: 'debrief.part.cost' }),
              (r) => r.cost,
              (v) => formatMoney(v, currency, 0),
              (v) => signedMoney(v, currency),
            )}
            ${row(
              'score',
              msg('Score', { id: 'debrief.runs.score' }),
              (r) => r.score,
              points,
              (v) => signed(v, points),
            )}
          </tbody>
        </table>
      </div>
      <p class="muted">${msg('Service-level differences are in percentage points.', { id: 'debrief.runs.pp' })}</p>
      <div class="charts">
        ${DEBRIEF_CHARTS.map(
          (kind) =>
            html`<sb-chart data-chart=${kind} .spec=${debriefChartSpec(kind, debrief.clockStartAt)} .data=${debriefChartData(debrief, kind)}></sb-chart>`,
        )}
      </div>
    </section>`;
  }

  private renderCounterfactuals(debrief: Debrief) {
    const shown = new Set(debrief.counterfactuals.map((c) => c.decisionIndex)).size;
    const taken = debrief.decisions.filter((d) => d.status !== 'failed').length;
    return html`<section>
      <h3>${msg('What your decisions changed', { id: 'debrief.counterfactuals' })}</h3>
      ${
        debrief.counterfactuals.length === 0
          ? html`<p class="muted">${msg('You took no decision: your day is the no-action run.', { id: 'debrief.cf.none' })}</p>`
          : html`<ul class="sentences" data-testid="debrief-counterfactuals">
            ${debrief.counterfactuals.map(
              (c) =>
                html`<li data-kind=${c.kind}>${counterfactualText(c, debrief.decisions[c.decisionIndex], this.currency(), debrief.names, debrief.clockStartAt)}</li>`,
            )}
          </ul>`
      }
      ${
        taken > shown
          ? html`<p class="muted">${msg(str`Only your first decisions have counterfactuals (${shown}): each takes two more replays.`, { id: 'debrief.cf.capped' })}</p>`
          : nothing
      }
    </section>`;
  }

  private restorePrint: (() => void) | undefined;

  /** Hides everything but this report, lets the charts follow the print width, then opens the print dialog. */
  private async print(): Promise<void> {
    this.restorePrint ??= isolateForPrint(this);
    this.toggleAttribute('printing', true);
    window.addEventListener('afterprint', this.endPrint, { once: true });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.print();
  }

  private readonly endPrint = (): void => {
    this.toggleAttribute('printing', false);
    this.restorePrint?.();
    this.restorePrint = undefined;
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.endPrint);
    this.endPrint();
  }

  private downloadJson(): void {
    const debrief = this.debrief;
    if (debrief === undefined) return;
    const blob = new Blob([JSON.stringify(debrief, null, 2)], { type: 'application/json' });
    downloadBlob(blob, `debrief-${debrief.exerciseId}-${debrief.exerciseCode}.json`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-debrief': DebriefView;
  }
}
