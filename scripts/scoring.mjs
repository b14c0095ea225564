// The contract's matching rules for one gold value against one output value, shared by
// npm run eval (whole sets) and npm run probe (single passages), so both score alike.
export const norm = (s) => String(s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
export function dice(a, b) {
  const grams = (s) => {
    const t = norm(s).replace(/ /g, '');
    const m = new Map();
    for (let i = 0; i < t.length - 1; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return [m, Math.max(t.length - 1, 0)];
  };
  const [ga, na] = grams(a);
  const [gb, nb] = grams(b);
  if (na + nb === 0) return 1;
  let inter = 0;
  for (const [g, c] of ga) inter += Math.min(c, gb.get(g) ?? 0);
  return (2 * inter) / (na + nb);
}
export const surname = (n) => norm(n).split(' ').pop();

const TITLE = /^(president|prime|minister|premier|chancellor|general|secretary|leader|chairman|mr|mrs|ms|dr|the)$/;
const nameWords = (n) => norm(String(n ?? '').normalize('NFD').replace(/\p{M}/gu, '')).split(' ').filter((w) => w && !TITLE.test(w));
/**
 * One person under a barer or fuller name: all of one name's words are in the other. Not the
 * last word alone, which in a family-name-first name ("Xi Jinping", "Kim Jong Un") is the
 * given name that reports drop.
 */
export function sameSpeaker(expected, said) {
  const [a, b] = [nameWords(expected), nameWords(said)];
  if (!a.length || !b.length) return false;
  const longer = (x, y) => x.filter((w) => w.length > 1).length > y.filter((w) => w.length > 1).length;
  const [small, large] = longer(a, b) ? [b, a] : [a, b];
  const full = (ws) => ws.filter((w) => w.length > 1);
  if (!full(small).length) return false;
  // (the first initial stands for the first name the other spells out: "M. S. Gorbachev" is
  // "Mikhail Gorbachev", not "Raisa Gorbachev")
  const initial = small.find((w) => w.length === 1);
  const first = large.find((w) => w.length > 1 && !small.includes(w));
  return full(small).every((w) => large.includes(w)) && (!initial || !first || first.startsWith(initial));
}

export function valueMatches(type, gold, out) {
  if (out == null) return false;
  if (type.endsWith('duration')) {
    const [a, b, c, d] = [gold.minMinutes, gold.maxMinutes, out.minMinutes, out.maxMinutes];
    if (![a, b, c, d].every(Number.isFinite)) return false;
    const ma = (a + b) / 2;
    const mb = (c + d) / 2;
    const overlap = c <= b && a <= d;
    const close = Math.abs(ma - mb) <= 0.1 * Math.max(ma, mb) || (a <= mb && mb <= b) || (c <= ma && ma <= d);
    return overlap && close;
  }
  if (type === 'meeting.venue' || type === 'next_meeting.location') {
    const names = [out.place, ...(out.within ?? [])].filter(Boolean).map(norm);
    if (typeof out === 'string') names.push(norm(out));
    const g = norm(gold);
    return names.some((n) => n && (n.includes(g) || g.includes(n)));
  }
  if (type === 'meeting.date') return gold.date ? out.date === gold.date : norm(out.weekday) === norm(gold.weekday);
  if (type === 'meeting.participants' || type === 'topics') {
    const o = (Array.isArray(out) ? out : []).map(norm);
    return gold.filter((g) => o.some((x) => x.includes(surname(g)) || norm(g).includes(x))).length * 2 > gold.length;
  }
  if (type === 'quote') return dice(gold, out.text ?? out) >= 0.8;
  return norm(gold) === norm(out);
}

