// A test-runner command that lists the page's composited layers which draw content, from Chromium's CDP LayerTree
// domain: the render tests check that the drawing is painted into the page's own layer, not split into many.
const sessions = new WeakMap();

/** The CDP session of `page`, with the LayerTree domain on and each tree it reports waiting for the next request. */
async function watch(page) {
  if (!sessions.has(page)) {
    const cdp = await page.createCDPSession();
    const state = { cdp, waiting: [] };
    cdp.on('LayerTree.layerTreeDidChange', (event) => {
      if (!event.layers) return;
      for (const resolve of state.waiting.splice(0)) resolve(event.layers);
    });
    await cdp.send('LayerTree.enable');
    sessions.set(page, state);
  }
  return sessions.get(page);
}

async function layerTree(page) {
  const { cdp, waiting } = await watch(page);
  // The tree is reported when it changes: a probe given a layer of its own for two frames changes it twice, and the
  // second report, once the probe is gone, is the page's own tree.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;will-change:transform';
        requestAnimationFrame(() => requestAnimationFrame(() => (probe.remove(), resolve())));
      }),
  );
  const tree = new Promise((resolve) => waiting.push(resolve));
  const layers = await Promise.race([tree, new Promise((r) => setTimeout(() => r(null), 2000))]);
  if (!layers) throw new Error('no layer tree from Chromium within 2 s');
  const drawing = layers.filter((l) => l.drawsContent && l.width > 0 && l.height > 0);
  return Promise.all(
    drawing.map(async (l) => {
      const { compositingReasonIds = [] } = await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId });
      return { width: Math.round(l.width), height: Math.round(l.height), reasons: compositingReasonIds };
    }),
  );
}

export function layersPlugin() {
  return {
    name: 'drawing-layers',
    async executeCommand({ command, session }) {
      if (command !== 'drawing-layers') return undefined;
      // Firefox runs over WebDriver BiDi, which has no layer tree: false tells the test to skip.
      if (session.browser.name !== 'Chrome') return false;
      return layerTree(session.browser.getPage(session.id));
    },
  };
}
