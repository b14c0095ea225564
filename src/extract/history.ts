// "The first … since …": what a report says the summit was the first of, and since when. Only
// firsts of the summit itself count: a meeting, a joint press conference, a visit. "The first
// time since the war began that troops …" speaks of something else and stays out.
//
// Two claims conflict only when they are firsts of the same kind: "the first meeting since
// 2019" and "the first joint press conference since 2018" can both be true.
import type { Claim, Relation, Sentence } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { ClaimKind, Extractor } from './kind.js';
import { NUMBER, monthNumber, parseNumber } from './cues.js';
import { reportDate, sentencesOf, voiceOf } from './date.js';

export type FirstKind = 'meeting' | 'press conference' | 'visit' | 'agreement';

export interface FirstSince {
  /** the phrase as the report words it */
  text: string;
  /** the year of the earlier occasion, when the report names or implies one */
  year: number | null;
  /** what the summit was the first of */
  first: FirstKind;
  /** "first-ever", "the first … in history": there was no earlier occasion at all */
  ever?: boolean;
  /** the year is worked out from "in a decade", "in nearly six years" and the report's own date */
  approx?: boolean;
  /** counted from a time the report gives relative to its own date ("last November") that it gives no year for */
  relative?: boolean;
}

// ("had not met since 2018", "the last time they met was in 2015": the kin of a first; but not
// "they last met in 2021" or "his last visit", which only imply one)
const TRIGGER = /\bfirst\b|\bsince\b|\blast\s+time\b/i;
// (not a title: "the first lady", "the first deputy premier")
const FIRST = /\b(?:(?:the|their|its|his|her|a)\s+)?(?:very\s+)?first(?:[-\s]ever)?\b(?!\s+(?:lady|ladies|gentleman|secretary|deputy|vice|minister)\b)/gi;
// what follows "first" up to the clause's end: "joint press conference Putin has held with a U.S. president"
// (a full stop only at the sentence's end: "U.S." does not end a clause)
// (an en dash between words joins them: "the first Russia–North Korea summit")
// ("as" before an office is part of the phrase: "since his election as president last May",
// "since taking office as prime minister", "since being sworn in as the country's leader")
const AS_OFFICE = String.raw`\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:head|president|prime|premier|leader|chancellor|chairman|chair|king|queen|monarch|emperor|secretary|minister|governor|mayor|speaker|party|pope|commander|general)\b`;
const AS_CLAUSE = String.raw`as(?!${AS_OFFICE})`;
const CLAUSE_END = new RegExp(String.raw`[,;:!?—()“”"]|\s–|–\s|\s-\s|\.\s*$|\s(?:but|which|who|where|while|${AS_CLAUSE})\s`, 'iu');
// ("with Trump and Vice President JD Vance on Feb. 28": an "and" that joins a second person goes on)
const TARGET_END = new RegExp(String.raw`[;:!?—()“”"]|\s–|–\s|\s-\s|\.\s*$|,\s|\s(?:and(?!\s+(?:[Vv]ice\s+)?(?:President|Prime\s+Minister|Chancellor|Premier)\s+\p{Lu})|but|which|when|that|while|${AS_CLAUSE}|because|after|before)\s`, 'iu');
const SINCE = /\bsince\b/i;
const LAST_MET = /\blast\s+(?:met|talked|saw\s+each\s+other|sat\s+down|held\s+talks)\b[^;:]{0,80}/i;
const MULTILATERAL_NAME = /\b(?:G-?\d{1,2}|BRICS|SCO|APEC|ASEAN|NATO|OSCE|COP\d*)\b/u;
// (only as what is counted, "the first G20 summit held in person", not where the two met: "their
// first bilateral on the sidelines of a G20 summit since …")
const MULTILATERAL = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:G-?\d{1,2}|BRICS|SCO|APEC|ASEAN|NATO|OSCE|Commonwealth|COP\d*)\s+(?:summit|gathering|meeting|session|conference|leaders['’]?\s+(?:summit|meeting))s?\b/u;
// "in 12 years", "in half a century", "in the past decade", and the British "for 30 years" (but
// not a tenure: "the first leader in Moscow to hold power for two decades")
const SPAN_HEDGE = String.raw`(?:nearly|almost|more\s+than|over|about|around|some|roughly|close\s+to|at\s+least|just\s+over|just\s+under|well\s+over|upwards\s+of|the\s+(?:better|best)\s+part\s+of)`;
const TENURE = String.raw`(?:power|office|rul(?:e|ed|es|ing)|reign(?:ed|s|ing)?|serv(?:e|ed|es|ing)|govern(?:ed|s|ing)?|held|hold(?:s|ing)?|stay(?:ed|s|ing)?|remain(?:ed|s|ing)?|liv(?:e|ed|es|ing)|last(?:ed|s|ing)?)`;
const IN_SPAN = new RegExp(
  String.raw`\b(?:in|(?<!\b${TENURE}\s+)for)\s+(?:the\s+(?:past|last|previous)\s+)?(?:${SPAN_HEDGE}\s+)?(?:(${NUMBER})\s+|(?<=\b(?:past|last|previous)\s+))(years?|decades?|centur(?:y|ies)|quarter(?:[-\s]|\s+of\s+a\s+)centur(?:y|ies)|months)\b`,
  'i',
);
// "after a gap of five years", "the first visit after 19 years" (not "after 19 years of war", which
// says what went before, not how long since the last)
const AFTER_SPAN = new RegExp(
  String.raw`\bafter\s+(?:(?:a|an)\s+(?:gap|break|hiatus|pause|interval|lapse|absence)\s+of\s+)?(?:${SPAN_HEDGE}\s+)?(${NUMBER})\s+(years?|decades?)\b(?!\s+of\b)`,
  'i',
);
const SPAN_YEARS = (unit: string) => (/^decade/i.test(unit) ? 10 : /^quarter/i.test(unit) ? 25 : /^centur/i.test(unit) ? 100 : /^month/i.test(unit) ? 1 / 12 : 1);
const IN_VAGUE = /\bin\s+(?:many\s+|several\s+|recent\s+)?(?:years|months|decades|a\s+generation|a\s+long\s+time|living\s+memory|generations)\b/i;
const EVER = /^\s*ever\b|\bin\s+(?:(?:the\s+)?history|(?:the\s+)?history\s+of)\b|\bever\b/i;
// "the first meeting between a sitting U.S. president and …", "the first sitting president to meet …"
const SITTING = /^\s*sitting\b|\b(?:between|by|of|for|with)\s+(?:a|two)\s+sitting\b/i;
// "since their summit in Geneva last November", "since his re-election earlier this month", "since
// the crash three months ago": a year only the report's own date can give
const LAST_RELATIVE =
  /\blast\s+(year|month|week|spring|summer|autumn|fall|(?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December)\b|\b(?:a|one)\s+year\s+(?:ago|earlier)\b|\b(?:(?:earlier|later)\s+)?this\s+(?:year|month|week|spring|summer|autumn|fall)\b|\b(?:(?:just|only)\s+)?(?:a|one|two|three|a\s+few|several)\s+(?:days?|weeks?)\s+(?:ago|earlier)\b|\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a\s+few|a\s+couple\s+of|several)\s+months?\s+(?:ago|earlier)\b/i;
const SEASON_ENDS: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11 };
const MONTHS_AGO: Record<string, [number, number]> = { 'a few': [2, 4], 'a couple of': [2, 3], several: [3, 8] };

/** The year of a time given relative to the report's date, or null when it could fall in either of two years. */
function relativeYear(m: RegExpMatchArray, ref: { year: number; month: number; day: number }): number | null {
  const word = m[1]?.toLowerCase();
  if (m[2] !== undefined) {
    const n = m[2].toLowerCase().replace(/\s+/g, ' ');
    const [lo, hi] = MONTHS_AGO[n] ?? [parseNumber(n) ?? 12, parseNumber(n) ?? 12];
    const a = ref.month - lo > 0 ? ref.year : ref.year - 1;
    const b = ref.month - hi > 0 ? ref.year : ref.year - 1;
    return a === b ? a : null;
  }
  if (word === undefined) {
    if (/\byear\s+(?:ago|earlier)\b/i.test(m[0])) return ref.year - 1;
    if (/\bthis\b/i.test(m[0])) return ref.year;
    // days or weeks back: the same year unless the report is dated early in January
    return ref.month > 1 || ref.day > 21 ? ref.year : null;
  }
  if (word === 'year') return ref.year - 1;
  if (word === 'month') return ref.month > 1 ? ref.year : ref.year - 1;
  if (word === 'week') return ref.month > 1 || ref.day > 7 ? ref.year : null;
  const season = SEASON_ENDS[word];
  if (season !== undefined) return ref.month > season ? ref.year : ref.year - 1;
  // "last November" in an October report is the November of the year before
  const month = monthNumber(word);
  return month && month < ref.month ? ref.year : ref.year - 1;
}
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
// "since Friday", "since yesterday", "since the weekend": a time of the same week is no earlier
// occasion a summit is the first since ("has not met reporters since Friday")
const SAME_WEEK = /^\s*(?:(?:last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+night|this\s+morning|the\s+weekend|the\s+morning|(?:the\s+)?day\s+before)\s*$/i;
// "since that day in Beijing", "since that meeting", "since then": a time the report named before,
// which the reader dates from it
const ANAPHORIC = /^\s*(?:that|those|then\b)(?:\s+(?:day|date|meeting|summit|encounter|visit|occasion|trip|talks|evening|morning|night|week|month))?\b/i;
// a day of a month ("on Feb. 28", "28 February", "February 4th"): two firsts counted from the same
// calendar day count from the same occasion, whether or not they print its year
const MONTH_DAY = /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?!\d|[:.]\d)\b/;
function dayOf(v: FirstSince): string | undefined {
  const m = v.text.replace(/^.*?\bsince\b/i, '').match(MONTH_DAY);
  if (!m) return undefined;
  const day = Number(m[1] ?? m[4]);
  return day >= 1 && day <= 31 ? `${(m[2] ?? m[3])!.toLowerCase()}-${day}` : undefined;
}
const BARE_MONTH = /\bin\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]+\d)/;
// (a place may carry its region: "since Woodside, California, in November 2023")
// (a middle initial is no full stop: "since Nikita S. Khrushchev met in Vienna in June 1961"; the
// place may stand before the date: "since they met in Vienna, June 1961")
const LATER_YEAR =
  /^(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?=,))?(?:(?:[^,;.]|(?<=\s\p{Lu})\.){0,90}?\b(?:in|at)\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+(?=\p{Lu}))?|,\s*(?:in\s+)?|,\s+(?:which|that|when)\s+[^,;.]{0,80}?\b(?:in|of)\s+|,\s+(?:(?:held|staged|hosted)\s+)?(?:in|at)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},?\s+(?:in\s+)?|\s*\(\s*)(?:(?:early|late|mid-?)\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(1[89]\d\d|20\d\d)\b/u;
const EARLIER =
  /\b(?:in|back\s+in|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(1[89]\d\d|20\d\d)\b|\b(?:years|decades|a\s+decade|a\s+year)\s+(?:ago|earlier|before)\b/i;
const YEARS_AGO = new RegExp(`\\b(${NUMBER})\\s+years?\\s+(?:ago|earlier|before)\\b`, 'i');
const HOPED =
  /\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|want(?:s|ed|ing)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|intend(?:s|ed|ing)?|would\s+like|(?:is|are|was|were)\s+keen|expect(?:s|ing)?)\b[^.;:]*?\b(?:to\s+be(?:come)?|(?:will|would|could|might|may)\s+(?:\w+ly\s+)?be(?:come)?)\s+(?:(?:the|their|its|his|her|a)\s+)?$/i;
const CONDITIONAL = /\b(?:if|unless|should\s+(?:it|the|they))\b[^.;:]*?\b(?:would|could|might|will)\s+(?:\w+ly\s+)?(?:also\s+)?be\s+(?:(?:the|their|its|his|her|a)\s+)?$/i;
// "it was the first …", "the visit is Bush's first …", "marked their first …": the summit said to
// be a first, not a first the sentence merely names ("the first meeting lasted an hour")
const COPULA = /\b(?:was|is|were|are|be|been|marks?|marked|became|becomes)\s+(?:also\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*['’]s?\s+)?$/u;
// what it is the first of, named right after "first" ("first in-person Quad leaders' summit",
// "first visit of the American President"), not a part of it ("the first round of talks", "the
// first day of the visit", "the first of two meetings", "the first meeting of the day"), and
// not one counted from a time it names otherwise ("their first meeting after 19 years of war")
const BARE = /^\s*(?:(?!(?:of|day|days|round|leg|stop|session|part|phase|step|stage|item|half|order|act|hour|minutes)\b)[\p{L}'’-]+\s+){0,4}?(?:summit|meeting|talks|visit|trip|journey|encounter|time|face-to-face|sit-down|(?:press|news)\s+conference|joint\s+(?:press\s+)?appearance|accord|treaty|agreement)s?\b(?!\s+of\s+(?:the\s+|their\s+|its\s+)?(?:day|morning|afternoon|evening|week|month|year|season|series|summit|visit|trip|tour|two|three|four|several|many)\b)(?![^]*\b(?:after|before|following|since)\b)/iu;
// ("his first visit to the United States as head of state": a first within a term of office)
const TENURE_FIRST = new RegExp(String.raw`\bas${AS_OFFICE}`, 'iu');
const NOT_BEFORE = /\b(?:not|n't|hardly|scarcely)\s+(?:the\s+|their\s+|its\s+)?$/i;

const PRESS = /\b(?:joint\s+)?(?:press|news)\s+conferences?\b|\bjoint\s+(?:public\s+)?appearances?\b|\bpress\s+appearances?\b|\bfaced\s+the\s+(?:media|press|reporters)\b/i;
// ("an overnight stay", "the stay was his first": the noun, not "stayed in power")
const VISIT = /\bvisit(?:s|ed|ing)?\b|\b(?:trip|stopover|tour|journey|voyage|foray|outing|excursion)s?\b|\bsoil\b|\btravel(?:led|ed)?\b|\bset\s+foot\b|\b(?:the|his|her|their|its|an?|overnight|night['’]s)\s+stay\b/i;
const MEETING =
  /\b(?:meetings?|summits?|talks|met|meet|encounter|sit-down|face-to-face|in-person|tête-à-tête|one-on-one|bilateral|negotiations|handshake|sh(?:ook|akes?|aken|aking)\s+hands|conversations?|sat\s+down|get-togethers?|rendezvous|reunion|audience|in\s+the\s+same\s+room|host(?:s|ed|ing)?|played\s+host|(?:sat|sit|been|were|was)\s+(?:side\s+by\s+side|together))\b/i;

// "the first sitting U.S. president in Cuba since 1928", "the first Soviet leader on American
// soil", "… at Camp David": an office-holder placed in a country or a place is there on a visit
// ("in the Soviet Union": a country's name may open with "the"; "the first head of state China has
// received since …", "the first leader Moscow has welcomed": one received comes on a visit)
const OFFICE = String.raw`(?:[Pp]resident|[Pp]remier|[Pp]rime\s+[Mm]inister|[Ll]eader|[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mperor|[Mm]onarch|[Pp]ope|[Ss]ecretary[-\s][Gg]eneral|[Ff]oreign\s+[Mm]inister)`;
const VISITOR = new RegExp(
  String.raw`\b${OFFICE}\s+(?:(?:in|to|on|at)\s+(?:the\s+)?\p{Lu}|on\s+\p{L}+\s+soil\b)|\b${OFFICE}\s+(?:[^,;:.!?]{0,40}?\s)?(?:ha(?:s|d|ve)\s+(?:ever\s+)?)?(?:been\s+)?(?:received|welcomed)\b`,
  'u',
);

// "has come to the US", "arrived in Pyongyang", "landed in Delhi": coming to a named place is a
// visit (not "came to power", "came to terms": the place is capitalised)
const ARRIVAL = /\b(?:[Aa]rriv(?:e|ed|es|ing|al)|[Ll]and(?:ed|s|ing)|[Cc](?:ome|ame|omes|oming))\s+(?:in|to)\s+(?:the\s+)?\p{Lu}/u;

// "the first arms control treaty the two have signed since 2002", "their first joint statement in
// a decade": a document the summit produced
// ("the first time since 1948 that an Arab government had put its name to a written plan for peace")
const AGREEMENT = /\b(?:agreements?|treat(?:y|ies)|accords?|pacts?|communiqu[eé]s?|(?:joint\s+)?declarations?|joint\s+statements?|frameworks?|(?:peace|written)\s+plans?|put\s+(?:its|their|his|her)\s+names?\s+to)\b/i;

function kindIn(text: string): FirstKind | undefined {
  // (the document only when it is what comes first: "the first treaty signed at a summit" is a
  // treaty, "the first summit to produce a treaty" a meeting)
  const document = text.search(AGREEMENT);
  const ahead = (re: RegExp) => {
    const at = text.search(re);
    return at >= 0 && at < document;
  };
  if (document >= 0 && ![PRESS, VISIT, VISITOR, ARRIVAL, MEETING].some(ahead)) return 'agreement';
  if (PRESS.test(text)) return 'press conference';
  if (VISIT.test(text) || VISITOR.test(text) || ARRIVAL.test(text)) return 'visit';
  if (MEETING.test(text)) return 'meeting';
  return undefined;
}

function lastYear(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(YEAR)) year = Number(m[1]);
  return year;
}

// the year a report writes from: its date, else, for a report that prints none (a retrospective,
// a column), the year its lede gives what it reports ("Gandhi landed in Beijing in December 1988,
// the first visit … since 1954"); a year first named further down is background ("in March 2021
// he made his first trip abroad since …"), and a deadline ("by 2030") is no date of anything
const PAST_YEAR = /(?<!\b(?:by|until|till|through|before|to|from|and|or)\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?)\b(1[89]\d\d|20\d\d)\b/gu;
const present = new WeakMap<Doc, number | undefined>();
function presentYear(doc: Doc): number | undefined {
  if (present.has(doc)) return present.get(doc);
  let year = reportDate(doc)?.year;
  // (a headline ends without a full stop: the lede is the first sentence that has one)
  const lede = year === undefined ? sentencesOf(doc).slice(0, 3).find((s) => /[.!?]["”’]?\s*$/.test(s.text)) : undefined;
  if (lede) for (const m of lede.text.matchAll(PAST_YEAR)) year = Math.max(year ?? 0, Number(m[1]));
  present.set(doc, year);
  return year;
}

// people who are not the leaders, as the subject of a first ("the foreign ministers held their first
// talks since 2019", "the first meeting of the defence chiefs since …"); not where they are company
// ("flanked by their ministers"), a source ("according to officials") or a speaker ("the minister
// said it was the first …"), nor a leader after them ("the ministers and then the two presidents")
const OTHERS =
  /(?<!\b(?:by|with|among|beside|alongside|to|for|and|from)\s+(?:[\p{L}'’.-]+\s+){0,2})\b(?:(?<!\bprime\s|\bfirst\s|\bchief\s)ministers?|(?<!\bgeneral\s)secretar(?:y|ies)(?![-\s]general)|chiefs|delegations?|officials|aides|envoys?|representatives|negotiators|sherpas|diplomats|ambassadors?|advis[eo]rs|lawmakers|parliamentarians|lady|wife|husband|spouse|sister|brother|son|daughter|militaries|navies|armies|troops|teams)\b/giu;
const LEADERS_AFTER = /\b(?:president|premier|prime\s+minister|chancellor|leaders?|king|queen|pope|emperor|chairman|(?:the\s+)?(?:two|both)\s+(?:men|sides)|the\s+pair|heads?\s+of\s+(?:state|government))\b|\b(?:said|says|told|tells|according|noted|added|stressed|recalled|pointed\s+out|(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|hail(?:ed|s|ing)|bill(?:ed|s|ing)|term(?:ed|s)|dubb(?:ed|ing)|label(?:l)?(?:ed|ing)|characteri[sz](?:ed|es|ing))\s+(?:it|this|that|them|the\s+(?:meeting|talks|visit|summit|trip|encounter))|announc(?:ed|es|ing)|confirm(?:ed|s|ing)|insist(?:ed|s|ing)|claim(?:ed|s|ing)|point(?:ed|s)\s+to|remark(?:ed|s)|observ(?:ed|es))\b/i;
function othersFirst(t: string): boolean {
  let last = -1;
  for (const m of t.matchAll(OTHERS)) last = m.index! + m[0].length;
  return last >= 0 && !LEADERS_AFTER.test(t.slice(last));
}

const ASIDE_G = /,\s(?:[\w'’-]+\s){0,4}[\w'’-]+,(?=\s)/g;

interface Found {
  start: number;
  end: number;
  value: FirstSince;
}

function firstsIn(doc: Doc, s: Sentence): Found[] {
  const out: Found[] = [];
  const text = s.text;
  for (const m of text.matchAll(FIRST)) {
    const at = m.index!;
    if (NOT_BEFORE.test(text.slice(Math.max(0, at - 20), at))) continue;
    // "in December 2022 he made his first trip abroad since the invasion": a first the clause
    // dates to another year is an earlier occasion's, not this summit's
    // (a relative clause set off by commas dates its own verb: "Putin, who met him in 2018, held
    // his first talks since …" still speaks of this summit)
    const lead = text
      .slice(Math.max(0, at - 120), at)
      .split(/[:;]|,\s+(?:and|but)\s|\s[–—]\s/)
      .pop()!
      .replace(/,\s+(?:who|which|whom|whose|where|when)\b[^,]*,/g, ',');
    // a first only hoped, wanted or conditional is not asserted ("aides hope it will be the first
    // visit since 1928", "if it goes ahead, the summit would be the first since 2018")
    if (HOPED.test(lead) || CONDITIONAL.test(lead)) continue;
    const earlier = lead.match(EARLIER);
    if (earlier && (!earlier[1] || Number(earlier[1]) !== presentYear(doc))) continue;
    // (a short aside set off by commas is no end of the clause: "the first time the two had
    // met, even on a screen, since Biden took office"; it is blanked, so offsets stay)
    const rest = text.slice(at + m[0].length, at + m[0].length + 220).replace(ASIDE_G, (x) => (/\bsince\b|\d/i.test(x) ? x : ' '.repeat(x.length)));
    const cut = rest.search(CLAUSE_END);
    const clause = cut < 0 ? rest : rest.slice(0, cut);
    let end: number | undefined;
    let year: number | null = null;
    let ever = /ever$/i.test(m[0]);
    let approx = false;
    let dated = false;
    const since = clause.match(SINCE);
    const span = clause.match(IN_SPAN) ?? clause.match(AFTER_SPAN);
    const vague = clause.match(IN_VAGUE);
    let what = clause;
    if (since) {
      // "since Helsinki in 2018", "since their 2019 meeting", "since Trump's return to the political stage"
      // ("since that day in Beijing", "since before the pandemic": a word right after "since" opens no clause)
      const tail = rest.slice(since.index! + since[0].length);
      const demonstrative = tail.match(/^\s+(?:that|those|before)(?=\s)/)?.[0] ?? '';
      const target = demonstrative + tail.slice(demonstrative.length).split(TARGET_END)[0]!;
      // "they last met in Bali in 2022; this was their first summit since.": "since" alone counts
      // from the last meeting the sentence named, and with none it says nothing
      // (and "since then" counts from it too: "the two, who last met in Lima in 2024, held their
      // first talks since then")
      const last = !target.trim() || /^\s*(?:then|that\s+(?:meeting|summit|encounter|time))\s*$/i.test(target) ? text.slice(0, at).match(LAST_MET) : undefined;
      if ((!target.trim() && !last) || SAME_WEEK.test(target)) continue;
      let counted = countedFrom(doc, last ? last[0] : target);
      if (counted.year === null && last && target.trim()) counted = countedFrom(doc, target);
      year = counted.year;
      const { relative, ref } = counted;
      // "since they met in Vienna six years ago": counted back from the report's own date
      const ago = year === null ? target.match(YEARS_AGO) : null;
      const n = ago ? parseNumber(ago[1]!) : undefined;
      if (n !== undefined && n >= 2 && ref === undefined) {
        const today = reportDate(doc)?.year;
        if (today !== undefined) year = today - n;
      }
      // "since a tense encounter in Milan in October": a month the report's readers place themselves
      if ((relative || BARE_MONTH.test(target) || ANAPHORIC.test(target) || MONTH_DAY.test(target)) && year === null) dated = true;
      end = since.index! + since[0].length + target.trimEnd().length;
      // "since Ronald Reagan and Gorbachev met in Moscow in 1988": the year after the names
      // ("… signed the SALT II treaty in Vienna in June 1979", "since Buenos Aires, Dec. 2018")
      const later = year === null ? rest.slice(end).match(LATER_YEAR) : null;
      if (later) {
        year = Number(later[1]);
        end += later[0].length;
      }
      what = clause.slice(0, since.index!);
    } else if (span && (!vague || span.index! <= vague.index!)) {
      const n = span[1] === undefined ? 1 : parseNumber(span[1]);
      const ref = reportDate(doc);
      // ("in 11 months" from a report dated March counts back into the year before)
      if (n !== undefined && /^month/i.test(span[2]!) && ref?.year !== undefined) {
        year = Math.floor((ref.year * 12 + ref.month - 1 - n) / 12);
        approx = true;
      } else if (n !== undefined && n * SPAN_YEARS(span[2]!) >= 1 && ref?.year !== undefined) {
        year = Math.round(ref.year - n * SPAN_YEARS(span[2]!));
        approx = true;
      }
      end = span.index! + span[0].length;
      what = clause.slice(0, span.index!);
    } else if (vague) {
      end = vague.index! + vague[0].length;
      what = clause.slice(0, vague.index!);
    } else if (ever || EVER.test(clause) || SITTING.test(clause)) {
      ever = true;
      const history = clause.match(/\bin\s+(?:the\s+)?history\b/i);
      end = history ? history.index! + history[0].length : clause.trimEnd().length;
    } else if (COPULA.test(lead) && BARE.test(clause) && !TENURE_FIRST.test(clause)) {
      // "It was Bush's first visit to Sochi", "the first summit held in this format": a first
      // the summit is said to be, counted from no earlier occasion, is a first of all time
      // (but "his first visit … as head of state" counts within a term of office)
      ever = true;
      end = clause.trimEnd().length;
    } else continue;
    if (end === undefined || end <= 0) continue;
    // what it is the first of: named after "first", else in the clause around it ("the
    // summit — the first between the two leaders since …", "met for the first time since")
    const before = text.slice(Math.max(0, at - 200), at);
    const after = rest.slice(end, end + 80);
    // (the first of the gathering around the talks: "the first G20 summit held in person since …")
    if (MULTILATERAL.test(what)) continue;
    let kind = kindIn(what);
    if (!kind && /^\s*(?:time|occasion)\b/i.test(what)) {
      // "the first time" is the first of what its own clause says: the verb "for the first time"
      // qualifies ("the rouble rose for the first time since March", "the two, meeting for the
      // first time since …"), or the clause that follows it ("it was the first time since 2014
      // that trade grew"); only a bare "the first time since 2019." leans on the sentence around it
      // (the clause after it only when nothing comes before it in its own clause: "For the first
      // time since Helsinki, the two sat down together", not "Markets rose for the first time since
      // Friday as the summit opened")
      if (/\bfor\s*$/i.test(before)) {
        const own = before.split(/[,;:—–]|\s-\s/).pop()!;
        kind = kindIn(own) ?? (/^\s*(?:(?:and|but|so|yet|now|then|thus)\s+)?for\s*$/i.test(own) ? kindIn(after.split(/[;:—–]|\s-\s/)[0]!) : undefined);
      }
      else if (/^\s*(?:,\s*)?(?:that|when)\b/i.test(after)) kind = kindIn(after);
      else kind = kindIn(before) ?? kindIn(after);
    // ("The journey was Putin's first outside the former Soviet Union since …": a place after the
    // bare "first" leaves what it is the first of to the clause around it)
    } else if (!kind && (/^\s*(?:between|of|for|with|by|to|in|on|at|outside|beyond|abroad|away)\b/i.test(what) || what.trim() === '')) kind = kindIn(before) ?? kindIn(after);
    if (!kind) continue;
    // whose first it is: the ministers', the delegations', a leader's wife's first is not the summit's
    // (the clause after "the first time since 2014 that …" is the first's own; after "the first
    // summit since 2011, when …" it tells of the earlier occasion)
    const thatClause = /^\s*(?:time|occasion)\b/i.test(what) && /^\s*(?:,\s*)?(?:that|when)\b/i.test(after) ? after.split(/[;:—–]|\s-\s/)[0]! : '';
    if (othersFirst(lead) || othersFirst(what) || othersFirst(thatClause)) continue;
    // ("the first time since 2019 that Tokyo has hosted the G7": the gathering's first, not the summit's)
    if (MULTILATERAL_NAME.test(thatClause.split(',')[0]!)) continue;
    const start = s.start + at;
    const stop = s.start + at + m[0].length + end;
    const value: FirstSince = { text: doc.clean.slice(start, stop), year, first: kind };
    if (ever && year === null) value.ever = true;
    if (approx) value.approx = true;
    if (dated) value.relative = true;
    out.push({ start, end: stop, value });
  }
  return out;
}

// "Not since 2015 had the two leaders met in person", "not since Nixon has a president visited": the
// inverted "first since", its target up to the auxiliary and its kind in the clause after it
const NOT_SINCE = /\bnot\s+since\s((?:(?![,;:]|\s(?:had|has|have|did|does|do|was|were|is|are)\s)[^]){1,100})\s(?:had|has|have|did|does|do|was|were|is|are)\s([^,;:.!?]{1,100})/i;
/** The year a first is counted from: named in what it is counted from, or from the report's own date ("last year"). */
function countedFrom(doc: Doc, target: string): { year: number | null; relative: RegExpMatchArray | null; ref: ReturnType<typeof reportDate> } {
  let year = lastYear(target);
  const relative = year === null ? target.match(LAST_RELATIVE) : null;
  const ref = relative ? reportDate(doc) : undefined;
  if (relative && ref?.year !== undefined) year = relativeYear(relative, { ...ref, year: ref.year });
  return { year, relative, ref };
}

function notSinceIn(doc: Doc, s: Sentence): Found[] {
  const m = s.text.match(NOT_SINCE);
  if (!m) return [];
  const kind = kindIn(m[2]!);
  // (the same checks as a first's: not the ministers' first, nor the gathering's)
  if (!kind || othersFirst(m[2]!) || MULTILATERAL.test(m[2]!)) return [];
  const target = m[1]!;
  const { year, relative } = countedFrom(doc, target);
  const start = s.start + m.index!;
  const stop = start + m[0].trimEnd().length;
  const value: FirstSince = { text: doc.clean.slice(start, stop), year, first: kind };
  if (year === null && (relative || BARE_MONTH.test(target) || ANAPHORIC.test(target) || MONTH_DAY.test(target))) value.relative = true;
  return [{ start, end: stop, value }];
}

// "the two had not met in person since 2018", "Kim has not visited Russia since 2019", "who have not
// sat down together since their Geneva meeting": a meeting or visit denied up to a time makes this
// one the first since then, of what the verb names
// ("No Russian leader had visited Washington since 2005": the subject says who did not)
const NOT_PERFECT = /(?:\b[Nn]o\s+((?:(?!\bsince\b)[\p{L}.'’-]+\s+){1,5}?)(?:ha(?:s|ve|d))\s+(?:ever\s+)?|\b(?:ha(?:s|ve|d)\s+(?:not|never)|hasn['’]t|haven['’]t|hadn['’]t)\s+)((?:(?![,;:.!?—–()]|\bsince\b)[^]){2,70}?)\s*\bsince\b/gu;
function notPerfectIn(doc: Doc, s: Sentence): Found[] {
  const out: Found[] = [];
  const text = s.text;
  for (const m of text.matchAll(NOT_PERFECT)) {
    const at = m.index!;
    const verb = m[2]!;
    const kind = kindIn(verb);
    if (!kind) continue;
    // whose it is: the clause's subject ("foreign ministers had not met since 2020" is theirs; "the
    // boundary talks, which have not met since 2019" a body's)
    const subject = text.slice(Math.max(0, at - 120), at).split(/[;:—–]|\s-\s|,\s+(?:and|but)\s/).pop()! + (m[1] ?? '');
    if (/\bwhich\s*$/i.test(subject) || othersFirst(subject) || othersFirst(verb) || MULTILATERAL.test(verb)) continue;
    const earlier = subject.match(EARLIER);
    if (earlier && (!earlier[1] || Number(earlier[1]) !== presentYear(doc))) continue;
    const tail = text.slice(at + m[0].length);
    const demonstrative = tail.match(/^\s+(?:that|those|before)(?=\s)/)?.[0] ?? '';
    const target = demonstrative + tail.slice(demonstrative.length).split(TARGET_END)[0]!;
    if (!target.trim() || SAME_WEEK.test(target)) continue;
    const { year, relative } = countedFrom(doc, target);
    const start = s.start + at;
    const stop = start + m[0].length + target.trimEnd().length;
    const value: FirstSince = { text: doc.clean.slice(start, stop), year, first: kind };
    if (year === null && (relative || BARE_MONTH.test(target) || ANAPHORIC.test(target) || MONTH_DAY.test(target))) value.relative = true;
    out.push({ start, end: stop, value });
  }
  return out;
}

// "the last time the two leaders met was in 2015", "2011 — the last time a North Korean leader met
// a Kremlin leader": the earlier occasion named outright, with its year
const LAST_TIME =
  /\bthe\s+last\s+time\s+((?:(?![;:.!?])[^]){3,100}?)\s+(?:was|came)\s+(?:also\s+)?(?:back\s+)?(?:in|during)\s+(?:[^,;.]{0,40}?\b(?:in|of)\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(1[89]\d\d|20\d\d)\b/gi;
const YEAR_LAST_TIME = /(?<![\w,.])(1[89]\d\d|20\d\d)[*_]*\s*[—–:]\s*the\s+last\s+time\s+([^.;:(]{3,100}?)\s*(?=[.;:(]|$)/gi;
function lastTimeIn(doc: Doc, s: Sentence): Found[] {
  const out: Found[] = [];
  const found = [
    ...[...s.text.matchAll(LAST_TIME)].map((m) => ({ m, what: m[1]!, year: Number(m[2]) })),
    ...[...s.text.matchAll(YEAR_LAST_TIME)].map((m) => ({ m, what: m[2]!, year: Number(m[1]) })),
  ];
  for (const { m, what, year } of found) {
    const kind = kindIn(what);
    // (whose it is: "the ministers last met in 2019" is theirs)
    const subject = s.text.slice(Math.max(0, m.index! - 80), m.index!).split(/[;:—–]|\s-\s|,\s+(?:and|but)\s/).pop()!;
    if (!kind || othersFirst(what) || othersFirst(subject) || MULTILATERAL.test(what)) continue;
    const start = s.start + m.index!;
    const stop = start + m[0].trimEnd().length;
    out.push({ start, end: stop, value: { text: doc.clean.slice(start, stop), year, first: kind } });
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** what the first is counted from, for comparing two firsts that give no year */
const targetOf = (v: FirstSince) => norm(v.text.replace(/^.*?\bsince\b/i, '').replace(/^.*?\bfirst\b/i, ''));

// the names in what a first is counted from: "since they met in Bali last November" and "since
// their talks in Bali a year earlier" count from the same meeting
const NAME_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+/gu;
const NOT_A_NAME = /^(?:The|Their|His|Her|Its|A|An|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
function namesIn(v: FirstSince): Set<string> {
  const target = v.text.replace(/^.*?\bsince\b/i, '');
  return new Set([...target.matchAll(NAME_WORD)].map((m) => m[0]).filter((w) => !NOT_A_NAME.test(w)));
}
function sameNames(a: FirstSince, b: FirstSince): boolean {
  const x = namesIn(a);
  const y = namesIn(b);
  return x.size > 0 && [...y].some((w) => x.has(w));
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/ /g, '');
  for (let i = 0; i < t.length - 1; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

function alike(a: string, b: string): boolean {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, c] of x) {
    common += Math.min(c, y.get(g) ?? 0);
    total += c;
  }
  for (const c of y.values()) total += c;
  return total > 0 && (2 * common) / total >= 0.7;
}

// "in 12 years" from a report dated 2023 names 2011 as plainly as "since 2011" does; "in more than a
// decade", "in nearly six years", "in a quarter of a century" only come near it
const HEDGED_SPAN = new RegExp(String.raw`\b${SPAN_HEDGE}\s+(?:${NUMBER}|a|an|the)\b|\b(?:decades?|centur(?:y|ies)|quarter)\b`, 'i');
const hedgedSpan = (v: FirstSince) => HEDGED_SPAN.test(v.text.replace(/^.*?\bfirst\b/i, ''));
const specificity = (v: FirstSince) => (v.year !== null ? 1000 : 0) + v.text.length;

export function relateFirsts(a: FirstSince, b: FirstSince): Relation {
  // a leader's first visit since a year and the leaders' first meeting since that year count
  // from the same occasion: a summit abroad is both ("the first visit to Pyongyang by a South
  // Korean president since 2007", "the first inter-Korean summit in Pyongyang since 2007")
  const visitOrMeeting = (v: FirstSince) => v.first === 'visit' || v.first === 'meeting';
  if (a.first !== b.first && visitOrMeeting(a) && visitOrMeeting(b) && a.year !== null && a.year === b.year && !a.approx && !b.approx) return 'same';
  // firsts of different things never contradict each other
  if (a.first !== b.first) return specificity(a) >= specificity(b) ? 'narrower' : 'wider';
  if (a.ever && b.ever) return 'same';
  // "since the Feb. 28 Oval Office blow-up" and "since their talks on 28 February 2025": one day
  const da = dayOf(a);
  const db = dayOf(b);
  if (da !== undefined && da === db && (a.year === null || b.year === null || a.year === b.year)) return 'same';
  // (two different days are two occasions, whatever names they share)
  const otherDay = da !== undefined && db !== undefined && da !== db;
  if ((a.ever && b.year !== null) || (b.ever && a.year !== null)) return 'conflict';
  if (a.year !== null && b.year !== null) {
    const slack = a.approx || b.approx ? 2 : 0;
    if (Math.abs(a.year - b.year) > slack) return 'conflict';
    if (a.year === b.year && (!!a.approx === !!b.approx || !hedgedSpan(a.approx ? a : b))) return 'same';
    return a.approx ? 'wider' : 'narrower';
  }
  // "since their summit in Geneva last November" is "since Geneva in November 1985" for a report
  // that does not print its year
  if (!otherDay && ((a.year !== null && b.relative) || (b.year !== null && a.relative)) && sameNames(a, b)) return 'same';
  if (a.year !== null) return 'narrower';
  if (b.year !== null) return 'wider';
  return !otherDay && (alike(targetOf(a), targetOf(b)) || sameNames(a, b)) ? 'same' : specificity(a) >= specificity(b) ? 'narrower' : 'wider';
}

// a first of all time that no "ever", "in history" or "sitting" made one: one the summit was
// said to be (COPULA)
const bare = (v: FirstSince) => {
  const after = v.text.replace(/^.*?\bfirst\b/i, '');
  return !!v.ever && !EVER.test(after) && !SITTING.test(after);
};

const firstKind: ClaimKind<FirstSince> = {
  type: 'history.first_since',
  label: 'First since',
  relate: relateFirsts,
  // (a first the summit was said to be shows as the report words it: "Bush's first visit to Sochi")
  display: (v) =>
    bare(v)
      ? v.text
      : v.ever
        ? `first-ever ${v.first}`
        : v.year !== null
          ? `first ${v.first} since ${v.approx ? '~' : ''}${v.year}`
          : /\bsince\s/i.test(v.text)
            ? `first ${v.first} since ${v.text.replace(/^.*?\bsince\s+/i, '')}`
            : v.text,
  identity: (v) => `${v.first}|${v.ever ? 'ever' : v.year !== null ? `${v.approx ? '~' : ''}${v.year}` : targetOf(v)}`,
  conflict: 'they count the same first from different times',
};

export const historyExtractor: Extractor = {
  family: 'history',
  kinds: [firstKind],
  extract(doc: Doc): Claim[] {
    const claims: Claim[] = [];
    const seen = new Set<string>();
    // ("had not met since", "the last time they met was in" are read only in a report that words
    // no first of its own: beside one they are background, an earlier pair or another visit)
    const sentences = sentencesOf(doc).filter((s) => TRIGGER.test(s.text));
    const firsts = sentences.map((s) => [...firstsIn(doc, s), ...notSinceIn(doc, s)]);
    const kin = firsts.some((f) => f.length > 0) ? undefined : sentences.map((s) => [...notPerfectIn(doc, s), ...lastTimeIn(doc, s)]);
    for (const [i, s] of sentences.entries()) {
      for (const f of kin ? kin[i]! : firsts[i]!) {
        // a report that repeats its "first since" says it once
        const id = firstKind.identity(f.value);
        if (seen.has(id)) continue;
        seen.add(id);
        const attribution = voiceOf(doc, s, f.start);
        claims.push({ type: 'history.first_since', value: f.value, span: { start: f.start, end: f.end }, attribution, modality: 'stated' });
      }
    }
    // a report that counts its first from an earlier occasion has made its "first since" claim;
    // a "first-ever" beside it is about something else ("the first joint news conference ever")
    // (and a first-ever visit or press conference is a feat of the day, "the first sitting president
    // to set foot in the North", not what the meeting was the first of; but a visit said plainly
    // to be a first, "It was Bush's first visit to Sochi", is the summit's)
    const counted = claims.some((c) => !(c.value as FirstSince).ever);
    let kept = counted ? claims.filter((c) => !(c.value as FirstSince).ever) : claims.filter((c) => (c.value as FirstSince).first === 'meeting' || bare(c.value as FirstSince));
    // a report that dates its first once ("since 2019") and words it loosely elsewhere ("in five
    // years", its headline) makes one claim, the dated one
    const datedKinds = new Set(kept.filter((c) => (c.value as FirstSince).year !== null).map((c) => (c.value as FirstSince).first));
    kept = kept.filter((c) => (c.value as FirstSince).year !== null || (c.value as FirstSince).ever || !datedKinds.has((c.value as FirstSince).first));
    const rank = (c: Claim) => ['meeting', 'press conference', 'visit', 'agreement'].indexOf((c.value as FirstSince).first);
    // (every first of that kind stays: two that count from different years contradict each
    // other, and the matrix shows that rather than picking one)
    const best = Math.min(...kept.map(rank));
    return kept.filter((c) => rank(c) === best);
  },
};
