// A test-runner command for Windows-style forced colours. The stock emulateMedia
// command drops `forcedColors` under puppeteer (and puppeteer rejects the feature
// name), so this sends Chromium's CDP Emulation.setEmulatedMedia directly.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // Firefox runs over WebDriver BiDi, which has no such emulation: false tells the test to skip.
      if (session.browser.name !== 'Chrome') return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const value = payload?.active ? 'active' : 'none';
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
