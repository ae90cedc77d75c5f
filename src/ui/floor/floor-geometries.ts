// The shapes on the floor, each one merged BufferGeometry so that one InstancedMesh draws every copy: a person
// (agents and callers), a lead (a person with a marker above the head), a desk with a monitor, a floor tile,
// the IVR gate. Dimensions in metres; a person faces +z. Whoever calls these disposes of the result.
// Lighting is baked into vertex colours (one fixed light from above, behind the viewer) and drawn with an unlit
// material: software WebGL spends most of a frame on per-pixel lighting, and the light never moves anyway.
import {
  BoxGeometry,
  BufferAttribute,
  ConeGeometry,
  CylinderGeometry,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  MeshBasicMaterial,
  OctahedronGeometry,
  PlaneGeometry,
  SphereGeometry,
  type BufferGeometry,
  type Material,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

const LIGHT_DIRECTION = new Vector3(-0.45, 1, 0.7).normalize();
const scratchNormal = new Vector3();

/** Adds vertex colours that shade each face by its angle to the fixed light (white where lit, grey in shade). */
function shaded(geometry: BufferGeometry): BufferGeometry {
  const normals = geometry.getAttribute('normal');
  const colors = new Float32Array(normals.count * 3);
  for (let v = 0; v < normals.count; v++) {
    scratchNormal.fromBufferAttribute(normals, v);
    // Shade stays light (0.74..1) so that state colours still match the legend's swatches.
    const shade = 0.74 + 0.26 * Math.max(0, scratchNormal.dot(LIGHT_DIRECTION)) + 0.05 * scratchNormal.y;
    colors.fill(Math.min(1, shade), v * 3, v * 3 + 3);
  }
  geometry.setAttribute('color', new BufferAttribute(colors, 3));
  return geometry;
}

function merged(parts: BufferGeometry[]): BufferGeometry {
  const result = mergeGeometries(parts);
  for (const part of parts) part.dispose();
  return shaded(result);
}

/** The unlit material of every shaded shape: instance colour × baked shade. */
export function shadedMaterial(): MeshBasicMaterial {
  return new MeshBasicMaterial({ color: 0xffffff, vertexColors: true });
}

/**
 * A body and a head. `isCoarse` halves the triangles (48 instead of 96) for crowded floors, where a figure is
 * a few pixels tall and software WebGL spends its time on vertices.
 */
function personParts(isCoarse: boolean): BufferGeometry[] {
  const segments = isCoarse ? 6 : 8;
  const body = new CylinderGeometry(0.21, 0.3, 0.9, segments, 1, true).translate(0, 0.45, 0);
  const head = new SphereGeometry(0.22, segments, isCoarse ? 4 : 6).translate(0, 1.15, 0);
  return [body, head];
}

/** A simple person, 1.37 m tall (seated, a little larger than life to read from afar), on the floor. */
export function personGeometry(isCoarse = false): BufferGeometry {
  return merged(personParts(isCoarse));
}

/** A person with a diamond floating above the head: supervisors and team leads. */
export function leadGeometry(): BufferGeometry {
  // Polyhedra are not indexed; everything merged must match.
  const parts = personParts(false).map((part) => {
    const flat = part.toNonIndexed();
    part.dispose();
    return flat;
  });
  parts.push(new OctahedronGeometry(0.22).scale(1, 1.4, 1).translate(0, 1.8, 0));
  return merged(parts);
}

/**
 * A desk (top, modesty panel, monitor) whose user sits on the −z side and looks towards +z. Coarse: the top
 * and the monitor only (24 triangles instead of 36, and less area to fill: software WebGL is fill-bound).
 */
export function deskGeometry(isCoarse = false): BufferGeometry {
  const top = new BoxGeometry(1.3, 0.05, 0.7).translate(0, 0.72, 0);
  const monitor = new BoxGeometry(0.56, 0.34, 0.05).translate(0, 0.93, 0.2);
  if (isCoarse) return merged([top, monitor]);
  const panel = new BoxGeometry(1.22, 0.62, 0.04).translate(0, 0.38, 0.31);
  return merged([top, panel, monitor]);
}

/** A ball for calls travelling across the floor. */
/**
 * The role badge floating over a figure's head: a diamond ◆ for team leads, a triangle ▲ (a three-sided cone,
 * point up) for specialists. Shapes, not colours, tell the roles apart.
 */
export function badgeGeometry(shape: 'diamond' | 'triangle'): BufferGeometry {
  return shape === 'diamond'
    ? shaded(new OctahedronGeometry(0.2).scale(1, 1.4, 1).translate(0, 1.55, 0))
    : shaded(new ConeGeometry(0.22, 0.36, 3).translate(0, 1.55, 0));
}

export function markerGeometry(): BufferGeometry {
  return shaded(new SphereGeometry(0.2, 8, 6));
}

/** A 1 × 1 m tile lying on the floor; instances scale it to a zone or a queue area. */
export function tileGeometry(): BufferGeometry {
  return new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
}

/** The IVR: a gate callers come through, with a kiosk beside it. */
export function gateGeometry(): BufferGeometry {
  return merged([
    new BoxGeometry(0.3, 2.6, 0.3).translate(-1.8, 1.3, 0),
    new BoxGeometry(0.3, 2.6, 0.3).translate(1.8, 1.3, 0),
    new BoxGeometry(4.2, 0.5, 0.36).translate(0, 2.75, 0),
    new BoxGeometry(0.7, 1.3, 0.5).translate(2.8, 0.65, 0),
  ]);
}

/**
 * An instanced mesh of `count` copies with per-instance colours. `dynamic` marks matrices that change every
 * frame (callers, markers), which tells WebGL to expect frequent uploads.
 */
export function instancedMesh(
  geometry: BufferGeometry,
  material: Material,
  count: number,
  dynamic: boolean,
): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, Math.max(1, count));
  mesh.count = count;
  mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(Math.max(1, count) * 3), 3);
  if (dynamic) {
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.instanceColor.setUsage(DynamicDrawUsage);
  }
  return mesh;
}
