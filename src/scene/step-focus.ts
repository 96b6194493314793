import type { Structure } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';

/** How one structure takes part in a step: drawn as usual, faded, or not drawn at all. */
export type FocusRole = 'focus' | 'faded' | 'hidden';

/** The chest wall, spine and great veins: only access steps show them (art direction, second revision). */
export const isSkeleton = (s: Structure): boolean =>
  s.tone === 'bone' || s.tone === 'cartilage' || s.id === 'inferior-vena-cava' || s.id === 'aorta';

/**
 * Sorts a step's anatomy by its part in the step. In focus: what the step
 * names (its labels and highlights) with the parts of those (a labelled
 * pancreas brings its head), the whole of a labelled organ part, the biliary
 * tree and the liver itself (every procedure here works in them), and in an
 * access step the chest wall and spine. Skeleton outside access steps is
 * hidden; everything else fades.
 */
export function stepFocus(anatomy: Anatomy, named: ReadonlySet<string>, access: boolean): (s: Structure) => FocusRole {
  const inNamed = (s: Structure): boolean => {
    for (let p: Structure | undefined = s; p; p = p.parent ? anatomy.byId.get(p.parent) : undefined) {
      if (named.has(p.id)) return true;
      // Walking up from a duct reaches the papilla and the duodenum; only organ parts belong to their whole.
      if (p.kind !== 'organ') break;
    }
    return [...named].some((id) => isPartOf(anatomy, s.id, id));
  };
  return (s) => {
    if (isSkeleton(s)) return access || named.has(s.id) ? 'focus' : 'hidden';
    if (s.tone === 'bile' || s.id === 'liver' || inNamed(s)) return 'focus';
    return 'faded';
  };
}

/** Whether `id` names a part of `whole` (an organ part of it, at any depth). */
function isPartOf(anatomy: Anatomy, whole: string, id: string): boolean {
  for (let p = anatomy.byId.get(id); p?.kind === 'organ' && p.parent; p = anatomy.byId.get(p.parent)) {
    if (p.parent === whole) return true;
  }
  return false;
}
