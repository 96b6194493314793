import { LANDMARKS } from '../model/landmarks.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { Procedure } from '../model/procedure-schema.js';
import type { StentName } from '../model/stent-names.js';
import type { Variant } from '../model/when-holds.js';
import type { CompileContext, CompileLesion } from './compile-context.js';
import { buildDuctTree } from './duct-tree.js';
import { dilatedDucts, lesionBarriers, type ObstructionSetup } from './obstruction-setup.js';
import type { BaseTrack } from './track-types.js';

/**
 * The compile context at t = 0 and the base track: the lesions as barriers
 * on their ducts (with their starting patency), the ducts they dilate
 * (every duct with a stretch upstream of a lesion, plus `alsoDilated`), and
 * the gallbladder: distended when the cystic duct is dilated (block below it).
 */
export function initialContext(
  procedure: Procedure,
  anatomy: Anatomy,
  variant: Variant & { readonly stent: StentName },
  setup: ObstructionSetup,
): [CompileContext, BaseTrack] {
  const tree = buildDuctTree(anatomy);
  const widthOf = (id: string) => {
    const shape = anatomy.byId.get(id)?.shape;
    return shape?.type === 'tube' ? shape.diameter.dilated : 1;
  };
  const lesions: CompileLesion[] = lesionBarriers(tree, setup.lesions).map((b, index) => ({
    ...b,
    index,
    width: widthOf(b.duct),
    opened: false,
  }));
  const upstream = dilatedDucts(tree, setup.lesions);
  const distended = setup.gallbladder
    ? setup.gallbladder === 'distended'
    : upstream.includes(LANDMARKS.gallbladderDuct);
  const values = new Map<string, number>([
    ['distension', distended ? 1 : 0],
    ['bag', 0],
  ]);
  for (const id of [...upstream, ...setup.alsoDilated]) values.set(`dilation:${id}`, setup.dilation);
  setup.lesions.forEach((l, i) => values.set(`patency:${i}`, l.patency));
  const first = setup.lesions[0];
  const base: BaseTrack = {
    type: 'base',
    obstruction: first ? { duct: first.duct, span: [first.span[0], first.span[1]], mass: first.mass } : null,
    lesions: setup.lesions,
    stones: setup.stones ?? [],
    inflamed: setup.inflamed ?? false,
    defaultDilation: 0,
    values: Object.fromEntries(values),
  };
  const ctx: CompileContext = {
    procedure,
    anatomy,
    approach: variant.approach,
    variant,
    stent: variant.stent,
    tree,
    setup,
    lesions,
    upstream,
    devices: new Map(),
    carriers: new Map(),
    tracks: [],
    values,
    fills: new Map(),
    flow: null,
    stepEnd: 0,
  };
  return [ctx, base];
}
