// <sb-app-header>: the page's banner: the Switchboard logo and name, what the app is, and the language
// switch (remembered in this browser). No properties; a switch re-renders every localized element.
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { currentLocale, isLocale, LOCALE_NAMES, LOCALES, switchLocale } from './i18n/locale';

@customElement('sb-app-header')
@localized()
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
    .language {
      margin-inline-start: auto;
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-size: 0.9rem;
      color: var(--sb-muted);
    }
    select {
      font: inherit;
      color: var(--sb-text);
      padding: 0.2rem 0.3rem;
      border: 1px solid var(--sb-border);
      border-radius: 6px;
      background: var(--sb-surface);
    }
  `;

  private onLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLocale(value)) void switchLocale(value);
  }

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
      <p class="tagline">${msg('A call-centre simulator that runs in your browser', { id: 'header.tagline' })}</p>
      <label class="language">
        <span aria-hidden="true">🌐</span>${msg('Language', { id: 'header.language' })}
        <select data-testid="language" @change=${this.onLanguage}>
          ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === currentLocale()}>${LOCALE_NAMES[l]}</option>`)}
        </select>
      </label>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-app-header': AppHeader;
  }
}
