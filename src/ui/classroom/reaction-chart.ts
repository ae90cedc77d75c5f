// <sb-reaction-chart>: when each trainee reacted to each inject that expects an action: per inject, one bar per
// trainee, as long as the minutes from the inject to the trainee's matching decision (a missed inject says so).
// The bars share one scale per inject, the expected window drawn as a line. Property: rows, exercise.
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { RankedResult } from '../../sim/classroom/ranking';
import type { Exercise } from '../../sim/exercise/types';
import { formatDecimal } from '../format';
import { injectTitle } from '../i18n/exercise-text';
import { classroomStyles } from './classroom-styles';

@customElement('sb-reaction-chart')
@localized()
export class ReactionChart extends LitElement {
  static override styles = [
    classroomStyles,
    css`
      .inject {
        display: grid;
        grid-template-columns: minmax(5rem, 12rem) minmax(6rem, 1fr) 5.5rem;
        gap: 0.2rem 0.6rem;
        align-items: center;
        font-size: 0.88rem;
      }
      .inject h4 {
        grid-column: 1 / -1;
        margin: 0.6rem 0 0.1rem;
        font-size: 0.95rem;
      }
      .who {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      svg {
        display: block;
        inline-size: 100%;
        block-size: 0.9rem;
      }
      .bar {
        fill: var(--sb-accent);
      }
      .late {
        fill: var(--sb-bad);
      }
      .window {
        stroke: var(--sb-text);
        stroke-width: 0.6;
        stroke-dasharray: 2 1.5;
      }
      .value {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @property({ attribute: false }) rows: RankedResult[] = [];
  @property({ attribute: false }) exercise: Exercise | undefined;

  private renderInject(injectId: string, withinSeconds: number) {
    const exercise = this.exercise as Exercise;
    const latencies = this.rows.map(
      (r) => r.result.reactions?.find((x) => x.injectId === injectId)?.latencySeconds ?? null,
    );
    const longest = Math.max(withinSeconds, ...latencies.map((l) => l ?? 0)) * 1.05;
    const x = (seconds: number) => (seconds / longest) * 100;
    const title = injectTitle(exercise, injectId);
    return html`<div class="inject" data-inject=${injectId}>
      <h4>${title}</h4>
      ${this.rows.map((row, i) => {
        const latency = latencies[i] ?? null;
        const minutes = latency === null ? '' : formatDecimal(latency / 60, 1);
        return html`<span class="who">${row.result.trainee.name}</span>
          <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            ${latency === null ? '' : svg`<rect class=${latency > withinSeconds ? 'late' : 'bar'} x="0" y="1" height="8" width=${Math.max(x(latency), 0.8)}></rect>`}
            ${svg`<line class="window" x1=${x(withinSeconds)} x2=${x(withinSeconds)} y1="0" y2="10"></line>`}
          </svg>
          <span class="value" data-latency=${latency ?? 'missed'}>${latency === null ? msg('missed', { id: 'classroom.chart.missed' }) : msg(str`${minutes} min`, { id: 'classroom.chart.minutes' })}</span>`;
      })}
    </div>`;
  }

  override render() {
    const injects = (this.exercise?.injects ?? []).filter((i) => i.expected !== undefined);
    if (injects.length === 0 || this.rows.length === 0) return html``;
    return html`<div class="card" data-testid="reaction-chart">
      <h3>${msg('Reaction time per inject', { id: 'classroom.chart.heading' })}</h3>
      <p class="muted">${msg('Minutes from each inject to the trainee’s matching decision; the dashed line is the expected window, a late reaction is drawn in orange.', { id: 'classroom.chart.hint' })}</p>
      ${injects.map((i) => this.renderInject(i.id, i.expected?.withinSeconds ?? 0))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-reaction-chart': ReactionChart;
  }
}
