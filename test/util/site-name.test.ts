import { expect } from '@open-wc/testing';
import { siteName } from '../../src/util/site-name.js';

describe('siteName', () => {
  it('names a site by its host', () => {
    expect(siteName('https://www.theguardian.com/world')).to.equal('theguardian.com');
    expect(siteName('not a url')).to.equal('not a url');
  });
});
