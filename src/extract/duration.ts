// How long: the talks themselves, what they were expected to last, and the press conference.
// A length belongs to the nearest thing it measures ("a 12-minute press conference", "three
// hours of talks", "the flight took nine hours"), and an expectation cue next to it ("had
// anticipated", "was scheduled to") makes it an expectation, never the actual length.
import type { Claim, ClaimType, Relation, Sentence } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { ClaimKind, Extractor } from './kind.js';
import { GROUP, NUMBER, parseNumber, voiceAt } from './cues.js';

export interface Interval {
  minMinutes: number;
  maxMinutes: number;
  /** the length as the source hedged it, for display: "nearly 3 h" */
  stated?: string;
}

const HEDGE =
  '(?:a\\s+little\\s+(?:more|less)\\s+than|just\\s+(?:over|under|shy\\s+of)|well\\s+(?:over|under)|more\\s+than|less\\s+than|fewer\\s+than|upwards\\s+of|at\\s+least|at\\s+most|up\\s+to|close\\s+to|nearly|almost|about|around|roughly|approximately|some|over|under|barely|only|just|an\\s+estimated|~)';
const UNIT = '(?:hours?|hrs?|minutes?|mins?)';
const NUM = `(?:${NUMBER})`;
// "two hours and 45 minutes", "2 hours 45 minutes", "an hour and a half", "90 minutes",
// "a three-hour", "six to seven hours", "2½-hour", "hour-and-a-half"
const AMOUNT =
  `(?:(${NUM})(?:\\s*(?:to|-|–|—|or)\\s*(${NUM}))?[-\\s]+(hours?|hrs?|minutes?|mins?)` +
  `(?:(?:,?\\s+and|,)?\\s+(${NUM})[-\\s]+(?:minutes?|mins?))?` +
  `(?:\\s+and\\s+a\\s+(half|quarter))?` +
  `|(?:an?\\s+)?(hour)[-\\s]and[-\\s]a[-\\s](half|quarter))`;
const DURATION = new RegExp(`(?<![\\w-])(?:(${HEDGE})\\s+)?${AMOUNT}(\\s+or\\s+so|\\s*\\+|\\s+plus)?(?![\\w])`, 'gi');
const TRIGGER = /\b(?:hours?|hrs?|minutes?|mins?)\b|hour-/i;

const MEETING =
  /\b(?:at\s+the\s+table|around\s+the\s+table|talks|talk|talked|talking|meetings?|met|meet|summit|sessions?|discussions?|discussed|negotiations?|negotiated|conversations?|sat|sit-down|tête-à-tête|tete-a-tete|one-on-one|face-to-face|closed-door|encounter|huddled|conferred|deliberations|format|behind closed doors|together)\b/i;
const PRESS =
  /\b(?:(?:at\s+the\s+)?(?:lectern|podium|microphones?)|before\s+(?:the\s+)?(?:reporters|cameras|press|media)|press\s+conference|news\s+conference|press\s+appearance|joint\s+appearance|appearance|press\s+event|briefing|statements?\s+to\s+(?:the\s+)?(?:press|reporters|media)|remarks\s+to\s+reporters|q\s*&\s*a|questions|press)\b/i;
const OTHER =
  /\b(?:flights?|flew|fly|flying|drive|drove|ride|journey|trip|wait|waited|waiting|delay(?:ed)?|late|war|conflict|fighting|sleep|layover|motorcade|queue|lunch|dinner|banquet|walk|stroll|tour|ceremony|visit|stay(?:ed)?|rest|nap|time\s+difference|time\s+zones?|hearing|speech|interview|broadcast|coverage|call|phone|video|detour|outage|siege|offensive|ceasefire|truce|pause)\b/i;
const EXPECTED =
  /\b(?:expected|expecting|anticipated|anticipating|scheduled|planned|slated|due|allotted|allocated|billed|forecast|predicted|supposed|set\s+to|was\s+to|were\s+to|(?:it|they|talks|this|that)(?:'ll|’ll|\s+will)\s+(?:be|last|run|take)|going\s+to\s+(?:be|last|run|take)|before\s+the\s+(?:meeting|talks|summit)|floated|mooted|touted|beforehand|in\s+advance|ahead\s+of\s+the\s+(?:meeting|talks|summit)|would\s+(?:last|run|take)|could\s+(?:last|run|take)|might\s+(?:last|run|take)|may\s+(?:last|run|take)|will\s+last|likely\s+to\s+last|estimated)\b/i;
// a time of day or a point in time, not a length: "hours later", "within hours", "48 hours before"
const NOT_LENGTH_AFTER = /^\s*(?:before|after|later|earlier|ago|away|beforehand|ahead|into|from\s+now|prior|notice|drive|flight|ride|walk|time\s+difference|behind|early)\b/i;
const NOT_LENGTH_BEFORE = /\b(?:within|every|per|in\s+the\s+(?:first|last|past|final)|the\s+(?:first|last|past|final))\s*$/i;
const COMPARISON_BEFORE = /\b(?:than|as\s+long\s+as|instead\s+of|rather\s+than|compared\s+with|compared\s+to|short\s+of|shy\s+of)\s+(?:the\s+|a\s+|an\s+)?$/i;
// a length measured by its verb ("ran two hours before the men walked out") is a length even
// when a point-in-time word follows it
const MEASURED_BEFORE = /\b(?:lasted|lasting|last|ran|run|running|took|take|went\s+on|continued|for|spent|spending)\s*$/i;
// another, earlier event in the same clause: "their one-on-one in Helsinki in 2018, which ran about two hours"
const OTHER_EVENT = /\b(?:in|since|of|during)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+(?:summit|meeting|talks)\b|\b(?:previous|prior|earlier|last|first)\s+(?:summit|meeting|encounter|talks)\b/i;
// "it lasted about 40 minutes": the thing measured was named in the sentence before
const PRONOUN_LENGTH = /\b(?:it|they|that|this)\s+(?:lasted|ran|went\s+on|took|continued)\b/i;
const EXPECTER = new RegExp(`(${GROUP}|[A-Z][\\w'’.-]{0,30}(?:\\s+[A-Z][\\w'’.-]{0,30}){0,3})\\s+(?:had\\s+|have\\s+|has\\s+)?(?:anticipated|expected|predicted|planned|forecast|estimated|said|suggested)\\b`);

// "a couple (of) hours" is a loose two: about, not exactly
function hedged(hedge: string | undefined, after: string | undefined, lo: number, hi: number, couple = false): [number, number] {
  const h = (hedge ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (after && after.trim()) {
    if (/or so/.test(after)) return [lo * 0.9, hi * 1.1];
    return [lo, hi * 1.25];
  }
  if (!h || h === 'only' || h === 'just') return couple ? [lo * 0.875, hi * 1.125] : [lo, hi];
  if (/^(?:about|around|roughly|approximately|some|an estimated|~)$/.test(h)) return [lo * 0.9, hi * 1.1];
  if (/^(?:nearly|almost|close to|just under|just shy of|a little less than)$/.test(h)) return [lo * (5 / 6), hi];
  if (/^(?:barely)$/.test(h)) return [lo * 0.9, hi];
  if (/^(?:just over|a little more than)$/.test(h)) return [lo, hi * 1.1];
  if (/^(?:well over)$/.test(h)) return [lo * 1.1, hi * 1.5];
  if (/^(?:more than|over|upwards of|at least)$/.test(h)) return [lo, hi * 1.25];
  if (/^(?:less than|fewer than|under|up to|at most|well under)$/.test(h)) return [lo * 0.75, hi];
  return [lo, hi];
}

function minutes(n: number, unit: string): number {
  return /^h/i.test(unit) ? n * 60 : n;
}

export function formatMinutes(m: number): string {
  const r = Math.round(m);
  const h = Math.floor(r / 60);
  const min = r % 60;
  if (h === 0) return `${min} min`;
  return min ? `${h} h ${min} min` : `${h} h`;
}

interface Found {
  start: number;
  end: number;
  interval: Interval;
}

/** Every length expression in a sentence, with its interval. */
export function findLengths(s: Sentence): Found[] {
  const out: Found[] = [];
  for (const m of s.text.matchAll(DURATION)) {
    const [whole, hedge, a, b, unit, extraMin, andFrac, hourWord, hourFrac, after] = m;
    let lo: number | undefined;
    let hi: number | undefined;
    if (hourWord) {
      lo = hi = 60 + (hourFrac === 'half' ? 30 : 15);
    } else {
      const x = parseNumber(a!);
      const y = b ? parseNumber(b) : x;
      if (x === undefined || y === undefined) continue;
      const frac = andFrac === 'half' ? 0.5 : andFrac === 'quarter' ? 0.25 : 0;
      lo = minutes(x + frac, unit!);
      hi = minutes(y + frac, unit!);
      if (extraMin) {
        const e = parseNumber(extraMin);
        if (e === undefined) continue;
        lo += e;
        hi += e;
      }
    }
    // "a" or "an" alone only counts before a singular unit ("an hour"), not "a few hours"
    if (/^an?$/i.test(a ?? '') && /s$/i.test(unit ?? '')) continue;
    if (!(lo > 0) || hi! < lo || hi! > 60 * 24 * 14) continue;
    const [min, max] = hedged(hedge, after, lo, hi!, /couple/i.test(a ?? ''));
    const base = lo === hi ? formatMinutes(lo) : `${formatMinutes(lo).replace(/ h$/, '')}–${formatMinutes(hi!)}`;
    const stated = `${hedge ? hedge.toLowerCase().replace(/\s+/g, ' ') + ' ' : ''}${base}${after && after.trim() ? '+' : ''}`;
    out.push({
      start: s.start + m.index!,
      end: s.start + m.index! + whole!.trimEnd().length,
      interval: { minMinutes: Math.round(min), maxMinutes: Math.round(max), stated },
    });
  }
  return out;
}

/** Distance in characters from the length to the nearest match of `cue` in a window. */
function nearest(cue: RegExp, left: string, right: string): number {
  let best = Infinity;
  const g = new RegExp(cue.source, 'gi');
  for (const m of left.matchAll(g)) best = Math.min(best, left.length - (m.index! + m[0].length));
  const r = right.match(cue);
  if (r) best = Math.min(best, r.index! + 0.5); // after the length: "three hours of talks" — a hair further than before it
  return best;
}

function classify(s: Sentence, f: Found, prevEnd: number, nextStart: number, previous?: Sentence): ClaimType | undefined {
  const rel = f.start - s.start;
  const relEnd = f.end - s.start;
  const before = s.text.slice(Math.max(0, prevEnd - s.start, rel - 90), rel);
  const after = s.text.slice(relEnd, Math.min(s.text.length, nextStart - s.start, relEnd + 70));
  if ((NOT_LENGTH_AFTER.test(after) && !MEASURED_BEFORE.test(before)) || NOT_LENGTH_BEFORE.test(before)) return undefined;
  // clause-bound windows: a cue beyond a semicolon or a dash belongs to another statement
  const leftClause = before.split(/[;—–]|\.\s/).pop()!;
  const rightClause = after.split(/[;—–]|\.\s/)[0]!;
  if (OTHER_EVENT.test(leftClause)) return undefined;
  // "the meeting … ran about two hours before they walked out to a lectern": with the verb
  // right before the length, what it measures is on the left; look right only if nothing is
  const measured = MEASURED_BEFORE.test(before);
  let right = measured ? '' : rightClause;
  let dMeeting = nearest(MEETING, leftClause, right);
  let dPress = nearest(PRESS, leftClause, right);
  let dOther = nearest(OTHER, leftClause, right);
  if (measured && Math.min(dMeeting, dPress, dOther) === Infinity) {
    right = rightClause;
    [dMeeting, dPress, dOther] = [nearest(MEETING, leftClause, right), nearest(PRESS, leftClause, right), nearest(OTHER, leftClause, right)];
  }
  if (Math.min(dMeeting, dPress, dOther) === Infinity) {
    // "shorter than the six to seven hours aides had anticipated": the thing measured is named
    // elsewhere in the sentence, so look there, past the neighbouring length
    const l = s.text.slice(0, rel);
    const r = s.text.slice(relEnd);
    [dMeeting, dPress, dOther] = [nearest(MEETING, l, r), nearest(PRESS, l, r), nearest(OTHER, l, r)];
    if (Math.min(dMeeting, dPress, dOther) === Infinity && previous && PRONOUN_LENGTH.test(l)) {
      const tail = previous.text.slice(-120);
      [dMeeting, dPress, dOther] = [nearest(MEETING, tail, ''), nearest(PRESS, tail, ''), nearest(OTHER, tail, '')];
    }
  }
  const best = Math.min(dMeeting, dPress, dOther);
  if (best === Infinity || best === dOther) return undefined;
  const expected = EXPECTED.test(leftClause.slice(-60)) || EXPECTED.test(rightClause.slice(0, 50));
  const compared = COMPARISON_BEFORE.test(leftClause);
  if (best === dPress && dPress < dMeeting) return expected || compared ? undefined : 'press.duration';
  if (expected) return 'meeting.expected_duration';
  if (compared) return undefined;
  return 'meeting.duration';
}

const interval: ClaimKind<Interval> = {
  type: 'meeting.duration',
  label: 'Meeting length',
  relate(a, b): Relation {
    if (a.maxMinutes < b.minMinutes || b.maxMinutes < a.minMinutes) return 'conflict';
    // "about 12 minutes" and "12 minutes" give the same figure: only a one-sided hedge
    // ("nearly", "more than") or a different figure makes one more specific
    const ma = (a.minMinutes + a.maxMinutes) / 2;
    const mb = (b.minMinutes + b.maxMinutes) / 2;
    const wa = a.maxMinutes - a.minMinutes;
    const wb = b.maxMinutes - b.minMinutes;
    // (an "about" is ±10 %; "a couple of hours" is looser, so "two hours" is more specific)
    if (Math.abs(ma - mb) <= 0.02 * Math.max(ma, mb) && Math.abs(wa - wb) <= 0.21 * Math.max(ma, mb)) return 'same';
    return wa <= wb ? 'narrower' : 'wider';
  },
  display: (v) => v.stated ?? (v.minMinutes === v.maxMinutes ? formatMinutes(v.minMinutes) : `${formatMinutes(v.minMinutes)}–${formatMinutes(v.maxMinutes)}`),
  identity: (v) => `${v.minMinutes}-${v.maxMinutes}`,
  conflict: 'the ranges do not overlap',
};

export const durationExtractor: Extractor = {
  family: 'duration',
  kinds: [
    interval,
    { ...interval, type: 'meeting.expected_duration', label: 'Expected length' },
    { ...interval, type: 'press.duration', label: 'Press conference length' },
  ],
  extract(doc: Doc): Claim[] {
    const claims: Claim[] = [];
    for (const s of doc.sentences) {
      if (!TRIGGER.test(s.text)) continue;
      const found = findLengths(s);
      found.forEach((f, i) => {
        const type = classify(s, f, found[i - 1]?.end ?? s.start, found[i + 1]?.start ?? s.end, doc.sentences[s.index - 1]);
        if (!type) return;
        let voice = voiceAt(doc, s, f.start);
        let modality: Claim['modality'] = 'stated';
        if (type === 'meeting.expected_duration') {
          modality = 'expected';
          const rightOf = s.text.slice(f.end - s.start, (found[i + 1]?.start ?? s.end) - s.start);
          const leftOf = s.text.slice((found[i - 1]?.end ?? s.start) - s.start, f.start - s.start);
          const who = rightOf.match(EXPECTER) ?? leftOf.match(EXPECTER);
          if (who && !/^(?:The|It|This|That|They|Talks|Meeting)$/.test(who[1]!)) voice = { attribution: who[1]!.replace(/^the\s+/i, '') };
        }
        claims.push({ type, value: f.interval, span: { start: f.start, end: f.end }, attribution: voice.attribution, modality });
      });
    }
    return claims;
  },
};
