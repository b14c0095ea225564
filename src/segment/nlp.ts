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

/**
 * Sentence spans of `text`, in order. Token values are located in the text by a forward
 * search, so offsets stay exact whatever spacing wink reports.
 */
export function sentenceSpans(text: string): Span[] {
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
    spans.push({ start: starts[first]!, end: ends[Math.min(last, values.length - 1)]! });
  });
  return spans;
}
