import type { Anatomy } from '../model/parse-anatomy.js';
import type { SceneInput } from './build-scene.js';
import { LANDMARKS } from '../model/landmarks.js';
import { ductContrast } from './contrast-front.js';
import { contrastJet } from './contrast-jet.js';
import { contrastPath } from './contrast-paths.js';
import { bowelFolds } from './bowel-folds.js';
import { gallbladderCast } from './gallbladder-cast.js';
import { joinSleeves, lesionPath } from './lesion-path.js';
import { momentKey } from './moment-key.js';
import { structureGeometry } from './structure-paths.js';
import { shownContrast as shownSpans } from './xray-opacity.js';
import { isOpeningBowel, openingDuct } from './opening-duct.js';
import { lazyCavityDrawing, lazyDeviceDrawing, lazyMeasureDrawing } from './devices/lazy-devices.js';
import { contrastPuffs } from './contrast-puff.js';
import type { SceneFrame } from './scene-frame.js';
import type { ScenePath } from './scene-types.js';

/** What a faded structure keeps of its contrast (the .is-faded opacity). */
const FADED = 0.4;

/** One structure's contrast: its column, then any fading pieces of its front. */
export type ContrastPaths = readonly (ScenePath | null)[];

/** Contrast in the ducts (and a filled gallbladder), then the lesions and a measurement: what a step changes on top of the anatomy. Pure. */
export function buildOverlays(
  anatomy: Anatomy,
  input: SceneInput,
  frame: SceneFrame,
  /** Hands back paths made before under the same exact key, or makes them (the scene builder keeps the last frame's). */
  keep: (key: string, make: () => ContrastPaths) => ContrastPaths = (_key, make) => make(),
): ScenePath[] {
  const overlays: ScenePath[] = [];
  const columns = new Map<string, { path: ScenePath; span: readonly [number, number] }>();
  const contrast = input.moment?.contrast ?? {};
  const washout = input.moment?.washout ?? {};
  // A drained system clears: its contrast fades, and is gone once fully washed out.
  const fade = (p: ScenePath | null): ScenePath | null => {
    const w = washout[p?.structureId ?? ''] ?? 0;
    return !p || w >= 0.99 ? null : w > 0 ? { ...p, opacity: (p.opacity ?? 1) * (1 - w) } : p;
  };
  // Contrast given into the gallbladder and its stones come in a chunk of their own, loaded with a procedure that has them.
  const cavity = lazyCavityDrawing();
  for (const s of frame.visible) {
    const filled = contrast[s.id];
    const state = frame.stateOf(s.id);
    // Through a tight ring a bowel fills as a thin jet, not a wide cast: a stream with round ends (a square top read
    // as a cut-off strip of bowel, review round 8).
    const jet = filled ? contrastJet(anatomy, s, filled, frame.lesions, input.moment?.devices ?? []) : null;
    // Contrast given into a cavity spreads from the device it came through.
    const inlet =
      filled && s.shape.type === 'outline'
        ? cavity?.cavityInlet(structureGeometry(s, state), input.moment?.devices ?? [])
        : undefined;
    const [path, ...fronts] = !filled
      ? [null]
      : keep(`${s.id}|${momentKey([filled, state, jet, frame.lesions, inlet])}`, () =>
          jet
            ? [contrastPath(s, jet.span, state, { jet: jet.width, round: true })]
            : s.kind === 'duct'
              ? ductContrast(s, filled, state, frame.lesions)
              : [
                  contrastPath(s, filled, state) ?? cavity?.cavityContrast(s, filled[1], state, inlet) ?? null,
                  bowelFolds(s, filled, state),
                ],
        );
    // Contrast paints after every duct wall, so joined ducts fill as one tree; in a bowel it fills the lumen over
    // the bowel's own wall (a Roux limb is drawn solid).
    const layer = s.kind === 'duct' || s.shape.type !== 'tube' ? 'ducts' : s.layer;
    // Contrast in an organ the step fades fades with it: a clean fade, never a dark veil over the faded wall.
    const dimmed = (p: ScenePath | null) =>
      p && frame.role(s) === 'faded' ? { ...p, opacity: (p.opacity ?? 1) * FADED } : p;
    // An inflamed gallbladder's thick wall round its lumen, and the fluid beside it: under any contrast (not on a film).
    if (s.id === LANDMARKS.gallbladder && input.moment?.inflamed && input.view !== 'fluoroscopy' && cavity)
      for (const p of cavity.inflamedPaths(s, state)) overlays.push(dimmed(p)!);
    // A bowel's contents stop short of the duct opening into it, in both views (the clip scene-base adds).
    const bowel = s.kind !== 'duct' && s.shape.type === 'tube';
    const gap = bowel ? openingDuct(anatomy, s.id) : null;
    const clip = gap && frame.visible.some((t) => t.id === gap) ? { clip: `gap-${gap}` } : {};
    // A duct behind keeps that mark on its contrast, for the drawings that tell it by a lighter fill (not on a film).
    const behind = s.behind === true && input.view !== 'fluoroscopy' ? { dashed: true } : {};
    for (const p of [path ?? null, ...fronts]) {
      const shown = dimmed(fade(p));
      if (shown) overlays.push({ ...shown, layer, ...clip, ...behind });
      if (shown && p === path && filled && s.kind === 'duct')
        columns.set(s.id, { path: overlays.at(-1)!, span: filled });
    }
    // Contrast that has run up the whole cystic duct pools in the gallbladder (unless injected into it).
    const pooled = input.moment?.pool?.[s.id] ?? 0;
    // A pool is broad and nearly as dense as the cystic duct: at a column's fade it would still veil the faded
    // organ, so it fades twice as far.
    const cast = dimmed(
      dimmed(!path && s.id === LANDMARKS.gallbladder && pooled > 0.01 ? fade(gallbladderCast(s, state, pooled)) : null),
    );
    if (cast) overlays.push(cast);
    // Its stones lie in the contrast: painted after it, they show as filling defects (on a film, only where they
    // displace contrast).
    const stones = s.id === LANDMARKS.gallbladder ? (input.moment?.stones ?? []) : [];
    if (stones.length && cavity) {
      const shown = filled && (washout[s.id] ?? 0) < 0.99;
      const film =
        input.view !== 'fluoroscopy' ? undefined : shown ? cavity.cavityPool(s, filled[1], state, inlet) : null;
      for (const stone of cavity.gallstonePaths(s, state, stones, film)) overlays.push(dimmed(stone)!);
    }
  }
  const lesions = frame.lesions.flatMap((lesion, i) => {
    const duct = anatomy.byId.get(lesion.duct);
    const path = duct ? lesionPath(lesion, duct, frame.stateOf(duct.id), i) : null;
    return path ? [path] : [];
  });
  // The measure step's brackets come in a chunk of their own, loaded with a procedure that measures.
  const measure = lazyMeasureDrawing();
  const measured = measure?.measureLayout(anatomy, input.moment?.devices ?? [], frame);
  const brackets = measured ? measure!.measurePaths(measured.m, measured.brackets, frame.ppu) : [];
  // The lumen a stent holds open through a tumour paints over the tumour (drawn with the stents, in their chunk).
  const lumens = lazyDeviceDrawing()?.stentedLumen(input.moment?.devices ?? [], {
    lesions: frame.lesions,
    ducts: frame.visible.filter((s) => s.kind === 'duct' && s.tone === 'bile'),
    stateOf: frame.stateOf,
    column: (id) => columns.get(id),
    byId: (id) => anatomy.byId.get(id),
    faded: (s) => frame.role(s) === 'faded',
  });
  // Contrast leaving a stent's or drain's mouth into a bowel that holds it: a puff over the bowel's coat.
  const bowels = frame.visible.filter((s) => isOpeningBowel(anatomy, s));
  const puffs = contrastPuffs(input.moment?.devices ?? [], bowels, shownSpans(contrast, washout), frame.stateOf);
  return [...overlays, ...joinSleeves(lesions), ...(lumens ?? []), ...puffs, ...brackets];
}
