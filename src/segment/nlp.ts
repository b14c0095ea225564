// wink-nlp splits sentences without cutting "U.S. President", "Mr. Smith" or "3 p.m. Friday"
// (Intl.Segmenter cuts all three). The model is loaded once, on first use, so that a run that
// never segments (usage errors) does not pay for it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function engine(): Nlp {
  // sentence boundaries need only the tokenizer and 'sbd'; pos and ner would double the cost
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

// wink's document for a text holds several arrays per token: a big report is read in pieces of
// about this many characters, cut at a paragraph break (where a sentence ends anyway), so memory
// stays bounded by the piece, not the report
const PIECE = 1 << 18;

/**
 * Where to end the piece that starts at `from`: the first blank line after PIECE characters,
 * else a line break, else the end of a sentence (a full stop, question or exclamation mark before
 * a space), else a space.
 */
function pieceEnd(text: string, from: number): number {
  const soft = from + PIECE;
  if (soft >= text.length) return text.length;
  const limit = Math.min(text.length, soft + PIECE);
  for (const mark of ['\n\n', '\n']) {
    const at = text.indexOf(mark, soft);
    if (at >= 0 && at < limit) return at + mark.length;
  }
  for (let i = soft; i + 1 < limit; i++) {
    const c = text[i];
    if ((c === '.' || c === '?' || c === '!') && text[i + 1] === ' ') return i + 2;
  }
  const space = text.indexOf(' ', soft);
  return space >= 0 && space < limit ? space + 1 : limit;
}

// wink's tokenizer tries its e-mail and URL patterns from every character of a run without
// spaces, which is quadratic in the run: 20,000 characters of base64 or of a hyphenated string
// cost two seconds. Runs longer than this get a space every RUN characters in the copy wink
// reads (same length, so every offset still holds); no word or sentence is that long.
const RUN = 100;

function breakLongRuns(text: string): string {
  let parts: string[] | undefined;
  let last = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      run = 0;
      continue;
    }
    // never between the halves of a surrogate pair: the break waits for the next character
    if (++run > RUN && (c < 0xd800 || c > 0xdfff)) {
      (parts ??= []).push(text.slice(last, i), ' ');
      last = i + 1;
      run = 0;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Sentence spans of `text`, in order. Token values are located in the text by a forward
 * search, so offsets stay exact whatever spacing wink reports.
 */
export function sentenceSpans(text: string): Span[] {
  if (text.length <= PIECE) return spansOf(breakLongRuns(text), 0);
  const spans: Span[] = [];
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    for (const s of spansOf(breakLongRuns(text.slice(from, to)), from)) spans.push(s);
    from = to;
  }
  return spans;
}

function spansOf(text: string, base: number): Span[] {
  const n = engine();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
    const s = at < 0 ? cursor : at;
    starts[i] = s;
    ends[i] = at < 0 ? cursor : s + v.length;
    cursor = ends[i]!;
  }
  const spans: Span[] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    if (first > last || first >= values.length) return;
    spans.push({ start: base + starts[first]!, end: base + ends[Math.min(last, values.length - 1)]! });
  });
  return spans;
}
