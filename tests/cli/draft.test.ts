// The CLI in-process: main(argv, io) with a fake stdout and stderr, its exit status returned.
// Drafts and wires are written for these tests; the seed reports are read where they live
// (../shared/seeds), never copied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { kinds } from '../../src/extract/index.js';
import { seeds } from '../e2e/run.js';
import { githubProblems } from '../snapshots/validate.js';

interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], stdin = ''): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: (async function* () {
      if (stdin) yield stdin;
    })(),
    env: {},
  });
  return { status, stdout, stderr };
}

let dir = '';
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'summit-check-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// the lines of the annotations at one level, optionally of one claim (other families may add their own)
const annotations = (out: string, level: string, label?: string) =>
  out
    .split('\n')
    .filter((l) => l.startsWith(`::${level} `) && (!label || l.includes(`title=summit-check%3A ${label}%3A`)))
    .map((l) => Number(l.match(/,line=(\d+)/)?.[1] ?? 0));

const seedA = join(seeds, '000_62cd517dc2a3b692.txt');
const seedB = join(seeds, '001_332f1551bb4bb48b.txt');

describe.skipIf(!existsSync(seeds))('draft against the seed reports', () => {
  // each line that says something the seeds contradict, for the claim types that are registered
  const contradictions: { line: number; text: string; type: string }[] = [
    { line: 5, text: 'The presidents talked for ninety minutes, then faced the press together.', type: 'meeting.duration' },
    { line: 7, text: 'The two delegations signed a joint communiqué at the end of the day.', type: 'outcome.communique' },
  ];
  const draft = [
    '# Trump and Putin meet in Alaska',
    '',
    'Donald Trump and Vladimir Putin met in Anchorage, Alaska, on Friday.',
    '',
    contradictions[0]!.text,
    '',
    contradictions[1]!.text,
    '',
    'Putin said he would like the next meeting to be held in Moscow.',
    '',
  ].join('\n');

  it('fails, with an ::error on exactly the draft lines that contradict the seeds', async () => {
    const p = file('contradicting.md', draft);
    const r = await cli(['--format', 'github', '--draft', p, seedA, seedB]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(githubProblems(r.stdout)).toEqual([]);
    const expected = contradictions.filter((c) => kinds.has(c.type as never)).map((c) => c.line);
    expect(expected.length).toBeGreaterThan(0);
    expect([...new Set(annotations(r.stdout, 'error'))].sort()).toEqual(expected);
    for (const l of r.stdout.split('\n').filter((x) => x.startsWith('::error '))) expect(l).toContain(`file=${p.replace(/:/g, '%3A').replace(/,/g, '%2C')},`);
  });

  it('passes with exit 0 for a draft faithful to the seeds', async () => {
    const p = file(
      'faithful.md',
      [
        '# Putin and Trump end their Alaska summit',
        '',
        'Vladimir Putin and Donald Trump met for about three hours on Friday at a military base in Anchorage.',
        '',
        'Russian officials had expected the talks to go on for six to seven hours.',
        '',
        'The two leaders appeared before the press together but took no questions, and no joint communiqué was issued.',
        '',
      ].join('\n'),
    );
    const r = await cli(['--format', 'github', '--draft', p, seedA, seedB]);
    expect(annotations(r.stdout, 'error')).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('keeps the exit status with --quiet, showing only what fails', async () => {
    const p = file('contradicting-quiet.md', draft);
    const loud = await cli(['--format', 'github', '--draft', p, seedA, seedB]);
    const quiet = await cli(['--format', 'github', '--quiet', '--draft', p, seedA, seedB]);
    expect(quiet.status).toBe(loud.status);
    expect(annotations(quiet.stdout, 'error')).toEqual(annotations(loud.stdout, 'error'));
    expect(annotations(quiet.stdout, 'warning')).toEqual([]);
    expect(annotations(quiet.stdout, 'notice')).toEqual([]);
  });

  it('exits 0 with --fail-on never, still showing the errors', async () => {
    const p = file('contradicting-never.md', draft);
    const r = await cli(['--format', 'github', '--fail-on', 'never', '--draft', p, seedA, seedB]);
    expect(r.status).toBe(0);
    expect(annotations(r.stdout, 'error').length).toBeGreaterThan(0);
  });
});

describe('draft mode exit status and findings', () => {
  const wireA = () => file('wire-a.txt', 'OSLO - The presidents of Kervia and Lumen met for three hours in Oslo on Thursday.\n');
  const wireB = () => file('wire-b.txt', "Oslo, Thursday - Kervia's and Lumen's presidents held three hours of talks.\n");

  it('warns on what no reference supports: exit 0 by default, 1 with --fail-on adds-detail', async () => {
    const p = file('extra.md', 'The presidents met in Oslo.\n\nThe two then talked for 40 minutes.\n');
    const refs = [file('w1.txt', 'The presidents met in Oslo on Thursday.\n'), file('w2.txt', 'Talks were held in the Norwegian capital.\n')];
    const normal = await cli(['--format', 'github', '--draft', p, ...refs]);
    expect(normal.status).toBe(0);
    expect(annotations(normal.stdout, 'warning', 'Meeting length')).toEqual([3]);
    const strict = await cli(['--format', 'github', '--fail-on', 'adds-detail', '--draft', p, ...refs]);
    expect(strict.status).toBe(1);
    const quiet = await cli(['--format', 'github', '--quiet', '--draft', p, ...refs]);
    expect(quiet.status).toBe(0);
    expect(annotations(quiet.stdout, 'warning')).toEqual([]);
  });

  it('does not fail the draft for references that disagree among themselves, even with --fail-on adds-detail', async () => {
    const a = file('dispute-a.txt', 'The talks lasted two hours.\n');
    const b = file('dispute-b.txt', 'The leaders held five hours of talks.\n');
    const p = file('neutral.md', 'The leaders met on Thursday.\n');
    const r = await cli(['--json', '--fail-on', 'adds-detail', '--draft', p, a, b]);
    const findings: { severity: string; kind: string; type: string }[] = JSON.parse(r.stdout).findings;
    expect(findings.filter((f) => f.type === 'meeting.duration')).toMatchObject([{ severity: 'notice', kind: 'contested' }]);
    // whatever other families find in these lines, the dispute itself adds nothing to the status
    expect(r.status).toBe(findings.some((f) => f.severity !== 'notice') ? 1 : 0);
    const gh = await cli(['--format', 'github', '--draft', p, a, b]);
    expect(gh.stdout).toMatch(/^::notice file=[^\n]*title=summit-check%3A Meeting length%3A the references disagree::/m);
    // the same reports compared as a matrix do diverge
    expect((await cli([p, a, b])).status).toBe(1);
  });

  it('does not hold against the draft a reference\'s second reading that its own words set aside', async () => {
    // the weekly gives the length in its own words and an official's figure beside it; the
    // matrix reads the weekly by its own words, and so does the draft check
    const weekly = file('aside-weekly.txt', 'The leaders talked for two hours on Thursday. Officials had said the talks lasted five hours.\n');
    const wire = file('aside-wire.txt', 'The two leaders held two hours of talks.\n');
    const matrix = JSON.parse((await cli(['--json', weekly, wire])).stdout);
    const length = matrix.claims.find((c: { type: string }) => c.type === 'meeting.duration');
    expect(length).toMatchObject({ verdict: 'agree' });
    expect(length.reason).toMatch(/set aside as another reading: aside-weekly: 5 h \(per Officials\)|set aside as another reading: aside-weekly: 5 h/);
    const p = file('aside-draft.md', 'The talks lasted two hours.\n');
    const r = await cli(['--json', '--draft', p, weekly, wire]);
    const findings: { severity: string; type: string }[] = JSON.parse(r.stdout).findings;
    expect(findings.filter((f) => f.type === 'meeting.duration' && f.severity !== 'notice')).toEqual([]);
    // a draft that takes the set-aside figure is against both references' own words
    const q = file('aside-five.md', 'The talks lasted five hours.\n');
    const five = JSON.parse((await cli(['--json', '--draft', q, weekly, wire])).stdout).findings;
    expect(five.filter((f: { type: string; severity: string }) => f.type === 'meeting.duration' && f.severity === 'error')).toHaveLength(1);
  });

  it('notes a claim both references make that the draft leaves out, as a notice without a line', async () => {
    const p = file('short.md', 'The presidents met in Oslo on Thursday.\n');
    const r = await cli(['--format', 'github', '--draft', p, wireA(), wireB()]);
    expect(r.status).toBe(0);
    const notice = r.stdout.split('\n').find((l) => l.startsWith('::notice ') && l.includes('Meeting length'))!;
    expect(notice).toMatch(/^::notice file=[^,]+,title=summit-check%3A Meeting length%3A left out::The draft leaves out meeting length/);
  });

  it('points at the right line and column in a Markdown draft with front matter, CRLF line ends and wide characters', async () => {
    const text = ['---', 'title: Oslo', '---', '', '## 🇳🇴 Oslo talks', '', '🤝 The presidents talked for 45 minutes.', ''].join('\r\n');
    const p = file('crlf.md', text);
    const r = await cli(['--format', 'json', '--draft', p, wireA(), wireB()]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    const err = doc.findings.find((f: { severity: string }) => f.severity === 'error');
    expect(err.span).toMatchObject({ text: '45 minutes', line: 7, column: 29, endLine: 7, endColumn: 39 });
    expect(err.references.map((x: { source: string }) => x.source)).toEqual(['wire-a', 'wire-b']);
  });

  it('reads the draft from stdin with --draft -, naming no file in its annotations', async () => {
    const r = await cli(['--format', 'github', '--draft', '-', wireA(), wireB()], 'The presidents talked for 45 minutes.\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=summit-check%3A Meeting length%3A diverges from the references::The draft says 45 min/m);
  });

  it('keeps the draft its own id when a reference has the same file name', async () => {
    const sub = join(dir, 'sub');
    (await import('node:fs')).mkdirSync(sub, { recursive: true });
    const p = file('story.md', 'They met for three hours.\n');
    const ref = join(sub, 'story.txt');
    writeFileSync(ref, 'The presidents met for three hours.\n');
    const r = await cli(['--json', '--draft', p, ref, wireB()]);
    const doc = JSON.parse(r.stdout);
    expect(doc.draft).toBe('story');
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(['story', 'story-2', 'wire-b']);
    expect(doc.findings).toEqual([]);
  });

  it('adds findings to the JSON document only in draft mode', async () => {
    const plain = JSON.parse((await cli(['--json', wireA(), wireB()])).stdout);
    expect(plain).not.toHaveProperty('findings');
    expect(plain).not.toHaveProperty('draft');
    const p = file('json-draft.md', 'They talked for 45 minutes.\n');
    const drafted = JSON.parse((await cli(['--json', '--draft', p, wireA(), wireB()])).stdout);
    expect(drafted.findings[0]).toMatchObject({ severity: 'error', kind: 'diverge', key: 'meeting.duration', span: { line: 1, column: 17 } });
  });

  it('shows the findings above the matrix in text output', async () => {
    const p = file('text-draft.md', 'They talked for 45 minutes.\n');
    const r = await cli(['--no-color', '--draft', p, wireA(), wireB()]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^draft .*text-draft\.md: 1 error\(s\), \d+ warning\(s\), \d+ notice\(s\)$/);
    expect(r.stdout).toMatch(/^ {2}error {3}1:17 {4}Meeting length$/m);
    expect(r.stdout).toContain('claim ');
  });
});

describe('usage', () => {
  it('needs a reference besides the draft', async () => {
    const p = file('alone.md', 'x\n');
    const r = await cli(['--draft', p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^summit-check: --draft needs one or more reference reports/);
    expect(r.stdout).toBe('');
  });

  it('names a draft that cannot be read, in one line', async () => {
    const r = await cli(['--draft', join(dir, 'missing.md'), join(dir, 'wire-a.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`summit-check: ${join(dir, 'missing.md')}: no such file\n`);
  });

  it('refuses an unknown format and lists the formats in --help', async () => {
    const r = await cli(['--format', 'yaml', 'a', 'b']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/yaml/);
    const help = await cli(['--help']);
    expect(help.status).toBe(0);
    for (const f of ['text', 'json', 'markdown', 'github', 'sarif']) expect(help.stdout).toContain(`"${f}"`);
    expect(help.stdout).toContain('--draft <file>');
    expect(help.stdout).toContain('--quiet');
  });
});

describe('matrix mode', () => {
  it('--quiet hides the rows that do not fail, leaving the exit status alone', async () => {
    const a = file('m-a.txt', 'The talks lasted two hours. The talks had been expected to last four hours.\n');
    const b = file('m-b.txt', 'The leaders held five hours of talks.\n');
    const loud = await cli(['--json', a, b]);
    const quiet = await cli(['--json', '--quiet', a, b]);
    expect(quiet.status).toBe(loud.status);
    expect(JSON.parse(loud.stdout).claims.map((c: { verdict: string }) => c.verdict)).toEqual(['diverge', 'adds-detail']);
    expect(JSON.parse(quiet.stdout).claims.map((c: { verdict: string }) => c.verdict)).toEqual(['diverge']);
  });

  it('annotates both sides of a divergence, grouped per file', async () => {
    const a = file('g-a.txt', 'Intro.\nThe talks lasted two hours.\n');
    const b = file('g-b.txt', 'The leaders held five hours of talks.\n');
    const r = await cli(['--format', 'github', a, b]);
    expect(r.status).toBe(1);
    expect(githubProblems(r.stdout)).toEqual([]);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`::group::summit-check: ${a} (1 finding)`);
    expect(lines[1]).toMatch(/^::error file=[^,]*g-a\.txt,line=2,col=18,title=/);
    expect(lines[3]).toBe(`::group::summit-check: ${b} (1 finding)`);
    expect(lines[4]).toMatch(/^::error file=[^,]*g-b\.txt,line=1,col=18,title=/);
  });
});
