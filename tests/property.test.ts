// Properties that hold for any input, checked on random text and on random mutations of real
// reports (sentences dropped, duplicated, swapped between sources, characters inserted): the
// core never throws, its document validates against the published schema, every value points
// at its own text, sentences are well-formed, and no verdict depends on the order of sources.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/check.js';
import { toDocument } from '../src/render/json.js';
import { MAX_SENTENCE, segment } from '../src/segment/index.js';
import type { Matrix, Report } from '../src/types.js';
import { documentProblems } from './snapshots/validate.js';
import { root, seeds } from './e2e/run.js';
// @ts-expect-error: a plain ES module without types
import { corpus } from '../scripts/corpus.mjs';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

// ---------------------------------------------------------------------------------------
// The bases the mutations start from: the seeds, the open evaluation sets, a generated day.

const OPEN_SETS = ['alaska-2025', 'singapore-2018', 'reykjavik-1986', 'bali-2022'];

function readSet(dir: string): Report[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.[^.]+$/, ''), path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

const bases: Report[][] = [];
if (existsSync(seeds)) bases.push(readSet(seeds));
for (const set of OPEN_SETS) if (existsSync(join(root, 'samples', set))) bases.push(readSet(join(root, 'samples', set)));
bases.push((corpus(4, 5) as { id: string; path: string; text: string }[]).map((r) => ({ ...r })));

// ---------------------------------------------------------------------------------------
// Checks shared by the properties.

/** Lines as an editor counts them: CRLF, lone CR and LF each end one. */
const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

/** Problems with a matrix: schema, positions, silent lists. [] when all is well. */
function problems(reports: Report[], m: Matrix): string[] {
  const out = documentProblems(JSON.parse(JSON.stringify(toDocument(m))));
  const byId = new Map(reports.map((r) => [r.id, r]));
  const lines = new Map(reports.map((r) => [r.id, linesOf(r.text)]));
  for (const row of m.rows) {
    for (const v of row.values) {
      const r = byId.get(v.source);
      if (!r) {
        out.push(`${row.key}: value from unknown source ${v.source}`);
        continue;
      }
      if (r.text.slice(v.span.start, v.span.end) !== v.text) out.push(`${row.key}: text is not the span`);
      // every cell points at words: a value read from nowhere is no evidence
      if (!v.text.trim()) out.push(`${row.key}: ${v.source} has an empty span`);
      const line = lines.get(v.source)![v.line - 1];
      const first = v.text.split(/\r\n|\r|\n/)[0]!;
      if (line === undefined || !Array.from(line).slice(v.column - 1).join('').startsWith(first)) out.push(`${row.key}: ${v.source} ${v.line}:${v.column} does not point at "${first}"`);
    }
    const stating = new Set(row.values.map((v) => v.source));
    for (const s of row.silent) if (stating.has(s)) out.push(`${row.key}: ${s} both states it and is silent`);
    if (stating.size + row.silent.length !== reports.length) out.push(`${row.key}: sources stating and silent do not add up`);
  }
  return out;
}

/**
 * A row as the order of sources cannot change it: its type and the evidence it holds. The key
 * of a quote row and the wording of a reason may follow the order; the verdict may not.
 */
function canonical(m: Matrix): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of m.rows) {
    const evidence = row.values.map((v) => `${v.source}@${v.span.start}-${v.span.end}`).sort().join(' ');
    const id = `${row.type} ${evidence}`;
    out.set(id, out.has(id) ? `${out.get(id)} ${row.verdict}` : row.verdict);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Generators.

// words that wake the extractors up, so that random text is not just noise they skip
const WORDS = [
  'the', 'talks', 'lasted', 'met', 'for', 'about', 'nearly', 'more than', 'two', 'three', '2½', '90', 'hours', 'hour', 'minutes',
  'in', 'at', 'Geneva', 'Helsinki', 'Anchorage', 'Alaska', 'Villa', 'Palace', 'on', 'Friday', 'Monday', 'August 15', '1986',
  'President', 'Putin', 'Trump', 'Vladimir', 'Donald', 'Kim Jong Un', 'he', 'she', 'said', 'told', 'reporters', 'according to',
  'aides', 'no', 'not', 'agreement', 'deal', 'was', 'reached', 'joint statement', 'communiqué', 'ceasefire', 'press conference',
  'questions', 'next', 'time', 'Moscow', 'first', 'since', 'discussed', 'Ukraine', 'trade', 'expected', 'hoped', 'denied',
  'proposed', 'had', 'would', 'last', '“', '”', '"', "'", '‘', '’', '«', '»', ',', '.', ';', ':', '—', '–', '-', '(', ')',
  '\n', '\n\n', '\r\n', '\r', '  ', '\t', '#', '*', '**', '_', '`', '[', ']', '|', '>', '<b>', '\u00a0', '\u2028', '😀', '🇺🇸', 'é', 'ß',
];
const wordText = fc.array(fc.constantFrom(...WORDS), { maxLength: 300 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(
  wordText,
  fc.string({ maxLength: 400, unit: 'grapheme' }),
  fc.string({ maxLength: 400, unit: 'binary' }),
  // every UTF-16 unit, lone surrogates included: the core takes any string
  fc.array(fc.integer({ min: 1, max: 0xffff }), { maxLength: 300 }).map((cs) => String.fromCharCode(...cs)),
);

const sentencesOf = (text: string) => text.split(/(?<=[.!?”"])\s+/);

type Op =
  | { kind: 'drop'; src: number; at: number }
  | { kind: 'dup'; src: number; at: number }
  | { kind: 'swap'; src: number; at: number; other: number; otherAt: number }
  | { kind: 'insert'; src: number; at: number; what: string };

const idx = fc.nat({ max: 10_000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), src: idx, at: idx }),
  fc.record({ kind: fc.constant('dup' as const), src: idx, at: idx }),
  fc.record({ kind: fc.constant('swap' as const), src: idx, at: idx, other: idx, otherAt: idx }),
  fc.record({ kind: fc.constant('insert' as const), src: idx, at: idx, what: fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12, unit: 'binary' })) }),
);

function mutate(base: Report[], ops: Op[]): Report[] {
  const sents = base.map((r) => sentencesOf(r.text));
  for (const o of ops) {
    const s = sents[o.src % sents.length]!;
    if (!s.length) continue;
    const i = o.at % s.length;
    if (o.kind === 'drop') s.splice(i, 1);
    else if (o.kind === 'dup') s.splice(i, 0, s[i]!);
    else if (o.kind === 'swap') {
      const t = sents[o.other % sents.length]!;
      if (!t.length) continue;
      const j = o.otherAt % t.length;
      [s[i], t[j]] = [t[j]!, s[i]!];
    } else {
      const at = o.at % (s[i]!.length + 1);
      s[i] = s[i]!.slice(0, at) + o.what + s[i]!.slice(at);
    }
  }
  return base.map((r, k) => ({ ...r, text: sents[k]!.join(' ') }));
}

const mutatedSet = fc.record({ base: fc.constantFrom(...bases), ops: fc.array(op, { maxLength: 10 }) }).map(({ base, ops }) => mutate(base, ops));

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------

describe('segmenting any text', () => {
  it('sentences are in order, inside the text, trimmed, at most MAX_SENTENCE long, and read the clean text', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, md) => {
        const doc = segment({ id: 'r', path: md ? 'r.md' : 'r.txt', text });
        expect(doc.clean.length).toBe(text.length);
        let end = 0;
        doc.sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.start).toBeGreaterThanOrEqual(end);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
          expect(s.text).toBe(doc.clean.slice(s.start, s.end));
          expect(s.text).toBe(s.text.trim());
          end = s.end;
        });
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('a position is the line and the column in characters, whatever the line endings', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '😀', 'é', '\u2028', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.nat(), (pieces, at) => {
        const text = pieces.join('');
        const doc = segment({ id: 'r', path: 'r.txt', text });
        const offset = text.length ? at % text.length : 0;
        // the slow, obvious way: walk the text
        let line = 1;
        let column = 1;
        for (let i = 0; i < offset; i++) {
          const c = text[i]!;
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
            line++;
            column = 1;
          } else if (c === '\r') {
            // the CR of a CRLF: the LF ends the line
            column++;
          } else if (!(c >= '\udc00' && c <= '\udfff')) column++;
        }
        expect(doc.position(offset)).toEqual({ line, column });
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('a line too long for any sentence is cut into pieces that cover it', () => {
    const line = 'the talks lasted two hours and ' + '7'.repeat(5000) + ' and ' + 'x, '.repeat(2000);
    const doc = segment({ id: 'r', path: 'r.txt', text: line });
    expect(doc.sentences.length).toBeGreaterThan(3);
    expect(doc.sentences.every((s) => s.end - s.start <= MAX_SENTENCE)).toBe(true);
    expect(doc.sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
  });
});

describe('checking any reports', () => {
  it('random text never throws and gives a valid document', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 2, maxLength: 4 }), (texts) => {
        const reports = texts.map((text, i) => ({ id: `s${i}`, path: i % 2 ? `s${i}.md` : `s${i}.txt`, text }));
        const m = check(reports);
        expect(problems(reports, m)).toEqual([]);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('mutated reports never throw and give a valid document', () => {
    fc.assert(
      fc.property(mutatedSet, (reports) => {
        expect(problems(reports, check(reports))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('every claim has the same verdict whatever the order of the sources', () => {
    fc.assert(
      fc.property(mutatedSet, fc.nat(), (reports, seed) => {
        const a = canonical(check(reports));
        const b = canonical(check(shuffled(reports, seed)));
        const c = canonical(check([...reports].reverse()));
        expect(Object.fromEntries(b)).toEqual(Object.fromEntries(a));
        expect(Object.fromEntries(c)).toEqual(Object.fromEntries(a));
      }),
      { numRuns: RUNS },
    );
  });

  it('the unmutated bases are order-independent too', () => {
    for (const base of bases) {
      const a = canonical(check(base));
      expect(Object.fromEntries(canonical(check([...base].reverse())))).toEqual(Object.fromEntries(a));
    }
  });
});
