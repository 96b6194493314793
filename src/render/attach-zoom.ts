/** Pointer and wheel gestures on the scene, reported in scene units. */
export interface ZoomGestures {
  /** Zoom by `factor` about scene point (x, y). */
  readonly onZoom: (factor: number, x: number, y: number) => void;
  /** Pan by (dx, dy) scene units. */
  readonly onPan: (dx: number, dy: number) => void;
}

/**
 * Wires Ctrl/⌘ + wheel, drag and two-finger pinch on the SVG. A plain wheel
 * and one-finger vertical swipes keep scrolling the host page.
 * Returns a function that removes the listeners.
 */
export function attachZoom(svg: SVGSVGElement, gestures: ZoomGestures): () => void {
  const toScene = (clientX: number, clientY: number) => {
    const m = svg.getScreenCTM();
    if (!m) return { x: 0, y: 0 };
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  };
  const pointers = new Map<number, { x: number; y: number }>();
  let pinch = 0;

  const onWheel = (e: WheelEvent) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const p = toScene(e.clientX, e.clientY);
    gestures.onZoom(Math.exp(-e.deltaY * 0.002), p.x, p.y);
  };
  const onDown = (e: PointerEvent) => {
    if (e.button !== 0 || (e.target as Element).closest?.('.target')?.matches(':focus')) return;
    pointers.set(e.pointerId, toScene(e.clientX, e.clientY));
    if (pointers.size === 2) pinch = spread();
  };
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  const onMove = (e: PointerEvent) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    const now = toScene(e.clientX, e.clientY);
    if (pointers.size === 1 && (e.pointerType === 'mouse' || e.buttons)) {
      if (e.pointerType !== 'mouse') return; // one finger scrolls the page
      gestures.onPan(last.x - now.x, last.y - now.y);
      pointers.set(e.pointerId, toScene(e.clientX, e.clientY));
    } else if (pointers.size === 2) {
      pointers.set(e.pointerId, now);
      const d = spread();
      if (pinch > 0 && d > 0) {
        const [a, b] = [...pointers.values()];
        gestures.onZoom(d / pinch, (a!.x + b!.x) / 2, (a!.y + b!.y) / 2);
      }
      pinch = spread();
    }
  };
  const onUp = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    pinch = 0;
  };
  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('pointerdown', onDown);
  svg.addEventListener('pointermove', onMove);
  for (const type of ['pointerup', 'pointercancel', 'pointerleave'] as const) svg.addEventListener(type, onUp);
  return () => {
    svg.removeEventListener('wheel', onWheel);
    svg.removeEventListener('pointerdown', onDown);
    svg.removeEventListener('pointermove', onMove);
    for (const type of ['pointerup', 'pointercancel', 'pointerleave'] as const) svg.removeEventListener(type, onUp);
  };
}
