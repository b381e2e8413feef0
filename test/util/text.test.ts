import { expect } from '@open-wc/testing';
import { slugify } from '../../src/util/text.js';

describe('slugify', () => {
  it('slugifies headings for fragment ids', () => {
    expect(slugify("Lukashenko's Stance and Global Issues")).to.equal('lukashenko-s-stance-and-global-issues');
    expect(slugify('Über uns')).to.equal('uber-uns');
    expect(slugify('!!!')).to.equal('section');
  });
});
