import type { Selection } from 'd3-selection';
import type { SceneTarget } from '../scene/scene-types.js';
import { patchAttrs } from './patch-attrs.js';

/** Callbacks from the drawing back to its owner. */
export interface SceneHandlers {
  /** A structure was hovered, focused or tapped (null when left). */
  readonly onActivate: (structureId: string | null, pinned: boolean) => void;
}

/** The focusable hit areas, one per named structure; `aria-pressed` is set by the active-structure pass. */
export function drawTargets(
  group: Selection<SVGGElement, unknown, null, undefined>,
  targets: readonly SceneTarget[],
  handlers: SceneHandlers,
): void {
  group
    .selectAll<SVGPathElement, SceneTarget>('path')
    .data(targets, (t) => t.id)
    .join((enter) =>
      enter
        .append('path')
        .attr('class', 'target')
        .attr('tabindex', '0')
        .attr('role', 'button')
        .attr('aria-pressed', 'false')
        .on('pointerenter', (_e, t) => handlers.onActivate(t.structureId, false))
        .on('pointerleave', () => handlers.onActivate(null, false))
        .on('focus', (_e, t) => handlers.onActivate(t.structureId, false))
        .on('click', (_e, t) => handlers.onActivate(t.structureId, true))
        .on('keydown', (e: KeyboardEvent, t) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            handlers.onActivate(t.structureId, true);
          }
        }),
    )
    .each(function (t) {
      patchAttrs(this, { d: t.d, 'aria-label': t.name, 'data-id': t.structureId });
    });
}
