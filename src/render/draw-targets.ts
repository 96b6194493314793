import type { SceneTarget } from '../scene/scene-types.js';
import { datumOf, joinKeyed, svgElement } from './keyed-join.js';
import { patchAttrs } from './patch-attrs.js';

/** Callbacks from the drawing back to its owner. */
export interface SceneHandlers {
  /**
   * A structure was hovered, focused or tapped (null when left); `pointer` (default false) when a pointer entered
   * or left it, not the keyboard's focus.
   */
  readonly onActivate: (structureId: string | null, pinned: boolean, pointer?: boolean) => void;
}

/** A focusable hit area whose events name the structure it is joined with now. */
function createTarget(handlers: SceneHandlers): SVGPathElement {
  // One tab stop for the whole drawing: structures are reached with moveStructureFocus.
  const el = svgElement('path', { class: 'target', tabindex: '-1', role: 'button', 'aria-pressed': 'false' });
  const id = () => datumOf<SceneTarget>(el)?.structureId ?? null;
  el.addEventListener('pointerenter', () => handlers.onActivate(id(), false, true));
  el.addEventListener('pointerleave', () => handlers.onActivate(null, false, true));
  el.addEventListener('focus', () => handlers.onActivate(id(), false));
  el.addEventListener('click', () => handlers.onActivate(id(), true));
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      handlers.onActivate(id(), true);
    }
  });
  return el;
}

/** The focusable hit areas, one per named structure; `aria-pressed` is set by the active-structure pass. */
export function drawTargets(group: Element, targets: readonly SceneTarget[], handlers: SceneHandlers): void {
  const els = joinKeyed(
    group,
    targets,
    (t) => t.id,
    () => createTarget(handlers),
  );
  els.forEach((el, i) => {
    const t = targets[i]!;
    patchAttrs(el, { d: t.d, 'aria-label': t.name, 'data-id': t.structureId });
  });
}
