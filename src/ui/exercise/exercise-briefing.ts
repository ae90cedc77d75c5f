// <sb-exercise-briefing>: the briefing card an exercise opens on, paused: the situation, the trainee's role,
// what they may do, the objectives, the decisions allowed with their delay, cooldown and cost, the scoring rule
// in words and numbers, and the exercise's code. It names no inject and no expected action (no spoilers).
// Properties: exercise, code, rule (share of each part), serviceLevelTarget, currency, layout. Event:
// sb-exercise-command {kind: 'start'} from its Start button.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FloorLayout } from '../../sim/api';
import type { ScoreRule } from '../../sim/exercise/exercise-service';
import type { AllowedDecision, Exercise } from '../../sim/exercise/types';
import { formatDuration, formatInteger, formatMoney, formatDecimal } from '../format';
import { formStyles } from '../form-styles';
import { briefingMayDo, briefingSituation, exerciseName, exerciseTeaches, objectiveText } from '../i18n/exercise-text';
import { cardStyles } from './exercise-card-styles';
import { PlayCommandEvent } from './exercise-events';
import { actionKindName, groupName, roleName, rulePartName, ruleWords } from './exercise-labels';

@customElement('sb-exercise-briefing')
@localized()
export class ExerciseBriefing extends LitElement {
  static override styles = [
    formStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      .card {
        display: grid;
        gap: 0.9rem;
      }
      section > ul {
        margin: 0;
        padding-inline-start: 1.2rem;
      }
      .start {
        display: flex;
        flex-wrap: wrap;
        gap: 0.8rem;
        align-items: center;
      }
    `,
  ];

  @property({ attribute: false }) exercise: Exercise | undefined;
  @property() code = '';
  @property({ attribute: false }) rule: ScoreRule = [];
  @property({ type: Number }) serviceLevelTarget = 0.8;
  @property() currency = 'USD';
  @property({ attribute: false }) layout: FloorLayout | undefined;

  private decisionRow(d: AllowedDecision) {
    const groups =
      d.groups?.map((g) => groupName(this.layout, g)).join(', ') ?? msg('any', { id: 'exercise.groups.any' });
    const premium = formatMoney(d.premiumPerAgentHour, this.currency, 2);
    return html`<tr data-kind=${d.kind}>
      <td>${actionKindName(d.kind)}</td>
      <td>${groups}</td>
      <td>${d.delaySeconds === 0 ? msg('at once', { id: 'exercise.delay.none' }) : formatDuration(d.delaySeconds)}</td>
      <td>${d.cooldownSeconds === 0 ? msg('none', { id: 'exercise.cooldown.none' }) : formatDuration(d.cooldownSeconds)}</td>
      <td>
        ${formatMoney(d.costPerUse, this.currency, 0)}
        ${d.premiumPerAgentHour > 0 ? html`<br /><span class="muted">${msg(str`+ ${premium} per added agent-hour`, { id: 'exercise.premium' })}</span>` : ''}
      </td>
    </tr>`;
  }

  override render() {
    const exercise = this.exercise;
    if (exercise === undefined) return html``;
    const playMinutes = formatInteger(Math.round(exercise.endSeconds / exercise.playSpeed / 60));
    const length = formatDuration(exercise.endSeconds);
    const speed = formatInteger(exercise.playSpeed);
    return html`<article class="card" data-testid="exercise-briefing" aria-labelledby="briefing-title">
      <header>
        <h2 id="briefing-title">${exerciseName(exercise)}</h2>
        <p class="muted">${exerciseTeaches(exercise)}</p>
        <p class="muted">
          ${msg(str`Your role: ${roleName(exercise.briefing.role)}`, { id: 'exercise.yourRole' })} ·
          ${msg(str`${length} of the day, about ${playMinutes} min at ×${speed}`, { id: 'exercise.length' })} ·
          ${msg('Code', { id: 'exercise.code' })} <span class="code" data-testid="briefing-code">${this.code}</span>
        </p>
      </header>
      <section>
        <h3>${msg('The situation', { id: 'exercise.situation' })}</h3>
        <p>${briefingSituation(exercise)}</p>
      </section>
      <section>
        <h3>${msg('What you may do', { id: 'exercise.mayDo' })}</h3>
        <ul>
          ${briefingMayDo(exercise).map((item) => html`<li>${item}</li>`)}
        </ul>
      </section>
      <section>
        <h3>${msg('Objectives', { id: 'exercise.objectives' })}</h3>
        <ul>
          ${exercise.objectives.map((o) => html`<li>${objectiveText(exercise, o.id)}</li>`)}
        </ul>
      </section>
      <section>
        <h3>${msg('Decisions allowed', { id: 'exercise.decisionsAllowed' })}</h3>
        <div class="table-wrap">
          <table data-testid="briefing-decisions">
            <thead>
              <tr>
                <th scope="col">${msg('Decision', { id: 'exercise.col.decision' })}</th>
                <th scope="col">${msg('Groups', { id: 'exercise.col.groups' })}</th>
                <th scope="col">${msg('Takes effect after', { id: 'exercise.col.delay' })}</th>
                <th scope="col">${msg('Next one after', { id: 'exercise.col.cooldown' })}</th>
                <th scope="col">${msg('Cost per use', { id: 'exercise.col.cost' })}</th>
              </tr>
            </thead>
            <tbody>
              ${exercise.decisions.map((d) => this.decisionRow(d))}
            </tbody>
          </table>
        </div>
      </section>
      <section>
        <h3>${msg('How you are scored (0–100)', { id: 'exercise.scoring' })}</h3>
        <div class="table-wrap">
          <table data-testid="briefing-rule">
            <tbody>
              ${exercise.scoring.parts.map((part, i) => {
                const points = formatDecimal((this.rule[i]?.share ?? 0) * 100, 0);
                return html`<tr data-part=${part.kind}>
                  <th scope="row">${rulePartName(part.kind)}</th>
                  <td>${msg(str`${points} of 100`, { id: 'exercise.points' })}</td>
                  <td>${ruleWords(part, this.serviceLevelTarget, this.currency)}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        <p class="muted">
          ${msg('The score and the results are shown when the exercise ends. Events will happen during the day: read each notice and decide.', { id: 'exercise.noSpoilers' })}
        </p>
      </section>
      <div class="start">
        <button class="primary" data-testid="exercise-start" @click=${() => this.dispatchEvent(new PlayCommandEvent({ kind: 'start' }))}>
          ${msg('Start the clock', { id: 'exercise.start' })}
        </button>
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-exercise-briefing': ExerciseBriefing;
  }
}
