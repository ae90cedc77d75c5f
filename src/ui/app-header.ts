// <sb-app-header>: the page's banner: the Switchboard logo and name, and what the app is. No properties.
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('sb-app-header')
export class AppHeader extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 1rem;
      padding: 0.9rem clamp(1rem, 3vw, 2rem);
      background: var(--sb-surface);
      border-block-end: 1px solid var(--sb-border);
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      align-self: center;
    }
    .logo {
      inline-size: 1.8rem;
      block-size: 1.8rem;
      color: var(--sb-accent);
    }
    h1 {
      margin: 0;
      font-size: 1.35rem;
      letter-spacing: -0.01em;
    }
    .tagline {
      margin: 0;
      color: var(--sb-muted);
      font-size: 0.95rem;
    }
  `;

  override render() {
    return html`<header>
      <div class="brand">
        <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="currentColor" />
          <g fill="#fff">
            <circle cx="10" cy="10" r="2.6" /><circle cx="22" cy="10" r="2.6" />
            <circle cx="10" cy="22" r="2.6" /><circle cx="22" cy="22" r="2.6" />
          </g>
          <path d="M10 10 L22 22 M22 10 L22 22" stroke="#fff" stroke-width="1.8" fill="none" />
        </svg>
        <h1>Switchboard</h1>
      </div>
      <p class="tagline">A call-centre simulator that runs in your browser</p>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-app-header': AppHeader;
  }
}
