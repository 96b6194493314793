import { LAYERS } from '../model/layers.js';
import type { Scene, SceneBase, SceneDevicePart, SceneLocator, ScenePath, SceneLabel } from '../scene/scene-types.js';
import { drawTargets, type SceneHandlers } from './draw-targets.js';
import { joinKeyed, svgElement } from './keyed-join.js';
import { patchAttrs, patchText } from './patch-attrs.js';
import { LABEL_LINE_HEIGHT } from '../scene/label-style.js';

export type { SceneHandlers } from './draw-targets.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates the SVG the scene is drawn into, inside `host`. Everything below
 * `host` belongs to the render layer; the element never edits it.
 */
export function createSceneSvg(host: Element, title: string, description: string, uid: string): SVGSVGElement {
  const svg = svgElement('svg', {
    xmlns: SVG_NS,
    class: 'scene',
    role: 'group',
    'aria-labelledby': `${uid}-title`,
    'aria-describedby': `${uid}-desc`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  const titleEl = svg.appendChild(svgElement('title', { id: `${uid}-title` }));
  titleEl.textContent = title;
  const desc = svg.appendChild(svgElement('desc', { id: `${uid}-desc` }));
  desc.textContent = description;
  const viewport = svg.appendChild(svgElement('g', { class: 'viewport' }));
  // A tumour is drawn with a soft radial gradient: dense centre, fading edge (art direction). A hilar sleeve over
  // the liver pink has its own, denser one: its hue is close to the liver's, so its value must carry it.
  const defs = viewport.appendChild(svgElement('defs'));
  for (const name of ['lesion-glow', 'sleeve-glow']) {
    const glow = defs.appendChild(svgElement('radialGradient', { id: `${uid}-${name}`, class: name }));
    for (const [offset, cls] of [
      ['0', 'core'],
      ['0.65', 'mid'],
      ['1', 'rim'],
    ] as const)
      glow.appendChild(svgElement('stop', { offset, class: cls }));
  }
  viewport.appendChild(svgElement('defs', { class: 'clips' }));
  const layers = viewport.appendChild(svgElement('g', { class: 'layers' }));
  for (const layer of LAYERS) {
    const g = layers.appendChild(svgElement('g', { class: `layer layer-${layer}`, 'data-layer': layer }));
    for (const part of ['casing', 'body', 'overlay']) g.appendChild(svgElement('g', { class: part }));
  }
  viewport.appendChild(svgElement('g', { class: 'devices' }));
  viewport.appendChild(svgElement('g', { class: 'labels', 'aria-hidden': 'true' }));
  viewport.appendChild(svgElement('g', { class: 'targets' }));
  host.appendChild(svg);
  // The close-up locator is a picture of where the view is, not content of its own: hidden from assistive tech.
  host.appendChild(svgElement('svg', { class: 'locator', 'aria-hidden': 'true', display: 'none' }));
  // A patient's locator says where in words too; the caption says it for assistive tech.
  const note = host.appendChild(document.createElement('p'));
  note.className = 'locator-note';
  note.setAttribute('aria-hidden', 'true');
  note.hidden = true;
  return svg;
}

/** A hovered (or focused) structure: marked instead of the scene's active one, with the label its hover adds. */
export interface SceneHover {
  readonly id: string;
  /** Placed among the scene's labels (SceneBuilder.hoverLabels); empty when the scene names it already. */
  readonly labels: readonly SceneLabel[];
}

const NO_LABELS: readonly SceneLabel[] = [];

/**
 * Draws scenes into one SVG made by createSceneSvg, writing only what changed:
 * the anatomy and labels are joined again only when the scene brings new ones,
 * the highlighted structure is a class toggle, and every attribute write is
 * skipped when the value is already there.
 */
export class SceneRenderer {
  private base?: SceneBase;
  private labels?: readonly SceneLabel[];
  private hoverLabels = NO_LABELS;
  private active?: string | null;
  private overlays?: readonly ScenePath[];
  private devices?: readonly SceneDevicePart[];

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly uid: string,
    private readonly handlers: SceneHandlers,
  ) {}

  /** Draws `scene`; a hover only toggles classes and adds its label, when the same scene is drawn again with it. */
  render(scene: Scene, hover: SceneHover | null = null): void {
    const active = hover ? hover.id : scene.active;
    const extra = hover?.labels.length ? hover.labels : NO_LABELS;
    const { x, y, w, h } = scene.camera;
    patchAttrs(this.svg, {
      viewBox: `${x} ${y} ${w} ${h}`,
      class: `scene view-${scene.view}${scene.quiet ? ' quiet' : ''}${scene.moving ? ' moving' : ''}`,
    });
    const viewport = this.svg.querySelector('g.viewport')!;
    let marks = false;
    if (scene.base !== this.base) {
      this.drawBase(viewport, scene.base);
      this.base = scene.base;
      marks = true;
    }
    // A builder hands back the same overlays and devices while they hold: nothing to compare then.
    if (scene.overlays !== this.overlays || active !== this.active) {
      this.drawOverlays(viewport, scene.overlays, active);
      this.overlays = scene.overlays;
    }
    if (scene.devices !== this.devices) {
      drawDevices(viewport.querySelector('g.devices')!, scene.devices);
      this.devices = scene.devices;
    }
    if (scene.labels !== this.labels || extra !== this.hoverLabels) {
      drawLabels(viewport.querySelector('g.labels')!, extra.length ? [...scene.labels, ...extra] : scene.labels);
      this.labels = scene.labels;
      this.hoverLabels = extra;
      marks = true;
    }
    if (marks || active !== this.active) this.markActive(active);
    this.active = active;
    const locator = this.svg.parentElement?.querySelector<SVGSVGElement>(':scope > svg.locator');
    if (locator) drawLocator(locator, scene.locator ?? null);
    const note = this.svg.parentElement?.querySelector<HTMLElement>(':scope > p.locator-note');
    const words = scene.locator?.note ?? '';
    if (note && note.textContent !== words) note.textContent = words;
    if (note && note.hidden !== !words) note.hidden = !words;
    const corner = scene.locator?.corner ?? 'top-right';
    if (note && note.dataset.corner !== corner) note.dataset.corner = corner;
  }

  private drawBase(viewport: Element, base: SceneBase): void {
    const uid = this.uid;
    const clips = joinKeyed(
      viewport.querySelector('defs.clips')!,
      base.clips,
      (c) => c.id,
      (c) => {
        const clip = svgElement('clipPath', { id: `${uid}-${c.id}` });
        clip.appendChild(svgElement('path'));
        return clip;
      },
    );
    clips.forEach((clip, i) => {
      const c = base.clips[i]!;
      patchAttrs(clip.firstElementChild!, { d: c.d, 'clip-rule': 'evenodd' });
      // A clip cut by a further one: the intersection of both (several outlines cut out, each its own clip).
      patchAttrs(clip, { 'clip-path': c.clip ? `url(#${uid}-${c.clip})` : null });
    });
    const byLayer = groupByLayer(base.paths);
    for (const layer of viewport.querySelectorAll<SVGGElement>('g.layer')) {
      const paths = byLayer.get(layer.dataset.layer ?? '') ?? [];
      const tubes = paths.filter((p) => p.paint === 'tube');
      drawPaths(layer.querySelector('g.casing')!, tubes, uid, 'casing');
      drawPaths(layer.querySelector('g.body')!, paths, uid, 'body');
    }
    drawTargets(viewport.querySelector('g.targets')!, base.targets, this.handlers);
  }

  /** Overlays are drawn every frame, so they carry the active mark themselves. */
  private drawOverlays(viewport: Element, overlays: readonly ScenePath[], active: string | null): void {
    const byLayer = groupByLayer(overlays);
    for (const layer of viewport.querySelectorAll<SVGGElement>('g.layer')) {
      const paths = byLayer.get(layer.dataset.layer ?? '') ?? [];
      drawPaths(layer.querySelector('g.overlay')!, paths, this.uid, 'body', active);
    }
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
export function renderScene(
  svg: SVGSVGElement,
  scene: Scene,
  uid: string,
  handlers: SceneHandlers,
  hover: SceneHover | null = null,
): void {
  new SceneRenderer(svg, uid, handlers).render(scene, hover);
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
  group: Element,
  paths: readonly ScenePath[],
  uid: string,
  pass: 'casing' | 'body',
  active: string | null = null,
): void {
  const els = joinKeyed(
    group,
    paths,
    (p) => p.id,
    () => svgElement('path'),
  );
  els.forEach((el, i) => {
    const p = paths[i]!;
    const emphasis = p.emphasis ? ` is-${p.emphasis}` : '';
    const marked = active !== null && p.structureId === active ? ' is-active' : '';
    patchAttrs(el, {
      d: p.d,
      class: `paint-${p.paint} tone-${p.tone} ${pass}${p.dashed ? ' behind' : ''}${emphasis}${marked}`,
      'clip-path': p.clip ? `url(#${uid}-clip-${p.clip})` : null,
      fill: p.paint === 'lesion' ? `url(#${uid}-${p.layer === 'ducts' ? 'sleeve' : 'lesion'}-glow)` : null,
      opacity: p.opacity !== undefined && p.opacity < 1 ? p.opacity.toFixed(3) : null,
      'data-id': p.structureId,
    });
  });
}

function drawDevices(group: Element, parts: readonly SceneDevicePart[]): void {
  const els = joinKeyed(
    group,
    parts,
    (p) => p.id,
    () => svgElement('path'),
  );
  els.forEach((el, i) => {
    const p = parts[i]!;
    patchAttrs(el, {
      class: `dev dev-${p.part}${p.tint ? ` dev-${p.tint}` : ''}`,
      d: p.d,
      'stroke-width': p.width > 0 ? p.width : null,
      'stroke-dashoffset': p.dashOffset ?? null,
      opacity: p.opacity < 1 ? p.opacity : null,
      'data-device': p.deviceId,
    });
  });
}

function drawLabels(group: Element, labels: readonly SceneLabel[]): void {
  const els = joinKeyed(
    group,
    labels,
    (l) => l.id,
    () => {
      const g = svgElement('g', { class: 'label' });
      // A light casing under the leader keeps it seen where it crosses dark contrast-filled ducts.
      g.appendChild(svgElement('line', { class: 'leader-casing' }));
      g.appendChild(svgElement('line', { class: 'leader' }));
      g.appendChild(svgElement('text'));
      return g;
    },
  );
  els.forEach((g, i) => {
    const l = labels[i]!;
    const unfilled = l.unfilled ? ' is-unfilled' : '';
    patchAttrs(g, { class: `label kind-${l.kind ?? 'landmark'}${unfilled}`, 'data-id': l.structureId });
    const [x1, y1, x2, y2] = l.leader ?? [0, 0, 0, 0];
    for (const line of g.querySelectorAll('line'))
      patchAttrs(line, { display: l.leader ? null : 'none', x1, y1, x2, y2 });
    const text = g.querySelector('text')!;
    patchAttrs(text, { x: l.x, y: l.y, 'font-size': l.size, 'text-anchor': l.align });
    patchLines(text, l.lines ?? [l.text], l.x);
  });
}

/** A label's text: one line as its text, more as a tspan each, each line below the last and anchored alone. */
function patchLines(text: SVGTextElement, lines: readonly string[], x: number): void {
  if (lines.length === 1) {
    if (text.children.length) text.replaceChildren();
    patchText(text, lines[0]!);
    return;
  }
  const spans = [...text.children];
  if (spans.length !== lines.length || spans.some((t, i) => t.textContent !== lines[i]))
    text.replaceChildren(
      ...lines.map((line, i) => {
        const span = svgElement('tspan', i ? { dy: `${LABEL_LINE_HEIGHT}em` } : {});
        span.textContent = line;
        return span;
      }),
    );
  for (const span of text.children) patchAttrs(span, { x });
}

function drawLocator(svg: SVGSVGElement, locator: SceneLocator | null): void {
  patchAttrs(svg, { display: locator ? null : 'none' });
  if (!locator) return;
  const { frame, view } = locator;
  patchAttrs(svg, {
    viewBox: `${frame.x} ${frame.y} ${frame.w} ${frame.h}`,
    class: locator.torso ? 'locator torso' : 'locator',
    'data-corner': locator.corner ?? 'top-right',
  });
  const paths = locator.paths;
  const spot = locator.spot;
  // The other tracts' dots first, muted, so the step's own dot paints over them.
  const dots = [...(spot ? (locator.others ?? []) : []), ...(spot ? [spot] : [])];
  const els = joinKeyed(
    svg,
    [...paths, null, ...dots.map((_, i) => i)],
    (p) => (typeof p === 'number' ? `(spot ${p === dots.length - 1 ? 'active' : p})` : (p?.id ?? '(view)')),
    (p) => svgElement(typeof p === 'number' ? 'circle' : p ? 'path' : 'rect'),
  );
  els.forEach((el, i) => {
    const p = paths[i];
    const dot = dots[i - paths.length - 1];
    if (p) patchAttrs(el, { class: `tone-${p.tone}`, d: p.d });
    else if (i === paths.length) patchAttrs(el, { x: view.x, y: view.y, width: view.w, height: view.h });
    else if (dot) {
      const active = i === paths.length + dots.length;
      patchAttrs(el, {
        class: active ? 'spot' : 'spot muted',
        cx: dot[0],
        cy: dot[1],
        r: frame.w * (active ? 0.045 : 0.03),
      });
    }
  });
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
