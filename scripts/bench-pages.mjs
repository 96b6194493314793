// The pages the benchmark loads. `src` is the module of one build (before or after); every page sets
// window.done when it is ready to be measured.

const head = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">`;

/** Counts animation-frame callbacks run for anyone (the widgets use requestAnimationFrame). */
const countFrames = `<script>
  window.frameCallbacks = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { window.frameCallbacks++; cb(t); });
</script>`;

/** Frame intervals, long animation frames and DOM mutations per frame while `action` runs. */
const measureFrames = `<script>
  window.measureFrames = async (el, action) => {
    const long = [];
    new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'long-animation-frame' });
    let pending = 0;
    const mutations = new MutationObserver((records) => { pending += records.length; });
    mutations.observe(el.shadowRoot, { subtree: true, attributes: true, childList: true, characterData: true });
    const gaps = [];
    const perFrame = [];
    let last = performance.now();
    let sampling = true;
    const tick = (t) => {
      gaps.push(t - last);
      last = t;
      perFrame.push(pending + mutations.takeRecords().length);
      pending = 0;
      if (sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const started = performance.now();
    await action();
    sampling = false;
    mutations.disconnect();
    const sorted = (xs) => [...xs].sort((a, b) => a - b);
    const g = sorted(gaps);
    const m = sorted(perFrame);
    return {
      seconds: (performance.now() - started) / 1000,
      frames: gaps.length,
      longFrames: long.filter((d) => d > 50).length,
      p95: g[Math.floor(g.length * 0.95)],
      mutationsMedian: m[Math.floor(m.length / 2)],
      mutationsMean: m.reduce((a, b) => a + b, 0) / Math.max(1, m.length),
    };
  };
</script>`;

/**
 * The widget with its controls, as a page would embed it. `pictured` is marked when its first picture of the scene
 * is on screen (the frame after one with 50 or more paths in its shadow root: the shell's prebuilt picture, or the
 * engine's drawing where there is no shell); `painted` once the element is ready (its update complete, with what it
 * fetches after drawing) and that frame is shown.
 */
export const widgetPage = (src, attrs = '') => `${head}<body style="margin:0;width:800px">
  ${countFrames}${measureFrames}
  <liver-intervention ${attrs}></liver-intervention>
  <script>
    const look = () => {
      const paths = document.querySelector('liver-intervention')?.shadowRoot?.querySelectorAll('svg path').length ?? 0;
      if (paths >= 50) requestAnimationFrame(() => { window.pictured = performance.now(); });
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  </script>
  <script type="module">
    await import('${src}');
    await customElements.whenDefined('liver-intervention');
    const el = document.querySelector('liver-intervention');
    await el.updateComplete;
    requestAnimationFrame(async () => {
      await el.updateComplete;
      requestAnimationFrame(() => { window.painted = performance.now(); window.done = true; });
    });
  </script>`;

/** The same drawing as a static image: the floor for first render. */
export const imagePage = (svgUrl) => `${head}<body style="margin:0;width:800px">
  <img src="${svgUrl}" style="display:block;width:800px" alt="">
  <script type="module">
    await document.querySelector('img').decode();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.painted = performance.now(); window.done = true; }));
  </script>`;

/** `count` widgets, one under another; `offscreen` moves them all far below the viewport. */
export const manyPage = (src, count, attrs = '', offscreen = false) => `${head}<body style="margin:0;width:600px">
  ${countFrames}
  <div style="${offscreen ? 'margin-top:20000px' : ''}">
    ${`<liver-intervention ${attrs}></liver-intervention>`.repeat(count)}
  </div>
  <script type="module">
    await import('${src}');
    await customElements.whenDefined('liver-intervention');
    await Promise.all([...document.querySelectorAll('liver-intervention')].map((e) => e.updateComplete));
    requestAnimationFrame(() => requestAnimationFrame(() => { window.done = true; }));
  </script>`;

/** An empty page that loads the module, for mount/unmount cycles. */
export const emptyPage = (src) => `${head}<body style="margin:0;width:800px">
  <script type="module">
    await import('${src}');
    await customElements.whenDefined('liver-intervention');
    window.done = true;
  </script>`;
