import { expect } from '@open-wc/testing';
import { parseFeedDate } from '../../../src/on-demand/feed/parse-date.js';

describe('parseFeedDate', () => {
  const cases: [string, string | undefined][] = [
    ['2026-03-19T00:00:00Z', '2026-03-19T00:00:00.000Z'],
    ['2017-06-14T10:05:00-07:00', '2017-06-14T17:05:00.000Z'],
    ['2017-06-14T10:05:00.250+0200', '2017-06-14T08:05:00.250Z'],
    ['2018-01-06T08:00', '2018-01-06T08:00:00.000Z'],
    ['2018-01-06', '2018-01-06T00:00:00.000Z'],
    ['Wed, 29 May 2019 10:16:00 GMT', '2019-05-29T10:16:00.000Z'],
    ['  Thu, 6 Sep 2018 14:03:00 -0000 \r\n', '2018-09-06T14:03:00.000Z'],
    ['Mon, 24 Sep 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Tue, 10 Jun 03 09:41:01 EDT', '2003-06-10T13:41:01.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', undefined],
    ['2020/1/10 14:33:00', undefined],
    ['2019-02-31T10:00:00Z', undefined],
    ['2019-13-01', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected ?? 'absent'}`, () => expect(parseFeedDate(input)).to.equal(expected));
  }
  it('ignores values that are not strings', () => {
    expect(parseFeedDate(1700000000)).to.equal(undefined);
    expect(parseFeedDate(null)).to.equal(undefined);
  });
});
