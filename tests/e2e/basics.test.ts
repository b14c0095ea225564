import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, seeds } from './run.js';

const seedFiles = [join(seeds, '000_62cd517dc2a3b692.txt'), join(seeds, '001_332f1551bb4bb48b.txt')];
let dir: string;
let a: string;
let b: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'summit-check-'));
  a = join(dir, 'wire.txt');
  b = join(dir, 'daily.md');
  writeFileSync(a, 'The two presidents met in Helsinki on Monday.\nThe talks lasted about two hours.\n');
  writeFileSync(b, '# Summit\n\nThe leaders held **four hours** of talks in Helsinki.\n');
  mkdirSync(join(dir, 'folder'));
});

const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('usage errors: one line on stderr, exit 2, nothing on stdout', () => {
  it.each([
    [['ONLY-ONE'], /need two or more reports/],
    [['--format', 'yaml', 'x', 'y'], /yaml/],
    [['--bogus', 'x', 'y'], /unknown option '--bogus'/],
    [['--fail-on', 'sometimes', 'x', 'y'], /--fail-on sometimes/],
    [['--only', 'maybe', 'x', 'y'], /--only maybe/],
    [['--label', 'noequals', 'x', 'y'], /--label noequals/],
  ])('%j', (args, message) => {
    const r = run(args.map((x) => (x === 'ONLY-ONE' ? a : x)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('input errors name the file and the cause', () => {
  it('a missing file', () => {
    const r = run([a, join(dir, 'nope.txt')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`summit-check: ${join(dir, 'nope.txt')}: no such file\n`);
  });

  it('a directory', () => {
    const r = run([a, join(dir, 'folder')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/folder: is a directory/);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it('with --json, still nothing on stdout', () => {
    const r = run(['--json', a, join(dir, 'nope.txt')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('running on reports', () => {
  it('exits 1 when sources diverge, with the divergence and its evidence in the text', () => {
    const r = run([a, b]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Meeting length/);
    expect(r.stdout).toMatch(/DIVERGE/);
    expect(r.stdout).toMatch(/wire 2:18/);
    expect(r.stdout).toMatch(/daily 3:20/);
    expect(r.stdout).not.toMatch(/\*\*/);
    expect(r.stderr).toBe('');
  });

  it('--fail-on never exits 0 on the same input', () => {
    expect(run(['--fail-on', 'never', a, b]).status).toBe(0);
  });

  it('json is the contract document, positions in the original file', () => {
    const r = run(['--json', a, b]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(['wire', 'daily']);
    const row = doc.claims.find((c: { type: string }) => c.type === 'meeting.duration');
    expect(row.verdict).toBe('diverge');
    const daily = row.values.find((v: { source: string }) => v.source === 'daily');
    expect(daily).toMatchObject({ text: 'four hours', line: 3, column: 20, attribution: 'report', value: { minMinutes: 240, maxMinutes: 240 } });
    expect(doc.summary.diverge).toBeGreaterThanOrEqual(1);
  });

  it('--label names a source and - reads stdin', () => {
    const r = run(['--json', '--label', `${a}=AP`, a, '-'], { input: 'They met for four hours in Helsinki.' });
    const doc = JSON.parse(r.stdout);
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(['AP', 'stdin']);
  });

  it('colour only when asked for or on a terminal', () => {
    expect(run([a, b]).stdout).not.toMatch(/\x1b\[/);
    expect(run([a, b], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(run(['--no-color', a, b], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  // (the seed reports live beside the repository, never in it: see tests/snapshots.test.ts)
  it.skipIf(!existsSync(seeds))('the seeds: three hours only in the second report, six to seven expected by Russian aides', () => {
    const doc = JSON.parse(run(['--json', ...seedFiles]).stdout);
    const get = (t: string) => doc.claims.find((c: { type: string }) => c.type === t);
    expect(get('meeting.duration')).toMatchObject({ verdict: 'adds-detail', silent: ['000_62cd517dc2a3b692'] });
    expect(get('meeting.expected_duration').values[0]).toMatchObject({ value: { minMinutes: 360, maxMinutes: 420 }, attribution: 'Russian aides', modality: 'expected' });
  });
});
