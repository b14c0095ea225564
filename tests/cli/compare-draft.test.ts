// The draft comparison on its own: matrices built by the real core from short reports written
// for these tests, then compareDraft() and matrixFindings() over them.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { compareDraft, failing, findingsStatus, matrixFindings, spanEnd, type Finding } from '../../src/draft.js';
import type { Evidence } from '../../src/types.js';
import { kinds } from '../../src/extract/index.js';

function draftCheck(draft: string, ...refs: string[]) {
  const reports = [{ id: 'draft', path: 'draft.md', text: draft }, ...refs.map((text, i) => ({ id: `wire-${'abc'[i]}`, path: `wire-${'abc'[i]}.txt`, text }))];
  const matrix = check(reports);
  return { matrix, report: compareDraft(matrix, 'draft') };
}

const lengthOf = (fs: Finding[]) => fs.filter((f) => f.type === 'meeting.duration');

describe('compareDraft', () => {
  it('is an error when the draft contradicts every reference, pointing at the draft span with the references as evidence', () => {
    const draft = '# Talks\n\nThe two leaders talked for ninety minutes in the palace.\n';
    const { report } = draftCheck(draft, 'The leaders met for three hours on Monday.', 'Their talks lasted three hours.');
    const [f, ...rest] = lengthOf(report.findings);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', kind: 'diverge', source: 'draft' });
    expect(f!.evidence).toMatchObject({ text: 'ninety minutes', line: 3, column: 28 });
    expect(f!.references.map((r) => r.source).sort()).toEqual(['wire-a', 'wire-b']);
    expect(f!.message).toContain('1 h 30 min');
    expect(f!.message).toContain('3 h');
  });

  it('is silent when the draft says the same, or says it less precisely than a reference', () => {
    for (const draft of ['They met for three hours.', 'They met for about three hours.', 'The talks lasted around three hours.']) {
      const { report } = draftCheck(draft, 'The leaders met for three hours on Monday.', 'Their talks lasted three hours.');
      expect(lengthOf(report.findings), draft).toEqual([]);
    }
  });

  it('warns when the draft is more specific than any reference (unsupported detail)', () => {
    const { report } = draftCheck('The talks lasted two hours and ten minutes.', 'The leaders talked for more than two hours.');
    const [f] = lengthOf(report.findings);
    expect(f).toMatchObject({ severity: 'warning', kind: 'unsupported' });
    expect(f!.references).toHaveLength(1);
  });

  it('warns when no reference states the claim at all', () => {
    const { report } = draftCheck('The talks lasted two hours.', 'The leaders met in Vienna.', 'They discussed shipping.');
    const [f] = lengthOf(report.findings);
    expect(f).toMatchObject({ severity: 'warning', kind: 'unsupported', references: [] });
    expect(f!.message).toMatch(/No reference states/);
  });

  it('is an error when the draft contradicts one reference that no other reference disputes', () => {
    // the wires overlap (180–198 min); the draft's 170 min fits one, not both
    const { report } = draftCheck('They talked for two hours and 50 minutes.', 'The leaders met for about three hours.', 'The talks went on for more than three hours.');
    const [f] = lengthOf(report.findings);
    expect(f).toMatchObject({ severity: 'error', kind: 'diverge' });
    expect(f!.references.map((r) => r.source)).toEqual(['wire-b']);
  });

  it('only notes references that disagree among themselves, and says which side the draft takes', () => {
    const a = 'The talks lasted two hours.';
    const b = 'The leaders held five hours of talks.';
    const sides = lengthOf(draftCheck('Their meeting lasted two hours.', a, b).report.findings);
    expect(sides).toHaveLength(1);
    expect(sides[0]).toMatchObject({ severity: 'notice', kind: 'contested' });
    expect(sides[0]!.evidence?.text).toBe('two hours');
    expect(sides[0]!.message).toContain('sides with wire-a against wire-b');

    const silent = lengthOf(draftCheck('The leaders met on Monday.', a, b).report.findings);
    expect(silent).toHaveLength(1);
    expect(silent[0]).toMatchObject({ severity: 'notice', kind: 'contested' });
    expect(silent[0]!.evidence).toBeUndefined();
    expect(silent[0]!.references).toHaveLength(2);
  });

  it('is still an error when the draft contradicts both sides of a dispute', () => {
    const fs = lengthOf(draftCheck('They talked for 30 minutes.', 'The talks lasted two hours.', 'The leaders held five hours of talks.').report.findings);
    expect(fs.map((f) => `${f.severity}:${f.kind}`).sort()).toEqual(['error:diverge', 'notice:contested']);
  });

  it('notes what two or more references agree on and the draft leaves out, but not what one reference alone says', () => {
    const both = lengthOf(draftCheck('The leaders met on Monday.', 'They met for three hours.', 'The talks lasted three hours.').report.findings);
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ severity: 'notice', kind: 'omitted' });
    expect(both[0]!.evidence).toBeUndefined();
    expect(both[0]!.message).toContain('3 h (wire-a, wire-b)');

    const one = lengthOf(draftCheck('The leaders met on Monday.', 'They met for three hours.', 'They met in Vienna.').report.findings);
    expect(one).toEqual([]);
  });

  it('notes a draft that states in its own voice what the references only attribute to someone', () => {
    const refs = ['Dmitry Peskov said the talks lasted three hours.', 'The talks lasted three hours, according to Russian officials.'];
    const [f, ...rest] = lengthOf(draftCheck('The talks lasted three hours.', ...refs).report.findings);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'notice', kind: 'attribution' });
    expect(f!.message).toContain('in its own voice; the references attribute it to Dmitry Peskov or Russian officials');
    // someone else's word in the draft
    const [other] = lengthOf(draftCheck('Sergei Lavrov said the talks lasted three hours.', refs[0]!).report.findings);
    expect(other).toMatchObject({ severity: 'notice', kind: 'attribution' });
    expect(other!.message).toMatch(/^The draft attributes 3 h to Sergei Lavrov; the references attribute it to Dmitry Peskov/);
    // groups are named too loosely to compare
    expect(lengthOf(draftCheck('The talks lasted three hours, according to Russian aides.', refs[1]!).report.findings)).toEqual([]);
    // attributed in the draft too, or asserted by one reference itself: nothing to say
    expect(lengthOf(draftCheck('Peskov said the talks lasted three hours.', ...refs).report.findings)).toEqual([]);
    expect(lengthOf(draftCheck('The talks lasted three hours.', refs[0]!, 'The talks lasted three hours.').report.findings)).toEqual([]);
  });

  it('points at the statement that is wrong when the draft states a claim twice', () => {
    const draft = 'They met for three hours.\n\nLater in the piece: the talks lasted forty minutes.';
    const fs = lengthOf(draftCheck(draft, 'The leaders met for three hours.').report.findings);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.evidence).toMatchObject({ text: 'forty minutes', line: 3 });
  });

  it('orders findings by their place in the draft, those without a place last', () => {
    const draft = 'Expected: the talks were expected to last ten hours.\nThey met for 20 minutes.';
    const { report } = draftCheck(draft, 'The leaders met for three hours.', 'They talked for three hours, less than the six hours planned.');
    const starts = report.findings.map((f) => f.evidence?.span.start ?? Infinity);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
  });

  it.runIf(kinds.has('quote'))('holds a misquote to the quote family\'s own rule: the same remark worded differently is an error', () => {
    const wire = 'Vladimir Putin met Donald Trump in Anchorage.\n"We are ready to work on that together with our partners," Putin said after the talks.';
    const quotes = (draft: string) => draftCheck(draft, wire, wire.replace('said after the talks', 'told reporters')).report.findings.filter((f) => f.type === 'quote');
    const wrong = quotes('Vladimir Putin met Donald Trump.\n\n"We are ready to work on this together with our partners," Putin said.');
    expect(wrong.map((f) => `${f.severity}:${f.kind}`)).toEqual(['error:diverge']);
    expect(wrong[0]!.label).toBe('Quote (Vladimir Putin)');
    expect(wrong[0]!.message).toMatch(/worded differently\.$/);
    // an exact excerpt of the references' remark is faithful
    expect(quotes('Vladimir Putin met Donald Trump.\n\n"We are ready to work on that," Putin said.')).toEqual([]);
  });

  it('refuses a draft id that is not a source of the matrix', () => {
    const matrix = check([{ id: 'a', path: 'a.txt', text: 'x' }]);
    expect(() => compareDraft(matrix, 'nope')).toThrow(/not a source/);
  });
});

describe('exit status of findings', () => {
  const f = (severity: Finding['severity']) => ({ severity }) as Finding;
  it('fails on errors at diverge, on errors and warnings at adds-detail, never on notices', () => {
    expect([failing(f('error'), 'diverge'), failing(f('warning'), 'diverge'), failing(f('notice'), 'diverge')]).toEqual([true, false, false]);
    expect([failing(f('error'), 'adds-detail'), failing(f('warning'), 'adds-detail'), failing(f('notice'), 'adds-detail')]).toEqual([true, true, false]);
    expect([failing(f('error'), 'never'), failing(f('warning'), 'never')]).toEqual([false, false]);
    expect(findingsStatus([f('notice'), f('warning')], 'diverge')).toBe(0);
    expect(findingsStatus([f('notice'), f('warning')], 'adds-detail')).toBe(1);
    expect(findingsStatus([], 'adds-detail')).toBe(0);
  });
});

describe('matrixFindings', () => {
  const matrix = check([
    { id: 'a', path: 'a.txt', text: 'The talks lasted two hours. The talks had been expected to last four hours.' },
    { id: 'b', path: 'b.txt', text: 'The leaders held five hours of talks.' },
  ]);

  it('puts an error on each value of a divergent row, with the other sources as references', () => {
    const fs = matrixFindings(matrix, 'diverge').filter((x) => x.type.endsWith('duration'));
    expect(fs.map((x) => [x.severity, x.type, x.source])).toEqual([
      ['error', 'meeting.duration', 'a'],
      ['error', 'meeting.duration', 'b'],
    ]);
    expect(fs[0]!.references.map((r) => r.source)).toEqual(['b']);
  });

  it('adds warnings for rows that add detail only when they fail the build', () => {
    const fs = matrixFindings(matrix, 'adds-detail').filter((x) => x.type.endsWith('duration'));
    expect(fs.filter((x) => x.severity === 'warning').map((x) => x.type)).toEqual(['meeting.expected_duration']);
    expect(matrixFindings(matrix, 'diverge').every((x) => x.severity === 'error')).toBe(true);
  });
});

describe('spanEnd', () => {
  const e = (text: string, line = 3, column = 5) => ({ text, line, column }) as Evidence;
  it('is the column after the last character on one line, counting characters not UTF-16 units', () => {
    expect(spanEnd(e('three hours'))).toEqual({ endLine: 3, endColumn: 16 });
    expect(spanEnd(e('𝟛 hours'))).toEqual({ endLine: 3, endColumn: 12 });
  });
  it('follows a span over line breaks of any kind', () => {
    expect(spanEnd(e('three\nhours'))).toEqual({ endLine: 4, endColumn: 6 });
    expect(spanEnd(e('three\r\nfull\rhours'))).toEqual({ endLine: 5, endColumn: 6 });
  });
});
