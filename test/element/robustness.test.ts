import { expect } from '@open-wc/testing';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { mount, settle, svgOf } from './mount.js';

/** The anatomy explorer: no procedure. */
const explore = (width: number, attrs: Record<string, string> = {}) => mount(width, { procedure: 'none', ...attrs });

function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('<liver-intervention> bad input', () => {
  it('falls back to the default for an unknown attribute value, with one warning', async () => {
    const spy = captureWarnings();
    try {
      const el = await explore(360, { camera: 'sideways', ducts: 'huge' });
      el.setAttribute('camera', 'sideways');
      await settle(el);
      expect(el.camera).to.equal('overview');
      expect(el.ducts).to.equal('normal');
      expect(spy.warnings.filter((w) => w.includes('camera "sideways"'))).to.have.length(1);
      expect(spy.warnings.filter((w) => w.includes('ducts "huge"'))).to.have.length(1);
      expect(svgOf(el).querySelector('.layer path')).to.exist;
    } finally {
      spy.restore();
    }
  });

  it('shows an accessible error with the JSON path and keeps the last good drawing', async () => {
    const el = await explore(1280);
    const before = svgOf(el).querySelectorAll('.layer path').length;
    const ducts = JSON.parse(JSON.stringify(DEFAULT_ANATOMY_FILES['ducts.json'])) as {
      structures: { diameter?: unknown; shape: { diameter?: unknown } }[];
    };
    ducts.structures[0]!.shape.diameter = { normal: 'wide', dilated: 17 };
    el.anatomyFiles = { ...DEFAULT_ANATOMY_FILES, 'ducts.json': ducts };
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain('ducts.json: structures[0].shape.diameter.normal');
    expect(svgOf(el).querySelectorAll('.layer path').length).to.equal(before);
    el.anatomyFiles = DEFAULT_ANATOMY_FILES;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('rejects a malformed procedure visibly, naming its JSON path, and keeps the last good step', async () => {
    const el = await mount(800, { step: '3' });
    const caption = el.shadowRoot!.querySelector('[part="caption"] h2')!.textContent;
    const procedure = JSON.parse(JSON.stringify(BUNDLED_PROCEDURES.ptcd)) as { steps: { actions: object[] }[] };
    procedure.steps[2]!.actions[0] = { type: 'teleport', device: 'needle' };
    el.procedureData = procedure;
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('procedureData');
    expect(alert.textContent).to.contain('steps[2].actions[0].type');
    expect(el.step).to.equal(3);
    expect(el.shadowRoot!.querySelector('[part="caption"] h2')!.textContent).to.equal(caption);
  });

  it('ignores an unknown selected id with a warning', async () => {
    const spy = captureWarnings();
    try {
      const el = await explore(360, { selected: 'spleen' });
      expect(el.selected).to.equal(null);
      expect(spy.warnings.some((w) => w.includes('selected "spleen"'))).to.equal(true);
    } finally {
      spy.restore();
    }
  });
});
