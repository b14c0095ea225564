// The JSON document of the contract (schemaVersion 1): stable field names, nothing else on stdout.
import type { Matrix, Verdict } from '../types.js';

export const SCHEMA_VERSION = 1;

export function toDocument(matrix: Matrix) {
  const summary: Record<Verdict, number> = { agree: 0, 'adds-detail': 0, diverge: 0 };
  for (const r of matrix.rows) summary[r.verdict]++;
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: matrix.sources.map((s) => ({ id: s.id, path: s.path })),
    claims: matrix.rows.map((r) => ({
      key: r.key,
      type: r.type,
      label: r.label,
      verdict: r.verdict,
      reason: r.reason,
      values: r.values.map((v) => ({
        source: v.source,
        text: v.text,
        value: v.value,
        display: v.display,
        attribution: v.attribution,
        modality: v.modality,
        line: v.line,
        column: v.column,
      })),
      silent: r.silent,
    })),
    warnings: matrix.warnings,
    summary,
  };
}

export function renderJson(matrix: Matrix): string {
  return JSON.stringify(toDocument(matrix), null, 2) + '\n';
}
