import type { Structure } from '../model/anatomy-schema.js';
import { LAYERS } from '../model/layers.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { SceneInput } from './build-scene.js';
import type { SceneFrame } from './scene-frame.js';
import type { SceneBase, ScenePath, SceneTarget } from './scene-types.js';
import { cached, stateKey } from './shape-cache.js';
import { structurePaths } from './structure-paths.js';
import { structureTarget } from './structure-target.js';

const layerIndex = new Map(LAYERS.map((l, i) => [l, i]));

/**
 * The planned needle path for right access: horizontal from the skin entry
 * toward the T12 body (dotted = planned, composition §15).
 */
function aimLine(anatomy: Anatomy): ScenePath | null {
  const entry = anatomy.byId.get('right-entry')?.shape;
  const target = anatomy.byId.get('t12-aim')?.shape;
  if (entry?.type !== 'point' || target?.type !== 'point') return null;
  const [x0, y] = entry.at;
  const d = `M${x0},${y}L${target.at[0] - 20},${y}`;
  return {
    id: 'aim-t12',
    structureId: 't12-aim',
    layer: 'markers',
    tone: 'reference',
    paint: 'planned',
    d,
    dashed: false,
  };
}

/** Everything the anatomy drawing depends on: equal keys give the same base. */
export function baseKey(input: SceneInput, frame: SceneFrame): string {
  return stateKey([
    frame.stateOf(''),
    input.dilation ?? null,
    input.reveal ?? null,
    input.labelIds ?? null,
    frame.lesionKey,
    input.moment?.highlight ?? null,
    input.moment?.dim ?? null,
  ]);
}

/** The anatomy's paths, clips and hit targets for one shape state. Pure. */
export function buildBase(anatomy: Anatomy, input: SceneInput, frame: SceneFrame): SceneBase {
  const { chosen, stateOf } = frame;
  const highlight = new Set(input.moment?.highlight ?? []);
  const dim = new Set(input.moment?.dim ?? []);
  const paths: ScenePath[] = [];
  const targets: SceneTarget[] = [];
  const clipIds = new Set<string>();
  for (const s of frame.visible) {
    const key = stateKey(stateOf(s.id));
    const emphasis: ScenePath['emphasis'] = highlight.has(s.id) ? 'highlight' : dim.has(s.id) ? 'dim' : undefined;
    const drawn = cached(anatomy, s, `paths|${key}`, () => structurePaths(s, stateOf(s.id)));
    paths.push(...drawn.map((p) => (emphasis ? { ...p, emphasis } : p)));
    if (s.clip) clipIds.add(s.clip);
    if (s.label) targets.push(cached(anatomy, s, `target|${key}`, () => structureTarget(s, stateOf(s.id))));
  }
  const aim = chosen?.has('t12-aim') ? aimLine(anatomy) : null;
  if (aim) paths.push(aim);
  // The intrapancreatic bile duct runs behind the head: a faint pancreas over it says so (composition §7).
  const pancreas = paths.find((p) => p.structureId === 'pancreas');
  if (pancreas) paths.push({ ...pancreas, id: 'pancreas-front', paint: 'overlay', layer: 'duodenum' });
  paths.sort((a, b) => (layerIndex.get(a.layer) ?? 0) - (layerIndex.get(b.layer) ?? 0));
  const clips = [...clipIds].flatMap((id) => {
    const s: Structure | undefined = anatomy.byId.get(id);
    const outline = s ? structurePaths(s, stateOf(id))[0] : undefined;
    return outline ? [{ id: `clip-${id}`, d: outline.d }] : [];
  });
  return { paths, clips, targets };
}
