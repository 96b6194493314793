import { expect } from '@open-wc/testing';
import { polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

describe('vertebrae on the X-ray', () => {
  it('T11 and T12 have endplates, two pedicles either side of the midline and a spinous process', () => {
    const scene = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1), 'fluoroscopy');
    for (const id of ['vertebra-t11', 'vertebra-t12']) {
      const body = polylines(scene.paths.find((p) => p.id === id)!.d)[0]!;
      const xs = body.map((p) => p[0]);
      const ys = body.map((p) => p[1]);
      const inside = ([x, y]: [number, number]) =>
        x >= Math.min(...xs) && x <= Math.max(...xs) && y >= Math.min(...ys) && y <= Math.max(...ys);
      const parts = scene.paths.filter((p) => p.structureId === id && p.id !== id);
      const centre = (part: string) => {
        const pts = polylines(parts.find((p) => p.id === `${id}-${part}`)!.d)[0]!;
        for (const p of pts) expect(inside(p), `${part} inside ${id}`).to.equal(true);
        return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
      };
      const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
      const [right, left, spinous] = [centre('pedicle-right'), centre('pedicle-left'), centre('spinous')];
      expect(right[0]!, 'the right pedicle on the viewer’s left').to.be.lessThan(mid);
      expect(left[0]!).to.be.greaterThan(mid);
      expect(Math.abs(spinous[0]! - mid)).to.be.lessThan(1);
      expect(centre('endplate-upper')[1]!).to.be.lessThan(right[1]!);
      expect(centre('endplate-lower')[1]!).to.be.greaterThan(spinous[1]!);
    }
  });

  it('draws each body waisted with rounded corners, not a box', () => {
    const scene = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1), 'fluoroscopy');
    const body = polylines(scene.paths.find((p) => p.id === 'vertebra-l1')!.d)[0]!;
    const ys = body.map((p) => p[1]);
    const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
    const widthAt = (y: number) => {
      const near = body.filter((p) => Math.abs(p[1] - y) < (bottom - top) * 0.06).map((p) => p[0]);
      return Math.max(...near) - Math.min(...near);
    };
    const waist = widthAt((top + bottom) / 2);
    expect(waist, 'concave sides').to.be.lessThan(widthAt(top + (bottom - top) * 0.2) - 2);
    const xs = body.map((p) => p[0]);
    const corner: [number, number] = [Math.min(...xs), top];
    const nearest = Math.min(...body.map((p) => Math.hypot(p[0] - corner[0], p[1] - corner[1])));
    expect(nearest, 'rounded corner').to.be.greaterThan(3);
  });

  it('shows every rib whole on both sides on the film, joined to the spine; the illustration keeps its plain bodies', () => {
    const state = stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1);
    const film = sceneOf(state, 'fluoroscopy');
    const t10 = polylines(film.paths.find((p) => p.id === 'vertebra-t10')!.d)[0]!;
    const [x0, x1] = [Math.min(...t10.map((p) => p[0])), Math.max(...t10.map((p) => p[0]))];
    const mid = (x0 + x1) / 2;
    for (const side of ['posterior', 'posterior-left'] as const) {
      const rib = polylines(film.paths.find((p) => p.id === `rib-10-${side}`)!.d)[0]!;
      const inner = Math.min(...rib.map((p) => Math.abs(p[0] - mid)));
      expect(inner, `rib 10 ${side} starts at the spine`).to.be.lessThan((x1 - x0) * 0.75);
      expect(Math.max(...rib.map((p) => Math.abs(p[0] - mid))), 'reaches the lateral wall').to.be.greaterThan(300);
    }
    const left = film.paths.filter((p) => p.layer === 'wall' && p.id.endsWith('-left'));
    expect(left.length, 'left ribs').to.be.greaterThan(5);
    const drawn = sceneOf(state, 'illustration');
    expect(
      drawn.paths.filter((p) => p.tone === 'bone' && /pedicle|endplate|spinous|posterior/.test(p.id)),
    ).to.deep.equal([]);
  });

  it('tapers a rib toward its costal cartilage', () => {
    const film = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1), 'fluoroscopy');
    const rib = polylines(film.paths.find((p) => p.id === 'rib-9')!.d)[0]!;
    const half = rib.length / 2;
    const width = (i: number) =>
      Math.hypot(rib[i]![0] - rib[rib.length - 1 - i]![0], rib[i]![1] - rib[rib.length - 1 - i]![1]);
    expect(width(half - 2), 'narrower at the cartilage end').to.be.lessThan(width(1) * 0.8);
  });

  it('draws pedicles as upright ovals and the transverse processes as blunt stubs, never rings over a blob or a barb', () => {
    const scene = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1), 'fluoroscopy');
    const box = (id: string) => {
      const pts = polylines(scene.paths.find((p) => p.id === id)!.d)[0]!;
      const [xs, ys] = [pts.map((p) => p[0]), pts.map((p) => p[1])];
      return { pts, w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys), x0: Math.min(...xs) };
    };
    for (const v of ['vertebra-t11', 'vertebra-t12', 'vertebra-l1']) {
      for (const side of ['right', 'left']) {
        const pedicle = box(`${v}-pedicle-${side}`);
        expect(pedicle.h, `${v} ${side} pedicle upright`).to.be.at.least(pedicle.w * 1.6);
        const wing = box(`${v}-transverse-${side}`);
        // Height of the process over its outer third.
        const outer = wing.pts.filter((p) =>
          side === 'right' ? p[0] <= wing.x0 + wing.w / 3 : p[0] >= wing.x0 + (2 * wing.w) / 3,
        );
        const tip = Math.max(...outer.map((p) => p[1])) - Math.min(...outer.map((p) => p[1]));
        expect(tip, `${v} ${side} process blunt`).to.be.at.least(wing.h * 0.6);
      }
      const spinous = box(`${v}-spinous`);
      expect(spinous.h, `${v} spinous process long and thin`).to.be.at.least(spinous.w * 6);
    }
  });
});
