// Where two wordings of one remark part: a word-level diff for quote rows that diverge. The
// fullest wording of the first source is the base; each other wording is shown against it,
// words it drops struck through (or [-…-]) and words it adds underlined (or {+…+}).
import type { ChalkInstance } from 'chalk';
import { diffWords } from 'diff';
import type { MatrixRow } from '../types.js';

interface Piece {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/** Quote-mark and dash style are not wording: both sides are compared in one style. */
const plainMarks = (s: string) =>
  s.replace(/\s+/g, ' ').replace(/[’‘`´]/g, "'").replace(/[“”«»]/g, '"').replace(/ ?[—–] ?| -- /g, ' — ').trim();

/** The word diff from `base` to `other`, as pieces of text. */
export function wordDiff(base: string, other: string): Piece[] {
  const out: Piece[] = [];
  for (const part of diffWords(plainMarks(base), plainMarks(other), { ignoreCase: true })) {
    out.push({ text: part.value, kind: part.added ? 'added' : part.removed ? 'removed' : 'same' });
  }
  return out;
}

function mark(c: ChalkInstance, p: Piece, word: string): string {
  if (p.kind === 'same') return word;
  if (c.level > 0) return p.kind === 'removed' ? c.red.strikethrough(word) : c.green.underline(word);
  return p.kind === 'removed' ? `[-${word}-]` : `{+${word}+}`;
}

/**
 * Wrap pieces to `width` visible characters. A word is what lies between spaces, so a changed
 * word and the punctuation after it ("{+ensured+}.") stay together.
 */
function wrapPieces(pieces: Piece[], width: number, c: ChalkInstance): string[] {
  const words: { shown: string; size: number }[] = [];
  let shown = '';
  let size = 0;
  const endWord = () => {
    if (size) words.push({ shown, size });
    shown = '';
    size = 0;
  };
  for (const p of pieces) {
    for (const token of p.text.split(/(\s+)/)) {
      if (!token) continue;
      if (/^\s/.test(token)) {
        endWord();
        continue;
      }
      shown += mark(c, p, token);
      size += [...token].length + (c.level > 0 || p.kind === 'same' ? 0 : 4);
    }
  }
  endWord();
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const w of words) {
    if (used && used + 1 + w.size > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += (used ? ' ' : '') + w.shown;
    used += (used ? 1 : 0) + w.size;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The lines to print under a diverging quote row: for each wording that differs from the
 * first source's, "source → source:" and the word diff. Nothing when the words are the same
 * (a row that diverges only by attribution).
 */
export function wordingLines(row: MatrixRow, c: ChalkInstance, width: number): string[] {
  if (row.type !== 'quote' || row.verdict !== 'diverge') return [];
  const fullest = new Map<string, string>();
  for (const v of row.values) {
    const text = (v.value as { text?: string }).text;
    if (typeof text !== 'string') continue;
    const had = fullest.get(v.source);
    if (had === undefined || text.length > had.length) fullest.set(v.source, text);
  }
  const [baseSource, base] = [...fullest][0] ?? [];
  if (baseSource === undefined || base === undefined) return [];
  const out: string[] = [];
  const shown = new Set<string>([plainMarks(base).toLowerCase()]);
  for (const [source, text] of fullest) {
    const key = plainMarks(text).toLowerCase();
    if (shown.has(key)) continue;
    shown.add(key);
    const pieces = wordDiff(base, text);
    if (pieces.every((p) => p.kind === 'same')) continue;
    out.push(c.dim(`    wording ${baseSource} → ${source}:`));
    for (const l of wrapPieces(pieces, Math.max(20, width - 6), c)) out.push(`      ${l}`);
  }
  return out;
}
