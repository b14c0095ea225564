// The press: did the leaders appear before the press together, and did they take questions.
//
// Read with the outcome family's clause machinery (negation, irrealis, other events). Two
// traps specific to the press: a press conference or a Q&A held by someone else (a
// spokesman's daily briefing, the foreign minister's news conference, questions on the plane
// home), and one from another summit ("Unlike Biden's 2021 summit, which ended without a
// joint appearance, …"). A press conference nobody qualifies as joint counts only when the
// people around it are the summit's two principals, the two persons the report names most.
import type { Claim, Sentence } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { Extractor } from './kind.js';
import { type Outcome, backgroundTracker, clauseEnd, clauseStart, irrealisBefore, otherEvent, outcomeKind, pushOnce, readNoun, voiceFor } from './outcome.js';

const TRIGGER = /press|news\s+conference|media|reporters?|newsm[ae]n|newspaper|newspeople|journalists?|correspondents?|questions?\b|Q\s*&\s*A|appearance|cameras|jointly|lecterns|podiums|rostrums|\basked\b|:|\bside\b|flanked|beside|next\s+to|alongside|\balone\b|briefing\s+room|quer(?:y|ies)|\bfloor\b|questioning|grilled|\bQ\b/i;

const QUALIFIER =
  '(?:joint|solo|separate|individual|own|brief|short|final|closing|concluding|post-summit|post-meeting|lengthy|rare|first|unusual|televised|planned|scheduled|customary|traditional|combined|shared|daily|regular|weekly|annual|yearly|end-of-year|marathon|rambling|extended|hastily-arranged)';
const PRESS_NOUN = new RegExp(
  `\\b((?:${QUALIFIER}\\s+){0,3})(?:(?:press|news|media)\\s+(conferences?|appearances?|availabilit(?:y|ies)|events?|briefings?)|(pressers?))\\b` +
    // ("a joint approach to the press", as translations of Russian summits put it)
    `|\\bjoint\\s+(?:appearances?|briefings?|approach(?:es)?\\s+to\\s+(?:the\\s+)?(?:press|media|reporters|journalists)|(?:press\\s+)?statements?\\s+(?:to|for|before)\\s+(?:the\\s+)?(?:press|media|reporters|journalists|cameras|newsmen|newspapermen|newspaper\\s+men|newspeople|pressmen)|press\\s+statements?|remarks)\\b` +
    `|\\b((?:${QUALIFIER}\\s+){0,2})(appearances?|announcements?|ceremon(?:y|ies))\\s+(?:before|in\\s+front\\s+of)\\s+(?:the\\s+)?(?:(?:assembled|accredited|waiting|gathered)\\s+)?(?:press|reporters|media|journalists|cameras|newsmen|newspapermen|newspaper\\s+men|newspeople|pressmen)\\b`,
  'gi',
);
const ACHIEVE_PRESS =
  /^(?:hold|holds|held|holding|gave|give|gives|giving|stag(?:e|es|ed|ing)|host(?:s|ed|ing)?|address(?:es|ed|ing)?|convene(?:s|d)?|convening|conduct(?:s|ed|ing)?|spoke|speak|speaks|speaking|appear(?:s|ed|ing)?|told|tell|tells|telling|made|make|makes|making|deliver(?:s|ed|ing)?|face(?:s|d)?|facing|end(?:s|ed|ing)?|wrap(?:s|ped|ping)?|close(?:s|d)?|closing)$/;

// ("newsmen", "newspapermen": the word of older wires)
// ("a crowd of reporters", "the waiting press", "the travelling press corps")
const MEDIA = '(?:the\\s+|a\\s+)?(?:(?:crowd|group|throng|gaggle|scrum|pack|bank|phalanx|handful|horde|swarm)\\s+of\\s+|(?:waiting|assembled|gathered|accredited|foreign|local|travell?ing|visiting|international|global|world[\'’]s)\\s+)?(?:media|press|reporters|journalists|cameras|news\\s+media|newsmen|newspapermen|newspaper\\s+men|newspeople|pressmen)';
const TOGETHER = '(?:together|jointly|side\\s+by\\s+side)';
const FACE =
  '(?:faced|face|faces|facing|meet|meets|meeting|addressed|address|addresses|addressing|brief(?:ed|s|ing)?|(?:spoke|speak|speaking|talked|talking)\\s+(?:briefly\\s+)?to|told|tell|telling|met\\s+with|(?:appeared|appear|appearing|stood|went|came|stepped|walked)\\s+(?:out\\s+)?(?:briefly\\s+)?(?:before|in\\s+front\\s+of)|met)';
const FACED_TOGETHER = new RegExp(
  `\\b${FACE}\\s+${MEDIA}\\s+${TOGETHER}\\b` +
    `|\\b${TOGETHER}\\s+${FACE}\\s+${MEDIA}\\b` +
    `|\\b(?:appeared|appear|appears|appearing|stood|standing|spoke|speaking)\\s+${TOGETHER}\\s+(?:(?:briefly|again|later|then|once\\s+more)\\s+)?(?:before|in\\s+front\\s+of|for|to)\\s+${MEDIA}` +
    `|\\bappeared\\s+jointly\\b` +
    `|\\b(?:made|make|delivered|deliver|gave|give|read|offered)\\s+joint\\s+(?:statements|remarks)\\b`,
  'gi',
);
// "Trump and Putin spoke to reporters": a joint appearance when both are the subject; when
// one principal "did not appear before the press", there was none
const FACED = new RegExp(`\\b${FACE}\\s+${MEDIA}\\b|\\b(?:made|delivered|gave|read)\\s+(?:(?:brief|short|prepared|opening|closing)\\s+)?(?:statements|remarks)\\s+to\\s+${MEDIA}`, 'gi');
// "they came out to face the cameras", "the two walked out together to meet the press": the
// walk to the microphones is how the appearance begins
// (across the place they walk to: "came out on the porch to speak to reporters")
const WALK_OUT = '(?:(?:came|went|stepped|walked|headed|emerged)\\s+(?:out|outside|down|over|forward)?\\s*(?:(?:on|onto|into|in|to|outside|from|at)\\s+(?:the\\s+)?[\\w-]+\\s+)?(?:together\\s+)?to\\s+)?';
// "The two men emerged from the house and made brief statements to reporters": a predicate
// before, joined by "and", keeps the subject (lower-case words only: no new subject by name)
const AND_THEN = "(?:(?:(?!(?:he|she|it|i|we|you|they|who|which|but|while)\\b)[a-z][\\w'’-]*,?\\s+){1,8}?and\\s+(?:then\\s+)?)?";
// "the President and the Premier", "the chancellor and her guest": the two by their titles
const TITLE = '(?:president|premier|prime\\s+minister|chancellor|general\\s+secretary|chairman|leader|king|emperor|host|guest|visitor|counterpart)';
const TITLE_PAIR = `the\\s+(?:[\\w-]+\\s+)?${TITLE}\\s+and\\s+(?:the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?${TITLE}`;
// the words a report uses for the two principals together
const PRINCIPALS = '(?:leaders|men|women|presidents|premiers|prime\\s+ministers|chancellors|heads\\s+of\\s+(?:state|government)|statesmen)';
// ("The two men, seated side by side in armchairs, made statements": a participle or an
// apposition between commas does not change who the subject is)
const ASIDE = '(?:,\\s+[^,;:.!?—–()]{1,90},)?';
const BOTH = new RegExp(`\\b(?:both(?:\\s+(?:${PRINCIPALS}|sides))?|the\\s+two(?:\\s+${PRINCIPALS})?|the\\s+(?:(?:top|highest|two)\\s+)?(?:leaders|presidents|premiers|heads\\s+of\\s+(?:state|government))(?:\\s+of\\s+(?:the\\s+)?(?:two|both)\\s+(?:countries|nations|states|sides))?|${TITLE_PAIR}|they)${ASIDE}\\s+(?:(?:then|later|briefly|also|each)\\s+)?${AND_THEN}${WALK_OUT}$`, 'i');
const PAIR = new RegExp(`\\b[A-Z][a-z]+\\s+and\\s+(?:(?:[A-Z]\\.\\s*)+|[A-Z][a-z]+\\s+)?[A-Z][a-z]+${ASIDE}\\s+(?:(?:then|later|briefly|also|each|both)\\s+)?${AND_THEN}${WALK_OUT}$`);
// one leader's own press conference: no joint appearance
const STAYED_AWAY =
  /\b(?:did\s+not|didn['’]t|never|declined\s+to|refused\s+to|chose\s+not\s+to)\s+(?:take\s+part\s+in|join(?:\s+\w+)?\s+(?:at|in|for)|join|attend|appear\s+at|participate\s+in|show\s+up\s+(?:at|for))\s+(?:the|a|any|his|her)\s+(?:[\w-]+\s+){0,2}?(?:news|press|media)\s+(?:conference|briefing|availability|appearance)\b/gi;
const OWN_PRESS =
  /\b(?:each|both)\s+(?:leader|man|men|president|presidents|side|sides|of\s+them|of\s+the\s+(?:two|leaders|men|presidents))\s+(?:(?:then|later|instead|afterwards|separately)\s+)?(?:spoke|talked|briefed|addressed|held|gave|met|faced)\s+(?:to\s+|with\s+)?(?:his|her|its|their)\s+own\s+(?:(?:national|home|travell?ing)\s+)?(?:press(?:\s+corps)?|reporters|journalists|media|news\s+conferences?|press\s+conferences?|briefings?)\b/gi;
const SOLO_AFTER = /^[^;:—–]{0,60}?\b(?:solo|alone|on\s+(?:his|her)\s+own|by\s+(?:himself|herself)|of\s+(?:his|her)\s+own|separately|individually)\b/i;
const FACED_ALONE = new RegExp(`\\b${FACE}\\s+${MEDIA}\\s+(?:alone|on\\s+(?:his|her)\\s+own|by\\s+(?:himself|herself)|solo)\\b`, 'gi');
const POSSESSOR_BEFORE = /\b[A-Z][a-z]+['’]s\s+(?:(?:own|first|final|brief|closing|lengthy|\d+-minute)\s+)?$/;
const POSSESSOR_AFTER = /^\s+(?:of|OF|by|BY)\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+/;
const WITH_OTHER =
  /^[^;:—–]{0,40}?\b(?:(?:with|alongside|beside)\s+(?:(?:his|her|their)\s+(?:counterpart|guest|host)|(?:him|her)\b(?!\s+(?:and|on\s+(?:board|the\s+(?:plane|flight))))|(?:(?:President|Prime\s+Minister|Chancellor|General\s+Secretary|Mr\.?|Ms\.?)\s+)?[A-Z][a-z]+)|together|jointly)\b/;
// Both principals reading statements is their joint appearance when the press is there to hear
// it ("Both leaders read statements before 3,000 journalists but took no questions"; "at the
// press centre, X and Y made statements on the results").
const STATEMENTS_MADE = /\b(?:made|make|makes|making|read|reads|reading|delivered|deliver|delivers|delivering|gave|give|gives|giving|issued|offered)\s+(?:out\s+)?(?:(?:brief|short|prepared|opening|closing|separate|their|formal|televised|press|media|joint)\s+){0,2}(?:statements|remarks|speeches|addresses)\b/gi;
// (also across a semicolon to this meeting: "In 2017 the two held one; this time there was none")
const NONE_HELD = /^[^.;:!?]{0,60}?(?:\b(?:and|but)\s+|\s*;\s*(?=(?:this\s+time|on\s+this\s+occasion|this\s+year|now)\b))(?:(?:this\s+time|on\s+this\s+occasion|this\s+year|now)\s*,?\s+)?(?:there\s+(?:was|were)\s+none|none\s+(?:was|were)\s+(?:held|given|staged|called)|none\s+(?:took\s+place|happened|followed|came|materiali[sz]ed))\b(?!\s+of\b)/i;
const PRESS_AROUND = /\b(?:press|media|reporters|journalists|correspondents|newsmen|newspapermen|newspaper\s+men|newspeople|pressmen|cameras|questions|news\s+conference|televised|broadcast)\b/i;
// two lecterns are two speakers side by side: "the two stood at lecterns", "a joint announcement
// at two lecterns"; one lectern says nothing of the other leader
const LECTERNS = /\b(?:at|behind|from|before|to)\s+(?:(?:two|twin|matching|side-by-side|separate|their|the|identical|adjacent)\s+)?(?:lecterns|podiums|podia|rostrums|rostra)\b/gi;
const BOTH_IN = new RegExp(`\\b(?:[Bb]oth(?:\\s+${PRINCIPALS})?|[Tt]he\\s+two(?:\\s+${PRINCIPALS})?|[Tt]he\\s+(?:leaders|presidents)|[Tt]hey|[A-Z][a-z]+\\s+and\\s+(?:[A-Z][a-z]+\\s+)?[A-Z][a-z]+)\\s+(?:(?:then|later|briefly|also|each|both|never|not|did|didn['’]t)\\s+){0,2}(?:stood|stand|standing|spoke|speak|speaking|appeared|appear|appearing|took\\s+(?:their\\s+)?places|stepped\\s+up|walked\\s+up|read|made|delivered|gave)\\b`);
const TOGETHER_IN_CLAUSE = new RegExp(`\\b(?:together|jointly|side\\s+by\\s+side|both\\s+${PRINCIPALS}|the\\s+two\\s+${PRINCIPALS}|[A-Z][a-z]+\\s+and\\s+[A-Z][a-z]+)\\b`);

// (a single question counts once its asker is named: "answered a question from a Reuters reporter")
// ("queries" is the same noun in other outlets' words; a question session or period is the Q&A)
// (one question counts too once it is a reporter's: "A reporter's question about Taiwan was ignored")
const QUESTIONS = /\b(?:questions|queries|(?<=(?:reporter|journalist|correspondent)['’]s\s)question|question\s+after\s+question|(?:one|a\s+single|a\s+lone|only\s+one)\s+(?:question|query)|(?:an?|one)\s+(?:[\w'’-]+\s+)?(?:question|query)(?=\s+(?:from|by)\s)|Q\s?&\s?As?|Q(?:-and-|\s+and\s+)As?|question-and-answer\s+sessions?|(?:first|next|last|final|opening)\s+question(?=\s+(?:went|came|was\s+(?:from|put|asked|addressed|directed)|from)\b)|question(?:ing)?\s+(?:sessions?|periods?|time|portion)|(?<!\bafter\s)questioning(?!\s+(?:of|by)\b))\b/gi;
// ("each side's reporters get two questions": the press given its questions is the same Q&A)
const ACHIEVE_QUESTIONS =
  /^(?:includ(?:e|es|ed|ing)|get|gets|got|getting|fac(?:e|es|ed|ing)|take|takes|took|taking|taken|field(?:s|ed|ing)?|answer(?:s|ed|ing)?|accept(?:s|ed|ing)?|entertain(?:s|ed|ing)?|respond(?:s|ed|ing)?|allow(?:s|ed|ing)?|invit(?:e|es|ed|ing)|permit(?:s|ted|ting)?|tackl(?:e|es|ed|ing)|handl(?:e|es|ed|ing)|hold|held|holds)$/;
// answering questions is the press's only when the press is named or the questions counted
const PRESS_CONTEXT = /\b(?:reporters?|journalists?|newsmen|newspapermen|newspaper\s+men|newspeople|pressmen|press|media|news\s+conference|each\s+side|both\s+sides|correspondents|the\s+floor|delegation)\b/i;
const COUNTED = /\b(?:one|two|three|four|five|six|a\s+few|few|several|\d+|a\s+handful\s+of|a\s+couple\s+of|a\s+pair\s+of|a\s+dozen|dozens\s+of|a\s+single|a\s+lone|only\s+one|no)\s+(?:(?:more|press|shouted|reporters['’]?|journalists['’]?)\s+)?$/i;

// someone other than the principals, or another occasion
// (a prime minister is a principal, and "the prime minister's office" a place; a general
// secretary of a party is its leader)
const NOT_PRINCIPAL =
  /\b(?:spokes(?:man|woman|person)|(?<!prime\s)minister(?!['’]s\s+(?:office|residence|house|compound))|ministry|aide|adviser|advisor|official|(?<!general\s)secretary|ambassador|envoy|negotiator|daily|regular|weekly|annual|yearly|end-of-year)\b/i;
const ROUTINE = /\b(?:daily|weekly|annual|yearly|end-of-year|marathon|regular)\b/i;
// (a summit may itself be held aboard a ship, so "aboard" alone is no sign of elsewhere)
const ELSEWHERE =
  /\b(?:(?:aboard|on\s+board)\s+(?:his|the)\s+(?:presidential\s+)?(?:plane|jet|aircraft|flight)|on\s+the\s+(?:flight|plane|way)\s+(?:home|back)|in\s+an?\s+(?:interview|broadcast)|Air\s+Force\s+One|Il-96|the\s+next\s+day|the\s+following\s+day|on\s+his\s+way\s+(?:home|back|out))\b/i;

const leaderCache = new WeakMap<Doc, Set<string>>();

/**
 * The surnames of the two persons a report names most: in a summit report, the two
 * principals. Surnames, so that a stray "Afterwards Biden" still counts as Biden.
 */
function principals(doc: Doc): Set<string> {
  let set = leaderCache.get(doc);
  if (set) return set;
  const counts = new Map<string, number>();
  const rank = new Map<string, number>();
  for (const m of doc.people.mentions) {
    counts.set(m.person.surname, (counts.get(m.person.surname) ?? 0) + 1);
    if (!rank.has(m.person.surname)) rank.set(m.person.surname, standing(m.person.roles));
  }
  // A reader takes the leaders for the principals before anyone the report names as often: a
  // secretary of state briefing twice does not outrank the president he serves. Among equals,
  // the one named in a pair with the first ("Neither Nixon nor Zhou") is the other principal.
  const order = [...counts.keys()].sort((a, b) => rank.get(b)! - rank.get(a)! || counts.get(b)! - counts.get(a)!);
  const first = order[0];
  if (first !== undefined) {
    const text = doc.report.text;
    const paired = new Set<string>();
    const mentions = doc.people.mentions;
    for (let k = 1; k < mentions.length; k++) {
      const a = mentions[k - 1]!;
      const b = mentions[k]!;
      if (b.start - a.end > 12 || !/^[\s,]*(?:and|nor|or|–|—|-)\s*$/i.test(text.slice(a.end, b.start))) continue;
      if (a.person.surname === first) paired.add(b.person.surname);
      if (b.person.surname === first) paired.add(a.person.surname);
    }
    order.sort((a, b) => rank.get(b)! - rank.get(a)! || counts.get(b)! - counts.get(a)! || (a === first ? -1 : b === first ? 1 : Number(paired.has(b)) - Number(paired.has(a))));
  }
  set = new Set(order.slice(0, 2));
  leaderCache.set(doc, set);
  return set;
}
const LEADER_ROLE = /\b(?:president|prime\s+minister|premier|chancellor|leader|king|queen|emperor|general\s+secretary|chairman|supreme\s+leader|head\s+of\s+state|pope|emir|sultan|shah|taoiseach)\b/;
const OFFICIAL_ROLE = /\b(?:(?<!prime\s)minister|(?<!general\s)secretary|spokes(?:man|woman|person)|adviser|advisor|aide|ambassador|envoy|negotiator|official|diplomat|director|commander|general)\b/;
/**
 * 0 for an official, 1 for anyone else: a leader once named (the host of another summit) does
 * not outrank the principals, but an official does not outrank them either
 */
function standing(roles: Set<string>): number {
  let official = false;
  for (const r of roles) {
    if (LEADER_ROLE.test(r) && !/\b(?:vice|deputy)\b/.test(r)) return 1;
    if (OFFICIAL_ROLE.test(r)) official = true;
  }
  return official ? 0 : 1;
}

/** Does a mention of one of the principals start at this offset? */
function principalAt(doc: Doc, offset: number): boolean {
  const mentions = doc.people.mentions;
  const lo = doc.people.firstAtOrAfter(offset);
  const m = mentions[lo];
  return m !== undefined && m.start === offset && principals(doc).has(m.person.surname);
}

/** Is the person named nearest to an offset in this sentence someone other than the principals? */
function someoneElse(doc: Doc, s: Sentence, offset: number): boolean {
  const mentions = doc.people.mentions;
  // mentions are in text order: the nearest are the two either side of the offset
  const lo = doc.people.firstAtOrAfter(offset);
  let best: { d: number; surname: string } | undefined;
  for (const m of [mentions[lo - 1], mentions[lo]]) {
    if (!m || m.start < s.start || m.start >= s.end) continue;
    // "questions about Trump": the person a question is about is not who answers it
    if (m.start > offset && /\b(?:about|on|over|regarding|concerning|whether|of)\b/i.test(doc.report.text.slice(offset, m.start))) continue;
    const d = Math.abs(m.start - offset);
    if (!best || d < best.d) best = { d, surname: m.person.surname };
  }
  return best !== undefined && !principals(doc).has(best.surname);
}

function claimOf(doc: Doc, s: Sentence, type: 'press.conference' | 'press.questions', value: Outcome, start: number, end: number): Claim<Outcome> {
  return { type, value, span: { start: s.start + start, end: s.start + end }, attribution: voiceFor(doc, s, start), modality: 'stated' };
}

// Where one clause of a sentence moves to another occasion ("There was no joint news conference,
// but Trump spoke to reporters on Air Force One"), only that clause is about it: the turn
// ("but", "while", a semicolon) bounds the elsewhere.
const TURN_MARK = /[;:]|,\s*(?:but|while|whereas|yet|though|although|instead)\b|\s(?:but|whereas)\s/g;
function elsewhereAround(text: string, start: number, end: number): boolean {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(TURN_MARK)) {
    const at = m.index!;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return ELSEWHERE.test(text.slice(from, to));
}
/** The sentence's claims, less those in a clause about another occasion. */
function here(s: Sentence, claims: Claim<Outcome>[]): Claim<Outcome>[] {
  if (!ELSEWHERE.test(s.text)) return claims;
  return claims.filter((c) => !elsewhereAround(s.text, c.span.start - s.start, c.span.end - s.start));
}

const RULED_OUT = /\bthere\s+(?:will|would)\s+be\s+no\s+(?:[\w-]+\s+){0,2}$/i;
function conferenceClaims(doc: Doc, s: Sentence): Claim<Outcome>[] {
  return here(s, conferenceClaimsIn(doc, s));
}
function conferenceClaimsIn(doc: Doc, s: Sentence): Claim<Outcome>[] {
  const text = s.text;
  const claims: Claim<Outcome>[] = [];
  for (const m of text.matchAll(PRESS_NOUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const qualifiers = (m[1] ?? m[4] ?? '').toLowerCase();
    const joint = /^joint/i.test(m[0]) || /\bjoint\b/.test(qualifiers);
    const clause = text.slice(clauseStart(text, start), start);
    if (/\b(?:daily|regular|weekly|annual|yearly|end-of-year|marathon)\b/.test(qualifiers)) continue;
    if (/briefings?$/i.test(m[0]) && !joint) continue;
    if (!joint && (NOT_PRINCIPAL.test(clause) || someoneElse(doc, s, s.start + start))) continue;
    let r = readNoun(text, start, end, { achieve: ACHIEVE_PRESS, bare: true, future: true });
    // "There will be no joint press conference", announced the day of the talks: a plan there is
    // no reason to doubt, so the absence is given, marked as expected
    const ruledOut = r ? null : text.slice(Math.max(0, start - 40), start).match(RULED_OUT);
    if (ruledOut && !irrealisBefore(text, start - ruledOut[0].length) && !/\b(?:if|unless)\b/i.test(text.slice(0, start))) {
      claims.push({ ...claimOf(doc, s, 'press.conference', 'no', start - ruledOut[0].length, end), modality: 'expected' });
      continue;
    }
    // "No joint news conference was planned, and none was held", "one had been expected, but
    // none took place": whatever the plan, the clause after it says what happened
    const none = r?.value === 'no' ? null : text.slice(end, end + 90).match(NONE_HELD);
    if (none && !irrealisBefore(text, start)) r = { value: 'no', start, end: end + none.index! + none[0].length };
    if (!r) continue;
    // a "joint press statement" put out, issued or named is a text (the outcome family's joint
    // statement); only one made, read or delivered is spoken before the press
    if (/statements?$/i.test(m[0]) && !SPOKEN.test(r.verb ?? '')) continue;
    // "Trump and Moon took questions at their joint news conference in Seoul": a joint one the
    // report gives to a pair with someone other than the principals is another occasion
    if (joint && otherPair(doc, s, clauseStart(text, start), Math.min(text.length, end + 60))) continue;
    if (joint || r.value === 'no') {
      claims.push(claimOf(doc, s, 'press.conference', r.value, r.start, r.end));
      continue;
    }
    // A press conference nobody calls joint: the summit's, when both principals hold it; one
    // leader's own, when the report says it was his alone ("held a news conference on his
    // own", "his own news conference", "the press conference of Gorbachev"). "Gorbachev held a
    // press conference" alone says nothing of whether the two also faced the press together:
    // nothing can be told.
    const after = text.slice(end, end + 120);
    const lead = text.slice(clauseStart(text, r.start, true), r.start);
    const solo =
      /\b(?:solo|own|individual)\b/.test(qualifiers) ||
      // ("held separate news conferences", "each held a separate news conference")
      (/\bseparate\b/.test(qualifiers) && (/s$/i.test(m[2] ?? m[3] ?? m[5] ?? '') || /\beach\b/i.test(lead))) ||
      SOLO_AFTER.test(after) ||
      POSSESSOR_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
      POSSESSOR_AFTER.test(after);
    const around = text.slice(clauseStart(text, r.start), clauseEnd(text, end));
    let value: Outcome | undefined;
    if (solo) value = 'no';
    else if (BOTH.test(lead) || PAIR.test(lead) || bothNamed(doc, s, clauseStart(text, r.start, true), r.start)) value = 'yes';
    // "The press conference after the talks ran for an hour": the summit's own, told by its
    // place in the day, with no one's name on it
    else if (/^the\s/i.test(text.slice(clauseStart(text, start, true), start + 4).trim() + ' ') && TIED_TO_TALKS.test(after) && !principalIn(doc, s, 0, text.length)) value = 'yes';
    else if (WITH_OTHER.test(after) || TOGETHER_IN_CLAUSE.test(around)) value = 'yes';
    if (value) {
      const claim = claimOf(doc, s, 'press.conference', value, r.start, r.end);
      if (value === 'no') soloNo.add(claim);
      claims.push(claim);
    }
  }
  for (const m of text.matchAll(FACED_ALONE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (someoneElse(doc, s, s.start + start)) continue;
    const r = readNoun(text, start, end, { achieve: /^$/, limit: 3, commaStops: true, bare: true, future: true });
    if (r && r.value === 'yes') {
      const claim = claimOf(doc, s, 'press.conference', 'no', r.start, r.end);
      soloNo.add(claim);
      claims.push(claim);
    }
  }
  for (const m of text.matchAll(FACED_TOGETHER)) claims.push(...appearance(doc, s, m.index!, m.index! + m[0].length));
  // "set out the deal in a brief statement with Erdogan at his side", "spoke, flanked by Macron":
  // one principal speaking with the other beside him is their joint appearance
  if (SPEECH.test(text)) {
    for (const m of text.matchAll(AT_SIDE)) {
      const start = m.index!;
      const end = start + m[0].length;
      const cap = /\b(?:premier|president|chancellor|counterpart|guest|host|visitor|leader|minister)\s+(?:at|by)\s/.test(m[0]) ? -1 : m[0].search(/[A-Z]/);
      // the other one by his title ("the premier at his side"): the speaker must be a principal,
      // and the press there to see them
      if (cap < 0 ? !principalIn(doc, s, 0, start) || !PRESS_PLACE.test(text) || someoneElse(doc, s, s.start + start) : !principalIn(doc, s, start + cap, end)) continue;
      if (otherPair(doc, s, start, end)) continue;
      claims.push(...appearance(doc, s, start, end));
    }
  }
  // "Clinton announced the result alone in the briefing room": a principal before the press on
  // his own
  if (PRESS_PLACE.test(text)) {
    for (const m of text.matchAll(SPOKE_ALONE)) {
      const start = m.index!;
      if (someoneElse(doc, s, s.start + start)) continue;
      for (const c of appearance(doc, s, start, start + m[0].length)) {
        if (c.value !== 'yes') continue;
        c.value = 'no';
        soloNo.add(c);
        claims.push(c);
      }
    }
  }
  // ("This was not a news conference: they read statements, signed, and left": the statements
  // are what the sentence says was no conference)
  if (PRESS_AROUND.test(text) && !claims.some((c) => c.type === 'press.conference' && c.value === 'no')) {
    for (const m of text.matchAll(STATEMENTS_MADE)) {
      const start = m.index!;
      const lead = text.slice(Math.max(clauseStart(text, start), start - 150), start);
      if (!BOTH.test(lead) && !PAIR.test(lead)) continue;
      claims.push(...appearance(doc, s, start, start + m[0].length));
    }
  }
  for (const m of text.matchAll(LECTERNS)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (someoneElse(doc, s, s.start + start)) continue;
    const lead = text.slice(Math.max(clauseStart(text, start), start - 80), start);
    // "the two stood at lecterns" or a joint event "at two lecterns"; a lone "at the lectern" is no pair
    if (!/^\w+\s+(?:two|twin|matching|side-by-side|separate|identical|adjacent)\b/i.test(m[0]) && !BOTH_IN.test(lead) && !/\bjoint\b/i.test(lead)) continue;
    const r = readNoun(text, start, end, { achieve: /^$/, limit: 6, bare: true, future: true });
    if (r) claims.push(claimOf(doc, s, 'press.conference', r.value, r.start, r.end));
  }
  // "Xi did not take part in the news conference that Biden held afterwards": one principal
  // staying away from the press event is no joint appearance
  for (const m of text.matchAll(STAYED_AWAY)) {
    const start = m.index!;
    const end = start + m[0].length;
    const subject = text.slice(Math.max(clauseStart(text, start, true), start - 40), start);
    if (!principalIn(doc, s, start - subject.length, start) || irrealisBefore(text, start, 'not') || otherEvent(text, start, end, true)) continue;
    const claim = claimOf(doc, s, 'press.conference', 'no', start, end);
    soloNo.add(claim);
    claims.push(claim);
  }
  // "each leader spoke to his own press corps", "both men then held their own news conferences":
  // each before his own press is the pair apart
  for (const m of text.matchAll(OWN_PRESS)) {
    for (const c of appearance(doc, s, m.index!, m.index! + m[0].length)) {
      if (c.value !== 'yes') continue;
      c.value = 'no';
      soloNo.add(c);
      claims.push(c);
    }
  }
  for (const m of text.matchAll(FACED)) {
    const start = m.index!;
    const end = start + m[0].length;
    const lead = text.slice(Math.max(clauseStart(text, start), start - 150), start);
    const found = appearance(doc, s, start, end);
    // "Trump and Putin addressed reporters"; "Xi did not appear before the press"
    // ("Speaking to reporters alongside Lukashenko, Putin said": the other principal beside him)
    const beside = WITH_OTHER.test(text.slice(end, end + 40)) && !/^\s*[^;:—–]{0,40}?\b(?:together|jointly)\b/.test(text.slice(end, end + 40)) && principalIn(doc, s, end, Math.min(text.length, end + 50));
    const pair = BOTH.test(lead) || PAIR.test(lead) || bothNamed(doc, s, clauseStart(text, start, true), start) || beside;
    // "Biden and Xi briefed reporters separately": the pair before the press, but not at once
    if (pair && /^\s+(?:separately|individually|each\s+on\s+(?:his|her|their)\s+own)\b/i.test(text.slice(end, end + 30))) {
      for (const c of found) {
        if (c.value !== 'yes') continue;
        c.value = 'no';
        soloNo.add(c);
        claims.push(c);
      }
      continue;
    }
    if (/^\s+(?:together|jointly|side\s+by\s+side|separately|individually|alone|on\s+(?:his|her)\s+own|by\s+(?:himself|herself)|solo)\b/i.test(text.slice(end, end + 20))) continue;
    // "did not tell reporters what was discussed" withholds an answer, not an appearance
    if (!pair && /^t[eo]l/i.test(m[0])) continue;
    for (const c of found) if (pair || (c.value === 'no' && !someoneElse(doc, s, s.start + start))) claims.push(c);
  }
  return claims;
}

const TOGETHER_WORD = /\b(?:together|jointly|side\s+by\s+side)\b/i;
const FROM_PRESS =
  /^\s+(?:from|by)\s+(?:(?:the|a|an|one|two|three|several|some|many|both)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:reporters?|journalists?|correspondents?|newsm[ae]n|newspaperm[ae]n|pressmen|press(?:\s+corps)?|media)\b/i;
const QUESTION_MASS = /\b(?:minutes?|hours?|hour-long|rounds?|barrage|volley|flurry|torrent|stream|battery|hail|salvo)\s+of\s+(?:[\w'’-]+\s+)?$/i;
const SPEECH = /\b(?:statements?|remarks|spoke|speaking|announc(?:ed|ing)|set\s+out|setting\s+out|told|addressed|read|declared|briefed)\b/i;
// (names with letters beyond ASCII: "Erdoğan", "Sánchez")
const SIDE_NAME = "(?:(?:[A-Z][\\w\\u00C0-\\u024F'’.-]*|of)\\s+){0,3}[A-Z][\\w\\u00C0-\\u024F'’-]+";
const AT_SIDE = new RegExp(
  `\\b(?:with\\s+${SIDE_NAME}\\s+(?:at|by)\\s+(?:his|her)\\s+side|flanked\\s+by\\s+${SIDE_NAME}|(?:standing|stood)\\s+(?:beside|next\\s+to|alongside)\\s+${SIDE_NAME}` +
    // "…, the premier at his side", "with his guest by his side"
    `|(?:with\\s+)?(?:the|his|her)\\s+(?:[A-Za-z]+\\s+)?(?:premier|president|chancellor|counterpart|guest|host|visitor|leader|prime\\s+minister)\\s+(?:at|by)\\s+(?:his|her)\\s+side)`,
  'g',
);
const SPOKE_ALONE =
  /\b(?:announced|spoke|appeared|briefed|addressed|read|delivered|faced|stood)\s+(?:[\w'’-]+\s+){0,5}?(?:alone|on\s+(?:his|her)\s+own|by\s+(?:himself|herself)|solo)\b/gi;
const PRESS_PLACE = /\b(?:briefing\s+room|press\s+(?:room|centre|center|corps)|podium|lectern|microphones?|cameras|reporters|journalists|press|media)\b/i;
/** Is one of the principals named in text[from, to) of a sentence? */
function principalIn(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const mentions = doc.people.mentions;
  const names = principals(doc);
  for (let k = doc.people.firstAtOrAfter(s.start + from); k < mentions.length && mentions[k]!.start < s.start + to; k++) {
    if (names.has(mentions[k]!.person.surname)) return true;
  }
  return false;
}
const TOGETHER_NEAR = /^(?:\s+(?:from|of|by)(?:\s+[\w'’-]+){1,5}?)?(?:\s*,\s*|\s*)(?:together|jointly|side\s+by\s+side|in\s+tandem)\b/i;
const SPOKEN = /^(?:made|make|makes|making|deliver(?:s|ed|ing)?|read|reads|reading|gave|give|gives|giving|offer(?:s|ed|ing)?|spoke|speak|speaks|speaking)$/;
/** Are both principals named in text[from, to) of a sentence ("Erdoğan and Putin then held …")? */
function bothNamed(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const mentions = doc.people.mentions;
  const names = principals(doc);
  if (names.size < 2) return false;
  const seen = new Set<string>();
  for (let k = doc.people.firstAtOrAfter(s.start + from); k < mentions.length && mentions[k]!.start < s.start + to; k++) {
    const surname = mentions[k]!.person.surname;
    if (names.has(surname)) seen.add(surname);
  }
  return seen.size >= 2 && /\band\b/.test(s.text.slice(from, to));
}
const TIED_TO_TALKS = /^\s+(?:that\s+|which\s+)?(?:after|following|followed|that\s+followed|which\s+followed|at\s+the\s+end\s+of|closing)\s+(?:the\s+|their\s+)?(?:talks|meeting|summit|negotiations)\b/i;
/**
 * Does text[from, to) of a sentence name, in a pair ("X and Y") or as a partner ("with Y"), a
 * person who is not a principal? Read off the people index, so titles ("South Korean President
 * Yoon") need no pattern of their own.
 */
function otherPair(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const mentions = doc.people.mentions;
  const names = principals(doc);
  const lo = doc.people.firstAtOrAfter(s.start + from);
  for (let k = lo; k < mentions.length && mentions[k]!.start < s.start + to; k++) {
    const m = mentions[k]!;
    if (names.has(m.person.surname)) continue;
    const at = m.start - s.start;
    const before = s.text.slice(Math.max(0, at - 50), at);
    const after = s.text.slice(at, at + 50);
    if (/\b(?:and|with|alongside|beside)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$/.test(before) || /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s/.test(after)) return true;
  }
  return false;
}

/** A verb phrase of appearing together: negated, hoped for, from another summit, or a fact. */
function appearance(doc: Doc, s: Sentence, start: number, end: number): Claim<Outcome>[] {
  const text = s.text;
  const r = readNoun(text, start, end, { achieve: /^$/, limit: 3, commaStops: true, bare: true, future: true });
  if (!r) return [];
  return [claimOf(doc, s, 'press.conference', r.value, r.start, r.end)];
}

function questionClaims(doc: Doc, s: Sentence, pressBefore: boolean): Claim<Outcome>[] {
  return here(s, questionClaimsIn(doc, s, pressBefore));
}
function questionClaimsIn(doc: Doc, s: Sentence, pressBefore: boolean): Claim<Outcome>[] {
  const text = s.text;
  const claims: Claim<Outcome>[] = [];
  // "He held a press conference for journalists. He answered numerous questions …": the
  // sentence right before sets the occasion as well as the same one does
  const pressNamed = pressBefore || PRESS_CONTEXT.test(text);
  for (const m of text.matchAll(QUESTIONS)) {
    const start = m.index!;
    const end = start + m[0].length;
    const session = /Q\s?&|Q-and-|Q\s+and\s+A|question-and-answer|question(?:ing)?\s/i.test(m[0]) || /^(?:first|next|last|final|opening)\s/i.test(m[0]);
    if (/^\s+asked\b/i.test(text.slice(end, end + 8))) continue; // "no questions asked"
    // "took questions from lawmakers", "answered questions from students": not the press's
    if (NOT_PRESS_ASKER.test(text.slice(end, end + 60))) continue;
    const clause = text.slice(clauseStart(text, start), start);
    if (NOT_PRINCIPAL.test(clause) || someoneElse(doc, s, s.start + start)) continue;
    // "took questions at his annual news conference": another occasion
    if (ROUTINE.test(text.slice(end, end + 80).split(',')[0]!)) continue;
    // "wrapped up after 65 minutes of questions", "faced a barrage of questions from reporters":
    // a stretch or a volley of questions at a press occasion presupposes them
    const mass = pressNamed && QUESTION_MASS.test(text.slice(Math.max(0, start - 40), start));
    // "questions from reporters", "in response to a question from a journalist": the press's
    // questions, asked, unless something denies or defers them
    const asked = FROM_PRESS.test(text.slice(end, end + 70));
    // "with two questions allowed from each side": counted questions given out at a press occasion
    const allotted = (pressNamed && COUNTED.test(text.slice(Math.max(0, start - 40), start)) && ALLOTTED.test(text.slice(end, end + 40))) || RATIONED.test(text.slice(end, end + 60));
    let r = readNoun(text, start, end, { achieve: ACHIEVE_QUESTIONS, bare: session || mass || asked || allotted, future: true });
    // "reporters shouted questions they did not answer", "questions that both men ignored": the
    // relative clause denies them (the asking alone does not make them taken)
    const unanswered = text.slice(end, end + 80).match(LEFT_UNANSWERED) ?? text.slice(end, end + 80).match(NEITHER_ANSWERED);
    if (unanswered && r?.value !== 'no' && !irrealisBefore(text, start)) r = { value: 'no', start, end: end + unanswered[0].length };
    if (!r) continue;
    if (r.value === 'yes' && !session) {
      // "took questions" is the press's by itself; "answered questions" needs the press named
      const taking = /^(?:take|takes|took|taking|taken|field|fields|fielded|fielding|entertain\w*|accept\w*|allow\w*|invit\w*|permit\w*)$/.test(r.verb ?? '');
      if (!taking && !pressNamed && !COUNTED.test(text.slice(Math.max(0, start - 40), start))) continue;
      if (!r.verb && !pressNamed) continue;
    }
    const claim = claimOf(doc, s, 'press.questions', r.value, r.start, r.end);
    const lead = text.slice(clauseStart(text, r.start, true), r.start);
    // "answering reporters' questions side by side", "took questions together": the two before
    // the press at once is their joint appearance
    if (r.value === 'yes' && r.verb && TOGETHER_NEAR.test(text.slice(end, end + 40)) && !otherPair(doc, s, clauseStart(text, r.start), end)) {
      claims.push(claimOf(doc, s, 'press.conference', 'yes', r.start, end + text.slice(end).match(TOGETHER_NEAR)![0].length));
    } else if (r.value === 'yes' && r.verb && (BOTH.test(lead) || PAIR.test(lead) || TOGETHER_IN_CLAUSE.test(lead)) && TOGETHER_WORD.test(lead) && !otherPair(doc, s, clauseStart(text, r.start, true), end)) {
      // "Obama and Castro stood side by side and took questions": the pair's own predicate puts
      // them before the press at once
      const from = clauseStart(text, r.start, true) + lead.search(TOGETHER_WORD);
      claims.push(claimOf(doc, s, 'press.conference', 'yes', from, end));
    }
    if (!BOTH.test(lead) && !PAIR.test(lead) && ONE_PERSON.test(lead)) (r.value === 'no' ? oneSide : oneSideTaken).add(claim);
    claims.push(claim);
  }
  for (const m of text.matchAll(QUESTIONS_FORESTALLED)) {
    if (irrealisBefore(text, m.index!) || otherEvent(text, m.index!, m.index! + m[0].length)) continue;
    claims.push(claimOf(doc, s, 'press.questions', 'no', m.index!, m.index! + m[0].length));
  }
  // "opened the floor to questions", "each leader called on two reporters": the press given its turn
  if (pressNamed) {
    for (const m of text.matchAll(FLOOR_OPENED)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (NOT_PRINCIPAL.test(text.slice(clauseStart(text, start), start)) || someoneElse(doc, s, s.start + start)) continue;
      const r = readNoun(text, start, end, { achieve: /^$/, limit: 3, commaStops: true, bare: true, future: true });
      if (r) claims.push(claimOf(doc, s, 'press.questions', /\b(?:not|never)\b/i.test(m[0]) ? 'no' : r.value, r.start, r.end));
    }
  }
  // "Standing side by side at the Kremlin, Putin and Xi answered reporters' queries": the opener
  // says how the pair before it stood
  const opener = text.match(TOGETHER_OPENER);
  if (opener && claims.some((c) => c.type === 'press.questions' && c.value === 'yes') && !claims.some((c) => c.type === 'press.conference')) {
    const rest = text.slice(opener[0].length);
    // (a pair of names is capitalised: not "aides and officials")
    if ((/^\s*[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\b/.test(rest) || /^\s*(?:(?:both|the\s+two)\s+(?:leaders|men|presidents|premiers)|the\s+leaders|they)\b/i.test(rest)) && !otherPair(doc, s, 0, text.length)) {
      claims.push(claimOf(doc, s, 'press.conference', 'yes', opener[0].search(/\w/), opener[0].length));
    }
  }
  return claims;
}
const NOT_PRESS_ASKER =
  /^\s+(?:from|by)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:lawmakers|legislators|senators|congressmen|members\s+of\s+(?:congress|parliament)|MPs|deputies|students|voters|supporters|audience|delegates|business\s+(?:leaders|people)|executives|citizens|callers|viewers|residents|troops|soldiers|workers)\b/i;
const LEFT_UNANSWERED =
  /^\s+(?:(?:from|by)\s+(?:the\s+)?[\w'’-]+\s+)?(?:that\s+|which\s+)?(?:they|he|she|the\s+two(?:\s+(?:men|leaders|presidents))?|both(?:\s+(?:men|leaders|presidents))?|the\s+(?:leaders|presidents)|neither(?:\s+(?:man|leader))?)\s+(?:(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|refused\s+to|declined\s+to|chose\s+not\s+to|never)\s+(?:answer|take|address|acknowledge|respond\s+to)|ignored|brushed\s+(?:aside|off)|waved\s+(?:away|off|aside))\b/i;
// "Reporters shouted questions, but neither leader responded", "… and neither man replied": the
// next clause denies them by its subject
const NEITHER_ANSWERED =
  /^\s*,?\s*(?:(?:but|and|yet)\s+)?neither(?:\s+(?:man|leader|president|of\s+them|of\s+the\s+(?:two|leaders|men|presidents)))?\s+(?:(?:then|even|so\s+much\s+as)\s+)?(?:answered|responded|replied|reacted|acknowledged|took\s+(?:them|any|one)|stopped\s+to\s+(?:answer|respond|reply))\b/i;
// "the press was ushered out before any questions could be asked": the questions never came
const QUESTIONS_FORESTALLED =
  /\b(?:ushered|hustled|escorted|herded|shepherded|led|shown|pushed)\s+out\s+(?:of\s+the\s+(?:room|hall)\s+)?before\s+(?:any\s+(?:questions|queries)\b|(?:questions|queries)\b|(?:they|anyone|any\s+of\s+them|reporters|journalists)\s+(?:could|were\s+able\s+to|had\s+a\s+chance\s+to)\s+(?:ask|put|shout|pose)\b)/gi;
// "Questions were limited to two per delegation": a ration of questions is questions taken
const RATIONED = /^\s+(?:(?:from|by)\s+(?:the\s+)?[\w'’-]+\s+)?(?:were|was)\s+(?:(?:strictly|tightly)\s+)?(?:limited|restricted|capped|confined|kept)\s+to\s+(?:one|two|three|four|five|six|a\s+few|a\s+handful|a\s+couple|\d+)\b/i;
const ALLOTTED = /^\s+(?:were\s+|was\s+)?(?:allowed|permitted|taken|fielded|answered|granted)\s+(?:from|per|for|to)\b/i;
const FLOOR_OPENED =
  /\b(?:open(?:ed|s|ing)?\s+(?:up\s+)?the\s+floor\s+to|(?:the\s+)?floor\s+(?:was|were)\s+(?:(?:then|later|briefly|not|never)\s+)?opened\s+(?:up\s+)?to|call(?:ed|s|ing)?\s+on\s+(?:(?:one|two|three|four|five|six|a\s+few|several|\d+)\s+)?(?:[\w'’-]+\s+)?(?:reporters|journalists|correspondents))\s*(?:questions|queries|reporters|journalists|the\s+press)?\b/gi;
const TOGETHER_OPENER = /^\W*(?:Standing|Appearing|Sitting|Speaking)\s+(?:together|jointly|side\s+by\s+side)\b[^,]{0,60},/;

// "Asked whether he still trusted Xi, Biden said …": the wires' way of reporting an answer to
// a reporter's question. It is the press's only at a press occasion the report has just told
// of (or names in the same sentence), and only when a principal answers.
// (a time or a link word may come first: "Earlier, asked by …"; "Later, pressed by …")
const ASKER = '(?:by\\s+(?:(?:a|an|one|another|the|several|two|some)\\s+)?(?:[A-Z][\\w-]+\\s+|(?:foreign|local|state|western|visiting|television|TV|radio)\\s+){0,2}(?:reporters?|journalists?|correspondents?|newsmen|newspapermen|newspaper\\s+men|newspeople|pressmen|questioners?|members\\s+of\\s+the\\s+press))';
const BY_PRESS = new RegExp(ASKER);
const ASKED = new RegExp(
  `^\\W*(?:(?:Earlier|Later|Then|Afterwards|Afterward|Again|Also|And|But|Moments\\s+later|At\\s+one\\s+point)\\s*,?\\s*)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Qq]uizzed|[Cc]hallenged)\\s+(?:(?:${ASKER}\\s*)?(?:whether|if|about|what|why|how|when|who|where|to|on|over)\\b|${ASKER})[^,]{0,160},[”"’]?\\s*`,
);
// "Responding to a Korean journalist, Yoon said", "In reply to a reporter's question about tariffs,
// Biden said": the answer to the press, told by its occasion
const RESPONDING = new RegExp(
  `^\\W*(?:(?:Earlier|Later|Then|Afterwards|Afterward|Also|And|But)\\s*,?\\s*)?(?:(?:[Rr]esponding|[Rr]eplying|[Aa]nswering)\\s+(?:to\\s+)?|[Ii]n\\s+(?:response|reply|answer)\\s+to\\s+)(?:(?:an?|one|the|another|several|two)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:reporters?(?:['’]s?)?|journalists?(?:['’]s?)?|correspondents?(?:['’]s?)?|questions?|quer(?:y|ies)|newsm[ae]n)\\b[^,]{0,160},[”"’]?\\s*`,
);
const PRESS_OCCASION = /\b(?:news\s+conference|press\s+conference|presser|reporters|journalists|newsmen|newspapermen|newspaper\s+men|newspeople|pressmen|press|media)\b/i;
const ASKED_ASIDE = new RegExp(
  `^\\W*(?:[A-Z][\\w'’-]+|[Hh]e|[Ss]he|[Tt]he\\s+(?:president|leader|premier|chancellor))\\s*,\\s*(?:when\\s+)?(?:asked|pressed|questioned|quizzed)\\s+(?:(?:${ASKER}\\s*)?(?:whether|if|about|what|why|how|when|on|over)\\b|${ASKER})[^,]{0,160},[”"’]?\\s*(?:said|replied|answered|responded|told|insisted|declined|suggested|acknowledged|conceded)\\b`,
);
const ASKED_REACH = 3;
// "Putin was asked about gas prices": at a press occasion just told of, a principal asked is the
// press's question (a counterpart's asking is told with its asker: "Xi asked Biden …")
const WAS_ASKED = /\b(?:was|were|got)\s+(?:(?:also|then|later|repeatedly|once|again|sharply|closely)\s+)?(?:asked|grilled|pressed|quizzed|questioned)\s+(?:about|over|whether|if|on|what|why|how|when|to\s+comment)\b/;
// "…, Trump sided with Putin when asked about meddling": the subject answering at a press occasion
const WHEN_ASKED = /\b(?:when|after\s+being|once|as\s+(?:he|she)\s+was|if)\s+asked\s+(?:about|whether|if|on|what|why|how|by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:reporters?|journalists?|correspondents?))\b/;
function wasAsked(doc: Doc, s: Sentence): Claim<Outcome> | undefined {
  const m = s.text.match(WAS_ASKED);
  if (!m || ELSEWHERE.test(s.text)) return undefined;
  const start = m.index!;
  // pressed by a counterpart is no press question
  if (/^[^.;]{0,80}?\bby\s+(?:[A-Z]|his\b|her\b|the\s+(?:other|host|guest))/.test(s.text.slice(start + m[0].length)) && !/^[^.;]{0,80}?\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:reporters?|journalists?|correspondents?)/.test(s.text.slice(start + m[0].length))) return undefined;
  const subject = s.text.slice(clauseStart(s.text, start, true), start).trim();
  if (/\b(?:no|not|never|nobody|neither)\b|n['’]t\b/i.test(subject) || irrealisBefore(s.text, start)) return undefined;
  const last = subject.split(/\s+/).pop() ?? '';
  const principal = principals(doc).has(last) || /^(?:he|she)$/i.test(last) || /\b(?:both|the\s+two|the\s+(?:leaders|presidents))(?:\s+\w+)?$/i.test(subject);
  if (!principal) return undefined;
  return claimOf(doc, s, 'press.questions', 'yes', start, start + m[0].length);
}
function whenAsked(doc: Doc, s: Sentence, nearPress: boolean): Claim<Outcome> | undefined {
  const m = s.text.match(WHEN_ASKED);
  if (!m || m[0].startsWith('if') || ELSEWHERE.test(s.text) || !(nearPress || PRESS_OCCASION.test(s.text))) return undefined;
  const start = m.index!;
  // the one who answers is a principal named in the sentence, nobody else
  if (!principalIn(doc, s, 0, s.text.length) || irrealisBefore(s.text, start) || otherEvent(s.text, start, start + m[0].length)) return undefined;
  if (NOT_PRINCIPAL.test(s.text.slice(0, start))) return undefined;
  return claimOf(doc, s, 'press.questions', 'yes', start, start + m[0].length);
}
// A transcript's question line: "Q: Mr. President, do you trust him?"
const TRANSCRIPT_Q = /^(?:Q|QUESTION)\s*:\s*\S[^\n]{0,300}\?/;
function transcriptQuestion(doc: Doc, s: Sentence): Claim<Outcome> | undefined {
  if (!TRANSCRIPT_Q.test(s.text)) return undefined;
  // (a line of its own: only blanks between it and the line break before)
  const before = doc.report.text.slice(Math.max(0, s.start - 4), s.start).replace(/[ \t]/g, '');
  if (s.start > 0 && !before.endsWith('\n')) return undefined;
  return claimOf(doc, s, 'press.questions', 'yes', 0, s.text.indexOf(':') + 1);
}
function askedAt(doc: Doc, s: Sentence, nearPress: boolean): Claim<Outcome> | undefined {
  const reply = s.text.match(RESPONDING);
  if (reply && !ELSEWHERE.test(s.text) && (nearPress || PRESS_OCCASION.test(s.text))) {
    const subject = reply.index! + reply[0].length;
    // a question "from the floor" may be anybody's, but an answer to reporters is the press's
    const toPress = /reporter|journalist|correspondent|newsm/i.test(reply[0]) || /\b(?:from|by)\s+(?:(?:an?|the|one)\s+)?(?:[\w'’-]+\s+){0,2}?(?:reporters?|journalists?|correspondents?|press|media)\b/i.test(reply[0]);
    if (toPress && /^(?:[A-Z][\w'’-]+|[Hh]e|[Ss]he|[Tt]he\s+(?:president|leader|premier|chancellor))\b/.test(s.text.slice(subject)) && !someoneElse(doc, s, s.start + subject)) {
      const start = reply[0].search(/\w/);
      return claimOf(doc, s, 'press.questions', 'yes', start, start + (s.text.slice(start).match(/^\w+/)?.[0].length ?? 5));
    }
  }
  // "Biden, asked by a reporter whether he trusted Xi, said …": the same asking as an aside after
  // its subject
  const aside = s.text.match(ASKED_ASIDE);
  if (aside && !ELSEWHERE.test(s.text) && (BY_PRESS.test(aside[0]) || nearPress || PRESS_OCCASION.test(s.text)) && !someoneElse(doc, s, s.start + aside.index! + aside[0].search(/\S/))) {
    const start = aside.index! + aside[0].search(/asked/i);
    return claimOf(doc, s, 'press.questions', 'yes', start, start + 5);
  }
  const m = s.text.match(ASKED);
  if (!m || ELSEWHERE.test(s.text)) return undefined;
  const byPress = BY_PRESS.test(m[0]);
  // "Pressed on tariffs, Xi said" may be a counterpart pressing him: only a reporter's asking counts
  if (!/^\W*(?:\w+\s*,?\s*)?[Aa]sked/.test(m[0]) && !byPress) return undefined;
  if (!nearPress && !PRESS_OCCASION.test(s.text) && !byPress) return undefined;
  const subject = m.index! + m[0].length;
  // the one who answers is the subject after the comma: a principal, by name or pronoun
  if (!/^(?:[A-Z][\w'’-]+|[Hh]e|[Ss]he|[Tt]he\s+(?:president|leader|premier|chancellor))\b/.test(s.text.slice(subject))) return undefined;
  if (someoneElse(doc, s, s.start + subject)) return undefined;
  const start = s.text.search(/[Aa]sked|[Pp]ressed|[Qq]uestioned|[Qq]uizzed|[Cc]hallenged/);
  return claimOf(doc, s, 'press.questions', 'yes', start, start + (s.text.slice(start).match(/^\w+/)?.[0].length ?? 5));
}

// "A reporter asked him why …", "Reporters asked Putin whether …", "a Polish journalist pressed
// Xi on …": a question put to a principal in the reporter's own verb. Counted or named by outlet,
// the asker is the press; "no reporter asked", a hope to ask, or another occasion says nothing.
const REPORTER_ASKED =
  /\b(?:(?:an?|one|another|the|several|two|three|some|other|many)\s+)?(?:[A-Z][\w-]+\s+|(?:foreign|local|state|western|visiting|television|TV|radio|pool)\s+){0,2}(?:[Rr]eporters?|[Jj]ournalists?|[Cc]orrespondents?|[Nn]ewsm[ae]n|[Nn]ewspaperm[ae]n)\s+(?:from\s+(?:both|the\s+two|each\s+of\s+the\s+two|either|all|their|the)\s+(?:countries|sides|delegations|capitals|nations|press\s+corps)\s+|from\s+[A-Z][\w'’-]+\s+)?(?:(?:then|later|also|once|again|even|repeatedly|at\s+one\s+point)\s+)?(?:asked|asks|pressed|presses|quizzed|quizzes|questioned|grilled|grills|peppered|bombarded|(?:put|posed|fired|directed)\s+(?:(?:their|several|many|a\s+few|two|three|pointed|sharp|tough)\s+)?questions\s+(?:to|at))\s+(?=(?:him|her|them|both(?:\s+(?:men|leaders))?|the\s+(?:two|leaders?|president|presidents|premier|chancellor)|[A-Z][\w'’-]+|whether|if|about|why|what|how)\b)/g;
const ANSWERER = /,[”"’]?\s*(?:[A-Z][\w\u00C0-\u024F'’-]+|he|she)\s+(?:(?:then|simply|quickly|flatly)\s+)?(?:said|says|replied|replies|answered|answers|responded|responds|insisted|insists|shot\s+back)\b/;
// "Biden was asked by a reporter about …": the passive of the same
const ASKED_BY = new RegExp(`\\b(?:was|were|got)\\s+(?:(?:also|then|later|repeatedly|once|again)\\s+)?(?:asked|pressed|questioned|quizzed|grilled)\\s+(?:(?:about|on|whether|if|over)\\b[^,;:.]{0,60}?\\s)?${ASKER}`, 'g');
// A correspondent's own account: "When I asked President Putin at the news conference whether …"
const FIRST_PERSON_ASKED =
  /\b(?:I|[Ww]e)\s+(?:(?:then|later|also|once|finally)\s+)?(?:asked|pressed|questioned|quizzed)\s+(?:(?:President|Prime\s+Minister|Premier|Chancellor|Chairman|Mr\.?|Ms\.?|Mrs\.?)\s+)?(?=[A-Z][\w'’-]+|him\b|her\b|them\b|both\b|the\s+(?:two|leaders?|president|presidents)\b)/g;
function reporterAsked(doc: Doc, s: Sentence, nearPress = false): Claim<Outcome> | undefined {
  const text = s.text;
  if (ELSEWHERE.test(text)) return undefined;
  if (nearPress || PRESS_OCCASION.test(text)) {
    for (const m of text.matchAll(FIRST_PERSON_ASKED)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (/\b(?:not|never)\s*$|n['’]t\s*$/i.test(text.slice(Math.max(0, start - 12), start)) || irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
      // (a title may open the mention: the nearest person named must be a principal)
      const named = text.slice(end).match(/^[A-Z][\w\u00C0-\u024F'’-]+/);
      if (named && !principals(doc).has(named[0])) continue;
      return claimOf(doc, s, 'press.questions', 'yes', start, end);
    }
  }
  for (const m of text.matchAll(ASKED_BY)) {
    const start = m.index!;
    const end = start + m[0].length;
    const subject = text.slice(clauseStart(text, start, true), start);
    // the one asked is the subject: a principal by name or pronoun, never "no one was asked"
    if (/\b(?:no|not|never|nobody|neither)\b|n['’]t\b/i.test(subject) || irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
    // the subject's last word, or the one before an adverb: "Biden was asked", "Xi himself was asked"
    const words = subject.trimEnd().split(/\s+/).slice(-2).reverse();
    // "The presidents were questioned by reporters", "Both leaders were asked by journalists"
    if (/\b(?:the\s+(?:two\s+)?(?:leaders|presidents|premiers|prime\s+ministers|men|heads\s+of\s+state)|both(?:\s+(?:leaders|men|presidents))?|they)\s*$/i.test(subject.trimEnd())) return claimOf(doc, s, 'press.questions', 'yes', start, end);
    const word = words.find((w) => /^(?:[A-Z][\w\u00C0-\u024F'’-]+|[Hh]e|[Ss]he)$/.test(w));
    if (!word) continue;
    const name = subject.lastIndexOf(word);
    const at = clauseStart(text, start, true) + name;
    if (/^[A-Z]/.test(text.slice(at)) && !/^(?:He|She)\b/.test(text.slice(at)) && !principalAt(doc, s.start + at)) continue;
    return claimOf(doc, s, 'press.questions', 'yes', start, end);
  }
  for (const m of text.matchAll(REPORTER_ASKED)) {
    const start = m.index!;
    const end = start + m[0].length;
    const lead = text.slice(clauseStart(text, start, true), start);
    if (/\b(?:no|not|never|neither|nor)\s*$|n['’]t\s*$/i.test(lead) || /^(?:no|neither)\b/i.test(m[0])) continue;
    if (irrealisBefore(text, start) || otherEvent(text, start, end)) continue;
    // a name must be a principal's: an unknown "Sullivan" may be an aide briefing the press
    if (/^[A-Z]/.test(text.slice(end)) && !/^(?:The|Both)\b/.test(text.slice(end)) && !principalAt(doc, s.start + end)) continue;
    if (someoneElse(doc, s, s.start + end)) continue;
    // "When a reporter asked whether …, Biden said": with no one addressed, the one who answers
    // must be a principal
    if (/^(?:whether|if|about|why|what|how)\b/.test(text.slice(end))) {
      const answer = ANSWERER.exec(text.slice(end));
      if (!answer) continue;
      const at = end + answer.index! + answer[0].search(/\w/);
      if (/^[A-Z]/.test(text.slice(at)) && !/^(?:He|She)\b/.test(text.slice(at)) && !principalAt(doc, s.start + at)) continue;
    }
    return claimOf(doc, s, 'press.questions', 'yes', start, end);
  }
  return undefined;
}

// "Xi took no questions, while Biden took questions": one leader declining does not say that
// no questions were taken when the same report has the other one taking them
const ONE_PERSON = /^\s*(?:(?:while|but|and|whereas|where|when|after|as)\s+)?(?:(?!(?:The|Both|Neither|They|All|Each|Their|Its|Two)\b)[A-Z][\w'’-]+|[Hh]e|[Ss]he|(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+)?(?:leader|president|premier|chancellor|prime\s+minister))\s+(?:[a-z][\w'’]*\s+){0,3}$/;
const oneSide = new WeakSet<Claim>();
// and the other way round: "Neither took questions during the appearance", then "he fielded
// questions at a news conference closing his trip": one leader's own Q&A elsewhere in the day
// does not undo what the report says of the two together
const oneSideTaken = new WeakSet<Claim>();
// "Gorbachev, at a news conference of his own, …" says there was no joint one only when the
// report tells of no joint appearance either: leaders often hold both
const soloNo = new WeakSet<Claim>();


// A briefing's label carries the value after its colon: "**Joint presser:** none",
// "Press conference: cancelled", "Questions: none taken". A label whose value is anything
// else ("Press conference: what to watch") is a heading and says nothing.
const PRESS_LABEL =
  /^[\s>#*+•·-]*(?:[^\w\s*]{1,4}\s*)?[*_]*\s*(?:(?:joint|final|closing)\s+)?(?:(press\s+conference|news\s+conference|presser|press\s+appearance|press\s+availability|press\s+event)|((?:press\s+|reporters['’]?\s+)?questions|Q\s*&\s*A))\s*:\s*[*_]*\s*/i;
const PRESS_LABEL_NO = /^(?:none|no|nothing|not\s+(?:held|taken|allowed|answered)|cancel+ed|scrapped|skipped|called\s+off|dropped|n\/a)\b/i;
const PRESS_LABEL_YES = /^(?:yes|held|taken|answered|allowed|fielded)\b/i;
function pressLabel(doc: Doc, s: Sentence): Claim<Outcome> | undefined {
  const m = s.text.match(PRESS_LABEL);
  if (!m) return undefined;
  const rest = s.text.slice(m[0].length);
  const value: Outcome | undefined = PRESS_LABEL_NO.test(rest) ? 'no' : PRESS_LABEL_YES.test(rest) ? 'yes' : undefined;
  if (!value) return undefined;
  const start = m[0].search(/\w/);
  return claimOf(doc, s, m[1] ? 'press.conference' : 'press.questions', value, start, m[0].length + (rest.match(/^\S+/)?.[0].length ?? 0));
}

export const pressExtractor: Extractor = {
  family: 'press',
  kinds: [outcomeKind('press.conference', 'Joint press conference'), outcomeKind('press.questions', 'Press questions taken')],
  extract(doc: Doc): Claim[] {
    const claims: Claim[] = [];
    const seen = new Set<string>();
    let pressAt = -Infinity;
    // the last press occasion was one leader's own ("Obama's closing news conference"): what he
    // is asked there is no question put to the two together
    let soloOccasion = false;
    const background = backgroundTracker(doc);
    for (const s of doc.sentences) {
      if (background(s)) continue;
      if (!TRIGGER.test(s.text)) continue;
      const label = pressLabel(doc, s);
      const found = label ? [label] : [...conferenceClaims(doc, s), ...questionClaims(doc, s, s.index - pressAt === 1)];
      for (const c of found) pushOnce(claims, seen, s, c);
      if (PRESS_OCCASION.test(s.text) && found.some((c) => soloNo.has(c))) soloOccasion = true;
      const asked = askedAt(doc, s, s.index - pressAt <= ASKED_REACH) ?? reporterAsked(doc, s, s.index - pressAt <= ASKED_REACH) ?? (s.index - pressAt <= ASKED_REACH || PRESS_OCCASION.test(s.text) ? wasAsked(doc, s) : undefined) ?? whenAsked(doc, s, s.index - pressAt <= ASKED_REACH) ?? transcriptQuestion(doc, s);
      if (asked) {
        if (soloOccasion && (s.index - pressAt <= ASKED_REACH || PRESS_OCCASION.test(s.text))) oneSideTaken.add(asked);
        pushOnce(claims, seen, s, asked);
      }
      if (PRESS_OCCASION.test(s.text)) {
        pressAt = s.index;
        soloOccasion = found.some((c) => soloNo.has(c));
      }
    }
    const taken = claims.some((c) => c.type === 'press.questions' && c.value === 'yes');
    const takenByBoth = claims.some((c) => c.type === 'press.questions' && c.value === 'yes' && !oneSideTaken.has(c));
    const refused = claims.some((c) => c.type === 'press.questions' && c.value === 'no' && !oneSide.has(c));
    const joint = claims.some((c) => c.type === 'press.conference' && c.value === 'yes');
    return claims.filter((c) => !(taken && oneSide.has(c)) && !(refused && !takenByBoth && oneSideTaken.has(c)) && !(joint && soloNo.has(c)));
  },
};
