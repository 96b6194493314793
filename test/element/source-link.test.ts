import { expect } from '@open-wc/testing';
import { sourceLink } from '../../src/element/share/source-link.js';

describe('the source line of an exported frame', () => {
  it('keeps a public http(s) link', () => {
    for (const link of ['https://example.org/embed.html?step=4', 'http://teach.example.edu/liver?procedure=stent'])
      expect(sourceLink(link, 'stent', 4, 11)).to.equal(link);
  });

  it('gives only the procedure and step for this machine, a file or a link that does not parse', () => {
    for (const link of [
      'http://127.0.0.1:33033/embed.html?step=8',
      'http://localhost:5173/?step=8',
      'http://[::1]:8000/',
      'http://app.localhost/',
      'file:///home/me/liver.html?step=8',
      'not a link',
    ])
      expect(sourceLink(link, 'stent', 8, 11), link).to.equal('stent 8/11');
    expect(sourceLink('file:///x.html', 'none', null, 0)).to.equal('none');
  });
});
