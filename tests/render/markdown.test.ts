import { describe, expect, it } from 'vitest';
import { cell, renderMarkdown } from '../../src/render/markdown.js';
import { check } from '../../src/check.js';
import { compareDraft } from '../../src/draft.js';
import { markdownProblems, tableCells } from '../snapshots/validate.js';

describe('cell', () => {
  it('keeps a table cell one line and its pipes escaped', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
    expect(tableCells(`| ${cell('x | y')} | z |`)).toEqual(['x \\| y', 'z']);
  });

  it('makes HTML, links, emphasis and code inert', () => {
    expect(cell('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(cell('[click](http://x) **bold** `code` ~~gone~~')).toBe('\\[click\\](http://x) \\*\\*bold\\*\\* \\`code\\` \\~\\~gone\\~\\~');
    expect(cell('_emphasis_ and a\\b')).toBe('\\_emphasis\\_ and a\\\\b');
  });

  it('leaves underscores inside words alone, as source ids have them', () => {
    expect(cell('000_62cd517dc2a3b692')).toBe('000_62cd517dc2a3b692');
  });

  it('breaks @-mentions so that a report cannot notify anyone', () => {
    const out = cell('thanks @octocat and @github/team, mail a@b.org');
    expect(out).not.toMatch(/@\w/);
    expect(out.replace(/\u200b/g, '')).toBe('thanks @octocat and @github/team, mail a@b.org');
  });
});

const wires = [
  { id: 'wire-a', path: 'wires/wire-a.txt', text: 'The talks lasted two hours. The talks had been expected to last four hours.\n' },
  { id: 'wire-b', path: 'wires/wire-b.txt', text: 'The leaders held five hours of talks.\n' },
  { id: 'wire-c', path: 'wires/wire-c.txt', text: 'They met in Bern.\n' },
];

describe('renderMarkdown, matrix', () => {
  const m = check(wires);
  const out = renderMarkdown(m, { failOn: 'diverge' });
  const rows = out.split('\n').filter((l) => l.startsWith('|'));

  it('has a header with verdict, claim, one column per source and evidence, and one row per claim', () => {
    expect(tableCells(rows[0]!)).toEqual(['verdict', 'claim', 'wire-a', 'wire-b', 'wire-c', 'evidence']);
    expect(rows).toHaveLength(2 + m.rows.length);
    expect(markdownProblems(out)).toEqual([]);
  });

  it('shows each source value, a dash for the silent, and where each value is said', () => {
    const length = tableCells(rows.find((r) => r.includes('Meeting length'))!);
    expect(length).toEqual(['❌ diverge', 'Meeting length', '2 h', '5 h', '—', 'wire-a 1:18 “two hours”; wire-b 1:18 “five hours”']);
  });

  it('sums up in the heading and explains each divergence below the table', () => {
    const n = (v: string) => m.rows.filter((r) => r.verdict === v).length;
    expect(out.split('\n')[0]).toBe(`### summit-check: ${m.rows.length} claims: ${n('agree')} agree, ${n('adds-detail')} add detail, ${n('diverge')} diverge`);
    expect(out).toContain('**Divergences**\n\n- Meeting length: wire-a: 2 h; wire-b: 5 h — the two lengths cannot both be right');
  });

  it('says so when there are no claims', () => {
    const empty = { id: 'x', path: 'x.txt', text: 'Lorem ipsum dolor sit amet.\n' };
    expect(renderMarkdown(check([empty, { ...empty, id: 'y' }]), { failOn: 'diverge' })).toContain('No claims found in these reports.');
  });
});

describe('renderMarkdown, draft', () => {
  const m = check([{ id: 'story', path: 'drafts/story.md', text: '# Story\n\nThey talked for 45 minutes.\n' }, wires[0]!, { ...wires[0]!, id: 'wire-d', path: 'wires/wire-d.txt' }]);
  const report = compareDraft(m, 'story');

  it('leads with pass or fail, the tally and the references', () => {
    const out = renderMarkdown(m, { failOn: 'diverge', draft: { report, findings: report.findings } });
    const lines = out.split('\n');
    expect(lines[0]).toBe('### summit-check: draft drafts/story.md: ❌ fails');
    expect(lines[2]).toBe('1 error, 0 warnings, 1 notice (failing at --fail-on diverge); 2 references: wire-a, wire-d');
    expect(markdownProblems(out)).toEqual([]);
  });

  it('has one row per finding: severity, claim, the draft position and span, its value, and the references with theirs', () => {
    const out = renderMarkdown(m, { failOn: 'diverge', draft: { report, findings: report.findings } });
    const rows = out.split('\n').filter((l) => l.startsWith('|'));
    expect(tableCells(rows[0]!)).toEqual(['severity', 'claim', 'draft line:column', 'the draft says', 'the references say']);
    expect(tableCells(rows[2]!)).toEqual([
      '❌ error',
      'Meeting length',
      '3:17 “45 minutes”',
      '45 min',
      '2 h (wire-a 1:18 “two hours”); 2 h (wire-d 1:18 “two hours”)',
    ]);
    expect(tableCells(rows[3]!)).toEqual([
      'ℹ️ notice',
      'Expected length',
      '—',
      '(nothing)',
      '4 h (expected) (wire-a 1:65 “four hours”); 4 h (expected) (wire-d 1:65 “four hours”)',
    ]);
  });

  it('folds the full matrix into a <details> block', () => {
    const out = renderMarkdown(m, { failOn: 'diverge', draft: { report, findings: report.findings } });
    expect(out).toMatch(/<details>\n<summary>Claim matrix: 2 claims: 1 agree, 0 add detail, 1 diverge<\/summary>\n\n\| verdict \| claim \| story \| wire-a \| wire-d \| evidence \|/);
    expect(out.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('passes when only non-failing findings are left, and says when there is nothing to report', () => {
    const quiet = renderMarkdown(m, { failOn: 'never', draft: { report, findings: [] } });
    expect(quiet.split('\n')[0]).toBe('### summit-check: draft drafts/story.md: ✅ passes');
    expect(quiet).toContain('Nothing to report');
  });
});
