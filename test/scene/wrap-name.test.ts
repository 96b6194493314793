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

describe('short words in a wrapped name', () => {
  it('never stand alone: a short word keeps to the word after it, the last to the word before', () => {
    expect(wrapName('Reborde costal D', 3)).to.equal(null);
    expect(wrapName('Reborde costal D', 2)).to.deep.equal(['Reborde', 'costal D']);
    expect(wrapName('vena de la porta', 2)).to.deep.equal(['vena', 'de la porta']);
    expect(wrapName('a b', 2)).to.equal(null);
  });
});
