// Golden tests: the whole JSON document for each bundled evaluation set, byte for byte.
// After a deliberate change in extraction, regenerate with UPDATE_GOLDEN=1 and review the diff.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { check } from '../src/check.js';
import { renderJson } from '../src/render/json.js';
import { decode } from '../src/load/index.js';
import { root } from './e2e/run.js';

const all = readdirSync(join(root, 'samples')).filter((d) => existsSync(join(root, 'samples', d, 'gold.json'))).sort();
// the held-out and validation sets are only scored: no golden output of them is kept or read
const listed = (file: string) =>
  existsSync(join(root, 'samples', file)) ? readFileSync(join(root, 'samples', file), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean) : [];
const unread = new Set([...listed('held-out.txt'), ...listed('validation.txt')]);
const sets = all.filter((d) => !unread.has(d));

describe('gold files of the evaluation sets', () => {
  it.each(all)('%s is annotated by the rules (scripts/check-gold.mjs)', async (set) => {
    // @ts-expect-error: a plain ES module script without type declarations
    const { checkSet } = await import('../scripts/check-gold.mjs');
    expect(checkSet(join(root, 'samples', set))).toEqual([]);
  });
});

const probeFiles = existsSync(join(root, 'probes')) ? readdirSync(join(root, 'probes')).filter((f) => f.endsWith('.json')).sort() : [];

describe('probe files (scripts/probe.mjs)', () => {
  it.each(probeFiles)('%s is annotated by the rules', async (file) => {
    // @ts-expect-error: a plain ES module script without type declarations
    const { checkProbes } = await import('../scripts/check-gold.mjs');
    expect(checkProbes(join(root, 'probes', file))).toEqual([]);
  });

  it.each([
    ['Xi Jinping', 'Xi', true],
    ['Moon Jae-in', 'President Moon', true],
    ['Mikhail Gorbachev', 'M. S. Gorbachev', true],
    ['Andrés Manuel López Obrador', 'Manuel Lopez Obrador', true],
    ['Raisa Gorbachev', 'M. S. Gorbachev', false],
    ['Kim Jong Un', 'Kim Yo Jong', false],
    ['Vladimir Putin', 'Sergei Lavrov', false],
  ])('a quote probe takes %s and %s for one speaker: %s', async (expected, said, same) => {
    // @ts-expect-error: a plain ES module script without type declarations
    const { sameSpeaker } = await import('../scripts/scoring.mjs');
    expect(sameSpeaker(expected, said)).toBe(same);
  });

  // a check probe measures whether a change carries over only if it is about a meeting the
  // study probes never showed
  it.each([...new Set(probeFiles.map((f) => f.split('.')[0]))])('%s: study and check probes are about different meetings', (family) => {
    const meetings = (split: string) => {
      const path = join(root, 'probes', `${family}.${split}.json`);
      const cases: { meeting: string }[] = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).cases : [];
      return new Set(cases.map((c) => c.meeting.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()));
    };
    const study = meetings('study');
    expect([...meetings('check')].filter((m) => study.has(m))).toEqual([]);
  });
});

describe('golden JSON of the sample sets', () => {
  it('has sample sets to check', () => {
    expect(sets.length).toBeGreaterThanOrEqual(2);
  });

  it.each(sets)('%s', (set) => {
    const dir = join('samples', set);
    const files = readdirSync(join(root, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
    const reports = files.map((f) => ({ id: basename(f, extname(f)), path: join(dir, f), text: decode(readFileSync(join(root, dir, f)), f).text }));
    const json = renderJson(check(reports));
    const golden = join(root, 'tests', 'golden', `${set}.json`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, json);
    expect(existsSync(golden), `no golden file ${golden}: run UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`).toBe(true);
    expect(json).toBe(readFileSync(golden, 'utf8'));
  });
});
