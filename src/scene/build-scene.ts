import { LAYERS } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { labelFontPx, labelPriorityFor } from './label-style.js';
import { pixelsPerUnit } from './cameras.js';
import type { Camera, Scene, ScenePath, SceneLabel, SceneTarget } from './scene-types.js';
import { structurePaths, type ShapeState } from './structure-paths.js';
import { structureLabel } from './structure-label.js';
import { structureTarget } from './structure-target.js';

/** Everything the static scene depends on besides the anatomy. */
export interface SceneInput {
  readonly camera: Camera;
  /** Scene box size in CSS px. */
  readonly viewport: { readonly width: number; readonly height: number };
  /** Dilation per duct id, 0–1; ducts not listed use `defaultDilation`. */
  readonly dilation?: Readonly<Record<string, number>>;
  readonly defaultDilation: number;
  readonly gallbladder: 'normal' | 'distended';
  readonly labels: boolean;
  /** Hidden structures to show anyway (e.g. the stomach in left access). */
  readonly reveal?: readonly string[];
  /** When set, only these structures are labelled (a step's label set). */
  readonly labelIds?: readonly string[];
  readonly active: string | null;
}

const layerIndex = new Map(LAYERS.map((l, i) => [l, i]));

/** Builds the plain, serialisable scene for one moment. Pure. */
export function buildScene(anatomy: Anatomy, input: SceneInput): Scene {
  const ppu = pixelsPerUnit(input.camera, input.viewport.width, input.viewport.height);
  const labelSize = labelFontPx(input.viewport.width) / ppu;
  const maxPriority = labelPriorityFor(input.viewport.width);
  // Normal peripheral ducts stay at least 2.5 px wide (composition §13).
  const minWidth = 2.5 / ppu;
  const reveal = new Set(input.reveal ?? []);
  const chosen = input.labelIds ? new Set(input.labelIds) : null;
  const paths: ScenePath[] = [];
  const labels: SceneLabel[] = [];
  const targets: SceneTarget[] = [];
  const clipIds = new Set<string>();
  const stateOf = (id: string): ShapeState => ({
    dilation: input.dilation?.[id] ?? input.defaultDilation,
    outlineState: input.gallbladder === 'distended' ? 'distended' : undefined,
    minWidth,
  });
  const visible = anatomy.structures.filter((s) => !s.hidden || reveal.has(s.id));
  for (const s of visible) {
    const state = stateOf(s.id);
    paths.push(...structurePaths(s, state));
    if (s.clip) clipIds.add(s.clip);
    if (!s.label) continue;
    targets.push(structureTarget(s, state));
    const shown = chosen ? chosen.has(s.id) : (s.label.priority ?? 3) <= maxPriority;
    const label = input.labels && shown ? structureLabel(s, labelSize) : null;
    if (label) labels.push(label);
  }
  paths.sort((a, b) => (layerIndex.get(a.layer) ?? 0) - (layerIndex.get(b.layer) ?? 0));
  const clips = [...clipIds].flatMap((id) => {
    const s = anatomy.byId.get(id);
    const drawn = s ? structurePaths(s, stateOf(id))[0] : undefined;
    return drawn ? [{ id: `clip-${id}`, d: drawn.d }] : [];
  });
  return { camera: input.camera, paths, clips, labels, targets, active: input.active };
}
