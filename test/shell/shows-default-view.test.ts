import { expect } from '@open-wc/testing';
import { showsDefaultView } from '../../src/shell/shows-default-view.js';

/** A not-yet-defined widget (the shell looks before the element exists) with these attributes, in a box. */
function widget(attrs: Record<string, string>, box: Record<string, string> = {}, child?: string): HTMLElement {
  const wrap = document.createElement('div');
  for (const [name, value] of Object.entries(box)) wrap.setAttribute(name, value);
  const el = document.createElement('li-shell-probe');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (child) el.innerHTML = child;
  wrap.append(el);
  document.body.append(wrap);
  return el;
}

describe('which widgets the prebuilt first frame is painted into', () => {
  afterEach(() => document.querySelectorAll('li-shell-probe').forEach((el) => el.parentElement?.remove()));

  it('paints a widget that asks for the default view, spelled out or not', () => {
    expect(showsDefaultView(widget({}))).to.equal(true);
    const spelled = { procedure: 'PTCD', step: '1', view: 'illustration', audience: 'clinician', labels: 'on' };
    expect(showsDefaultView(widget({ ...spelled, theme: 'dark', autoplay: '', id: 'x' }))).to.equal(true);
    expect(showsDefaultView(widget({}, { lang: 'en-GB' }))).to.equal(true);
  });

  it('leaves any other view, language, direction or author data to the engine', () => {
    const others: Record<string, string>[] = [
      { procedure: 'stent' },
      { step: '3' },
      { view: 'fluoroscopy' },
      { audience: 'patient' },
      { labels: 'off' },
      { theme: 'projector' },
      { selected: 'liver' },
      { src: 'ptcd.json' },
      { approach: 'left' },
    ];
    for (const attrs of others) expect(showsDefaultView(widget(attrs)), JSON.stringify(attrs)).to.equal(false);
    expect(showsDefaultView(widget({}, { lang: 'zh-CN' }))).to.equal(false);
    expect(showsDefaultView(widget({}, { dir: 'rtl' }))).to.equal(false);
    expect(showsDefaultView(widget({}, {}, '<script type="application/json">{}</script>'))).to.equal(false);
  });
});
