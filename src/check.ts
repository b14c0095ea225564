// The core: reports in, claim matrix out. Pure: no I/O, no clock, no environment.
import type { Claim, Evidence, Matrix, MatrixRow, Report } from './types.js';
import { segment, type Doc } from './segment/index.js';
import { extractors, kinds } from './extract/index.js';
import { align } from './align/index.js';
import { judge } from './judge/index.js';

const MODALITY_WORD = { stated: 'per', expected: 'expected by', hoped: 'hoped by', proposed: 'proposed by', denied: 'denied by' } as const;

/** "yes (per Vladimir Putin)", "Moscow (proposed by Vladimir Putin)", "6–7 h (expected)" */
export function displayOf(claim: Claim): string {
  const base = kinds.get(claim.type)!.display(claim.value);
  // a quote's speaker is part of its value and titles its row: saying it again is noise; an
  // absence the outlet states says "not at the table" in its value already
  if (claim.type === 'quote' && claim.modality === 'stated') return base;
  if (claim.attribution === 'report') return claim.modality === 'stated' || (claim.type === 'meeting.participants' && claim.modality === 'denied') ? base : `${base} (${claim.modality})`;
  return `${base} (${MODALITY_WORD[claim.modality]} ${claim.attribution})`;
}

function evidenceOf(doc: Doc, claim: Claim): Evidence {
  const { line, column } = doc.position(claim.span.start);
  return {
    ...claim,
    source: doc.report.id,
    text: doc.report.text.slice(claim.span.start, claim.span.end),
    line,
    column,
    display: displayOf(claim),
    sentence: doc.sentenceAt(claim.span.start),
  };
}

/** Extract every claim of one report, as evidence that points into it. */
export function claimsOf(doc: Doc): Evidence[] {
  const out: Evidence[] = [];
  for (const x of extractors) for (const c of x.extract(doc)) out.push(evidenceOf(doc, c));
  return out;
}

export function check(reports: readonly Report[]): Matrix {
  const warnings: string[] = [];
  const evidence: Evidence[] = [];
  for (const r of reports) {
    if (!r.text.trim()) {
      warnings.push(`${r.path}: empty report, nothing to compare`);
      continue;
    }
    // one at a time: spreading a huge report's claims into push() overflows the call stack
    for (const e of claimsOf(segment(r))) evidence.push(e);
  }
  const ids = reports.map((r) => r.id);
  const rows: MatrixRow[] = align(evidence).map((row) => {
    const kind = kinds.get(row.type)!;
    const { verdict, reason } = judge(kind, row.evidence);
    const stating = new Set(row.evidence.map((e) => e.source));
    return {
      key: row.key,
      type: row.type,
      label: kind.label,
      verdict,
      reason,
      values: row.evidence,
      silent: ids.filter((id) => !stating.has(id)),
    };
  });
  return { sources: reports.map((r) => ({ id: r.id, path: r.path })), rows, warnings };
}
