import type { Side } from '../model/schema-atoms.js';
import { LANDMARKS } from '../model/landmarks.js';
import type { CameraName } from '../model/cameras.js';
import type { ObstructionCase } from '../model/obstruction-schema.js';
import type { ProcedureObstruction, Stone } from '../model/procedure-schema.js';
import type { DuctNode } from './duct-tree.js';
import { planFill, type Barrier } from './plan-fill.js';
import type { Lesion } from './timeline-types.js';

/** Patency of a lesion given only as a procedure's inline obstruction: a tight block. */
export const INLINE_PATENCY = 0.22;

/** What compileTimeline needs of an obstruction case. */
export interface ObstructionSetup {
  readonly id: string;
  readonly malignant: boolean;
  readonly lesions: readonly Lesion[];
  readonly alsoDilated: readonly string[];
  /** Starting dilation 0–1 of the dilated ducts. */
  readonly dilation: number;
  /** Fixed gallbladder state; otherwise distended when the cystic duct is dilated. */
  readonly gallbladder?: 'normal' | 'distended';
  /** Gallstones, placed in the gallbladder's distended outline (none by default). */
  readonly stones?: readonly Stone[];
  /** An inflamed gallbladder (acute cholecystitis): a thick wall and fluid beside it (default false). */
  readonly inflamed?: boolean;
  readonly camera: CameraName;
  /** Camera presets the case frames in place of a step's own, by preset name. */
  readonly frames?: Readonly<Record<string, CameraName>>;
  readonly labels: readonly string[];
  /** The one side this case must be drained from, whatever approach is asked (Bismuth IIIa: left; IIIb: right). */
  readonly drainSide?: Side;
  /** Replaces `{obstruction}` in step texts. */
  readonly summary: { readonly clinician: string; readonly patient: string };
}

/**
 * The side a case must be drained from (brief §4.1): its one `drain` side
 * when tumour fills the other side's hepatic duct whole, so that side is the
 * one to be resected (IIIa: the right, so drain the left future liver
 * remnant; IIIb: the mirror image). Undefined when either side will do
 * (the case's `drain` side is then only the default) or both are drained.
 */
export function drainSideOf(c: Pick<ObstructionCase, 'drain' | 'lesions'>): Side | undefined {
  if (c.drain.length !== 1) return undefined;
  const side = c.drain[0]!;
  const other: Side = side === 'right' ? 'left' : 'right';
  const engulfed = c.lesions.some((l) => l.duct === LANDMARKS.hepaticDucts[other] && l.span[0] <= 0 && l.span[1] >= 1);
  return engulfed ? side : undefined;
}

/** A bundled or custom case from data/obstructions.json. */
export function setupFromCase(c: ObstructionCase): ObstructionSetup {
  return {
    drainSide: drainSideOf(c),
    id: c.id,
    malignant: c.malignant,
    lesions: c.lesions.map((l) => ({
      duct: l.duct,
      span: [l.span[0], l.span[1]],
      kind: l.kind,
      patency: l.patency,
      mass: l.mass ? { ...l.mass } : null,
    })),
    alsoDilated: c.alsoDilated,
    dilation: 1,
    camera: c.camera as CameraName,
    frames: c.frames,
    labels: c.labels,
    summary: c.summary,
  };
}

/** A procedure's own `obstruction` (used when no case is chosen). */
export function setupFromInline(o: ProcedureObstruction): ObstructionSetup {
  const text = o.cause ? `${o.cause[0]!.toUpperCase()}${o.cause.slice(1)}.` : '';
  return {
    id: o.duct ? 'custom' : 'none',
    malignant: o.duct !== undefined,
    lesions:
      o.duct && o.span
        ? [
            {
              duct: o.duct,
              span: [o.span[0], o.span[1]],
              kind: o.mass ? 'mass' : 'ring',
              patency: INLINE_PATENCY,
              mass: o.mass ? { ...o.mass } : null,
            },
          ]
        : [],
    alsoDilated: o.alsoDilated,
    dilation: o.dilation,
    gallbladder: o.gallbladder,
    stones: o.stones,
    inflamed: o.inflamed,
    camera: 'overview',
    labels: o.duct ? [o.duct] : [],
    summary: { clinician: text, patient: text },
  };
}

/** Each lesion as duct arcs (units along the duct's smoothed centreline). */
export function lesionBarriers(tree: ReadonlyMap<string, DuctNode>, lesions: readonly Lesion[]): Barrier[] {
  return lesions.flatMap((l) => {
    const node = tree.get(l.duct);
    return node ? [{ duct: l.duct, from: l.span[0] * node.line.length, to: l.span[1] * node.line.length }] : [];
  });
}

/**
 * The ducts a set of lesions dilates, derived from the tree: every duct with
 * a stretch upstream of some lesion (a fill from the periphery end of each
 * lesion's duct that crosses no lesion, keeping only ducts it fills along a
 * length, not at a point). A lesion's own duct counts when it starts below
 * the duct's periphery end. Sinks (the duodenum) never count.
 */
export function dilatedDucts(tree: ReadonlyMap<string, DuctNode>, lesions: readonly Lesion[]): string[] {
  const barriers = lesionBarriers(tree, lesions);
  const out = new Set<string>();
  for (const b of barriers) {
    for (const e of planFill(tree, { duct: b.duct, arc: 0 }, barriers)) {
      if (e.hi - e.lo > 1e-6 && !tree.get(e.duct)?.sink) out.add(e.duct);
    }
  }
  return [...tree.keys()].filter((id) => out.has(id));
}
