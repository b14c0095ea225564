import { describe, expect, it } from 'vitest';
import { CATALOG, renderSarif, toUri } from '../../src/render/sarif.js';
import { check } from '../../src/check.js';
import { compareDraft, matrixFindings } from '../../src/draft.js';
import { kinds } from '../../src/extract/index.js';
import { documentSchema, sarifProblems, validSarif } from '../snapshots/validate.js';

const wires = [
  { id: 'wire-a', path: 'wires/wire-a.txt', text: 'The talks lasted two hours. The talks had been expected to last four hours.\n' },
  { id: 'wire-b', path: 'wires/wire b#1.txt', text: 'The leaders held five hours of talks.\n' },
];

interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
    columnKind: string;
    artifacts: { location: { uri: string } }[];
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations?: { physicalLocation: { artifactLocation: { uri: string; index: number }; region: Record<string, unknown> } }[];
      relatedLocations?: { id: number; message: { text: string } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const sarif = (s: string) => JSON.parse(s) as Log;

describe('renderSarif', () => {
  it('is a valid SARIF 2.1.0 log, in matrix mode and in draft mode', () => {
    const m = check(wires);
    const matrix = renderSarif(m, { findings: matrixFindings(m, 'adds-detail') });
    expect(sarifProblems(JSON.parse(matrix))).toEqual([]);
    const d = check([{ id: 'draft', path: 'drafts/draft.md', text: '# Draft\n\nThey talked for 45 minutes.\n' }, ...wires]);
    const drafted = renderSarif(d, { findings: compareDraft(d, 'draft').findings, draft: 'draft' });
    expect(sarifProblems(JSON.parse(drafted))).toEqual([]);
    expect(sarif(drafted).version).toBe('2.1.0');
  });

  it('has one rule per claim type of the catalog, the same types as the JSON schema, covering every registered kind', () => {
    const rules = sarif(renderSarif(check(wires), { findings: [] })).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(Object.keys(CATALOG));
    expect(rules.map((r) => r.id).sort()).toEqual([...documentSchema.$defs.claimType.enum].sort());
    for (const type of kinds.keys()) expect(rules.some((r) => r.id === type), type).toBe(true);
    expect(rules.find((r) => r.id === 'next_meeting.time')).toBeDefined();
  });

  it('locates a draft finding at its span, columns in code points, end column exclusive, the references as related locations', () => {
    const d = check([{ id: 'draft', path: 'drafts/draft.md', text: '# Draft\n\n🤝 They talked for 45 minutes.\n' }, ...wires]);
    const log = sarif(renderSarif(d, { findings: compareDraft(d, 'draft').findings, draft: 'draft' }));
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('unicodeCodePoints');
    const error = run.results.find((r) => r.level === 'error')!;
    expect(error.ruleId).toBe('meeting.duration');
    expect(error.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'drafts/draft.md', index: 0 },
      region: { startLine: 3, startColumn: 19, endLine: 3, endColumn: 29, snippet: { text: '45 minutes' } },
    });
    expect(error.relatedLocations!.map((r) => r.message.text)).toEqual(['wire-a: 2 h', 'wire-b: 5 h']);
  });

  it('points a finding without a span (left out by the draft) at the first line of the draft', () => {
    const d = check([{ id: 'draft', path: 'draft.md', text: 'They met in Bern.\n' }, wires[0]!, { ...wires[0]!, id: 'wire-c', path: 'wire-c.txt' }]);
    const log = sarif(renderSarif(d, { findings: compareDraft(d, 'draft').findings, draft: 'draft' }));
    const notes = log.runs[0]!.results.filter((r) => r.level === 'note');
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.locations![0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });

  it('leaves stdin out of the artifacts and its findings without a location, still valid', () => {
    const d = check([{ id: 'stdin', path: '<stdin>', text: 'They talked for 45 minutes.\n' }, ...wires]);
    const out = renderSarif(d, { findings: compareDraft(d, 'stdin').findings, draft: 'stdin' });
    const run = sarif(out).runs[0]!;
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(['wires/wire-a.txt', 'wires/wire%20b%231.txt']);
    expect(run.results.every((r) => r.locations === undefined)).toBe(true);
    expect(validSarif(JSON.parse(out))).toBe(true);
  });

  it('fingerprints what is claimed, not where: moving the span down a line keeps the fingerprint', () => {
    const fp = (text: string) => {
      const d = check([{ id: 'draft', path: 'draft.md', text }, ...wires]);
      return sarif(renderSarif(d, { findings: compareDraft(d, 'draft').findings, draft: 'draft' })).runs[0]!.results.map((r) => r.partialFingerprints);
    };
    expect(fp('They talked for 45 minutes.\n')).toEqual(fp('Intro.\n\nThey talked for 45 minutes.\n'));
    expect(fp('They talked for 45 minutes.\n')).not.toEqual(fp('They talked for 50 minutes.\n'));
  });
});

describe('toUri', () => {
  it('keeps relative paths relative, with forward slashes and each segment percent-encoded', () => {
    expect(toUri('drafts/summit.md')).toBe('drafts/summit.md');
    expect(toUri('./drafts/a b#1?.md')).toBe('drafts/a%20b%231%3F.md');
    expect(toUri('drafts\\win.md')).toBe('drafts/win.md');
    expect(toUri('../shared/seeds/x.txt')).toBe('../shared/seeds/x.txt');
  });

  it('turns absolute paths into file: URIs', () => {
    expect(toUri('/tmp/a b.md')).toBe('file:///tmp/a%20b.md');
  });
});
