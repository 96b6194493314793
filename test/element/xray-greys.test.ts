import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

/** r, g, b of a computed colour, or null for none / fully transparent. */
function rgb(colour: string): [number, number, number] | null {
  if (colour === 'none' || colour === 'transparent') return null;
  const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  if (parts.length === 4 && parts[3] === 0) return null;
  return [parts[0]!, parts[1]!, parts[2]!];
}

describe('the X-ray view', () => {
  for (const [procedure, step, obstruction] of [
    ['stent', '8', 'distal'],
    ['ptcd', '6', 'distal'],
    ['internal-drainage', '2', 'hilar-4'],
  ] as const) {
    it(`${procedure} step ${step}: draws in greys only, no coloured outline or fill`, async () => {
      const el = await mount(720, { procedure, step, obstruction, view: 'fluoroscopy' });
      const coloured: string[] = [];
      for (const node of svgOf(el).querySelectorAll<SVGGraphicsElement>('path, line, text')) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || node.closest('[display="none"]')) continue;
        for (const prop of ['fill', 'stroke'] as const) {
          const c = rgb(style[prop]);
          if (c && Math.max(...c) - Math.min(...c) > 4)
            coloured.push(`${node.getAttribute('class')} ${prop} ${style[prop]}`);
        }
      }
      expect(coloured, coloured.slice(0, 5).join('; ')).to.deep.equal([]);
    });
  }

  for (const [procedure, step, obstruction] of [
    ['internal-drainage', '2', 'distal'],
    ['stent', '5', 'distal'],
    ['ptcd', '11', 'distal'],
    ['cholecystostomy', '8', 'distal'],
  ] as const) {
    it(`${procedure} step ${step}: renders only what a film shows, no pancreas, duodenal wall or dashed outline`, async () => {
      const el = await mount(720, { procedure, step, obstruction, view: 'fluoroscopy' });
      const wrong: string[] = [];
      for (const node of svgOf(el).querySelectorAll<SVGPathElement>('.layers path, .devices path')) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || Number(style.opacity) === 0) continue;
        const cls = node.getAttribute('class') ?? '';
        const seen =
          rgb(style.fill) !== null || (rgb(style.stroke) !== null && Number.parseFloat(style.strokeWidth) > 0);
        if (!seen) continue;
        const dashed = style.strokeDasharray !== 'none' && rgb(style.stroke) !== null;
        if (
          /tone-pancreas/.test(cls) ||
          (/tone-duodenum/.test(cls) && !/paint-contrast/.test(cls) && rgb(style.stroke))
        )
          wrong.push(`${node.dataset.id}: ${cls}`);
        if (dashed || /\bbehind\b/.test(cls)) wrong.push(`dashed ${node.dataset.id ?? ''}: ${cls}`);
      }
      expect(wrong, wrong.slice(0, 5).join('; ')).to.deep.equal([]);
    });
  }

  for (const [procedure, step, obstruction] of [
    ['internal-drainage', '2', 'hilar-3a'],
    ['ptcd', '2', 'distal'],
    ['cholecystostomy', '8', 'distal'],
  ] as const) {
    it(`${procedure} step ${step}: no organ-sized ghost; only bone, lung, contrast and the liver's faint shadow fill`, async () => {
      const el = await mount(720, { procedure, step, obstruction, view: 'fluoroscopy' });
      const ghosts: string[] = [];
      // A gallstone is a filling defect: exactly the film's own grey, so it shows only where contrast surrounds it.
      const film = getComputedStyle(svgOf(el)).backgroundColor;
      for (const node of svgOf(el).querySelectorAll<SVGPathElement>('.layers path')) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || rgb(style.fill) === null) continue;
        const cls = node.getAttribute('class') ?? '';
        if (/paint-contrast|tone-(bone|lung|pleura|liver)/.test(cls)) continue;
        if (/paint-stone/.test(cls) && style.fill === film) continue;
        ghosts.push(`${node.dataset.id}: ${cls} ${style.fill}`);
      }
      expect(ghosts, ghosts.slice(0, 5).join('; ')).to.deep.equal([]);
    });
  }

  it('a labelled skin landmark (the entry) shows as a radiopaque skin marker; the mid-axillary line, not on a film, is not labelled', async () => {
    const el = await mount(720, { procedure: 'ptcd', approach: 'right', step: '2', view: 'fluoroscopy' });
    const svg = svgOf(el);
    const tissue = Math.max(...rgb(getComputedStyle(svg).backgroundColor)!);
    const labelled = [...svg.querySelectorAll<SVGGElement>('.label')]
      .filter((l) => getComputedStyle(l).display !== 'none')
      .map((l) => l.dataset.id!)
      .filter((id) => ['mid-axillary-line', 'right-entry'].includes(id));
    expect(labelled, 'the entry step names the entry, not the line').to.deep.equal(['right-entry']);
    for (const id of labelled) {
      const marks = [...svg.querySelectorAll<SVGPathElement>(`.layers path[data-id="${id}"]`)].filter((p) => {
        const style = getComputedStyle(p);
        const stroke = rgb(style.stroke);
        return style.display !== 'none' && stroke && Math.max(...stroke) < tissue - 60;
      });
      expect(marks.length, `${id} is drawn dark`).to.be.greaterThan(0);
    }
  });

  it('contrast and metal are darker than soft tissue', async () => {
    const el = await mount(720, { procedure: 'stent', step: '8', view: 'fluoroscopy' });
    const svg = svgOf(el);
    const level = (selector: string, prop: 'fill' | 'stroke') =>
      Math.max(...rgb(getComputedStyle(svg.querySelector(selector)!)[prop])!);
    const tissue = Math.max(...rgb(getComputedStyle(svg).backgroundColor)!);
    expect(level('.paint-contrast', 'fill')).to.be.lessThan(tissue - 80);
    expect(level('.dev-stent-wire', 'stroke')).to.be.lessThan(tissue - 120);
    expect(level('.dev-wire', 'stroke')).to.be.lessThan(tissue - 120);
  });

  // Review (session 31): a drain's lumen, white at 40 % over its walls, came out lighter than the soft tissue round it
  // (about 177 against 160): a radiopaque catheter read as a gas-filled tube.
  it('a drain is a radiopaque tube: walls and lumen darker than soft tissue, the lumen lighter than the walls', async () => {
    const el = await mount(720, { procedure: 'ptcd', step: '11', view: 'fluoroscopy' });
    const svg = svgOf(el);
    const tissue = Math.max(...rgb(getComputedStyle(svg).backgroundColor)!);
    /** A node's stroke laid over a grey `under`: the grey that shows. */
    const over = (selector: string, under: number) => {
      const node = svg.querySelector(`.dev-${selector}[data-device="drain"]`)!;
      const g = new OffscreenCanvas(1, 1).getContext('2d')!;
      g.fillStyle = getComputedStyle(node).stroke;
      const alpha = g.fillStyle.startsWith('rgba') ? Number(g.fillStyle.match(/[\d.]+\)$/)![0].slice(0, -1)) : 1;
      return Math.max(...rgb(getComputedStyle(node).stroke)!) * alpha + under * (1 - alpha);
    };
    const wall = over('casing', tissue);
    const lumen = over('lumen', wall);
    expect(wall, `walls ${wall.toFixed(0)}, tissue ${tissue}`).to.be.below(tissue - 30);
    expect(lumen, `lumen ${lumen.toFixed(0)}, tissue ${tissue}`).to.be.below(tissue - 5);
    expect(lumen - wall, `lumen ${lumen.toFixed(0)}, walls ${wall.toFixed(0)}`).to.be.at.least(10);
  });

  for (const stent of ['mesh', 'z', 'spiral'] as const)
    it(`a deployed ${stent} stent reads on the contrast it lies in: its wires ≥ 60 levels darker than the lumen`, async () => {
      const el = await mount(720, { procedure: 'stent', stent, step: '8', view: 'fluoroscopy' });
      const svg = svgOf(el);
      const paint = (selector: string, prop: 'fill' | 'stroke', node = svg.querySelector(selector)!) => {
        const style = getComputedStyle(node);
        const g = new OffscreenCanvas(1, 1).getContext('2d')!;
        g.fillStyle = style[prop];
        const alpha = g.fillStyle.startsWith('rgba') ? Number(g.fillStyle.match(/[\d.]+\)$/)![0].slice(0, -1)) : 1;
        return { level: Math.max(...(rgb(style[prop]) ?? [0, 0, 0])), alpha: alpha * Number(style.opacity) };
      };
      const column = paint('.paint-contrast[data-id="common-bile-duct"]', 'fill');
      // What shows between the wires: the stent's lumen tint over the contrast column, where it is full strength.
      const wash = [...svg.querySelectorAll('.dev-washout')]
        .map((node) => paint('', 'fill', node))
        .reduce((a, b) => (b.alpha > a.alpha ? b : a));
      const lumen = wash.level * wash.alpha + column.level * (1 - wash.alpha);
      const wire = paint('.dev-stent-wire:not([id$="back"])', 'stroke');
      expect(lumen - wire.level, `lumen ${lumen.toFixed(0)}, wire ${wire.level}`).to.be.at.least(60);
    });

  it('labels only the ducts that hold contrast: an X-ray shows no empty duct', async () => {
    // Cases where the drains fill some ducts and leave others empty; a duct a drain fills all along keeps no label
    // (its leader would end on the drain), so the rule is checked in every case that names a duct at all.
    let checked = 0;
    const cases: readonly (readonly [string, string, string])[] = [
      ['stent', '2', 'hilar-4'],
      ['ptcd', '5', 'hilar-4'],
      ['ptcd', '5', 'distal'],
    ];
    for (const [procedure, step, obstruction] of cases) {
      const el = await mount(720, { procedure, step, obstruction, view: 'fluoroscopy' });
      const svg = svgOf(el);
      const filled = new Set([...svg.querySelectorAll('.paint-contrast')].map((p) => p.getAttribute('data-id')));
      const named = () =>
        [...svg.querySelectorAll('.label.kind-duct')].filter((l) => getComputedStyle(l).display !== 'none');
      const shown = named();
      if (!shown.length) continue;
      checked++;
      for (const label of shown)
        expect(
          filled.has(label.getAttribute('data-id')),
          `${procedure} ${step} ${obstruction}: ${label.textContent!}`,
        ).to.equal(true);
      el.view = 'illustration';
      await el.updateComplete;
      expect(named().length, `${procedure} ${step} ${obstruction}: the illustration names more`).to.be.greaterThan(
        shown.length,
      );
    }
    expect(checked, 'cases with a duct named on the X-ray').to.be.greaterThan(0);
  });

  it('draws no soft-tissue edges: no liver, pancreas or duodenal wall line', async () => {
    const el = await mount(720, { procedure: 'stent', step: '2', view: 'fluoroscopy' });
    const svg = svgOf(el);
    const edges: string[] = [];
    for (const id of ['liver', 'pancreas', 'pancreas-head', 'duodenum']) {
      for (const node of svg.querySelectorAll<SVGPathElement>(`.layer path[data-id="${id}"]:not(.paint-contrast)`)) {
        const style = getComputedStyle(node);
        if (style.display === 'none') continue;
        const stroke = rgb(style.stroke);
        if (stroke && Number.parseFloat(style.strokeWidth) > 0) edges.push(`${id}: ${node.getAttribute('class')}`);
      }
    }
    expect(edges).to.deep.equal([]);
  });

  it('fills the bowel with a lighter contrast tint in the illustration, the dark cast on the X-ray', async () => {
    const probe = await mount(720, { procedure: 'stent' });
    const last = String(probe.steps.length);
    /** The brightest channel of a computed colour, whatever syntax it comes in. */
    const brightness = (colour: string) => {
      const g = new OffscreenCanvas(1, 1).getContext('2d')!;
      g.fillStyle = colour;
      g.fillRect(0, 0, 1, 1);
      return Math.max(...g.getImageData(0, 0, 1, 1).data.slice(0, 3));
    };
    const levels = async (view: string) => {
      const el = await mount(720, { procedure: 'stent', step: last, view });
      const svg = svgOf(el);
      const bowel = svg.querySelector('.paint-contrast[data-id="duodenum"]')!;
      return {
        bowel: brightness(getComputedStyle(bowel).fill),
        contrast: brightness(getComputedStyle(svg).getPropertyValue('--li-contrast')),
      };
    };
    const drawn = await levels('illustration');
    expect(drawn.bowel, 'lighter than a duct column').to.be.greaterThan(drawn.contrast + 60);
    const xray = await levels('fluoroscopy');
    expect(xray.bowel).to.be.at.most(xray.contrast + 4);
  });
  // Review (session 30): the ultrasound beam's sector and its aim line stood on the film of a left puncture.
  it('ptcd left puncture: shows the ultrasound probe but not its beam, which a film cannot show', async () => {
    const el = await mount(720, { procedure: 'ptcd', approach: 'left', step: '3', view: 'fluoroscopy' });
    const shown = (sel: string) =>
      [...svgOf(el).querySelectorAll(sel)].filter((n) => getComputedStyle(n).display !== 'none').length;
    expect(svgOf(el).querySelectorAll('.dev-beam').length, 'a beam in the scene').to.be.greaterThan(0);
    expect(shown('.dev-probe'), 'the probe').to.be.greaterThan(0);
    expect(shown('.dev-beam, .dev-scan-line'), 'the beam').to.equal(0);
  });
});

// Illustrator N11 (round 5): the external tube read as dark as the contrast; plastic tubing is less dense.
describe('the X-ray external tube', () => {
  it('internal-drainage step 2 (hilar IV): its grey is a step lighter than the contrast column', async () => {
    const el = await mount(720, {
      procedure: 'internal-drainage',
      step: '2',
      obstruction: 'hilar-4',
      view: 'fluoroscopy',
    });
    const svg = svgOf(el);
    const tissue = Math.max(...rgb(getComputedStyle(svg).backgroundColor)!);
    /** The grey a painted colour leaves on the soft-tissue background. */
    const over = (node: Element, prop: 'fill' | 'stroke') => {
      const style = getComputedStyle(node);
      const g = new OffscreenCanvas(1, 1).getContext('2d')!;
      g.fillStyle = `rgb(${tissue},${tissue},${tissue})`;
      g.fillRect(0, 0, 1, 1);
      g.globalAlpha = Number(style.opacity);
      g.fillStyle = style[prop];
      g.fillRect(0, 0, 1, 1);
      return g.getImageData(0, 0, 1, 1).data[0]!;
    };
    const tubes = [...svg.querySelectorAll('.dev-tubing')].filter((t) => getComputedStyle(t).display !== 'none');
    expect(tubes.length, 'an external tube is drawn').to.be.above(0);
    const contrast = over(svg.querySelector('.paint-contrast')!, 'fill');
    for (const tube of tubes)
      expect(over(tube, 'stroke'), `${(tube as SVGElement).dataset.id} vs contrast ${contrast}`).to.be.at.least(
        contrast + 24,
      );
  });
});
