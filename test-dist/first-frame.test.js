// The bundled entry is a shell: it paints a prebuilt picture of the default view into the widgets already on the
// page, before the engine that defines the element has loaded, and the element takes over from it in place.
const fail = (message) => {
  throw new Error(message);
};

const el = document.createElement('liver-intervention');
el.style.width = '800px';
const stent = document.createElement('liver-intervention');
stent.setAttribute('procedure', 'stent');
document.body.append(el, stent);

/** What a reader (and a screen reader) gets from a widget now. */
const seen = (host) => {
  const root = host.shadowRoot;
  return {
    height: host.getBoundingClientRect().height,
    scene: root?.querySelector('[part="scene"]')?.getAttribute('aria-label'),
    title: root?.querySelector('svg.scene title')?.textContent,
    caption: root?.querySelector('[part="caption"] h2')?.textContent,
    drawings: root?.querySelectorAll('svg.scene').length ?? 0,
    paths: root?.querySelectorAll('svg.scene path').length ?? 0,
  };
};

const shell = await import('../dist/cdn/liver-intervention.js');
// Right after the shell has run: the engine is still on its way (it is one more request).
const definedEarly = customElements.get('liver-intervention') !== undefined;
const first = seen(el);
const stentFirst = seen(stent);
// Read now, not when the test runs: by then the engine may have defined the element and drawn the stent widget.
const stentRootEarly = !!stent.shadowRoot;

describe('first paint from the bundled shell', () => {
  it('shows the default view before the element is defined, and nothing for another view', () => {
    if (definedEarly) fail('the engine was already loaded when the shell had run');
    if (first.drawings !== 1 || first.paths < 50) fail(`the first frame has ${first.paths} paths`);
    if (!first.scene || !first.title || !first.caption) fail(`unnamed first frame: ${JSON.stringify(first)}`);
    if (first.height < 300) fail(`the first frame reserves ${first.height}px`);
    if (stentRootEarly) fail('a widget asking for the stent procedure got the PTCD picture');
  });

  it('hands over to the element in place: one drawing, the same size and names, and Next step plays', async () => {
    const { LiverIntervention } = await shell.engine;
    if (customElements.get('liver-intervention') !== LiverIntervention) fail('the engine did not define the element');
    await el.updateComplete;
    await stent.updateComplete;
    const now = seen(el);
    if (now.drawings !== 1) fail(`${now.drawings} drawings after the hand-over`);
    if (el.shadowRoot.querySelectorAll('figure').length !== 1) fail('the first frame was left behind');
    if (Math.abs(now.height - first.height) > 1) fail(`the height changed from ${first.height} to ${now.height}`);
    for (const key of ['scene', 'title', 'caption'])
      if (now[key] !== first[key]) fail(`${key}: "${first[key]}" became "${now[key]}"`);
    if (seen(stent).drawings !== 1 || stentFirst.drawings !== 0) fail('the stent widget did not draw once defined');
    el.scrollIntoView();
    let time = 0;
    const queue = [];
    el.clock = { now: () => time, request: (cb) => queue.push(cb), cancel: () => {} };
    el.shadowRoot.querySelector('button[aria-label="Next step"]').click();
    for (let i = 0; i < 10000 && queue.length; i++) {
      time += 50;
      queue.shift()(time);
    }
    await el.updateComplete;
    if (el.step !== 2) fail(`step ${el.step} after Next step`);
    if (el.shadowRoot.querySelector('[part="caption"] h2')?.textContent === first.caption)
      fail('the caption did not change');
  });
});
