// The fixed parts of the floor: the IVR gate where callers come in and the exit where abandoning callers
// leave, each with its label. There is no ground mesh (the scene's background is the floor's colour: one less
// full-screen layer to fill) and no lights (shapes carry baked shading, floor-geometries.ts).
import { Mesh, MeshBasicMaterial, type Group } from 'three';
import type { Disposables } from './disposables';
import { gateGeometry, shadedMaterial, tileGeometry } from './floor-geometries';
import type { FloorPlan } from './floor-layout';
import { FLOW_COLORS } from './floor-palette';
import { msg } from '@lit/localize';
import { FloorLabel } from './floor-label';

const GATE_COLOR = 0x4a5563;

export function addLandmarks(plan: FloorPlan, parent: Group, disposables: Disposables): void {
  const tile = disposables.add(tileGeometry());

  const gateMaterial = disposables.add(shadedMaterial());
  gateMaterial.color.setHex(GATE_COLOR);
  const gate = new Mesh(disposables.add(gateGeometry()), gateMaterial);
  gate.name = 'ivr';
  gate.position.set(plan.ivr.x, 0, plan.ivr.z);
  const scale = plan.labelScale;
  const ivrLabel = disposables.add(
    new FloorLabel(msg('IVR · callers come in here', { id: 'floor.label.ivr' }), {
      heightMetres: 0.9 * scale,
      kind: 'landmark',
    }),
  );
  ivrLabel.name = 'ivr-label';
  ivrLabel.object.position.set(plan.ivr.x, 3.4 + scale, plan.ivr.z);

  const exitPad = new Mesh(tile, disposables.add(new MeshBasicMaterial({ color: FLOW_COLORS.abandon })));
  exitPad.name = 'exit';
  exitPad.scale.set(2.4, 1, 2.4);
  exitPad.position.set(plan.exit.x, 0.02, plan.exit.z);
  const exitLabel = disposables.add(
    new FloorLabel(msg('Exit · abandons', { id: 'floor.label.exit' }), { heightMetres: 0.7 * scale, kind: 'landmark' }),
  );
  exitLabel.name = 'exit-label';
  exitLabel.object.position.set(plan.exit.x, 0.8 + 0.7 * scale, plan.exit.z);
  parent.add(gate, ivrLabel.object, exitPad, exitLabel.object);
}
