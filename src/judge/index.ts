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

export function judge(kind: ClaimKind, evidence: Evidence[]): Judgement {
  const own = kind.judge?.(evidence);
  if (own) return own;
  const distinct = new Map<string, Distinct>();
  for (const e of evidence) {
    const id = kind.identity(e.value);
    const d = distinct.get(id);
    if (d) d.evidence.push(e);
    else distinct.set(id, { value: e.value, evidence: [e] });
  }
  const values = [...distinct.values()];
  const sources = new Set(evidence.map((e) => e.source));
  const relate = kind.relateAmong?.(evidence.map((e) => e.value)) ?? kind.relate;

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
