import { expect } from '@open-wc/testing';
import ducts from '../../data/anatomy/ducts.json';
import vessels from '../../data/anatomy/vessels.json';
import skeleton from '../../data/anatomy/skeleton.json';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount, svgOf } from './mount.js';
import { segmentsCross as crosses } from '../../src/model/segments-cross.js';

/** Where each paired structure's label points, scene units (its authored leader end). */
const anchors = new Map(
  [...ducts.structures, ...vessels.structures, ...skeleton.structures].flatMap((s) =>
    s.label && 'to' in s.label ? [[s.id, s.label.to as number[]] as const] : [],
  ),
);
const sideOf = (id: string) => /(?:^|-)(right|left)(?:-|$)/.exec(id)?.[1] as 'right' | 'left' | undefined;
const mirror = (id: string) =>
  id.replace(/(^|-)(right|left)(-|$)/, (_m, a: string, side: string, b: string) =>
    side === 'right' ? `${a}left${b}` : `${a}right${b}`,
  );

/** Segment numerals, vertebral levels, the deepest pass and eponyms: never on a patient's drawing. */
const NOT_PLAIN =
  /\b(?:[IVX]+[ab]?|\d+|T\d+|L\d+|deepest|pass|Wirsung|Santorini|Vater|Calot|Courvoisier|Klatskin|Oddi)\b/;

interface Drawn {
  id: string;
  /** Text centre x, scene units. */
  cx: number;
  /** Leader in scene units and its length on screen. */
  leader: number[] | null;
  leaderPx: number;
  heightPx: number;
}

function drawnLabels(el: LiverIntervention): Drawn[] {
  const svg = svgOf(el);
  const scale = svg.getScreenCTM()!.a;
  // Rib numerals and the T12 mark are marks beside the drawing's own labels, outside the label budget.
  return [...svg.querySelectorAll<SVGGElement>('.label:not(.kind-numeral)')].map((g) => {
    const box = g.querySelector('text')!.getBBox();
    const line = g.querySelector('line')!;
    const leader =
      line.getAttribute('display') === 'none'
        ? null
        : ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
    return {
      id: g.dataset.id!,
      cx: box.x + box.width / 2,
      leader,
      leaderPx: leader ? Math.hypot(leader[2]! - leader[0]!, leader[3]! - leader[1]!) * scale : 0,
      heightPx: g.querySelector('text')!.getBoundingClientRect().height,
    };
  });
}

/** The art direction's label rules, for one drawn frame. */
function checkRules(el: LiverIntervention, what: string, phone: boolean) {
  const labels = drawnLabels(el);
  const byId = new Map(labels.map((l) => [l.id, l]));
  for (const l of labels) {
    expect(l.leaderPx, `${what}: leader of ${l.id}`).to.be.at.most(40.5);
    if (phone) expect(l.heightPx, `${what}: height of ${l.id}`).to.be.at.least(12);
    const side = sideOf(l.id);
    const other = anchors.get(mirror(l.id));
    if (!side || !anchors.has(l.id) || !other) continue;
    // Own side of the pair's midline: the confluence for the hepatic ducts, else halfway to the mirror structure.
    const own = anchors.get(l.id)![0]!;
    const midline = l.id.endsWith('hepatic-duct') ? anchors.get('confluence')![0]! : (own + other[0]!) / 2;
    if (side === 'right') expect(l.cx, `${what}: ${l.id} on the viewer's left of ${midline}`).to.be.below(midline);
    else expect(l.cx, `${what}: ${l.id} on the viewer's right of ${midline}`).to.be.above(midline);
    const pair = byId.get(mirror(l.id));
    if (pair && side === 'right') expect(l.cx, `${what}: ${l.id} left of its pair`).to.be.below(pair.cx);
  }
  const leaders = labels.filter((l) => l.leader);
  for (let i = 0; i < leaders.length; i++)
    for (let j = i + 1; j < leaders.length; j++)
      expect(
        crosses(leaders[i]!.leader!, leaders[j]!.leader!),
        `${what}: ${leaders[i]!.id} × ${leaders[j]!.id}`,
      ).to.equal(false);
  const confluence = byId.get('confluence');
  if (confluence?.leader) {
    const [x, y] = anchors.get('confluence')!;
    expect(
      Math.hypot(confluence.leader[2]! - x!, confluence.leader[3]! - y!),
      `${what}: confluence leader`,
    ).to.be.below(1);
  }
  if (phone) expect(labels.length, `${what}: label count`).to.be.at.most(4);
  if (el.audience === 'patient')
    for (const t of svgOf(el).querySelectorAll('.label text')) {
      expect(t.textContent, `${what}: vertebral level`).to.not.match(/\b[TL]\d+\b/);
      if (t.closest('.kind-numeral')) continue;
      const words = t.textContent!.replace(/[←→↑↓]/g, '').trim();
      expect(words.split(/\s+/).length, `${what}: "${words}"`).to.be.at.most(3);
      expect(words, what).to.not.match(NOT_PLAIN);
    }
  return labels;
}

const CASES: Record<string, string>[] = [
  { procedure: 'ptcd', approach: 'right' },
  { procedure: 'ptcd', approach: 'left' },
  { procedure: 'stent', stent: 'mesh' },
  { procedure: 'stent', stent: 'mesh', obstruction: 'hilar-2' },
];

describe('label rules (art direction: sides, leaders, phone budget)', () => {
  for (const attrs of CASES)
    for (const [width, audience] of [
      [360, 'patient'],
      [414, 'clinician'],
      [1280, 'clinician'],
    ] as const)
      it(`${JSON.stringify(attrs)} at ${width} px (${audience}): own side, leaders ≤ 40 px, no crossings`, async () => {
        const first = await mount(width, { ...attrs, audience });
        for (let step = 1; step <= first.steps.length; step++) {
          const el = step === 1 ? first : await mount(width, { ...attrs, audience, step: String(step) });
          checkRules(el, `step ${step}`, width <= 414);
        }
      });

  it('puts "Right hepatic duct" on the viewer’s left of the confluence and "Left hepatic duct" on its right', async () => {
    const el = await mount(1280, { procedure: 'ptcd', step: '5' });
    const labels = checkRules(el, 'cholangiogram', false);
    const ids = labels.map((l) => l.id);
    expect(ids).to.include.members(['right-hepatic-duct', 'left-hepatic-duct', 'confluence']);
  });
});
