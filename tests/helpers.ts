import { segment, type Doc } from '../src/segment/index.js';
import type { Extractor } from '../src/extract/kind.js';
import type { Claim, ClaimType } from '../src/types.js';

export function docOf(text: string, path = 'report.txt'): Doc {
  return segment({ id: 'r', path, text });
}

/** The claims an extractor finds in a text, optionally of one type. */
export function claimsIn(extractor: Extractor, text: string, type?: ClaimType): Claim[] {
  const all = extractor.extract(docOf(text));
  return type ? all.filter((c) => c.type === type) : all;
}
