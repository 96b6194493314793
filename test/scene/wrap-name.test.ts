import { expect } from '@open-wc/testing';
import { wrapName } from '../../src/scene/wrap-name.js';

describe('a long name wrapped onto lines', () => {
  it('breaks at spaces so that the longest line is as short as it can be', () => {
    expect(wrapName('conducto principal de la bilis', 2)).to.deep.equal(['conducto principal', 'de la bilis']);
    expect(wrapName('conducto principal de la bilis', 3)).to.deep.equal(['conducto', 'principal', 'de la bilis']);
  });

  it('keeps a name with fewer words than lines (a Chinese name has no spaces) whole: null', () => {
    expect(wrapName('主胆管', 2)).to.equal(null);
    expect(wrapName('right bile tube', 4)).to.equal(null);
  });
});
