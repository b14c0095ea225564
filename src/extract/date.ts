// When the leaders met. Calendar expressions are parsed by chrono; what this module adds is
// the judgement chrono cannot make: which date is the meeting's (not the announcement's, an
// earlier summit's, a flight's or a phone call's), how sure the source is of it, and what a
// bare weekday means once the report's own date (its dateline) is known.
//
// Multi-day meetings ("11–12 October 1986", "Saturday and Sunday") are one value: `date` and
// `weekday` are the first day, as the annotation guide and most reports lead with it, and
// `lastDate` / `lastWeekday` carry the last day, so a source that names only one of the days
// is compatible with the range.
import { createRequire } from 'node:module';
import type { Claim, Modality, Relation, Sentence } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { ClaimKind, Extractor } from './kind.js';
import { MONTHS_SHORT, PLUPERFECT, monthNumber, voiceAt } from './cues.js';
import { placedElsewhere } from './venue.js';
import { containers, lookup } from './places.js';

type Chrono = typeof import('chrono-node/en');
type Parsed = ReturnType<Chrono['casual']['parse']>[number];

// chrono costs ~20–35 ms to load and ~25 ms for its first parse; it is loaded on the first
// sentence that names a day, so runs that never reach extraction do not pay for it
let chrono: Chrono | undefined;
function parser(): Chrono['casual'] {
  chrono ??= createRequire(import.meta.url)('chrono-node/en') as Chrono;
  return chrono.casual;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface MeetingDate {
  /** first (or only) day, when the source makes the calendar date plain */
  date: string | null;
  weekday: string | null;
  /** "08-15": the source gives day and month but no year is known */
  monthDay?: string;
  /** last day of a multi-day meeting */
  lastDate?: string;
  lastWeekday?: string;
  lastMonthDay?: string;
  /** the date was worked out from the report's own date; the sentence names only a weekday or "today" */
  inferred?: boolean;
}

// a day of the month spelt out, as formal and translated copy gives it: "the fifteenth of
// August", "August fifteenth" (the month's capital keeps out "a second march"; chrono reads no
// "August the fifteenth")
const ORDINAL_WORD = '(?:(?:twenty|thirty)[-\\s]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
const MONTH_STEM = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}';
const ORDINAL_DAY_WORD = new RegExp(`\\b(?:${ORDINAL_WORD})\\s+(?:of\\s+)?${MONTH_STEM}\\b|\\b${MONTH_STEM}\\s+(?:${ORDINAL_WORD})\\b`);
// cheap per-sentence trigger: a weekday, a month name next to a number, an ISO date, "today"
const TRIGGER_DIGITS =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3}\d|\d(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{4}-\d\d-\d\d\b|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night)\b|\bthe\s\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,4}[./]\d{1,2}[./]\d{1,4}\b/;
const TRIGGER = { test: (t: string) => TRIGGER_DIGITS.test(t) || ORDINAL_DAY_WORD.test(t) };
// a day of the month alone, as Japanese and Korean agencies and columns give it: "on the
// afternoon of the 7th", "sat down … on the 16th, expectations were modest" (not "the 16th
// summit", "the 20th century": what follows is a break or a word that cannot be a noun)
const ORDINAL_DAY_G = /\bthe\s(\d{1,2})(?:st|nd|rd|th)\b(?=\s{0,2}(?:[,.;:()]|$)|\s(?:at|in|when|and|as|after|before|with|but|while|local|of\s(?:this|that|the)\smonth)\b)/g;
// what chrono finds is kept only when it names a day: it also reads "sat" and "Sun" as weekdays
// and "March" as a month
const WEEKDAY_WORD = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b/;
const CALENDAR_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Tonight|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d+)?)$/;
const NOT_A_DAY =
  /\b(?:Good|Black|Bloody|Super|Ash|Easter|Palm|Cyber|Holy|Maundy|Shrove|Whit|Giving|Mail\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Agreement|Accords?|prayers?)\b/;
// the head of a place's name right after a date: "the April 25 House of Culture", "May 1 Stadium"
const NAMED_AFTER_DAY = /^\s+(?:[A-Z][a-z]+\s+){0,2}?(?:House|Hall|Stadium|Square|Street|Avenue|Boulevard|Bridge|Palace|Park|Station|Factory|Works|Plant|Hospital|School|University|Institute|Museum|Theatre|Theater|Cinema|Prospekt|Embankment)\b/;
// a year given after another calendar's: "June 12, Juche 107 (2018)", "(B.E. 2568 / 2025)"
const OTHER_CALENDAR = /^,?\s*(?:[A-Z][A-Za-z.]{1,12}\s+\d{1,4}\s*)?\((1[89]\d\d|20\d\d)\)/;
const ISO = /\b\d{4}-\d\d-\d\d\b/;
const SPACED_DASH_G = / [-–—] (?=[A-Za-z])/g;
const PART_OF_DAY = /^(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?=\S)/i;
// a date in figures, as agencies in translation and fact boxes give it: "21.03.2023" (day
// first), "2023/03/21" (year first), "21/03/2023" or "03/21/2023" (read only when one of the
// two numbers cannot be a month: the order differs between countries)
const NUMERIC_DATE_G = /(?<![\d./-])(?:(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)|((?:19|20)\d\d)([./])(\d{1,2})\6(\d{1,2}))(?![\d./-]?\d)/g;
function numericDate(o: RegExpMatchArray): { year: number; month: number; day: number } | undefined {
  if (o[5]) return { year: Number(o[5]), month: Number(o[7]), day: Number(o[8]) };
  const [a, b, year] = [Number(o[1]), Number(o[3]), Number(o[4])];
  if (o[2] === '.') return { year, month: b, day: a };
  if (a > 12 && b <= 12) return { year, month: b, day: a };
  if (b > 12 && a <= 12) return { year, month: a, day: b };
  return undefined;
}
const WEEKDAY_DATELINE = /(?:^|\n)\s{0,3}[*_]{0,3}((?:[A-Z][\w.'’-]*\s){0,6}?[A-Z][A-Z.'’-]+(?:,\s[A-Z][\w.'’-]+){0,2}),\s((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)([*_]{0,3}\s{0,2}(?:[—–:(]|--?\s|\.\s))/;
const WEEKDAY_ASIDE = /^\s{0,2}(?:,|[—–]|--?|\()\s{0,2}(?:a|which\s+(?:was|is|fell\s+on|falls\s+on))\s+$/i;
const WEEKDAY_DAY = /^\s{0,2}\(\s{0,2}(\d{1,2})\s{0,2}\)/;
// ("last night" is the evening before the report's day, as a morning paper or a wire tells it)
const RELATIVE = /\b(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b/i;

// what the date is the date of: the nearest cue on either side decides
const MEETING_CUE =
  /\b(?:met|meet|meets|meeting|meetings|summit|summits|talks|talked|sat\s+down|sit-down|sessions?|encounter|held|hosted|hosts?|hosting|welcomed|greeted|shook\s+hands|handshake|press\s+conference|news\s+conference|joint\s+appearance|emerged|negotiations?|negotiated|tête-à-tête|tete-a-tete|face-to-face|one-on-one|convened|conferred|huddled|discussions|bilateral|took\s+place|take\s+place|taking\s+place|takes\s+place|sat\s+across|spent\s+(?:[\w-]+\s+){1,5}?together|(?:sit|sits|sitting)\s+(?:down|across))\b/i;
const OTHER_CUE =
  /['’]s\s+brief\b|\b(?:passed\s+away|announc\w*|confirm\w*|unveil\w*|visit\w*|travel\w*|flew|fly|flies|flying|flight|arriv\w*|depart\w*|landed|left|leaves|returned|returns|phone|telephone|called|call|calls|interview\w*|television|TV|radio|podcast|broadcast\w*|elections?|elected|vot(?:e|ed|es|ing)|invasion|invaded|attacks?|attacked|strikes?|struck|(?:an?|the|its|their|his|her|new|spring|summer|autumn|winter|ground|major|military|counter-?)\s*offensive|launched|deadline|ultimatum|posted|tweet|tweets|tweeted|sent|texted|e-?mailed|letters?|wrote|published|born|died|inaugurat\w*|sworn|protests?|protested|rall(?:y|ied)|briefed|(?:to|will|would|later)\s+brief|(?:this|the|our|daily|morning|evening)\s+brief|briefing|hearings?|testified|released|(?:first\s+)?(?:floated|mooted)|first\s+proposed|imposed|fired|killed|shelling|invited|invitation|attend\w*|eve|day\s+(?:before|after)|night\s+before|morning\s+after|indict\w*|charged|sentenced|arrested|detained|convicted|banquet|reception|gala|ceremony|parade|concert|wreaths?|laid\s+flowers|cemetery|graves?|memorial|toured|sightseeing|airports?|tarmac|scrapped|scrap|cancel(?:l?ed|s|ling|lation)?|called\s+off|call\s+off|shelved|axed|nixed|abandoned|postpon(?:e|ed|es|ing|ement)|put\s+off)\b/i;
// a meeting of officials or of a body, not of the two leaders: "a security meeting", "a meeting
// of its national security officials", "consultations at the level of national security
// advisers", "talks between the two foreign ministers" (not "talks with their delegations"
// or "a meeting with aides", which is the leaders' own in a wider format)
// (not "the two prime ministers", who are the leaders)
const OFFICIALS_WORDS = '(?:officials|ministers|advisers|advisors|aides|diplomats|envoys|negotiators|sherpas|deputies|experts|generals|commanders|lawmakers|legislators|staffs?|council|cabinet|politburo|parliament|congress|senate|committees?|chiefs)';
const OFFICIALS = `(?<!\\bprime\\s)${OFFICIALS_WORDS}`;
const OFFICIALS_MEETING = new RegExp(
  `\\b(?:(?:security|cabinet|emergency|crisis|ministerial|staff|politburo|working-level|expert-level|council|party)\\s+(?:meetings?|sessions?|talks|consultations)|(?:meetings?|sessions?|talks|consultations|negotiations)\\s+(?:of|among|between|at\\s+the\\s+level\\s+of)\\s+(?:(?:its|the|his|her|their|both|two|[A-Z][\\w'’-]*['’]s)\\s+)?(?:[\\w-]+\\s+){0,3}?${OFFICIALS}|at\\s+the\\s+level\\s+of\\s+(?:[\\w-]+\\s+){0,4}?${OFFICIALS})\\b`,
  'i',
);
// the same, told by who meets: "Negotiators from both sides met on Saturday", "the sherpas had
// met", "Aides held preparatory talks" (whoever opens the clause; not "The two leaders and their
// aides held talks"), or by whom a leader meets: "met with opposition leaders on Tuesday"
const OFFICIALS_SUBJECT = new RegExp(
  `^\\W*(?:(?:the|their|both|two|senior|top|[A-Z][\\w'’-]*['’]s)\\s+){0,3}(?:(?!and\\b)[\\w-]+\\s+){0,2}?(?<!\\bprime\\s)(?:${OFFICIALS_WORDS.slice(3, -1)}|teams|working\\s+groups)(?:\\s+(?:from|of)(?:\\s+[\\w-]+){1,3}?)?\\s+(?:(?:had|have|has|will|would|also|then|later|earlier|first|again)\\s+){0,2}(?:met|meet|meets|held|hold|holds|sat\\s+down|sit\\s+down|talked|conferred|huddled|convened|gathered|resumed)\\b`,
  'i',
);
// the same, told by one official by title, and name when given: "Secretary of State Ana Ruiz held a
// long session with …", "Russia's foreign minister, Sergei Lavrov, met …", "The national
// security adviser had talks with …" (a prime minister or a president is a leader; a deputy
// prime minister is not)
const MINISTER_TITLE =
  '(?:(?:foreign|defen[cs]e|finance|trade|commerce|economy|interior|energy|deputy|vice)\\s+(?:minister|secretary)|deputy\\s+prime\\s+minister|secretary\\s+of\\s+(?:state|defen[cs]e|the\\s+treasury|commerce)|(?:treasury|state|defen[cs]e|commerce)\\s+secretary|(?:national\\s+)?security\\s+advis[eo]r|chief\\s+of\\s+staff|(?:special\\s+)?envoy|ambassador|top\\s+diplomat|chief\\s+negotiator)';
const MINISTER_SUBJECT = new RegExp(
  `^\\W*(?:[A-Za-z]+,\\s+)?(?:(?!and\\b)(?:the|[A-Z][\\w'’.-]*)\\s+){0,3}${MINISTER_TITLE}(?:,?\\s+(?:[^\\s,]+\\s+){0,2}?[^\\s,]+)?,?\\s+(?:(?:had|has|have|will|would|also|then|later|earlier|first|again|separately)\\s+){0,2}(?:met|meet|meets|held|hold|holds|had\\s+talks|sat\\s+down|talked|conferred|huddled|spoke)\\b`,
  'i',
);
// (or a group of leaders of a region: "hosts European leaders", "met Gulf leaders", as the
// counterpart is one)
const OTHERS_MET =
  /\b(?:met|meet|meets|meeting|talks|sat\s+down|hosts?|hosted|hosting|gathers|gathered|convenes|convened|receives|received)\s+(?:with\s+)?(?:(?:the|a|some|local|senior|top|fellow|other)\s+)?(?:(?:opposition|business|religious|community|civic|civil\s+society|party|military|student|union|tribal|industry|congressional|parliamentary)\s+(?:leaders|figures|representatives|executives|chiefs|members)|[A-Z][a-z]+\s+(?:leaders|heads\s+of\s+(?:state|government)))\b/;
// a multilateral gathering around the bilateral one: "the G20 summit, which opens on Tuesday"
const MULTILATERAL =
  /\b(?:G-?20|G-?7|G-?8|Group\s+of\s+(?:20|Twenty|Seven|Eight)|APEC|ASEAN|BRICS|East\s+Asia\s+Summit|General\s+Assembly|European\s+Council|(?:NATO|EU|European\s+Union|OSCE|SCO|Commonwealth|Arab\s+League|African\s+Union|UN|United\s+Nations)\s+(?:leaders['’]?\s+)?(?:summit|meeting|gathering|conference))\b/i;
// (any bloc by its name: "the Shanghai Cooperation Organisation summit", "a summit of the
// Eurasian Economic Union"; two capitalised words at least, and never the Soviet Union, so that
// "the first U.S.-Soviet Union summit" stays the bilateral one; and a bloc's members as a body: "the SCO member states", "BRICS leaders")
const BLOC_NAME = '(?:[A-Z][\\w-]*\\s+){2,4}(?:Organi[sz]ation|(?<!Soviet\\s)Union|Forum|Council|Cooperation|Community|Alliance|League|Conference|Assembly|Association)(?:\\s+\\([A-Z]{2,6}\\))?';
const GATHERING = '(?:[Ss]ummit|[Mm]eeting|[Gg]athering|[Cc]onference|[Ff]orum)';
const MULTILATERAL_NAMED = new RegExp(
  `\\b(?:${BLOC_NAME}\\s+(?:leaders['’]?\\s+)?${GATHERING}|${GATHERING}\\s+of\\s+(?:the\\s+)?${BLOC_NAME}|(?:G-?20|G-?7|APEC|ASEAN|BRICS|SCO|CSTO|NATO|EU|OSCE|OPEC)\\s+(?:member\\s+(?:states|countries|nations)|members|leaders|heads\\s+of\\s+state|countries|nations))\\b`,
);
const multilateral = (t: string) => MULTILATERAL.test(t) || MULTILATERAL_NAMED.test(t);
// a bilateral meeting placed at a multilateral one ("on the sidelines of", "at the BRICS
// summit") is not another event
const SIDELINES =
  /\b(?:(?:sidelines|margins|fringes|edges?)\s+of|at|during)\s+(?:the\s+|an?\s+)?(?:(?:\d{4}\s+)?(?:G-?20|G-?7|G-?8|Group\s+of\s+(?:20|Twenty|Seven|Eight)|APEC|ASEAN|BRICS|SCO|East\s+Asia\s+Summit|General\s+Assembly|NATO|EU|UN)\b|(?:[\w'’.()-]+\s+){0,6}?(?:summit|meeting|gathering|forum|conference|session|assembly)\b)/gi;
const SPAN_APART_G = /\b(?:(?:a|one|two|three|four|five|six|several|few|\d+)\s+)?(?:days?|weeks?|hours?|months?|minutes?)\s+(?:after|before)\s/gi;
const RELATIVE_TO_MEETING =
  /\b(?:(?:eve|week)\s+of|(?:day|night|morning|evening|week|hours?|days)\s+(?:before|after|ahead\s+of|following)|before|after|ahead\s+of|following)\s+(?:the|their|this)\s+(?:[\w-]+\s+)?(?:summit|meeting|talks)\s*$/i;
const SAME_DAY_AS_MEETING = /\b(?:day|morning|afternoon|evening|night)\s+of\s+(?:the|their|this)\s+(?:[\w-]+\s+)?(?:summit|meeting|talks)\s*$/i;
const CALLED_OFF_AFTER = /^[^.;]{0,80}?\b(?:but|and|only\s+for|before)\s+(?:the|that|this|their|it)\s*(?:(?:summit|meeting|talks|trip|visit)\s+)?(?:was|were|has\s+been|had\s+been|got)\s+(?:later\s+|then\s+|subsequently\s+|abruptly\s+)?(?:called\s+off|cancell?ed|scrapped|shelved|postponed|put\s+off|abandoned|dropped)\b/i;
// (with what qualifies it: "for a meeting of European leaders convened by …" names no verb of
// this meeting)
const PURPOSE =
  /\bfor\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,2}?(?:summit|talks|meeting|negotiations)\b(?:\s+(?:of|with|between|on|in|at|convened|hosted|called|organi[sz]ed|chaired)\b[^,.;()]*)?/gi;
// a day set against the meeting that follows it: "told journalists on Thursday following
// negotiations that lasted …" is not the day of the negotiations
const AGAINST_MEETING =
  /^\s*(?:following|after|before|ahead\s+of)\s+(?:(?:the|their|a|an|his|her|its|this|these)\s+)?(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting|negotiations|sessions?|discussions)\b/i;
// the clause is about the meeting: "The talks between … began … on the evening of 11 February"
const MEETING_SUBJECT =
  /^\W*(?:(?:the|their|these|this|[A-Z][\w'’-]*)\s+){0,3}(?:summit|talks|meeting|negotiations|discussions|sessions?)\b/i;
// a dash pair around an aside: "four tired leaders — A, B and C — sat down"
const MEETING_NOUN_END = /\b(?:summit|talks|meeting|negotiations|discussions|encounter|sit-down|session)\s{0,2}$/i;
const BEFORE_MEETING_AFTER =
  /^(?:\s(?:morning|afternoon|evening|night))?,\s(?:(?:a|one|two|three|\d)\s(?:days?|nights?|weeks?|hours?)\s(?:before|ahead\sof|after)|the\s(?:eve|day\s(?:before|after)|night\sbefore)\sof)\s(?:the|their|this|his|her)\s(?:[\w-]+\s){0,2}?(?:summit|talks|meeting|negotiations)\b/i;
const DASH_ASIDE_G = /\s[—–]\s?[^—–;]{1,160}?\s?[—–](?=\s)/g;
// a liveblog's entry under a day's heading: "19:20 — Talks open in the narrow format"
const ENTRY_OPENS =
  /^\W*(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\W*)?(?:(?:the|their|formal|official|working|bilateral|leaders['’]?)\s+){0,3}(?:summit|talks|meeting|negotiations|discussions|dinner|lunch|one-on-one|bilateral)\s+(?:open|opens|opened|begin|begins|began|start|starts|started|gets?\s+under\s+way|got\s+under\s+way|kicks?\s+off)\b/i;
const ARRIVAL = /\b(?:arrived|landed|flew\s+in|touched\s+down|reached)\b[^,;]{0,40}$/i;
// (the comma may be left out: "arrived on Friday morning and went straight into talks")
const ARRIVAL_THEN = /^[^,;.]{0,40}?,?\s(?:where|and)\s([^;.]{1,140})/i;
// the leaders going into the talks, the talks named by their noun: "went straight into talks",
// "headed into their closed-door meeting"
// a wish or an aim, and a day told as the earliest or latest it may come
const WISH = /\b(?:wants?|wanted|hopes?|hoped|aims?|aimed|seeks?|sought|would\s+like|intends?|intended|plans?|planned)\s+to\b|\bas\s+(?:early|soon)\s+as\b|\bno\s+later\s+than\b/i;
const INTO_TALKS = /\b(?:went|go|goes|headed|heads|moved|got|get|retired|disappeared)\s+(?:(?:straight|directly|right|immediately)\s+)?(?:in)?to\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meeting|summit|session)\b/i;
const VISIT_FOR = /\bfor\s+(?:a|an|his|her|their|the|this)\s+(?:[\w-]+\s+){0,2}?visit\b/gi;
// a timed entry that opens on the leaders' handshake: "17:05 — Handshake in front of the flags",
// "09:04 — Kim and Trump shake hands"
const ENTRY_HANDSHAKE = /^\W*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?[\W_]{1,8}(?:(?:the|a|an|first|brief|warm|long|firm)\s+){0,2}(?:handshake|(?:[\w'’-]+\s+){0,4}?(?:shake|shook)\s+hands)\b/i;
const ATTENDING = /\b(?:attend|attends|attended|attending)\b/i;
// a meeting with, or of, someone the report's head never names is another meeting: "hosted
// Macron on Monday", "a three-way meeting with Japan's Shigeru Ishiba", "the London meeting
// that Starmer hosts on Sunday", "a gathering convened by Keir Starmer", "Scholz's talks"
const NAME = `((?:(?:[A-Z][\\w'’.-]*|of|the|al|bin|de|van|von)\\s+){0,5}[A-Z][\\w'’-]+)`;
// (two patterns, so that "Trump hosted Macron" is read as host and as guest)
// (or by role and country: "met the leaders of Japan and South Korea", "talks with his
// counterpart from India"; a country is matched by its stem, as the head may say "Japanese")
const ROLE_OF =
  '((?:(?:the|his|her|their)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:leaders?|presidents?|prime\\s+ministers?|premiers?|chancellors?|counterparts?|heads?\\s+of\\s+(?:state|government)|kings?|emirs?|delegations?|envoys?)\\s+(?:of|from)\\s+)?';
// someone described through someone else: "received Macron's far-right rival Marine Le Pen" is
// Le Pen received, not Macron
const OWNED = "(?:[A-Z][\\w.-]*['’]s\\s+(?:[a-z-]+\\s+){1,3}?(?=[A-Z]))?";
const PARTY_G = [
  new RegExp(
    `\\b(?:(?:met|meets|meet|meeting|hosted|hosts|hosting|host|received|receives|receiving|welcomed|welcomes|greeted|greets)\\s+|(?:meetings?|talks|summit|encounter|sit-down|sat\\s+down|conferred|talked|spoke|sessions?|bilaterals?|spent|dined|lunched|dinner|lunch|breakfast)\\s+(?:[a-z-]+,?\\s+){0,3}?with\\s+|(?:convened|hosted|chaired|called|organi[sz]ed|led)\\s+by\\s+)${ROLE_OF}${OWNED}${NAME}`,
    'g',
  ),
  new RegExp(`${NAME}(?:['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:summit|meetings?|talks|gathering|conference)|\\s+(?:hosts|hosted|convenes|convened|chairs|chaired))\\b`, 'g'),
];
// words of a name that say who someone is, not which one
const NOT_A_NAME =
  /^(?:The|A|An|On|In|At|But|And|Then|Earlier|Later|President|Prime|Minister|Chancellor|Premier|Vice|Secretary|State|Foreign|Defence|Defense|General|King|Queen|Crown|Prince|Sheikh|Emir|Chairman|Leader|Supreme|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Senator|Governor|Pope|His|Her|Their|Its|of|the|al|bin|de|van|von|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|[A-Z][a-z]+(?:ish|ese|ian|ean|can|ench|ch))$/;
const HEAD_SHARE = 0.4;
const headNames = new WeakMap<Doc, { names: Set<string>; stems: Set<string> }>();
function namedAtHead(doc: Doc): { names: Set<string>; stems: Set<string> } {
  let head = headNames.get(doc);
  if (!head) {
    // the report's opening (headline, lede, the sentence after it, and as much as a column's
    // hook may take before it names its leaders): who the report is about. The opening is a
    // share of the report, not a fixed length: in a short report a fixed length is all of it,
    // and the leader met elsewhere in its last paragraph would count as one of its own
    const at = doc.sentences.findIndex((t) => t.text.split(/\s+/).length >= 8 && /[.!?]["'”’)*_]*\s*$/.test(t.text));
    const end = at < 0 ? 0 : (doc.sentences[at + 1] ?? doc.sentences[at]!).end;
    const opening = Math.min(1500, Math.max(end, Math.min(900, Math.round(doc.clean.length * HEAD_SHARE))));
    // (a possessive names its owner: "Kishida's summit" names Kishida)
    const names = new Set((doc.clean.slice(0, opening).match(/[A-Z][\w'’-]*/g) ?? []).map((w) => w.replace(/['’]s$/, '')));
    head = { names, stems: new Set([...names].map((w) => w.slice(0, 4))) };
    headNames.set(doc, head);
  }
  return head;
}
/** Whom the text names as a party to a meeting: someone the report's head names, or someone else. */
function partiesIn(doc: Doc, text: string): { head: boolean; other: boolean } {
  const { names, stems } = namedAtHead(doc);
  const out = { head: false, other: false };
  for (const m of [...text.matchAll(PARTY_G[0]!), ...text.matchAll(PARTY_G[1]!)]) {
    const name = m[m.length - 1]!;
    const byRole = m.length > 2 && m[1] !== undefined;
    // "Japan's Shigeru Ishiba": the country says whose, the rest is the name
    const words = name.split(/\s+/).filter((w) => !/['’]s$/.test(w)).map((w) => w.replace(/[.'’]+$/, '')).filter((w) => w && !NOT_A_NAME.test(w));
    if (!words.length) continue;
    if (words.some((w) => names.has(w) || (byRole && stems.has(w.slice(0, 4))))) out.head = true;
    else out.other = true;
  }
  return out;
}
/** The text names a party to a meeting whom the report's head never names. */
const otherParty = (doc: Doc, text: string) => partiesIn(doc, text).other;
// (what two leaders do together, not what a bloc does: "held their first bilateral talks", "a
// bilateral meeting")
const MEETING_VERB =
  /\b(?:met|meet|meets|sat\s+down|talked|held\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meeting|discussions|negotiations)|bilateral\s+(?:talks|meeting|meetings|session|encounter)|one-on-one|face-to-face|tête-à-tête|tete-a-tete|shook\s+hands|greeted|conferred|huddled)\b/i;
// the first or last day of a meeting that spans several: "opened Saturday", "broke up Sunday"
const START_CUE = /\b(?:opened|opens|began|begins|started|starts|kicked\s+off|opening|first\s+day|got\s+under\s+way|convened)\b/i;
// the report calls the meeting one of several days
const MULTI_DAY =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+(?:session|round)\b|\b(?:two|three|2|3)-day\b|\b(?:two|three)\s+days\b(?!\s+(?:after|before|later|earlier|ago|since|into))|\bmet\s+again\b|\b(?:second|third)\s+(?:session|round|sitting)\b|\b(?:talks|negotiations|discussions|meetings|conversations?)\s+(?:\w+\s+)?continu(?:ed|es|e)\b|\bcontinued\s+(?:their|the)\s+(?:talks|discussions|negotiations)\b|\b(?:first|second|third|final|closing|opening)\s+day\b|\bday\s+(?:one|two|three)\b|\bboth\s+days\b|\bweekend\b|\bresum(?:ed|ing)\b|\b(?:next|following)\s+(?:day|morning)\b|\b(?:through\s+the\s+night|overnight|all-night)\b/i;
const END_CUE = /\b(?:broke\s+up|ended|ends|concluded|wrapped\s+up|w(?:ound|ind|inds|inding)\s+up|drew\s+to\s+a\s+close|came\s+to\s+an\s+end|closed|adjourned|closing|final\s+(?:day|session)|last\s+day|(?:stretched|ran|went\s+on|dragged\s+on|continued|spilled|carried\s+on)\s+(?:on\s+|over\s+)?into(?:\s+the\s+(?:(?:early|small|wee)\s+)?hours\s+of)?)\b/i;
const SPEECH_CUE =
  /\b(?:said|says|told|tells|added|noted|insisted|stressed|warned|declared|remarked|explained|speaking|spoke|statements?|asserted|claimed|agreed|urged|thanked|praised|described|called)\b/i;
// a date of something else than this meeting
const PAST_LEFT =
  /\b(?:last\s+met|previous(?:ly)?|prior|earlier\s+(?:summit|meeting|talks|encounter)|first\s+met|since|ago|originally|initially|had\s+been\s+(?:scheduled|planned|set|expected|due)|postponed\s+from|moved\s+from|rescheduled\s+from|instead\s+of|rather\s+than|back\s+in|(?:a|one|two|three|\d+)\s+(?:years?|months?)\s+(?:earlier|before)|until|before\s+(?:the|their)\s+(?:summit|meeting|talks)|anniversary\s+of(?:\s+the)?)\b/i;
const PAST_LEFT_G = new RegExp(PAST_LEFT.source, 'gi');
const PAST_RIGHT = /^[^.;]{0,30}?\b(?:last\s+year|years?\s+ago|months?\s+ago|the\s+previous\s+year|a\s+year\s+earlier)\b/i;
// "met again on Friday" is this meeting; "will meet again on Monday" is the next one
const NEXT_CUE = /\b(?:another|follow-up|follow-on|next\s+(?:meeting|summit|round|talks|session)|reconvene|return\s+visit|future\s+(?:meeting|summit|talks)|(?:meet|meeting|talk|sit\s+down|see\s+each\s+other)\s+again)\b/i;
const FUTURE_CUE =
  /\b(?:will|would|shall|to\s+be\s+held|set\s+to|scheduled|slated|due\s+to|expected|planned|plans?\s+to|is\s+to|are\s+to|was\s+to|were\s+to|upcoming|ahead\s+of)\b/i;
const LOOKS_AHEAD = new RegExp(`(?:${FUTURE_CUE.source})[^.;]{0,40}?(?:${MEETING_CUE.source}|\\bvisit\\w*)`, 'i');
const TERM_BEFORE =
  /\b(?:from|effective|as\s+of|by|no\s+later\s+than|occasion\s+of|anniversary\s+of|deadline\s+of)\s+(?:on\s+)?$/i;
// a day something agreed takes hold ("a truce starting on Feb. 15", "due to take effect at
// midnight on Sunday"), unless what starts is the meeting itself ("the summit, starting on Monday")
const TAKES_HOLD =
  /\b(?:start(?:s|ing)?|begin(?:s|ning)?|(?:take|takes|taking|took)\s+effect|(?:come|comes|coming|enter|enters|entering)\s+into\s+force|kicks?\s+in|kicking\s+in)\s+(?:(?:at|from)\s+(?:midnight|noon|dawn|\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?)\s+)?(?:on\s+|from\s+|at\s+)?$/i;
const TERMS_G =
  /\b(?:(?:declaration|statement|agreement|accord|communiqu[eé]|document|text|pact|treaty)\s+(?:states|stated|says|said|provides|stipulates|sets\s+out|calls\s+for|commits)|(?:agreed|pledged|promised|vowed|undertook|committed|decided|resolved)\s+to)\b/gi;
const NEGATION = /\b(?:not|never)\b|n['’]t\b/i;
// the verb of a clause of its own that tells of what came before it: ", Erdoğan announced on"
const TOLD = /\b(?:said|says|told|announc\w*|confirm\w*|declared|stated)\s+(?:on\s+)?$/i;
// "Friday's summit", "the Aug. 15 talks", "Tuesday's historic meeting"
const ATTRIBUTIVE =
  /^(?:['’]s)?\s{1,3}(?:([\w-]+)\s+)?(?:([\w-]+)\s+)?(?:summit|meeting|talks|session|encounter|sit-down|press\s+conference|news\s+conference|negotiations|face-to-face|tête-à-tête|tete-a-tete|handshake)\b/i;
const NOT_MODIFIER = /^(?:that|the|a|an|and|or|as|when|after|before|with|in|at|to|for|of|by|on|from|during|while|his|her|their|its|amid|ahead|following)$/i;
// (a full stop inside a sentence is an abbreviation's: "U.S. President"; a colon opens a clause
// of its own unless it is a clock time's)
const CLAUSE_BREAK = /[;—–]|:(?!\d)/;

const PUBLISHED_BEFORE = /\b(?:updated|published|posted|filed|dated|first\s+published|last\s+(?:updated|modified|edited)|edition)\s{0,2}[:,]?\s{0,2}(?:on\s)?$/i;
const RECURRING_BEFORE = /\b(?:every|each)\s(?:year\s)?(?:on\s)?(?:the\s)?$|\b(?:annually|yearly|traditionally)\s(?:on\s)?(?:the\s)?$/i;
const RECURRING_AFTER = /^\)?,?\s{1,2}(?:(?:every|each)\s(?:year|week)\b|annually\b|yearly\b)/i;
// a weekday set beside "tomorrow" is still to come, whatever tense the clause is told in: "and
// tomorrow morning, Tuesday, the president has breakfast with …", "on Thursday, tomorrow, …"
const TOMORROW_BEFORE = /\btomorrow(?:\s(?:morning|afternoon|evening|night))?\s{0,2}[,(—–-]?\s{0,2}$/i;
const TOMORROW_AFTER = /^\s{0,2}[,(—–-]\s{0,2}tomorrow\b/i;
const STILL = /\b(?:still|already)\s(?:(?:early|late)\s)?(?:on\s)?(?:the\s)?$/i;
const OTHER_ZONE = /^\)?[\s,]{0,3}(?:(?:morning|afternoon|evening|night)\s)?(?:in\s)?(?:[A-Z][\w'’.-]{1,20}\s){1,2}time\b/;
const ZONE_WHICH = /,\s{0,3}which\s(?:was|is|would\sbe|will\sbe)\s(?:(?:early|late)\s)?(?:on\s)?$/i;
// the hour restated in universal time: "at 7:46 p.m. on Monday (0046 GMT Tuesday)"
const ZONE_BEFORE = /\b(?:\d{4}|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)\s(?:GMT|UTC|Z)\s(?:on\s)?$/;

interface DayRef {
  year?: number;
  month: number;
  day: number;
}

interface Dateline extends DayRef {
  /** offsets of the date in the report */
  start: number;
  end: number;
  /** a masthead's date of issue: not the meeting's, and no reference for its weekdays */
  issue?: boolean;
}

interface Mention {
  start: number;
  end: number;
  sentence: Sentence;
  weekday?: number;
  last?: { weekday?: number; month?: number; day?: number; year?: number };
  month?: number;
  day?: number;
  year?: number;
  relative?: number;
  /** 1 the meeting's, 2 the lede's, 3 a full date nothing explains, 0 not the meeting's */
  tier: 1 | 2 | 3 | 0;
  modality: Modality;
  phase?: 'start' | 'end';
  /** the date states a year of its own (so it can be checked against the report's date) */
  explicitYear: boolean;
  /** a day of the month alone ("the 16th"): its month is the dateline's, or the one before */
  ordinal?: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000;
const fromDayNumber = (n: number) => {
  const d = new Date(n * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const weekdayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31 && fromDayNumber(dayNumber(y, m, d)).day === d;

/** Distance in characters from the mention to the nearest cue in each window (right a hair further). */
function nearest(cue: RegExp, left: string, right: string): number {
  let best = Infinity;
  const g = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : cue.flags + 'g');
  for (const m of left.matchAll(g)) best = Math.min(best, left.length - (m.index! + m[0].length));
  const r = right.match(cue);
  if (r) best = Math.min(best, r.index! + 0.5);
  return best;
}

/** The dates at the report's head that date the report itself; the first with a year is the reference. */
function datelines(doc: Doc): Dateline[] {
  // "ANCHORAGE, Alaska, Aug 15 (Reuters) -", a line holding only the date, "Published 16
  // August 2025", "Xinhua | Updated: 2023-11-16"
  const head = doc.clean.slice(0, 400);
  if (!TRIGGER.test(head)) return [];
  const out: Dateline[] = [];
  const found: { index: number; text: string; month: number; day: number; year?: number }[] = [];
  for (const r of parser().parse(head, new Date(Date.UTC(2000, 0, 1, 12)))) {
    const text = r.text.trimEnd();
    // (a span of days dates what the report covers, not the day it was filed: "Running notes, 19–21 November")
    if (!(MONTH_WORD.test(text) || ISO.test(text)) || !r.start.isCertain('day') || !r.start.isCertain('month') || r.end) continue;
    found.push({ index: r.index, text, month: r.start.get('month')!, day: r.start.get('day')!, year: r.start.isCertain('year') ? r.start.get('year')! : undefined });
  }
  // (and in figures: "Published: 12.03.2024", "Rome — 2024/03/12 —")
  for (const o of head.matchAll(NUMERIC_DATE_G)) {
    const d = numericDate(o);
    if (d && validDay(d.year, d.month, d.day) && !found.some((f) => f.index <= o.index! && o.index! < f.index + f.text.length)) found.push({ index: o.index!, text: o[0], ...d });
  }
  for (const r of found) {
    const text = r.text;
    const lineStart = head.lastIndexOf('\n', r.index) + 1;
    const lineEndAt = head.indexOf('\n', r.index);
    // (a date line set in bold is still one: "**Friday, 16 May 2025**"; a heading is not, as a
    // liveblog's day heading dates the entries under it)
    const before = head.slice(lineStart, r.index).replace(/^\s{0,3}[*_]{1,3}/, '').replace(/[*_]{1,3}\s{0,3}$/, '');
    let after = head.slice(r.index + text.length, lineEndAt < 0 ? head.length : lineEndAt).replace(/^[*_]{1,3}/, '');
    let year = r.year;
    // "Pyongyang, April 26, Juche 108 (2019) (KCNA) --"
    const other = year === undefined ? after.match(OTHER_CALENDAR) : null;
    if (other) {
      year = Number(other[1]);
      after = after.slice(other[0].length);
    }
    // (the place may carry its country in brackets: "Kazan (Russia), Oct 23 (PTI)"; the date may
    // stand in brackets after the place, "ROME (March 12, 2024) —", or the place in square ones,
    // "[Rome] 12 March 2024:")
    // a masthead, its parts set apart by bars or dots ("ANALYSIS | Asia Weekly, 3 May 2018",
    // "Opinion · The Review · May 3, 2018"), dates an issue: it is no day of the meeting, but a
    // weekly's issue may come out any day of the week after, so no weekday is read against it
    const rest = before.replace(/^(?:[^|·•\n]{1,60}[|·•]\s?){1,3}/, '');
    // (or a weekly's "Week of July 9, 2007", with or without its bars: the issue, not a day)
    // (… or a numbered issue's: "Issue 212 · 26 May 2022 · Fifty years on")
    // (… or "WORLD IN REVIEW | July 26th 2022 edition": the word after the date)
    const issueAfter = /^\s*(?:edition|issue)\b/i.test(after);
    const issueLabel =
      /(?:^|[|·•]\s?)\s*(?:the\s+)?(?:week\s+(?:of|ending|beginning|starting)|issue\s+(?:of|dated)|edition\s+of)\s*$/i.test(before) ||
      /^[\s*_]*(?:issue|no\.|vol\.|volume|edition|number)\s*#?\d+\s*[|·•]\s?$/i.test(before) ||
      (issueAfter && (rest !== before || !before.trim()));
    const masthead = (rest !== before && /^\s*(?:[A-Z][\w'’.&-]*\s{1,2}){0,5}[A-Z][\w'’.&-]*,?\s*$/.test(rest)) || issueLabel;
    const placeBefore = /^[A-Z][A-Za-z.'’ ,-]{0,60}(?:\([A-Z][A-Za-z.'’ -]{1,30}\))?,\s*$/.test(before) || /^\[[A-Z][A-Za-z.'’ ,-]{0,40}\]\s*$/.test(before);
    const inBrackets = /^[A-Z][A-Za-z.'’ ,-]{0,60}\(\s*$/.test(before) && /^\s*\)/.test(after);
    if (inBrackets) after = after.replace(/^\s*\)/, '');
    const labelBefore = /(?:^|[|·•—–-])\s*(?:(?:Published|Updated|Posted|Last\s+updated|Dated?|Filed)(?:\s+on)?\s*:?)?$/i.test(before.trim());
    // (an agency's dateline may end in a full stop, "GENEVA, 21 November 1985. The meeting …",
    // "WASHINGTON, 3 June 1990. (From our correspondents.)", or name the agency between
    // slashes, "ROME, 12 March 2024 /Agency/.")
    const endsDateline = issueAfter || /^\s*(?:\(|[-—–:|/]|$|\d{1,2}[:.]\d\d|\.\s*\/)/.test(after) || (placeBefore && /^\.\s+[A-Z(]/.test(after)) || (masthead && /^\s*[·•]/.test(after));
    if ((placeBefore || labelBefore || inBrackets || masthead) && endsDateline) {
      // (chrono may read on into a time on a later line: the date ends its own line)
      out.push({ month: r.month, day: r.day, year, start: r.index, end: r.index + r.text.split('\n')[0]!.trimEnd().length, ...(issueLabel || (masthead && !placeBefore && !labelBefore && !inBrackets) ? { issue: true } : {}) });
    }
  }
  return out;
}

/** The text before a point leaves a quotation open. */
function insideQuote(before: string): boolean {
  let open = 0;
  let straight = 0;
  for (const c of before) {
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

type Parsed0 = Omit<Mention, 'tier' | 'modality' | 'phase'>;

function parseMentions(doc: Doc, s: Sentence): Parsed0[] {
  const found: Parsed0[] = [];
  // a spaced dash before words is a break, not a range: chrono reads "26 April 2025 - On
  // Saturday, 26 April" (a dateline, then the lede) as one span from the one date to the other
  const results: Parsed[] = parser().parse(s.text.replace(SPACED_DASH_G, ' ; '), new Date(Date.UTC(2000, 0, 1, 12)));
  for (let r of results) {
    let at = r.index;
    // chrono reads "the evening of 11 February" as this evening and drops the date: the day is
    // what follows the part of the day
    const partOfDay = r.text.match(PART_OF_DAY);
    if (partOfDay) {
      const inner = parser().parse(r.text.slice(partOfDay[0].length), new Date(Date.UTC(2000, 0, 1, 12)))[0];
      if (!inner || inner.index !== 0) continue;
      at += partOfDay[0].length;
      r = inner;
    }
    // and it takes the verb in "may the 8th of December 1987 be remembered" for the Buddhist era
    if (/\d\s+be$/.test(r.text)) {
      const inner = parser().parse(r.text.slice(0, -3), new Date(Date.UTC(2000, 0, 1, 12)))[0];
      if (!inner || inner.index !== 0) continue;
      r = inner;
    }
    let text = r.text.trimEnd().replace(/[,.]$/, (p) => (p === '.' && /\b[A-Z][a-z]{2,3}\.$/.test(r.text.trimEnd()) ? p : ''));
    let start = s.start + at;
    const lead = text.match(/^(?:on|at|from|by|[Oo]n|At|From)\s+/);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    const m: Parsed0 = { start, end: start + text.length, sentence: s, explicitYear: false };
    const wd = text.match(WEEKDAY_WORD);
    // "Good Friday Agreement", "Super Tuesday", "the Sunday Times": names, not days
    const around = s.text.slice(Math.max(0, start - s.start - 12), Math.min(s.text.length, start - s.start + text.length + 12));
    if (wd && NOT_A_DAY.test(around)) continue;
    // (chrono leaves the weekday uncertain in "early morning Wednesday"; the whole word is enough)
    if (wd) m.weekday = WEEKDAYS.findIndex((w) => w.startsWith(wd[1]!));
    // chrono fills in the 1st for "June 2018" and reads "May after 11" as a day: only a day
    // the text names counts
    if ((MONTH_WORD.test(text) || ISO.test(text)) && r.start.isCertain('day') && r.start.get('month') != null && (/\d/.test(text) || ORDINAL_DAY_WORD.test(text))) {
      m.month = r.start.get('month')!;
      m.day = r.start.get('day')!;
      if (r.start.isCertain('year')) {
        m.year = r.start.get('year')!;
        m.explicitYear = true;
      }
    }
    if (m.day !== undefined && m.year === undefined) {
      // a year given after another calendar's: "June 12, Juche 107 (2018)", "(B.E. 2568 / 2025)"
      const other = s.text.slice(m.end - s.start, m.end - s.start + 40).match(OTHER_CALENDAR);
      if (other) {
        m.year = Number(other[1]);
        m.explicitYear = true;
      }
    }
    const rel = text.match(RELATIVE);
    // a quoted "today" is the speaker's day, which the report's dateline need not be
    if (rel && m.weekday === undefined && m.day === undefined && !insideQuote(s.text.slice(0, start - s.start))) {
      const w = rel[1]!.toLowerCase();
      m.relative = w === 'yesterday' || /^last\s/.test(w) ? -1 : w === 'tomorrow' ? 1 : 0;
    }
    if (m.weekday === undefined && m.day === undefined && m.relative === undefined) continue;
    // "the April 25 House of Culture", "the May Day Stadium", "October Revolution Square": a date
    // that opens a building's or a street's name is that name
    if (m.day !== undefined && NAMED_AFTER_DAY.test(s.text.slice(m.end - s.start, m.end - s.start + 40))) continue;
    // a weekday with the day of the month in brackets, as Brazilian and Portuguese outlets give
    // it: "on Friday (14)", "na sexta-feira (14)" in translation; the month is found like an
    // ordinal day's
    const bare = m.weekday !== undefined && m.day === undefined ? s.text.slice(m.end - s.start).match(WEEKDAY_DAY) : null;
    if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 31) {
      m.day = Number(bare[1]);
      m.ordinal = true;
      m.end += bare[0].length;
    }
    if (r.end && m.day !== undefined && r.end.get('day') != null) {
      m.last = { month: r.end.get('month') ?? m.month, day: r.end.get('day')!, year: r.end.isCertain('year') ? r.end.get('year')! : m.year };
    } else if (r.end && m.weekday !== undefined && r.end.isCertain('weekday')) {
      m.last = { weekday: r.end.get('weekday')! };
    }
    const relStart = m.start - s.start;
    const relEnd = m.end - s.start;
    // "Feb. 27 and 28", "11 and 12 October": chrono reads one of the days only
    if (m.day !== undefined && !m.last) {
      const after = s.text.slice(relEnd).match(/^\s*(?:and|&|to|through|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:hours?|minutes?|years?|days?|per|%))(?:,?\s*(\d{4})\b)?/);
      const before = s.text.slice(Math.max(0, relStart - 12), relStart).match(/\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|-|–)\s*$/);
      const monthFirst = MONTH_WORD.test(text) && text.search(MONTH_WORD) < text.search(/\d/);
      if (after && monthFirst) {
        const d = Number(after[1]);
        if (d > m.day && d - m.day <= 6) {
          if (after[2] && m.year === undefined) {
            m.year = Number(after[2]);
            m.explicitYear = true;
          }
          m.last = { month: m.month, day: d, year: m.year };
          m.end = s.start + relEnd + after[0].length;
        }
      } else if (before && /^\d/.test(text)) {
        const d = Number(before[1]);
        if (d < m.day && m.day - d <= 6) {
          m.last = { month: m.month, day: m.day, year: m.year };
          m.day = d;
          m.start = s.start + relStart - before[0].length;
        }
      }
    }
    // a weekday set beside a date as an aside is that date's: "on August 15 — a Friday — at the
    // base", "on Aug. 15, a Friday," (one value, so that a weekday that does not fit still shows)
    const prev = found[found.length - 1];
    if (prev && prev.day !== undefined && prev.weekday === undefined && m.weekday !== undefined && m.day === undefined && m.relative === undefined && WEEKDAY_ASIDE.test(s.text.slice(prev.end - s.start, relStart))) {
      prev.weekday = m.weekday;
      continue;
    }
    found.push(m);
  }
  for (const o of s.text.matchAll(NUMERIC_DATE_G)) {
    const start = s.start + o.index!;
    const end = start + o[0].length;
    const d = numericDate(o);
    if (!d || !validDay(d.year, d.month, d.day) || found.some((m) => m.start < end && start < m.end)) continue;
    found.push({ start, end, sentence: s, ...d, explicitYear: true });
  }
  for (const o of s.text.matchAll(ORDINAL_DAY_G)) {
    const start = s.start + o.index!;
    const end = start + o[0].length;
    const day = Number(o[1]);
    if (day < 1 || day > 31 || found.some((m) => m.start < end && start < m.end)) continue;
    found.push({ start, end, sentence: s, day, explicitYear: false, ordinal: true });
  }
  found.sort((a, b) => a.start - b.start);
  // "Tuesday (June 12)", "Saturday and Sunday": chrono gives two results, the report one date
  const merged: typeof found = [];
  for (const m of found) {
    const prev = merged[merged.length - 1];
    if (prev && prev.weekday !== undefined && prev.day === undefined && !prev.last) {
      const gap = doc.clean.slice(prev.end, m.start);
      if (m.day !== undefined && m.weekday === undefined && /^[,(]?$/.test(gap.trim())) {
        // ("Friday, the 14th": the day's month is still to be found)
        Object.assign(prev, { month: m.month, day: m.day, year: m.year, explicitYear: m.explicitYear, last: m.last, end: m.end, ordinal: m.ordinal });
        if (/\(\s*$/.test(gap) && doc.clean[m.end] === ')') prev.end = m.end + 1;
        continue;
      }
      if (m.weekday !== undefined && m.day === undefined && /^\s*(?:and|&|to|through|-|–)\s*$/.test(gap)) {
        const ahead = (m.weekday - prev.weekday! + 7) % 7;
        if (ahead >= 1 && ahead <= 2) {
          prev.last = { weekday: m.weekday };
          prev.end = m.end;
          continue;
        }
      }
    }
    merged.push(m);
  }
  return merged;
}

// (found once per report: a report of headings alone would otherwise be searched for every date)
const ledeIndex = new WeakMap<Doc, number>();
function isLede(doc: Doc, s: Sentence): boolean {
  // the lede: the first sentence long enough to be prose, and any heading or dateline before it;
  // a headline, however long, ends without a full stop
  let at = ledeIndex.get(doc);
  if (at === undefined) {
    at = doc.sentences.findIndex((t) => t.text.split(/\s+/).length >= 8 && /[.!?]["'”’)*_]*\s*$/.test(t.text));
    ledeIndex.set(doc, at);
  }
  return at >= 0 && s.index <= doc.sentences[at]!.index;
}

/** Which meeting-date evidence a mention is, from its sentence: 1 the meeting's, 2 a lede's, 0 none. */
/**
 * A past cue before the date governs it unless a meeting verb comes between them: "last met in
 * Bali, Indonesia, on Nov. 14" is past, "originally scheduled for Thursday, took place on
 * Friday" is not.
 */
function pastBefore(left: string): boolean {
  const window = left.slice(-60);
  let last: RegExpMatchArray | undefined;
  for (const m of window.matchAll(PAST_LEFT_G)) last = m;
  if (!last) return false;
  // a cue whose own time has been given is closed before the date: "met for the first time since
  // 2019 on Tuesday", "the first talks since their 2022 meeting in Bali, on Monday"
  if (/^since$/i.test(last[0]) && CLOSED_SINCE.test(window.slice(last.index! + last[0].length))) return false;
  // a meeting told in the clause "since" opens is the earlier one: "the first summit since the
  // two met on Nov. 14, 2022" (past a comma the sentence's own clause has begun: "since 2019,
  // the two met on Friday")
  if (/^since$/i.test(last[0]) && !/[,;(]/.test(window.slice(last.index! + last[0].length))) return true;
  // (a meeting the past cue governs is the earlier one: "since a heated encounter on Feb. 28")
  return !MEETING_ACT.test(window.slice(last.index! + last[0].length));
}
// what a meeting does, not what it is called: "originally scheduled for Thursday, took place on Friday"
// a leader received as a guest, by name or by role, not a letter or a call received: "Deng
// received Gorbachev", "was received by Xi", "receives his guest" (case matters: a name)
const RECEIVED = /\b(?:received|receives|receiving)\s+(?:by\s+)?(?:(?:President|Prime\s+Minister|Chancellor|King|Premier|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z]|\b(?:received|receives|receiving)\s+(?:(?:his|her|their|the)\s+)?(?:[a-z-]+\s+)?(?:guest|visitor|counterpart)s?\b/;
const CLOSED_SINCE = /^\s(?:(?:early|late|mid-?)\s?)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s)?(?:19|20)\d\d\b(?:\s(?:(?!on\b)[a-z]+|[A-Z][\w-]+)){0,3}?,?\s(?:on\s)?(?:the\s)?$|^\s(?:their|the|a|his|her)\s(?:(?:19|20)\d\d\s)?(?:[\w-]+\s){0,2}?(?:summit|meeting|talks|visit|encounter)(?:\s(?:in|at)\s[A-Z][\w'’-]+)?,?\s(?:on\s)?$/;
const MEETING_ACT =
  /\b(?:met|meet|meets|held|hold|holds|took\s+place|take\s+place|takes\s+place|sat\s+down|talked|convened|conferred|huddled|opened|began|started|hosted|welcomed|greeted|shook\s+hands|went\s+ahead)\b/i;

// a year a sentence opens on, which dates what it tells: "In 1994, …", "Back in 2018, …"
const OPENING_YEAR = /^\s*(?:(?:Back|Way\s+back|Earlier|As\s+early\s+as)\s+)?in\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b\s*,/i;
const PLACE_ASIDE_END = /(\b(?:in|at)\s+(?:the\s+)?\p{Lu}[^,;]{0,40}),\s+(?![^,;()]*\b(?:said|says|told|tells|added|according)\b)[^,;()]{1,80},\s*((?:on\s+)?)$/u;
const PLACE_APPOSITION = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}[^,;]{0,40},\s+(?:the\s+)?\p{Lu}[\p{L}.'’ -]{0,40},\s*(?:on\s+)?$/u;
const COORDINATED = /^\s*and\s+(?:then\s+|later\s+|also\s+)?[a-z]{2,}ed\b/;
const NAME_RUN = "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{M}'’-]*";
export const NAME_ROLL_G = new RegExp(`(${NAME_RUN})(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${NAME_RUN}){2,}`, 'gu');
function classify(doc: Doc, m: Parsed0): Pick<Mention, 'tier' | 'modality' | 'phase'> {
  const s = m.sentence;
  const rel = m.start - s.start;
  const relEnd = m.end - s.start;
  // (a roll of three or more names is read as its first, so that the verb before a summit's guest
  // list stays in reach: "hosted Russian President Vladimir Putin, French President Francois
  // Hollande and Ukrainian President Petro Poroshenko at the Chancellery on Wednesday")
  // (and a place's aside is read past, so that the verb before the place stays in reach: "spent
  // three hours at Bocharov Ruchei, Putin's residence on the hills above the Black Sea, on Wednesday")
  const before = s.text.slice(Math.max(0, rel - 300), rel).replace(NAME_ROLL_G, '$1').replace(PLACE_ASIDE_END, '$1 $2').slice(-90);
  const after = s.text.slice(relEnd, relEnd + 70);
  let left = before.split(CLAUSE_BREAK).pop()!;
  // in a relative clause the date belongs to what the clause is about, never to the sentence's
  // main verb: "the G20 summit, which opens on Tuesday"
  const relative = left.search(/,\s+(?:which|where|who|whose|when)\s(?![^,]*,)/i);
  // a place's relative clause tells of something else that happened there ("a visit to
  // Britain, where Trump met the Queen on Friday"), unless it is where the report's own leaders
  // met ("the train rolled on to Vladivostok, where on Thursday Kim sat down with Putin")
  // (not when the clause only tells the time there: "to Moscow, where it is Monday evening and
  // the president has just wrapped up his summit" is the report's own day at the meeting's place)
  if (relative >= 0 && /^,\s+where\s/i.test(left.slice(relative)) && !/^,\s+where\s+it(?:\s+is|['’]s|\s+was)\s+(?:now\s+)?(?:(?:early|late)\s+)?$/i.test(left.slice(relative))) {
    const clause = `${left.slice(relative)} ${after.split(CLAUSE_BREAK)[0]}`;
    const parties = partiesIn(doc, clause);
    if (parties.other || !parties.head) return { tier: 0, modality: 'stated' };
  }
  const antecedent = relative >= 0 ? left.slice(0, relative) : '';
  if (relative >= 0) left = left.slice(relative + 1);
  // "not until Friday did they meet" says they met on Friday
  left = left.replace(/\bnot\s+until\s+$/i, 'on ');
  // a date modifies the verb before it ("met on Friday"), or, put first, the one after it ("On
  // Friday, they met"); past a comma the right side is another clause ("…, Trump said")
  const lead = left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf('('), left.lastIndexOf(':')) + 1);
  // (not after a place's apposition, which only closes its comma: "met in San Diego, the United
  // States, on Monday")
  const fronted = /^\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?$/i.test(lead) && !PLACE_APPOSITION.test(left);
  const right = after.split(fronted ? CLAUSE_BREAK : /[,;—–(]/)[0]!;
  const none = { tier: 0 as const, modality: 'stated' as const };
  // the same moment told in another time zone: "early on the 8th, Japan time", "still Tuesday
  // evening in Moscow", "on the US West Coast it is still Saturday", "which was early Thursday
  // morning Beijing time", "(0046 GMT Tuesday)" (the meeting's own "local time" is lower case)
  if (STILL.test(before) || ZONE_BEFORE.test(before) || OTHER_ZONE.test(after) || (ZONE_WHICH.test(before) && /^\s{0,3}(?:(?:morning|afternoon|evening|night)\s)?in\s[A-Z]/.test(after))) return none;
  // a day that comes round every year or every week is a holiday's or a custom's, not a day
  // anything happened on: "which the country marks every 24 August", "celebrated each year on
  // May 9", "on Fridays"
  if (RECURRING_BEFORE.test(before) || RECURRING_AFTER.test(after)) return none;
  // the day the report was put out or last changed: "Updated Monday", "Posted: Tuesday 12 May"
  if (PUBLISHED_BEFORE.test(before)) return none;
  // "Next briefing: Monday", "Next stop for Zelensky: London, Sunday": a short label before a
  // colon says what the date is of, and one that looks ahead or back names another occasion
  // (a label is short: only the text up to a colon near the start is read, so the pattern
  // never runs over a long sentence)
  const head = s.text.slice(0, rel);
  const colon = head.indexOf(':');
  const words = colon >= 0 && colon <= 80 && /^(?!\d)[^:;—–]*$/.test(head.slice(colon + 1)) ? head.slice(0, colon).replace(/^[\W_]+/, '').replace(/[*_]+/g, ' ').trim().split(/\s+/) : [];
  const label = words.length && words.length <= 6 && words.every((w) => /^[\w'’-]+$/.test(w)) ? [head, words.join(' ')] : null;
  if (label && (/\b(?:next|upcoming|coming|previous|last|earlier|later|then)\b/i.test(label[1]!) || OTHER_CUE.test(label[1]!))) return none;
  // "comes on 15 March, when joint patrols are to begin": the clause says what the day is of
  const when = after.match(/^\)?\s*,\s*when\s+([^.;—–]*)/i);
  // (but "on Friday, when it was already Saturday in Canberra" only tells the time elsewhere)
  if (when && !MEETING_CUE.test(when[1]!) && !/^it\s(?:was|is)\s(?:already|still)\b/i.test(when[1]!)) return none;
  // "On the eve of the summit, on Thursday, …", "A day after the talks, on Saturday, …": a day
  // set against the meeting is not the meeting's
  if (fronted && RELATIVE_TO_MEETING.test(left.slice(0, Math.max(0, left.lastIndexOf(','))))) return none;
  // but the day of the meeting set beside its name is that day, whatever the clause then tells:
  // "On the day of the summit, Friday, drones struck …", "the morning of the talks, Friday,"
  if (fronted && SAME_DAY_AS_MEETING.test(left.slice(0, Math.max(0, left.lastIndexOf(','))))) return { tier: 1, modality: 'stated' };
  // a meeting the sentence then says was called off was never held on its day: "had been due to
  // meet in Budapest on Thursday, but the meeting was called off"
  if (CALLED_OFF_AFTER.test(s.text.slice(relEnd))) return none;
  // what qualifies the date sits in its own stretch of the clause: "The summit, originally
  // scheduled for Thursday, took place on Friday"
  // (and past a "but" the day is the second clause's: "had been expected on Thursday but slipped
  // to Friday")
  const ownLeft = left.split(/\s(?:but|yet)\s/i).pop()!;
  const near = ownLeft.slice(ownLeft.lastIndexOf(',') + 1).slice(-60);
  if (pastBefore(ownLeft) || PAST_RIGHT.test(right)) return none;
  if (NEXT_CUE.test(near.slice(-50)) || (FUTURE_CUE.test(near) && /^[^.;]{0,25}?\bagain\b/i.test(right))) return none;
  if (NEGATION.test(ownLeft.slice(-25))) return none;
  // a day set against the meeting after it: "hosted him for a private dinner on Wednesday night,
  // a day before their formal talks", "on Monday, the eve of the summit"
  if (BEFORE_MEETING_AFTER.test(after)) return none;
  // what the story had done before its own time, told in the pluperfect ("Biden, who had been
  // in Brussels on Monday", "Xi had flown in on Tuesday"), unless what had been done is the
  // meeting ("Putin, who had held talks with Xi on Monday, flew on to …")
  const plu = near.match(PLUPERFECT);
  // (nor when the meeting is what the clause is about: "the summit, which had been moved to Monday")
  // (a meeting had with someone else is another occasion: "why he had received Marine Le Pen in
  // the Kremlin on March 24")
  const hadMet = plu ? near.slice(plu.index!) : '';
  if (plu && !(MEETING_ACT.test(hadMet) && !otherParty(doc, hadMet)) && !MEETING_NOUN_END.test(antecedent) && !MEETING_CUE.test(near.slice(0, plu.index!))) return none;
  // a day something starts from or must be done by, or an occasion, is a term of what was agreed
  // (not when the date names a meeting: "came away from Thursday's summit", "by Friday's talks")
  const attributive = right.match(ATTRIBUTIVE);
  const namesMeeting = !!attributive && ![attributive[1], attributive[2]].some((w) => w && NOT_MODIFIER.test(w)) && !multilateral(right.slice(0, attributive[0].length));
  if (!m.last && !namesMeeting && TERM_BEFORE.test(left)) return none;
  // (a relative clause between is an aside: "The truce, which both leaders backed at the
  // summit, starts at midnight on Sunday" is the truce's day)
  const holds = namesMeeting ? null : left.match(TAKES_HOLD);
  if (holds && !MEETING_CUE.test(left.slice(0, holds.index).replace(/,\s+(?:which|that|who)\s[^,]*,\s*$/i, ' ').slice(-25))) return none;
  // and so is any day in what a document or a pledge sets out ("the declaration states that …
  // will arrange reunions on the occasion of August 15", "agreed to halt broadcasts from May 1
  // and hold reunions around Aug. 15"), unless the meeting itself comes between
  const terms = [...s.text.slice(0, rel).matchAll(TERMS_G)].pop();
  // (but not the day someone told of it: "… agreed to set up a zone, Erdoğan announced on Monday")
  if (terms && !MEETING_CUE.test(s.text.slice(terms.index! + terms[0].length, rel)) && !TOLD.test(lead)) return none;
  // put first, the date's verb follows it: "On Sunday, Zelensky is to attend a meeting of …"
  // (but "Friday, April 27, will be remembered for …" looks ahead to no meeting)
  // ("tomorrow" itself is still to come from the report's day, whatever tense the clause is told in)
  const modality: Modality = FUTURE_CUE.test(near) || (fronted && LOOKS_AHEAD.test(right.slice(0, 60))) || TOMORROW_BEFORE.test(before) || TOMORROW_AFTER.test(after) || m.relative === 1 ? 'expected' : 'stated';
  const phase = END_CUE.test(left.slice(-40)) ? 'end' : START_CUE.test(left.slice(-40)) ? 'start' : undefined;
  if (namesMeeting) {
    return otherParty(doc, `${left} ${right}`) || placedElsewhere(doc, left, right) || othersBefore(doc, m, `${left} ${right}`) ? none : { tier: 1, modality, phase };
  }
  // around a G20 or an APEC, "meetings" and "summit" may be the multilateral ones: only a verb
  // that takes two leaders says the bilateral meeting
  const meeting = multilateral(left) || multilateral(right) ? MEETING_VERB : MEETING_CUE;
  // "Xi will attend the summit sessions on Tuesday": a leader attending is at someone else's event
  if (ATTENDING.test(left) && !MEETING_VERB.test(left)) return none;
  // "the talks came two days after the two sides reached a deal on Monday": past a span and its
  // "after" or "before" the date is another event's, whatever came before was about
  const span = [...left.matchAll(SPAN_APART_G)].pop();
  const cueLeft = span ? left.slice(span.index! + span[0].length) : left;
  // "arrived in Osaka on Thursday for the summit": what the trip was for does not date the meeting
  const rightOwn = right.replace(PURPOSE, (x) => ' '.repeat(x.length)).replace(AGAINST_MEETING, (x) => ' '.repeat(x.length));
  let dMeeting = Math.min(nearest(meeting, cueLeft, rightOwn), nearest(RECEIVED, cueLeft, rightOwn));
  // "The centrepiece came on Tuesday, when the two leaders held formal talks": the clause says
  // what the day is of, whatever the main verb is
  if (when && MEETING_ACT.test(when[1]!) && !otherParty(doc, when[1]!) && !placedElsewhere(doc, when[1]!)) dMeeting = 0;
  // "on the sidelines of the APEC summit" places the bilateral meeting, it is not another event
  const aside = (t: string) => t.replace(SIDELINES, (x) => ' '.repeat(x.length));
  // "hosted Kishida for a state visit on Wednesday": the visit a verb of meeting is for is the
  // meeting's occasion, not another event ("arrived for a state visit on …" keeps its arrival)
  // "met in San Diego on Monday and released a joint statement": a second verb of the same subject
  // after the day is what the leaders did next, and the day stays with the meeting before it
  const nextAct = !fronted && dMeeting < Infinity && COORDINATED.test(right) ? '' : right;
  let dOther = Math.min(nearest(OTHER_CUE, cueLeft.replace(VISIT_FOR, (x) => ' '.repeat(x.length)), nextAct), nearest(OFFICIALS_MEETING, cueLeft, nextAct), nearest(MULTILATERAL, aside(cueLeft), aside(nextAct)), nearest(MULTILATERAL_NAMED, aside(cueLeft), aside(nextAct)));
  let dSpeech = nearest(SPEECH_CUE, cueLeft, nextAct);
  // "Erdoğan announced on Monday, following his meeting with Putin, …": what was announced right
  // after the meeting is news of that day, told as a statement is
  if (AGAINST_MEETING.test(right) && /\b(?:announc|confirm|unveil)\w*\s+(?:on\s+)?$/i.test(cueLeft)) {
    dSpeech = Math.min(dSpeech, dOther);
    dOther = Infinity;
  }
  // put first, a date may stand far from its verb: "On 12 June 2018, on Sentosa, a resort
  // island off …, Trump became the first sitting president to meet …"; but not past a colon or
  // a semicolon, where another clause has its own verb ("the truce unravelled: on May 10
  // Washington raised duties")
  if (Math.min(dMeeting, dOther, dSpeech) === Infinity && relative < 0 && fronted) {
    const l = s.text.slice(0, rel).split(CLAUSE_BREAK).pop()!;
    const r = s.text.slice(relEnd).replace(DASH_ASIDE_G, (x) => ' '.repeat(x.length)).split(CLAUSE_BREAK)[0]!;
    [dMeeting, dOther, dSpeech] = [Math.min(nearest(meeting, l, r), nearest(RECEIVED, l, r)), Math.min(nearest(OTHER_CUE, l, r), nearest(OFFICIALS_MEETING, l, r)), nearest(SPEECH_CUE, l, r)];
  }
  const best = Math.min(dMeeting, dOther, dSpeech);
  // a meeting that opens or ends on the day, its verb far from the subject that names it
  if (best === Infinity && relative < 0) {
    const clause = s.text.slice(0, rel).split(CLAUSE_BREAK).pop()!;
    const verb = clause.slice(-70);
    const opens = phase ?? (END_CUE.test(verb) ? 'end' : START_CUE.test(verb) ? 'start' : undefined);
    if (opens && MEETING_SUBJECT.test(clause)) return { tier: 1, modality, phase: opens };
  }
  // and in a clause about the meeting itself: "The encounter, which began on Sunday afternoon, …"
  // (its verb is right before the day, where the phase was read)
  if (best === Infinity && relative >= 0 && phase && MEETING_NOUN_END.test(antecedent)) {
    if (!multilateral(antecedent.slice(-80)) && !otherParty(doc, antecedent) && !placedElsewhere(doc, antecedent)) return { tier: 1, modality, phase };
  }
  // nothing says what the date is of: a lede's is the meeting's unless the report dates its
  // meeting more plainly elsewhere; a full day and month further down (tier 3) is told of
  // something, and may help to date the report, but is never taken for the meeting's: as often
  // as not it is a deadline, a death or an announcement, and a wrong date costs more than none
  // a day's heading in a liveblog dates the entries below it: under it the talks open
  if (best === Infinity && /^\W*$/.test(s.text.slice(0, rel)) && /^\W*$/.test(s.text.slice(relEnd))) {
    for (let i = s.index + 1; i < Math.min(doc.sentences.length, s.index + 7); i++) {
      const entry = doc.sentences[i]!.text;
      if (ENTRY_OPENS.test(entry)) return { tier: 1, modality, phase: 'start' };
      if (TRIGGER.test(entry) && entry.split(/\s+/).length <= 5) break;
    }
  }
  // a day set beside a place the report's meeting was not is another event's, whatever the
  // verb: "Anyone who saw the two in Tehran on Sept. 7 …", "in Geneva on Monday, where …"
  // (put first, the clause's own placing counts: "On 23 April, consultations were held in London")
  const ownRight = fronted ? right.replace(/^\s*,/, '').split(/[,;]/)[0]! : '';
  const elsewhere = () => placedElsewhere(doc, left, right) || (ownRight !== '' && placedElsewhere(doc, ownRight));
  // (not what the lede says is to come, or is wanted, of something other than a meeting:
  // "Sanctions will be reviewed on Oct. 1", "want to sign a deal …, perhaps as early as December 1")
  const aheadOfOther = (FUTURE_CUE.test(near) || WISH.test(s.text.slice(0, rel))) && !MEETING_CUE.test(s.text);
  // the report's two leaders doing anything together that day were together that day: "Biden and
  // Xi practised it on November 16 in Lima", "the two men sat in a pair of armchairs on April 11"
  // (done, not to be done or done before: no "had", no "will")
  // (put first, the day is the clause's after it: "In Geneva on 16 June, Biden and Putin agreed …")
  const together = jointSubject(doc, s.text.slice(0, rel).split(CLAUSE_BREAK).pop()!) || (fronted && !FUTURE_CUE.test(right) && !PLUPERFECT.test(right) && jointSubject(doc, right));
  if (best === Infinity && relative < 0 && !FUTURE_CUE.test(near) && !PLUPERFECT.test(near) && together && !elsewhere()) return { tier: 1, modality, phase };
  if (best === Infinity) return isLede(doc, s) ? (elsewhere() || aheadOfOther ? none : { tier: 2, modality, phase }) : m.day !== undefined && relative < 0 ? { tier: 3, modality, phase } : none;
  // "arrived yesterday in Nagato, where Abe received him and the two held talks": a meeting
  // told in a clause of the arrival's own, with no day of its own, is on the arrival's day
  if (best === dOther && ARRIVAL.test(cueLeft.slice(-50)) && !FUTURE_CUE.test(near)) {
    const rest = s.text.slice(relEnd, relEnd + 200).match(ARRIVAL_THEN)?.[1];
    if (rest && (MEETING_ACT.test(rest) || RECEIVED.test(rest) || INTO_TALKS.test(rest)) && !TRIGGER.test(rest) && !ANAPHORIC.test(rest) && !/\b(?:later|after|next|following|then)\b/i.test(rest) && !otherParty(doc, rest)) return { tier: 1, modality, phase };
  }
  if (best === dOther) return none;
  // a meeting with someone else, or somewhere else ("a three-way summit in Tehran on Sept. 7")
  // a welcome on a day told with the sights, shows and banquets of the visit, and no talks, is
  // the guest's arrival programme: "On Friday evening, the host welcomed his guest at the old
  // temples, and the two toured the site before a dance performance" (the talks are another day's)
  if (best === dMeeting && WELCOME.test(s.text) && PROGRAMME.test(s.text) && !TALKS_WORD.test(s.text)) return none;
  if (best === dMeeting) return otherParty(doc, `${left} ${right}`) || elsewhere() || othersBefore(doc, m, `${left} ${right}`) || (namesPeople(doc) && othersMeet(left, fronted ? right : '', s.text.slice(0, rel).split(CLAUSE_BREAK).pop()!)) ? none : { tier: 1, modality, phase };
  // a statement dated in the lede of a summit report was made at the summit ("Putin on Friday said")
  // unless what was said looks ahead ("Trump said on Thursday he would meet Putin next week")
  // ("Trump said on Thursday he would meet Putin next week"); a "would" in what was said about
  // something else does not ("Putin said on Thursday that Pyongyang would only disarm if …")
  // nor when what was said tells the meeting as done before it was said: "The White House said on
  // Tuesday that the presidents had met", "said on Saturday that the talks had gone well"
  const said = s.text.slice(relEnd, relEnd + 120);
  const toldAsDone = PLUPERFECT.test(said) && MEETING_CUE.test(said);
  return isLede(doc, s) && !LOOKS_AHEAD.test(s.text) && !/\bnext\s+(?:week|month)\b/i.test(s.text) && !elsewhere() && !toldAsDone ? { tier: 2, modality, phase } : none;
}

const DAY_OF_MEETING_LABEL = /\b(?:summit|talks|meeting)\b[^|·•\n]{0,20}[|·•]\s?$/i;
const NOT_THE_DAY_LABEL = /\b(?:preview|ahead|eve|countdown|before|after|aftermath|next|upcoming|reactions?|week|weekly|review|looking\s+back)\b/i;
const WELCOME = /\b(?:welcom(?:ed|es|ing)|greet(?:ed|s|ing)|receiv(?:ed|es|ing)|host(?:ed|s|ing))\b/i;
const PROGRAMME = /\b(?:tour(?:ed|ing)?|sightseeing|strolled|performances?|concerts?|banquets?|recitals?|cultural\s+(?:show|programme|program|evening)|fireworks|temples?|museums?|monuments?|ruins)\b/i;
const TALKS_WORD = /\b(?:talks|talked|met|meet|meets|meetings?|summit|discussions?|discussed|negotiat\w*|sat\s+down|conferred|one-on-one|tête-à-tête|tete-a-tete|bilateral)\b/i;

/** In a report that names no leader, the ministers who met are the meeting. */
const leaderNamed = new WeakMap<Doc, boolean>();
function namesPeople(doc: Doc): boolean {
  let known = leaderNamed.get(doc);
  if (known === undefined) {
    known = doc.people.mentions.length > 0 || LEADER_WORD.test(doc.clean.slice(0, 3000));
    leaderNamed.set(doc, known);
  }
  return known;
}
const LEADER_WORD = /\b(?:presidents?|prime\s+ministers?|premiers?|chancellors?|leaders?|kings?|queens?|emperors?|pope|sultan|emir|general\s+secretary|chairman)\b/i;

// the two leaders as the subject of a clause that runs to the date without a break, and the
// verb that follows them, which must tell something done (not "were", "had", "will") (names
// in any script's letters: "Raúl Castro")
const JOINT_SUBJECT = /^\W*(?:[^,]{0,50},\s)?(?:(?:[Tt]he\s+)?(?:two|Two)\s+(?:leaders|men|women|presidents|prime\s+ministers|heads\s+of\s+(?:state|government))|[Bb]oth\s+(?:leaders|men|presidents)|((?:\p{Lu}[\p{L}\d'’.-]*\s+){0,2}\p{Lu}[\p{L}\d'’-]+)\s+and\s+((?:\p{Lu}[\p{L}\d'’.-]*\s+){0,2}\p{Lu}[\p{L}\d'’-]+))\s+(?:(?:also|both|then|finally|first|briefly|together)\s+)?(?!(?:were|was|are|is|had|have|has|will|would|may|might|could|should|can|did|do|does|must|to)\b)[a-z]{3,}\b[^,]*$/u;
/** The clause's subject is the report's own two leaders, and their verb tells something done. */
function jointSubject(doc: Doc, clause: string): boolean {
  const m = clause.match(JOINT_SUBJECT);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const { names } = namedAtHead(doc);
  const named = (n: string) => {
    const words = n.split(/\s+/).map((w) => w.replace(/[.'’]+$/, '')).filter((w) => w && !NOT_A_NAME.test(w));
    return words.length > 0 && names.has(words[words.length - 1]!);
  };
  return named(m[1]) && named(m[2]!);
}

/** The clause's meeting is one of officials, or of a leader with people of another kind. */
function othersMeet(left: string, right: string, whole: string): boolean {
  const clause = left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf('(')) + 1);
  // ("Their top diplomats, Antony Blinken and Wang Yi, met …": the names set off by commas
  // stand for the subject, which is the officials)
  const unset = whole.replace(/^([^,]{0,60}),\s[^,;]{1,60}?,\s/, '$1 ');
  return OFFICIALS_SUBJECT.test(clause) || (unset !== whole && OFFICIALS_SUBJECT.test(unset)) || OFFICIALS_SUBJECT.test(right.replace(/^\s*,/, '')) || MINISTER_SUBJECT.test(clause) || MINISTER_SUBJECT.test(whole) || MINISTER_SUBJECT.test(right.replace(/^\s*,/, '')) || OTHERS_MET.test(clause.slice(-60)) || OTHERS_MET.test(right.slice(0, 60));
}

/**
 * A meeting whose own clause names nobody, on a day the sentence before gave to a meeting of
 * other people, is that one: "On Friday, after the envoy spent three hours with Putin, … The
 * Kremlin called Friday's talks constructive" (the day must be named there too, so that "On
 * Monday the leaders met" after a paragraph on an envoy's trip stays this meeting's).
 */
function othersBefore(doc: Doc, m: Parsed0, own: string): boolean {
  const prev = doc.sentences[m.sentence.index - 1];
  if (!prev || m.sentence.index === 0) return false;
  const mine = partiesIn(doc, own);
  if (mine.head || mine.other) return false;
  const day = doc.clean.slice(m.start, m.end).match(/[A-Z][a-z]+(?:\.?\s\d{1,2})?|\d{1,2}\s[A-Z][a-z]+/)?.[0];
  if (!day || !prev.text.includes(day)) return false;
  const before = partiesIn(doc, prev.text);
  return before.other && !before.head;
}

interface Analysis {
  /**
   * (`issue`: a weekly's date of issue, which dates no weekday: its week may be any;
   * `dated`: a dateline that gives its year, whose own weekday a lede's "on Monday" names)
   */
  ref?: DayRef & { fromDateline: boolean; issue?: boolean; dated?: boolean };
  claims: Claim<MeetingDate>[];
}

/** Who a claim is put to; "Putin on Friday said" does not make "Friday" a speaker. */
export function voiceOf(doc: Doc, s: Sentence, offset: number): string {
  const { attribution } = voiceAt(doc, s, offset);
  return CALENDAR_WORD.test(attribution) ? 'report' : attribution;
}

const cache = new WeakMap<Doc, Analysis>();
const rejoined = new WeakMap<Doc, Sentence[]>();

/**
 * The report's sentences, rejoined where the splitter cut after a capital initial inside a
 * phrase ("the first-ever DPRK-U." | "S. summit talks"), so a claim is read whole.
 */
export function sentencesOf(doc: Doc): Sentence[] {
  const done = rejoined.get(doc);
  if (done) return done;
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    const gap = prev ? doc.clean.slice(prev.end, s.start) : '';
    if (prev && /(?:^|[\s(-])[A-Z]\.$/.test(prev.text) && /^(?:[A-Z]\.|[a-z])/.test(s.text) && !gap.includes('\n')) {
      out[out.length - 1] = { ...prev, end: s.end, text: doc.clean.slice(prev.start, s.end) };
    } else out.push(s);
  }
  rejoined.set(doc, out);
  return out;
}

/** Whether an offset is on a dateline's line, up to the end of its date (not the lede after it). */
function onItsLine(doc: Doc, l: Dateline, at: number): boolean {
  return at > doc.clean.lastIndexOf('\n', l.start) && at < l.end;
}

/** The report's own date: its dateline, else the first full date it gives the meeting. */
export function reportDate(doc: Doc): Analysis['ref'] {
  return analyse(doc).ref;
}

/**
 * The calendar days (ISO) the report writes out for its meeting, for other families to tell
 * another occasion by (not a day only inferred from a weekday and a dateline).
 */
export function meetingDays(doc: Doc): string[] {
  // (asked while the report's days are still being read, by a place the reading weighs: none yet)
  if (analysing.has(doc)) return [];
  return [...new Set(analyse(doc).claims.filter((c) => c.modality === 'stated' && c.value.date && !c.value.inferred).map((c) => c.value.date!))];
}

const analysing = new WeakSet<Doc>();
function analyse(doc: Doc): Analysis {
  const done = cache.get(doc);
  if (done) return done;
  analysing.add(doc);
  try {
    return analyseOnce(doc);
  } finally {
    analysing.delete(doc);
  }
}

function analyseOnce(doc: Doc): Analysis {
  const mentions: Mention[] = [];
  const lines = datelines(doc);
  // the last day the report named, from which "the next day" or "that evening" counts
  let anchor: Parsed0 | undefined;
  for (const s of sentencesOf(doc)) {
    const triggered = TRIGGER.test(s.text);
    if (!triggered && !ANAPHORIC.test(s.text)) continue;
    const own = triggered ? parseMentions(doc, s) : [];
    // the sentence's own days and its told ones in the order they come, so that "who landed on
    // Wednesday, sat down with Biden the next day" counts from the Wednesday
    const told = [...s.text.matchAll(ANAPHORIC_G)].map((a) => ({ start: s.start + a.index!, end: s.start + a.index! + a[0].length, same: /\b(?:that|same)\b/i.test(a[0]), back: /\b(?:previous|earlier|before)\b/i.test(a[0]) }));
    let i = 0;
    for (const m of own) {
      for (; i < told.length && told[i]!.start < m.start; i++) tellFrom(told[i]!);
      mentions.push({ ...m, ...classify(doc, m) });
      // (not the dateline, which dates the report, nor a day whose month is still to be found)
      const onDateline = lines.some((l) => onItsLine(doc, l, m.start));
      if (!onDateline && !m.ordinal && m.relative === undefined && (m.weekday !== undefined || m.day !== undefined)) anchor = m;
    }
    for (; i < told.length; i++) tellFrom(told[i]!);
    function tellFrom(t: { start: number; end: number; same: boolean; back: boolean }) {
      if (!anchor || anchor.sentence.index < s.index - 2 || own.some((m) => m.start < t.end && t.start < m.end)) return;
      // ("that day" in the sentence that names the day tells of something else on it: "due on
      // Friday to hold talks …, whose leaders meet in full session that day")
      if (t.same && anchor.sentence.index === s.index) return;
      // (only what the two leaders do together: "the summit's declaration, adopted the same day"
      // is the gathering's)
      if (!MEETING_VERB.test(s.text) && !TALKS_HAPPENED.test(s.text)) return;
      const m = dayAfter(anchor, t.same ? 0 : t.back ? -1 : 1, s, t.start, t.end);
      mentions.push({ ...m, ...classify(doc, m) });
    }
  }
  const line = lines.find((l) => !l.issue && l.year !== undefined) ?? lines.find((l) => !l.issue);
  // a dateline dates the report, not the meeting: it is only the reference for what follows
  // (and so does what stands before it on its line: "Sunday column, June 24, 2001")
  // (unless what stands before it names the meeting and the date is that day's: "Modi–Xi
  // summit, day 2 | Saturday, 12 October 2019", "Geneva talks · 16 June 2021"; not a preview's
  // or an aftermath's "Summit preview | Thursday, 14 August")
  for (const l of lines) {
    const at = mentions.findIndex((m) => m.start <= l.start && l.start < m.end);
    const label = doc.clean.slice(doc.clean.lastIndexOf('\n', l.start) + 1, l.start);
    if (at >= 0 && DAY_OF_MEETING_LABEL.test(label) && !NOT_THE_DAY_LABEL.test(label)) Object.assign(mentions[at]!, { tier: 1, modality: 'stated' });
    else if (at >= 0) mentions.splice(at, 1);
    for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.end <= l.start && onItsLine(doc, l, mentions[i]!.start)) mentions.splice(i, 1);
  }
  // a dateline that gives only the weekday, as British papers and older dispatches do ("From
  // our correspondent, MOSCOW, Monday —"): it is the report's day, not the meeting's
  let dayline: number | undefined;
  const wdLine = lines.length ? null : doc.clean.slice(0, 300).match(WEEKDAY_DATELINE);
  if (wdLine) {
    const at = wdLine.index! + wdLine[0].length - wdLine[2]!.length - wdLine[3]!.length;
    const i = mentions.findIndex((m) => m.start <= at && at < m.end && m.day === undefined);
    if (i >= 0) {
      dayline = mentions[i]!.weekday;
      mentions.splice(i, 1);
    }
  }
  let ref: Analysis['ref'] = line ? { ...line, fromDateline: true, dated: line.year !== undefined } : undefined;
  // a weekly's date of issue, failing a dateline: the year its days are read in ("Tuesday, 16
  // May" under "Issue of 27 May 1989", not under a look back's "on 11 September 1969")
  const issue = ref ? undefined : lines.find((l) => l.issue && l.year !== undefined);
  if (issue) ref = { year: issue.year, month: issue.month, day: issue.day, fromDateline: false, issue: true };
  if (!ref) {
    const full = mentions.find((m) => m.tier === 1 && m.explicitYear && m.day !== undefined);
    if (full) ref = { year: full.year, month: full.month!, day: full.day!, fromDateline: false };
    // failing one, the lede's full date gives its year to the days told without one, within
    // weeks of it and on the weekday they are told ("*Live coverage, Wednesday 31 July 1991.*"
    // over "Day one, Tuesday 30 July"); it is no reference for a bare weekday
    const lede = full ? undefined : mentions.find((m) => m.tier === 2 && m.explicitYear && m.day !== undefined && m.year !== undefined);
    if (lede) {
      const at = dayNumber(lede.year!, lede.month!, lede.day!);
      for (const m of mentions) {
        if (m.year !== undefined || m.day === undefined || m.month === undefined || !validDay(lede.year!, m.month, m.day)) continue;
        if (Math.abs(dayNumber(lede.year!, m.month, m.day) - at) > 21 || (m.weekday !== undefined && weekdayOf(lede.year!, m.month, m.day) !== m.weekday)) continue;
        m.year = lede.year;
      }
    }
  }
  // a day of the month alone is the dateline's month, or the month before when the day is still
  // to come in it (the one after, for what is expected); without a dateline it says nothing,
  // unless it comes with its weekday: then it is the one month the report names in which that
  // day is that weekday ("on Friday (14), the high point of an April visit" in a report that
  // names 2023), as a wrong month would almost never pass that check
  let months: { year: number; month: number }[] | undefined;
  let own: { year: number; month: number }[] | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (!m.ordinal) continue;
    if (!ref?.fromDateline) {
      months ??= monthsNamed(doc.clean);
      own ??= ownMonths(doc.clean);
      // (with no weekday to check it, only the one month the report gives its own meeting)
      const fits = m.weekday === undefined ? (own.length === 1 && validDay(own[0]!.year, own[0]!.month, m.day!) ? own : []) : months.filter((c) => validDay(c.year, c.month, m.day!) && weekdayOf(c.year, c.month, m.day!) === m.weekday);
      if (fits.length === 1) [m.year, m.month] = [fits[0]!.year, fits[0]!.month];
      // (the weekday still tells the day, the bare number does not)
      else if (m.weekday !== undefined) [m.day, m.ordinal, m.explicitYear] = [undefined, undefined, false];
      else mentions.splice(i, 1);
      continue;
    }
    const shift = m.modality === 'expected' ? (m.day! < ref.day ? 1 : 0) : m.day! > ref.day ? -1 : 0;
    m.month = ((ref.month - 1 + shift + 12) % 12) + 1;
  }
  const claims: Claim<MeetingDate>[] = [];
  const ends = new Set<Claim<MeetingDate>>();
  const starts = new Set<Claim<MeetingDate>>();
  const split = new Set<Claim<MeetingDate>>();
  /** what a sentence tells as the meeting itself (not a day only compatible with it) */
  const asMeeting = new Set<Claim<MeetingDate>>();
  // a date the lede gives outweighs a date further down that nothing explains (a deadline, an
  // anniversary in a list of what was agreed), which is never the meeting's on its own
  // (and what the lede says happened outweighs what the body only says was planned: "On Monday
  // the official welcome, planned for the square, …", "is scheduled to speak on Wednesday")
  // (not the lede's own "said on Thursday that the summit would go ahead on Friday")
  const ledeTold = mentions.filter((m) => m.tier === 2 && m.modality !== 'expected');
  const planned = mentions.filter((m) => m.tier === 1);
  const onlyPlanned = planned.length > 0 && planned.every((m) => m.modality === 'expected' && !ledeTold.some((l) => l.sentence.index === m.sentence.index));
  const tier = onlyPlanned && ledeTold.length ? 2 : ([1, 2] as const).find((t) => mentions.some((m) => m.tier === t));
  if (ref?.fromDateline && ref.year === undefined) ref = yearOfDateline(doc, ref, mentions.filter((m) => m.tier === tier), mentions, line?.start);
  // the year the report counts from ("in 1979 … This year marks the 40th anniversary"), taken
  // when no weekday the report gives the meeting says otherwise
  const told = ref?.year === undefined ? yearTold(doc.clean) : undefined;
  if (told !== undefined) {
    const fits = (month: number, day: number, weekday?: number) => validDay(told, month, day) && (weekday === undefined || weekdayOf(told, month, day) === weekday);
    const plain = mentions.filter((m) => m.tier === tier && m.modality === 'stated' && m.day === undefined && m.relative === undefined && m.weekday !== undefined && !m.last);
    if (ref?.fromDateline && plain.every((w) => fits(ref!.month, ref!.day, w.weekday))) ref = { ...ref, year: told };
    else if (!ref) for (const m of mentions) if (m.tier === tier && m.day !== undefined && m.year === undefined && fits(m.month!, m.day, m.weekday)) m.year = told;
  }
  // "talks on March 21" in a report that gives its meeting's month a year elsewhere ("Xi's
  // visit to Moscow in March 2023"): that year, when it is the only one given that month and
  // fits any weekday named with the day
  if (ref?.year === undefined) {
    own ??= ownMonths(doc.clean);
    // (and so is a dateline's day of that month: "TOKYO, Feb. 8 -" above "the February 2025 trip")
    const same = ref ? own.filter((c) => c.month === ref!.month && validDay(c.year, c.month, ref!.day)) : [];
    if (ref && same.length === 1) ref = { ...ref, year: same[0]!.year };
    for (const m of mentions) {
      if (m.tier !== tier || m.day === undefined || m.year !== undefined) continue;
      const fits = own.filter((c) => c.month === m.month && validDay(c.year, c.month, m.day!) && (m.weekday === undefined || weekdayOf(c.year, c.month, m.day!) === m.weekday));
      if (fits.length === 1) m.year = fits[0]!.year;
    }
  }
  // "Monday, February 7" in a report that gives no year: the weekday fixes the year among those
  // from the latest year the report dates a month in to the latest year it names at all. A
  // report looks back from its own year, so when several years fit, the latest year it names is
  // its own if it fits ("Friday, June 23" after "Vienna in 1961" and "the summer of 1967")
  if (ref?.year === undefined) {
    let latest = -1;
    for (const x of doc.clean.matchAll(DATED_YEAR_G)) latest = Math.max(latest, Number(x[3]));
    const named = Math.max(latest, latestYearNamed(doc.clean));
    const last = Math.max(latest + 4, named);
    for (const m of mentions) {
      if (latest < 0 || m.tier !== tier || m.weekday === undefined || m.day === undefined || m.year !== undefined) continue;
      const fit = (y: number) => validDay(y, m.month!, m.day!) && weekdayOf(y, m.month!, m.day!) === m.weekday;
      const fits: number[] = [];
      for (let y = latest; y <= last && fits.length < 2; y++) if (fit(y)) fits.push(y);
      if (fits.length === 1) m.year = fits[0];
      else if (fits.length > 1 && named > latest && fit(named)) m.year = named;
    }
  }
  // the lede's date still counts beside the meeting's when it fits every one of them: "Friday,
  // April 27, 2018, will be remembered …" above "Friday's meeting" is that Friday's date (the
  // lede holds a handful of dates at most, so this stays linear in the report)
  let chosen = mentions.filter((m) => m.tier === tier);
  // a report that dates itself ("ANALYSIS | 5 October 2021") and tells its meeting in its own
  // weeks is not telling it again under a date of another year: "On 22 October 2019, again in
  // Sochi, more than six hours of talks …" is a look back, however plainly it names talks
  // (nor under a year its sentence opens on: "In 1994, … agreed to a summit in Pyongyang on 25
  // July"), when the report also names days of its own weeks, whatever it tells of them
  if (ref?.year !== undefined && ref.month !== undefined && ref.day !== undefined) {
    const own = dayNumber(ref.year, ref.month, ref.day);
    const ago = (m: Mention, year: number) => (m.day !== undefined && m.month !== undefined && validDay(year, m.month, m.day) ? own - dayNumber(year, m.month, m.day) : undefined);
    const far = (m: Mention) => {
      const year = m.explicitYear ? m.year : Number(m.sentence.text.match(OPENING_YEAR)?.[1] ?? NaN) || undefined;
      return year !== undefined && (ago(m, year) ?? 0) > 60;
    };
    const recent = mentions.some((m) => {
      const d = ago(m, m.year ?? ref!.year!);
      return !far(m) && d !== undefined && d >= -1 && d <= 60;
    });
    if (recent) chosen = chosen.filter((m) => !far(m));
  }
  // the days the report itself gives a weekday, whatever they are told for ("Moon set out on
  // Tuesday 18 September" … "a 90-minute session on the Tuesday afternoon")
  const toldDays = new Map<number, Required<DayRef> | null>();
  if (ref?.year !== undefined) {
    const tell = (weekday: number, year: number, month: number, day: number) => {
      const had = toldDays.get(weekday);
      toldDays.set(weekday, had === undefined || (had && had.month === month && had.day === day) ? { year, month, day } : null);
    };
    for (const m of mentions) {
      if (m.day === undefined || m.month === undefined) continue;
      const year = m.year ?? ref.year;
      if (m.weekday !== undefined && validDay(year, m.month, m.day) && weekdayOf(year, m.month, m.day) === m.weekday) tell(m.weekday, year, m.month, m.day);
      // a span of days the report gives names each of its weekdays: "the Moscow
      // summit of 30-31 July" above "at their news conference on Wednesday"
      if (m.weekday === undefined && m.last?.day !== undefined) {
        const lm = m.last.month ?? m.month;
        const ly = lm < m.month ? year + 1 : year;
        const span = dayNumber(ly, lm, m.last.day) - dayNumber(year, m.month, m.day);
        for (let k = 0; k <= span && k < 7 && validDay(year, m.month, m.day); k++) {
          const d = fromDayNumber(dayNumber(year, m.month, m.day) + k);
          tell(weekdayOf(d.year, d.month, d.day), d.year, d.month, d.day);
        }
      }
    }
  }
  const valuesOf = (m: Mention, r: Analysis['ref'], d?: number) => mentionValues(m, r, d, toldDays);
  const meetingValues = chosen.flatMap((m) => valuesOf(m, ref, dayline).map((v) => v.value));
  if (tier === 1) {
    for (const m of mentions) {
      if (m.tier !== 2) continue;
      const vs = valuesOf(m, ref, dayline);
      if (vs.length === 1 && meetingValues.every((v) => relateDates(v, vs[0]!.value) !== 'conflict')) chosen.push(m);
    }
    chosen.sort((a, b) => a.start - b.start);
  }
  for (const m of chosen) {
    const found = valuesOf(m, ref, dayline);
    for (const v of found) {
      const attribution = voiceOf(doc, m.sentence, v.start);
      const claim: Claim<MeetingDate> = { type: 'meeting.date', value: v.value, span: { start: v.start, end: v.end }, attribution, modality: m.modality };
      claims.push(claim);
      if (m.phase === 'end') ends.add(claim);
      if (m.phase === 'start') starts.add(claim);
      if (found.length > 1) split.add(claim);
      if (m.tier === 1) asMeeting.add(claim);
    }
  }
  // a report dated by its dateline that tells the meeting in its lede and names no day for it,
  // nor any "yesterday" or "today", was filed the day the leaders met ("MOSCOW, 21 March 2023 —
  // The two presidents held talks in the Kremlin, the agency reported"; a liveblog under its
  // dated heading); a report that tells of yesterday or of a week may be filed a day later, and
  // a preview of talks still to come dates nothing
  if (tier === undefined && ref?.fromDateline && !mentions.some((m) => m.relative !== undefined)) {
    const told = sameDay(doc);
    if (told) {
      // (the evidence is the dateline's date: the cell says where its day comes from)
      const line = lines.find((l) => l.month === ref!.month && l.day === ref!.day);
      const value: MeetingDate = ref.year !== undefined
        ? { date: iso(ref.year, ref.month, ref.day), weekday: WEEKDAYS[weekdayOf(ref.year, ref.month, ref.day)]! }
        : { date: null, weekday: null, monthDay: `${pad2(ref.month)}-${pad2(ref.day)}` };
      // (a day's heading over the entries that tell the talks states their day)
      if (told !== 'heading') value.inferred = true;
      if (line) claims.push({ type: 'meeting.date', value, span: { start: line.start, end: line.end }, attribution: 'report', modality: 'stated' });
    }
  }
  const result = { ref, claims: collapse(claims, { ends, starts, split, asMeeting }, MULTI_DAY.test(doc.clean), ref) };
  cache.set(doc, result);
  return result;
}

// what the lede tells of the meeting as under way or just done, as a liveblog or a breaking
// report does: "are holding talks", "have shaken hands", "the talks are under way" (a past
// tense is not enough: an agency's report of the day before tells it in the past under the
// day it is filed, "Pyongyang, June 20 -- Kim Jong Un held talks with …")
const DONE_IN_LEDE =
  /\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:meeting|holding|talking|in\s+talks|sitting\s+down)|(?:has|have)\s+(?:now\s+|just\s+)?(?:met|held|sat\s+down|shaken|begun|started|opened|gone\s+(?:inside|in(?:to)?)\b)|(?:talks|summit|meeting)\s+(?:is|are|has|have)\s+(?:now\s+)?(?:under\s+way|begun|started|opened|got\s+under\s+way))\b/i;
function sameDay(doc: Doc): boolean | 'heading' {
  // (the lede and the two sentences after it: a liveblog's first entry may open on the scene)
  let after = 0;
  for (const s of doc.sentences) {
    if (!isLede(doc, s) && ++after > 2) break;
    if (DONE_IN_LEDE.test(s.text) && !FUTURE_CUE.test(s.text) && !NEGATION.test(s.text)) return true;
  }
  // a liveblog under its dated heading, whose timed entries tell the talks open ("17:40 — The
  // working dinner begins"); only its first entries are read, as later ones may be another day's
  for (const s of doc.sentences.slice(0, 15)) if (ENTRY_OPENS.test(s.text) || ENTRY_HANDSHAKE.test(s.text)) return 'heading';
  return false;
}

// a day told from the one named before it: "Modi landed on Wednesday. The next day he sat down
// with Biden", "Xi arrived on Monday; that afternoon the two leaders held talks" (not "the day
// after the talks", which is told from the meeting)
const ANAPHORIC_G =
  /\b(?:(?:the\s)?(?:next|following)\s(?:day|morning|afternoon|evening)|a\sday\slater|the\sday\safter(?!\s(?:the|their|his|her|a|an)\b)|(?:later\s)?that\s(?:same\s)?(?:day|morning|afternoon|evening|night)|the\ssame\sday|the\sprevious\s(?:day|evening|night)|a\sday\searlier|the\sday\sbefore(?!\s(?:the|their|his|her|a|an)\b))\b/gi;
const TALKS_HAPPENED = /\b(?:talks|summit|meeting|negotiations)\s(?:followed|began|opened|started|took\splace|(?:was|were)\sheld)\b/i;
const ANAPHORIC = new RegExp(ANAPHORIC_G.source, 'i');
/** The day `days` after the anchor's, as a mention at the words that tell it. */
function dayAfter(anchor: Parsed0, days: number, s: Sentence, start: number, end: number): Parsed0 {
  const m: Parsed0 = { start, end, sentence: s, explicitYear: false };
  if (anchor.weekday !== undefined) m.weekday = (anchor.weekday + days + 7) % 7;
  if (anchor.day !== undefined && anchor.month !== undefined) {
    const d = fromDayNumber(dayNumber(anchor.year ?? 2001, anchor.month, anchor.day) + days);
    [m.month, m.day] = [d.month, d.day];
    if (anchor.year !== undefined) m.year = d.year;
  }
  return m;
}

const COUNT = '(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// "in 1979, forty years ago this year", "60 years ago, in 1956", "signed in 1979 … This year
// marks the 40th anniversary": the year and its count side by side, as a count further off may
// be another event's, and a count that is only rough ("nearly 40 years ago") says no year
const YEARS_AGO_G = new RegExp(
  `\\b((?:1[89]|20)\\d\\d)\\)?(?:\\s*[,(—–]\\s*|\\s*)${COUNT}\\s+years\\s+ago\\b|(?<![-–])(?<!(?:nearly|almost|about|over|some|roughly|than|around|under|to|or|and|-)\\s)\\b${COUNT}\\s+years\\s+ago(?:\\s*,\\s*|\\s+)in\\s+((?:1[89]|20)\\d\\d)\\b`,
  'gi',
);
// "the first visit in 24 years, since July 2000", "in 14 years, since Hu's trip in October 2005"
// (a rough count, "in more than 20 years", says no year: the count must follow "in")
const YEARS_SINCE_G = new RegExp(`\\bin\\s+${COUNT}\\s+years,?\\s+since\\s+(?:[\\w'’-]+\\s+){0,6}?((?:1[89]|20)\\d\\d)\\b`, 'gi');
const ANNIVERSARY_G = /\b((?:1[89]|20)\d\d)\b(?:(?!(?:1[89]|20)\d\d)[^;:!?]){0,160}?\b[Tt]his\s+year\s+(?:marks|is|will\s+mark)\s+the\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b/g;

// (and told the other way round: "This year marks the 70th anniversary of the principles the
// two countries set out in 1954", "this year is the 30th anniversary of ties, established in 1992")
const ANNIVERSARY_AFTER_G = /\b[Tt]his\s+year\s+(?:marks|is|will\s+mark)\s+the\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b[^;:!?]{0,160}?\b((?:1[89]|20)\d\d)\b/g;
/** The one year the report's own counting gives as the present, if it gives one. */
function yearTold(text: string): number | undefined {
  const years = new Set<number>();
  const count = (c: string) => COUNT_WORDS[c.toLowerCase()] ?? Number(c);
  for (const m of text.matchAll(YEARS_AGO_G)) years.add(m[1] ? Number(m[1]) + count(m[2]!) : Number(m[4]) + count(m[3]!));
  for (const m of text.matchAll(ANNIVERSARY_G)) years.add(Number(m[1]) + Number(m[2]));
  for (const m of text.matchAll(ANNIVERSARY_AFTER_G)) years.add(Number(m[2]) + Number(m[1]));
  for (const m of text.matchAll(YEARS_SINCE_G)) years.add(Number(m[2]) + count(m[1]!));
  return years.size === 1 ? [...years][0] : undefined;
}

const ANY_YEAR_G = /\b(?:19|20)\d\d\b(?!['’]?s\b)/g;
// a year something is to be done by is a target, never the report's own: "trade of $100 billion
// by 2030", "a programme until 2030" (in a report that names no other year so late)
const TARGET_YEAR_BEFORE = /\b(?:by|until|till|through|before)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;
// a year that only dates what came before the report: "Russia's 2014 annexation of Crimea",
// "the 2008 war", "since 2019", "back in 2017" (a wire's dateline must not take it for its own)
const PAST_YEAR_BEFORE = /\b(?:since|back\s+in|ago\s+in)\s(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s)?$/i;
const PAST_YEAR_AFTER = /^\s(?:[\w-]+\s){0,2}?(?:annexation|invasion|war|elections?|crisis|coup|revolution|attacks?|referendum|occupation|uprising|massacre|bombings?|incursion|seizure|takeover|conflict|downing|shootdown|crash|collapse|withdrawal|poisoning)\b/i;
/** The latest year a text names at all ("the 1960s" names none), or -1; `present` skips years that only date the past. */
function latestYearNamed(text: string, present = false): number {
  let n = -1;
  for (const x of text.matchAll(ANY_YEAR_G)) {
    const at = x.index!;
    if (TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
    if (present && (PAST_YEAR_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || PAST_YEAR_AFTER.test(text.slice(at + 4, at + 44)))) continue;
    n = Math.max(n, Number(x[0]));
  }
  return n;
}
// a month named without a day ("an April visit", "in late March"; not "May", which is as often
// the verb), which is the latest year's the report names
const BARE_MONTH_G = /(?<!\d\s{0,2})\b(January|February|March|April|June|July|August|September|October|November|December)\b(?!\s{0,2}\d)/g;
/** The months the report names: with their year, or without one in the latest year it names. */
function monthsNamed(text: string): { year: number; month: number }[] {
  const seen = new Map<string, { year: number; month: number }>();
  const add = (year: number, month: number) => seen.set(`${year}-${month}`, { year, month });
  for (const x of text.matchAll(DATED_YEAR_G)) add(Number(x[3]), monthNumber(x[1] ?? x[2]!));
  const latest = latestYearNamed(text);
  if (latest > 0) for (const x of text.matchAll(BARE_MONTH_G)) add(latest, monthNumber(x[1]!));
  return [...seen.values()];
}
// the month of this meeting, as a report names it when it gives no full date: "his trip to
// Washington in February 2025", "the March 2023 visit", "the summit, in June 2019" (not a
// month set in the past or ahead: "last met in November 2024", "the next summit, in March 2026")
const MONTH_YEAR_G = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s((?:19|20)\d\d)\b/g;
const OWN_OCCASION_BEFORE = /\b(?:trip|visit|tour|summit|meeting|talks|stopover|journey)\b[^.;:!?—–]{0,30}$/i;
const OWN_OCCASION_AFTER = /^\s(?:state\s|official\s|working\s)?(?:trip|visit|tour|summit|meeting|talks|stopover|journey)\b/i;
const NOT_OWN = /\b(?:last|previous|prior|earlier|former|first\s+met|since|ago|back|until|next|another|future|upcoming|will|would|planned|scheduled|expected|due|invit\w*|return)\b/i;
/** The months and years the report gives its own meeting, with no day. */
function ownMonths(text: string): { year: number; month: number }[] {
  const seen = new Map<string, { year: number; month: number }>();
  for (const x of text.matchAll(MONTH_YEAR_G)) {
    const at = x.index!;
    const before = text.slice(Math.max(0, at - 60), at).split(/[.;!?]\s/).pop()!;
    const after = text.slice(at + x[0].length, at + x[0].length + 20);
    // ("in 14 February 2025" is a full date, read as one elsewhere)
    if (/\d\s{0,2}$/.test(before)) continue;
    const occasion = before.match(OWN_OCCASION_BEFORE) ?? (OWN_OCCASION_AFTER.test(after) ? [''] : null);
    // (what sets it in the past or ahead is in its own clause: "first trip since taking office,
    // and his visit in March 2029" is this one)
    if (!occasion || NOT_OWN.test(before.split(/,\s(?:and|but)\s/).pop()!)) continue;
    const month = monthNumber(x[1]!);
    seen.set(`${x[2]}-${month}`, { year: Number(x[2]), month });
  }
  return [...seen.values()];
}
const DATED_YEAR_G =
  /\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,?\s+)((?:19|20)\d\d)\b/g;

/**
 * A wire's dateline seldom gives the year ("OSAKA, Japan, June 29 (Wire) -"). Its year is the
 * first one after the latest month the report dates ("since a dinner in December 2018"), but
 * only when the report's weekday for the meeting is that year's weekday of the dateline's day:
 * a wrong year would almost never pass that check, and a report filed the day after the
 * meeting, or one that looks forward to a later year, stays without one. A report that dates
 * its meeting by the calendar and names no weekday for it is checked by its lede's weekday
 * ("Putin told journalists on Thursday"), which is the dateline's day or no help. The latest
 * month may be the dateline's own ("December 1987" in a report filed December 11): then the
 * same year is tried too, and without any weekday it is taken only when the report gives a
 * full date of that month a few days before its dateline (a signing, a speech of the week)
 * that the report does not set in the past ("a year earlier, on …").
 */
function yearOfDateline(doc: Doc, ref: NonNullable<Analysis['ref']>, meeting: Mention[], all: Mention[], at?: number): NonNullable<Analysis['ref']> {
  const plain = (m: Mention) => m.modality === 'stated' && m.day === undefined && m.relative === undefined && m.weekday !== undefined && !m.last;
  let weekdays = meeting.filter(plain);
  if (!weekdays.length && meeting.every((m) => m.day !== undefined)) weekdays = all.filter((m) => m.tier === 2 && plain(m));
  // a weekday tells the year only if the report was filed the day its leaders met: one filed
  // from a place the meeting was not ("BEIJING, Oct. 13" over talks in Chennai), as an agency at
  // home files, is as often the day after, and a year later the day after has the same weekday
  if (filedElsewhere(doc, at)) weekdays = [];
  // the lede under the dateline tells the day it was filed ("MOSCOW, July 31 - … on Wednesday
  // signed a treaty"), whichever day further down the meeting itself began ("The summit opened
  // Tuesday"): that weekday is the dateline's
  // (only against a year the report dates a month in: a year it merely names may be years
  // back, "the ranch in Crawford in 2002", and a lede's weekday fits one year in seven)
  const lede = at === undefined ? [] : all.filter((m) => plain(m) && m.sentence.start <= at && at < m.sentence.end);
  const filed = lede.length && lede.every((m) => m.weekday === lede[0]!.weekday) && !filedElsewhere(doc, at) ? lede : weekdays;
  let latest = -1;
  for (const x of doc.clean.matchAll(DATED_YEAR_G)) {
    // ("has not left China since January 2020": a bound in the past, however long ago)
    if (/\bsince\s$/i.test(doc.clean.slice(Math.max(0, x.index! - 6), x.index!))) continue;
    const month = monthNumber(x[1] ?? x[2]!);
    latest = Math.max(latest, Number(x[3]) * 12 + month - 1);
  }
  // failing a dated month, the latest year the report names at all ("the 2022 Group of 20
  // summit", "the year 2019 marks …") or the one after it, when exactly one of them gives the
  // dateline's day the weekday the report gives its meeting
  // (later than any year the report dates a month in: that year and the next were tried, and
  // a report filed the day after its meeting must not find a weekday's fit in the past)
  // a day the report gives with its weekday ("Monday, Nov. 15") fits one of two years
  const paired = all.filter((m) => m.modality === 'stated' && m.day !== undefined && m.month !== undefined && m.weekday !== undefined && m.year === undefined && !m.last);
  const named = (after: number): NonNullable<Analysis['ref']> => {
    // (the lede's weekday once a dated month bounds the year from below)
    const told = after >= 0 ? filed : weekdays;
    if (!told.length && !paired.length) return ref;
    const n = latestYearNamed(doc.clean);
    // (a year that only dates the past, "Russia's 2014 annexation", is not the report's own,
    // though the one after it may be: "a year after the 2030 crisis")
    const own = latestYearNamed(doc.clean, true) === n ? [n, n + 1] : [n + 1];
    const fitting = (check: (year: number) => boolean) => own.filter((year) => year > after && n > 0 && validDay(year, ref.month, ref.day) && check(year));
    // (a day the report names with its weekday, near the dateline's, before the lede's weekday,
    // which is the dateline's own only if the report was filed the day its leaders met)
    let fit = paired.length ? fitting((year) => paired.every((m) => validDay(year, m.month!, m.day!) && weekdayOf(year, m.month!, m.day!) === m.weekday && Math.abs(dayNumber(year, m.month!, m.day!) - dayNumber(year, ref.month, ref.day)) <= 7)) : [];
    if (fit.length !== 1 && told.length) fit = fitting((year) => told.every((w) => w.weekday === weekdayOf(year, ref.month, ref.day)));
    return fit.length === 1 ? { ...ref, year: fit[0]! } : ref;
  };
  if (latest < 0) return named(-1);
  const [y, m] = [Math.floor(latest / 12), (latest % 12) + 1];
  const years = m < ref.month ? [y] : m === ref.month ? [y, y + 1] : [y + 1];
  const fits = years.filter((year) => {
    if (!validDay(year, ref.month, ref.day)) return false;
    if (filed.length) return filed.every((w) => w.weekday === weekdayOf(year, ref.month, ref.day));
    if (year !== y) return false;
    const at = dayNumber(year, ref.month, ref.day);
    return all.some((x) => x.tier !== 0 && x.explicitYear && x.day !== undefined && x.year === year && at - dayNumber(year, x.month!, x.day) >= 0 && at - dayNumber(year, x.month!, x.day) <= 7);
  });
  return fits.length === 1 ? { ...ref, year: fits[0]! } : fits.length ? ref : named(Math.max(...years));
}

const DATELINE_PLACE = /^[\s*_]{0,6}([A-Z][A-Za-z.'’-]{1,30}(?:\s[A-Z][A-Za-z.'’-]{1,30}){0,2})\s{0,2}[,(]/;
/** The dateline names a place the report's meeting provably was not. */
function filedElsewhere(doc: Doc, at: number | undefined): boolean {
  if (at === undefined) return false;
  const place = doc.clean.slice(doc.clean.lastIndexOf('\n', at) + 1, at).match(DATELINE_PLACE)?.[1];
  // (another country: a city's neighbour, "SAN FRANCISCO" over an estate south of it, is where
  // the correspondents at the talks file from)
  const country = place ? [lookup(place), ...containers(place)].find((p) => p?.kind === 'country') : undefined;
  return !!country && placedElsewhere(doc, ` in ${country.name} `);
}

/** The mention's value(s): two when its weekday and its date disagree, so the row shows both. */
function mentionValues(m: Mention, ref: Analysis['ref'], dayline?: number, toldDays?: Map<number, Required<DayRef> | null>): { value: MeetingDate; start: number; end: number }[] {
  let { year } = m;
  if (m.day !== undefined && year === undefined && ref?.year !== undefined) {
    // the year that puts the day nearest the report's own date
    const r = dayNumber(ref.year, ref.month, ref.day);
    year = [ref.year - 1, ref.year, ref.year + 1].reduce((a, b) => (Math.abs(dayNumber(b, m.month!, m.day!) - r) < Math.abs(dayNumber(a, m.month!, m.day!) - r) ? b : a));
  }
  if (m.day !== undefined) {
    if (year !== undefined && !validDay(year, m.month!, m.day)) return [];
    // (a date far from the report's own is another event's, unless the report gives its year and
    // ties it to the meeting: a look back, "On 16 May 1989, Deng received Gorbachev")
    const tied = m.explicitYear && m.tier === 1;
    if (!tied && year !== undefined && ref?.year !== undefined && Math.abs(dayNumber(year, m.month!, m.day) - dayNumber(ref.year, ref.month, ref.day)) > 60) return [];
    const value: MeetingDate = year !== undefined
      ? { date: iso(year, m.month!, m.day), weekday: WEEKDAYS[weekdayOf(year, m.month!, m.day)]! }
      : { date: null, weekday: m.weekday !== undefined ? WEEKDAYS[m.weekday]! : null, monthDay: `${pad2(m.month!)}-${pad2(m.day)}` };
    if (m.last?.day !== undefined) {
      const lm = m.last.month ?? m.month!;
      if (year !== undefined) {
        const ly = lm < m.month! ? year + 1 : year;
        value.lastDate = iso(ly, lm, m.last.day);
        value.lastWeekday = WEEKDAYS[weekdayOf(ly, lm, m.last.day)]!;
      } else value.lastMonthDay = `${pad2(lm)}-${pad2(m.last.day)}`;
    }
    if (m.weekday !== undefined && year !== undefined && weekdayOf(year, m.month!, m.day) !== m.weekday) {
      // "Thursday, August 15, 2025": August 15 2025 is a Friday — keep both so the row shows it
      const text = m.sentence.text.slice(m.start - m.sentence.start, m.end - m.sentence.start);
      const wd = text.match(WEEKDAY_WORD)!;
      const wdStart = m.start + wd.index!;
      const dateAt = text.slice(wd.index! + wd[0].length).search(/[A-Za-z0-9]/);
      const dateStart = wdStart + wd[0].length + Math.max(0, dateAt);
      return [
        { value: { date: null, weekday: WEEKDAYS[m.weekday]! }, start: wdStart, end: wdStart + wd[0].length },
        { value, start: dateStart > m.end ? m.start : dateStart, end: m.end },
      ];
    }
    return [{ value, start: m.start, end: m.end }];
  }
  if (m.relative !== undefined) {
    // "today" means the dateline's day; without a dateline it means nothing we can check, and
    // under a dateline of a weekday alone ("ROME, Tuesday —") it means a weekday
    if (!ref?.fromDateline && dayline !== undefined) {
      return [{ value: { date: null, weekday: WEEKDAYS[(dayline + m.relative + 7) % 7]!, inferred: true }, start: m.start, end: m.end }];
    }
    if (!ref?.fromDateline) return [];
    if (ref.year !== undefined) {
      const d = fromDayNumber(dayNumber(ref.year, ref.month, ref.day) + m.relative);
      return [{ value: { date: iso(d.year, d.month, d.day), weekday: WEEKDAYS[weekdayOf(d.year, d.month, d.day)]!, inferred: true }, start: m.start, end: m.end }];
    }
    const d = fromDayNumber(dayNumber(2001, ref.month, ref.day) + m.relative);
    return [{ value: { date: null, weekday: null, monthDay: `${pad2(d.month)}-${pad2(d.day)}`, inferred: true }, start: m.start, end: m.end }];
  }
  const value: MeetingDate = { date: null, weekday: WEEKDAYS[m.weekday!]! };
  if (m.last?.weekday !== undefined) value.lastWeekday = WEEKDAYS[m.last.weekday]!;
  if (ref?.year !== undefined) {
    // the weekday nearest the report's date: the coming one for what is still expected, else the last one
    const r = dayNumber(ref.year, ref.month, ref.day);
    const refWd = weekdayOf(ref.year, ref.month, ref.day);
    let offset = m.modality === 'expected' ? (m.weekday! - refWd + 7) % 7 : -((refWd - m.weekday! + 7) % 7);
    // (a weekday the report gives a date elsewhere, in the fortnight before its own, is that day,
    // and then stated, not inferred: a weekly tells "on the Tuesday" of the week before last)
    const told = m.modality === 'expected' ? undefined : toldDays?.get(m.weekday!);
    const back = told ? r - dayNumber(told.year, told.month, told.day) : -1;
    if (back >= 0 && back <= 14) offset = -back;
    else if (ref.issue) return [{ value, start: m.start, end: m.end }];
    const d = fromDayNumber(r + offset);
    value.date = iso(d.year, d.month, d.day);
    // ("NEW DELHI, Dec 6, 2021 — … on Monday": the dateline's own day, as plain as a date)
    if (!(back >= 0 && back <= 14) && !(offset === 0 && ref.dated && m.modality !== 'expected')) value.inferred = true;
    if (m.last?.weekday !== undefined) {
      const l = fromDayNumber(r + offset + ((m.last.weekday - m.weekday! + 7) % 7));
      value.lastDate = iso(l.year, l.month, l.day);
    }
  }
  return [{ value, start: m.start, end: m.end }];
}

// ---- comparing values -------------------------------------------------------------------

interface Facts {
  dates?: Set<string>;
  monthDays?: Set<string>;
  weekdays?: Set<string>;
  /**
   * 3 a stated date, or a day and month (a wire that leaves the year to its reader names the same
   * day as one that gives it: neither adds detail), 1 a weekday (or a date only inferred from one)
   */
  rank: number;
}

function facts(v: MeetingDate): Facts {
  const out: Facts = { rank: 1 };
  if (v.date) {
    const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
    const first = dayNumber(y, m, d);
    let last = first;
    if (v.lastDate) {
      const [ly, lm, ld] = v.lastDate.split('-').map(Number) as [number, number, number];
      last = Math.min(first + 6, Math.max(first, dayNumber(ly, lm, ld)));
    }
    out.dates = new Set();
    out.monthDays = new Set();
    out.weekdays = new Set();
    for (let n = first; n <= last; n++) {
      const c = fromDayNumber(n);
      out.dates.add(iso(c.year, c.month, c.day));
      out.monthDays.add(`${pad2(c.month)}-${pad2(c.day)}`);
      out.weekdays.add(WEEKDAYS[weekdayOf(c.year, c.month, c.day)]!);
    }
    out.rank = v.inferred ? 1 : 3;
    return out;
  }
  if (v.monthDay) {
    const [m, d] = v.monthDay.split('-').map(Number) as [number, number];
    const first = dayNumber(2001, m, d);
    let last = first;
    if (v.lastMonthDay) {
      const [lm, ld] = v.lastMonthDay.split('-').map(Number) as [number, number];
      last = dayNumber(lm < m ? 2002 : 2001, lm, ld);
      last = Math.min(first + 6, Math.max(first, last));
    }
    out.monthDays = new Set();
    for (let n = first; n <= last; n++) {
      const c = fromDayNumber(n);
      out.monthDays.add(`${pad2(c.month)}-${pad2(c.day)}`);
    }
    out.rank = v.inferred ? 1 : 3;
  }
  if (v.weekday) {
    out.weekdays = new Set([v.weekday]);
    if (v.lastWeekday) {
      const a = WEEKDAYS.indexOf(v.weekday as (typeof WEEKDAYS)[number]);
      const b = WEEKDAYS.indexOf(v.lastWeekday as (typeof WEEKDAYS)[number]);
      for (let i = 1; i <= (b - a + 7) % 7; i++) out.weekdays.add(WEEKDAYS[(a + i) % 7]!);
    }
  }
  return out;
}

function compareSets(a: Set<string>, b: Set<string>): 'same' | 'sub' | 'super' | 'overlap' | 'disjoint' {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  if (common === 0) return 'disjoint';
  if (common === a.size && common === b.size) return 'same';
  if (common === a.size) return 'sub';
  if (common === b.size) return 'super';
  return 'overlap';
}

export function relateDates(a: MeetingDate, b: MeetingDate): Relation {
  const fa = facts(a);
  const fb = facts(b);
  let finest: ReturnType<typeof compareSets> | undefined;
  for (const dim of ['weekdays', 'monthDays', 'dates'] as const) {
    const x = fa[dim];
    const y = fb[dim];
    if (!x || !y) continue;
    const c = compareSets(x, y);
    if (c === 'disjoint') return 'conflict';
    finest = c;
  }
  if (finest === 'sub') return 'narrower';
  if (finest === 'super') return 'wider';
  if (fa.rank !== fb.rank) return fa.rank > fb.rank ? 'narrower' : 'wider';
  if (finest === 'overlap') return (fa.dates?.size ?? 9) <= (fb.dates?.size ?? 9) ? 'narrower' : 'wider';
  return 'same';
}

const SHORT_WD = (w: string) => w.slice(0, 3);
function displayDate(v: MeetingDate): string {
  const day = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return `${d} ${MONTHS_SHORT[m - 1]} ${y}`;
  };
  const md = (x: string) => {
    const [m, d] = x.split('-').map(Number) as [number, number];
    return `${d} ${MONTHS_SHORT[m - 1]}`;
  };
  if (v.inferred) {
    const what = v.weekday ? v.weekday + (v.lastWeekday ? `–${v.lastWeekday}` : '') : 'today';
    const when = v.date ? day(v.date) : v.monthDay ? md(v.monthDay) : '';
    return when ? `${what} (${when} by the dateline)` : what;
  }
  if (v.date) {
    const first = `${SHORT_WD(v.weekday ?? '')} ${day(v.date)}`.trim();
    return v.lastDate ? `${first} – ${SHORT_WD(v.lastWeekday ?? '')} ${day(v.lastDate)}` : first;
  }
  if (v.monthDay) {
    const first = `${v.weekday ? SHORT_WD(v.weekday) + ' ' : ''}${md(v.monthDay)}`;
    return v.lastMonthDay ? `${first} – ${md(v.lastMonthDay)} (year not given)` : `${first} (year not given)`;
  }
  return v.lastWeekday ? `${v.weekday}–${v.lastWeekday}` : v.weekday ?? '?';
}

function identityOf(v: MeetingDate): string {
  // a date only inferred from the dateline is, as the source words it, just its weekday
  if (v.inferred) return v.weekday ? `|${v.weekday}|||${v.lastWeekday ?? ''}|` : `|||${v.monthDay ?? ''}||`;
  return `${v.date ?? ''}|${v.weekday ?? ''}|${v.lastDate ?? ''}|${v.monthDay ?? ''}|${v.lastWeekday ?? ''}|${v.lastMonthDay ?? ''}`;
}

/** Days from a to b when b can be the last day of a meeting that starts on a (1 to 3), else 0. */
function daysAfter(a: MeetingDate, b: MeetingDate): number {
  if (a.date && b.date && !a.inferred && !b.inferred) {
    const [x, y] = [a.date, b.date].map((d) => {
      const [yy, mm, dd] = d.split('-').map(Number) as [number, number, number];
      return dayNumber(yy, mm, dd);
    }) as [number, number];
    return y - x >= 1 && y - x <= 3 ? y - x : 0;
  }
  // "December 15" and "December 16" with no year: the days still follow each other
  if (a.monthDay && b.monthDay && !a.date && !b.date && !a.inferred && !b.inferred) {
    const [m, d] = a.monthDay.split('-').map(Number) as [number, number];
    const [lm, ld] = b.monthDay.split('-').map(Number) as [number, number];
    const gap = dayNumber(lm < m ? 2002 : 2001, lm, ld) - dayNumber(2001, m, d);
    return gap >= 1 && gap <= 3 ? gap : 0;
  }
  if (!a.weekday || !b.weekday) return 0;
  const d = (WEEKDAYS.indexOf(b.weekday as (typeof WEEKDAYS)[number]) - WEEKDAYS.indexOf(a.weekday as (typeof WEEKDAYS)[number]) + 7) % 7;
  return d >= 1 && d <= 3 ? d : 0;
}

/** How many days after its first day a value's last day is (0 for a single day). */
function spanOf(v: MeetingDate): number {
  if (v.date && v.lastDate) {
    const [a, b] = [v.date, v.lastDate].map((d) => {
      const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
      return dayNumber(y, m, dd);
    }) as [number, number];
    return Math.max(0, b - a);
  }
  if (v.monthDay && v.lastMonthDay) {
    const [m, d] = v.monthDay.split('-').map(Number) as [number, number];
    const [lm, ld] = v.lastMonthDay.split('-').map(Number) as [number, number];
    return Math.max(0, dayNumber(lm < m ? 2002 : 2001, lm, ld) - dayNumber(2001, m, d));
  }
  if (v.weekday && v.lastWeekday) {
    return (WEEKDAYS.indexOf(v.lastWeekday as (typeof WEEKDAYS)[number]) - WEEKDAYS.indexOf(v.weekday as (typeof WEEKDAYS)[number]) + 7) % 7;
  }
  return 0;
}

function firstDayOf(v: MeetingDate): MeetingDate {
  const { lastDate, lastWeekday, lastMonthDay, ...first } = v;
  return first;
}

/** The value extended to end `days` after its first day. */
function through(v: MeetingDate, days: number, last: MeetingDate): MeetingDate {
  const value: MeetingDate = { ...v };
  if (v.date) {
    const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
    const l = fromDayNumber(dayNumber(y, m, d) + days);
    value.lastDate = iso(l.year, l.month, l.day);
    value.lastWeekday = WEEKDAYS[weekdayOf(l.year, l.month, l.day)]!;
  } else if (v.weekday) {
    value.lastWeekday = WEEKDAYS[(WEEKDAYS.indexOf(v.weekday as (typeof WEEKDAYS)[number]) + days) % 7]!;
  } else if (v.monthDay) {
    const [m, d] = v.monthDay.split('-').map(Number) as [number, number];
    const l = fromDayNumber(dayNumber(2001, m, d) + days);
    value.lastMonthDay = `${pad2(l.month)}-${pad2(l.day)}`;
  }
  if (!value.lastWeekday && last.weekday) value.lastWeekday = last.weekday;
  return value;
}

/**
 * One value per source when everything it says fits together (the most specific one), every
 * distinct value when it contradicts itself. A meeting over several days is the exception:
 * in a report that calls it a two-day meeting (or says the talks resumed), or that names the
 * day it opened and the day it broke up, a later day is its last day, not a second date, and
 * extends the first day's value into a range.
 * A weekday and a date that disagree within one expression are never joined.
 */
function collapse(
  claims: Claim<MeetingDate>[],
  phases: { ends: Set<Claim<MeetingDate>>; starts: Set<Claim<MeetingDate>>; split: Set<Claim<MeetingDate>>; asMeeting: Set<Claim<MeetingDate>> },
  multiDay: boolean,
  ref?: DayRef,
): Claim<MeetingDate>[] {
  const { ends, starts, split, asMeeting } = phases;
  // what a source says happened outweighs what it says was planned ("the leaders plan to hold a
  // news conference on Sunday" in a report of Saturday's talks)
  if (claims.some((c) => c.modality !== 'expected')) claims = claims.filter((c) => c.modality !== 'expected');
  if (claims.length < 2) return claims;
  const distinct: Claim<MeetingDate>[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    const id = identityOf(c.value);
    if (!seen.has(id)) {
      seen.add(id);
      distinct.push(c);
    }
  }
  const conflicting = (list: Claim<MeetingDate>[]) => {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (relateDates(list[i]!.value, list[j]!.value) === 'conflict') return true;
    return false;
  };
  const pick = (list: Claim<MeetingDate>[]) => {
    // a stated span holds the days the report goes on to name ("took place on 19 and 20 November
    // … On 20 November the talks continued"): those are days of it, not a narrower date; a
    // single day more exact than the span (it has the year) that opens it carries the span on
    const range = list.find((c) => spanOf(c.value) > 0 && list.every((o) => o === c || ['wider', 'same'].includes(relateDates(c.value, o.value))));
    if (range) {
      const rank = facts(range.value).rank;
      const finer = list.filter((o) => facts(o.value).rank > rank);
      if (!finer.length) return range;
      const first = finer.find((o) => spanOf(o.value) === 0 && relateDates(o.value, firstDayOf(range.value)) !== 'conflict');
      if (first && finer.every((o) => relateDates(o.value, first.value) !== 'conflict')) return { ...first, value: through(first.value, spanOf(range.value), range.value) };
    }
    // a day and month without a year or weekday, told after the weekday a sentence gave the
    // meeting, fits that weekday only because nothing can be checked: it does not make it more
    // exact ("sat down with them at the White House on Friday" … "a virtual summit on March 12")
    const unchecked = (c: Claim<MeetingDate>) => !c.value.date && !c.value.weekday && list.some((o) => asMeeting.has(o) && o.span.start < c.span.start && o.value.weekday && !o.value.date && !o.value.monthDay);
    const checked = list.filter((c) => !unchecked(c));
    return checked.find((c) => checked.every((o) => o === c || relateDates(c.value, o.value) !== 'wider')) ?? checked[0]!;
  };
  if (!conflicting(distinct)) return [pick(distinct)];
  // of days that cannot all be the meeting's, one three weeks or more from the day the report is
  // dated is another occasion's when the report tells one nearer too ("They first met on April 27,
  // and again on May 26" in a dispatch of Sept. 19 that dates the talks "Tuesday, Sept. 18")
  if (ref) {
    const far = (c: Claim<MeetingDate>) => {
      const md = c.value.date?.slice(5) ?? c.value.monthDay;
      if (!md) return false;
      const [m, d] = md.split('-').map(Number) as [number, number];
      const gap = Math.abs(dayNumber(2001, m, d) - dayNumber(2001, ref.month, ref.day)) % 365;
      return Math.min(gap, 365 - gap) >= 21;
    };
    const near = claims.filter((c) => !far(c));
    if (near.length && near.length < claims.length) return collapse(near, phases, multiDay);
  }
  if (distinct.some((c) => split.has(c))) return distinct;
  // the first day: a value every other one either fits or follows by one to three days
  const candidates = [...distinct.filter((c) => !ends.has(c) && !c.value.lastWeekday && !c.value.lastDate && !c.value.lastMonthDay)];
  candidates.sort((a, b) => (relateDates(a.value, b.value) === 'narrower' ? -1 : relateDates(a.value, b.value) === 'wider' ? 1 : 0));
  for (const first of candidates) {
    let days = 0;
    let last: MeetingDate | undefined;
    let fits = true;
    // a single-day meeting also "ends": only a report that says it lasted longer, or that names
    // the day it opened, makes a range of it, and then any day up to the one it ended on
    let closing = 0;
    if (starts.has(first)) for (const e of ends) closing = Math.max(closing, daysAfter(first.value, e.value));
    for (const o of distinct) {
      if (o === first || relateDates(first.value, o.value) !== 'conflict') continue;
      const d = daysAfter(first.value, o.value);
      if (!d || !(multiDay || d <= closing)) {
        fits = false;
        break;
      }
      if (d > days) [days, last] = [d, o.value];
    }
    if (fits && last) return [{ ...first, value: through(first.value, days, last) }];
  }
  return distinct;
}

const dateKind: ClaimKind<MeetingDate> = {
  type: 'meeting.date',
  label: 'Date',
  relate: relateDates,
  display: displayDate,
  identity: identityOf,
  conflict: 'not the same day',
};

export const dateExtractor: Extractor = {
  family: 'date',
  kinds: [dateKind],
  extract: (doc) => analyse(doc).claims,
};
