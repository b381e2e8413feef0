import { expect } from '@open-wc/testing';
import { formatDate, formatMinutes, formatRelative } from '../../src/i18n/intl.js';

describe('formatting with Intl', () => {
  it('formats dates in the widget language', () => {
    expect(formatDate('2026-03-19T00:00:00Z', 'en-US')).to.equal('March 19, 2026');
    expect(formatDate('2026-03-19T00:00:00Z', 'de')).to.equal('19. März 2026');
    expect(formatDate('2026-03-19T00:00:00Z', 'en_US')).to.match(/2026/);
    // A calendar day stays that day whatever the reader's zone; a real instant follows the zone.
    expect(formatDate('2026-03-19T00:00:00.000Z', 'en-US')).to.equal('March 19, 2026');
    const offset = new Date('2026-03-19T23:30:00Z').getTimezoneOffset();
    const local = new Date(Date.parse('2026-03-19T23:30:00Z') - offset * 60_000).getUTCDate();
    expect(formatDate('2026-03-19T23:30:00Z', 'en-US')).to.equal(`March ${local}, 2026`);
  });

  it('formats relative times and durations', () => {
    const now = Date.parse('2026-03-19T12:00:00Z');
    expect(formatRelative('2026-03-19T09:00:00Z', 'en', now)).to.equal('3 hours ago');
    expect(formatRelative('2026-03-18T12:00:00Z', 'en', now)).to.equal('yesterday');
    expect(formatMinutes(3, 'en')).to.equal('3 min');
  });
});
