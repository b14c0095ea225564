// Judging a row: compare the distinct values (not every pair of sources, which would be
// quadratic in a day's coverage) and name the sources behind each side in the reason.
import type { Evidence, Verdict } from '../types.js';
import type { ClaimKind } from '../extract/kind.js';

export interface Judgement {
  verdict: Verdict;
  reason: string;
}

interface Distinct {
  value: unknown;
  evidence: Evidence[];
}

/** "ap, reuters" — or, for a day's coverage, "ap, reuters, tass and 9 more" */
export function listSources(ids: Iterable<string>, max = 4): string {
  const all = [...new Set(ids)];
  return all.length <= max ? all.join(', ') : `${all.slice(0, max - 1).join(', ')} and ${all.length - max + 1} more`;
}

const who = (d: Distinct) => listSources(d.evidence.map((e) => e.source));
const say = (d: Distinct) => `${who(d)}: ${d.evidence[0]!.display}`;

function distinctOf(kind: ClaimKind, evidence: Evidence[]): Map<string, Distinct> {
  const distinct = new Map<string, Distinct>();
  for (const e of evidence) {
    const id = kind.identity(e.value);
    const d = distinct.get(id);
    if (d) d.evidence.push(e);
    else distinct.set(id, { value: e.value, evidence: [e] });
  }
  return distinct;
}

/**
 * What each source is read as saying. Two sources diverge when they cannot both be right; a
 * source that gives two values that cannot both be right (the talks' length and, a paragraph
 * later, the whole visit's) can still be right with the others by one of them. So such a source
 * is read by the values the most other sources bear out, and the rest are set aside (still shown
 * in the row, and named in its reason). When no other source bears out any of them, the source
 * keeps them all: it contradicts itself.
 */
function readings(kind: ClaimKind, evidence: Evidence[], relate: ClaimKind['relate']): { kept: Evidence[]; aside: Evidence[] } {
  const bySource = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const own = bySource.get(e.source);
    if (own) own.push(e);
    else bySource.set(e.source, [e]);
  }
  if (bySource.size < 2 || !kind.oneFact) return { kept: evidence, aside: [] };
  const distinct = [...distinctOf(kind, evidence).entries()];
  // the sources each distinct value is compatible with (distinct values are few, so their
  // pairs are cheap even when sources are many)
  const bearing = new Map<string, Set<string>>();
  for (const [id, d] of distinct) {
    const with_ = new Set<string>();
    for (const [, o] of distinct) if (o === d || relate(d.value, o.value) !== 'conflict') for (const e of o.evidence) with_.add(e.source);
    bearing.set(id, with_);
  }
  const kept: Evidence[] = [];
  const aside: Evidence[] = [];
  for (const [source, own] of bySource) {
    const ids = own.map((e) => kind.identity(e.value));
    const torn = ids.some((a, i) => ids.some((b, j) => j > i && a !== b && relate(own[i]!.value, own[j]!.value) === 'conflict'));
    if (!torn) {
      kept.push(...own);
      continue;
    }
    const support = ids.map((id) => bearing.get(id)!.size - 1);
    const best = Math.max(...support);
    own.forEach((e, i) => (best > 0 && support[i]! < best ? aside : kept).push(e));
  }
  return { kept, aside };
}

export function judge(kind: ClaimKind, all: Evidence[]): Judgement {
  const own = kind.judge?.(all);
  if (own) return own;
  const relate = kind.relateAmong?.(all.map((e) => e.value)) ?? kind.relate;
  const { kept: evidence, aside } = readings(kind, all, relate);
  const judgement = judgeReadings(kind, evidence, relate);
  if (!aside.length) return judgement;
  const setAside = [...distinctOf(kind, aside).values()].map((d) => `${who(d)} also gives ${d.evidence[0]!.display}`).join('; ');
  return { ...judgement, reason: `${judgement.reason} (${setAside}, which no other source bears out)` };
}

function judgeReadings(kind: ClaimKind, evidence: Evidence[], relate: ClaimKind['relate']): Judgement {
  const values = [...distinctOf(kind, evidence).values()];
  const sources = new Set(evidence.map((e) => e.source));

  // distinct values are few even when sources are many, so pairs of them are cheap
  let allSame = true;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const relation = relate(values[i]!.value, values[j]!.value);
      if (relation === 'conflict') {
        const a = values[i]!;
        const b = values[j]!;
        const self = sources.size === 1 ? ` (${who(a)} contradicts itself)` : '';
        return { verdict: 'diverge', reason: `${say(a)}; ${say(b)} — ${kind.conflict ?? 'the values are incompatible'}${self}` };
      }
      if (relation !== 'same') allSame = false;
    }
  }
  if (sources.size === 1) {
    return { verdict: 'adds-detail', reason: `only ${who(values[0]!)} states it: ${values.map((v) => v.evidence[0]!.display).join('; ')}` };
  }
  if (allSame) return { verdict: 'agree', reason: values.map(say).join('; ') };
  // the most specific value: narrower than or equal to every other one
  const specific = values.find((v) => values.every((o) => o === v || ['narrower', 'same'].includes(relate(v.value, o.value)))) ?? values[0]!;
  const rest = values.filter((v) => v !== specific);
  return {
    verdict: 'adds-detail',
    reason: `${say(specific)} is more specific than ${rest.map(say).join('; ')}`,
  };
}
