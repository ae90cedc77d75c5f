// <sb-class-board>: the class's results once verified: the leaderboard (rank, trainee, score and each
// objective's points, the replayed KPIs, a button to open the trainee's debrief), the stated tie-break, the
// spread of the class per KPI (min, quartiles, max) and the reaction chart. Properties: board, exercise,
// currency. Fires sb-open-debrief with the ranked row's hand-in.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ClassBoard } from '../../sim/classroom/classroom-service';
import type { RankedResult } from '../../sim/classroom/ranking';
import type { HandIn } from '../../sim/classroom/types';
import type { Exercise } from '../../sim/exercise/types';
import { formStyles } from '../form-styles';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from '../format';
import { objectiveText } from '../i18n/exercise-text';
import { classroomStyles } from './classroom-styles';
import { spreadLabel, spreadValue } from './class-labels';
import './reaction-chart';

export class OpenDebriefEvent extends Event {
  static readonly type = 'sb-open-debrief';
  readonly handIn: HandIn;
  constructor(handIn: HandIn) {
    super(OpenDebriefEvent.type, { bubbles: true, composed: true });
    this.handIn = handIn;
  }
}

@customElement('sb-class-board')
@localized()
export class ClassBoardView extends LitElement {
  static override styles = [
    formStyles,
    classroomStyles,
    css`
      th.objective {
        white-space: normal;
        min-inline-size: 7rem;
        max-inline-size: 11rem;
        font-size: 0.82rem;
        vertical-align: bottom;
      }
    `,
  ];

  @property({ attribute: false }) board: ClassBoard | undefined;
  @property({ attribute: false }) exercise: Exercise | undefined;
  @property() currency = 'USD';

  private renderRow(row: RankedResult, objectives: { id: string }[]) {
    const r = row.result;
    const k = r.replayed;
    return html`<tr data-testid="leaderboard-row" data-name=${r.trainee.name} data-score=${k.score}>
      <td>${formatInteger(row.rank)}</td>
      <td class="name">${r.trainee.name}${r.trainee.team ? html` <span class="muted">(${r.trainee.team})</span>` : nothing}</td>
      <td><strong>${formatDecimal(k.score, 1)}</strong></td>
      ${objectives.map((o) => html`<td>${formatDecimal(r.objectives?.find((x) => x.id === o.id)?.points ?? NaN, 1)}</td>`)}
      <td>${formatPercent(k.serviceLevel)}</td>
      <td>${formatInteger(k.abandoned)}</td>
      <td>${formatMoney(k.cost, this.currency, 0)}</td>
      <td><button type="button" data-testid="open-debrief" @click=${() => r.handIn && this.dispatchEvent(new OpenDebriefEvent(r.handIn))}>${msg('Debrief', { id: 'classroom.board.debrief' })}</button></td>
    </tr>`;
  }

  override render() {
    const board = this.board;
    if (board === undefined || board.ranked.length === 0) return nothing;
    const objectives = board.ranked[0]?.result.objectives ?? [];
    const exercise = this.exercise;
    const [byScore, byAbandoned, byCost] = [
      msg('score', { id: 'classroom.board.tie.score' }),
      msg('fewer abandoned calls', { id: 'classroom.board.tie.abandoned' }),
      msg('lower cost', { id: 'classroom.board.tie.cost' }),
    ];
    return html`<section class="card" data-testid="leaderboard">
        <h3>${msg('Leaderboard', { id: 'classroom.board.heading' })}</h3>
        <p class="muted">${msg(str`Verified hand-ins only, ranked by ${byScore}, then ${byAbandoned}, then ${byCost}; points per objective as replayed.`, { id: 'classroom.board.rule' })}</p>
        <div class="table-wrap"><table>
          <thead><tr>
            <th>${msg('Rank', { id: 'classroom.board.rank' })}</th>
            <th>${msg('Trainee', { id: 'classroom.board.trainee' })}</th>
            <th>${msg('Score', { id: 'classroom.kpi.score' })}</th>
            ${objectives.map((o) => html`<th class="objective">${exercise === undefined ? o.text : objectiveText(exercise, o.id)}</th>`)}
            <th>${msg('Service level', { id: 'classroom.kpi.serviceLevel' })}</th>
            <th>${msg('Abandoned', { id: 'classroom.kpi.abandonment' })}</th>
            <th>${msg('Cost', { id: 'classroom.kpi.cost' })}</th>
            <th><span class="visually-hidden">${msg('Debrief', { id: 'classroom.board.debrief' })}</span></th>
          </tr></thead>
          <tbody>${board.ranked.map((row) => this.renderRow(row, objectives))}</tbody>
        </table></div>
      </section>
      <section class="card" data-testid="class-spread">
        <h3>${msg('Spread of the class', { id: 'classroom.spread.heading' })}</h3>
        <div class="table-wrap"><table>
          <thead><tr>
            <th>${msg('KPI', { id: 'classroom.spread.kpi' })}</th>
            <th>${msg('Min', { id: 'classroom.spread.min' })}</th>
            <th>${msg('Q1', { id: 'classroom.spread.q1' })}</th>
            <th>${msg('Median', { id: 'classroom.spread.median' })}</th>
            <th>${msg('Q3', { id: 'classroom.spread.q3' })}</th>
            <th>${msg('Max', { id: 'classroom.spread.max' })}</th>
          </tr></thead>
          <tbody>${board.spread.map(
            (s) => html`<tr data-kpi=${s.kpi}>
              <td class="name">${spreadLabel(s.kpi)}</td>
              ${[s.min, s.q1, s.median, s.q3, s.max].map((v) => html`<td>${spreadValue(s.kpi, v, this.currency)}</td>`)}
            </tr>`,
          )}</tbody>
        </table></div>
      </section>
      <sb-reaction-chart .rows=${board.ranked} .exercise=${exercise}></sb-reaction-chart>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-class-board': ClassBoardView;
  }
  interface HTMLElementEventMap {
    'sb-open-debrief': OpenDebriefEvent;
  }
}
