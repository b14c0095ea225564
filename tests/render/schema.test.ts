// The published JSON Schema (schema/summit-check.schema.json) against real documents, and that
// it refuses what the contract rules out.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/check.js';
import { toDocument } from '../../src/render/json.js';
import { CATALOG } from '../../src/render/sarif.js';
import { kinds } from '../../src/extract/index.js';
import { root } from '../e2e/run.js';
import { documentProblems, documentSchema, validDocument, validSarif } from '../snapshots/validate.js';

const goldenDir = join(root, 'tests', 'golden');
const goldens = existsSync(goldenDir) ? readdirSync(goldenDir).filter((f) => f.endsWith('.json')) : [];

// a small document that uses every value shape of the catalog
const value = (type: string, v: unknown) => ({
  key: type,
  type,
  label: type,
  verdict: 'adds-detail',
  reason: 'only a states it',
  values: [{ source: 'a', text: 'span', value: v, display: 'x', attribution: 'report', modality: 'stated', line: 1, column: 1 }],
  silent: ['b'],
});
const full = () => ({
  schemaVersion: 1,
  sources: [
    { id: 'a', path: 'a.txt' },
    { id: 'b', path: 'b.txt' },
  ],
  claims: [
    value('meeting.duration', { minMinutes: 150, maxMinutes: 180, stated: 'nearly 3 h' }),
    value('meeting.expected_duration', { minMinutes: 360, maxMinutes: 420 }),
    value('press.duration', { minMinutes: 12, maxMinutes: 12 }),
    value('meeting.date', { date: '2025-08-15', weekday: 'Friday' }),
    value('meeting.venue', { place: 'Joint Base Elmendorf-Richardson', within: ['Anchorage', 'Alaska'] }),
    value('meeting.participants', ['Vladimir Putin', 'Donald Trump']),
    value('outcome.agreement', 'partial'),
    value('outcome.communique', 'no'),
    value('outcome.ceasefire', 'no'),
    value('press.conference', 'yes'),
    value('press.questions', 'no'),
    value('next_meeting.location', { place: 'Moscow', within: ['Russia'] }),
    value('next_meeting.time', { date: null, weekday: null, text: 'soon' }),
    value('history.first_since', { text: 'first joint press conference since Helsinki in 2018', year: 2018 }),
    value('topics', ['Ukraine', 'sanctions']),
    { ...value('quote', { speaker: 'Vladimir Putin', text: 'We are ready to work on that.' }), key: 'quote:Vladimir Putin:1' },
  ],
  warnings: [],
  summary: { agree: 0, 'adds-detail': 16, diverge: 0 },
});

describe('the JSON schema', () => {
  it('is draft 2020-12 and compiles in ajv strict mode', () => {
    expect(documentSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validDocument).toBe('function');
  });

  it('knows every claim type of the catalog, including next_meeting.time, and every registered kind', () => {
    expect([...documentSchema.$defs.claimType.enum].sort()).toEqual(Object.keys(CATALOG).sort());
    for (const type of kinds.keys()) expect(documentSchema.$defs.claimType.enum).toContain(type);
  });

  it('accepts a document with every value shape of the catalog, and with draft findings', () => {
    expect(documentProblems(full())).toEqual([]);
    const drafted = {
      ...full(),
      draft: 'a',
      findings: [
        {
          severity: 'error',
          kind: 'diverge',
          key: 'meeting.duration',
          type: 'meeting.duration',
          label: 'Meeting length',
          message: 'The draft says 1 h 30 min; the references say 3 h.',
          span: { text: 'ninety minutes', line: 3, column: 5, endLine: 3, endColumn: 19, value: { minMinutes: 90, maxMinutes: 90 }, display: '1 h 30 min' },
          references: [{ source: 'b', text: 'three hours', value: { minMinutes: 180, maxMinutes: 180 }, display: '3 h', attribution: 'report', line: 1, column: 9 }],
        },
        { severity: 'notice', kind: 'omitted', key: 'topics', type: 'topics', label: 'Topics', message: 'left out', span: null, references: [] },
      ],
    };
    expect(documentProblems(drafted)).toEqual([]);
  });

  it('accepts the JSON of the core for real reports', () => {
    const doc = toDocument(
      check([
        { id: 'a', path: 'a.txt', text: 'The talks lasted two hours, shorter than the four hours planned.' },
        { id: 'b', path: 'b.md', text: '# B\n\nThe leaders held five hours of talks.' },
      ]),
    );
    expect(documentProblems(JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });

  it.each(goldens.length ? goldens : ['(none yet)'])('accepts the golden document %s', (name) => {
    if (!goldens.length) return;
    expect(documentProblems(JSON.parse(readFileSync(join(goldenDir, name), 'utf8')))).toEqual([]);
  });

  const broken: [string, (d: ReturnType<typeof full>) => unknown][] = [
    ['no schemaVersion', ({ schemaVersion, ...rest }) => rest],
    ['another schemaVersion', (d) => ({ ...d, schemaVersion: 2 })],
    ['an unknown verdict', (d) => ((d.claims[0]!.verdict = 'maybe'), d)],
    ['an unknown claim type', (d) => ((d.claims[0]!.type = 'meeting.mood'), d)],
    ['a line 0', (d) => ((d.claims[0]!.values[0]!.line = 0), d)],
    ['a column that is not a whole number', (d) => ((d.claims[0]!.values[0]!.column = 1.5), d)],
    ['a duration without maxMinutes', (d) => ((d.claims[0]!.values[0]!.value = { minMinutes: 3 }), d)],
    ['a venue given as a bare string', (d) => ((d.claims[4]!.values[0]!.value = 'Anchorage'), d)],
    ['a date in another format', (d) => ((d.claims[3]!.values[0]!.value = { date: '15/08/2025', weekday: null }), d)],
    ['a misspelt weekday', (d) => ((d.claims[3]!.values[0]!.value = { date: null, weekday: 'friday' }), d)],
    ['an agreement of "maybe"', (d) => ((d.claims[6]!.values[0]!.value = 'maybe'), d)],
    ['a communiqué of "partial"', (d) => ((d.claims[7]!.values[0]!.value = 'partial'), d)],
    ['participants that are not names', (d) => ((d.claims[5]!.values[0]!.value = [1, 2]), d)],
    ['a quote without its text', (d) => ((d.claims[15]!.values[0]!.value = { speaker: 'X' }), d)],
    ['a first-since without year', (d) => ((d.claims[13]!.values[0]!.value = { text: 'first' }), d)],
    ['an unknown modality', (d) => ((d.claims[0]!.values[0]!.modality = 'rumoured'), d)],
    ['a claim without values', (d) => ((d.claims[0]!.values = []), d)],
    ['a summary without diverge', (d) => ({ ...d, summary: { agree: 0, 'adds-detail': 16 } })],
    ['findings without the draft', (d) => ({ ...d, findings: [] })],
    ['a finding of unknown severity', (d) => ({ ...d, draft: 'a', findings: [{ severity: 'fatal', kind: 'diverge', key: 'k', type: 'topics', message: 'm', span: null, references: [] }] })],
  ];
  it.each(broken)('refuses a document with %s', (_name, breakIt) => {
    expect(validDocument(breakIt(full()))).toBe(false);
  });

  it('refuses duplicate claim keys (checked beside the schema)', () => {
    const d = full();
    d.claims[1]!.key = d.claims[0]!.key;
    expect(documentProblems(d)).toEqual(['claim key meeting.duration is not unique']);
  });
});

describe('the SARIF schema check', () => {
  it('refuses logs that are not SARIF 2.1.0', () => {
    const ok = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] };
    expect(validSarif(ok)).toBe(true);
    expect(validSarif({ ...ok, version: '2.0.0' })).toBe(false);
    expect(validSarif({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    expect(validSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 'm' } }] }] })).toBe(false);
    expect(validSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {} }] }] })).toBe(false);
  });
});
