import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';

/** Zoom and pan for the scene SVG; the transform lands on its g.viewport. */
export interface ZoomControl {
  zoomBy(factor: number): void;
  reset(): void;
  detach(): void;
}

export function attachZoom(svgNode: SVGSVGElement, onChange: (scale: number) => void): ZoomControl {
  const svg = select(svgNode);
  const viewport = svg.select<SVGGElement>('g.viewport');
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 8])
    .filter((event: Event) => {
      // Wheel zooms only with Ctrl/Cmd, so page scrolling on course pages keeps working.
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: { toString(): string; k: number } }) => {
      viewport.attr('transform', event.transform.toString());
      onChange(event.transform.k);
    });
  svg.call(behavior);
  const box = () => svgNode.viewBox.baseVal;
  behavior.extent(() => {
    const b = box();
    return [
      [b.x, b.y],
      [b.x + b.width, b.y + b.height],
    ];
  });
  return {
    zoomBy: (factor) => behavior.scaleBy(svg, factor),
    reset: () => behavior.transform(svg, zoomIdentity),
    detach: () => svg.on('.zoom', null),
  };
}
