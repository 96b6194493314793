import { select, type Selection } from 'd3-selection';
import { LAYERS } from '../model/anatomy-schema.js';
import type { Scene, SceneDevicePart, SceneLocator, ScenePath, SceneLabel, SceneTarget } from '../scene/scene-types.js';

/** Callbacks from the drawing back to its owner. */
export interface SceneHandlers {
  /** A structure was hovered, focused or tapped (null when left). */
  readonly onActivate: (structureId: string | null, pinned: boolean) => void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates the SVG the scene is drawn into, inside `host`. Everything below
 * `host` belongs to the render layer; the element never edits it.
 */
export function createSceneSvg(host: Element, title: string, description: string, uid: string): SVGSVGElement {
  const svg = select(host)
    .append('svg')
    .attr('xmlns', SVG_NS)
    .attr('class', 'scene')
    .attr('role', 'group')
    .attr('aria-labelledby', `${uid}-title`)
    .attr('aria-describedby', `${uid}-desc`)
    .attr('preserveAspectRatio', 'xMidYMid meet');
  svg.append('title').attr('id', `${uid}-title`).text(title);
  svg.append('desc').attr('id', `${uid}-desc`).text(description);
  const viewport = svg.append('g').attr('class', 'viewport');
  // A tumour is drawn with a soft radial gradient: dense centre, fading edge (art direction).
  const glow = viewport
    .append('defs')
    .append('radialGradient')
    .attr('id', `${uid}-lesion-glow`)
    .attr('class', 'lesion-glow');
  for (const [offset, cls] of [
    ['0', 'core'],
    ['0.65', 'mid'],
    ['1', 'rim'],
  ] as const)
    glow.append('stop').attr('offset', offset).attr('class', cls);
  const layers = viewport.append('g').attr('class', 'layers');
  for (const layer of LAYERS) {
    const g = layers.append('g').attr('class', `layer layer-${layer}`).attr('data-layer', layer);
    g.append('g').attr('class', 'casing');
    g.append('g').attr('class', 'body');
  }
  viewport.append('g').attr('class', 'devices');
  viewport.append('g').attr('class', 'labels').attr('aria-hidden', 'true');
  viewport.append('g').attr('class', 'targets');
  // The close-up locator is a picture of where the view is, not content of its own: hidden from assistive tech.
  select(host).append('svg').attr('class', 'locator').attr('aria-hidden', 'true').attr('display', 'none');
  return svg.node()!;
}

/** Draws `scene` into an SVG made by createSceneSvg, with keyed joins. */
export function renderScene(svgNode: SVGSVGElement, scene: Scene, uid: string, handlers: SceneHandlers): void {
  const svg = select(svgNode);
  const { x, y, w, h } = scene.camera;
  svg.attr('viewBox', `${x} ${y} ${w} ${h}`).attr('class', `scene view-${scene.view}${scene.quiet ? ' quiet' : ''}`);
  const viewport = svg.select<SVGGElement>('g.viewport');

  viewport
    .select('defs')
    .selectAll<SVGClipPathElement, Scene['clips'][number]>('clipPath')
    .data(scene.clips, (c) => c.id)
    .join((enter) => {
      const clip = enter.append('clipPath').attr('id', (c) => `${uid}-${c.id}`);
      clip.append('path');
      return clip;
    })
    .select('path')
    .attr('d', (c) => c.d);

  const byLayer = new Map<string, ScenePath[]>();
  for (const p of scene.paths) byLayer.set(p.layer, [...(byLayer.get(p.layer) ?? []), p]);
  viewport.selectAll<SVGGElement, unknown>('g.layer').each(function () {
    const layer = select(this);
    const paths = byLayer.get(this.dataset.layer ?? '') ?? [];
    drawPaths(
      layer.select('g.casing'),
      paths.filter((p) => p.paint === 'tube'),
      uid,
      scene.active,
      'casing',
    );
    drawPaths(layer.select('g.body'), paths, uid, scene.active, 'body');
  });

  drawDevices(viewport.select('g.devices'), scene.devices);
  drawLabels(viewport.select('g.labels'), scene.labels, scene.active);
  drawTargets(viewport.select('g.targets'), scene.targets, scene.active, handlers);
  const locator = svgNode.parentElement?.querySelector<SVGSVGElement>(':scope > svg.locator');
  if (locator) drawLocator(select(locator), scene.locator ?? null);
}

function drawLocator(svg: Selection<SVGSVGElement, unknown, null, undefined>, locator: SceneLocator | null): void {
  svg.attr('display', locator ? null : 'none');
  if (!locator) return;
  const { frame, view } = locator;
  svg.attr('viewBox', `${frame.x} ${frame.y} ${frame.w} ${frame.h}`);
  svg
    .selectAll<SVGPathElement, SceneLocator['paths'][number]>('path')
    .data(locator.paths, (p) => p.id)
    .join('path')
    .attr('class', (p) => `tone-${p.tone}`)
    .attr('d', (p) => p.d);
  svg
    .selectAll('rect')
    .data([view])
    .join('rect')
    .attr('x', (v) => v.x)
    .attr('y', (v) => v.y)
    .attr('width', (v) => v.w)
    .attr('height', (v) => v.h);
}

function drawPaths(
  group: Selection<SVGGElement, unknown, null, undefined>,
  paths: ScenePath[],
  uid: string,
  active: string | null,
  pass: 'casing' | 'body',
): void {
  group
    .selectAll<SVGPathElement, ScenePath>('path')
    .data(paths, (p) => p.id)
    .join('path')
    .attr('d', (p) => p.d)
    .attr('class', (p) =>
      [
        `paint-${p.paint}`,
        `tone-${p.tone}`,
        pass,
        p.dashed ? 'behind' : '',
        p.structureId === active ? 'is-active' : '',
        p.emphasis ? `is-${p.emphasis}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    )
    .attr('clip-path', (p) => (p.clip ? `url(#${uid}-clip-${p.clip})` : null))
    .attr('fill', (p) => (p.paint === 'lesion' ? `url(#${uid}-lesion-glow)` : null))
    .attr('data-id', (p) => p.structureId);
}

function drawDevices(group: Selection<SVGGElement, unknown, null, undefined>, parts: readonly SceneDevicePart[]): void {
  group
    .selectAll<SVGPathElement, SceneDevicePart>('path')
    .data(parts, (p) => p.id)
    .join('path')
    .attr('class', (p) => `dev dev-${p.part}`)
    .attr('d', (p) => p.d)
    .attr('stroke-width', (p) => (p.width > 0 ? p.width : null))
    .attr('stroke-dashoffset', (p) => p.dashOffset ?? null)
    .attr('opacity', (p) => (p.opacity < 1 ? p.opacity : null))
    .attr('data-device', (p) => p.deviceId);
}

function drawLabels(
  group: Selection<SVGGElement, unknown, null, undefined>,
  labels: readonly SceneLabel[],
  active: string | null,
): void {
  group
    .selectAll<SVGGElement, SceneLabel>('g.label')
    .data(labels, (l) => l.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'label');
      g.append('line').attr('class', 'leader');
      g.append('text');
      return g;
    })
    .attr('class', (l) => `label kind-${l.kind ?? 'landmark'}`)
    .classed('is-active', (l) => l.structureId === active)
    .classed('is-unfilled', (l) => l.unfilled === true)
    .attr('data-id', (l) => l.structureId)
    .call((g) =>
      g
        .select('line')
        .attr('display', (l) => (l.leader ? null : 'none'))
        .attr('x1', (l) => l.leader?.[0] ?? 0)
        .attr('y1', (l) => l.leader?.[1] ?? 0)
        .attr('x2', (l) => l.leader?.[2] ?? 0)
        .attr('y2', (l) => l.leader?.[3] ?? 0),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', (l) => l.x)
        .attr('y', (l) => l.y)
        .attr('font-size', (l) => l.size)
        .attr('text-anchor', (l) => l.align)
        .text((l) => l.text),
    );
}

function drawTargets(
  group: Selection<SVGGElement, unknown, null, undefined>,
  targets: readonly SceneTarget[],
  active: string | null,
  handlers: SceneHandlers,
): void {
  group
    .selectAll<SVGPathElement, SceneTarget>('path')
    .data(targets, (t) => t.id)
    .join((enter) =>
      enter
        .append('path')
        .attr('class', 'target')
        // One tab stop for the whole drawing: structures are reached with moveStructureFocus.
        .attr('tabindex', '-1')
        .attr('role', 'button')
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
    .attr('d', (t) => t.d)
    .attr('aria-label', (t) => t.name)
    .attr('aria-pressed', (t) => String(t.structureId === active))
    .attr('data-id', (t) => t.structureId);
}

/**
 * Moves keyboard focus to the next (`step` 1) or previous (-1) structure in
 * the drawing, wrapping around; from outside the structures it starts at the
 * first or last. Returns the focused structure's id, or null when there is none.
 */
export function moveStructureFocus(svgNode: SVGSVGElement, step: 1 | -1): string | null {
  const targets = [...svgNode.querySelectorAll<SVGPathElement>('g.targets path.target')];
  if (!targets.length) return null;
  const root = svgNode.getRootNode() as Document | ShadowRoot;
  const at = targets.indexOf(root.activeElement as SVGPathElement);
  const next = targets[at < 0 ? (step > 0 ? 0 : targets.length - 1) : (at + step + targets.length) % targets.length]!;
  next.focus();
  return next.dataset.id ?? null;
}
