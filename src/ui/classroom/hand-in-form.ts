// <sb-hand-in-form>: at the end of an exercise played from a class pack, the trainee types a name (and a team)
// and gets the hand-in as a file and as a text code to copy. Properties: worker (the worker that played the
// exercise: its session is exported), pack. Nothing is sent anywhere: the trainee hands the file or code over.
import type * as Comlink from 'comlink';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { HandInResponse } from '../../sim/classroom/classroom-service';
import type { WorkerApi } from '../../worker/simulator.worker';
import { downloadBlob } from '../download';
import { formStyles } from '../form-styles';
import { formatDecimal } from '../format';
import { classroomStyles } from './classroom-styles';
import { issuesText, type OpenedPack } from './classroom-events';

type Made = Extract<HandInResponse, { ok: true }>;

@customElement('sb-hand-in-form')
@localized()
export class HandInForm extends LitElement {
  static override styles = [formStyles, classroomStyles];

  @property({ attribute: false }) worker: { readonly api: Comlink.Remote<WorkerApi> } | undefined;
  @property({ attribute: false }) pack: OpenedPack | undefined;

  @state() private name = '';
  @state() private team = '';
  @state() private made: Made | undefined;
  @state() private problem = '';
  @state() private copied = '';

  private async make(event: Event): Promise<void> {
    event.preventDefault();
    if (this.worker === undefined || this.pack === undefined) return;
    this.problem = '';
    try {
      const file = await this.worker.api.exercise.exportSession(0);
      const team = this.team.trim();
      const made = await this.worker.api.classroom.createHandIn(this.pack.pack, file, {
        name: this.name,
        ...(team === '' ? {} : { team }),
      });
      if (made.ok) this.made = made;
      else this.problem = issuesText(made.issues);
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  private download(made: Made): void {
    const who = made.handIn.trainee.name.replace(/[^\p{L}\p{N}]+/gu, '-');
    downloadBlob(
      new Blob([made.fileText], { type: 'application/json' }),
      `hand-in-${who}-${made.handIn.packIdentity}.json`,
    );
  }

  private async copy(made: Made): Promise<void> {
    try {
      await navigator.clipboard.writeText(made.code);
      this.copied = msg('Code copied.', { id: 'classroom.handIn.copied' });
    } catch {
      this.copied = msg('Copying was refused: select the code and copy it by hand.', {
        id: 'classroom.handIn.copyRefused',
      });
    }
  }

  private renderMade(made: Made) {
    const score = formatDecimal(made.handIn.claimed.score, 1);
    return html`<div class="card" data-testid="hand-in-made">
      <p class="good">${msg(str`Ready to hand in: score ${score}. Give your trainer the file or the code below.`, { id: 'classroom.handIn.ready' })}</p>
      <div class="row">
        <button class="primary" type="button" data-testid="hand-in-download" @click=${() => this.download(made)}>${msg('Download hand-in file', { id: 'classroom.handIn.download' })}</button>
        <button type="button" data-testid="hand-in-copy" @click=${() => void this.copy(made)}>${msg('Copy code', { id: 'classroom.handIn.copy' })}</button>
        ${this.copied ? html`<span role="status">${this.copied}</span>` : nothing}
      </div>
      <label class="field">${msg('Hand-in code', { id: 'classroom.handIn.code' })}
        <textarea class="code-box" rows="4" readonly data-testid="hand-in-code" .value=${made.code}></textarea></label>
    </div>`;
  }

  override render() {
    return html`<form class="card" data-testid="hand-in-form" @submit=${(e: Event) => void this.make(e)}>
        <h3>${msg('Hand in your result', { id: 'classroom.handIn.heading' })}</h3>
        <div class="row">
          <label class="field">${msg('Your name', { id: 'classroom.handIn.name' })}
            <input required maxlength="60" data-testid="hand-in-name" .value=${this.name}
              @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} /></label>
          <label class="field">${msg('Team (optional)', { id: 'classroom.handIn.team' })}
            <input maxlength="60" data-testid="hand-in-team" .value=${this.team}
              @input=${(e: Event) => (this.team = (e.target as HTMLInputElement).value)} /></label>
          <button class="primary" type="submit" data-testid="hand-in-make">${msg('Make my hand-in', { id: 'classroom.handIn.make' })}</button>
        </div>
        ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      </form>
      ${this.made === undefined ? nothing : this.renderMade(this.made)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-hand-in-form': HandInForm;
  }
}
