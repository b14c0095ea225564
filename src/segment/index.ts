// The text model: a report cut into sentences with exact offsets, and every offset
// convertible to a 1-based line and column in the file as given.
import type { Report, Sentence, Span } from '../types.js';
import { blankMarkdown, isMarkdownPath } from './markdown.js';
import { sentenceSpans } from './nlp.js';
import { indexPeople, type People } from './people.js';

export interface Doc {
  report: Report;
  /** The text as extractors read it: same length as report.text, Markdown blanked, CR folded. */
  clean: string;
  sentences: Sentence[];
  people: People;
  /** 1-based line and column (in characters) of an offset into report.text. */
  position(offset: number): { line: number; column: number };
  /** The sentence that holds an offset. */
  sentenceAt(offset: number): Sentence;
}

/** Offsets at which lines start; CRLF, lone CR and LF each end a line. */
function lineStarts(text: string): Int32Array {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Int32Array.from(starts);
}

const CHECKPOINT = 256;

/**
 * 1-based column of `offset` on the line starting at `lineStart`, in characters (not UTF-16
 * units, as editors and annotations count). Counting from the line start for every claim would
 * be quadratic on one huge line, so low surrogates are counted once, with a checkpoint every
 * 256 units; a query then scans at most one block.
 */
function columns(text: string): (lineStart: number, offset: number) => number {
  if (!/[\udc00-\udfff]/.test(text)) return (lineStart, offset) => offset - lineStart + 1;
  const before = new Uint32Array(Math.floor(text.length / CHECKPOINT) + 1);
  let n = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i % CHECKPOINT === 0) before[i / CHECKPOINT] = n;
    const c = text.charCodeAt(i); // NaN past the end: counts nothing
    if (c >= 0xdc00 && c <= 0xdfff) n++;
  }
  const lows = (at: number): number => {
    const block = Math.floor(at / CHECKPOINT);
    let k = before[block]!;
    for (let i = block * CHECKPOINT; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) k++;
    }
    return k;
  };
  return (lineStart, offset) => offset - lineStart - (lows(offset) - lows(lineStart)) + 1;
}

function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where sentences must break whatever the tokenizer thinks: blank lines always; single line
 * breaks too unless the text is hard-wrapped prose (then a line break is only layout).
 */
function blockBreaks(clean: string): number[] {
  const lines = clean.split('\n');
  let wrapped = 0;
  let long = 0;
  for (const l of lines) {
    const t = l.trimEnd();
    if (t.length >= 40) {
      long++;
      if (t.length <= 100 && !/[.!?:"”’)\]]$/.test(t)) wrapped++;
    }
  }
  const hardWrapped = long >= 4 && wrapped / long > 0.5;
  const breaks: number[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    offset += line.length + 1;
    if (next === undefined) break;
    const blankAround = line.trim() === '' || next.trim() === '';
    if (!hardWrapped || blankAround) breaks.push(offset);
  }
  return breaks;
}

/**
 * A "sentence" longer than this is not prose the tokenizer could split (a scraped table, a
 * page with no full stops, a 2 MB line): it is cut into pieces of at most this many
 * characters, so that every per-sentence pass of every extractor stays linear in the report.
 */
export const MAX_SENTENCE = 1500;

/** Where to cut an overlong span: after the last clause mark in its tail, else at a space. */
function cutPoint(text: string, start: number, limit: number): number {
  const end = start + limit;
  const floor = start + (limit >> 1);
  let space = -1;
  for (let i = end; i > floor; i--) {
    const c = text[i - 1]!;
    if (c === ';' || c === '.' || c === '!' || c === '?' || c === ',') return i;
    if (space < 0 && (c === ' ' || c === '\t' || c === '\n')) space = i;
  }
  if (space > 0) return space;
  // no break at all (a run of digits): a hard cut, never between the halves of a surrogate pair
  const c = text.charCodeAt(end);
  return c >= 0xdc00 && c <= 0xdfff ? end - 1 : end;
}

function pushPieces(text: string, start: number, end: number, out: Sentence[]): void {
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, MAX_SENTENCE);
    const piece = trimSpan(text, start, cut);
    if (piece) out.push({ ...piece, index: out.length, text: text.slice(piece.start, piece.end) });
    start = cut;
  }
  const piece = trimSpan(text, start, end);
  if (piece) out.push({ ...piece, index: out.length, text: text.slice(piece.start, piece.end) });
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * The tokenizer ends a sentence after a lone capital initial when another initial follows
 * ("the DPRK-U." | "S. summit", "M." | "S. Gorbachev"): such pieces are one sentence.
 */
function joinInitials(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && /(?:^|[\s(-])[A-Z]\.$/.test(text.slice(Math.max(prev.start, prev.end - 3), prev.end)) && /^\s*[A-Z]\.(?:[A-Z]\.)*[\s,-]/.test(text.slice(prev.end, Math.min(s.end, prev.end + 12)))) {
      prev.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

/**
 * And it reads a lone capital before a full stop as an initial even when a quotation opens
 * after it: "… gave his account on X. “Good meeting,” he wrote" is two sentences, as no name
 * goes on with a quotation mark after its initial.
 */
const QUOTE_AFTER_CAPITAL_G = /(?<=\s[A-Z]\.)[ \t]+(?=["“‘«])/g;
function splitAtQuotes(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let start = s.start;
    const inner = text.slice(s.start, s.end);
    if (inner.includes('. ')) {
      for (const m of inner.matchAll(QUOTE_AFTER_CAPITAL_G)) {
        out.push({ start, end: s.start + m.index! });
        start = s.start + m.index! + m[0].length;
      }
    }
    out.push({ start, end: s.end });
  }
  return out;
}

export function segment(report: Report): Doc {
  const text = report.text;
  let clean = isMarkdownPath(report.path) ? blankMarkdown(text) : text;
  // one line break per line end, so the tokenizer and the block rule see the same lines
  clean = clean.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'));

  const breaks = blockBreaks(clean);
  const sentences: Sentence[] = [];
  let b = 0;
  for (const s of splitAtQuotes(clean, joinInitials(clean, sentenceSpans(clean)))) {
    let start = s.start;
    while (b < breaks.length && breaks[b]! <= start) b++;
    let k = b;
    while (k < breaks.length && breaks[k]! < s.end) {
      pushPieces(clean, start, breaks[k]!, sentences);
      start = breaks[k]!;
      k++;
    }
    pushPieces(clean, start, s.end, sentences);
  }

  const starts = lineStarts(text);
  const columnOf = columns(text);
  const sentenceStarts = Int32Array.from(sentences.map((s) => s.start));
  const doc: Doc = {
    report,
    clean,
    sentences,
    people: undefined as unknown as People,
    position(offset) {
      const i = upperBound(starts, offset) - 1;
      return { line: i + 1, column: columnOf(starts[i]!, offset) };
    },
    sentenceAt(offset) {
      const i = Math.max(0, upperBound(sentenceStarts, offset) - 1);
      return sentences[i]!;
    },
  };
  doc.people = indexPeople(doc);
  return doc;
}
