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
  if (sources.size > 1) {
    const kept = oneValueEach(values, relate);
    if (kept) {
      const chosen = new Set(kept);
      const { verdict, reason } = judge({ ...kind, judge: undefined, relateAmong: () => relate }, kept);
      const aside = evidence.filter((e) => !chosen.has(e)).map((e) => `${e.source}: ${e.display}`);
      return { verdict, reason: `${reason} (set aside as another reading: ${[...new Set(aside)].join('; ')})` };
    }
  }

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
  // (values the kind counts as the same as the most specific one, though worded apart, stand with it:
  // "Thu 15 Dec 2016" and "15 Dec (year not given)")
  const alike = values.filter((v) => v === specific || relate(v.value, specific.value) === 'same');
  const top = alike.length < values.length ? alike : [specific];
  const rest = values.filter((v) => !top.includes(v));
  return {
    verdict: 'adds-detail',
    reason: `${top.map(say).join('; ')} ${top.length > 1 ? 'are' : 'is'} more specific than ${rest.map(say).join('; ')}`,
  };
}

/**
 * One value per source, when a source's extra value is all that stands between the sources and
 * agreement: a report gives one length, one day, one place for its meeting, and a second one we
 * read from it is far more often another event's (an aide's estimate, an arrival, a dinner) than
 * the report contradicting itself. A source's own words come before what it attributes to others
 * ("more than ten hours, Chinese officials said" beside its own "just under an hour"). Returns the
 * evidence of the chosen values, or undefined when the sources conflict whatever is chosen.
 */
function oneValueEach(values: Distinct[], relate: (a: unknown, b: unknown) => string): Evidence[] | undefined {
  // distinct values are few, so their conflicts are a small table, never a pass over sources
  const apart = values.map((a, i) => values.map((b, j) => i < j && relate(a.value, b.value) === 'conflict'));
  const clash = (i: number, j: number) => (i < j ? apart[i]![j]! : apart[j]![i]!);
  if (!apart.some((row) => row.some(Boolean))) return undefined;
  // per source, the values it may be read as: those in its own words if it has any
  const bySource = new Map<string, Map<number, Evidence[]>>();
  values.forEach((v, i) => {
    for (const e of v.evidence) {
      const own = bySource.get(e.source) ?? new Map<number, Evidence[]>();
      bySource.set(e.source, own);
      const list = own.get(i);
      if (list) list.push(e);
      else own.set(i, [e]);
    }
  });
  const fixed = new Map<number, Evidence[]>();
  const open: [number, Evidence[]][][] = [];
  for (const own of bySource.values()) {
    const all = [...own];
    const voiced = all.filter(([, es]) => es.some((e) => e.attribution === 'report'));
    const options = voiced.length ? voiced : all;
    if (options.length > 1) open.push(options);
    else {
      const [i, es] = options[0]!;
      const list = fixed.get(i);
      if (list) for (const e of es) list.push(e);
      else fixed.set(i, [...es]);
    }
  }
  // the choices multiply; a row past the cap keeps its conflict
  if (open.reduce((n, o) => n * o.length, 1) > CHOICES) return undefined;
  let best: [number, Evidence[]][] | undefined;
  let bestScore = -Infinity;
  const chosen: [number, Evidence[]][] = [];
  const walk = (k: number): void => {
    if (k === open.length) {
      const picked = [...new Set([...fixed.keys(), ...chosen.map(([i]) => i)])];
      if (anyConflict(picked, clash)) return;
      // the value a source repeats most is its value; among equals, the choice with fewest values
      const score = chosen.reduce((n, [, es]) => n + es.length, 0) * values.length - picked.length;
      if (score > bestScore) (bestScore = score), (best = [...chosen]);
      return;
    }
    for (const o of open[k]!) {
      chosen.push(o);
      walk(k + 1);
      chosen.pop();
    }
  };
  walk(0);
  return best && [...[...fixed.values()].flat(), ...best.flatMap(([, es]) => es)];
}
const anyConflict = (picked: number[], clash: (i: number, j: number) => boolean) => picked.some((i, a) => picked.some((j, b) => a < b && clash(i, j)));
const CHOICES = 512;
