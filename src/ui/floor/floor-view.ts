// <sb-floor-view>: the 3D call-centre floor. Properties: layout (FloorLayout), snapshot (FloorSnapshot),
// structure ('hierarchical' rows facing a supervisor, default, or 'self-managed' team pods). Events:
// sb-agent-select, sb-department-select. Test hook: `floorDebug`. Without WebGL it shows a message instead.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { AGENT_STATES, type FloorLayout, type FloorSnapshot } from '../../sim/api';
import type { FloorDebug } from './floor-debug';
import { selectionDetails, type FloorSelection } from './floor-details';
import { AgentSelectEvent, DepartmentSelectEvent } from './floor-events';
import { currentLocale } from '../i18n/locale';
import type { FloorStructure } from './floor-layout';
import { FloorStage } from './floor-stage';
import { floorViewStyles } from './floor-view-styles';
import { RenderLoopController } from './render-loop';
import { ResolutionGovernor } from './resolution-governor';
import './floor-legend';

/** A press that moves less than this (CSS pixels) is a click, not a drag of the camera. */
const CLICK_SLOP_PIXELS = 6;

@customElement('sb-floor-view')
@localized()
export class FloorView extends LitElement {
  static override styles = floorViewStyles;

  /** The language of the scene's labels, so that a switch rebuilds it. */
  private sceneLocale = '';
  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ attribute: false }) snapshot: FloorSnapshot | undefined;
  @property() structure: FloorStructure = 'hierarchical';

  @state() private isUnavailable = false;
  @state() private isHeatMap = false;
  @state() private selection: FloorSelection | undefined;

  private stage: FloorStage | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private readonly loop = new RenderLoopController(this, (now) => {
    const raised = this.governor?.frameDrawn(now);
    if (raised !== undefined) this.stage?.setPixelRatio(raised);
    return this.stage?.frame(now) ?? false;
  });
  /** Lowers the floor's resolution when its frames come slowly or block the main thread (a software renderer). */
  private governor: ResolutionGovernor | undefined;
  private longTasks: PerformanceObserver | undefined;
  private pressedAt: { x: number; y: number } | undefined;

  /** Read-only facts about the scene for tests and the benchmark; undefined without WebGL. */
  get floorDebug(): FloorDebug | undefined {
    return this.stage?.debug;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stage = FloorStage.create(() => this.loop.request());
    this.isUnavailable = this.stage === undefined;
    this.governor = this.stage === undefined ? undefined : new ResolutionGovernor(this.stage.debug.pixelRatio);
    this.watchLongTasks();
    // Reconnected with its properties already set: build the scene again on the next update.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.longTasks?.disconnect();
    this.longTasks = undefined;
    this.stage?.dispose();
    this.stage = undefined;
    this.governor = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another scenario: the selected agent or department no longer exists. (A new layout version of the same
    // run only adds agents, so the selection stays.)
    const previous = changed.get('layout') as FloorLayout | undefined;
    if (previous !== undefined && previous.scenarioId !== this.layout?.scenarioId) this.selection = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    const stage = this.stage;
    if (stage === undefined) return;
    this.attachCanvas(stage);
    // The zones' labels are drawn into the scene in the language in force: a switch rebuilds the scene (the
    // camera stays, as for a new version of the same floor).
    const isNewLocale = this.sceneLocale !== currentLocale();
    if (this.layout !== undefined && (isNewLocale || !stage.shows(this.layout, this.structure))) {
      this.sceneLocale = currentLocale();
      stage.setLayout(this.layout, this.structure);
      stage.setHeatMap(this.isHeatMap);
      this.highlightSelection();
      if (this.snapshot !== undefined) stage.sync(this.snapshot, performance.now());
    } else if (changed.has('snapshot') && this.snapshot !== undefined) {
      stage.sync(this.snapshot, performance.now());
    }
    if (changed.has('isHeatMap')) stage.setHeatMap(this.isHeatMap);
    if (changed.has('selection')) this.highlightSelection();
    this.loop.request();
  }

  private watchLongTasks(): void {
    const stage = this.stage;
    const governor = this.governor;
    if (stage === undefined || governor === undefined) return;
    if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return;
    this.longTasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const ratio = governor.longTask(entry.startTime, entry.duration);
        if (ratio === undefined) continue;
        stage.setPixelRatio(ratio);
        this.loop.request();
      }
    });
    this.longTasks.observe({ type: 'longtask' });
  }

  private attachCanvas(stage: FloorStage): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.canvas-host');
    if (host === null || stage.canvas.parentElement === host) return;
    host.append(stage.canvas, stage.labelLayer);
    this.resizeObserver = new ResizeObserver(() => {
      stage.resize(host.clientWidth, host.clientHeight);
      this.loop.request();
    });
    this.resizeObserver.observe(host);
    stage.resize(host.clientWidth, host.clientHeight);
  }

  private highlightSelection(): void {
    const selection = this.selection;
    const agent = selection?.kind === 'agent' ? selection.index : -1;
    const group = selection?.kind === 'department' ? selection.groupIndex : -1;
    this.stage?.select(agent, group);
  }

  private selectAgent(index: number): void {
    const agent = this.layout?.agents[index];
    if (agent === undefined) return;
    this.selection = { kind: 'agent', index };
    this.dispatchEvent(new AgentSelectEvent(index, agent.id));
  }

  private selectDepartment(groupIndex: number): void {
    const group = this.layout?.groups[groupIndex];
    if (group === undefined) return;
    this.selection = { kind: 'department', groupIndex };
    this.dispatchEvent(new DepartmentSelectEvent(group.id));
  }

  private onPointerDown(event: PointerEvent): void {
    this.pressedAt = event.button === 0 ? { x: event.clientX, y: event.clientY } : undefined;
  }

  private onPointerUp(event: PointerEvent): void {
    const pressedAt = this.pressedAt;
    this.pressedAt = undefined;
    if (pressedAt === undefined) return;
    if (Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) > CLICK_SLOP_PIXELS) return;
    const picked = this.stage?.pick(event.clientX, event.clientY);
    if (picked?.kind === 'agent') this.selectAgent(picked.index);
    else if (picked?.kind === 'zone') this.selectDepartment(picked.index);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.stage?.handleKey(event)) {
      event.preventDefault();
      this.loop.request();
      return;
    }
    const agentCount = this.layout?.agents.length ?? 0;
    if ((event.key === ']' || event.key === '[') && agentCount > 0) {
      // Walk through the agents from the keyboard: ] next, [ previous.
      const current = this.selection?.kind === 'agent' ? this.selection.index : -1;
      const step = event.key === ']' ? 1 : -1;
      this.selectAgent((current + step + agentCount) % agentCount);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      this.selection = undefined;
    }
  }

  private clearSelection(): void {
    this.selection = undefined;
  }

  private resetCamera(): void {
    this.stage?.resetCamera();
    this.loop.request();
  }

  private stateCounts(): number[] | undefined {
    const states = this.snapshot?.agentStates;
    if (states === undefined) return undefined;
    const counts = AGENT_STATES.map(() => 0);
    for (const s of states) counts[s] = (counts[s] ?? 0) + 1;
    return counts;
  }

  override render() {
    if (this.isUnavailable) {
      return html`<p class="unavailable" role="status" data-testid="floor-unavailable">
        ${msg('The 3D view is unavailable: WebGL is not supported here.', { id: 'floor.the3dViewIs' })}
      </p>`;
    }
    const layout = this.layout;
    return html`
      <div class="floor">
        <div class="stage">
          <div class="viewport">
            <div
              class="canvas-host"
              tabindex="0"
              role="application"
              aria-label=${msg(str`3D floor of ${layout?.scenarioName ?? msg('the call centre', { id: 'floor.theCentre' })}`, { id: 'floor.canvas.label' })}
              aria-describedby="floor-keys"
              data-testid="floor-canvas"
              @pointerdown=${this.onPointerDown}
              @pointerup=${this.onPointerUp}
              @keydown=${this.onKeyDown}
            ></div>
            <div class="toolbar">
              <button type="button" @click=${this.resetCamera}>${msg('Reset camera', { id: 'floor.resetCamera' })}</button>
              <button
                type="button"
                aria-pressed=${this.isHeatMap ? 'true' : 'false'}
                @click=${() => (this.isHeatMap = !this.isHeatMap)}
              >
                ${msg('Heat map: occupancy', { id: 'floor.heatMapOccupancy' })}
              </button>
            </div>
          </div>
          <p class="keys" id="floor-keys">
            ${msg("Drag to orbit, right-drag to pan, wheel to zoom. Keys: arrows rotate, Shift+arrows pan, + and − zoom, [ and ] step through agents, Esc clears. Click an agent or a department's floor for details.", { id: 'floor.dragToOrbitRight' })}
          </p>
        </div>
        <aside>
          ${
            this.selection === undefined
              ? nothing
              : html`<section class="details" data-testid="floor-details" aria-label=${msg('Details of the selection', { id: 'floor.detailsOfTheSelection' })}>
                <button type="button" class="close" aria-label=${msg('Close details', { id: 'floor.closeDetails' })} @click=${this.clearSelection}>×</button>
                ${selectionDetails(layout, this.snapshot, this.selection)}
              </section>`
          }
          <sb-floor-legend .counts=${this.stateCounts()} .isHeatMap=${this.isHeatMap}></sb-floor-legend>
          <h3 id="departments">${msg('Departments', { id: 'floor.departments' })}</h3>
          <div class="departments" role="group" aria-labelledby="departments">
            ${
              layout?.groups.map(
                (group, g) => html`<button
                type="button"
                aria-pressed=${this.selection?.kind === 'department' && this.selection.groupIndex === g ? 'true' : 'false'}
                @click=${() => this.selectDepartment(g)}
              >
                ${group.name}
              </button>`,
              ) ?? nothing
            }
          </div>
        </aside>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-floor-view': FloorView;
  }
}
