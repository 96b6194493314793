import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { sheets as extraSheets } from '../../src/element/lazy/extras.js';
import { sheets as printSheets } from '../../src/element/lazy/printing.js';
import { elementStyles } from '../../src/element/styles/element-styles.js';
import { aftercare } from '../../src/element/styles/aftercare.js';
import { fluoroscopy } from '../../src/element/styles/fluoroscopy.js';
import { handout } from '../../src/element/styles/handout.js';
import { labels } from '../../src/element/styles/labels.js';
import { picture } from '../../src/element/styles/picture.js';
import { presenter } from '../../src/element/styles/presenter.js';
import { share } from '../../src/element/styles/share.js';
import { themes } from '../../src/element/styles/themes.js';
import { mount } from './mount.js';

const sheets = [...extraSheets, ...printSheets];

describe('<liver-intervention> lazy parts', () => {
  it('adopts the extras and printing chunks’ sheets at their places in the cascade once the widget has drawn', async () => {
    const el = await mount(600);
    const adopted = el.shadowRoot!.adoptedStyleSheets;
    const at = (s: CSSResult) => adopted.indexOf(s.styleSheet!);
    for (const s of [...elementStyles, ...sheets.map((p) => p.sheet)]) expect(at(s as CSSResult)).to.be.at.least(0);
    expect(adopted.length).to.equal(elementStyles.length + sheets.length);
    expect(at(fluoroscopy)).to.be.greaterThan(at(picture)).and.lessThan(at(labels));
    expect(at(aftercare)).to.be.lessThan(at(presenter));
    expect(at(share)).to.be.greaterThan(at(presenter)).and.lessThan(at(themes));
    expect(at(handout)).to.equal(adopted.length - 1);
  });

  it('shows an X-ray view set before the first drawing, in its greys, once updateComplete resolves', async () => {
    const el = await mount(600, { view: 'fluoroscopy' });
    const svg = el.shadowRoot!.querySelector('svg.scene')!;
    expect(getComputedStyle(svg).visibility).to.equal('visible');
    expect(getComputedStyle(svg).getPropertyValue('--li-bile').trim()).to.equal('#8c8c8c');
  });

  it('opens the share panel and the aftercare view, whose templates come with the chunk', async () => {
    const el = await mount(600, { step: '99' });
    const root = el.shadowRoot!;
    (root.querySelector('.share-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelector('[part="share"]')).to.exist;
    (root.querySelector('.aftercare-open') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelector('[part="aftercare"]')).to.exist;
    expect(root.activeElement?.id).to.equal('aftercare-title');
  });
});
