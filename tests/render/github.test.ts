import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty, renderGithub } from '../../src/render/github.js';
import { check } from '../../src/check.js';
import { compareDraft, matrixFindings, type Finding } from '../../src/draft.js';
import type { Evidence } from '../../src/types.js';
import { githubProblems } from '../snapshots/validate.js';

// what the Actions runner does with a command's message and properties
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

const evidence = (over: Partial<Evidence>): Evidence =>
  ({ source: 'draft', text: 'ninety minutes', line: 4, column: 9, display: '1 h 30 min', span: { start: 0, end: 14 }, ...over }) as Evidence;

const finding = (over: Partial<Finding>): Finding => ({
  severity: 'error',
  kind: 'diverge',
  key: 'meeting.duration',
  type: 'meeting.duration',
  label: 'Meeting length',
  source: 'draft',
  evidence: evidence({}),
  references: [],
  message: 'The draft says 1 h 30 min; the references say 3 h.',
  ...over,
});

describe('escaping', () => {
  it('escapes % first, then CR and LF, in messages', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeData('literal %0A stays literal')).toBe('literal %250A stays literal');
  });

  it('also escapes : and , in properties', () => {
    expect(escapeProperty('C:\\drafts\\a,b.md')).toBe('C%3A\\drafts\\a%2Cb.md');
    expect(escapeProperty('a: b, c\n%')).toBe('a%3A b%2C c%0A%25');
  });

  it('round-trips through the runner for any mix of special characters', () => {
    const specials = ['%', '\r', '\n', ':', ',', '%0A', '%25', '::', 'x', ' '];
    for (let seed = 1; seed < 200; seed++) {
      let s = '';
      for (let i = 0, r = seed; i < 8; i++, r = (r * 7919 + 17) % 10007) s += specials[r % specials.length];
      expect(unescapeData(escapeData(s))).toBe(s);
      expect(unescapeProperty(escapeProperty(s))).toBe(s);
      expect(escapeData(s)).not.toMatch(/[\r\n]/);
      expect(escapeProperty(s)).not.toMatch(/[\r\n:,]/);
    }
  });
});

describe('annotation', () => {
  it('carries file, line, column and a title, and the message after ::', () => {
    expect(annotation(finding({}), 'drafts/summit.md', false)).toBe(
      '::error file=drafts/summit.md,line=4,col=9,title=summit-check%3A Meeting length%3A diverges from the references::The draft says 1 h 30 min; the references say 3 h.',
    );
  });

  it('adds endLine for a span over two lines, and no line at all for a finding without a span', () => {
    expect(annotation(finding({ evidence: evidence({ text: 'ninety\nminutes' }) }), 'a.md', false)).toContain(',line=4,col=9,endLine=5,');
    const omitted = annotation(finding({ severity: 'notice', kind: 'omitted', evidence: undefined }), 'a.md', false);
    expect(omitted).toMatch(/^::notice file=a\.md,title=summit-check%3A Meeting length%3A left out::/);
  });

  it('names no file for stdin, and normalises ./ and backslashes', () => {
    expect(annotation(finding({}), '<stdin>', false)).toMatch(/^::error title=/);
    expect(annotation(finding({}), '.\\drafts\\x.md', false)).toContain('file=drafts/x.md,');
    expect(annotation(finding({}), './drafts/x.md', false)).toContain('file=drafts/x.md,');
  });

  it('keeps report text from breaking out of its command', () => {
    const line = annotation(finding({ message: 'quoted: “x”\n::error file=evil::pwned %0A', label: 'Venue, or: not' }), 'a,b:c.md', false);
    expect(line.split('\n')).toHaveLength(1);
    const m = line.match(/^::error ([^:]*)::(.*)$/)!;
    expect(m).not.toBeNull();
    expect(unescapeData(m[2]!)).toBe('quoted: “x”\n::error file=evil::pwned %0A');
    const props = Object.fromEntries(m[1]!.split(',').map((p) => p.split('=') as [string, string]));
    expect(unescapeProperty(props.file!)).toBe('a,b:c.md');
    expect(unescapeProperty(props.title!)).toBe('summit-check: Venue, or: not: diverges from the references');
  });

  it('uses the severity as the command', () => {
    expect(annotation(finding({ severity: 'warning', kind: 'unsupported' }), 'a.md', false)).toMatch(/^::warning /);
    expect(annotation(finding({ severity: 'notice', kind: 'contested' }), 'a.md', false)).toMatch(/^::notice .*the references disagree::/);
  });
});

describe('renderGithub', () => {
  const reports = [
    { id: 'a', path: 'wires/a.txt', text: 'Intro line.\nThe talks lasted two hours.\n' },
    { id: 'b', path: 'wires/b.txt', text: 'The leaders held five hours of talks.\n' },
    { id: 'c', path: 'wires/c.txt', text: 'They met in Bern.\n' },
  ];

  it('groups the annotations of each file, in the order the sources were given, and sums up on the last line', () => {
    const m = check(reports);
    const out = renderGithub(m, { findings: matrixFindings(m, 'diverge') });
    expect(githubProblems(out)).toEqual([]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('::group::summit-check: wires/a.txt (1 finding)');
    expect(lines[1]).toMatch(/^::error file=wires\/a\.txt,line=2,col=18,/);
    expect(lines[2]).toBe('::endgroup::');
    expect(lines[3]).toBe('::group::summit-check: wires/b.txt (1 finding)');
    expect(lines[6]).toMatch(/^summit-check: \d+ claims?: \d+ agree, \d+ add detail, 1 diverge; 2 error\(s\), 0 warning\(s\), 0 notice\(s\)$/);
    // the silent source gets no group
    expect(out).not.toContain('wires/c.txt');
  });

  it('in draft mode, puts every finding in the draft group and sums up the draft', () => {
    const m = check([{ id: 'd', path: 'drafts/d.md', text: 'They talked for 45 minutes.\n' }, ...reports]);
    const out = renderGithub(m, { findings: compareDraft(m, 'd').findings, draft: 'd' });
    expect(githubProblems(out)).toEqual([]);
    expect(out.split('\n')[0]).toBe('::group::summit-check: drafts/d.md (2 findings)');
    expect(out).toMatch(/^summit-check: draft drafts\/d\.md: 1 error\(s\), 0 warning\(s\), 1 notice\(s\)$/m);
  });

  it('prints only the summary when nothing is found', () => {
    const m = check([{ id: 'x', path: 'x.txt', text: 'Lorem ipsum dolor sit amet.\n' }]);
    expect(renderGithub(m, { findings: [] })).toBe('summit-check: 0 claims: 0 agree, 0 add detail, 0 diverge; 0 error(s), 0 warning(s), 0 notice(s)\n');
  });
});
