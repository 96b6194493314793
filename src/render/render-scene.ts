import { select, type Selection } from 'd3-selection';
import { LAYERS } from '../model/layers.js';
import type { Scene, SceneBase, SceneDevicePart, ScenePath, SceneLabel } from '../scene/scene-types.js';
import { patchAttrs, patchText } from './patch-attrs.js';
import { drawTargets, type SceneHandlers } from './draw-targets.js';

export type { SceneHandlers } from './draw-targets.js';

type Group = Selection<SVGGElement, unknown, null, undefined>;

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
  viewport.append('defs');
  const layers = viewport.append('g').attr('class', 'layers');
  for (const layer of LAYERS) {
    const g = layers.append('g').attr('class', `layer layer-${layer}`).attr('data-layer', layer);
    g.append('g').attr('class', 'casing');
    g.append('g').attr('class', 'body');
    g.append('g').attr('class', 'overlay');
  }
  viewport.append('g').attr('class', 'devices');
  viewport.append('g').attr('class', 'labels').attr('aria-hidden', 'true');
  viewport.append('g').attr('class', 'targets');
  return svg.node()!;
}

/**
 * Draws scenes into one SVG made by createSceneSvg, writing only what changed:
 * the anatomy and labels are joined again only when the scene brings new ones,
 * the highlighted structure is a class toggle, and every attribute write is
 * skipped when the value is already there.
 */
export class SceneRenderer {
  private base?: SceneBase;
  private labels?: readonly SceneLabel[];
  private active?: string | null;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly uid: string,
    private readonly handlers: SceneHandlers,
  ) {}

  render(scene: Scene): void {
    const { x, y, w, h } = scene.camera;
    patchAttrs(this.svg, {
      viewBox: `${x} ${y} ${w} ${h}`,
      class: `scene view-${scene.view}${scene.quiet ? ' quiet' : ''}`,
    });
    const viewport = select(this.svg).select<SVGGElement>('g.viewport');
    let marks = false;
    if (scene.base !== this.base) {
      this.drawBase(viewport, scene.base);
      this.base = scene.base;
      marks = true;
    }
    this.drawOverlays(viewport, scene.overlays, scene.active);
    drawDevices(viewport.select('g.devices'), scene.devices);
    if (scene.labels !== this.labels) {
      drawLabels(viewport.select('g.labels'), scene.labels);
      this.labels = scene.labels;
      marks = true;
    }
    if (marks || scene.active !== this.active) this.markActive(scene.active);
    this.active = scene.active;
  }

  private drawBase(viewport: Group, base: SceneBase): void {
    const uid = this.uid;
    viewport
      .select('defs')
      .selectAll<SVGClipPathElement, SceneBase['clips'][number]>('clipPath')
      .data(base.clips, (c) => c.id)
      .join((enter) => {
        const clip = enter.append('clipPath').attr('id', (c) => `${uid}-${c.id}`);
        clip.append('path');
        return clip;
      })
      .select<SVGPathElement>('path')
      .each(function (c) {
        patchAttrs(this, { d: c.d });
      });
    const byLayer = groupByLayer(base.paths);
    viewport.selectAll<SVGGElement, unknown>('g.layer').each(function () {
      const layer = select(this);
      const paths = byLayer.get(this.dataset.layer ?? '') ?? [];
      const tubes = paths.filter((p) => p.paint === 'tube');
      drawPaths(layer.select('g.casing'), tubes, uid, 'casing');
      drawPaths(layer.select('g.body'), paths, uid, 'body');
    });
    drawTargets(viewport.select('g.targets'), base.targets, this.handlers);
  }

  /** Overlays are drawn every frame, so they carry the active mark themselves. */
  private drawOverlays(viewport: Group, overlays: readonly ScenePath[], active: string | null): void {
    const uid = this.uid;
    const byLayer = groupByLayer(overlays);
    viewport.selectAll<SVGGElement, unknown>('g.layer').each(function () {
      drawPaths(select(this).select('g.overlay'), byLayer.get(this.dataset.layer ?? '') ?? [], uid, 'body', active);
    });
  }

  /** Marks the highlighted structure's paths and label, and presses its hit target. */
  private markActive(active: string | null): void {
    for (const el of this.svg.querySelectorAll('.is-active')) el.classList.remove('is-active');
    for (const el of this.svg.querySelectorAll('g.targets [aria-pressed="true"]')) {
      el.setAttribute('aria-pressed', 'false');
    }
    if (active === null) return;
    for (const el of this.svg.querySelectorAll(`[data-id="${CSS.escape(active)}"]`)) {
      if (el.closest('g.targets')) el.setAttribute('aria-pressed', 'true');
      else el.classList.add('is-active');
    }
  }
}

/** Draws one scene into a fresh SVG made by createSceneSvg. */
export function renderScene(svg: SVGSVGElement, scene: Scene, uid: string, handlers: SceneHandlers): void {
  new SceneRenderer(svg, uid, handlers).render(scene);
}

function groupByLayer(paths: readonly ScenePath[]): Map<string, ScenePath[]> {
  const byLayer = new Map<string, ScenePath[]>();
  for (const p of paths) {
    const list = byLayer.get(p.layer);
    if (list) list.push(p);
    else byLayer.set(p.layer, [p]);
  }
  return byLayer;
}

function drawPaths(
  group: Group,
  paths: readonly ScenePath[],
  uid: string,
  pass: 'casing' | 'body',
  active: string | null = null,
): void {
  group
    .selectAll<SVGPathElement, ScenePath>('path')
    .data(paths, (p) => p.id)
    .join('path')
    .each(function (p) {
      const emphasis = p.emphasis ? ` is-${p.emphasis}` : '';
      const marked = active !== null && p.structureId === active ? ' is-active' : '';
      patchAttrs(this, {
        d: p.d,
        class: `paint-${p.paint} tone-${p.tone} ${pass}${p.dashed ? ' behind' : ''}${emphasis}${marked}`,
        'clip-path': p.clip ? `url(#${uid}-clip-${p.clip})` : null,
        'data-id': p.structureId,
      });
    });
}

function drawDevices(group: Group, parts: readonly SceneDevicePart[]): void {
  group
    .selectAll<SVGPathElement, SceneDevicePart>('path')
    .data(parts, (p) => p.id)
    .join('path')
    .each(function (p) {
      patchAttrs(this, {
        class: `dev dev-${p.part}`,
        d: p.d,
        'stroke-width': p.width > 0 ? p.width : null,
        'stroke-dashoffset': p.dashOffset ?? null,
        opacity: p.opacity < 1 ? p.opacity : null,
        'data-device': p.deviceId,
      });
    });
}

function drawLabels(group: Group, labels: readonly SceneLabel[]): void {
  group
    .selectAll<SVGGElement, SceneLabel>('g.label')
    .data(labels, (l) => l.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'label');
      g.append('line').attr('class', 'leader');
      g.append('text');
      return g;
    })
    .each(function (l) {
      const unfilled = l.unfilled ? ' is-unfilled' : '';
      patchAttrs(this, { class: `label kind-${l.kind ?? 'landmark'}${unfilled}`, 'data-id': l.structureId });
      const [x1, y1, x2, y2] = l.leader ?? [0, 0, 0, 0];
      patchAttrs(this.querySelector('line')!, { display: l.leader ? null : 'none', x1, y1, x2, y2 });
      const text = this.querySelector('text')!;
      patchAttrs(text, { x: l.x, y: l.y, 'font-size': l.size, 'text-anchor': l.align });
      patchText(text, l.text);
    });
}
