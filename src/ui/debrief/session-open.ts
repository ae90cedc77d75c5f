// <sb-session-open>: a trainer opens a trainee's session file (exercise, seed, decisions with their times); the
// worker replays it and the debrief of that day is shown.
import { LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('sb-session-open')
export class SessionOpen extends LitElement {
  override render() {
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-session-open': SessionOpen;
  }
}
