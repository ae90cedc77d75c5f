// <sb-structure-form>: the "Structure" card of the live levers: pick a department, see how it is organised
// now, and switch it to hierarchical, self-managed or none from the current instant. A card of
// <sb-intervention-form>'s grid. Properties: layout (its departments carry their current structure), disabled.
// Event: sb-intervene with a set-structure intervention.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import type { FloorLayout, LayoutDepartment, StructureChoice } from '../sim/api';
import { InterventionEvent } from './events';
import { formStyles } from './form-styles';

const CHOICES: readonly StructureChoice[] = ['hierarchical', 'self-managed', 'none'];

export function structureName(choice: StructureChoice): string {
  switch (choice) {
    case 'hierarchical':
      return msg('hierarchical', { id: 'live.structure.name.hierarchical' });
    case 'self-managed':
      return msg('self-managed', { id: 'live.structure.name.selfManaged' });
    case 'none':
      return msg('no structure', { id: 'live.structure.name.none' });
  }
}

/** What each structure does on the floor, in one line (docs/organisation.md has the details). */
function structureEffect(choice: StructureChoice): string {
  switch (choice) {
    case 'hierarchical':
      return msg(
        "Teams stay on their own queues; a supervisor's reviews move idle agents to a queue in trouble, after a delay.",
        { id: 'live.structure.effect.hierarchical' },
      );
    case 'self-managed':
      return msg(
        'Teams pool the department\u2019s queues, consult a peer before escalating and put breaks off while callers wait.',
        { id: 'live.structure.effect.selfManaged' },
      );
    case 'none':
      return msg('Teams answer their own queues: no reviews, no pooling, no peer help.', {
        id: 'live.structure.effect.none',
      });
  }
}

export function structureOf(department: LayoutDepartment | undefined): StructureChoice {
  return department?.structure ?? 'none';
}

@customElement('sb-structure-form')
@localized()
export class StructureForm extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        block-size: 100%;
        box-sizing: border-box;
      }
      .now {
        margin: 0;
        font-size: 0.8rem;
        color: var(--sb-muted);
      }
    `,
  ];

  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ type: Boolean }) disabled = false;

  /** The department picked; the first one until the user picks another. */
  @state() private department = '';
  /** The structure picked in the select; until then the first one the department does not have. */
  @state() private choice: StructureChoice | undefined;

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    const structure = CHOICES.find((c) => c === value('structure')) ?? 'none';
    this.dispatchEvent(new InterventionEvent({ kind: 'set-structure', department: value('department'), structure }));
    this.choice = undefined;
  }

  override render() {
    const departments = this.layout?.departments ?? [];
    if (departments.length === 0) return nothing;
    const selected = departments.find((d) => d.id === this.department) ?? departments[0];
    const current = structureOf(selected);
    const choice = this.choice ?? CHOICES.find((c) => c !== current) ?? 'none';
    return html`<form class="card" novalidate @submit=${this.onSubmit} aria-labelledby="structure-h">
      <h3 id="structure-h">${msg('Structure', { id: 'live.structure.structure' })}</h3>
      <div class="row">
        <div class="field"><label for="structure-department">${msg('Department', { id: 'live.structure.department' })}</label>
          <select id="structure-department" name="department" data-testid="structure-department" .value=${live(selected?.id ?? '')}
            @change=${(e: Event) => {
              this.department = (e.target as HTMLSelectElement).value;
              this.choice = undefined;
            }}>
            ${departments.map((d) => html`<option value=${d.id} ?selected=${d === selected}>${d.name}</option>`)}
          </select></div>
        <div class="field"><label for="structure-kind">${msg('Organise it as', { id: 'live.structure.organiseItAs' })}</label>
          <select id="structure-kind" name="structure" data-testid="structure-kind" .value=${live(choice)}
            @change=${(e: Event) => (this.choice = CHOICES.find((c) => c === (e.target as HTMLSelectElement).value))}>
            ${CHOICES.map((c) => html`<option value=${c} ?selected=${c === choice}>${structureName(c)}</option>`)}
          </select></div>
      </div>
      <p class="now" data-testid="structure-now" data-structure=${current}>${msg(str`Now: ${structureName(current)}.`, { id: 'live.structure.now' })} ${structureEffect(current)}</p>
      <p class="now">${msg("From now on, with the scenario's settings for it or the defaults. Nobody is hired or let go.", { id: 'live.structure.fromNowOnWith' })}</p>
      <div><button type="submit" data-testid="structure-apply" ?disabled=${this.disabled || choice === current}>${msg('Change the structure', { id: 'live.structure.changeTheStructure' })}</button></div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-structure-form': StructureForm;
  }
}
