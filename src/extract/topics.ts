// What the leaders discussed. A topic counts only in a clause that says it was discussed
// ("the talks focused on …", "… was on the agenda", "Biden raised …"), never because the noun
// appears somewhere in the article; and it is named from a fixed vocabulary, so that "strategic
// arms control" and "nuclear treaties", or "the war in Ukraine" and "Ukraine", are one topic.
//
// Topic lists do not contradict each other: one source naming more topics adds detail.
import type { Claim, Modality, Relation, Sentence } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { ClaimKind, Extractor } from './kind.js';
import { sentencesOf, voiceOf } from './date.js';
import { judge } from '../judge/index.js';

// [topic, pattern]. Order matters where phrases start alike: the first alternative that matches
// at a position wins, so "nuclear arms" (arms control) comes before "nuclear weapons" and
// "political prisoners" (human rights) before "prisoners".
const VOCABULARY: [string, string][] = [
  ['denuclearization', "denucleari[sz](?:ation|e|ing)|(?:North\\s+Korea['’]s|Pyongyang['’]s|North\\s+Korean)\\s+nuclear\\s+(?:weapons\\s+)?(?:program(?:me)?s?|arsenal|ambitions|weapons|capabilit(?:y|ies))|complete,?\\s+verifiable,?\\s+(?:and\\s+)?irreversible"],
  ['arms control', "arms[-\\s]control|arms\\s+(?:reductions?|limitations?|cuts|race|talks|treat(?:y|ies)|agreements?|deals?)|nuclear\\s+(?:arms|treat(?:y|ies)|arms\\s+treat(?:y|ies)|arms\\s+control|non-?proliferation)|strategic\\s+(?:arms|stability|offensive\\s+(?:arms|weapons)|nuclear\\s+(?:arms|forces))|New\\s+START|(?:nuclear\\s+)?disarmament|non-?proliferation|(?:cuts?|reductions?)\\s+in\\s+(?:strategic|nuclear|offensive)\\s+(?:arms|weapons|forces|arsenals)"],
  ['SDI', 'strategic\\s+defen[cs]e\\s+initiative|star\\s+wars'],
  ['ABM Treaty', 'anti-?ballistic\\s+missile\\s+treaty'],
  ['intermediate-range missiles', '(?:intermediate|medium)[-\\s]range\\s+(?:nuclear\\s+)?(?:missiles|weapons|forces|rockets)|Euromissiles'],
  ['missile defense', '(?:space-based\\s+)?missile[-\\s]defen[cs]es?|anti-?ballistic\\s+missiles?|golden\\s+dome'],
  ['nuclear testing', 'nuclear\\s+(?:tests?|testing)|test[-\\s]ban'],
  ['nuclear weapons', 'nuclear\\s+(?:weapons?|arsenals?|threats?|war|warheads?|forces|escalation|deterrence|deterrent|doctrine)|atomic\\s+(?:weapons?|bombs?)|nukes'],
  ['missiles', '(?:ballistic|intercontinental|long-range|hypersonic|cruise)\\s+missiles?|missile\\s+(?:tests?|testing|launch(?:es)?|programs?|programmes?|development)'],
  ['military exercises', '(?:joint\\s+)?military\\s+(?:exercises|drills)|war\\s+games'],
  ['military communications', 'military[-\\s](?:to[-\\s]military\\s+)?(?:communications?|contacts?|channels?|dialogue|talks|ties|hotline)|mil-to-mil|hotlines?|communications?\\s+channels?|channels?\\s+of\\s+communication'],
  ['Ukraine', 'Ukraine|Ukrainian\\s+(?:war|conflict|crisis|territor(?:y|ies)|settlement|peace|issue|question|security|sovereignty|front|cities|regions?)|Donbas{1,2}|Crimea|Kyiv|Kiev'],
  ['territory', 'Dokdo|Takeshima|Senkaku|Diaoyu|land\\s+swaps?|swaps?\\s+of\\s+(?:land|territory)|territorial\\s+(?:concessions?|exchanges?|issues?|questions?|disputes?|integrity|claims?)|exchanges?\\s+of\\s+territor(?:y|ies)'],
  ['ceasefire', 'cease-?fires?|truces?|armistice'],
  ['comfort women', 'comfort\\s+women|(?:wartime\\s+)?(?:military\\s+)?brothels|(?:wartime\\s+)?sexual\\s+slavery'],
  ['peace', 'peace\\s+(?:deal|plan|settlement|agreement|process|framework|accord|proposals?|treaty|regime|declaration|mechanism|talks|negotiations)|peaceful\\s+settlement'],
  ['security guarantees', 'security\\s+(?:guarantees?|assurances?|commitments?)|guarantees?\\s+(?:for|of)\\s+(?:Ukraine|Kyiv)|(?:guarantees?|assurances?)\\s+of\\s+security'],
  ['European security', "(?:European|Europe['’]s)\\s+security|security\\s+(?:in|of|for)\\s+Europe|security\\s+architecture"],
  ['NATO', 'North\\s+Atlantic\\s+(?:Treaty\\s+Organi[sz]ation|alliance)|alliance\\s+(?:expansion|enlargement)|eastward\\s+expansion'],
  ['sanctions', 'sanctions?|economic\\s+(?:restrictions|penalties)|embargo(?:es)?'],
  ['export controls', 'export\\s+controls?|(?:chip|semiconductor)\\s+(?:curbs|restrictions|exports)'],
  ['trade', 'trade|tariffs?|market\\s+access|trade\\s+(?:deal|war|deficit|imbalance|relations|ties|barriers)'],
  ['economic policy', 'macro-?economic\\s+(?:policy|policies|coordination|stability)|economic\\s+polic(?:y|ies)|monetary\\s+policy'],
  ['economic cooperation', 'economic\\s+(?:ties|cooperation|relations|issues|partnership|projects|deals|interests)|business\\s+(?:deals|ties|opportunities|cooperation)|investments?'],
  ['climate', 'climate(?:\\s+change|\\s+crisis)?|global\\s+warming|emissions|clean\\s+energy|carbon'],
  ['energy', 'energy|oil|natural\\s+gas|gas\\s+(?:supplies|prices|exports|pipelines?)|pipelines?|Nord\\s+Stream'],
  ['Arctic', 'Arctic'],
  ['fentanyl', 'fentanyl|opioids?|drug\\s+trafficking|narcotics|precursor\\s+chemicals'],
  ['human rights', 'human\\s+rights|dissidents?|political\\s+prisoners?|opposition\\s+(?:leaders?|figures?|politicians?|activists?)|jailed\\s+(?:critics|activists|journalists|dissidents)|press\\s+freedom|freedom\\s+of\\s+(?:speech|the\\s+press|religion)|religious\\s+freedom|Xinjiang|Tibet|Uyghurs?|Uighurs?|Hong\\s+Kong|refuseniks?|Jewish\\s+emigration|emigration'],
  ['prisoners', 'prisoners?(?:\\s+of\\s+war)?|prisoner\\s+(?:swaps?|exchanges?|releases?)|detain(?:ed|ees?)\\s+(?:Americans|citizens|journalists|nationals)?|wrongfully\\s+detained|hostages?'],
  ['war remains', 'remains\\s+of\\s+(?:the\\s+)?(?:(?:U\\.S\\.|US|American)\\s+)?(?:prisoners\\s+of\\s+war|POWs|soldiers|servicemen|troops|service\\s+members|war\\s+dead|the\\s+fallen|the\\s+missing|missing)|(?:repatriation|recovery|return)\\s+of\\s+(?:the\\s+)?remains|POW/MIA'],
  ['abductions', 'abduct(?:ees|ions?|ed\\s+(?:Japanese|citizens))'],
  ['Korean War', 'Korean\\s+War'],
  ['Middle East', 'Middle\\s+East|Mideast|Israel|Gaza|Hamas|Lebanon|Hezbollah|Yemen|Houthis?|Palestinians?'],
  ['Syria', 'Syria|Syrian\\s+(?:war|conflict|crisis|civil\\s+war|regime|settlement)'],
  ['Iran', 'Iran|Iranian\\s+(?:nuclear|program(?:me)?|threat)'],
  ['Afghanistan', 'Afghanistan'],
  ['Venezuela', 'Venezuela'],
  ['Cuba', 'Cuba'],
  ['Belarus', 'Belarus'],
  ['Baltic states', 'Baltic\\s+(?:states|republics|countries|nations)|Lithuania|Latvia|Estonia'],
  ['German reunification', 'German\\s+(?:reunification|unification|question)|(?:re)?unification\\s+of\\s+Germany|Berlin\\s+Wall|East\\s+Germany'],
  ['Eastern Europe', 'Eastern\\s+Europe(?:an)?|Warsaw\\s+Pact'],
  ['Central America', 'Central\\s+America(?:n)?|Nicaragua|El\\s+Salvador|Panama'],
  ['regional conflicts', 'regional\\s+(?:conflicts|disputes|issues|crises)'],
  ['Taiwan', 'Taiwan(?:\\s+Strait)?|Taipei'],
  ['South China Sea', 'South\\s+China\\s+Sea'],
  ['North Korea', 'North\\s+Korea|Pyongyang'],
  ['cyber', 'cyber[-\\s]?(?:security|attacks?|crime|espionage|warfare|space|threats?)|cyber|hacking|hackers?|ransomware'],
  ['election interference', '(?:election|electoral)\\s+(?:interference|meddling|hacking)|(?:interference|meddling)\\s+in\\s+(?:the\\s+)?(?:\\d{4}\\s+)?(?:(?:U\\.S\\.|US|American)\\s+)?(?:elections?|vote|campaign)'],
  ['artificial intelligence', 'artificial\\s+intelligence'],
  ['public health', 'public\\s+health|global\\s+health|pandemics?|COVID(?:-19)?|coronavirus'],
  ['food security', 'food\\s+(?:security|crisis|supplies|exports|prices)|grain\\s+(?:deal|exports|corridor)|fertili[sz]ers?'],
  ['debt relief', 'debt\\s+(?:relief|restructuring|crisis)'],
  ['terrorism', 'terrorism|terrorists?|counter-?terrorism|extremism'],
  ['migration', 'migration|migrants?|immigration|border\\s+security'],
  ['space', 'outer\\s+space|space\\s+(?:cooperation|exploration|station)'],
  ['bilateral relations', '(?:bilateral|mutual|two-way)\\s+(?:relations|relationship|ties)|[A-Z][A-Za-z.]{1,10}-[A-Z][A-Za-z.]{1,10}\\s+(?:relations|relationship|ties)|relations\\s+between\\s+the\\s+two\\s+(?:countries|nations|sides)|new\\s+\\S{2,24}\\s+relations'],
  ['diplomatic relations', 'embass(?:y|ies)|ambassadors|diplomatic\\s+(?:relations|ties|staff(?:ing)?|missions?|property|presence)|consulates?'],
];
// acronyms are matched case-sensitively: "start" and "ai" are words
const ACRONYMS: [string, string][] = [
  ['arms control', 'START'],
  ['SDI', 'SDI'],
  ['ABM Treaty', 'ABM(?:\\s+[Tt]reaty)?'],
  ['intermediate-range missiles', 'INF(?:\\s+[Tt]reaty)?'],
  ['missiles', 'ICBMs?'],
  ['NATO', 'NATO'],
  ['North Korea', 'DPRK'],
  ['energy', 'LNG'],
  ['artificial intelligence', 'AI'],
  ['prisoners', 'POWs?'],
];

// one small expression per topic rather than one alternation of all: each stays simple enough
// to prove free of catastrophic backtracking, and the longest match at a position wins
const TOPICS: { name: string; re: RegExp }[] = [
  ...VOCABULARY.map(([name, p]) => ({ name, re: new RegExp(`\\b(?:${p})\\b`, 'gi') })),
  ...ACRONYMS.map(([name, p]) => ({ name, re: new RegExp(`\\b(?:${p})\\b`, 'g') })),
];

// the clause says the topic was discussed, agreed on or acted on at the meeting
const CUES: RegExp[] = [
    // discussion
    'discuss(?:ed|es|ing|ion|ions)?|talk(?:ed|s|ing)?\\s+(?:about|on|over)|sp(?:oke|eak|eaks|eaking)\\s+(?:about|of|on)|conversations?\\s+(?:about|on|over)',
    'touch(?:ed|es|ing)?\\s+(?:up)?on|focus(?:s?ed|s?es|s?ing)?\\s+(?:\\w+ly\\s+)?on|cent(?:er|re)(?:d|s)?\\s+(?:\\w+ly\\s+)?(?:on|around)|revolv(?:ed|es|ing)\\s+around',
    'cover(?:ed|s|ing)|dominat(?:ed|es|ing)|rais(?:ed|es|ing)|tackl(?:ed|es|ing)|broach(?:ed|es|ing)|went\\s+over|went\\s+(?:far\\s+)?beyond|ranged\\s+(?:over|from|across)|extended\\s+to',
    'exchang(?:ed|es|ing)\\s+views|exchanges?\\s+of\\s+views|views\\s+(?:were\\s+)?exchanged|delv(?:ed|es|ing)\\s+into|turned\\s+to|dealt\\s+with|deal(?:s|ing)?\\s+with|address(?:ed|ing)\\s+(?:the\\s+)?(?:issues?|questions?|situation)',
    'agenda|on\\s+the\\s+table|topics?|issues\\s+(?:such\\s+as|including|like|ranging)|c(?:a|o)me\\s+up|brought\\s+up|loom(?:ed|s|ing)|featur(?:e|es|ed|ing)|called\\s+for',
    '(?:pressed|pushed|urged|warned|lobbied|challenged)\\s+\\w+(?:\\s+\\w+)?\\s+(?:on|over|about|against|to)|(?:warned|sparred|clashed|wrangled|haggled)\\s+(?:about|over|against|on)',
    '(?:talks|discussions|agenda|meeting|summit|conversation)\\s+(?:also\\s+)?includ(?:ed|es)',
    '(?:talks|negotiations|dialogue|communications?|contacts|consultations|cooperation|coordination)\\s+(?:on|about|over|in)|cooperat(?:e|ed|ing)\\s+on|work\\s+together\\s+on',
    'insist(?:ed|s|ing)?\\s+on|hinge[sd]?\\s+on|hing(?:ed|ing)\\s+on|founder(?:ed|s)?\\s+on',
    // agreement, commitment, announcement
    'agreed|agreeing|agreements?|commit(?:ted|s|ment|ments)?|pledg(?:e|ed|es)|promis(?:e|ed|es)|vow(?:ed|s)?|reaffirm(?:ed|s)?|sign(?:ed|s)?|propos(?:al|als)|joint\\s+statement|declaration',
    'oppos(?:e|ed|es|ing)|condemn(?:ed|s)?|reject(?:ed|s)?',
    'stopp(?:ed|ing)|(?:halt|suspend|stop|lift|ease|resume|restart|recover|curb|eliminat(?:e|ion)|scrap|freez(?:e|ing))(?:s|ed|ing)?|(?:would|will|to)\\s+(?:end|offer|provide|return|release|reduce|ban|limit)',
    '(?:cut|cuts|reductions?|elimination|ban|freeze|limits)\\s+(?:in|on|of)',
].map((p) => new RegExp(`\\b(?:${p})\\b`, 'i'));

/** The first cue in a text, by position. */
function firstCue(text: string): RegExpMatchArray | undefined {
  let best: RegExpMatchArray | undefined;
  for (const re of CUES) {
    const m = text.match(re);
    if (m && (!best || m.index! < best.index!)) best = m;
  }
  return best;
}
// an outcome names its subject even when it failed: "no breakthrough on Taiwan", "no deal to
// stop the war in Ukraine", "deadlocked over SDI"
const OUTCOME =
  /\b(?:deal|agreement|breakthrough|progress|headway|understanding|consensus|compromise|accord)\s+(?:on|over|about|to\s+(?:end|stop|halt|settle|resolve))\b|\b(?:deadlock(?:ed)?|stalemate|impasse|split|clash(?:ed)?|differences|disagree(?:d|ment)?|stumbling\s+block)\s+(?:over|on|about)\b|\b(?:main|chief|central|key)\s+(?:subject|focus|topic|issue)\b/i;
const FRONTED_START = /^\s*(?:On|Regarding|As\s+for|As\s+to|Turning\s+to)\s/i;
const triggered = (text: string) =>
  OUTCOME.test(text) || FRONTED_START.test(text) || ISSUE_WORD.test(text) || text.trimEnd().endsWith(':') || CUES.some((re) => re.test(text));
const ISSUE_WORD = /\b(?:question|issue)\b/i;
// a clause ends at a semicolon or dash, or where a new clause takes over ("…, but", "…, which")
const CLAUSE_BREAK = /[;—–]|\s-\s|,\s+(?:but|while|although|though|whereas|which|who|where|adding|noting|saying|even\s+as)\b|(?<=\S)\s+but\s/g;
const NEGATED = /\b(?:not|never|no|without|neither|nor)\b|n['’]t\b|\boff\s+the\s*$/i;
const NOT_NEGATED = /\bnot\s+only\b|\bno\s+(?:doubt|less)\b/i;
const UNSURE = /\b(?:declined|refused|avoided|sidestepped|unclear|whether|if|denied)\b/i;
// the discussion is another one: a phone call, an earlier meeting
const ELSEWHERE =
  /\b(?:phone|telephone|call|calls|video\s+link|last\s+(?:year|month|time)|previous(?:ly)?|earlier\s+(?:summit|meeting|talks)|in\s+(?:19|20)\d\d\b(?!\s+(?:(?:U\.S\.|US|American|presidential|midterm)\s+)?(?:elections?|vote|campaign)))\b/i;
const EXPECTED = /\b(?:will|would|expected|expects?|set\s+to|scheduled|plan(?:s|ned)?\s+to|likely\s+to|due\s+to|is\s+to|are\s+to|were\s+to|upcoming|ahead\s+of)\b/i;
const HOPED = /\b(?:hope[sd]?|hoping|wants?|wanted|wish(?:es|ed)?|seeks?|sought|aims?|aimed)\b/i;
const PROPOSED = /\b(?:propos(?:ed|es|ing)|offer(?:ed|s)|suggest(?:ed|s))\b/i;
// "On sanctions, Trump told …", "On the Taiwan question, Xi …": the clause is about what is put first
const FRONTED = /^\s*(?:On|Regarding|As\s+for|As\s+to|Turning\s+to)\s+([^\s,;:][^,;:]{1,79})[,:]/i;
// "On Thursday, …", "On the sidelines of …": a fronted "On" that sets a time or scene, not a topic
const FRONTED_SCENE =
  /^(?:\p{Lu}\p{Ll}+day|(?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December|\d|(?:the\s+)?(?:sidelines|eve|margins?|way|whole|other\s+hand|one\s+hand|first|second|third|last|final|same|morning|afternoon|evening|night|day|record|face|surface|ground|stage|spot|plane|flight|arrival|departure|return|balance|top|paper|camera|average|behalf|occasion|anniversary|heels)\b|arrival|behalf|balance|paper|camera|average|top|board|record|time)/iu;
// a time, not a topic: "missing since the Korean War"
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+/;

// Annotators name a topic in the report's own words ("embargo", "joint economic activity",
// "Guantánamo"), and most topics are too open-ended for any vocabulary. So, beside the
// vocabulary, the object of a discussion verb is read as a list of noun phrases, each kept as
// the report words it (less articles and "the issue of"-type wrappers). Only discussion verbs
// introduce such a list: the object of "agreed to", "halt" or "signed" is an act, not a topic.
const DISCUSSION =
  /\b(?:discuss(?:ed|es|ing)?|discussions?\s+(?:on|of|about|over)|talk(?:ed|s|ing)?\s+(?:about|over)|sp(?:oke|eak|eaks|eaking)\s+about|conversations?\s+(?:about|on|over)|touch(?:ed|es|ing)?\s+(?:up)?on|focus(?:s?ed|s?es|s?ing)?\s+(?:\w+ly\s+)?on|cent(?:er|re)(?:d|s)?\s+(?:\w+ly\s+)?(?:on|around)|revolv(?:ed|es|ing)\s+around|(?:,\s*|(?:talks|discussions|meeting|agenda|conversation|summit)\s+(?:also\s+)?)cover(?:ed|s|ing)|rais(?:ed|es|ing)|tackl(?:ed|es|ing)|broach(?:ed|es|ing)|went\s+over|ranged\s+(?:over|across|from)|exchang(?:ed|es|ing)\s+views\s+(?:on|about|over)|exchanges?\s+of\s+views\s+(?:on|about|over)|delv(?:ed|es|ing)\s+into|turned\s+to|dealt\s+with|address(?:ed|es|ing)|(?:agenda|topics|issues|subjects)\s+(?:(?:also\s+)?(?:included|includes|were|was|ranged\s+from)|such\s+as|like)|(?:talks|discussions|meeting|summit|conversation)\s+(?:also\s+)?includ(?:ed|es)|on\s+the\s+agenda\s+(?:were|was))\b/gi;
// a subject the verb then says was discussed: "Taiwan and trade were also raised"
const PASSIVE_DISCUSSION =
  /\b(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|briefly\s+|extensively\s+|not\s+)?(?:discussed|raised|covered|addressed|tackled|broached|on\s+the\s+(?:agenda|table))\b|\b(?:also\s+)?(?:came|come|comes)\s+up\b|\bfeatured\b/gi;
// (no spaces around the whole separator: the pieces are trimmed, and spaces on both sides of
// spaces made the split polynomial in a long run of blanks)
const ITEM_SPLIT = /,?\s+(?:including|notably|especially|particularly|in\s+particular|such\s+as)\s+|\s*[,;]\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as|along\s+with|plus)\s+/i;
// words that show a list item is a clause, not a noun phrase: the list has ended
const NOT_NOUN_PHRASE =
  /\b(?:that|which|who|whom|whose|said|says|say|told|was|were|is|are|be|been|being|would|will|could|should|can|may|might|must|had|has|have|did|does|do|not|he|she|they|we|it|i|you|when|after|before|if|while|because|than|then|there|according|officials?|sources?|spokesm[ae]n|reporters?|both|each|other|all|this|these|those|what|how|why|whether|where)\b|["“”$€£%]|\d{1,2}:\d\d|\b\d+(?:\.\d+)?\s*(?:billion|million|percent|per\s+cent)\b/i;
// adverbials between a verb and its object, or at the end of the list
const ADVERBIAL = /^\s*(?:(?:at\s+length|in\s+(?:detail|depth|private)|behind\s+closed\s+doors|for\s+(?:the\s+)?(?:first\s+time|(?:about|some|more\s+than|nearly|almost|over)?\s*\S+\s+(?:hours?|minutes?))|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\w+ly|also|too|again|both|further|directly|in\s+turn|with\s+\w+(?:\s+\w+)?)\s+)+/i;
const TRAILING = /\s+(?:later|today|tomorrow|soon|next|first|again|at\s+length|in\s+(?:detail|depth|private)|as\s+well|too|also|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|with\s+(?:him|her|them|each\s+other|\p{Lu}\S*(?:\s+\p{Lu}\S*)?)|(?:in|at|during)\s+(?:the\s+)?(?:talks|meeting|summit|session|discussions?))$/iu;
const WRAPPER =
  /^(?:(?:the|a|an|their|its|his|her|our|some|several|many|various|key|major|main|other|such|specific|certain|pressing|important|relevant|common|mutual|outstanding|practical|bilateral\s+(?:and|&)\s+international|a\s+range\s+of|a\s+number\s+of|a\s+host\s+of|questions?\s+(?:of|on|about|related\s+to)|issues?\s+(?:of|on|about|related\s+to|concerning)|matters?\s+(?:of|related\s+to|concerning)|problems?\s+of|prospects?\s+(?:of|for)|the\s+situation\s+(?:in|on|around|over)|situation\s+(?:in|on|around|over)|(?:in|on|over|about|of))\s+)+/i;
const TRAILING_WRAPPER = /\s+(?:issues?|questions?|matters?|problems?|situation|topics?)$/i;
const ROOM_WORDS = /^(?:issues?|questions?|topics?|matters?|subjects?|things?|areas?|relations?|ties|cooperation|situation|agenda|range|number|host|concerns?|views?|way|ways|need|steps?|prospects?)$/i;

/** The noun phrases a discussion verb lists after it: "the embargo, human rights and Guantánamo". */
function listedAfter(text: string): { phrase: string; start: number; end: number }[] {
  const out: { phrase: string; start: number; end: number }[] = [];
  let at = 0;
  const lead = text.match(ADVERBIAL);
  if (lead) at = lead[0].length;
  // split keeping offsets, stopping at the first piece that is not a noun phrase
  const splitter = new RegExp(ITEM_SPLIT.source, 'gi');
  const pieces: { text: string; start: number }[] = [];
  let from = at;
  for (const m of text.slice(at).matchAll(splitter)) {
    pieces.push({ text: text.slice(from, at + m.index!), start: from });
    from = at + m.index! + m[0].length;
  }
  pieces.push({ text: text.slice(from), start: from });
  for (let i = 0; i < pieces.length; i++) {
    let p = pieces[i]!;
    // "international and regional security": a lone adjective coordinated with the next noun
    const next = pieces[i + 1];
    if (next && /^[a-z]+(?:al|ic|ive|ary|ern|ean|ese|ian|ish|ral|eral)$/.test(p.text.trim()) && /\s/.test(next.text.trim()) && text.slice(p.start + p.text.length, next.start).trim() === 'and') {
      p = { text: text.slice(p.start, next.start + next.text.length), start: p.start };
      i++;
    }
    let phrase = p.text.replace(/[.!?:]+\s*$/, '').trim();
    phrase = phrase.replace(TRAILING, '').trim();
    if (!phrase || NOT_NOUN_PHRASE.test(phrase)) break;
    // "discussed at length": a manner, not a topic
    if ((phrase + ' ').match(ADVERBIAL)?.[0].length === phrase.length + 1) break;
    const lead2 = phrase.match(WRAPPER);
    const cut = lead2 ? lead2[0].length : 0;
    let name = phrase.slice(cut).replace(/^(?:the|a|an)\s+/i, '').trim();
    // "the Taiwan issue" is Taiwan, but "economic issues" stays whole
    const bare = name.replace(TRAILING_WRAPPER, '');
    if (bare !== name && /\p{Lu}|\s/u.test(bare)) name = bare;
    const words = name.split(/\s+/);
    if (!name || words.length > 8 || !/^[\p{L}\d]/u.test(name)) break;
    if (words.length === 1 && ROOM_WORDS.test(name)) continue;
    const start = p.start + p.text.indexOf(phrase) + cut;
    out.push({ phrase: name, start, end: start + name.length });
  }
  return out;
}

/** The noun phrases named as the subject of a passive discussion verb: "Taiwan and trade were also raised". */
function listedBefore(text: string): { phrase: string; start: number; end: number }[] {
  const items = listedAfter(text);
  // the whole subject must read as a list: "Officials said Taiwan" is not one
  return items.length && items[items.length - 1]!.end >= text.trimEnd().length - 1 ? items : [];
}

/** The open phrases a clause says were discussed, and where its cue is. */
function openTopicsIn(clause: string): { phrases: { phrase: string; start: number; end: number }[]; cueAt: number; cueEnd: number } | undefined {
  for (const m of clause.matchAll(DISCUSSION)) {
    const near = clause.slice(0, m.index!).slice(-30);
    if ((NEGATED.test(near) && !NOT_NEGATED.test(near)) || UNSURE.test(clause.slice(0, m.index!).slice(-60))) return undefined;
    const end = m.index! + m[0].length;
    const phrases = listedAfter(clause.slice(end)).map((p) => ({ ...p, start: p.start + end, end: p.end + end }));
    if (phrases.length) return { phrases, cueAt: m.index!, cueEnd: end };
  }
  // "no breakthrough on Taiwan", "differences over the embargo and human rights"
  const outcome = clause.match(OUTCOME);
  if (outcome && !/\b(?:subject|focus|topic|issue)$/i.test(outcome[0])) {
    const end = outcome.index! + outcome[0].length;
    const phrases = listedAfter(clause.slice(end)).map((p) => ({ ...p, start: p.start + end, end: p.end + end }));
    if (phrases.length) return { phrases, cueAt: outcome.index!, cueEnd: end };
  }
  for (const m of clause.matchAll(PASSIVE_DISCUSSION)) {
    if (/not/i.test(m[0])) return undefined;
    const phrases = listedBefore(clause.slice(0, m.index!));
    if (phrases.length) return { phrases, cueAt: m.index!, cueEnd: m.index! + m[0].length };
    break;
  }
  return undefined;
}

// "Taiwan and the islands were not discussed", "the nuclear issue did not come up": the topics
// before the verb, denied (a source's word that something was left out contradicts one that says it
// was raised)
const DENIED_DISCUSSION =
  /\b(?:(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:not|never)|(?:had|has|have)\s+(?:not|never)\s+been|(?:wasn|weren|hasn|haven|hadn)['’]t(?:\s+been)?)\s+(?:(?:discussed|raised|broached|addressed|touched\s+(?:up)?on|mentioned)\b|on\s+the\s+(?:agenda|table)\b)|(?:did\s+not|didn['’]t|never)\s+(?:come|came)\s+up\b)/i;

/** The vocabulary topics a clause says were not discussed, or undefined. */
function deniedIn(clause: string): { hits: Hit[]; at: number; end: number } | undefined {
  const m = clause.match(DENIED_DISCUSSION);
  if (!m) return undefined;
  // the topics are the verb's subject: the stretch after the last "that", or the whole clause
  const before = clause.slice(0, m.index!);
  let opening = 0;
  for (const t of before.matchAll(/\bthat\s/gi)) opening = t.index!;
  const hits = vocabularyIn(before.slice(opening)).map((h) => ({ ...h, start: h.start + opening, end: h.end + opening }));
  return hits.length ? { hits, at: m.index!, end: m.index! + m[0].length } : undefined;
}

interface Found {
  topics: string[];
  start: number;
  end: number;
  modality: Modality;
  attribution: string;
}

interface Hit {
  name: string;
  start: number;
  end: number;
}

function vocabularyIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { name, re } of TOPICS) {
    for (const m of text.matchAll(re)) {
      if (SINCE_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      hits.push({ name, start: m.index!, end: m.index! + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => i === 0 || h.start >= hits[i - 1]!.end);
}

function clausesOf(s: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    out.push({ start: at, end: m.index! });
    at = m.index! + m[0].length;
  }
  out.push({ start: at, end: s.text.length });
  return out;
}

/** A finding whose offsets (`from`, hits, cue) are relative to `from` within the sentence. */
function found(doc: Doc, s: Sentence, from: number, hits: Hit[], cueAt: number, cueEnd: number, modality: Modality): Found {
  const start = s.start + from + Math.min(cueAt, hits[0]!.start);
  const end = s.start + from + Math.max(cueEnd, hits[hits.length - 1]!.end);
  const attribution = voiceOf(doc, s, s.start + from + cueAt);
  return { topics: [...new Set(hits.map((h) => h.name))], start, end, modality, attribution };
}

/** "the Taiwan question", "the nuclear issue": a report names a topic as a topic. */
function namedIssue(clause: string): RegExpMatchArray | undefined {
  for (const h of vocabularyIn(clause)) {
    const m = clause.slice(h.end).match(/^\s+(?:question|issue)\b/i);
    if (m) return Object.assign([clause.slice(h.start, h.end + m[0].length)], { index: h.start, input: clause }) as RegExpMatchArray;
  }
  return undefined;
}

/**
 * Vocabulary names, then the report's own phrases that say something the names do not. A phrase
 * the vocabulary covers ("the war in Ukraine", "strategic arms control") stands as the
 * vocabulary's name, so that sources that word one topic differently still align on it.
 */
function withPhrases(names: string[], phrases: string[]): string[] {
  const out = [...new Set(names)];
  const seen = new Set(out.map((n) => n.toLowerCase()));
  const add = (name: string) => {
    const k = name.toLowerCase();
    if (seen.has(k)) return;
    seen.add(k);
    out.push(name);
  };
  for (const p of phrases) {
    const covered = vocabularyIn(p);
    if (covered.length) for (const h of covered) add(h.name);
    else add(p);
  }
  return out;
}

function topicsIn(doc: Doc, s: Sentence): Found[] {
  const out: Found[] = [];
  const fronted = s.text.match(FRONTED);
  if (fronted && !ELSEWHERE.test(s.text)) {
    const from = fronted.index! + fronted[0].indexOf(fronted[1]!);
    const hits = vocabularyIn(fronted[1]!);
    const open = FRONTED_SCENE.test(fronted[1]!.trim()) ? [] : listedAfter(fronted[1]!);
    const spans: Hit[] = [...hits, ...open.map((p) => ({ name: p.phrase, start: p.start, end: p.end }))].sort((a, b) => a.start - b.start);
    if (spans.length) {
      const f = found(doc, s, from, spans, spans[0]!.start, spans[0]!.start, 'stated');
      f.topics = withPhrases(hits.map((h) => h.name), open.map((p) => p.phrase));
      out.push(f);
    }
  }
  for (const c of clausesOf(s)) {
    const clause = s.text.slice(c.start, c.end);
    const denied = ELSEWHERE.test(clause) ? undefined : deniedIn(clause);
    if (denied) {
      out.push(found(doc, s, c.start, denied.hits, denied.at, denied.end, 'denied'));
      continue;
    }
    const outcome = clause.match(OUTCOME) ?? namedIssue(clause);
    const cue = firstCue(clause);
    if (!cue && !outcome) continue;
    if (ELSEWHERE.test(clause)) continue;
    let at: RegExpMatchArray | undefined;
    if (cue) {
      const beforeCue = clause.slice(0, cue.index!);
      // "did not discuss", "Taiwan was not raised", "declined to say whether sanctions came up"
      const near = beforeCue.slice(-30);
      const negated = (NEGATED.test(near) && !NOT_NEGATED.test(near)) || UNSURE.test(beforeCue.slice(-60));
      if (!negated) at = cue;
    }
    at ??= outcome ?? undefined;
    if (!at) continue;
    const hits = vocabularyIn(clause);
    const open = openTopicsIn(clause);
    if (!hits.length && !open) continue;
    const lead = clause.slice(0, at.index!).slice(-60);
    const modality: Modality = PROPOSED.test(lead) ? 'proposed' : HOPED.test(lead) ? 'hoped' : EXPECTED.test(lead) ? 'expected' : 'stated';
    const spans: Hit[] = [...hits, ...(open?.phrases.map((p) => ({ name: p.phrase, start: p.start, end: p.end })) ?? [])].sort((a, b) => a.start - b.start);
    const f = found(doc, s, c.start, spans, at.index!, at.index! + at[0].length, modality);
    f.topics = withPhrases(hits.map((h) => h.name), open?.phrases.map((p) => p.phrase) ?? []);
    out.push(f);
  }
  return out;
}

/**
 * "What came up:" followed by a list: each item names a topic in its lead ("**Taiwan.** Xi
 * warned …"), or failing that anywhere in the item.
 */
function listTopics(doc: Doc, intro: Sentence): Found[] {
  const text = doc.report.text;
  const out: Found[] = [];
  let next = text.indexOf('\n', intro.end);
  while (next >= 0 && next < text.length) {
    const lineStart = next + 1;
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    next = nl;
    const line = text.slice(lineStart, lineEnd);
    if (!line.trim()) {
      if (out.length) break;
      continue;
    }
    const marker = line.match(LIST_ITEM);
    if (!marker) break;
    const item = doc.clean.slice(lineStart, lineEnd);
    const leadEnd = item.slice(marker[0].length).search(/[.:—–]\s/);
    const lead = leadEnd < 0 ? item : item.slice(0, marker[0].length + leadEnd);
    let hits = vocabularyIn(lead);
    if (!hits.length) hits = vocabularyIn(item);
    if (!hits.length) continue;
    const s = doc.sentenceAt(lineStart + hits[0]!.start);
    const inSentence = hits.filter((h) => lineStart + h.end <= s.end);
    const f = found(doc, s, lineStart - s.start, inSentence, inSentence[0]!.start, inSentence[0]!.start, 'stated');
    f.topics = [...new Set(hits.map((h) => h.name))];
    out.push(f);
  }
  return out;
}

export function relateTopics(a: string[], b: string[]): Relation {
  const x = new Set(a);
  const y = new Set(b);
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  if (common === x.size && common === y.size) return 'same';
  if (common === y.size) return 'narrower';
  if (common === x.size) return 'wider';
  // overlapping or disjoint lists are both partial accounts of one agenda, never a contradiction
  return x.size >= y.size ? 'narrower' : 'wider';
}

// A denial rides on the value as a hidden marker, as participants' absences do, so that relate()
// tells it from a list of what was discussed.
const NOT_DISCUSSED = Symbol('not discussed');
type TopicList = string[] & { [NOT_DISCUSSED]?: true };
export function notDiscussed(topics: readonly string[]): string[] {
  const v: TopicList = [...topics];
  Object.defineProperty(v, NOT_DISCUSSED, { value: true, enumerable: false });
  return v;
}
export const isNotDiscussed = (v: unknown): boolean => Array.isArray(v) && (v as TopicList)[NOT_DISCUSSED] === true;

/** A topic one list says was discussed and the other says was not. */
function clash(a: string[], b: string[]): string | undefined {
  if (isNotDiscussed(a) === isNotDiscussed(b)) return undefined;
  const [denied, said] = isNotDiscussed(a) ? [a, b] : [b, a];
  return said.find((t) => denied.includes(t));
}

function relateAny(a: string[], b: string[]): Relation {
  if (clash(a, b) !== undefined) return 'conflict';
  // a denial says less about the agenda than a list of what was on it
  if (isNotDiscussed(a) !== isNotDiscussed(b)) return isNotDiscussed(a) ? 'wider' : 'narrower';
  return relateTopics(a, b);
}

const topicsKind: ClaimKind<string[]> = {
  type: 'topics',
  label: 'Topics',
  relate: relateAny,
  display: (v) => (isNotDiscussed(v) ? `not discussed: ${v.join(', ')}` : v.join(', ')),
  identity: (v) => (isNotDiscussed(v) ? 'not:' : '') + [...v].sort().join('|'),
  conflict: 'one source says a topic was raised, another that it was not discussed',
  // a denial decides the row only where it contradicts: otherwise the lists of what was discussed
  // are judged alone, as if the denial were not there
  judge(evidence) {
    const denials = evidence.filter((e) => isNotDiscussed(e.value));
    if (!denials.length) return undefined;
    const lists = evidence.filter((e) => !isNotDiscussed(e.value));
    for (const d of denials) {
      for (const e of lists) {
        const t = clash(d.value as string[], e.value as string[]);
        if (t === undefined) continue;
        const by = d.attribution === 'report' ? '' : ` (per ${d.attribution})`;
        return { verdict: 'diverge', reason: `${e.source}: ${t} was discussed; ${d.source}: it was not${by}` };
      }
    }
    return lists.length ? judge(topicsKindPlain, lists) : undefined;
  },
};
const topicsKindPlain: ClaimKind<string[]> = { ...topicsKind, judge: undefined, relate: relateTopics };

export const topicsExtractor: Extractor = {
  family: 'topics',
  kinds: [topicsKind],
  extract(doc: Doc): Claim[] {
    // one list per source and modality: what it says was discussed, what was only expected
    const groups = new Map<Modality, Found[]>();
    const add = (f: Found) => groups.set(f.modality, [...(groups.get(f.modality) ?? []), f]);
    for (const s of sentencesOf(doc)) {
      if (!triggered(s.text)) continue;
      topicsIn(doc, s).forEach(add);
      if (s.text.trimEnd().endsWith(':') && firstCue(s.text)) listTopics(doc, s).forEach(add);
    }
    const claims: Claim[] = [];
    for (const [modality, found] of groups) {
      let topics = [...new Set(found.flatMap((f) => f.topics))];
      // "North Korea" as a topic of a summit about its denuclearization says nothing more
      if (topics.includes('denuclearization')) topics = topics.filter((t) => t !== 'North Korea');
      const own = found.find((f) => f.attribution === 'report') ?? found[0]!;
      if (modality === 'denied') topics = notDiscussed(topics);
      claims.push({ type: 'topics', value: topics, span: { start: found[0]!.start, end: found[0]!.end }, attribution: own.attribution, modality });
    }
    return claims;
  },
};
