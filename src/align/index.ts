// Alignment: which claims of different sources speak of the same thing. Claims are blocked by
// type first (and families such as quotes block further, by speaker), so nothing is ever
// compared across the whole corpus pairwise.
import type { ClaimType, Evidence } from '../types.js';
import { kinds, typeOrder } from '../extract/index.js';

export interface AlignedRow {
  key: string;
  type: ClaimType;
  evidence: Evidence[];
}

export function align(evidence: Evidence[]): AlignedRow[] {
  const byType = new Map<ClaimType, Evidence[]>();
  for (const e of evidence) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  const rows: AlignedRow[] = [];
  for (const type of typeOrder) {
    const list = byType.get(type);
    if (!list) continue;
    const kind = kinds.get(type)!;
    if (kind.rows) {
      // families that cluster (quotes) see their evidence in one canonical order, so the rows
      // do not depend on the order the sources were given in; each row then lists its
      // evidence in source order again
      const order = new Map(list.map((e, i) => [e, i]));
      const canonical = [...list].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.span.start - b.span.start));
      for (const r of kind.rows(canonical)) rows.push({ key: r.key, type, evidence: [...r.evidence].sort((a, b) => order.get(a)! - order.get(b)!) });
    }
    else rows.push({ key: type, type, evidence: list });
  }
  return rows;
}
