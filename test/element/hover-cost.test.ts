import { expect, waitUntil } from '@open-wc/testing';
import { SceneBuilder } from '../../src/scene/build-scene.js';
import { mount, settle, svgOf } from './mount.js';

/** Counts the calls of one method of `owner` from now on (the method still runs); `stop` puts it back. */
function counted(owner: object, name: string) {
  const record = owner as Record<string, (...args: unknown[]) => unknown>;
  const original = record[name]!;
  const own = Object.prototype.hasOwnProperty.call(owner, name);
  const tally = { calls: 0, stop: () => (own ? (record[name] = original) : delete record[name]) };
  record[name] = function (this: unknown, ...args: unknown[]) {
    tally.calls++;
    return original.apply(this, args);
  };
  return tally;
}

/** Every label drawn but `except`'s: its structure, text and place. */
const standing = (svg: SVGSVGElement, except: string) =>
  [...svg.querySelectorAll('g.labels g.label')]
    .filter((g) => g.getAttribute('data-id') !== except || !g.querySelector('text')!.textContent!.match(/[A-Za-z]/))
    .map((g) => {
      const t = g.querySelector('text')!;
      return `${g.getAttribute('data-id')} ${t.textContent} ${t.getAttribute('x')} ${t.getAttribute('y')}`;
    });

describe('hovering the drawing', () => {
  const cases: Record<string, string>[] = [{ procedure: 'none' }, { procedure: 'ptcd', step: '3' }];
  for (const attrs of cases) {
    it(`${attrs.procedure}: highlights and describes the structure without updating the whole element`, async () => {
      const el = await mount(1280, attrs);
      const details = el.shadowRoot!.querySelector('[part="details"]')!;
      for (const id of ['common-bile-duct', 'liver', 'gallbladder']) {
        const target = svgOf(el).querySelector<SVGPathElement>(`.target[data-id="${id}"]`)!;
        target.dispatchEvent(new PointerEvent('pointerenter'));
        // No element update is queued: the highlight and the details line are written at once.
        expect(el.isUpdatePending, `${id}: element update`).to.equal(false);
        expect(svgOf(el).querySelector(`.layer .is-active[data-id="${id}"]`), id).to.exist;
        expect(svgOf(el).querySelectorAll(`.layer .is-active:not([data-id="${id}"])`), id).to.have.length(0);
        const name = svgOf(el).querySelector(`.target[data-id="${id}"]`)!.getAttribute('aria-label')!;
        expect(details.querySelector('strong')?.textContent, id).to.equal(name);
        target.dispatchEvent(new PointerEvent('pointerleave'));
        expect(el.isUpdatePending, `${id}: element update on leaving`).to.equal(false);
        expect(svgOf(el).querySelector('.layer .is-active'), `${id} left`).to.equal(null);
        expect(details.querySelector('strong'), `${id} left`).to.equal(null);
      }
      // A later element update keeps the details line as the hover left it.
      el.labels = !el.labels;
      await settle(el);
      expect(details.isConnected).to.equal(true);
      expect(details.textContent).to.match(/Tap or point/);
    });
  }

  // Review (session 27): a hovered structure's description pushed the controls below it down, and up again as the
  // pointer left the drawing for them (23 px at 800 px, 59 at 360).
  for (const width of [360, 800, 1280])
    it(`${width} px: the controls below the details keep their place while the pointer explores; a focused or pinned structure's text takes its place`, async () => {
      const el = await mount(width, { procedure: 'ptcd' });
      // The display controls and the step list below the details line (the playback row is above the step's text).
      const below = el.shadowRoot!.querySelector<HTMLElement>('.toggles button')!;
      const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
      // From the widget's top: the page scrolls to bring each description into view.
      const top = () => below.getBoundingClientRect().top - el.getBoundingClientRect().top;
      const rest = top();
      const hint = details.textContent;
      for (const id of ['common-bile-duct', 'liver', 'gallbladder', 'common-hepatic-duct']) {
        const target = svgOf(el).querySelector<SVGPathElement>(`.target[data-id="${id}"]`)!;
        target.dispatchEvent(new PointerEvent('pointerenter'));
        const name = target.getAttribute('aria-label')!;
        // Its description comes in a file of its own.
        await waitUntil(() => details.textContent!.trim().length > name.length + 40, `${id}: no description`);
        await settle(el);
        // Within a sub-pixel: Firefox rounds the height the slot holds.
        expect(top(), `${id}: hovered`).to.be.closeTo(rest, 0.5);
        details.scrollIntoView({ block: 'center' });
        const shown = details.getBoundingClientRect();
        expect(shown.height, `${id}: its description shown whole`).to.be.at.least(details.scrollHeight - 1);
        // Over what follows it, not under it (a hit inside the shadow root answers with its host).
        const hit = document.elementFromPoint(shown.left + 4, shown.bottom - 4);
        expect(
          hit === el &&
            el.shadowRoot!.elementFromPoint(shown.left + 4, shown.bottom - 4)?.closest('.details') === details,
          `${id}: on top`,
        ).to.equal(true);
        target.dispatchEvent(new PointerEvent('pointerleave'));
        await settle(el);
        expect(top(), `${id}: left`).to.be.closeTo(rest, 0.5);
        expect(details.textContent, `${id}: left`).to.equal(hint);
      }
      // Focused from the keyboard, the description is part of the text: the focus may go on to those controls, and a
      // description left open over them would hide it.
      const gallbladder = svgOf(el).querySelector<SVGPathElement>('.target[data-id="gallbladder"]')!;
      gallbladder.focus();
      await settle(el);
      // Beside a wide drawing the controls stand above the step's text (they keep one place from step to step), so
      // the description lies below them; elsewhere it lies above them. Never over them.
      const clear = () => {
        const [d, c] = [details.getBoundingClientRect(), below.getBoundingClientRect()];
        return d.bottom <= c.top + 0.5 || d.top >= c.bottom - 0.5;
      };
      expect(clear(), 'focused: clear of the controls').to.equal(true);
      // Pinned (a click or a tap), the description is part of the text: the controls follow it.
      const duct = svgOf(el).querySelector<SVGPathElement>('.target[data-id="common-bile-duct"]')!;
      duct.dispatchEvent(new PointerEvent('pointerenter'));
      duct.dispatchEvent(new MouseEvent('click'));
      await settle(el);
      expect(el.selected).to.equal('common-bile-duct');
      expect(clear(), 'pinned: clear of the controls').to.equal(true);
    });

  for (const attrs of <Record<string, string>[]>[
    { procedure: 'none' },
    { procedure: 'ptcd', step: '3' },
    { procedure: 'stent', step: '8', view: 'fluoroscopy' },
  ])
    it(`${JSON.stringify(attrs)}: a hover or a focus builds no scene and updates no element; it adds only the hovered label`, async () => {
      const el = await mount(1280, attrs);
      const svg = svgOf(el);
      const labelOf = (id: string) =>
        [...svg.querySelectorAll<SVGGElement>(`g.labels g.label[data-id="${id}"]`)].find((g) =>
          /[A-Za-z]/.test(g.querySelector('text')!.textContent!),
        );
      const where = (g: SVGGElement | undefined) =>
        g && ['x', 'y'].map((a) => g.querySelector('text')!.getAttribute(a)).join(',');
      const targets = [...svg.querySelectorAll<SVGPathElement>('g.targets .target')];
      // Structures the step does not name yet: hovering them adds their label.
      const unnamed = targets.filter((t) => !labelOf(t.dataset.id!));
      const named = targets.filter((t) => labelOf(t.dataset.id!));
      expect(unnamed.length, 'structures to hover').to.be.greaterThan(3);
      const builds = counted(SceneBuilder.prototype, 'build');
      const updates = counted(el, 'update');
      const added: string[] = [];
      try {
        for (const [i, target] of [...unnamed.slice(0, 8), ...named.slice(0, 3)].entries()) {
          const id = target.dataset.id!;
          const rest = standing(svg, id);
          const at = where(labelOf(id));
          // Every other one by keyboard focus (the [ and ] keys move it), the rest by the pointer.
          const byFocus = i % 2 === 1;
          if (byFocus) target.focus();
          else target.dispatchEvent(new PointerEvent('pointerenter'));
          const label = labelOf(id);
          if (label) {
            added.push(id);
            // Named by its structure's name (a short form at most), and marked.
            const name = target.getAttribute('aria-label')!;
            const text = label.querySelector('text')!.textContent!.replace(/^[←↑↓] | →$/g, '');
            expect(name.toLowerCase().includes(text.toLowerCase()) || text.length <= name.length, `${id}: “${text}”`).to
              .be.true;
            expect(label.classList.contains('is-active'), `${id}: marked`).to.equal(true);
            if (at) expect(where(label), `${id}: a named structure's label stays`).to.equal(at);
          }
          expect(standing(svg, id), `${id}: the other labels stay`).to.deep.equal(rest);
          expect(!!svg.querySelector(`.layer .is-active[data-id="${id}"]`), `${id}: highlighted`).to.equal(true);
          const first = where(label);
          target.dispatchEvent(new PointerEvent('pointerleave'));
          expect(!!svg.querySelector('.is-active'), `${id}: left`).to.equal(false);
          if (!at) expect(!!labelOf(id), `${id}: its label gone again`).to.equal(false);
          expect(standing(svg, id), `${id}: the other labels still there`).to.deep.equal(rest);
          // Hovered again, the same place.
          target.dispatchEvent(new PointerEvent('pointerenter'));
          expect(where(labelOf(id)), `${id}: the same place again`).to.equal(first);
          target.dispatchEvent(new PointerEvent('pointerleave'));
        }
        expect(el.isUpdatePending, 'no element update queued').to.equal(false);
      } finally {
        builds.stop();
        updates.stop();
      }
      expect(builds.calls, 'scene builds').to.equal(0);
      expect(updates.calls, 'element updates').to.equal(0);
      expect(added.length, 'hovered labels shown').to.be.greaterThan(2);
    });
});
