// <sb-pack-play>: a trainee plays a class pack: the class's name and the pack's identity on top, the exercise
// as played (<sb-exercise-play> with the pack's exercise), and at its end a Hand in button next to the
// debrief's own actions that opens <sb-hand-in-form>. Properties: worker, pack. Fires sb-exercise-close.
import type * as Comlink from 'comlink';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { WorkerApi } from '../../worker/simulator.worker';
import { formStyles } from '../form-styles';
import { classroomStyles } from './classroom-styles';
import type { OpenedPack } from './classroom-events';
import '../exercise/exercise-play';
import './hand-in-form';

@customElement('sb-pack-play')
@localized()
export class PackPlay extends LitElement {
  static override styles = [
    formStyles,
    classroomStyles,
    css`
      :host {
        display: grid;
        gap: 0.9rem;
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1rem;
        align-items: baseline;
      }
    `,
  ];

  @property({ attribute: false }) worker: { readonly api: Comlink.Remote<WorkerApi> } | undefined;
  @property({ attribute: false }) pack: OpenedPack | undefined;
  @state() private isHandingIn = false;

  override render() {
    const pack = this.pack;
    if (pack === undefined) return nothing;
    const name = pack.pack.className;
    return html`
      <div class="banner card" data-testid="pack-banner">
        <strong>${msg(str`Class: ${name}`, { id: 'classroom.play.class' })}</strong>
        <span>${msg('Pack', { id: 'classroom.play.pack' })} <span class="code" data-testid="pack-identity">${pack.identity}</span></span>
      </div>
      <sb-exercise-play .worker=${this.worker} .exerciseData=${pack.exercise}>
        <button slot="end-actions" class="primary" data-testid="hand-in-open" @click=${() => (this.isHandingIn = true)}>${msg('Hand in', { id: 'classroom.play.handIn' })}</button>
      </sb-exercise-play>
      ${this.isHandingIn ? html`<sb-hand-in-form .worker=${this.worker} .pack=${pack}></sb-hand-in-form>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-pack-play': PackPlay;
  }
}
