// Outcomes: was a deal reached, was a joint statement issued, was a ceasefire agreed.
//
// Reports rarely say "yes" or "no" outright; they put a noun ("deal", "communiqué", "truce")
// under a verb ("reached", "issued", "failed to secure"), a negation ("no", "without"), a
// hope ("hoped for") or another event ("Biden's 2021 summit, which ended without…"). So each
// noun is read in its clause: a short walk leftwards over its modifiers to the verb or the
// negation that governs it, a look at what follows ("was not reached", "would be signed"),
// and checks for irrealis (hopes, plans, conditions) and for history, which both silence it.
// A noun nothing governs is no claim, except where the noun itself presupposes the event
// ("in a joint statement, the leaders said…").
//
// The press family (press.ts) reads its nouns with the same machinery, exported here.
import type { Claim, ClaimType, Relation, Sentence } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { ClaimKind, Extractor } from './kind.js';
import { GROUP, nameOf, voiceAt } from './cues.js';
import { meetingDays } from './date.js';

export type Outcome = 'yes' | 'no' | 'partial';

// ---------------------------------------------------------------------------------------------
// Reading a noun in its clause

interface Tok {
  /** lower-cased word, or "," */
  w: string;
  start: number;
  end: number;
  /** written with a capital: a name, or a sentence's first word */
  cap?: boolean;
}

const TOKEN = /[A-Za-z0-9][A-Za-z0-9'’&-]*|,/g;

// how far a clause is looked for: what governs a noun is never further, and a run-on "sentence"
// of a whole file must not make every noun rescan it
const REACH = 300;

/** Where the clause holding `at` starts: the last hard boundary before it (commas optional). */
export function clauseStart(text: string, at: number, commas = false): number {
  const stop = Math.max(0, at - REACH);
  for (let i = at - 1; i >= stop; i--) {
    const c = text[i]!;
    if (c === ';' || c === ':' || c === '—' || c === '–' || c === '(' || c === ')' || c === '[' || c === ']') return i + 1;
    if (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') return i + 1;
    if (commas && c === ',') return i + 1;
  }
  return stop;
}

/** Where the clause holding `at` ends (exclusive). */
export function clauseEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + REACH);
  for (let i = at; i < stop; i++) {
    const c = text[i]!;
    if (c === ';' || c === ':' || c === '—' || c === '–' || c === '(' || c === ')' || c === '[' || c === ']') return i;
    if (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') return i;
  }
  return stop;
}

/** The words of text[from, to), nearest to `to` first. */
function tokensBefore(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) out.push({ w: m[0].toLowerCase().replace(/’/g, "'"), start: from + m.index!, end: from + m.index! + m[0].length, cap: /^[A-Z]/.test(m[0]) });
  return out.reverse();
}

const NEGATOR = /^(?:no|not|never|without|nor|neither|none|nothing|nobody|cannot|unable|absent|absence|lack|lacks|lacked|lacking)$/;
// "won't", "wouldn't" speak of the future or a condition: no outcome either way
const NT_IRREALIS = /^(?:won|wouldn|shouldn|mightn|mustn|shan|needn)'t$/;
const NT = /n't$/;
// "no doubt", "no longer", "not only": a negation word that negates nothing here
const IDIOM_AFTER_NO = /^(?:doubt|longer|sooner|less|more|matter|question|wonder|one|only|just|merely|least)$/;
// verbs that deny the noun whatever sits between ("rejected calls for a ceasefire")
const STRONG =
  /^(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|spurn(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?|failure|cancel(?:s|ed|led|ing|ling)?|scrap(?:s|ped|ping)?|skip(?:s|ped|ping)?|dropp(?:ed|ing)|abandon(?:s|ed|ing)?|avoid(?:s|ed|ing)?|forgo(?:es|ing)?|forwent|forewent|forgone|ignor(?:e|es|ed|ing)|shun(?:s|ned|ning)?|nixed|ditch(?:es|ed|ing)?|resist(?:s|ed|ing)?|balk(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|withheld|eschew(?:s|ed|ing)?)$/;
const DISMISSING_VERB = /^(?:brush(?:es|ed|ing)?|wav(?:e|es|ed|ing)|shrug(?:s|ged|ging)?|push(?:es|ed|ing)?|swat(?:s|ted|ting)?|laugh(?:s|ed|ing)?)$/;
const PARTICLE_VERB = /^(?:rul(?:e|es|ed|ing)|call(?:s|ed|ing)?)$/;
// between a verb and its negation: "did not", "has yet to", "managed to"
const AUX = /^(?:did|does|do|has|have|had|was|were|is|are|be|been|to|also|yet|still|ever|even|formally|officially|finally|jointly|reportedly|apparently|quickly|successfully|eventually|ultimately|both|each|then|later|publicly|immediately|actually|really|able|managed|manage|manages|any|all)$/;
const MODAL = /^(?:could|would|will|may|might|shall|should|can|must)$/;
// hopes, plans, proposals, conditions: what they govern has not happened
const IRREALIS_WORD =
  /^(?:hop(?:e|es|ed|ing|eful)|wish(?:es|ed)?|want(?:s|ed)?|seek(?:s|ing)?|sought|aim(?:s|ed)?|push(?:es|ed|ing)?|pressed|pressing|call(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|expect\w*|anticipat\w*|plan(?:s|ned|ning)?|intend\w*|intention|try|tries|tried|trying|attempt\w*|efforts?|bid|pursu\w*|prospects?|prospective|chances?|possib\w*|potential\w*|future|eventual|hypothetical|propos\w*|offer(?:s|ed|ing)?|ready|willing|prepared|toward|towards|close|closer|near|nearer|talk|talks|negotiat(?:e|es|ed|ing|ion|ions)|discuss\w*|consider\w*|weigh\w*|idea|notion|path|road|way|framework|basis|outline|contours|shape|slots?|schedule|timetable|agenda)$/;
// before the achieving verb: "hoped to reach", "ready to sign" (negotiating is a process, but
// "negotiators" are people, who may well have struck the deal)
const WANTING =
  /^(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|want(?:s|ed)?|seek(?:s|ing)?|sought|aim(?:s|ed)?|push(?:es|ed|ing)?|pressed|pressing|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|expect\w*|anticipat\w*|plan(?:s|ned|ning)?|intend\w*|try|tries|tried|trying|attempt\w*|bid|pursu\w*|propos\w*|offer(?:s|ed|ing)?|ready|willing|prepared|eager|keen|close|closer|near|nearer|negotiat(?:e|es|ed|ing|ion|ions)|discuss\w*|consider\w*|weigh\w*|need|needs|needed|likely|unlikely|possible|set|poised|due|slated|scheduled|forward|about|counting|bound)$/;
const PREPOSITION = /^(?:of|on|to|for|about|in|over|toward|towards|with|at|from|into|regarding|concerning)$/;
// nouns whose absence is the thing's absence: "no sign of", "no progress on", "no agreement on"
const WITH_END = /^(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|wound|wrapp(?:ed|ing)|clos(?:e|es|ed|ing)|emerg(?:e|es|ed|ing)|came|come|comes|left|leave|leaves|walked|went|returned|flew|away|home|back)$/;
const QUANTITY_HEAD = /^(?:handful|number|series|raft|host|couple|pair|set|range|package|string|list|slew|batch|bundle|dozen|dozens|hundreds|scores)$/;
const ABSENCE_HEAD =
  /^(?:sign|signs|progress|announcement|agreement|agreements|deal|consensus|understanding|evidence|indication|indications|movement|headway|breakthrough|commitment|commitments|promise|guarantee|guarantees|assurance|assurances|opportunity|time)$/;
const BREAKER =
  /^(?:but|which|who|whom|whose|that|while|whereas|because|although|though|if|when|where|after|before|until|unless|since|as|so|than|said|says|say|told|tells|tell|is|was|were|are|be|been|being|has|have|had|do|does|did|there|here|it|he|she|they|we|i|you|him|them|us|me|also|amid|despite|whether|like|unlike)$/;
const DETERMINER = /^(?:a|an|the|some|their|his|her|its|this|these|those|our|my|your)$/;
// participles that modify a noun rather than head a clause ("a detailed agreement")
const ADJECTIVAL =
  /^(?:detailed|written|limited|unprecedented|long-awaited|so-called|hoped-for|coordinated|combined|unified|shouted|closing|opening|concluding|outstanding|lasting|binding|legally-binding|sweeping|wide-ranging|far-reaching|fleeting|united|advanced|televised|hyped|much-hyped|unexpected|surprising|stunning|rambling|extended|unscripted|scripted|worded|choreographed|standing|crowded|packed|high-stakes|controlled|staged|shared|joint|signed|agreed)$/;

const MOTION = /^(?:came|come|comes|coming|went|go|goes|going|flew|fly|flies|flying|travel(?:l?ed|l?ing|s)?|arriv(?:e|es|ed|ing)|head(?:s|ed|ing)|journey(?:s|ed|ing)?|rush(?:es|ed|ing)|hurr(?:y|ied|ies|ying)|sent|send|sends|dispatch(?:ed|es)?|visit(?:s|ed|ing)?)$/;
const TIME_HEAD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|morning|afternoon|evening|night|weekend|principle|late|early)$/;
const SIGNATURE_VERB = /^(?:put|puts|putting|set|sets|setting|affix(?:es|ed|ing)?|add(?:s|ed|ing)?)$/;
const WITH_PARTICLE = /^(?:away|home|back)$/;

/**
 * "came out on Thursday morning with a deal", "emerged from 17 hours of talks with a truce":
 * the verb of leaving that "with" (at toks[i]) hangs on, across a time or a place left behind,
 * never across another verb, a negation or an arrival ("came to Minsk with a plan").
 */
function withEnd(toks: Tok[], i: number): number | undefined {
  for (let k = i + 1; k <= i + 8 && k < toks.length; k++) {
    const w = toks[k]!.w;
    if (WITH_PARTICLE.test(w) || w === ',') continue;
    if (WITH_END.test(w)) return k;
    if (w === 'to' || w === 'into' || BREAKER.test(w) || NEGATOR.test(w) || MODAL.test(w) || STRONG.test(w)) return undefined;
    if (/(?:ed|ing)$/.test(w) && !TIME_HEAD.test(w) && !/^(?:during|meeting|building|following)$/.test(w)) return undefined;
  }
  return undefined;
}

/** The verb at toks[i] governs the noun: is it itself negated ("did not reach") or wished for? */
function governed(toks: Tok[], i: number, irrealis: boolean): Walk {
  const t = toks[i]!;
  // "came to Washington to sign a deal", "flew in to seal a truce": what a journey is for
  if (toks[i + 1]?.w === 'to' && toks[i + 2]?.w !== 'on') {
    for (let j = i + 2; j <= i + 6 && j < toks.length; j++) {
      const u = toks[j]!.w;
      if (MOTION.test(u)) return { kind: 'irrealis' };
      if (u === ',' || BREAKER.test(u) || NEGATOR.test(u)) break;
    }
  }
  // "did not appear together before the press or take questions", "signed no treaty nor issue a
  // statement": a second verb joined by "or" / "nor" shares the first one's negation
  const joined = coordinatedNegation(toks, i);
  if (joined) return { kind: 'neg', at: joined.start, strong: false, irrealis, verb: t.w };
  for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
    const u = toks[j]!;
    if (negatorAt(toks, j)) return { kind: 'neg', at: u.start, strong: false, irrealis, verb: t.w };
    if (NT_IRREALIS.test(u.w)) return { kind: 'irrealis' };
    const s = strongAt(toks, j);
    if (s !== undefined) return { kind: 'neg', at: s, strong: true, irrealis, verb: t.w };
    if (MODAL.test(u.w) || WANTING.test(u.w)) return { kind: 'irrealis' };
    // "relations to be settled by treaty", "a deal is to be signed in June": still to be done
    if (u.w === 'be' && toks[j + 1]?.w === 'to') return { kind: 'irrealis' };
    if (AUX.test(u.w)) continue;
    const denier = subjectDenied(toks, j);
    if (denier) return { kind: 'neg', at: denier.start, strong: false, irrealis, verb: t.w };
    break;
  }
  return { kind: 'pos', at: t.start, verb: t.w, irrealis };
}

// what a denied subject may be made of between its "neither" / "none" and the verb: "Neither of
// them", "Neither Nixon nor Zhou", "None of the four leaders", "No Russian official"
const SUBJECT_PART = /^(?:of|the|two|three|four|both|them|us|these|those|nor|leaders?|sides?|men|man|women|woman|presidents?|heads?|state|government|delegations?|officials?|parties|party|[a-z]+(?:ian|ese|ish|an|i))$/;
/**
 * The verb's subject is denied: "Neither of them took questions", "Neither Nixon nor Zhou held a
 * news conference", "No leader signed anything". Returns the denying word.
 */
function subjectDenied(toks: Tok[], j: number): Tok | undefined {
  for (let k = j; k <= j + 6 && k < toks.length; k++) {
    const u = toks[k]!;
    if (/^(?:neither|none|nobody|no)$/.test(u.w)) {
      // "no" opens a subject only with a noun after it: "No leader", not "No, Putin said"
      if (u.w === 'no' && k === j) return undefined;
      return u;
    }
    // "without either leader taking questions", "not with any of them signing": "either" and
    // "any" deny only under the negation that governs them
    if (/^(?:either|any)$/.test(u.w)) {
      const v = toks[k + 1];
      return v && /^(?:without|not|never)$/.test(v.w) ? v : undefined;
    }
    if (u.w === ',' || !(u.cap || SUBJECT_PART.test(u.w))) return undefined;
  }
  return undefined;
}

const COORD_STOP = /^(?:,|but|and|which|who|whom|that|while|whereas|because|although|though|if|unless|yet|so|then)$/;
function coordinatedNegation(toks: Tok[], i: number): Tok | undefined {
  const conj = toks[i + 1];
  if (conj?.w === 'nor') return conj;
  if (conj?.w !== 'or') return undefined;
  for (let k = i + 2; k <= i + 12 && k < toks.length; k++) {
    const u = toks[k]!;
    if (COORD_STOP.test(u.w)) return undefined;
    if (negatorAt(toks, k) && !/^(?:no|none|nothing|nobody|absent|absence|lack)$/.test(u.w)) return u;
  }
  return undefined;
}

type Walk =
  | { kind: 'neg'; at: number; strong: boolean; irrealis: boolean; verb?: string }
  | { kind: 'pos'; at: number; verb: string; irrealis: boolean }
  | { kind: 'irrealis' }
  | { kind: 'none'; irrealis: boolean };

function negatorAt(toks: Tok[], i: number): boolean {
  const t = toks[i]!.w;
  const nearer = toks[i - 1]?.w;
  // "neither one agreed" denies as "neither side" does
  if (NEGATOR.test(t)) return !(nearer && IDIOM_AFTER_NO.test(nearer) && !(t === 'neither' && nearer === 'one'));
  return NT.test(t) && !NT_IRREALIS.test(t);
}

/** A verb that denies: "rejected", "called off", "fell short of". Returns where it starts. */
function strongAt(toks: Tok[], i: number): number | undefined {
  const t = toks[i]!.w;
  const farther = toks[i + 1];
  if (STRONG.test(t)) return toks[i]!.start;
  if ((t === 'out' || t === 'off') && farther && PARTICLE_VERB.test(farther.w)) return farther.start;
  // "brushed off shouted questions", "waved aside calls for a truce", "shrugged off a deal"
  if (/^(?:off|aside|away)$/.test(t) && farther && DISMISSING_VERB.test(farther.w)) return farther.start;
  if (t === 'short' && toks[i - 1]?.w === 'of') return farther && /^(?:fell|fall|falls|falling|stopped|stop|stops|stopping)$/.test(farther.w) ? farther.start : toks[i]!.start;
  return undefined;
}

export interface WalkOptions {
  /** the verbs that, undenied, make the noun a fact ("reached", "issued") */
  achieve: RegExp;
  /** how many words may sit between the noun and what governs it */
  limit?: number;
  /** stop at commas (for verbs, whose subject a comma cuts off) */
  commaStops?: boolean;
}

/**
 * Walk left from a noun over its modifiers (and over "or" / "," lists: "without any formal
 * agreement or joint communiqué") to what governs it: a negation, a denying verb, an
 * achieving verb (itself perhaps negated: "did not reach"), a hope, or nothing.
 */
function walkLeft(text: string, at: number, opts: WalkOptions): Walk {
  // a dozen words is all the walk can use
  const toks = tokensBefore(text, Math.max(clauseStart(text, at), at - 160), at);
  const limit = opts.limit ?? 7;
  let irrealis = false;
  // an "or" and the articles beside it do not count against the reach: "no breakthrough on the
  // border or the peace treaty" is as near as "no breakthrough on borders or treaties"
  let free = 0;
  for (let i = 0; i < toks.length && i - free < limit; i++) {
    const t = toks[i]!;
    if (t.w === 'or' || (/^(?:the|a|an)$/.test(t.w) && (toks[i + 1]?.w === 'or' || toks[i - 1]?.w === 'or'))) free++;
    if (t.w === ',' || t.w === 'and' || t.w === 'or') {
      // "no deal and a joint statement": a fresh determiner ends the negation's reach; under
      // "or" it does not ("no breakthrough on sovereignty or the peace treaty" denies both)
      if (opts.commaStops && t.w === ',') break;
      if (i > 0 && t.w !== 'or' && DETERMINER.test(toks[i - 1]!.w)) break;
      continue;
    }
    if (negatorAt(toks, i)) return { kind: 'neg', at: t.start, strong: false, irrealis };
    if (NT_IRREALIS.test(t.w)) return { kind: 'irrealis' };
    const strong = strongAt(toks, i);
    if (strong !== undefined) return { kind: 'neg', at: strong, strong: true, irrealis };
    if (opts.achieve.test(t.w)) return governed(toks, i, irrealis);
    // "no movement toward a truce", "not any progress towards a ceasefire": the direction is what
    // the denied progress lacked, not a hope
    if (/^towards?$/.test(t.w) && ABSENCE_HEAD.test(toks[i + 1]?.w ?? '') && /^(?:no|any|without)$/.test(toks[i + 2]?.w ?? '')) continue;
    // "After the talks each leader spoke to his own press": the talks as a time gone by, no plan
    if (/^talks$/.test(t.w) && /^(?:the|their)$/.test(toks[i + 1]?.w ?? '') && /^(?:after|following|during|throughout)$/.test(toks[i + 2]?.w ?? '')) continue;
    if (IRREALIS_WORD.test(t.w) || MODAL.test(t.w)) {
      irrealis = true;
      continue;
    }
    // "each side put out its own readout instead of a joint statement", "rather than a deal", "in
    // lieu of a communique": the thing passed over for another was not made
    const passedOver =
      (t.w === 'of' && /^(?:instead|lieu)$/.test(toks[i + 1]?.w ?? '')) || (t.w === 'of' && toks[i + 1]?.w === 'place' && toks[i + 2]?.w === 'in') || (t.w === 'than' && toks[i + 1]?.w === 'rather');
    if (passedOver) return { kind: 'neg', at: toks[t.w === 'of' && toks[i + 1]!.w === 'place' ? i + 2 : i + 1]!.start, strong: false, irrealis };
    // "signed more than a dozen agreements"
    if (t.w === 'than' && /^(?:more|less|fewer|over|under)$/.test(toks[i + 1]?.w ?? '')) continue;
    if (BREAKER.test(t.w)) break;
    // "no sign of a deal" but not "no details of the agreement", "not party to any deal"
    if (PREPOSITION.test(t.w)) {
      const head = toks[i + 1]?.w ?? '';
      // "ended with a truce", "came away with a deal", "emerged from the talks on Thursday
      // with a deal": what a meeting ends with, it produced
      if (t.w === 'with') {
        const k = withEnd(toks, i);
        if (k !== undefined) return governed(toks, k, irrealis);
      }
      // "Nothing in the treaty requires …", "no one in the delegation": what the negation denies
      // is inside the thing, which it takes as made
      if (/^(?:in|under|within)$/.test(t.w) && NEGATOR.test(head)) break;
      // "agreed on Thursday on a ceasefire", "agreed late on Friday to a truce": a time
      // between the verb and its object
      if (TIME_HEAD.test(head)) continue;
      // "shook hands on a deal" is striking it
      if (t.w === 'on' && head === 'hands' && /^(?:shook|shake|shakes|shaking)$/.test(toks[i + 2]?.w ?? '')) return governed(toks, i + 2, irrealis);
      // "put their names to a treaty" is signing it
      if (t.w === 'to' && /^(?:names?|signatures?)$/.test(head) && /^(?:their|his|her|its)$/.test(toks[i + 2]?.w ?? '') && SIGNATURE_VERB.test(toks[i + 3]?.w ?? '')) {
        const g = governed(toks, i + 3, irrealis);
        return g.kind === 'pos' ? { ...g, verb: 'signed' } : g;
      }
      // "signed off on a deal": a particle carries the verb's reach on
      if (!ABSENCE_HEAD.test(head) && !QUANTITY_HEAD.test(head) && !IRREALIS_WORD.test(head) && !opts.achieve.test(head) && !STRONG.test(head) && !NEGATOR.test(head) && !/^(?:off|out|up|down|short)$/.test(head)) break;
      continue;
    }
    if (/(?:ed|ing)$/.test(t.w) && !ADJECTIVAL.test(t.w)) break;
  }
  return { kind: 'none', irrealis };
}

// Irrealis before the governing word: "hoped for", "would", "if", "ready to", "expected to".
// "could not" is a fact, so a modal right before the negation does not count. "prepared" only
// with what it is prepared to do: "read prepared statements" is a fact.
const IRREALIS_BEFORE =
  /\b(?:learn(?:s|ed|t|ing)?\s+(?:how\s+)?to|knows?\s+how\s+to|hop(?:e|es|ed|ing|eful|efully)|wish(?:es|ed|ing)?|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?\s+(?:to|for|at)|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|expect(?:s|ed|ing|ation|ations)?|anticipat\w*|plan(?:s|ned|ning)?\s+to|intend\w*|would|could|might|may|will|shall|should|must|going\s+to|try|tries|tried|trying|attempt\w*|efforts?\s+to|bid\s+to|pursu\w*|prospects?|chances?|possib\w*|potential\w*|if|whether|unless|ready|willing|prepared\s+(?:to|for)|propos\w*|(?<!\b(?:reject\w*|dismiss\w*|den(?:y|ied|ies|ying)|refut\w*|rebutt?\w*)\s+(?:the\s+)?)suggest\w*|close\s+to|poised\s+to|(?:is|are|was|were)\s+(?:due|slated|scheduled|set)\s+to|look\w*\s+forward\s+to|about\s+to|on\s+(?:course|track)\s+to|counting\s+on|closer\s+to|fear\w*|worr\w*|need(?:s|ed)?\s+to|until|unclear|uncertain|unknown|likely|unlikely|aspir\w*|optimis\w*|confiden\w*|amid\s+reports|rumou?r\w*|speculat\w*|envisag\w*|envision\w*|in\s+order\s+to|so\s+that|(?:meant|supposed|intended|designed|billed|tasked|expected)\s+to|insist\w*\s+on|condition\w*|deadlines?|(?:framework|road\s*map|roadmap|blueprint|timetable|basis|path|way)\s+(?:for|to|toward|towards))\b/i;

// (the hope's object may stand between: "hopes for a truce were quickly dashed")
const HOPE_DASHED =
  /\b(?:hopes?|expectations?)\s+(?:(?:of|for)\s+[^,;:.]{1,60}?\s+)?(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:quickly|swiftly|soon|all\s+but|largely)\s+)?(?:dashed|crushed|disappointed|extinguished|deflated|punctured)|(?:quickly\s+|soon\s+)?(?:faded|evaporated|vanished|collapsed|came\s+to\s+nothing|went\s+unmet|proved\s+(?:vain|misplaced|premature)))\b/gi;
// "came closer than anyone to agreeing", "nearly reached a deal": a miss, not a fact
const NEAR_MISS = /\b(?:close|closer|closest|nearer|nearly|almost|within\s+reach)\b/i;

/**
 * Is the clause before `at` irrealis? The window ends at commas: "Despite hopes for a deal, …".
 * `negatedBy` is the negation word of a "no" reading ("could not" is a fact; "nearly" cannot
 * make an absence less absent).
 */
export function irrealisBefore(text: string, at: number, negatedBy?: string): boolean {
  const from = Math.max(clauseStart(text, at, true), at - 90);
  // "Hopes of a settlement were dashed as the two failed to agree": a hope that came to nothing
  // is a fact about the summit, and no longer a hope over what follows it
  let window = text.slice(from, at).replace(HOPE_DASHED, '');
  if (negatedBy === 'not' || negatedBy === 'never') window = window.replace(/\bcould\s*$/i, '');
  // "could not bridge their differences and parted without a deal": an inability is a fact, not
  // a condition, wherever it stands in the clause
  window = window.replace(/\bcould(?:\s+not|n['’]t|\s+never)\b/gi, '');
  return IRREALIS_BEFORE.test(window) || (negatedBy === undefined && NEAR_MISS.test(window));
}

// what may follow the noun
const PP =
  '(?:reached|struck|agreed(?:\\s+(?:on|upon|to))?|signed|concluded|sealed|clinched|secured|announced|achieved|hammered\\s+out|forged|issued|released|adopted|published|produced|held|made|finali[sz]ed|approved|declared|taken|answered|fielded|allowed|permitted|accepted|put\\s+out|given|staged)';
const ADV = '(?:(?:formally|officially|finally|also|quickly|successfully|eventually|ultimately|reportedly|now|ever|actually|jointly)\\s+)?';
const RIGHT_NEG = new RegExp(
  `^\\s*(?:(?:(?:(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:not|never)|(?:wasn|weren|isn|aren)['’]t|(?:hasn|haven|hadn)['’]t\\s+been)\\s+${ADV}${PP}\\b` +
    `|(?:did\\s+not|didn['’]t|never)\\s+(?:take\\s+place|happen|materiali[sz]e|emerge|come\\s+about)|never\\s+(?:took\\s+place|happened|materiali[sz]ed|emerged|came\\s+about|appeared|came)` +
    // "was expected but never appeared", "had been promised yet did not materialise"
    `|(?:was|were|had\\s+been|has\\s+been)\\s+(?:expected|planned|promised|scheduled|due|announced|billed|trailed|envisaged)\\s+(?:[\\w-]+\\s+){0,3}?(?:but|yet)\\s+(?:never|did\\s+not|didn['’]t|failed\\s+to)\\s+(?:appear|appeared|come|came|materiali[sz]ed?|emerge|emerged|happen|happened|take\\s+place|took\\s+place|go\\s+ahead|went\\s+ahead)` +
    // said on the day of something scheduled for it, "will not take place" is its cancellation
    `|(?:will\\s+not|won['’]t|is\\s+not\\s+going\\s+to)\\s+(?:take\\s+place|go\\s+ahead)` +
    // (a headline's present: "treaty stays out of reach")
    `|(?:remained|remains|remain|stayed|stays|stay|proved|proves|was|were|is|are)\\s+(?:still\\s+)?(?:elusive|out\\s+of\\s+reach|beyond\\s+reach|absent|missing|off\\s+the\\s+table)` +
    `|(?:impossible|unattainable|unreachable|out\\s+of\\s+reach)\\b` +
    `|(?:has|have|had)\\s+yet\\s+to\\s+be\\b` +
    `|(?:was|were|had\\s+been|has\\s+been)\\s+(?:cancel+ed|scrapped|called\\s+off|dropped|skipped|shelved|postponed|put\\s+off|abandoned|ruled\\s+out|rejected|dismissed|refused|ignored|brushed\\s+(?:aside|off)|waved\\s+(?:away|aside|off))` +
    // "the treaty went unsigned", "shouted questions go unanswered": a state word that is the denial
    `|(?:(?:went|go|goes|remained|remains|remain|stayed|stays|was\\s+left|were\\s+left|is\\s+left|are\\s+left|was|were|is|are)\\s+)(?:unsigned|unanswered|unratified|unheld)))`,
  'i',
);
// What may stand between a noun and the verb that denies it: a place or time ("the joint press
// conference in the East Room was scrapped"), a clause saying who had planned it ("a news
// conference the two presidents had scheduled for 1 p.m. was cancelled"), or a relative clause
// between commas ("the framework agreement, the text of which had been approved earlier, was
// not signed"). Only planning verbs head the contact clause: any other verb may be the noun's
// own predicate.
const GAP_PP = `(?:\\s+(?:in|at|on|for|of|after|before|between|with|about|from)\\s+(?!which\\b|whom\\b)(?:(?:the|a|an|their|his|her|its|both)\\s+)?[\\w.'’-]+(?:\\s+(?:and\\s+)?[\\w.'’-]+){0,3}?)`;
const GAP_CONTACT = `(?:\\s+(?:that\\s+|which\\s+)?(?:the\\s+two(?:\\s+[a-z]+)?|both(?:\\s+[a-z]+)?|they|the\\s+[a-z]+|[A-Z][\\w'’-]+(?:\\s+and\\s+[A-Z][\\w'’-]+)?)\\s+(?:(?:had|have|has)\\s+)?(?:been\\s+)?(?:scheduled|planned|announced|promised|arranged|set|billed|negotiated|drafted|prepared|expected|approved|hoped\\s+for|sought|wanted|envisaged)${GAP_PP}?)`;
// (or a participle between commas that says when it was due: "the signing, planned for this
// afternoon, was called off"; "the news conference, originally set for noon, was scrapped")
const GAP_COMMA = `(?:\\s*,\\s*(?:(?:which|that|who|whose|the\\s+\\w+\\s+of\\s+which)\\b|(?:(?:originally|initially|first|once|long)\\s+)?(?:[a-z]+ed|set|due|slated|billed|meant)\\s+(?:for|to|at|on|by|in|after|before|around)\\b)[^,;:()]{1,120}?,)`;
const GAP_NEG = new RegExp(`^(?:${GAP_PP}${GAP_CONTACT}?|${GAP_CONTACT}|${GAP_PP}?${GAP_COMMA})${RIGHT_NEG.source.slice(1)}`, 'i');
// (a relative clause of what may yet be done to it counts: "a joint statement that could be
// released later", "a deal which would be signed in the autumn")
const RIGHT_IRREALIS =
  /^\s*(?:(?:that|which)\s+(?:could|would|might|may|will|is\s+to|was\s+to)\s+(?:still\s+|only\s+|then\s+)?be\s+(?:issued|released|published|adopted|signed|agreed|reached|struck|put\s+out|announced|finali[sz]ed|concluded|declared|held)|would|could|might|may|will|can|should|must|expected|planned|anticipated|envisaged|foreseen|sought|hoped\s+for|on\s+the\s+table|in\s+the\s+works|within\s+reach|in\s+sight|still\s+(?:far|possible|in\s+reach)|(?:is|was)\s+(?:still\s+)?far\s+off|(?:was|were|is|are)\s+(?:still\s+)?(?:being\s+)?(?:sought|negotiated|discussed|drafted|prepared)|(?:is|was|are|were)\s+(?:not\s+)?(?:possible|likely|unlikely|expected|planned|scheduled|due|set|within\s+reach|close|near|needed|envisaged|foreseen|anticipated|hoped|sought|proposed|on\s+the\s+table|in\s+the\s+works|being\s+\w+)|remains?\s+(?:possible|unlikely|likely)|seems?|seemed|appears?|appeared|looks?|looked|is\s+still|was\s+still)\b/i;
const RIGHT_PASSIVE = new RegExp(`^${GAP_PP}?\\s*(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|got)\\s+${ADV}${PP}\\b`, 'i');
// a bare participle tied to this meeting presupposes the thing: "an agreement reached during the
// talks"; so does a relative clause: "the understanding we have reached", "the document the two
// leaders signed"
const RIGHT_PRESUPPOSED = new RegExp(
  `^\\s*${ADV}(${PP})\\s+(?:during|at|in|on|between|by|with|after|following|today|yesterday|this|earlier|there)\\b` +
    // after a comma only the verbs of making one, and only with a time or place: "The truce,
    // reached in 80 minutes of talks, …" (not "a truce, agreed on the need for …")
    // (a briefing's bold may close before the comma: "**The X Treaty**, signed Tuesday at …")
    `|^[*_]*\\s*,\\s*${ADV}(reached|struck|signed|sealed|clinched|concluded|brokered|hammered\\s+out|issued|adopted|released|announced)\\s+(?:during|at|in|after|following|between|by|today|yesterday|earlier|late|shortly|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b` +
    // the thing as what the meeting gave: "The truce came out of a working dinner", "a deal that
    // emerged from the talks", "the accord, the fruit of two days of talks," (not a dated one's)
    `|^(?:\\s*,)?\\s+(?:that\\s+|which\\s+)?(?:(?:finally|eventually|ultimately|quickly)\\s+)?(came\\s+out\\s+of|emerged\\s+(?:from|out\\s+of)|resulted\\s+from|grew\\s+out\\s+of|(?:was|is)\\s+the\\s+(?:fruit|product|result|outcome|upshot)\\s+of)\\s+(?:(?:the|a|an|their|this|two|three|several|hours\\s+of|days\\s+of)\\s+){1,3}(?:[a-z][\\w'’-]*\\s+){0,2}?(?:talks|meeting|summit|dinner|lunch|session|negotiations|discussions|encounter|tête-à-tête)\\b` +
    `|^\\s+(?:that\\s+|which\\s+)?(?:we|they|both\\s+(?:sides|leaders|men|presidents)|the\\s+(?:two|leaders|presidents|sides)(?:\\s+(?:sides|leaders|men|presidents|countries|heads\\s+of\\s+state))?|[A-Z][\\w'’-]+(?:\\s+and\\s+[A-Z][\\w'’-]+)?)\\s+(?:(?:have|had|has|just|had\\s+just|have\\s+just)\\s+)?${ADV}(${PP})\\b`,
);
// "disputes" is as often the noun ("the hardest disputes"): only a disputed claim denies
// (a determiner makes it the noun: "the territorial dispute that has soured ties")
// a claim of someone else's knocked down: "rejected suggestions that", "pushed back on reports of"
const CLAIM_WORDS = '(?:reports?|claims?|suggestions?|talk|speculation|rumou?rs?|assertions?|accounts?)';
const DENIAL = new RegExp(
  `\\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|(?<!\\b(?:the|a|an|their|its|this|that|his|her|our|whose)\\s+(?:[\\w-]+\\s+)?)disput(?:e|es|ed|ing)\\s+(?:that|(?:the\\s+)?${CLAIM_WORDS})` +
    `|(?:dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|push(?:es|ed|ing)?\\s+back\\s+(?:on|against)|play(?:s|ed|ing)?\\s+down|pour(?:s|ed|ing)?\\s+cold\\s+water\\s+on|knock(?:s|ed|ing)?\\s+down|shot\\s+down|shoot(?:s|ing)?\\s+down|contradict(?:s|ed|ing)?)\\s+(?:the\\s+|any\\s+)?(?:[\\w-]+\\s+)?${CLAIM_WORDS})\\b`,
  'i',
);
// "claims of a secret deal", "reports about an agreement", knocked down by the lead
const DENIED_OF = new RegExp(`${CLAIM_WORDS}\\s+(?:of|about)\\s+(?:an?|the|any|some)\\s+(?:[\\w-]+\\s+)?$`, 'i');
// "Reports that a deal had been agreed were denied by the Kremlin": the passive of the same
const REPORT_THAT = new RegExp(`\\b${CLAIM_WORDS}\\b[^;:.]{0,60}?\\bthat\\s+[^;:.]{0,60}$`, 'i');
const DENIED_AFTER = /^[^;:.]{0,100}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:flatly|firmly|swiftly|quickly|promptly|later|also)\s+)?(?:denied|dismissed|rejected|refuted|disputed|knocked\s+down|shot\s+down)\b/i;

// ---------------------------------------------------------------------------------------------
// Other events: history and comparison

const CONTRAST_LEAD =
  /^\s*(?:unlike|in\s+contrast\s+(?:to|with)|contrary\s+to|compared\s+(?:with|to)|like|just\s+as|much\s+like|as\s+(?:at|in|with|was\s+the\s+case\s+(?:at|in|with)))\b/i;
const RELATIVE = /^\s*(?:which|where|when|who|whose|that)\b/i;
const HISTORY =
  /\b(?:previous|prior|former|predecessors?(?:['’]s)?|then-\w+|first[- ]term|(?:last|past|earlier)\s+(?:summit|summits|meeting|meetings|talks|encounter|encounters|visit|round|rounds|time|year|month|week|decade|administration|joint|press|news)|(?:their|the)\s+(?:last|previous|earlier)\s+(?:face-to-face|in-person|formal|bilateral|official|full|one-on-one)\s+(?:summit|meeting|talks|encounter|visit|round)|(?:years|decades|months|weeks|days)\s+(?:ago|earlier|before)|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|decades?)\s+(?:later|earlier|before|ago|after|afterwards)|the\s+(?:following|next|previous)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|in\s+the\s+past|back\s+(?:in|then)|at\s+the\s+time|on\s+the\s+eve\s+of|anniversary\s+of|(?:years|decades)\s+since|last\s+(?:met|saw\s+each\s+other|sat\s+down|held\s+talks)|in\s+the\s+run-up\s+to|the\s+(?:day|night|evening)\s+before\s+the\s+(?:summit|talks|meeting)|(?:last|this\s+past)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter))\b/i;
const NEXT_EVENT =
  /\b(?:next|upcoming|follow-up|future|subsequent|another)\s+(?:summit|meeting|round|talks|encounter|week|month|year|time|visit)\b|\b(?:ahead|in\s+advance)\s+of\b|\bbefore\s+the\s+(?:summit|talks|meeting)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
// "Oct. 11 and 12, 1986", "15 August 2025", "in August 2025": the date of the day, not history
const MONTH_BEFORE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s*)?$|\b\d{1,2}(?:\s*(?:and|-|–|to)\s*\d{1,2})?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*$/i;
// a year among the noun's modifiers names another one, month or not: "the July 2022 deal", "their
// 2015 Minsk accord" ("in August 2025 a deal was reached" dates this one: no determiner before it)
const YEAR_MODIFIER = /\b(?:the|a|an|their|its|his|her|that|those|an\s+earlier)\s+(?:(?:[A-Z][a-z]+\.?|\d{1,2})\s+){0,2}(?:19|20)\d\d\s+(?:(?!(?:a|an|the|was|were|is|are|and)\s)[\w-]+\s+){0,2}$/i;
const TURN = /,\s*(?:but|while|whereas|yet|although|though)\b|\b(?:this\s+time|however)\b/gi;

const FIRST_SINCE = /\b(?:first|last|only)\b[^,;]*\bsince\s+(?!(?:then|that)\b)\S/i;
const THAT_EVENT = /^\s*(?:That|Those)\s+(?:earlier\s+|previous\s+|first\s+)?(?:encounter|dinner|summit|meeting|visit|round|session|talks)s?\b/;
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// "in June 1979", "in 2007", "in early May": a time before the report's day. A bare month
// could be this summit's only in a retrospective, which says so with a year or a weekday.
// ("before the end of 2019" is a deadline, not a date gone by)
const PAST_DATE = new RegExp(`\\b(?<!\\b(?:end|close)\\s)(?:in|of|during)\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH_NAME}\\s+)?(?:19|20)\\d\\d\\b|\\b(?:in|during)\\s+(?:(?:early|late|mid-?)\\s*)?${MONTH_NAME}\\b(?!\\s+\\d)`);
// a comma ends what follows the noun, except before a place or a time that still belongs to it
// ("at their meeting in Buenos Aires, Argentina, in December last year")
const APPOSITION = /^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|(?:in|on|at|during)\s[^,]*)$/;

function rightOf(text: string, end: number, segEnd: number): string {
  const pieces = text.slice(end, Math.min(segEnd, end + 80)).split(',');
  let right = pieces[0]!;
  for (let i = 1; i < pieces.length && APPOSITION.test(pieces[i]!); i++) right += ',' + pieces[i]!;
  return right;
}

/** Does a year in this stretch date another event? "since 2018" and dates of the day do not. */
function historicYear(stretch: string): boolean {
  for (const m of stretch.matchAll(YEAR)) {
    const before = stretch.slice(0, m.index!);
    if (/\bsince\b/i.test(before)) continue;
    if (MONTH_BEFORE.test(before)) continue;
    // (an instrument's name: "on the question of the ABM Treaty of 1972")
    if (/\b(?:Treaty|Act|Accords?|Agreement|Convention|Charter|Protocol|Declaration)\s+of\s+$/.test(before)) continue;
    return true;
  }
  return false;
}

/**
 * Is [start, end) about another event than this summit: a comparison's other side ("Unlike
 * Biden's 2021 summit, which ended without a joint appearance, …"), a dated or earlier
 * meeting, or (with `future`) a next one?
 */
export function otherEvent(text: string, start: number, end: number, future = false): boolean {
  const segStart = clauseStart(text, start);
  const segEnd = clauseEnd(text, end);
  let from = segStart;
  const seg = text.slice(segStart, segEnd);
  if (CONTRAST_LEAD.test(seg)) {
    let comma = seg.indexOf(',');
    if (comma >= 0 && RELATIVE.test(seg.slice(comma + 1))) {
      const next = seg.indexOf(',', comma + 1);
      comma = next >= 0 ? next : seg.length;
    }
    if (comma >= 0) {
      if (start < segStart + comma) return true;
      from = segStart + comma + 1;
    }
  }
  for (const m of text.slice(from, start).matchAll(TURN)) from = Math.max(from, from + m.index! + m[0].length);
  const left = text.slice(from, start);
  // the first of its kind "since 2018" is this one
  const right = rightOf(text, end, segEnd);
  if (HISTORY.test(left) || historicYear(left) || YEAR_MODIFIER.test(left)) return true;
  // "the first meeting since Carter and Brezhnev signed the SALT II treaty": the since-clause
  // names the earlier event
  if (FIRST_SINCE.test(left)) return true;
  // "That encounter produced a truce": a demonstrative subject points back to an earlier one
  if (from === 0 && THAT_EVENT.test(left)) return true;
  if (PAST_DATE.test(right) && !/\bsince\b/i.test(right)) return true;
  if (/\b(?:years|decades)\s+ago\b/i.test(right) || HISTORY.test(right)) return true;
  if (future && (NEXT_EVENT.test(left) || NEXT_EVENT.test(right))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// One noun, read

const GENERIC_PREDICATE = /^\s+(?:are|were)\s+(?:(?:usually|generally|normally|still|not|often|rarely)\s+)?(?:customary|common|uncommon|rare|usual|unusual|routine|standard|typical|traditional|the\s+(?:norm|exception|rule|custom))\b/i;
const HABIT_BEFORE = /\b(?:rarely|seldom|usually|often|routinely|typically|generally|frequently|normally|habitually|customarily|traditionally|invariably)\s+$/i;

export interface Reading {
  value: 'yes' | 'no';
  /** relative to the sentence */
  start: number;
  end: number;
  /** the verb that made it a fact, when one did */
  verb?: string;
}

export interface ReadOptions extends WalkOptions {
  /** the noun alone presupposes the thing ("in a joint statement", "the press conference") */
  bare?: boolean;
  /** a denial needs a verb: "no understanding of" is not "no understanding was reached" */
  negNeedsVerb?: boolean;
  /** a following meeting ("at the next summit") is another event */
  future?: boolean;
  /** "In the agreement, …" presupposes one */
  leadPresupposes?: boolean;
  /** a noun with its content and no verb ("Agreement to start consultations.") states it */
  nominal?: boolean;
}

// (a few words, each a run of letters after one run of blanks, so no blank can be read two ways)
// ("the absence of a peace treaty since 1945 still clouds relations": a since-phrase and "still"
// may come first, and the condition may be the subject of any verb of burdening)
const STANDING = /^\s{1,5}(?:(?:between|with|in)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+)?(?:since\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:still\s+)?(?:is|are|remains?|has\s+(?:long\s+)?been|has\s+long|had\s+long|continues|weighs|hangs|clouds|haunts|bedevils|complicates|sours|poisons|overshadows|hampers|hinders|blocks|dogs|shapes|colou?rs|strains|means|leaves|has\s+(?:dogged|hampered|haunted|blocked|bedevilled|bedeviled|kept|clouded|complicated|soured|poisoned|overshadowed|strained))\b/i;
const EXISTENTIAL = /\bthere\s+(?:was|is|were|has\s+been|had\s+been)\s+(?:now\s+)?(?:an?|some)\s+(?:[a-z-]+\s+){0,2}$/i;
const LEAD_PRESUPPOSES =
  /(?:^|[.;:]\s*|,\s*)(?:in|under|according\s+to|as\s+part\s+of|by\s+the\s+terms\s+of)\s+(?:the|their|this)\s+(?:(?:new|joint|signed|final|landmark|historic|brief|short|[\w]+-point)\s+)?$/i;

/** Read the noun at text[start, end) of a sentence: yes, no, or nothing to say. */
export function readNoun(text: string, start: number, end: number, opts: ReadOptions): Reading | undefined {
  const r = decide(text, start, end, opts);
  if (!r) {
    // "pushed back on claims of a secret agreement": the thing claimed, denied
    const lead = text.slice(Math.max(clauseStart(text, start), start - 80), start);
    if (DENIED_OF.test(lead) && DENIAL.test(lead) && !irrealisBefore(text, start - lead.length + lead.search(DENIAL)) && !otherEvent(text, start, end, opts.future)) return { value: 'no', start: start - lead.length + lead.search(DENIAL), end };
    return undefined;
  }
  // "the absence of a peace treaty is a legacy of the past", "the lack of a deal has long
  // hampered trade": a standing condition the sentence talks about, not what the summit did
  if (r.value === 'no' && /^(?:absence|lack)\b/i.test(text.slice(r.start, r.start + 8)) && STANDING.test(text.slice(end, end + 40))) return undefined;
  // "The Kremlin denied that a deal had been reached"
  const lead = text.slice(Math.max(clauseStart(text, r.start), r.start - 80), r.start);
  if (DENIAL.test(lead) || (REPORT_THAT.test(lead) && DENIED_AFTER.test(text.slice(r.end, r.end + 140)))) {
    if (r.value === 'no') return undefined;
    r.value = 'no';
  }
  if (otherEvent(text, r.start, r.end, opts.future)) return undefined;
  // "Putin praised the 1987 INF Treaty": the year may stand between the verb and the noun
  if (YEAR_MODIFIER.test(text.slice(Math.max(0, start - 60), start))) return undefined;
  // "The joint statement from the 2018 Helsinki summit was never published": the stretch between
  // the noun and the verb that denies it may date it to another meeting
  if (r.end > end && (historicYear(text.slice(end, r.end)) || HISTORY.test(text.slice(end, r.end)))) return undefined;
  // "Biden has not held a solo news conference in months": a perfect's denial over a span of time
  // counts the days before this one
  if (r.value === 'no' && /\b(?:has|have)(?:\s+not|n['’]t)\b/i.test(text.slice(Math.max(0, r.start - 8), start)) && /^\s*(?:[\w-]+\s+){0,4}?(?:in|for)\s+(?:(?:many|several|recent|a\s+few|[\w-]+)\s+)?(?:days|months|weeks|years|decades)\b/i.test(text.slice(end, end + 50))) return undefined;
  // "Xi rarely takes questions", "the two usually issue a joint statement": a habit, not this day
  if (r.value === 'yes' && r.verb && HABIT_BEFORE.test(text.slice(Math.max(0, r.start - 30), r.start))) return undefined;
  // "Joint statements are customary at such summits": a bare plural with a predicate of kinds
  if (/s$/i.test(text.slice(start, end)) && !/\b(?:the|their|its|these|those|two|both|several|some)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, start - 30), start)) && GENERIC_PREDICATE.test(text.slice(end, end + 50))) return undefined;
  // "No deal is better than a bad deal": a maxim compares kinds of deal, none of them this one
  if (/^\s+(?:is|was|are|were|would\s+be)\s+(?:always\s+|still\s+|far\s+)?(?:better|worse|preferable)\s+(?:than|to)\b/i.test(text.slice(end, end + 40))) return undefined;
  // "his talent for making deals", "known for striking accords": a bare plural under a gerund
  // that a preposition governs is a habit, not a deal made here
  if (r.value === 'yes' && /s$/i.test(text.slice(start, end)) && /\b(?:for|of|at|in|about|on)\s+[a-z]+ing\s+(?:[a-z-]+\s+)?$/i.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  // "neither is the signing of any agreements (planned)": "any" is only said under a negation,
  // a question or a condition, so a "yes" through it misses what governs it
  if (r.value === 'yes' && /\bany\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  return r;
}

const ASKED_ABOUT = /\b(?:asked|questioned|quizzed|pressed)\s+(?:\w+\s+)?(?:about|on|over|regarding)\s+(?:the\s+|an?\s+|any\s+)?(?:[\w-]+\s+)?$/i;
// "Without an agreement on Ukraine, sanctions will stay in place": a fronted "without" whose main
// clause is a forecast or a condition states no outcome
const FORECAST_CLAUSE = /^[^,;:]*,[^,;:.]*?\b(?:will|would|could|can|cannot|can['’]t|won['’]t|may|might|must)\b/i;

function decide(text: string, start: number, end: number, opts: ReadOptions): Reading | undefined {
  const w = walkLeft(text, start, opts);
  const right = text.slice(end, end + 80);
  if (w.kind === 'irrealis') return undefined;
  if (w.kind === 'neg') {
    if (!w.strong && w.irrealis) return undefined;
    if (RIGHT_IRREALIS.test(right)) return undefined;
    const word = text.slice(w.at, w.at + 6).toLowerCase().match(/^\w+/)?.[0];
    if (irrealisBefore(text, w.at, word)) return undefined;
    if (/^without\b/i.test(text.slice(w.at, w.at + 8)) && /^[\s*_>-]*$/.test(text.slice(clauseStart(text, w.at, true), w.at)) && FORECAST_CLAUSE.test(text.slice(end))) return undefined;
    // "showed no understanding of" is not "no understanding was reached"
    if (opts.negNeedsVerb && !w.verb && !w.strong && word !== 'without' && !/^\s*(?:was|were|had\s+been|has\s+been)\s+(?:reached|found|achieved)\b/i.test(right)) return undefined;
    return { value: 'no', start: w.at, end };
  }
  const neg = right.match(RIGHT_NEG) ?? text.slice(end, end + 220).match(GAP_NEG);
  if (neg) {
    if (irrealisBefore(text, start)) return undefined;
    return { value: 'no', start, end: end + neg[0].length };
  }
  if (RIGHT_IRREALIS.test(right)) return undefined;
  if (w.kind === 'pos') {
    if (w.irrealis || irrealisBefore(text, w.at)) return undefined;
    return { value: 'yes', start: w.at, end, verb: w.verb };
  }
  const presupposed = right.match(RIGHT_PRESUPPOSED);
  if (presupposed) {
    const verb = (presupposed[1] ?? presupposed[2] ?? presupposed[3] ?? presupposed[4])!;
    return { value: 'yes', start, end: end + presupposed[0].lastIndexOf(verb) + verb.length, verb: verb.toLowerCase() };
  }
  // "In the agreement, Kim reaffirmed …", "Under the agreement, …"
  if (opts.leadPresupposes && LEAD_PRESUPPOSES.test(text.slice(Math.max(0, start - 60), start)) && /^\s*,/.test(right)) {
    return { value: 'yes', start, end };
  }
  const passive = right.match(RIGHT_PASSIVE);
  if (passive) {
    if (irrealisBefore(text, start)) return undefined;
    return { value: 'yes', start, end: end + passive[0].length, verb: passive[0].trim().split(/\s+/).pop()!.toLowerCase() };
  }
  // "there was an agreement on …"
  const existential = text.slice(Math.max(0, start - 50), start).match(EXISTENTIAL);
  if (existential && !irrealisBefore(text, start - existential[0].length)) return { value: 'yes', start: start - existential[0].length, end };
  // ("Asked about a joint statement, Peskov said …": the topic of a question is not presupposed)
  if (opts.bare && !w.irrealis && !irrealisBefore(text, start) && !ASKED_ABOUT.test(text.slice(Math.max(0, start - 50), start))) return { value: 'yes', start, end };
  if (!w.irrealis && fragment(text, start, end, opts.achieve)) return { value: 'yes', start, end };
  if (!w.irrealis && opts.nominal && nominal(text, start, end)) return { value: 'yes', start, end };
  return undefined;
}

// A liveblog's or a briefing's bullet is often a bare noun phrase: "Truce.", "A partial deal at
// best.", "17:58 — Declaration signed.", "An exchanges agreement (science, culture)". A clause
// that is the noun and at most a few modifiers, closed by a full stop (a heading has none, and
// names a topic rather than asserting it), states the thing.
// (a headline's source after a comma closes it as well: "Ceasefire agreed, Kremlin says", "Deal
// struck, officials say")
const FRAGMENT_RIGHT = new RegExp(`^\\s*(?:${PP}\\s*)?(?:,?\\s*(?:at\\s+best|of\\s+sorts|in\\s+principle|at\\s+last|at\\s+least)\\s*)?(?:[.!;(]|[—–]\\s|,\\s*(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){1,3}(?:says|said|reports|reported|claims|announces|confirms)\\s*[.!]?\\s*$|,\\s*(?:officials|sources|aides|diplomats)\\s+(?:say|said)\\s*[.!]?\\s*$)`, 'i');
const FRAGMENT_DETERMINER = /^(?:a|an|the|another|one|some)$/i;
// A list item or a headline that is a noun with its content and no verb states it: "Agreement to
// start consultations on fishing.", "- Deal on grain exports." A verb, a hope, a negation or a
// question anywhere in it ("Agreement on tariffs still elusive", "Deal to end war unlikely?")
// makes it something else, and a line with no full stop is a heading.
const NOMINAL_RIGHT = /^\s+(?:to\s+[a-z]+|on|over|with|for)\b/i;
const NOMINAL_VERB =
  /\b(?:is|are|was|were|remains?|remained|seems?|seemed|looks?|looked|appears?|appeared|be|been|being|has|have|had|does|did|do|eludes?|eluded|stalls?|stalled|fails?|failed|collapses?|collapsed|elusive|unlikely|likely|possible|hoped|sought|expected|planned|proposed|needed|pending|mooted)\b/i;
function nominal(text: string, start: number, end: number): boolean {
  if (!NOMINAL_RIGHT.test(text.slice(end, end + 30))) return false;
  // the noun opens the clause, after at most a determiner or a modifier
  const lead = text.slice(clauseStart(text, start), start).trim().split(/\s+/).filter(Boolean);
  if (lead.length > 2 || lead.some((w) => !/^(?:an?|the|one|new|[a-z-]+al|formal|joint)$/i.test(w))) return false;
  if (!/[.!]$/.test(text.trimEnd().slice(-1))) return false;
  const clause = text.slice(end, end + 200).split(/[;:.!?]/)[0]!;
  if (/\?/.test(text.slice(end, end + clause.length + 1))) return false;
  return !NOMINAL_VERB.test(clause) && !IRREALIS_BEFORE.test(clause) && !/\b(?:no|not|never|without|nor)\b|n['’]t\b/i.test(clause);
}

function fragment(text: string, start: number, end: number, achieve: RegExp): boolean {
  if (!FRAGMENT_RIGHT.test(text.slice(end, end + 40))) return false;
  const lead = text.slice(clauseStart(text, start), start);
  if (/[,"“”?]/.test(lead)) return false;
  const words = lead.trim().split(/\s+/).filter(Boolean);
  if (words.length > 3) return false;
  // "Xi mulls truce." has a subject: only a determiner or a modifier may open the clause
  if (words.length > 1 && !FRAGMENT_DETERMINER.test(words[0]!) && !/^[a-z0-9]/.test(words[0]!)) return false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (FRAGMENT_DETERMINER.test(w)) continue;
    if (achieve.test(w) || IRREALIS_WORD.test(w) || WANTING.test(w) || MODAL.test(w) || NEGATOR.test(w) || STRONG.test(w) || BREAKER.test(w) || PREPOSITION.test(w)) return false;
    if (/(?:ed|ing)$/.test(w) && !ADJECTIVAL.test(w)) return false;
  }
  return !/\?/.test(text.slice(end, end + 40).split(/[.!;]/)[0]!);
}

// ---------------------------------------------------------------------------------------------
// Who says it

// "Speaking at a joint press conference, Putin said …": the framing is the outlet's, not Putin's
const LEAD_PHRASE = /^(?:Speaking|Addressing|Appearing|Standing|Talking|Answering|At|In|During|After|Following)\b/;

export function voiceFor(doc: Doc, s: Sentence, rel: number): string {
  // "According to Russian officials, the two sides …": the citation fronted, capital and all
  // (read as the same citation at the end of the sentence)
  if (/^According\s+to\s/.test(s.text)) s = { ...s, text: 'a' + s.text.slice(1) };
  if (LEAD_PHRASE.test(s.text)) {
    const comma = s.text.indexOf(',');
    if (comma > rel) return 'report';
  }
  const voice = voiceAt(doc, s, s.start + rel);
  // "The Kremlin denied that any agreement had been reached": the denier says the "no"
  if (voice.attribution === 'report') {
    const d = s.text.slice(0, rel).match(DENIER);
    if (d && !/\b(?:The|It|This|That|They|We|He|She)$/.test(d[1]!.trim())) return nameOf(doc, d[1]!, s.start + d.index! + d[0].indexOf(d[1]!));
  }
  if (voice.attribution === 'report' || !voice.cue || voice.cue === 'according to') return voice.attribution;
  const lower = s.text.toLowerCase();
  // "Trump later spoke to reporters alone": the speech verb is the claim itself, not a citation
  if (lower.lastIndexOf(voice.cue, rel + voice.cue.length) >= rel) return 'report';
  // "Trump declared the summit a success although no agreement was reached": the concession
  // is the outlet's, not Trump's
  {
    const cue = lower.lastIndexOf(voice.cue, rel);
    if (cue >= 0) {
      const between = s.text.slice(cue + voice.cue.length, rel);
      if (CONCESSION.test(between) && !/^\s*(?:that\s+)?(?:although|though|while|even\s+though)\b/i.test(between)) return 'report';
      // "…," Moon said as the two stood at lecterns: a time clause after the verb is narration
      if (/^\s*(?:as|while|when|after|before)\b/i.test(between) && !/\bthat\b/i.test(between)) return 'report';
    }
  }
  return voice.attribution;
}
const DENIER = new RegExp(
  `(?:^|[,;:]\\s*)(${GROUP}|[A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){0,2})\\s+(?:(?:flatly|firmly|quickly|later|swiftly|also)\\s+)?(?:denied|denies|disputed|disputes)\\s+(?:reports\\s+|claims\\s+)?(?:that\\s+)?[^,;:]{0,80}$`,
);
const CONCESSION = /\b(?:although|though|whereas|even\s+though|even\s+as|while)\b|,\s*but\b/i;

/** One claim per sentence, type, value and voice: a sentence that says it twice says it once. */
export function pushOnce(claims: Claim[], seen: Set<string>, s: Sentence, claim: Claim): void {
  const key = `${s.index}|${claim.type}|${String(claim.value)}|${claim.attribution}`;
  if (seen.has(key)) return;
  seen.add(key);
  claims.push(claim);
}

/**
 * How two yes/no/partial values stand. "partial" is the report's own verdict that the summit
 * fell short of a deal on what mattered: set against a plain "an agreement was reached" (or
 * "no deal"), the two accounts cannot both be right about the summit, so the three values are
 * distinct answers and any two different ones conflict (the annotation rules read them so).
 */
export function relateOutcome(a: Outcome, b: Outcome): Relation {
  return a === b ? 'same' : 'conflict';
}

/** A yes / no / partial claim kind: the outcome rows and the press rows share it. */
export function outcomeKind(type: ClaimType, label: string): ClaimKind<Outcome> {
  return {
    type,
    label,
    relate: relateOutcome,
    display: (v) => v,
    identity: (v) => v,
    conflict: 'one says it happened, the other that it did not',
  };
}

// ---------------------------------------------------------------------------------------------
// The three outcomes

const TRIGGER =
  /agree|deal|accord|pact|treat|understanding|consensus|settlement|breakthrough|compromise|memorand|progress|movement|headway|cease|unresolved|unsettled|sticking|open|empty-handed|empty handed|deadlock|stalemate|impasse|collaps|broke down|fell apart|founder|failure|nothing|signed anything|result|outcome|communiqu|statement|declaration|document|readout|own account|summar|sign|partial|walk|cease-?fire|truce|armistice|hostilities|fighting|bombing|halt|pause|cessation|suspension|dispute|differences|disagreement|gaps?\b|rift|quarrel|feud|stand-?off|division|\brow\b|\bissues?\b|\bquestions?\b|\bapart\b|divided|at odds|loggerheads|common ground|silent|guns|strikes|attacks|shelling|bombard/i;

const AGREEMENT_NOUN =
  /\b(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|understandings?|consensus|settlements?|breakthroughs?|compromises?|memorand(?:um|a)(?:\s+of\s+understanding)?)\b/gi;
const NEEDS_VERB = /^(?:understanding|consensus|compromise|settlement)/i;
const ACHIEVE_AGREEMENT =
  /^(?:reach(?:es|ed|ing)?|strike|strikes|struck|striking|clinch(?:es|ed|ing)?|seal(?:s|ed|ing)?|secur(?:e|es|ed|ing)|sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|forg(?:e|es|ed|ing)|hammer(?:s|ed|ing)?|produc(?:e|es|ed|ing)|yield(?:s|ed|ing)?|achiev(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|unveil(?:s|ed|ing)?|broker(?:s|ed|ing)?|ink(?:s|ed|ing)?|cut|cuts|agree(?:s|d)?|agreeing|arriv(?:e|es|ed|ing)|came|come|comes|coming|emerg(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|get|gets|got|getting|make|makes|made|making|nail(?:s|ed|ing)?|work(?:s|ed|ing)?|settl(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|spoke|speaks|speak|speaking|welcom(?:e|es|ed|ing)|hail(?:s|ed|ing)?|tout(?:s|ed|ing)?|prais(?:e|es|ed|ing)|outlin(?:e|es|ed|ing)|won|win|wins|winning|obtain(?:s|ed|ing)?|accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|found|find|finds|finding|scor(?:e|es|ed|ing)|contain(?:s|ed|ing)?|includ(?:e|es|ed|ing)|list(?:s|ed)|record(?:s|ed)|result(?:s|ed|ing)?)$/;
// "agreed to resume talks", "agreed on a framework", "the two sides agreed that …"
const AGREED_VERB = /\bagree(?:d|s)?\s+(?:to|on|upon|that|in\s+principle)\b|\bagreeing\s+(?:to|on|upon)\b/gi;
// "agreed that" is an outcome when both sides agree; "he agreed with Trump that …" is an opinion
// (a sentence may open with the pronoun: "They agreed that …", so the words are matched in any case,
// the pair of names only capitalised)
const PLURAL_SUBJECT = /\b(?:both|the\s+two|they|we|leaders|sides|presidents|premiers|heads\s+of\s+(?:state|government)|delegations|countries|nations|governments)\b/i;
const NAME_PAIR = /\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\b/;
const ONLOOKERS = /^(?:analysts|observers|experts|critics|commentators|historians|economists|scholars|pundits|everyone|most|many|all|generally|broadly|widely)$/;
// the summit itself being arranged is background, not its outcome
const ARRANGING = /^\s*(?:meet|a\s+(?:summit|meeting)|the\s+(?:summit|meeting|talks)|hold\s+(?:(?:the|a|an|this|their)\s+)?(?:[\w-]+\s+){0,2}(?:summit|meeting)|talk\b|disagree)/i;
const TALKS_CONTINUED = /^\s*(?:the\s+|their\s+)?(?:conversations?|talks|meetings?|discussions?|dialogue|summit|two\s+(?:leaders|men|presidents|sides)|leaders|presidents|they)\s+(?:will|would|should|shall)\s+(?:be\s+)?(?:continu\w*|resum\w*|meet|reconven\w*|carried\s+on|held\s+again|go\s+on)\b/i;
const AGAIN = /^[^.;]{0,40}?\b(?:again|next|another|second|follow-up|further|regular|soon|more)\b/i;
const NEGATED_AGREE_OBJECT =
  /^\s*(?:(?:on\s+(?:anything|much|a\s+deal|an\s+agreement|terms|a\s+way\s+forward|next\s+steps|a\s+path)|to\s+anything|anything)\s*)?(?:[,.;]|$|and\b|but\b|as\b|after\b|during\b|in\s+(?:the|their)\b)/i;
const POINTS_AGREED =
  /\b(?:many|some|several|numerous|certain|most|a\s+number\s+of|a\s+lot\s+of|a\s+few|lots\s+of|a\s+range\s+of)\s+(?:points|issues|things|questions|areas|matters|details|elements|aspects|items)\s+(?:were|was|have\s+been|had\s+been|got)\s+agreed\b|\bsomething\s+(?:was|has\s+been|had\s+been|got)\s+agreed\b/gi;
// "the two sides settled some technical issues", "they resolved a few practical questions": a
// part of the agenda agreed, in the active voice (partial beside a main issue left open)
const POINTS_SETTLED = new RegExp(
  `\\b(?:settled|resolved|agreed\\s+on|reached\\s+agreement\\s+on|found\\s+common\\s+ground\\s+on|came\\s+to\\s+terms\\s+on|ironed\\s+out|cleared\\s+up)\\s+(?:some|several|a\\s+few|a\\s+number\\s+of|a\\s+handful\\s+of|certain|a\\s+couple\\s+of|two|three|four|five)\\s+(?:(?:minor|lesser|smaller|technical|secondary|practical|procedural|narrower|peripheral|side|less\\s+contentious)\\s+)?(?:points|issues|things|questions|areas|matters|details|elements|aspects|items|disputes|differences)\\b`,
  'gi',
);
const NOTHING_AGREED =
  /\b(?:nothing|little)\s+(?:at\s+all\s+)?(?:(?:concrete|substantive|tangible|significant|else|more|of\s+(?:substance|consequence|note|significance|importance|value))\s+)?(?:was|has\s+been|had\s+been|got|is|(?:appears|appeared|seems|seemed)\s+to\s+have\s+been)\s+(?:agreed|signed|decided|settled|achieved|resolved)\b|\b(?:nobody|no\s+one|neither\s+(?:side|leader|man|of\s+them))\s+signed\s+anything\b|\bsign(?:ed|s)?\s+nothing\b(?!\s+(?:in\s+public|publicly))/gi;
const EMPTY_HANDED =
  /\b(?:came|come|comes|coming|walked|walk|walks|left|leave|leaves|leaving|went|go|returned|return|returns|ended|ends|emerged|flew)\s+(?:away\s+|home\s+|back\s+)?(?:(?:from\s+)?(?:the|their)\s+(?:table|talks|summit|meeting|negotiating\s+table|negotiations)\s+)?(?:empty[- ]handed|with\s+nothing(?:\s+concrete|\s+to\s+show)?|with\s+little\s+to\s+show)\b|\bwalk(?:ed|s|ing)?\s+(?:out\s+of|away\s+from)\s+(?:the\s+)?(?:talks|table|negotiating\s+table|negotiations|summit)\b/gi;
// a signing ceremony called off is a deal that was not made; one held presupposes a text signed
const SIGNING_CEREMONY = /\b(?:the|a|no|any)\s+(?:(?:planned|scheduled|formal|joint)\s+)?signing(?:\s+ceremony)?(?=\s*[,.;:]|\s+(?:ceremony|was|had|of|table|never|did))/gi;
const FAILED_TALKS =
  /\b(?:deadlock(?:ed|s)?|stalemate|impasse|collaps(?:ed|es|e)|broke\s+down|break\s+down|fell\s+apart|founder(?:ed|s)?|ended\s+in\s+failure|(?:ended|finished|closed|broke\s+up|wound\s+up|wrapped\s+up)\s+inconclusively|(?:was|were|proved)\s+inconclusive|ended\s+without\s+(?:results?|progress|an?\s+outcome|any\s+results?)|produced\s+nothing|yielded\s+nothing|(?:no|without)\s+(?:concrete|tangible|substantive|major|significant|real|meaningful)\s+(?:results?|outcomes?|progress))\b/gi;
const OVERCOME_BEFORE =
  /\b(?:break(?:s|ing)?|broke|broken|end(?:s|ing)?|end\s+to|overc[oa]m(?:e|es|ing)|resolv(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|unlock\w*|unblock\w*|bridg(?:e|es|ed|ing)|out\s+of|escap(?:e|es|ed|ing)|from)\s+(?:(?:the|this|that|a|an|their|its|any)\s+)?(?:(?!(?:in|into|at|with|without)\b)[\w-]+\s+)?$/i;
const RESUMING = /\b(?:resum\w*|restart\w*|reviv\w*|relaunch\w*|reopen\w*|rekindl\w*|revisit\w*|back\s+on\s+track|get\s+back\s+to|got\s+back\s+to|return\w*\s+to|pick\w*\s+up)\b/i;
const MEETING_WORD = /\b(?:summit|talks|meeting|negotiations|discussions|session|encounter|it|they)\b/i;
// what a summit is about: "the main issue", "the big questions", "the core dispute"
const MAIN = '(?:most\\s+important|main|key|big|bigger|biggest|central|core|crucial|thorn(?:y|iest)|tough(?:er|est)|hard(?:er|est)?|major|principal|fundamental|underlying|substantive|difficult)';
const MAIN_NOT = new RegExp(
  // ("not difficult", "not hard" are no shortfall: after a bare "not" only the nouns' own words)
  `\\bnot\\s+(?:on\\s+)?(?:the\\s+)?(?:most\\s+important|main|key|biggest|central|core|crucial|thorniest|toughest|hardest|major|principal|fundamental|big)\\b|\\bnot\\s+(?:everything|all)\\b|\\bnot\\s+much(?:\\s+else|\\s+more)?(?=\\s*[,.;:!]|\\s*$|\\s+of\\s+substance)` +
    `|\\b${MAIN}\\s+(?:issues?|points?|questions?|disputes?|differences|sticking\\s+points?)\\s+(?:remain(?:s|ed)?|was|were|is|are|stayed|went|go|were\\s+left|was\\s+left)\\s+(?:unresolved|unsettled|open|outstanding|elusive|untouched|unaddressed|unanswered|aside)` +
    // "but nothing touched the big issues", "none of it addressed the core dispute"
    `|\\b(?:nothing|none\\s+of\\s+(?:it|them|this|these|that|those))\\s+(?:\\w+\\s+)?(?:touch(?:ed|es)|address(?:ed|es)|resolv(?:ed|es)|settl(?:ed|es)|tackl(?:ed|es)|cover(?:ed|s)|reach(?:ed|es)|went\\s+(?:near|to)|dealt\\s+with|deals\\s+with|got\\s+(?:near|at|to))\\s+(?:any\\s+of\\s+)?(?:the\\s+)?${MAIN}\\b` +
    // "produced agreements in several areas but not on Ukraine": the one left out named after "but not on"
    `|,?\\s+but\\s+not\\s+(?:on|over|about|regarding|concerning)\\s+(?:the\\s+)?[\\w'’-]+` +
    `|\\bstill\\s+(?:open|unresolved|unsettled|outstanding|on\\s+the\\s+table|to\\s+be\\s+(?:settled|resolved|agreed))\\b|\\b(?:remain(?:s|ed)?|left)\\s+(?:open|unresolved|unsettled|outstanding)\\b|\\b(?:stopped|fell)\\s+short\\b|\\bpartial\\b`,
  'i',
);

const CEASEFIRE_NOUN =
  /\b(?:cease-?fire|truce|armistice|cessation\s+of\s+hostilities|(?:halt|end|stop|pause|suspension|cessation)\s+(?:to|in|of)\s+(?:the\s+)?(?:fighting|hostilities|strikes|air\s*strikes|attacks|bombing|bombardment|shelling)|bombing\s+(?:halt|pause))(?:\s+(?:agreement|deal|accord|pact|arrangement|proposal|plan|talks|offer|calls?|demands?|terms))?\b/gi;
const ACHIEVE_CEASEFIRE =
  /^(?:reach(?:es|ed|ing)?|strike|strikes|struck|clinch(?:es|ed|ing)?|seal(?:s|ed|ing)?|secur(?:e|es|ed|ing)|sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|forg(?:e|es|ed|ing)|hammer(?:s|ed|ing)?|produc(?:e|es|ed|ing)|yield(?:s|ed|ing)?|achiev(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|broker(?:s|ed|ing)?|agree(?:s|d)?|agreeing|deliver(?:s|ed|ing)?|get|gets|got|won|win|wins|obtain(?:s|ed|ing)?|accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|order(?:s|ed|ing)?|establish(?:es|ed|ing)?|implement(?:s|ed|ing)?|commit(?:s|ted|ting)?|extract(?:s|ed|ing)?|wrung|wring|honou?r(?:s|ed|ing)?|observ(?:e|es|ed|ing)|offer(?:ed|s)?|gave|give|gives|giving|emerg(?:e|es|ed|ing)|came|come|comes|call(?:s|ed|ing)?)$/;

// no \b after "é": it is not a word character to a regex without the u flag
const COMMUNIQUE_NOUN =
  /\b(?:joint\s+(?:(?:[A-Z][\w.'’]*-[\w.'’-]+|[A-Z][\w.'’]+an|final|written|closing|formal|press)\s+){0,2}(?:communiqu[ée]s?|statements?|declarations?|documents?|readouts?|texts?)|(?:final|closing|concluding|summit)\s+(?:communiqu[ée]s?|declarations?|documents?)|(?:trilateral|bilateral|quadrilateral|common)\s+(?:communiqu[ée]s?|statements?|declarations?)|communiqu[ée]s?)(?![\w\u00C0-\u024F])/gi;
// a spoken statement at the press appearance is the press family's
const TO_THE_PRESS = /^\s*(?:to|for|before)\s+(?:the\s+)?(?:press|media|reporters|journalists|cameras|newsmen|newspapermen|newspaper\s+men|newspeople|pressmen)\b/i;
/** The last whitespace-separated word of a stretch that ends in a space, else "". */
function lastWord(stretch: string): string {
  if (!/\s$/.test(stretch)) return '';
  return stretch.trimEnd().split(/\s/).pop() ?? '';
}
const TITLE_TAIL = /^(?:,?\s+(?:for|of|on|and|the|to|in|between|[A-Z][\w'’-]*))*/;
const SIGNED_PAPER = /\b(?:documents?|declarations?|memorand(?:um|a))\b/gi;
const ACHIEVE_COMMUNIQUE =
  /^(?:issu(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|sign(?:s|ed|ing)?|adopt(?:s|ed|ing)?|publish(?:es|ed|ing)?|produc(?:e|es|ed|ing)|agree(?:s|d)?|agreeing|put|puts|putting|unveil(?:s|ed|ing)?|approv(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|read|reads|reading|yield(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|draft(?:s|ed|ing)?|negotiat(?:e|es|ed|ing)|hammer(?:s|ed|ing)?|made|make|makes|endors(?:e|es|ed|ing))$/;
const SIGNING = /^(?:sign(?:s|ed|ing)?|adopt(?:s|ed|ing)?|ink(?:s|ed|ing)?|endors(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying))$/;
const STAGE_BEFORE = /\b(?:framework|preliminary|interim|provisional|outline)\s+$/i;
const COMMUNIQUE_WORD = /\b(?:communiqu[ée]s?|(?:joint|common|trilateral|bilateral)\s+(?:[\w-]+\s+)?(?:statements?|declarations?|documents?|texts?))(?![\w\u00C0-\u024F])/i;
const NONE_AFTER = /^[^.;:]{0,80}?\b(?:and|but|yet)\s+(?:in\s+the\s+end\s+)?(?:none|not\s+one)\s+(?:was|were|came)\b/i;
// (or with the verb first: "Unlike their 2021 meeting, which ended with one, this one produced none")
const NONE_ISSUED = /\b(?:(?:none|not\s+one|nor\s+(?:was|were)\s+(?:one|any))\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:issued|released|adopted|published|produced|signed|agreed|put\s+out|forthcoming|came|emerged|materiali[sz]ed|appeared)|(?:produced|yielded|issued|released|saw|brought|had|ended\s+with)\s+none)\b(?!\s+of\b)/gi;
const SEPARATE_READOUTS =
  /\b(?:(?:separate|individual|differing|competing|dueling|duelling|contrasting|rival)\s+(?:readouts?|statements|communiqu[ée]s?|summaries)|(?:its|their)\s+own\s+(?:readouts?|statements?|communiqu[ée]s?|summar(?:y|ies)|accounts?))(?![\w\u00C0-\u024F])/gi;

function claimOf(doc: Doc, s: Sentence, type: ClaimType, value: Outcome, start: number, end: number, attribution?: string): Claim<Outcome> {
  return {
    type,
    value,
    span: { start: s.start + start, end: s.start + end },
    attribution: attribution ?? voiceFor(doc, s, start),
    modality: 'stated',
  };
}

/** The word right before an offset, lower-cased. */
function wordBefore(text: string, at: number): string {
  const toks = tokensBefore(text, Math.max(0, at - 24), at);
  return toks[0] && toks[0].w !== ',' && /^\s*$/.test(text.slice(toks[0].end, at)) ? toks[0].w : '';
}

const RESULT_DETERMINER = /(?:^|[^\w'’-])(?:the|its|their|these|those|both|an?)\s+(?!(?:no|any|possible|potential|future|hoped-for|eventual|new)\s)[a-z][\w-]*\s+$/i;
const AS_RESULT =
  /^(?:\s+(?:on|over|to|for|with|about|covering)\s[^,;.]{1,60}?)?\s+(?:was|were|is|are|remain(?:s|ed)?)\s+(?:(\w+)\s+)??(?:among\s+)?(?:the|its|their|the\s+summit['’]s|the\s+meeting['’]s)\s+(?:[\w-]+\s+){0,2}(?:results?|outcomes?|achievements?|accomplishments?|deliverables?|fruits?|takeaways?)\b/i;
const PARTIAL_ONE = /\b(?:is|was|be|been|it['’]s|that['’]s|call\s+it|calling\s+it)\b[^.;:!?]{0,25}?\b(?:a|an)\s+(?:[\w-]+\s+)?partial\s+one\b/gi;
// "That is a hope, not a deal": the outlet files one thing under a name, denying no deal of the
// summit's
const CONTRAST_BEFORE = /\b(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*$/i;
// "a partial deal", "a partial agreement at best": the report's own verdict that some things
// were agreed and the main one not. A deal that is only a frame or a first stage says the same
// ("signed a framework agreement", "an interim accord", "a preliminary understanding"): what was
// agreed leaves the substance to later talks. (Not before a preposition: "a framework for a
// deal" is a plan.) A "modest" or "limited" deal is still the deal reached: size is no stage.
// But "the lesser accords", "a crop of smaller agreements" rank what was agreed below what was not.
const RANKED = 'lesser|smaller|minor|secondary|lower-level';
const PARTIAL_BEFORE = new RegExp(`\\b(?:partial|half-?|framework|preliminary|interim|provisional|outline|first-stage|phase-one|${RANKED})\\s*(?:(?!(?:for|to|of|on|toward|towards|that|which)\\b)[\\w-]+\\s+)?$`, 'i');
const RANKED_LEAD = new RegExp(`^(?:${RANKED})`, 'i');
const YIELDED = /\bwhat\s+(?:the\s+|this\s+|their\s+)?(?:[\w-]+\s+)?(?:summit|talks|meeting|visit|encounter)\s+(?:did\s+)?(?:yield|yielded|produce|produced|deliver|delivered)\s+(?:was|were)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$/i;
// "an agreement in principle", "agreed in principle": the outline settled, the details not
const IN_PRINCIPLE_AFTER = /^\s*,?\s*in\s+principle\b/i;

const LIST_OF_MADE = /\b(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|documents?|memorand(?:um|a)|results?|outcomes?|achievements?|deliverables?|package|signed|agreed|reached|struck|concluded|adopted)\b/i;

// ("The result was a partial one at best", "the summit was at best a partial success")
const PARTIAL_OUTCOME = /\b(?:outcome|result|results|harvest|summit|meeting|talks)\s+(?:was|were|is|are|looks|looked|proved)\s+(?:(?:only|at\s+best|decidedly|distinctly|clearly|plainly),?\s+)?(?:(?:a|an)\s+)?partial\b(?!\s+(?:view|picture|list|transcript|readout|account|record))/gi;

type AgreementReading = Omit<Reading, 'value'> & { value: Outcome; shortfall?: boolean };

function agreementReadings(text: string, antecedent: boolean): AgreementReading[] {
  const out: AgreementReading[] = [];
  // "Whether that counts as an agreement … It is, at best, a partial one": the pronoun stands
  // for the agreement the sentence before (or this one) named, and the predicate calls it partial
  for (const m of text.matchAll(PARTIAL_ONE)) {
    const start = m.index! + m[0].search(/\ban?\s+(?:[\w-]+\s+)?partial\s+one\b/i);
    const end = m.index! + m[0].length;
    if (!antecedent && !AGREEMENT_WORD.test(text.slice(0, start))) continue;
    if (irrealisBefore(text, m.index!) || otherEvent(text, start, end)) continue;
    out.push({ value: 'partial', start, end });
  }
  // "the outcome was partial": the report's own verdict, said of the summit's result
  for (const m of text.matchAll(PARTIAL_OUTCOME)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
    out.push({ value: 'partial', start, end });
  }
  for (const m of text.matchAll(AGREEMENT_NOUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const prev = wordBefore(text, start);
    // a ceasefire deal is the ceasefire row's; "in agreement", "a great deal of", "deal with"
    if (/^(?:cease-?fire|truce|armistice|in|great|good|big|raw|square)$/.test(prev) || /\bNew\s+$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    // "without agreement on a ceasefire" is said of the ceasefire only
    if (/^\s+(?:on|for|over)\s+(?:(?:a|an|the|any)\s+)?(?:cease-?fire|truce|armistice|bombing\s+(?:halt|pause)|(?:halt|pause|cessation|suspension)\s+(?:to|in|of)\b)/i.test(text.slice(end, end + 30))) continue;
    if (/^deals?$/i.test(m[0]) && /^\s+(?:with|in)\b/i.test(text.slice(end, end + 6)) && !/^(?:a|the|any|no)$/.test(prev)) continue;
    if (/^\s+of\b/i.test(text.slice(end, end + 4)) && /^understanding/i.test(m[0])) continue;
    // "nothing amounting to a deal was announced": NOTHING_LIKE reads it whole
    if (NOTHING_LIKE_BEFORE.test(text.slice(Math.max(0, start - 50), start))) continue;
    const r = readNoun(text, start, end, {
      achieve: ACHIEVE_AGREEMENT,
      negNeedsVerb: NEEDS_VERB.test(m[0]),
      leadPresupposes: /^agreement$/i.test(m[0]),
      nominal: /^(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|memorand)/i.test(m[0]),
    });
    const lead = text.slice(Math.max(0, start - 25), start).match(PARTIAL_BEFORE);
    // "framework" is also a plan's word ("a framework for talks"): read the noun from before
    // its modifier, so that the modifier itself is not taken for a hope
    const framed = lead && !/^(?:partial|half)/i.test(lead[0]) ? readNoun(text, start - lead[0].length, end, { achieve: ACHIEVE_AGREEMENT }) : r;
    const partial = lead !== null || (r?.value !== 'no' && IN_PRINCIPLE_AFTER.test(text.slice(end, end + 20)));
    if (partial && framed?.value !== 'no') {
      // "Call it a partial agreement" asserts it as much as "reached a partial deal" does
      if (framed) out.push({ ...framed, start: Math.min(framed.start, start), value: 'partial' });
      // (a rank alone asserts nothing: "Smaller accords … are also in preparation"; what the
      // summit yielded does: "What the summit did yield was a crop of smaller agreements")
      else if ((!RANKED_LEAD.test(lead?.[0] ?? '') || YIELDED.test(text.slice(Math.max(0, start - 120), start - (lead?.[0].length ?? 0)))) && walkLeft(text, start, { achieve: ACHIEVE_AGREEMENT }).kind === 'none' && !irrealisBefore(text, start) && !RIGHT_IRREALIS.test(text.slice(end, end + 80)) && !otherEvent(text, start, end, true)) {
        out.push({ value: 'partial', start: start - (lead?.[0].length ?? 0), end });
      }
      continue;
    }
    // "failed to reach even a framework agreement": denied, whatever its stage
    if (lead && framed?.value === 'no' && framed !== r) {
      out.push(framed);
      continue;
    }
    // "the agreements on fentanyl were the most important results": a predicate that names
    // them the summit's results presupposes them
    // (so does an indefinite one with its modifier: "A modest deal on visas was the only result")
    if (!r && (/^(?:the|its|their|these|those|both)$/.test(prev) || RESULT_DETERMINER.test(text.slice(Math.max(0, start - 30), start)))) {
      const rest = text.slice(end, clauseEnd(text, end)).slice(0, 120);
      const said = rest.match(AS_RESULT);
      if (said && !NEGATOR.test((said[1] ?? '').toLowerCase()) && !NT.test(said[1] ?? '') && !irrealisBefore(text, start) && !otherEvent(text, start, end)) {
        out.push({ value: 'yes', start, end: end + said.index! + said[0].length });
        continue;
      }
    }
    // "touched on arms control, including the treaty on …": a list of topics includes what was
    // discussed; only a list of what was made ("signed six accords, including a treaty") presents one
    if (r && r.value === 'yes' && /^includ/.test(r.verb ?? '') && !LIST_OF_MADE.test(text.slice(Math.max(clauseStart(text, r.start), r.start - 100), r.start))) continue;
    // "no breakthrough" is said of summits that agreed on lesser things: it denies nothing
    if (r && r.value === 'no' && /^breakthrough/i.test(m[0])) continue;
    if (r && r.value === 'no' && /^not\s+(?:an?\s+)?$/i.test(text.slice(r.start, start)) && CONTRAST_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start))) continue;
    if (r) out.push(r);
  }
  for (const m of text.matchAll(AGREED_VERB)) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = text.slice(end, end + 60);
    // "“Most of the points are agreed to,” he wrote": a present passive with nothing after the
    // preposition tells how far talks stand, not what a meeting settled
    if (/^\s*(?:[,.;:!?)”"’]|$)/.test(after) && /\b(?:is|are|am)\s+(?:(?:all|already|largely|mostly|broadly|basically|now|essentially)\s+)?$/i.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (/agreed?s?\s+(?:to|on|upon)$/i.test(m[0]) || /agreeing/i.test(m[0])) {
      if (ARRANGING.test(after) && !AGAIN.test(after)) continue;
    } else if (/that$/i.test(m[0])) {
      // "the two sides agreed that envoys will meet" is a commitment; "agreed that the talks
      // were useful" is an opinion
      const subject = text.slice(Math.max(clauseStart(text, start, true), start - 60), start);
      // ("It was agreed that working groups would be set up": the impersonal passive is the two)
      if (!PLURAL_SUBJECT.test(subject) && !NAME_PAIR.test(subject) && !/\bit\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|further\s+)?$/i.test(subject)) continue;
      if (!/\b(?:will|would|shall|should|must)\b|['’]ll\b/i.test(text.slice(end, clauseEnd(text, end)).slice(0, 100))) continue;
      // "It has been agreed that the conversation will be continued on Sunday": the summit's own
      // talks carried on is arranging them, as "agreed to meet" is
      if (TALKS_CONTINUED.test(after)) continue;
    }
    // "analysts agreed on one thing"
    if (ONLOOKERS.test(wordBefore(text, start))) continue;
    const w = walkLeft(text, start, { achieve: /^$/, limit: 4, commaStops: true });
    if (w.kind === 'irrealis' || (w.kind === 'none' && w.irrealis)) continue;
    if (w.kind === 'neg') {
      // "did not agree to a ceasefire" denies the ceasefire, not every agreement
      if (!NEGATED_AGREE_OBJECT.test(after)) continue;
      const word = text.slice(w.at, w.at + 6).toLowerCase().match(/^\w+/)?.[0];
      if (irrealisBefore(text, w.at, word) || otherEvent(text, w.at, end)) continue;
      out.push({ value: 'no', start: w.at, end });
      continue;
    }
    if (irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
    if (DENIAL.test(text.slice(clauseStart(text, start, true), start))) continue;
    out.push({ value: /in\s+principle$/i.test(m[0]) || IN_PRINCIPLE_AFTER.test(text.slice(end, end + 20)) ? 'partial' : 'yes', start, end });
  }
  for (const m of text.matchAll(AGREED_FAILURE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (irrealisBefore(text, start, 'not') || otherEvent(text, start, end)) continue;
    out.push({ value: 'no', start, end });
  }
  // "The only agreement was that envoys would meet again", "All they could agree on was to keep
  // talking", "agreed merely to set up a working group": what was agreed, marked as all there
  // was, is the lesser thing beside a main one left undone
  for (const re of EXCLUSIVE_AGREED) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (/\b(?:not|never)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
      // (what follows is the content agreed, often a plan with its month: "meet again in March")
      if (irrealisBefore(text, start) || otherEvent(text.slice(0, end), start, end)) continue;
      out.push({ value: 'partial', start, end });
    }
  }
  // "Hopes of a settlement were dashed", "expectations of a deal evaporated": the deal not made
  for (const m of text.matchAll(HOPE_DASHED)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!AGREEMENT_WORD.test(m[0]) || CEASEFIRE_WORD.test(m[0]) || otherEvent(text, start, end)) continue;
    out.push({ value: 'no', start, end });
  }
  for (const m of [...text.matchAll(POINTS_AGREED), ...text.matchAll(POINTS_SETTLED)]) {
    const start = m.index!;
    const end = start + m[0].length;
    if (irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
    out.push({ value: 'yes', start, end });
  }
  for (const m of text.matchAll(SIGNING_CEREMONY)) {
    const start = m.index! + m[0].indexOf(' ') + 1;
    const end = m.index! + m[0].length;
    if (/^\s+of\b/i.test(text.slice(end, end + 4))) continue; // "the signing of a treaty" is the treaty's
    const r = readNoun(text, /^(?:no|any)\s/i.test(m[0]) ? m.index! : start, end, { achieve: /^(?:held|hold|holds|attended|staged)$/, bare: /^the\s/i.test(m[0]) });
    if (r) out.push(r);
  }
  for (const re of [NOTHING_AGREED, EMPTY_HANDED]) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
      // "Beyond a promise that the ministers would keep talking, nothing was settled": what the
      // exception concedes was agreed, so the summit's outcome is partial
      const except = text.slice(clauseStart(text, start), start).match(EXCEPT_LEAD);
      if (except && COMMITMENT.test(except[1]!)) {
        out.push({ value: 'partial', start: start - except[0].length, end });
        continue;
      }
      // "little was agreed" says something was: only beside what it concedes does it tell how much
      if (/^little\b/i.test(m[0])) continue;
      out.push({ value: 'no', start, end });
    }
  }
  // "Nobody expected a deal, and none was struck", "a truce was sought but none came"
  for (const m of text.matchAll(NONE_CAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 150), start);
    if (!AGREEMENT_WORD.test(before) || CEASEFIRE_WORD.test(before.slice(-60))) continue;
    if (irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
    out.push({ value: 'no', start, end });
  }
  // "Nothing resembling a deal came out of the afternoon"
  for (const m of text.matchAll(NOTHING_LIKE)) {
    if (/^(?:cease|truce|armis)/i.test(m[1]!)) continue;
    const r = nothingLike(text, m);
    if (r) out.push({ value: 'no', ...r });
  }
  // "The one concrete product was an agreement to set up a hotline": named as the summit's result
  for (const m of text.matchAll(RESULT_WAS)) {
    const owner = text.slice(Math.max(0, m.index! - 40), m.index!).match(RESULT_OWNER);
    if (!owner) continue;
    const start = m.index! - owner[0].length;
    const end = m.index! + m[0].length;
    if (irrealisBefore(text, start) || otherEvent(text, start, end) || /\b(?:no|not|never)\b|n['’]t\b/i.test(m[0])) continue;
    out.push({ value: 'yes', start, end });
  }
  // "no movement on trade or Taiwan": a shortfall, partial beside what was agreed
  // "The thorny question of sovereignty was not addressed", "but nothing on chips or Taiwan":
  // what mattered left aside, partial beside what was agreed (and no verdict alone)
  // … and "They did not settle their dispute over missile defence", "the gaps on Jerusalem could
  // not be bridged": what the summit failed to resolve, partial beside what it agreed
  for (const [re, negation] of [[MAIN_LEFT, 'not'], [NOTHING_ON, 'not'], [UNRESOLVED, 'not'], [NO_PROGRESS_ON, 'no'], [NO_PROGRESS_FRONTED, 'no'], [STILL_APART, 'not'], [POSITIONS_APART, 'not']] as const) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (irrealisBefore(text, start, negation) || otherEvent(text, start, end)) continue;
      out.push({ value: 'no', start, end, shortfall: true });
    }
  }
  // "neither side pointed to any movement on the core dispute": the same shortfall under a negation
  for (const m of text.matchAll(ANY_PROGRESS_ON)) {
    const start = m.index!;
    const end = start + m[0].length;
    const lead = text.slice(Math.max(clauseStart(text, start, true), start - 60), start);
    const neg = lead.match(/\b(?:neither|no|not|never|nobody|none|nor|without)\b|n['’]t\b/i);
    if (!neg || irrealisBefore(text, start - lead.length + neg.index!, 'no') || otherEvent(text, start, end)) continue;
    out.push({ value: 'no', start: start - lead.length + neg.index!, end, shortfall: true });
  }
  for (const m of text.matchAll(FAILED_TALKS)) {
    const start = m.index!;
    const end = start + m[0].length;
    const lead = text.slice(clauseStart(text, start), start);
    // "the war's stalemate" is not the talks'; "after talks broke down in 2022" is another round
    if (!/^(?:no|without)\b/i.test(m[0]) && !MEETING_WORD.test(lead)) continue;
    if (/\b(?:after|since|when|before|until)\b/i.test(lead.slice(lead.lastIndexOf(',') + 1))) continue;
    if (/\b(?:not|never|n['’]t)\s*$/i.test(lead)) continue;
    // "on breaking the deadlock", "a way out of the impasse", "to end the stalemate": a standoff
    // to be overcome is the subject of the talks, not their failure
    if (OVERCOME_BEFORE.test(lead)) continue;
    // "it revives negotiations that collapsed", "restart the talks that broke down": the
    // failure is the one this meeting undid
    if (RESUMING.test(lead)) continue;
    if (irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
    // "Beyond a modest accord on consulates, the summit produced nothing on Ukraine": what the
    // exception concedes was agreed, so the outcome is partial
    // (the talks, the subject between the exception and the verb, are cut off first)
    const from = clauseStart(text, start);
    const except = text.slice(from, start).replace(/\s*(?:the\s+|their\s+)?(?:summit|talks|meeting|negotiations)\s+$/i, '').match(EXCEPT_LEAD);
    if (except && COMMITMENT.test(except[1]!)) {
      out.push({ value: 'partial', start: from + except.index!, end });
      continue;
    }
    out.push({ value: 'no', start, end });
  }
  return out;
}

const AGREERS = "(?:they|we|both\\s+(?:sides|leaders|men|presidents|governments)|the\\s+(?:two|leaders|sides|presidents|premiers)(?:\\s+(?:sides|leaders|men|presidents|countries|governments))?|[A-Z][\\w'’-]+\\s+and\\s+[A-Z][\\w'’-]+)";
const AGREE_VERB_PAST = '(?:(?:could|did|would)\\s+|managed\\s+to\\s+)?(?:agree|agreed|settle|settled|decide|decided|sign|signed)(?:\\s+(?:on|upon|to))?';
const EXCLUSIVE_AGREED = [
  /\b(?:only|one|sole|single)\s+(?:(?:real|concrete|tangible|firm|joint|substantive)\s+)?(?:agreements?|accords?|deals?|understandings?|decisions?|commitments?|common\s+ground|(?:point|area|field)s?\s+of\s+(?:agreement|convergence|consensus))\s+(?:(?:reached|struck|made|signed|announced)\s+)?(?:was|were|came)\b/gi,
  new RegExp(`\\b(?:only|one|sole|single)\\s+(?:things?|points?|steps?|matters?|items?|issues?)\\s+(?:that\\s+)?${AGREERS}\\s+${AGREE_VERB_PAST}\\s+(?:was|were)\\b`, 'gi'),
  new RegExp(`\\ball\\s+(?:that\\s+)?(?:${AGREERS}\\s+${AGREE_VERB_PAST}|(?:was|were|had\\s+been|has\\s+been)\\s+agreed(?:\\s+(?:on|upon|to))?)\\s+(?:was|were)\\b`, 'gi'),
  /\bagree(?:d|s)?\s+(?:only|merely|simply|just)\s+(?:to|on|upon|that)\b|\bagree(?:d|s)?\s+(?:on|upon|to)\s+(?:little|nothing)\s+(?:more|else)\s+than\b|\b(?:that|this|it)\s+(?:is|was)\s+all\s+(?:that\s+)?(?:was|they|the\s+two)\s+(?:\w+\s+)?agreed\b/gi,
];
const EXCEPT_LEAD = /(?:^|[,.]\s*)(?:beyond|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|besides|save\s+for|short\s+of)\b([^;:]*?),[”"’]?\s*$/i;
// (or a concrete thing the two set up or traded: "apart from a prisoner exchange", "beyond a new
// hotline and a working group"; small talk is no exception: "apart from pleasantries")
const COMMITMENT = /\b(?:promises?|pledges?|agree\w*|commitments?|accords?|deals?|understandings?|statements?|decisions?|would|will|vows?|exchanges?|swaps?|releases?|hotlines?|channels?|mechanisms?|working\s+groups?|commissions?|arrangements?|protocols?|memorand(?:um|a))\b/i;
const NONE_CAME =
  /\b(?:none|not\s+one|nor\s+(?:was|were)\s+(?:one|any))\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:reached|struck|agreed|signed|concluded|sealed|clinched|secured|announced|achieved|produced|forthcoming|came|emerged|materiali[sz]ed)\b/gi;
const CEASEFIRE_WORD = /\b(?:cease-?fires?|truces?|armistices?)\b/i;
// "nothing resembling / amounting to / like a ceasefire came out of it": the thing named was not
// made, once the predicate is a fact ("nothing like a deal is likely" is a forecast)
const NOTHING_LIKE =
  /\b(?:nothing|none)\s+(?:resembling|amounting\s+to|approaching|like|close\s+to|remotely\s+like)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(cease-?fire|truce|armistice|deal|agreement|accord|treaty|pact|settlement|breakthrough)\b/gi;
const NOTHING_LIKE_BEFORE = /\b(?:nothing|none)\s+(?:resembling|amounting\s+to|approaching|like|close\s+to|remotely\s+like)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
const FACT_PREDICATE =
  /^\s*(?:(?:was|were|had\s+been|has\s+been)\s+(?:agreed|reached|signed|struck|announced|achieved|produced|offered|on\s+offer)|came|emerged|materiali[sz]ed|resulted|was\s+forthcoming|came\s+out|appeared)\b/i;
function nothingLike(text: string, m: RegExpMatchArray): { start: number; end: number } | undefined {
  const start = m.index!;
  let end = start + m[0].length;
  // skip a relative clause between commas: "Nothing resembling a ceasefire, which Trump wants, came …"
  const rel = text.slice(end).match(/^\s*,\s*(?:which|that|who)\b[^,;:.]{1,160},/i);
  const after = text.slice(end + (rel?.[0].length ?? 0));
  const pred = after.match(FACT_PREDICATE);
  if (!pred) return undefined;
  if (irrealisBefore(text, start) || otherEvent(text, start, end, true)) return undefined;
  end += (rel?.[0].length ?? 0) + pred[0].length;
  return { start, end };
}
const RESULT_WAS =
  /\b(?:products?|results?|outcomes?|achievements?|deliverables?|fruits?|takeaways?|accomplishments?)\s+(?:(?:of|from)\s+(?:the\s+)?\w+\s+(?:\w+\s+)?|announced\s+|produced\s+)?(?:was|were|is|are)\s+(?:an?|the|one)\s+(?:[\w-]+\s+)?(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|understandings?|memorand(?:um|a))\b/gi;
// the result is the summit's own when a determiner opens it: "the one concrete product", "its main result"
const RESULT_OWNER = /\b(?:the|its|their|one|only)\s+(?:[\w-]+\s+){0,2}$/i;
// ("no breakthrough on Taiwan" is not among them: outlets say it of summits that agreed what they
// set out to, and the annotation rules read it so)
// (the question fronted: "on Ukraine there was no movement", "On sanctions, there was little progress")
const NO_PROGRESS_FRONTED =
  /\b(?:on|over|regarding|as\s+for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*,?\s+there\s+(?:was|were|has\s+been|had\s+been)\s+(?:no|little)\s+(?:(?:real|significant|major|visible|concrete|substantive|tangible|meaningful)\s+)?(?:movement|progress|headway)\b(?!\s+(?:on|over|regarding|about|toward|towards)\b)/gi;
const NO_PROGRESS_ON =
  /\b(?:no|little|without(?:\s+any)?)\s+(?:(?:real|significant|major|visible|concrete|substantive|tangible|meaningful)\s+)?(?:movement|progress|headway)\s+(?:on|over|regarding|about|toward|towards)\b/gi;
// What mattered left undone: the main issue (by any of its names, with what it is about: "the
// core issue of the border", "the central question, sanctions relief,") in a state of being
// unsettled, untouched or put off.
const MAIN_LEFT = new RegExp(
  `\\b${MAIN}\\s+(?:issues?|questions?|disputes?|differences|sticking\\s+points?|problems?|matters?|quarrels?|rows?|rifts?|disagreements?|points?\\s+of\\s+contention|subjects?)(?:\\s+(?:of|over|on|about)\\s+(?:[\\w'’-]+\\s+){1,4}?|\\s*,\\s*[^,;:()]{1,50},)?\\s*(?:was|were|is|are|remain(?:s|ed)?|stayed|stays|went|got)\\s+(?:still\\s+)?(?:(?:not|never)\\s+(?:addressed|tackled|touched|discussed|settled|resolved|broached)|unaddressed|untouched|unresolved|unsettled|deadlocked|stuck|stalled|frozen|left\\s+(?:for\\s+(?:later|another\\s+day|(?:later|future|further|other|another)\\s+[\\w-]+)|aside|open|unresolved|untouched|to\\s+(?:later|future|others|negotiators))|set\\s+aside|put\\s+off|put\\s+on\\s+hold|shelved|parked|deferred|postponed)\\b`,
  'gi',
);
// "but remained far apart on Taiwan", "the two sides stayed divided over sanctions", "were still
// at odds over the border": the parties still split on a question, whatever else they agreed
const STILL_APART =
  /\b(?:remain(?:s|ed)?|stay(?:s|ed)?|were|are|was|is)\s+(?:still\s+)?(?:(?:far|wide|widely|deeply|sharply|bitterly|firmly|clearly|completely)\s+)?(?:apart|divided|split|at\s+odds|at\s+loggerheads|in\s+disagreement|deadlocked)\s+(?:on|over|about|regarding|concerning)\b/gi;
// an agency's "the positions of the sides did not come closer", "their positions remained far apart"
const POSITIONS_APART =
  /\bpositions\s+(?:of\s+(?:the\s+|both\s+)?(?:[\w-]+\s+)?(?:sides|parties|countries|leaders|presidents)\s+)?(?:(?:did|do|does|have|has|had)\s+not|didn['’]t|haven['’]t|hasn['’]t|failed\s+to)\s+(?:(?:come|draw|drawn|move|moved|get|got|gotten|grow|grown)\s+(?:any\s+)?closer|converge[ds]?)\b|\bpositions\s+(?:(?:on|over)\s+(?:[\w'’-]+\s+){1,5}?)?(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:still\s+)?(?:far\s+apart|unchanged|different|opposed|irreconcilable)\b/gi;
// ("nothing on the agenda" is a schedule, not a shortfall)
const NOTHING_ON = /\b(?:but|and|yet|there\s+was|there\s+were)\s+nothing\s+(?:at\s+all\s+)?(?:on|about|regarding|concerning)\s+(?!(?:the\s+)?(?:agenda|schedule|table|record)\b)/gi;
const RIFT = '(?:disputes?|differences|disagreements?|gaps?|rifts?|row|quarrel|feud|standoff|stand-off|divisions?)';
const UNRESOLVED = new RegExp(
  `\\b(?:did\\s+not|didn['’]t|could\\s+not|couldn['’]t|failed\\s+to|fail\\s+to|were\\s+unable\\s+to|was\\s+unable\\s+to|never)\\s+(?:(?:fully|really|quite)\\s+)?(?:settle|resolve|bridge|overcome|close|heal|end)\\s+(?:(?:their|the|its|any\\s+of\\s+their|his)\\s+)?(?:[\\w-]+\\s+){0,2}?${RIFT}\\b` +
    `|\\b(?:their|the)\\s+(?:[\\w-]+\\s+){0,2}?${RIFT}\\s+(?:(?:over|on|about)\\s+(?:[\\w'’-]+\\s+){1,6}?)?(?:remained|remain|remains|stayed|stay|stays|were\\s+left|was\\s+left)\\s+(?:unresolved|unsettled|unbridged|open|as\\s+wide\\s+as\\s+ever)\\b` +
    `|\\b(?:their|the)\\s+(?:[\\w-]+\\s+){0,2}?${RIFT}\\s+(?:(?:over|on|about)\\s+(?:[\\w'’-]+\\s+){1,6}?)?(?:could\\s+not|couldn['’]t|cannot|can\\s+not)\\s+be\\s+(?:bridged|resolved|settled|closed|overcome)\\b`,
  'gi',
);
const ANY_PROGRESS_ON =
  /\bany\s+(?:(?:real|significant|major|visible|concrete|substantive|tangible|meaningful)\s+)?(?:movement|progress|headway|shift)\s+(?:on|over|regarding|about|toward|towards)\b/gi;

// "failed to agree", "could not agree", "did not agree on anything": the verb form of no deal
const AGREED_FAILURE =
  /\b(?:fail(?:ed|s)?\s+to|could\s+not|couldn['’]t|did\s+not|didn['’]t|were\s+unable\s+to|was\s+unable\s+to|unable\s+to|never)\s+agree(?=\s*[,.;]|\s*$|\s+(?:on\s+(?:anything|much|a\s+deal|an\s+agreement|terms|a\s+way\s+forward|next\s+steps)|to\s+anything|and\b|but\b|as\b|after\b|during\b))/gi;

/**
 * A sentence's agreement claims. "Agreed on many points, but not the most important" and a
 * sentence that states both a deal and its absence ("no breakthrough on Ukraine, but they
 * agreed to restore military channels") are partial.
 */
function agreementClaims(doc: Doc, s: Sentence, text: string, antecedent: boolean): Claim<Outcome>[] {
  const readings = agreementReadings(text, antecedent).sort((a, b) => a.start - b.start);
  if (!readings.length) return [];
  // "They agreed that the teams would meet, Trump said, but neither side pointed to any movement
  // on the core dispute": the outlet's shortfall qualifies the deal it reports someone telling of
  // in the same breath, so the sentence tells of a partial outcome whoever voices each half
  if (readings.some((r) => r.shortfall) && readings.some((r) => r.value === 'yes')) {
    for (const r of readings) if (r.shortfall || r.value === 'yes') r.value = 'partial';
  }
  const byVoice = new Map<string, AgreementReading[]>();
  for (const r of readings) {
    const v = voiceFor(doc, s, r.start);
    const list = byVoice.get(v);
    if (list) list.push(r);
    else byVoice.set(v, [r]);
  }
  const claims: Claim<Outcome>[] = [];
  for (const [voice, list] of byVoice) {
    const yes = list.filter((r) => r.value === 'yes');
    const no = list.filter((r) => r.value === 'no');
    if (list.some((r) => r.value === 'partial')) {
      for (const r of list) claims.push(claimOf(doc, s, 'outcome.agreement', 'partial', r.start, r.end, voice));
      continue;
    }
    if (yes.length && no.length) {
      const start = Math.min(...list.map((r) => r.start));
      const end = Math.max(...list.map((r) => r.end));
      claims.push(claimOf(doc, s, 'outcome.agreement', 'partial', start, end, voice));
      continue;
    }
    // "could not bridge their differences and parted without a deal": the plain denial says it; the
    // shortfall beside it (which alone says nothing) must not stand in for it in the sentence
    const plainNo = no.some((r) => !r.shortfall);
    for (const r of list) {
      if (plainNo && r.shortfall) continue;
      const value: Outcome = r.value === 'yes' && MAIN_NOT.test(text.slice(r.end, r.end + 200)) ? 'partial' : r.value;
      const claim = claimOf(doc, s, 'outcome.agreement', value, r.start, r.end, voice);
      if (value === 'yes' && r.verb && APPRAISING.test(r.verb)) appraised.add(claim);
      if (r.shortfall) shortfall.add(claim);
      claims.push(claim);
    }
  }
  return claims;
}

const WIDER_BODY =
  /\b(?:(?:leaders|heads\s+of\s+(?:state|government)|members?|member\s+(?:states|countries)|participants)\s+of\s+(?:the\s+)?(?:Group\s+of\s+\w+|G-?\d{1,2}\b|[A-Z]{3,6}\b|[A-Z][a-z]+\s+(?:Union|Organi[sz]ation|Forum|Council|Cooperation|Community|Alliance|Group))|(?:G-?\d{1,2}|BRICS|APEC|ASEAN|SCO|NATO|EU|OSCE|CSTO|EAEU)\s+(?:leaders|members|nations|states|countries|heads|partners)|(?:all|the\s+other)\s+(?:\d{1,3}|seven|eight|nine|ten|twenty|[a-z]+-[a-z]+)\s+(?:leaders|members|nations|heads\s+of\s+(?:state|government)))\b(?:\s+[\w'’-]+){0,6}?\s*$/;

const UNDER_WORK =
  /\b(?:(?:is|are|was|were|been|still)\s+(?:busy\s+)?(?:negotiating|drafting|haggling|wrangling|arguing|working|finali[sz]ing|preparing|discussing|debating|polishing|hammering)|(?:negotiat\w*|draft\w*|haggl\w*|wrangl\w*|argu\w*|work\w*\s+on|debat\w*|discuss\w*|squabbl\w*)\s+(?:over\s+|about\s+|on\s+)?(?:the\s+)?(?:wording|text|draft|language|terms)\s+of)\b[^,;:.]{0,50}$/i;

function communiqueClaims(doc: Doc, s: Sentence, text: string): Claim<Outcome>[] {
  const claims: Claim<Outcome>[] = [];
  for (const m of text.matchAll(COMMUNIQUE_NOUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (TO_THE_PRESS.test(text.slice(end, end + 30))) continue;
    // "Joint statement: none": a label, read by labelClaims, not a statement presupposed
    if (/^[*_]*\s*:/.test(text.slice(end, end + 6)) && !/[A-Za-z]/.test(text.slice(0, start))) continue;
    // "Not released: a joint statement": the label denies it (labelClaims)
    if (DENIED_LABEL.test(text.slice(0, start))) continue;
    const r = readNoun(text, start, end, { achieve: ACHIEVE_COMMUNIQUE, bare: true, future: true });
    if (!r) continue;
    // "were negotiating the wording of a joint communique", "aides are drafting a joint statement":
    // a text still being worked on is not issued
    if (r.value === 'yes' && UNDER_WORK.test(text.slice(Math.max(clauseStart(text, start), start - 90), start))) continue;
    // "the leaders of the Group of 20 endorsed a communique", "G7 leaders adopted a declaration":
    // a text of a wider gathering the two attended is not theirs
    if (r.verb && WIDER_BODY.test(text.slice(Math.max(clauseStart(text, r.start), r.start - 100), r.start))) continue;
    // "wrangled over the wording of a joint statement, and none was issued": NONE_ISSUED reads it
    if (r.value === 'yes' && NONE_AFTER.test(text.slice(end, end + 100))) continue;
    // "made joint press statements" is spoken at the press appearance; one issued is a text
    if (/\bpress\b/i.test(m[0]) && /^(?:made|make|makes|making|deliver\w*|read|reads|reading|gave|give|gives|giving)$/.test(r.verb ?? '')) continue;
    claims.push(claimOf(doc, s, 'outcome.communique', r.value, r.start, r.end));
    // a text both leaders signed is an agreement, whatever it commits them to
    if (r.value === 'yes' && r.verb && SIGNING.test(r.verb)) claims.push(claimOf(doc, s, 'outcome.agreement', 'yes', r.start, r.end));
  }
  if (/\b(?:sign|adopt|ink|endors|approv|ratif)/i.test(text)) {
    // "signed a document", "no documents were signed", "adopted a Declaration in support of …"
    for (const m of text.matchAll(SIGNED_PAPER)) {
      const start = m.index!;
      const end = start + m[0].length;
      const prev = wordBefore(text, start);
      if (/^(?:joint|final|closing|concluding|summit)$/.test(prev)) continue;
      // a document's title runs on: "The Panmunjom Declaration for Peace, Prosperity and
      // Reunification of the Korean Peninsula was signed by the two leaders"
      // "signed two framework documents": a frame for a later treaty is a partial deal, not a
      // statement of the two (the modifier would read as a plan's word: read from before it)
      const stage = text.slice(Math.max(0, start - 40), start).match(STAGE_BEFORE);
      if (stage) {
        const r = readNoun(text, start - stage[0].length, end, { achieve: SIGNING, future: true });
        if (r) claims.push(claimOf(doc, s, 'outcome.agreement', r.value === 'yes' ? 'partial' : 'no', r.start, r.end));
        continue;
      }
      const titled = /^[A-Z]/.test(m[0]) && /^[A-Z]/.test(lastWord(text.slice(Math.max(0, start - 30), start))) ? end + text.slice(end, end + 160).match(TITLE_TAIL)![0].length : end;
      const r = readNoun(text, start, titled, { achieve: SIGNING, future: true });
      if (!r) continue;
      const signedAfter = /^\s*(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:not\s+)?signed\b/i.test(text.slice(titled, titled + 30));
      // ("the sides signed no documents": the verb right before the negation)
      if (r.value === 'no' && !signedAfter && !/\bsign/i.test(text.slice(r.start, r.end)) && !/\bsign(?:ed|s|ing)?\s+$/i.test(text.slice(Math.max(0, r.start - 12), r.start))) continue;
      // "no documents were signed" denies a signed agreement; whether the sides put out a
      // statement it does not say
      if (r.value === 'no') {
        claims.push(claimOf(doc, s, 'outcome.agreement', 'no', r.start, r.end));
        continue;
      }
      // a memorandum binds the two to something: an agreement, not a statement of their views
      if (!/^memorand/i.test(m[0])) claims.push(claimOf(doc, s, 'outcome.communique', r.value, r.start, r.end));
      if (r.value === 'yes' && r.verb && SIGNING.test(r.verb)) claims.push(claimOf(doc, s, 'outcome.agreement', 'yes', r.start, r.end));
    }
  }
  // "could not agree on its wording, and none was issued": the statement named before, not made
  for (const m of text.matchAll(NONE_ISSUED)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 150), start);
    if (!COMMUNIQUE_WORD.test(before)) continue;
    if (irrealisBefore(text, start) || otherEvent(text, start, end, true)) continue;
    claims.push(claimOf(doc, s, 'outcome.communique', 'no', start, end));
  }
  for (const m of text.matchAll(SEPARATE_READOUTS)) {
    const start = m.index!;
    const end = start + m[0].length;
    const w = walkLeft(text, start, { achieve: /^$/, limit: 3 });
    if (w.kind === 'neg' || w.kind === 'irrealis' || irrealisBefore(text, start) || otherEvent(text, start, end, true)) continue;
    claims.push(claimOf(doc, s, 'outcome.communique', 'no', start, end));
  }
  return claims;
}

function ceasefireClaims(doc: Doc, s: Sentence, text: string): Claim<Outcome>[] {
  const claims: Claim<Outcome>[] = [];
  // "Hopes for a truce were dashed": the truce not agreed
  for (const m of text.matchAll(HOPE_DASHED)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (CEASEFIRE_WORD.test(m[0]) && !otherEvent(text, start, end)) claims.push(claimOf(doc, s, 'outcome.ceasefire', 'no', start, end));
  }
  for (const m of text.matchAll(CEASEFIRE_NOUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    // "the agreement provides for a ceasefire from midnight": a truce the summit's text sets
    // out is agreed; a plan's or a draft's is only proposed
    const lead = text.slice(Math.max(0, start - 120), start).match(PROVIDED_BY);
    if (lead) {
      const from = start - lead[0].length;
      if (!/\b(?:plan|proposal|draft|proposed|possible|future|would-be|planned)\b/i.test(lead[0]) && !irrealisBefore(text, from) && !otherEvent(text, start, end, true)) {
        claims.push(claimOf(doc, s, 'outcome.ceasefire', 'yes', from, end));
      }
      continue;
    }
    if (NOTHING_LIKE_BEFORE.test(text.slice(Math.max(0, start - 50), start))) continue;
    // "the parties committed themselves to the full implementation of the ceasefire", "agreed on
    // the restoration of the truce": a commitment to make a truce hold is one agreed
    const upkeep = text.slice(Math.max(0, start - 160), start).match(COMMITTED_TO_UPKEEP);
    if (upkeep) {
      const from = start - upkeep[0].length;
      if (!irrealisBefore(text, from) && !otherEvent(text, from, end, true) && !/\b(?:not|never|no)\b|n['’]t\b/i.test(upkeep[0])) {
        claims.push(claimOf(doc, s, 'outcome.ceasefire', 'yes', from, end));
        continue;
      }
    }
    // "withdraw to the armistice lines", "the truce village", "ceasefire violations": a place or
    // an old truce's upkeep, not one agreed here
    if (TRUCE_THING.test(text.slice(end, end + 16))) continue;
    // "His appeal for a ceasefire got nowhere", "calls for a truce were rebuffed": a plea turned
    // down is a truce not agreed
    const plea = PLEA_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
    const refused = plea && text.slice(end, end + 120).match(PLEA_REFUSED);
    if (plea && refused) {
      const from = start - plea[0].length;
      if (!irrealisBefore(text, from) && !otherEvent(text, from, end, true)) claims.push(claimOf(doc, s, 'outcome.ceasefire', 'no', from, end + refused[0].length));
      continue;
    }
    // "a ceasefire would take effect at midnight", "the truce is to come into force on Sunday":
    // a truce announced with the hour it starts is agreed; one forecast ("would begin soon") or
    // one that starts only on a condition is not
    const starts = text.slice(end, end + 120).match(TAKES_EFFECT);
    if (starts && !/\b(?:if|unless|once|provided|only|when|until)\b/i.test(text.slice(end + starts[0].length, end + starts[0].length + 60))) {
      const w = walkLeft(text, start, { achieve: /^$/, limit: 3 });
      if (w.kind !== 'neg' && w.kind !== 'irrealis' && !irrealisBefore(text, start) && !otherEvent(text, start, end, true)) {
        claims.push(claimOf(doc, s, 'outcome.ceasefire', 'yes', start, end + starts[0].length));
        continue;
      }
    }
    const r = readNoun(text, start, end, { achieve: ACHIEVE_CEASEFIRE, future: true });
    if (!r) continue;
    // a proposal or talks about a truce: only their rejection says anything of the truce
    const proposal = /\b(?:proposal|plan|talks|offer|calls?|demands?|terms)$/i.test(m[0]);
    if (proposal && r.value === 'yes' && !/^(?:accept|agree|sign|approv|endors)/.test(r.verb ?? '')) continue;
    if (r.value === 'yes' && /^(?:offer|gave|give)/.test(r.verb ?? '')) continue;
    if (r.value === 'yes' && /^call/.test(r.verb ?? '') && /\b(?:for|on|upon|off)\b/i.test(text.slice(r.start, start))) continue;
    claims.push(claimOf(doc, s, 'outcome.ceasefire', r.value, r.start, r.end));
    // a truce the two leaders agreed or signed is an agreement they reached ("agreed a ceasefire
    // in Idlib"); one merely declared, observed or emerged with says nothing of a deal
    if (r.value === 'yes' && r.verb && BILATERAL.test(r.verb)) claims.push(claimOf(doc, s, 'outcome.agreement', 'yes', r.start, r.end));
  }
  for (const m of text.matchAll(NOTHING_LIKE)) {
    if (!/^(?:cease|truce|armis)/i.test(m[1]!)) continue;
    const r = nothingLike(text, m);
    if (r) claims.push(claimOf(doc, s, 'outcome.ceasefire', 'no', r.start, r.end));
  }
  for (const m of text.matchAll(NONE_CAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!CEASEFIRE_WORD.test(text.slice(Math.max(0, start - 60), start))) continue;
    if (irrealisBefore(text, start) || otherEvent(text, start, end, true)) continue;
    claims.push(claimOf(doc, s, 'outcome.ceasefire', 'no', start, end));
  }
  // "Under the protocol, the parties will cease all military actions": a truce the summit's text
  // commits both to, or one they agreed to, without the word
  for (const m of text.matchAll(CEASE_VP)) {
    const start = m.index!;
    const end = start + m[0].length;
    // the sentence opens with the text that binds them, and the binding verb leads to the stop
    const opening = text.match(UNDER_TEXT);
    const under = opening && opening[0].length === start ? opening : null;
    const lead = text.slice(Math.max(0, start - 60), start);
    const agreedAt = lead.search(AGREED_TO_STOP);
    if (!under && agreedAt < 0) continue;
    const from = under ? 0 : start;
    if (under && /\b(?:plan|proposal|draft|proposed|possible|future|planned)\b/i.test(under[0])) continue;
    if (!under && irrealisBefore(text, start - lead.length + agreedAt)) continue;
    if (otherEvent(text, from, end, true)) continue;
    claims.push(claimOf(doc, s, 'outcome.ceasefire', 'yes', from, end));
  }
  // "Nothing agreed in Moscow amounted to a ceasefire": what was agreed falls short of one
  for (const m of text.matchAll(NOTHING_AMOUNTED)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (irrealisBefore(text, start) || MODAL_IN.test(m[0]) || otherEvent(text, start, end, true)) continue;
    claims.push(claimOf(doc, s, 'outcome.ceasefire', 'no', start, end));
  }
  return claims;
}

const COMMITTED_TO_UPKEEP =
  /\b(?:agreed|committed|pledged|undertook|promised|vowed|decided|signed\s+up)\b[^.;:]{0,80}?\b(?:implementation|observance|restoration|extension|strengthening|consolidation|respect)\s+(?:of|for)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i;
// (the plea as a verb too: "Trump pressed for a ceasefire, but Putin refused")
const PLEA_BEFORE = /\b(?:appeals?|calls?|pleas?|requests?|proposals?|demands?|push|bid|offer|(?:pressed|pushed|called|appealed|asked|lobbied|argued|begged)(?:\s+[A-Z][\w'’-]+|\s+(?:him|her|them|Moscow|Kyiv))?)\s+for\s+(?:an?\s+|the\s+)?(?:(?:immediate|full|general|complete|lasting|temporary|unconditional|\d+-day)\s+)?$/i;
// where the truce would hold: "a ceasefire in eastern Ukraine", "a truce along the front"
const TRUCE_PLACE = `(?:\\s+(?:in|on|for|along|across|over|around)\\s+(?:the\\s+)?[\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2})?`;
const PLEA_REFUSED = new RegExp(
  `^${TRUCE_PLACE}\\s*(?:,\\s*(?:but|and|yet)\\s+(?:(?:the\\s+)?[A-Z][\\w'’-]+|he|she)\\s+(?:flatly\\s+|firmly\\s+)?(?:refused|declined|demurred|balked|said\\s+no|would\\s+not\\s+(?:agree|budge)|rejected\\s+(?:it|the\\s+idea))\\b|(?:got|went|gets|goes|led|leads)\\s+nowhere|(?:came|comes)\\s+to\\s+nothing|(?:fell|falls)\\s+on\\s+deaf\\s+ears|(?:was|were|had\\s+been|has\\s+been)\\s+(?:flatly\\s+|firmly\\s+|swiftly\\s+)?(?:rejected|rebuffed|refused|dismissed|turned\\s+down|brushed\\s+(?:aside|off)|waved\\s+(?:away|aside)|ignored))\\b`,
  'i',
);
const TAKES_EFFECT = new RegExp(
  `^${TRUCE_PLACE}\\s+(?:would|will|was\\s+to|is\\s+to|were\\s+to|shall)\\s+(?:take\\s+effect|come\\s+into\\s+(?:force|effect)|enter\\s+into\\s+force|go\\s+into\\s+effect|begin|start|hold)\\s+(?:(?:at|from|on|by|as\\s+of)\\s+(?:midnight|noon|dawn|\\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)|tonight|tomorrow)`,
  'i',
);
const TRUCE_THING = /^[\s-]+(?:lines?|village|commission|zone|monitors?|monitoring|violations?|breaches)\b/i;
const PROVIDED_BY =
  /\b(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|deal|accord|declaration|document|package|text|pact|memorandum|communiqu[ée]|statement|road\s*map)\s+(?:also\s+)?(?:provides|provided|envisages|envisaged|stipulates|stipulated|includes|included|calls\s+for|called\s+for|sets\s+out|set\s+out|foresees|foresaw|mandates|mandated|establishes|established)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
const BILATERAL = /^(?:agree(?:s|d)?|agreeing|sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|broker(?:s|ed|ing)?)$/;
// (what is stopped may be the strikes themselves: "agreed to pause attacks on the power grid",
// or the guns: "agreed to silence their guns", "agreed that the guns would fall silent")
const CEASE_VP =
  /\b(?:(?:cease|halt|stop|end|suspend|freeze|pause)\s+(?:all\s+)?(?:(?:their|its|the)\s+)?(?:(?:military|combat|offensive)\s+(?:actions?|activit(?:y|ies)|operations)|hostilities|fighting|fire|(?:(?:mutual|cross-border|long-range|missile|drone|air|aerial)\s+)?(?:attacks|strikes|airstrikes|air\s+strikes|shelling|bombing|bombardments?))|silence\s+(?:their|the|all)\s+guns|(?:fall|go)\s+silent|lay\s+down\s+(?:their\s+)?arms)\b/gi;
const AGREED_TO_STOP = /\bagree(?:d|s)?\s+(?:to|that\s+(?:the\s+\w+|they|both\s+\w+)\s+(?:would|will)|on\s+the\s+need\s+to)\s+(?:(?:immediately|fully|jointly)\s+)?$/i;
const UNDER_TEXT =
  /^[\s*_>•-]*(?:under|according\s+to|by\s+the\s+terms\s+of|as\s+part\s+of|in)\s+(?:the|this|their|that)\s+(?:[\w-]+\s+){0,2}(?:protocol|agreement|deal|accord|memorandum|document|declaration|text|terms|pact|statement)\s*,\s*(?:the\s+(?:parties|sides|two\s+\w+)|both\s+\w+|they|[A-Z]\w+\s+and\s+[A-Z]\w+)\s+(?:will|shall|are\s+to|must|agreed\s+to|undertake\s+to|committed\s+to|pledged\s+to)\s+/i;
const MODAL_IN = /\b(?:would|could|will|may|might|can|should|shall)\b|['’]ll\b/i;
const NOTHING_AMOUNTED =
  /\b(?:nothing|none\s+of\s+(?:it|this|that|them|the\s+[\w-]+))\b[^,;:.]{0,60}?\b(?:amount(?:s|ed)?\s+to|c(?:a|o)me\s+close\s+to|resembl(?:es|ed)|approach(?:es|ed)|add(?:s|ed)\s+up\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:cease-?fire|truce|armistice)\b/gi;

/**
 * A voice that says, in one place, that things were agreed ("a handful of smaller accords")
 * and, in another, that no deal was reached ("no deal on space arms") does not contradict
 * itself: it reports a partial outcome, and says so once it is read whole. So does one that
 * calls the result "a partial deal" and tells what was agreed in it: the things agreed are the
 * partial deal's parts, not a full agreement beside it.
 */
function partialAcross(all: Claim[]): Claim[] {
  const said = new Map<string, Set<unknown>>();
  for (const c of all) {
    if (c.type !== 'outcome.agreement' || appraised.has(c)) continue;
    const set = said.get(c.attribution) ?? new Set();
    set.add(c.value);
    said.set(c.attribution, set);
  }
  // praising a deal presupposes a text, not that the meeting sealed it: where the same voice
  // says none was signed, the praise is of a draft
  const claims = all.filter(
    (c) =>
      !(appraised.has(c) && said.get(c.attribution)?.has('no') && !said.get(c.attribution)?.has('yes')) &&
      // what was left open, said by a voice that tells of nothing agreed, is no verdict on the summit
      // (a lesser thing agreed, "the only agreement was …", is something agreed as well)
      !(shortfall.has(c) && !said.get(c.attribution)?.has('yes') && !said.get(c.attribution)?.has('partial')),
  );
  for (const c of claims) {
    if (c.type !== 'outcome.agreement' || !appraised.has(c)) continue;
    const set = said.get(c.attribution) ?? new Set();
    set.add(c.value);
    said.set(c.attribution, set);
  }
  for (const c of claims) {
    const set = c.type === 'outcome.agreement' ? said.get(c.attribution) : undefined;
    if (set && set.size > 1) c.value = 'partial';
  }
  return claims;
}

// A briefing's label carries the value after its colon: "✅ **Agreed:** closer energy ties",
// "❌ **Ceasefire:** none", "Joint statement: issued". A label with no plain value after it
// ("Ceasefire: what happens next") is a heading and says nothing.
const LABEL =
  /^[\s>#*+•·-]*(?:[^\w\s*]{1,4}\s*)?[*_]*\s*(?:(?!(?:not|no|never|none|un\w+)\s)[\w-]+\s+){0,2}?(agreed|signed|deals?|agreements?|accords?|outcomes?|results?|upshot|deliverables?|cease-?fires?|truces?|joint\s+(?:statements?|declarations?|communiqu[ée]s?)|(?:final\s+)?communiqu[ée]s?)\s*:\s*[*_]*\s*/i;
const DENIED_LABEL = /^[\s>#*+•·-]*(?:[^\w\s*]{1,4}\s*)?[*_]*\s*(?:not|never|none)[*_]*\s+(?:issued|signed|released|adopted|published|agreed|reached|declared|produced)[*_]*\s*:\s*[*_]*\s*/i;
const DENIED_STATEMENT = new RegExp(`^(?:(?:an?|any|the)\\s+)?${COMMUNIQUE_WORD.source.slice(2)}`, 'i');
const LABEL_NO = /^(?:none|no|nothing|not\s+(?:agreed|reached|signed|issued|adopted|declared|yet)|unsigned|cancel+ed|scrapped|n\/a)\b/i;
// "Not agreed: tariffs or Taiwan", "Unresolved: SDI": what a summit left open. Beside something
// agreed it makes the outcome partial; alone it says nothing of whether anything was agreed.
const SHORTFALL_LABEL = /^[\s>#*+•·_-]*(?:[^\w\s*]{1,4}[\s*_]*)?(?:not\s+agreed|unresolved|unsettled|still\s+open|left\s+open|open\s+(?:issues|questions)|sticking\s+points|disagreements?|no\s+agreement)[\s*_]*:[\s*_]*[^\s*_]/i;
const LABEL_YES = /^(?:yes|agreed|reached|signed|issued|adopted|declared|released|struck|concluded|announced)\b/i;

function labelClaims(doc: Doc, s: Sentence, text: string): Claim<Outcome>[] {
  // "**Not** issued: any joint declaration", "Not agreed: a ceasefire": the denial is the label
  const denied = text.match(DENIED_LABEL);
  if (denied) {
    const rest = text.slice(denied[0].length);
    const type: ClaimType | undefined = /^(?:(?:an?|any|the)\s+)?(?:[\w-]+\s+)?(?:cease-?fire|truce|armistice)/i.test(rest)
      ? 'outcome.ceasefire'
      : DENIED_STATEMENT.test(rest)
        ? 'outcome.communique'
        : undefined;
    if (type) return [claimOf(doc, s, type, 'no', denied.index!, denied[0].length + (rest.match(/^[^,.;]{1,60}/)?.[0].length ?? 0))];
  }
  const m = text.match(LABEL);
  if (!m) {
    const f = text.match(SHORTFALL_LABEL);
    if (!f) return [];
    const claim = claimOf(doc, s, 'outcome.agreement', 'no', f.index!, f.index! + f[0].length - 1);
    shortfall.add(claim);
    return [claim];
  }
  const word = m[1]!.toLowerCase();
  const rest = text.slice(m[0].length);
  const type: ClaimType = /^(?:agreed|signed|deal|agreement|accord|outcome|result|upshot|deliverable)/.test(word)
    ? 'outcome.agreement'
    : /^(?:cease|truce)/.test(word)
      ? 'outcome.ceasefire'
      : 'outcome.communique';
  let value: Outcome | undefined;
  if (/^(?:outcome|result|upshot|deliverable)/.test(word)) {
    // "Outcome: teams to restart talks", "Result: an accord on grain": what came out, in the
    // headline's infinitive or as an agreement named; "Result: a photo opportunity" is no deal
    // and no denial either
    const first = rest.split(/[;.]/)[0]!;
    // ("Outcome: partial agreement on …": the noun's own reading says partial)
    if (PARTIAL_BEFORE.test(rest.match(/^[*_\s]*(?:an?\s+|the\s+)?[A-Za-z][\w-]*\s+/)?.[0] ?? '')) return [];
    if (LABEL_NO.test(rest) || /^(?:no|nothing)\s+(?:deal|agreement|accord|breakthrough|result|concrete)/i.test(rest)) value = 'no';
    else if (!IRREALIS_BEFORE.test(first) && (HEADLINE_PLAN.test(first) || /^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|understandings?|memorand(?:um|a))\b/i.test(first))) value = 'yes';
    if (!value) return [];
    const start = m[0].lastIndexOf(m[1]!);
    return [claimOf(doc, s, type, value, start, m[0].length + first.length)];
  }
  if (LABEL_NO.test(rest)) value = 'no';
  else if (LABEL_YES.test(rest)) value = 'yes';
  // "Agreed: closer energy ties" names what was agreed; "Agreed: to meet again" arranges a meeting
  else if (/^(?:agreed|signed)$/.test(word) && /^[\w"“'‘]/.test(rest) && !(ARRANGING.test(rest.replace(/^to\s+/i, ' ')) && !AGAIN.test(rest)) && !IRREALIS_BEFORE.test(rest.slice(0, 30))) value = 'yes';
  if (!value) return [];
  const start = m[0].lastIndexOf(m[1]!);
  return [claimOf(doc, s, type, value, start, m[0].length + (rest.match(/^\S+/)?.[0].length ?? 0))];
}
const FOLLOWED = /^\s+(?:(?:ever|later|soon|then)\s+)?(?:followed|ensued|came\s+(?:of\s+it|afterwards?|later|next))\b/i;
/** Does a sentence date itself to the past ("in 1953", "years ago", "the previous summit")? */
function historicSentence(text: string): boolean {
  return HISTORY.test(text) || historicYear(text) || PAST_DATE.test(text);
}

// A liveblog's or a briefing's "Background" or "Context" section retells earlier summits and
// standing facts ("Hanoi, Feb 2019: ended early, no agreement"): none of it is this summit's
// outcome. The section runs to the next heading, rule or time-stamped entry. (A "Timeline" is
// the summit's own day, hour by hour.)
const BACKGROUND_HEADING =
  /^[\s*_]*(?:background|context|history|(?:the\s+)?backstory|previously|how\s+we\s+got\s+here|the\s+story\s+so\s+far|past\s+(?:summits|meetings|encounters)|(?:earlier|previous)\s+(?:summits|meetings|encounters)|(?:a\s+)?look\s+back|elsewhere(?:\s+(?:at|in|on|around)\s+[^\n]{1,40})?|meanwhile|in\s+other\s+news)[\s*_:.]*$/i;
const ENTRY_STAMP = /^[\s*_]*\d{1,2}[:.]\d{2}\b/;
/** Is a sentence a heading: a Markdown one, or a short line of its own in plain text? */
function isHeading(doc: Doc, s: Sentence): boolean {
  const raw = doc.report.text;
  const before = raw.slice(Math.max(0, s.start - 8), s.start);
  if (/(?:^|\n)[ \t]*#{1,6}[ \t]+$/.test(before)) return true;
  if (s.text.length > 60 || !/(?:^|\n)[ \t*_]*$/.test(before) || /[.!?]\s*$/.test(s.text)) return false;
  return /^[ \t*_:]*(?:\r?\n|$)/.test(raw.slice(s.end, s.end + 8));
}
/** A sentence-by-sentence reader that says whether a sentence is in a background section. */
export function backgroundTracker(doc: Doc): (s: Sentence) => boolean {
  let inside = false;
  return (s) => {
    if (isHeading(doc, s) || /(?:^|\n)[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*\n/.test(doc.report.text.slice(Math.max(0, s.start - 12), s.start))) {
      inside = BACKGROUND_HEADING.test(s.text);
      return inside;
    }
    if (inside && ENTRY_STAMP.test(s.text)) inside = false;
    return inside;
  };
}

// a headline's infinitive is a decision: "teams to restart talks", "leaders to meet again"
const HEADLINE_PLAN = /^(?:(?!(?:no|not|nothing|hopes?|plans?|calls?|bid|push)\b)[\w'’-]+\s+){1,5}to\s+(?!be\s+(?:decided|determined|seen)\b)[a-z]+/i;
const APPRAISING = /^(?:welcom|hail|tout|prais|laud|applaud|celebrat)/;
const appraised = new WeakSet<Claim>();
const shortfall = new WeakSet<Claim>();
const AGREEMENT_WORD = /\b(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|settlements?|compromises?)\b/i;

// A sentence that opens on a date weeks away from the report's own ("On 4 February 2022, the two
// leaders issued a joint statement …" in a September analysis) tells of another occasion. The
// report's date is a full date at its top (a dateline or a header); a date within a week of it
// may be the summit's own day, told from a later dateline.
const MONTH_INDEX: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
const MONTH_WORD = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const FULL_DATE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD},?\\s+((?:19|20)\\d\\d)\\b|\\b${MONTH_WORD}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`);
// a day, with its weekday and year if given: groups 1–5 as dayOf reads them
const DAY = `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:(\\d{1,2})\\s+${MONTH_WORD}|${MONTH_WORD}\\s+(\\d{1,2}))(?:,?\\s+((?:19|20)\\d\\d))?`;
const FRONTED_DATE = new RegExp(`^[\\s*_]*(?:On|In|By)\\s+${DAY}\\s*,`);
const FRONTED_SETTING = new RegExp(`^[\\s*_]*(?:At|In|During)\\s+[^,;:.]{0,80}?\\bon\\s+${DAY}\\s*,?\\s+(?:the|they|he|she|both|[A-Z])`);
const FRONTED_MONTH = new RegExp(`^[\\s*_]*(?:In|By|During)\\s+(?:(?:early|late|mid-?)\\s*)?${MONTH_WORD}(?:,?\\s+((?:19|20)\\d\\d))?\\s*,`);
const DAY_MS = 86_400_000;
function dayOf(year: number, month: string, day: number): number {
  return Date.UTC(year, MONTH_INDEX[month.slice(0, 3).toLowerCase()]!, day);
}
/** The report's own day (ms), from a full date at its top. */
function reportDay(text: string): { ms: number; year: number } | undefined {
  // (only a date near the top is the report's own: a later one may be any other occasion)
  const m = text.slice(0, 400).match(FULL_DATE);
  if (!m) return undefined;
  const year = Number(m[3] ?? m[6]);
  return { ms: dayOf(year, (m[2] ?? m[4])!, Number(m[1] ?? m[5])), year };
}
/** Does the sentence open on a day more than a week from the report's own, or on another month? */
function frontedElsewhen(text: string, when: { ms: number; year: number }): boolean {
  // "In June 2022, …": a month that is not the report's own
  const month = text.match(FRONTED_MONTH);
  if (month) {
    const d = new Date(when.ms);
    return MONTH_INDEX[month[1]!.slice(0, 3).toLowerCase()] !== d.getUTCMonth() || (month[2] !== undefined && Number(month[2]) !== when.year);
  }
  // (… or on a setting dated so: "At the Group of Eight summit in Genoa on July 22 they agreed …")
  const m = text.match(FRONTED_DATE) ?? text.match(FRONTED_SETTING);
  if (!m) return false;
  const ms = dayOf(m[5] ? Number(m[5]) : when.year, (m[2] ?? m[3])!, Number(m[1] ?? m[4]));
  return Math.abs(ms - when.ms) > 7 * DAY_MS;
}

// A sentence that dates a meeting days before the one the report dates its own ("was agreed in
// principle when Sullivan met Yang in Zurich on Oct. 6", "talks in Zurich on 6 October, at which
// the two sides agreed …") tells what that meeting produced.
const DAY_G = new RegExp(`\\bon\\s+${DAY}`, 'g');
const OCCASION_NEAR = /\b(?:met|meet|meeting|talks|summit|call|conversation|visit|session|conference)\b[^;]{0,100}$/i;
function datesEarlierMeeting(text: string, first: number): boolean {
  const year = new Date(first).getUTCFullYear();
  for (const m of text.matchAll(DAY_G)) {
    const ms = dayOf(m[5] ? Number(m[5]) : year, (m[2] ?? m[3])!, Number(m[1] ?? m[4]));
    if (first - ms > 2 * DAY_MS && first - ms < 400 * DAY_MS && OCCASION_NEAR.test(text.slice(Math.max(0, m.index! - 100), m.index!))) return true;
  }
  return false;
}

// three capitalised words running and no small letter anywhere
const SHOUTED = /^(?=[^a-z]*$)(?=.*[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,})/s;

export const outcomeExtractor: Extractor = {
  family: 'outcome',
  kinds: [
    outcomeKind('outcome.agreement', 'Agreement reached'),
    outcomeKind('outcome.communique', 'Joint statement'),
    outcomeKind('outcome.ceasefire', 'Ceasefire agreed'),
  ],
  extract(doc: Doc): Claim[] {
    const claims: Claim[] = [];
    const seen = new Set<string>();
    // the last sentence that named an agreement: "a partial one" in the next one points back to it
    let prevAgreement = -Infinity;
    let prevHistoric = false;
    const background = backgroundTracker(doc);
    const when = reportDay(doc.clean);
    // (the first day the report writes out for its meeting, once per report)
    const days = meetingDays(doc);
    const firstDay = days.length ? Math.min(...days.map((d) => Date.parse(d))) : undefined;
    for (const s of doc.sentences) {
      const wasHistoric = prevHistoric;
      const elsewhen = (when !== undefined && frontedElsewhen(s.text, when)) || (firstDay !== undefined && TRIGGER.test(s.text) && datesEarlierMeeting(s.text, firstDay));
      prevHistoric = elsewhen || historicSentence(s.text);
      if (background(s) || elsewhen) continue;
      if (!TRIGGER.test(s.text)) continue;
      // a wire's all-capitals headline ("AGREEMENT REACHED ON HOTLINE, KREMLIN SAYS") is read in
      // sentence case: the patterns know the words, not their shouting (same length, same offsets)
      const text = SHOUTED.test(s.text) ? s.text.charAt(0) + s.text.slice(1).toLowerCase() : s.text;
      const antecedent = prevAgreement === s.index - 1;
      for (const c of [...agreementClaims(doc, s, text, antecedent), ...communiqueClaims(doc, s, text), ...ceasefireClaims(doc, s, text), ...labelClaims(doc, s, text)]) {
        // "The armistice was signed there in 1953. No peace treaty followed.": what followed a
        // past event the sentence before dates is part of that history
        if (wasHistoric && FOLLOWED.test(text.slice(c.span.end - s.start, c.span.end - s.start + 30))) continue;
        pushOnce(claims, seen, s, c);
      }
      if (AGREEMENT_WORD.test(text)) prevAgreement = s.index;
    }
    return partialAcross(claims);
  },
};
