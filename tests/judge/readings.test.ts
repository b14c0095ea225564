import { describe, expect, it } from 'vitest';
import { judge } from '../../src/judge/index.js';
import { durationExtractor } from '../../src/extract/duration.js';
import { outcomeExtractor } from '../../src/extract/outcome.js';
import type { ClaimKind } from '../../src/extract/kind.js';
import type { Evidence } from '../../src/types.js';

const kindOf = (kinds: ClaimKind[], type: string) => kinds.find((k) => k.type === type)!;
const length = kindOf(durationExtractor.kinds, 'meeting.duration');
const agreement = kindOf(outcomeExtractor.kinds, 'outcome.agreement');

function cell<V>(kind: ClaimKind<V>, source: string, value: V, attribution = 'report'): Evidence<V> {
  return {
    type: kind.type,
    value,
    span: { start: 0, end: 1 },
    attribution,
    modality: 'stated',
    source,
    text: kind.display(value),
    line: 1,
    column: 1,
    display: kind.display(value),
    sentence: { start: 0, end: 1, text: '' },
  } as Evidence<V>;
}
const minutes = (min: number, max = min) => ({ minMinutes: min, maxMinutes: max });

describe('judging a row whose source gives two values that cannot both hold', () => {
  it('reads a length by the value the other sources bear out, and names the other in the reason', () => {
    const row = [
      cell(length, 'wire', minutes(50)),
      cell(length, 'weekly', minutes(600, 630), 'Chinese officials'),
      cell(length, 'weekly', minutes(50, 60)),
      cell(length, 'briefing', minutes(45, 55)),
    ];
    const j = judge(length, row);
    expect(j.verdict).toBe('adds-detail');
    expect(j.reason).toMatch(/weekly also gives 10 h.*which no other source bears out/);
  });

  it('still shows a source that contradicts itself when no other source bears either value out', () => {
    const j = judge(length, [cell(length, 'wire', minutes(50)), cell(length, 'wire', minutes(180)), cell(length, 'weekly', minutes(600))]);
    expect(j.verdict).toBe('diverge');
  });

  it('still shows a source alone that contradicts itself', () => {
    const j = judge(length, [cell(length, 'wire', minutes(50)), cell(length, 'wire', minutes(180))]);
    expect(j.verdict).toBe('diverge');
    expect(j.reason).toMatch(/contradicts itself/);
  });

  it('keeps both values when the others bear them out equally', () => {
    const row = [cell(length, 'wire', minutes(50)), cell(length, 'wire', minutes(180)), cell(length, 'weekly', minutes(50)), cell(length, 'agency', minutes(180))];
    expect(judge(length, row).verdict).toBe('diverge');
  });

  it('does not read a stance that way: a source telling both sides of a deal reports a dispute', () => {
    const row = [cell(agreement, 'column', 'no'), cell(agreement, 'column', 'yes', 'Kim Jong Un'), cell(agreement, 'wire', 'yes')];
    expect(judge(agreement, row).verdict).toBe('diverge');
  });
});
