// Cues shared by the extractors: numbers written as words or digits, month names, and who a sentence
// puts a statement in the mouth of.
import type { Doc } from '../segment/index.js';
import type { Sentence } from '../types.js';

export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A month's number from its name or short name, any case ("October", "oct." → 10); 0 for none. */
export function monthNumber(word: string): number {
  const short = word.slice(0, 3).toLowerCase();
  return MONTHS_SHORT.findIndex((m) => m.toLowerCase() === short) + 1;
}

/** What the story had done before its own time: "had been", "had flown in", "had already left". */
export const PLUPERFECT =
  /\bhad\s+(?:(?:already|just|earlier|first|previously|once|nearly|almost|all\s+but)\s+)?(?:been|met|come|gone|held|sat|said|told|seen|[a-z]{2,}(?:ed|en|wn|nk|ung|ught|ade|ent|ost|eft|id))\b/i;

// ", New Jersey, in 1967": a place's region set off by commas, right before a time
const REGION_APPOSITION = /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+(?=(?:in|on|during)\s)/u;
/**
 * Where a clause ends: at the first of `stops`, but read through a place's region, so that "talked
 * for hours at Glassboro, New Jersey, in 1967" keeps the year that dates the talking.
 */
export function clauseEndThroughRegion(text: string, stops: RegExp): number {
  const stop = text.search(stops);
  const region = stop < 0 ? null : REGION_APPOSITION.exec(text.slice(stop));
  if (!region) return stop < 0 ? text.length : stop;
  const more = text.slice(stop + region[0].length).search(stops);
  return more < 0 ? text.length : stop + region[0].length + more;
}

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, couple: 2, dozen: 12, half: 0.5,
};

/** A number as reports write it: "three", "twenty-five", "2.5", "2½", "3 1/2", "two and a half". */
export const NUMBER =
  "(?:\\d+(?:[.,]\\d+)?(?:\\s*(?:½|¼|¾|1/2|1/4|3/4))?|(?:a\\s+)?(?:couple(?:\\s+of)?|half(?:\\s+an?)?)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?)(?:[-\\s]+and[-\\s]+(?:a[-\\s]+)?(?:half|quarter|three[-\\s]quarters))?";

export function parseNumber(raw: string): number | undefined {
  let s = raw.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  let extra = 0;
  const and = s.match(/^(.*?) and (?:a )?(half|quarter|three[- ]quarters)$/);
  if (and) {
    s = and[1]!;
    extra = and[2] === 'half' ? 0.5 : and[2] === 'quarter' ? 0.25 : 0.75;
  }
  const frac = s.match(/^(\d+)\s*(½|¼|¾|1\/2|1\/4|3\/4)$/);
  if (frac) {
    const f = { '½': 0.5, '1/2': 0.5, '¼': 0.25, '1/4': 0.25, '¾': 0.75, '3/4': 0.75 }[frac[2]!]!;
    return Number(frac[1]) + f + extra;
  }
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.')) + extra;
  if (/^(?:a )?couple(?: of)?$/.test(s)) return 2 + extra;
  if (/^(?:a )?half(?: an?)?$/.test(s)) return 0.5 + extra;
  const parts = s.split(/[-\s]/).filter(Boolean);
  let n = 0;
  for (const p of parts) {
    const v = UNITS[p];
    if (v === undefined) return undefined;
    n += v;
  }
  return parts.length ? n + extra : undefined;
}

/** Who is cited for a statement, or "report" when the outlet says it in its own voice. */
export interface Voice {
  attribution: string;
  /** the cue that cites them ("said", "according to"), for modality decisions */
  cue?: string;
}

const SPEECH_VERBS =
  'said|says|told|tells|added|noted|insisted|stressed|argued|asserted|claimed|declared|warned|wrote|posted|explained|remarked|recalled|replied|responded|announced|acknowledged|conceded|suggested|proposed|predicted|emphasi[sz]ed|described|called|spoke|hailed|touted|boasted|maintained|confirmed|reported|signaled|signalled|indicated|expressed|hoped|hopes|believes|believed|quoted';
export const GROUP =
  "(?:[Tt]he\\s+)?(?:(?:Russian|U\\.S\\.|US|American|Chinese|North Korean|South Korean|Ukrainian|Soviet|Western|European|Kremlin|White House|state|senior|unnamed|both)\\s+){0,3}(?:aides|officials|diplomats|sources|spokesm[ae]n|spokeswoman|spokesperson|negotiators|delegations?|media|television|TV|[Tt]he Kremlin|Kremlin|[Tt]he White House|White House|Moscow|Washington|Beijing|Pyongyang|Kyiv|analysts|observers|critics)(?:\\s+to\\s+both\\s+leaders)?";
const PRONOUN = '(?:[Hh]e|[Ss]he)';

// "Putin on Friday said": a time between the subject and its verb
const WHEN = '(?:(?:late\\s+|early\\s+)?on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+|also\\s+|later\\s+|then\\s+|again\\s+|has\\s+|had\\s+|have\\s+)?';
const citedBefore = new RegExp(`(?:^|[\\s,;(—–-])(${GROUP}|${PRONOUN}|[A-Z][\\w'’.-]{0,30}(?:\\s+[A-Z][\\w'’.-]{0,30}){0,3}|[Tt]he\\s+(?:[\\w.]+\\s+)?(?:president|leader|prime minister|premier|chancellor))\\s+${WHEN}(?:${SPEECH_VERBS})\\b`, 'g');
// capitalised words that are never the one who speaks
const NOT_SPEAKER = /^(?:The|It|This|That|They|We|I|But|And|Reports?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;
// ("according to the Chinese side": the side, not the adjective)
const accordingTo = new RegExp(`\\baccording\\s+to\\s+((?:the\\s+)?(?:${GROUP}|[A-Z][\\w'’.-]{0,30}(?:\\s+[A-Z][\\w'’.-]{0,30}){0,3}(?:\\s+(?:side|delegation|government|leadership|officials|readout))?))`, 'g');
// a title between the comma and the name: ", Kremlin aide Yuri Ushakov told reporters"
const TITLE = "(?:[A-Za-z][\\w'’.-]{0,30}\\s+){0,2}(?:(?:foreign[- ]policy|senior|chief|top)\\s+)?(?:aide|adviser|advisor|spokesman|spokeswoman|spokesperson|envoy|negotiator|official)\\s+";
const NAME = "[A-Z][\\w'’.-]{0,30}(?:\\s+[A-Z][\\w'’.-]{0,30}){0,3}";
// an inverted "…, said Putin" ends the clause or gives a time or place; a verb after the name
// ("…, said Moscow would not drop its demand") makes the name the subject of what was said
const CLAUSE_END = "(?=\\s*(?:[,.;:!?)\\]”\"’—–]|$)|\\s+(?:on|in|at|late|earlier|later|during|after|before|when|who|as|to|from|of|and|but)\\b)";
const citedAfter = new RegExp(`[,—–?!][”"’]?\\s*(?:${'(?:' + SPEECH_VERBS + ')'})\\s+(?:${TITLE})?((?:the\\s+)?${NAME})${CLAUSE_END}|[,—–?!][”"’]?\\s*(?:${TITLE})?((?:[Tt]he\\s+)?${NAME}|${GROUP}|${PRONOUN})\\s+(?:had\\s+|has\\s+|later\\s+|also\\s+)?(?:${SPEECH_VERBS})\\b`, 'g');

/** Turn a cited phrase into a person's full name when the report makes that plain. */
export function nameOf(doc: Doc, phrase: string, at: number): string {
  // a sentence's full stop is not part of the name ("…, said Dmitry Peskov."); an initial's is
  const p = phrase.replace(/^(?:and|but|while|as)\s+/i, '').trim().replace(/(?<=[a-z]{2})\.$/, '');
  // the subject of the nearest sentence, not merely the last name mentioned (which may be a name inside a quote)
  if (/^(?:he|she)$/i.test(p)) return doc.people.antecedent(at, p.toLowerCase())?.name ?? 'unknown';
  const person = doc.people.resolve(p.replace(/^(?:President|Prime Minister|Mr\.?|Ms\.?|Mrs\.?)\s+/, ''));
  if (person) return person.name;
  return p.replace(/^the\s+/i, '');
}

/**
 * Who a claim at `offset` (an offset into the report) is put to. A citation counts when it
 * governs the claim: "X said (that) …claim…" before it, "…claim…, X said" after it, or
 * "according to X" anywhere in the sentence.
 */
export function voiceAt(doc: Doc, sentence: Sentence, offset: number): Voice {
  const text = sentence.text;
  const rel = offset - sentence.start;
  for (const m of text.matchAll(accordingTo)) return { attribution: nameOf(doc, m[1]!, sentence.start + m.index!), cue: 'according to' };
  let best: Voice | undefined;
  for (const m of text.matchAll(citedBefore)) {
    if (m.index! > rel) break;
    // only what follows the verb is in the cited person's mouth ("Putin on Friday said …": the day is the outlet's)
    if (m.index! + m[0].length > rel) continue;
    const who = m[1]!;
    if (NOT_SPEAKER.test(who)) continue;
    const verb = m[0].trim().split(/\s+/).pop()!;
    best = { attribution: nameOf(doc, who, sentence.start + m.index!), cue: verb.toLowerCase() };
  }
  if (best) return best;
  for (const m of text.matchAll(citedAfter)) {
    if (m.index! < rel) continue;
    const who = (m[1] ?? m[2])!;
    return { attribution: nameOf(doc, who, sentence.start + m.index!), cue: 'said' };
  }
  return { attribution: 'report' };
}

/** The sentences of a report whose text matches a cheap trigger: extractors skip the rest. */
export function* sentencesWith(doc: Doc, trigger: RegExp): Generator<Sentence> {
  for (const s of doc.sentences) if (trigger.test(s.text)) yield s;
}

/**
 * The end of the line (in this reader, the paragraph) holding `i`: the next line break, or
 * `limit`. The search stops where the caller stops reading, as a text may be one line of
 * megabytes, and a search to its end for every quotation is quadratic.
 */
export function lineEnd(text: string, i: number, limit = text.length): number {
  while (i < limit && text.charCodeAt(i) !== 10) i++;
  return i;
}

/**
 * A paragraph ends between `from` and `to`: a blank line, or a line break after a sentence's end
 * (in hard-wrapped text a line break inside a sentence is only layout).
 */
export function paragraphBreak(text: string, from: number, to: number): boolean {
  for (let i = lineEnd(text, from, to); i < to; i = lineEnd(text, i + 1, to)) {
    let b = i - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b--;
    if (b < 0 || text[b] === '\n') return true;
    if (/[.!?]/.test(text[b]!) || (/[”"’']/.test(text[b]!) && /[.!?]/.test(text[b - 1] ?? ''))) return true;
  }
  return false;
}
