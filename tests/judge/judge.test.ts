import { describe, it, expect } from 'vitest';
import { judge } from '../../src/judge/index.js';
import { kinds } from '../../src/extract/index.js';
import type { ClaimType, Evidence } from '../../src/types.js';

// Evidence made by hand: the judge reads values, sources and voices, not the text behind them.
let at = 0;
function said<V>(type: ClaimType, source: string, value: V, display: string, attribution = 'report'): Evidence<V> {
  const start = (at += 10);
  const sentence = { start, end: start + 5, index: 0, text: display };
  return { type, value, span: { start, end: start + 5 }, attribution, modality: 'stated', source, text: display, line: 1, column: 1, display, sentence };
}
const minutes = (source: string, min: number, max: number, display: string, attribution?: string) =>
  said('meeting.duration', source, { minMinutes: min, maxMinutes: max }, display, attribution);
const judged = (type: ClaimType, evidence: Evidence[]) => judge(kinds.get(type)!, evidence);

describe('judging a row whose sources each give one value', () => {
  it('agrees, adds detail and diverges by the values alone', () => {
    expect(judged('meeting.duration', [minutes('a', 180, 180, '3 h'), minutes('b', 180, 180, '3 h')]).verdict).toBe('agree');
    expect(judged('meeting.duration', [minutes('a', 180, 180, '3 h'), minutes('b', 150, 180, 'nearly 3 h')]).verdict).toBe('adds-detail');
    const split = judged('meeting.duration', [minutes('a', 180, 180, '3 h'), minutes('b', 150, 150, '2 h 30 min')]);
    expect(split.verdict).toBe('diverge');
    expect(split.reason).toMatch(/a: 3 h; b: 2 h 30 min/);
  });

  it('keeps a lone source that contradicts itself as a divergence, naming it', () => {
    const own = judged('meeting.duration', [minutes('a', 180, 180, '3 h'), minutes('a', 60, 60, '1 h')]);
    expect(own.verdict).toBe('diverge');
    expect(own.reason).toMatch(/a contradicts itself/);
  });
});

describe('naming the most specific values', () => {
  const date = (source: string, value: object, display: string) => said('meeting.date', source, value, display);
  it('names together the values the kind counts as the same, however each is worded', () => {
    const row = judged('meeting.date', [
      date('a', { date: '2016-12-15', weekday: 'Thursday' }, 'Thu 15 Dec 2016'),
      date('b', { date: null, weekday: null, monthDay: '12-15' }, '15 Dec (year not given)'),
      date('c', { date: null, weekday: 'Thursday' }, 'Thursday'),
    ]);
    expect(row.verdict).toBe('adds-detail');
    expect(row.reason).toBe('a: Thu 15 Dec 2016; b: 15 Dec (year not given) are more specific than c: Thursday');
  });
});

describe('one value per source, when a second reading is all that makes a conflict', () => {
  it('sets aside the extra value of a source that also gives the one the others give, and says so', () => {
    const row = judged('meeting.duration', [minutes('a', 50, 50, '50 min'), minutes('b', 50, 60, 'just under 1 h'), minutes('b', 600, 660, 'more than 10 h', 'Chinese officials')]);
    expect(row.verdict).toBe('adds-detail');
    expect(row.reason).toMatch(/set aside as another reading: b: more than 10 h/);
  });

  it('takes a source’s own words before what it attributes, and so keeps a conflict its own words make', () => {
    // b says in its own voice that nothing was agreed, and quotes a leader saying otherwise:
    // its own "no" is its value, and it conflicts with a's "yes"
    const row = judged('outcome.agreement', [said('outcome.agreement', 'a', 'yes', 'yes'), said('outcome.agreement', 'b', 'no', 'no'), said('outcome.agreement', 'b', 'yes', 'yes (per Kim)', 'Kim Jong Un')]);
    expect(row.verdict).toBe('diverge');
    // a source that only attributes is read by what it attributes: the seeds' "Putin spoke of
    // an agreement" diverges from a report of no agreement
    const seeds = judged('outcome.agreement', [said('outcome.agreement', 'a', 'no', 'no'), said('outcome.agreement', 'b', 'yes', 'yes (per Putin)', 'Vladimir Putin')]);
    expect(seeds.verdict).toBe('diverge');
  });

  it('prefers the value a source repeats, and keeps the conflict when no choice settles it', () => {
    // b says 3 h twice and 1 h once; c says 1 h: whichever b's value is, a or c disagrees with it
    const row = judged('meeting.duration', [minutes('a', 180, 180, '3 h'), minutes('b', 180, 180, '3 h'), minutes('b', 180, 180, '3 h'), minutes('b', 60, 60, '1 h'), minutes('c', 60, 60, '1 h')]);
    expect(row.verdict).toBe('diverge');
    const settled = judged('meeting.duration', [minutes('a', 180, 180, '3 h'), minutes('b', 180, 180, '3 h'), minutes('b', 60, 60, '1 h')]);
    expect(settled.verdict).toBe('agree');
    expect(settled.reason).toMatch(/set aside as another reading: b: 1 h/);
  });

  it('leaves quotes to their own judge', () => {
    // (a quote row's verdict is about wording and speakers, not one value per source)
    const q = (source: string, text: string, speaker: string) => said('quote', source, { text, speaker }, text);
    const row = judged('quote', [q('a', 'We had a very good talk.', 'Vladimir Putin'), q('b', 'We had a very good conversation.', 'Vladimir Putin')]);
    expect(row.verdict).toBe('diverge');
  });
});
