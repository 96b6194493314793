import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss, minifyCssTemplates } from '../../scripts/minify-css.mjs';
import { aftercare } from '../../src/element/styles/aftercare.js';
import { elementStyles } from '../../src/element/styles/element-styles.js';
import { fluoroscopy } from '../../src/element/styles/fluoroscopy.js';
import { handout } from '../../src/element/styles/handout.js';
import { share } from '../../src/element/styles/share.js';

/** Every rule of a sheet as the engine serialises it, nested rules (media, container) included. */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const walk = (list: CSSRuleList): string[] =>
    [...list].flatMap((r) => ('cssRules' in r ? [r.cssText, ...walk((r as CSSGroupingRule).cssRules)] : [r.cssText]));
  return walk(sheet.cssRules);
}

describe('minified style sheets (the builds minify the css templates)', () => {
  const sheets: CSSResult[] = [...elementStyles, fluoroscopy, aftercare, share, handout];

  it('parse to the same rules as the sheets as written', () => {
    for (const sheet of sheets) {
      const written = rules(sheet.cssText);
      expect(written.length).to.be.greaterThan(0);
      expect(rules(minifyCss(sheet.cssText))).to.deep.equal(written);
    }
  });

  it('are smaller and keep the space that a descendant pseudo-class selector needs', () => {
    const text = elementStyles.map((s) => s.cssText).join('');
    expect(minifyCss(text).length).to.be.below(text.length * 0.8);
    expect(minifyCss('.a  :hover {\n  color: red;\n}\n.a:focus { color : blue }')).to.equal(
      '.a :hover{color:red}.a:focus{color :blue}',
    );
  });

  it('leave the interpolations of a css template as written', () => {
    const code = 'const a = css`\n  :host {\n    ${tokens}\n    color: red;\n  }\n`;';
    expect(minifyCssTemplates(code)).to.equal('const a = css`:host{${tokens} color:red}`;');
  });
});
