// The shell's picture has the widget's controls but not its engine: they must say so, and what a reader does to
// them (focus, a click) must not be lost when the element takes over.
const fail = (message) => {
  throw new Error(message);
};

const el = document.createElement('liver-intervention');
el.style.width = '800px';
document.body.append(el);

const shell = await import('../dist/cdn/liver-intervention.js');
const definedEarly = customElements.get('liver-intervention') !== undefined;
const root = el.shadowRoot;
const pictureNext = root?.querySelector('button[aria-label="Next step"]');
const pictureZoom = root?.querySelector('button[aria-label="Zoom in"]');
const early = {
  busy: root?.querySelector('figure')?.getAttribute('aria-busy'),
  nextDisabled: pictureNext?.getAttribute('aria-disabled'),
  cursor: pictureNext ? getComputedStyle(pictureNext).cursor : '',
};
// A reader clicks Next step in the picture, then tabs on to Zoom in, all before the engine is there.
pictureNext?.focus();
pictureNext?.click();
pictureZoom?.focus();
const focusedEarly = root?.activeElement === pictureZoom;

describe('the shell hands input over to the element', () => {
  it('shows its controls as loading, not live', () => {
    if (definedEarly) fail('the engine was already loaded when the shell had run');
    if (!pictureNext || !pictureZoom) fail('the picture has no Next step or Zoom in button');
    if (early.busy !== 'true') fail(`the picture's figure is aria-busy="${early.busy}"`);
    if (early.nextDisabled !== 'true') fail(`Next step in the picture is aria-disabled="${early.nextDisabled}"`);
    if (early.cursor !== 'progress') fail(`Next step in the picture shows the ${early.cursor} cursor`);
    if (!focusedEarly) fail('a control in the picture could not be focused');
  });

  it('keeps focus on the same control and does the click held in the picture', async () => {
    await shell.engine;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const live = el.shadowRoot.querySelector('button[aria-label="Zoom in"]');
    if (live === pictureZoom) fail('the picture was left behind');
    if (el.shadowRoot.activeElement !== live)
      fail(`focus is on ${el.shadowRoot.activeElement?.outerHTML.slice(0, 80) ?? document.activeElement?.localName}`);
    if (el.step !== 2) fail(`step ${el.step} after Next step was clicked in the picture`);
  });
});
