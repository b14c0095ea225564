// How long: the talks themselves, what they were expected to last, and the press conference.
// A length belongs to the nearest thing it measures ("a 12-minute press conference", "three
// hours of talks", "the flight took nine hours"), and an expectation cue next to it ("had
// anticipated", "was scheduled to") makes it an expectation, never the actual length.
import type { Claim, ClaimType, Relation, Sentence } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { ClaimKind, Extractor } from './kind.js';
import { GROUP, NUMBER, clauseEndThroughRegion, monthNumber, parseNumber, voiceAt } from './cues.js';
import { reportDate } from './date.js';

export interface Interval {
  minMinutes: number;
  maxMinutes: number;
  /** the length as the source hedged it, for display: "nearly 3 h" */
  stated?: string;
  /**
   * The figure itself is excluded: "nearly an hour" stops short of 60 ('under'), "more than
   * an hour" starts past it ('over'). Only such a pair on either side of one figure conflicts
   * at the shared end; a plain "an hour" is rounded and fits both.
   */
  strict?: 'under' | 'over';
}

// Longest first: the regex takes the first alternative that fits, so "just over" must be tried
// before "just", and "a little short of" before "short of".
const HEDGE =
  '(?:a\\s+(?:little|bit|tad|shade|touch|hair)\\s+(?:more|less|longer|shorter)\\s+than|a\\s+(?:little|bit|tad|shade|touch|hair)\\s+(?:over|under|short\\s+of)|in\\s+the\\s+(?:region|neighbou?rhood)\\s+of|something\\s+like|the\\s+guts\\s+of|the\\s+best\\s+part\\s+of|(?<!\\bthe\\s)(?:past|beyond)|slightly\\s+(?:more\\s+than|less\\s+than|over|under|short\\s+of)|somewhat\\s+(?:more|less)\\s+than|little\\s+(?:more|less)\\s+than|just\\s+(?:over|under|shy\\s+of|short\\s+of|about)|well\\s+(?:over|under|short\\s+of)|no\\s+(?:more|less|longer|shorter)\\s+than|not\\s+(?:more|less|longer|shorter)\\s+than|not\\s+quite|more\\s+than|less\\s+than|fewer\\s+than|in\\s+excess\\s+of|north\\s+of|upwards?\\s+of|at\\s+least|at\\s+most|up\\s+to|close\\s+to|nigh\\s+on|short\\s+of|shy\\s+of|the\\s+better\\s+part\\s+of|a\\s+(?:good|full|solid)|fully|nearly|almost|about|around|roughly|approximately|approx\\.|circa|maybe|perhaps|possibly|probably|some|over|under|barely|only|just|an\\s+estimated|~)';
const NUM = `(?:${NUMBER})`;
// "two hours and 45 minutes", "2 hours 45 minutes", "an hour and a half", "90 minutes",
// "a three-hour", "six to seven hours", "2½-hour", "hour-and-a-half", "40-odd minutes",
// "a quarter of an hour", "three quarters of an hour", "between two and three hours", "an
// hour-and-40-minute meeting", "2 h 40 min", and the compact "1h40", "2hrs", "2h 40m" of
// briefings and liveblogs
const AMOUNT =
  `(?:(?<a>${NUM})(?:(?:\\s*(?:to|-|–|—|or)\\s*|(?<=\\bbetween\\s+\\S+)\\s+and\\s+)(?<b>${NUM}))?(?:[-\\s](?<odd>odd|plus)|(?<plusSign>\\+))?[-\\s]+(?<unit>hours?|hrs?|h|minutes?|mins?)` +
  `(?:(?:,?[-\\s]+and|,)?[-\\s]+(?<extra>${NUM})[-\\s]+(?:minutes?|mins?))?` +
  `(?:\\s+and\\s+(?:a\\s+)?(?<andFrac>half|quarter|three[-\\s]quarters))?` +
  `|(?:an?\\s+)?hour[-\\s]and[-\\s]a[-\\s](?<hourFrac>half|quarter)` +
  `|(?<ch>\\d{1,2})h(?:rs?)?(?:\\s?(?<cm>[0-5]?\\d)\\s?(?:m|mins?|minutes?)|(?<cm2>[0-5]\\d))?` +
  `|(?:(?:a|one)\\s+)?(?<quarters>quarter|three[-\\s]quarters)\\s+of\\s+an\\s+hour` +
  // "a good hour", "a full hour": the hedge stands in for the number
  // ("their allotted hour", "the scheduled hour": the plan's word stands in for the number)
  `|(?<=\\ba\\s+(?:good|full|solid)\\s+|\\b(?:the|their|its|his|her|an?)\\s+(?:allotted|allocated|scheduled|planned|appointed|allowed|budgeted)\\s+|\\b(?:the|their|its|this|that)\\s+(?=hour[-\\s]long\\b))(?<bareHour>hour))`;
const DURATION = new RegExp(
  `(?<![\\w-])(?:(?<hedge>${HEDGE})\\s+)?${AMOUNT}(?<after>,?\\s+or\\s+so|,?\\s+or\\s+thereabouts|,?\\s+give\\s+or\\s+take|,?\\s+(?:or|perhaps|maybe|possibly|probably)\\s+(?:more|longer|less|shorter)|,?\\s+at\\s+(?:the\\s+)?(?:very\\s+)?(?:most|least)|,?\\s+tops|,?\\s+max(?:imum)?|\\s*\\+|\\s+plus)?(?![\\w])`,
  'gi',
);
const TRIGGER = /\b(?:hours?|hrs?|minutes?|mins?)\b|hour-|\d\s?h(?:rs?)?\b|\dh\d/i;
// a compact figure read as a clock time ("at 15h30", "15h30–16h05") is a point, not a length
const CLOCK_BEFORE = /(?:\b(?:at|from|until|till|to|by|since|around|between)\s+|\bbetween\s+\d{1,2}h\d\d\s+and\s+|[–-]\s*)$/i;
const CLOCK_AFTER = /^\s*[–-]\s*\d/;
// "stretched past the three-hour mark", "neared the 90-minute mark": the verb before "the … mark"
// is the hedge; a mark with no such verb says nothing of the length
const MARK_AFTER = /^[-\s]+mark\b/i;
const MARK_BEFORE =
  /\b(?:(past|beyond|passed|passing|topped|topping|crossed|crossing|exceeded|exceeding|surpassed|surpassing|broke|breaking|over)|(approach\w*|near(?:ed|ing)?|close\s+to|short\s+of|shy\s+of)|(hit|hitting|reached|reaching))\s+the\s+$/i;

// "the two leaders spent two hours alone", "with only interpreters", "the bilateral": the
// people or the format name the talks as well as the word "talks" does; "a 17-hour marathon" is
// how columns name talks that ran long, "90 minutes in the room" how liveblogs do (time spent
// with a leader: see WITH_AFTER); a "courtesy call" or "a call on the king" is a visit to a
// leader in person, where a phone call is not
const MEETING =
  /\b(?:(?:courtesy|farewell|introductory|protocol|ceremonial)\s+calls?|calls?\s+on\s+(?:the\s+|his\s+|her\s+)?(?:[\w.'’-]+\s+){0,2}?(?:king|queen|emperor|president|premier|prime\s+minister|chancellor|chairman|leader|pope|sultan|emir|shah)\b|at\s+the\s+table|around\s+the\s+table|talks|talk|talked|talking|chats?|chatted|chatting|meetings?|met|meet|summit|sessions?|discussions?|discussed|negotiations?|negotiated|conversations?|sat|sit-down|closeted|tête-à-tête|tete-a-tete|one-on-one|one-to-one|face-to-face|closed-door|encounter|(?:see|sees|saw|seen|seeing)\s+(?:each\s+other|one\s+another)|(?:get|gets|got|getting)\s+together|sit(?:ting)?\s+down|huddled|conferred|deliberations|consultations|format|behind closed doors|in\s+private|privately|in\s+the\s+(?:room|meeting\s+room)|interpreters?|together|bilateral|bilat|pull[-\s]asides?|plenary|parley(?:ed)?|marathon|all-nighter|(?:the\s+)?(?:two|both)\s+(?:leaders|men|presidents|heads\s+of\s+state)|the\s+pair)\b/i;
// "90 minutes with the Chinese leader", "an hour alone with his counterpart", "two hours with Putin":
// a length spent with a head of state or government is time in talks, but only right after the
// length; further off, "with" belongs to whatever the clause names ("a video call with Putin
// that ran two hours", "75 minutes on the phone with him")
const WITH_AFTER = /^(\s+(?:(?:alone|privately|together|face[-\s]to[-\s]face|one[-\s]on[-\s]one|in\s+private)\s+)?with\s+)((?:(?:President|Premier|Prime\s+Minister|Chancellor|Mr\.?|Mrs\.?|Ms\.?)\s+)?)/;
// (a head of state or government, not "business leaders", "the opposition leader", "the president's wife")
const WITH_ROLE_AFTER =
  /^(?:(?:the|his|her|their)\s+)?(?:(?!(?:opposition|business|religious|community|party|rebel|separatist|union|student|world|tribal|military|civic|local|regional|congressional|senate|house|former|ex-?|vice)\b)[\w.'’-]+\s+){0,2}?(?:leader|president|counterparts?|premier|prime\s+minister|chancellor|head\s+of\s+state)\b(?!['’]s|-elect)/i;
const PRESS =
  /\b(?:(?:at\s+the\s+)?(?:lectern|podium|microphones?)|before\s+(?:the\s+)?(?:reporters|cameras|press|media)|press\s+conference|news\s+conference|press\s+appearance|joint\s+appearance|appearance|press\s+event|presser|(?:press|media)\s+availability|briefing|statements?\s+to\s+(?:the\s+)?(?:press|reporters|media)|remarks\s+to\s+reporters|(?:address(?:ed|es|ing)?|brief(?:ed|s|ing)?|fac(?:e|ed|es|ing)|(?:spoke|speaks?|speaking|talk(?:ed|s|ing)?)\s+(?:to|with)|(?:emerged|appeared|stepped\s+out|came\s+out)\s+(?:before|in\s+front\s+of))\s+(?:the\s+)?(?:reporters|journalists|correspondents|press|media|cameras)|q\s*&\s*a|questions|press)\b/i;
const OTHER =
  /\b(?:flights?|flew|fly|flying|in\s+the\s+air|drive|drove|ride|journey|trip|train|voyage|crossing|wait|waited|waiting|delay(?:ed)?|late|war|conflict|fighting|sleep|awake|asleep|layover|motorcade|queue|lunch|dinner|banquet|breakfast|meal|reception|walk|walked|walking|stroll|strolled|tour|toured|touring|inspect(?:ed|ing|ion)?|ceremony|handshake|ovation|applause|silence|parade|concert|performance|visit|visited|visiting|stay(?:ed)?|rest|nap|time\s+difference|time\s+zones?|hearing|speech|address|interview|broadcast|coverage|footage|clip|recording|documentary|(?<!\b(?:courtesy|farewell|introductory|protocol|ceremonial)\s)call(?!s?\s+on\s+(?:the\s+|his\s+|her\s+)?(?:[\w.'’-]+\s+){0,2}?(?:king|queen|emperor|president|premier|prime\s+minister|chancellor|chairman|leader|pope|sultan|emir|shah)\b)|phone|video|detour|outage|siege|offensive|ceasefire|truce|pause)\b/i;
// "a 15-minute break", "a ten-minute photo session": a pause or a photo call named right after the
// length is what it measures ("break" further off is usually the talks breaking, not a length)
const PAUSE_AFTER = /^[\s-]+(?:(?:short|brief|coffee|cigarette|lunch|prayer)\s+)?(?:break|recess|intermission|adjournment|time-?out|photo(?:-?ops?|\s+ops?|\s+opportunit(?:y|ies)|\s+sessions?|calls?|graphs|s)?)\b/i;
// "the schedule had set aside", "15 minutes on the schedule", "meant to last": what was
// planned, in the many ways a schedule is spoken of
// "told the pool to plan for 90 minutes", "budget two hours", "block out an hour", "allow for two
// hours": an instruction to set time aside is a plan as much as "scheduled" is
// ("bracing for a marathon of up to eight hours": readying oneself for a length is expecting it)
const EXPECTED =
  /\b(?:expect|expects|expected|expecting|anticipated|anticipating|scheduled?|timetabled?|planned|plan(?:ning|s)?\s+(?:for|on)|budget(?:ing|s)?(?:\s+for)?|block(?:ed|ing)?\s+(?:out|off|for)|hop(?:ed|ing)\s+to\s+(?:keep|limit|hold|wrap|finish|end|confine|cap)|allow(?:ed|ing|s)?\s+for|provid(?:ed|es|ing)\s+for|(?:according\s+to|under|on)\s+the\s+(?:official\s+)?(?:programm?e|protocol|agenda|calendar)|(?:official|published|printed|day['’]s|summit['’]s|visit['’]s)\s+programm?e|itinerar(?:y|ies)|timed(?!\s+out\b)|(?:announced|advertised|presented)\s+as|(?:the|its|their|his|her|an?|official|original|draft|printed|published)\s+(?:[\w-]+\s+)?(?:schedule|programm?e|program|agenda|timetable|plan|run[-\s]of[-\s]show)\s+(?:called|calls|listed|lists|showed|shows|had|has|gave|gives|included|includes|was|is|specified|specifies|put|puts|set|sets)\b|(?:is|are)\s+to\s+(?:\w+\s+)?(?:last|run|take|hold|be|meet|talk|continue|go|sit|spend)|slated|due|programm?ed|foreseen|fore(?:saw|sees?|seeing)|preview(?:ed|s|ing)?|envisag(?:ed|es|ing)|envision(?:ed|s|ing)|projected|reckon(?:ed|ing|s)?\s+(?:on|with)|window|allotted|allocated|booked|set\s+aside|earmarked|budgeted|reserved|pencil(?:l)?ed\s+in|slot(?:ted)?|billed|forecast|predicted|supposed|meant\s+to|(?:brac(?:e|ed|es|ing)|gird(?:ed|s|ing)?)\s+(?:themselves\s+|ourselves\s+)?for|intended\s+to|set\s+(?:to|for)|was\s+to|were\s+to|(?:it|they|talks|this|that)(?:'ll|’ll|\s+will)\s+(?:be|last|run|take)|going\s+to\s+(?:be|last|run|take)|before\s+the\s+(?:meeting|talks|summit)|floated|mooted|touted|beforehand|in\s+advance|ahead\s+of\s+the\s+(?:meeting|talks|summit)|(?:would|could|might|may|will|shall|should|ought\s+to|['’]ll)\s+(?:\w+ly\s+)?[“"‘']?(?:last|run|take|meet|talk|sit|spend|continue|go\s+on|go|be|stretch|extend|drag\s+on|spill\s+over|overrun|see|get\s+together|hold|conduct)|likely\s+to\s+(?:last|run|take|meet|talk|sit|spend|continue|go|be|stretch|extend|hold)|estimated)\b/i;
// "longer than planned", "ahead of schedule": the plan only as a yardstick for what happened,
// which says nothing of how long the plan was
const PLAN_AS_YARDSTICK =
  /\b(?:than|as)\s+(?:(?:had\s+been|was|were|originally|initially|first)\s+)*(?:expected|anticipated|scheduled|planned|intended|foreseen|billed|forecast|predicted)\b|\b(?:ahead\s+of|behind|off|over|according\s+to)\s+(?:the\s+)?(?:\w+\s+)?schedule\b/gi;
// a time of day or a point in time, not a length: "hours later", "within hours", "48 hours before"
const NOT_LENGTH_AFTER = /^\s*(?:['’]\s*time\b|before|after|later|earlier|ago|away|apart|past|beforehand|ahead|into|from\s+now|prior|notice|drive|flight|ride|walk|time\s+difference|behind(?!\s+closed\s+doors)|early|late|each\s+way|a\s+(?:day|night|week)|per|daily|each|apiece|(?:just\s+)?like\s+(?:every|each|all|any)\b|as\s+(?:did\s+)?(?:every|each|all)\b)\b/i;
// ("another two hours", "an extra hour": an increment on top of something; "overran by an hour",
// "extended by 40 minutes": a difference; "will meet again in two hours": a point ahead; but
// "followed by 30 minutes of questions" names what came next, with its own length)
const NOT_LENGTH_BEFORE = /\b(?:another|(?<!\b(?:followed|preceded|accompanied|joined|capped|topped|rounded\s+off)\s+)by|again\s+in|back\s+in|a\s+further|an?\s+(?:extra|additional)|extra|additional|further|within|every|per|in\s+the\s+(?:first|last|past|final)|the\s+(?:first|last|past|final))\s*$/i;
const COMPARISON_BEFORE = /\b(?:than|as\s+long\s+as|instead\s+of|rather\s+than|compared\s+with|compared\s+to|short\s+of|shy\s+of)\s+(?:the\s+|a\s+|an\s+)?$/i;
// a length measured by its verb ("ran two hours before the men walked out") is a length even
// when a point-in-time word follows it
const MEASURED_BEFORE = /\b(?:lasted|lasting|last|ran|run|running|took|take|went\s+on|continued|for|spent|spending|(?:over|ended|wrapped|wraps|broke\s+up|finished|concluded|done)\s+(?:after|in))\s*$/i;
// a past verb that measures the length right before it ("lasted 100 minutes", "went on for
// roughly an hour") tells what happened, whatever plan the same clause mentions
const ACTUAL_BEFORE = /\b(?:(?:lasted|ran|took|continued|stretched|dragged\s+on|went\s+on|spent|talked|met|conferred)(?:\s+(?:for|on\s+for|to|out\s+to|into))?|(?:was|were|is)\s+over\s+(?:after|in)|(?:over|ended|wrapped(?:\s+up)?|wraps(?:\s+up)?|broke\s+up|finished|concluded|done)\s+(?:after|in))\s*$/i;
// "could be over in five minutes", "would have wrapped up in an hour": a modal turns the verb that
// measures into a forecast, and so does a plan that did not hold ("was to have lasted an hour")
const MODAL_BEFORE = /\b(?:would|could|might|may|will|shall|can|should)(?:n['’]t|\s+not)?\s+(?:\w+ly\s+)?(?:have\s+)?(?:be\s+|been\s+)?\w+(?:\s+(?:up|out|on))?(?:\s+(?:for|to|after|in|into|within))?\s*$|\b(?:was|were)\s+(?:(?:originally|initially|first)\s+)?(?:(?:due|supposed|meant|scheduled|expected|set|planned|slated|intended)\s+)?to\s+have\s+(?:been\s+)?\w+(?:\s+(?:up|out|on))?(?:\s+(?:for|to|after|in|into|within))?\s*$/i;
// "the length was set at 40 minutes", "had agreed to an hour of talks", "had been given 40 minutes",
// "the premier allowed only five hours", "protocol had limited it to 40 minutes":
// a figure someone fixed, granted or consented to beforehand, however the clause then goes on
// (only right before the length: "after being given a tour, they held a two-hour meeting")
// "Seoul had asked for an hour-long meeting; Tokyo offered 30 minutes": what one side asked for or
// offered is neither what was agreed nor what happened, so it stays silent
const PROPOSAL_BEFORE = /\b(?:propos(?:ed|es|ing)|request(?:ed|s|ing)|asked\s+for|ask(?:s|ing)\s+for|sought|seeking|offer(?:ed|s|ing)|suggest(?:ed|s|ing)|demand(?:ed|s|ing)|push(?:ed|es|ing)\s+for|press(?:ed|ing)\s+for|lobbied\s+for|wanted|insisted\s+on|counter-?offered)\s+(?:(?:an?|the|only|just|barely)\s+)?$/i;
const PLAN_BEFORE = /\b(?:(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:(?:set|fixed)\s+at|given|granted)|allow(?:ed|s|ing)?|allot(?:ted|s|ting)?|grant(?:ed|s|ing)?|(?:limited|restricted|capped|confined)\s+(?:to|at)|(?:agreed|agreeing|agrees?|consented|consenting)\s+(?:to|on))\s+(?:(?:an?|the)\s+)?$/i;
// a number standing alone, the unit left to the reader ("a slot allotted eight", "scheduled for 45")
const BARE_FIGURE =
  /(?<![\w.,-])(?:\d+(?:[.,]\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen)(?![\w-]|[.,]\d)/i;
// "the office said the talks would consist of a small session and an expanded one, lasting about 90
// minutes in all", "the programme is to include a lunch, taking three hours": a participle right
// before the length goes on with the clause it hangs from, and a forecast there is a forecast of
// the length, unless the clause turns to what happened ("but ran on, lasting …")
const GOES_ON_BEFORE = /\b(?:lasting|running|taking|spanning)(?:\s+(?:for|to|some))?\s*$/i;
// ("expected the leaders to …": a verb of expecting governs its complement, but not "than expected")
const FORECAST =
  /\b(?:would|will|shall|['’]ll|(?:is|are|was|were)\s+to|(?:scheduled|due|set|slated|planned|supposed|meant|likely|intended|billed|programm?ed)\s+to|(?<!\b(?:than|as)\s+(?:\w+\s+)?)(?:expect(?:ed|s|ing)?|anticipat(?:ed|es|ing)|foresaw|forecast|predicted)|in\s+advance|beforehand)\b/gi;
const TURN_TO_ACTUAL =
  /\b(?:but|though|although|despite|yet|however|instead|in\s+the\s+end|in\s+the\s+event|ended\s+up|wound\s+up|eventually|actually|in\s+fact|finally|went\s+on|ran|lasted|stretched|dragged|continued|took|overran|spilled|met|sat|talked|spoke|held|conferred)\b/i;
// "were to cover trade, but ran on into the night, lasting five hours": past a turn to what
// happened, the plan before it no longer governs
const TURN = /\b(?:but|yet|instead|in\s+the\s+end|in\s+the\s+event|eventually|ended\s+up|wound\s+up)\b/gi;
// ("would talk 'as long as necessary', but no more than three hours", "two hours, but perhaps
// longer": a "but" that only bounds the figure has no verb of its own, and the plan still governs)
// (tested on the rest with its blanks made single spaces, so that no two runs of blanks meet in
// the pattern)
const BOUND_ONLY = /^(?:(?:probably|perhaps|possibly|likely|maybe|certainly|surely|still|in any case) )?(?:(?:no|not) (?:more|longer) than|not (?:beyond|past|over)|at (?:the )?(?:most|least|outside)|up to|under|within|(?:more|less) than|(?:probably|perhaps|possibly|likely|maybe|only|just))?(?: ?\ban?)?$/i;
function afterTurn(t: string): string {
  let at = 0;
  for (const m of t.matchAll(TURN)) if (!BOUND_ONLY.test(t.slice(m.index! + m[0].length).trim().replace(/\s+/g, ' '))) at = m.index! + m[0].length;
  return t.slice(at);
}
function forecastGoesOn(leftClause: string, before: string): boolean {
  if (!GOES_ON_BEFORE.test(before)) return false;
  let at = -1;
  for (const m of leftClause.matchAll(FORECAST)) at = m.index! + m[0].length;
  return at >= 0 && !TURN_TO_ACTUAL.test(leftClause.slice(at)) && !/\b(?:though|although|despite|even\s+if)\b/i.test(leftClause);
}
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
// another, earlier event in the same clause: "their one-on-one in Helsinki in 2018, which ran
// about two hours", "in Singapore in June 2018, where their first one-on-one lasted"
const OTHER_EVENT = new RegExp(
  `\\b(?:in|since|of|during)\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\s+(?:summit|meeting|talks|encounter|one-on-one)\\b|\\b(?:previous|prior|earlier)\\s+(?:summit|meeting|encounter|talks|one-on-one|session|round|sit-down)\\b|\\b(?:last|first)\\s+(?:summit|meeting|encounter|talks)\\b` +
    // "signed seven years ago after a session that ran …", "met in Geneva last June for talks that …",
    // "a year earlier": a point in the past is another occasion than the summit being reported
    `|\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|\\w+teen|twenty|thirty|forty|fifty|several|many|some|few)\\s+(?:years?|decades?|months?)\\s+(?:ago|earlier|before|previously)\\b` +
    `|\\blast\\s+(?:year|month|${MONTH}|spring|summer|autumn|fall|winter)\\b|\\b(?:that|the\\s+(?:following|previous|preceding))\\s+(?:${MONTH}|spring|summer|autumn|fall|winter)\\b|\\b(?:the\\s+)?(?:previous|preceding|prior)\\s+(?:year|month)\\b` +
    // "the last time they met, …", "on that occasion", "unlike Bali, where they met for three hours"
    `|\\b(?:last|previous|prior)\\s+time\\b|\\bon\\s+that\\s+occasion\\b|\\bthe\\s+time\\s+before\\b` +
    `|\\b(?:unlike|compared\\s+(?:with|to)|as\\s+(?:in|at)|like)\\s+[^,;]{1,40},\\s+(?:where|when|at\\s+which|in\\s+which)\\b`,
  'i',
);
// "a day after the envoy met Putin for talks that lasted three hours", "only a day earlier, after the
// envoy's three-hour session": another day's event (an expectation voiced the day before is still
// the summit's, so this holds only for what happened)
const OTHER_DAY_G =
  /\b(?:a|one|two|three|four|five|six|\d)\s+days?\s+(?:after|before|earlier|previously|ago)\b|\bthe\s+(?:day|night|evening)\s+(?:before|after)\b|\bthe\s+(?:previous|preceding)\s+(?:day|night|evening|week)\b|\b(?:a|one|the)\s+week\s+(?:before|earlier|ago)\b/gi;
// "their first meeting since the shouting match of 28 February, a televised session of some 50
// minutes": an apposition to what a first is counted from describes that earlier occasion (not
// when "since" names only a time: "the first summit since 2019, a two-hour session" is this one)
/**
 * Whether a stretch before a length sets it on another day. A bare "a day earlier" or "the
 * night before," dates all that follows; "two days after arriving in Geneva," dates only its own
 * stretch, so the main clause after its comma ("the two met for three hours") is the summit's,
 * unless what follows the comma still tells the other day ("…, after the envoy's session").
 */
function onOtherDay(stretch: string): boolean {
  for (const m of stretch.matchAll(OTHER_DAY_G)) {
    const rest = stretch.slice(m.index! + m[0].length);
    if (/(?:earlier|previously|ago)$/i.test(m[0]) || /^\s*(?:,|$)/.test(rest) || /^[^,;]*$/.test(rest) || /^[^,;]*,\s*(?:after|before|when|following|as)\b[^,;]*$/i.test(rest)) return true;
  }
  return false;
}
const SINCE_APPOSITION = new RegExp(
  `\\b(?:first|only)\\b[^,;]{0,60}?\\bsince\\s(?!\\s|(?:early\\s+|late\\s+|mid-?)?(?:(?:19|20)\\d\\d|${MONTH}|then|taking|becoming|coming|(?:his|her|their)\\s+(?:election|re-election|inauguration))\\b)[^,;]{1,80},\\s+(?:a|an|the|which|that|when|where)\\b[^,;]{0,80}$`,
  'i',
);
// a month named with no day ("had met in Paris in December"), months away from the report's own:
// another occasion than the summit the report covers
const BARE_MONTH_G = new RegExp(`\\bin\\s+(?:(?:early|late|mid-?)\\s*)?(${MONTH})(?![\\s,]*\\d)`, 'gi');
function otherMonth(doc: Doc, clause: string): boolean {
  if (!/\bin\s/.test(clause)) return false;
  const ref = reportDate(doc);
  if (!ref?.month) return false;
  for (const m of clause.matchAll(BARE_MONTH_G)) {
    const month = monthNumber(m[1]!);
    const back = (ref.month - month + 12) % 12;
    if (month > 0 && back > 1) return true;
  }
  return false;
}
// "such talks typically last four hours", "meetings rarely run past an hour": a habit, not this summit
const GENERIC = /\b(?:typically|usually|normally|generally|customarily|habitually|rarely|seldom|never|tends?\s+to)\b/i;
// "the first meeting between the two sides since the civil war ended in 1949, and then talked for
// about an hour": the year a "first since" reaches back to is history, and a coordinate predicate
// ("…, and then talked") starts the clause that holds the length; neither places the length at
// another time
const FIRST_SINCE = /\b(?:first|only|longest|shortest|highest-level)\b[^,;]{0,60}?\bsince\b[^,;]*/gi;
const SOLO_SPEAKER = /\b(?:he|she|[A-Z][\w'’-]+)\s+(?:had\s+|has\s+|then\s+|also\s+)?(?:spoke|speaks|spoken)\s+for\s*$/;
const COORDINATE = /,?\s+(?:and|but)\s+(?:then\s+|later\s+|afterwards\s+|eventually\s+)?(?=(?:[a-z]+ed|met|sat|spent|held|ran|took|went|spoke|began|broke)\b)/i;
function ownClause(t: string): string {
  const parts = t.replace(FIRST_SINCE, (x) => ' '.repeat(x.length)).split(COORDINATE);
  return parts[parts.length - 1]!;
}
// the same for a phrase of the length's own ("a quarter of an hour of conversation on the margins
// of the commemorations in June", "three hours of talks in Geneva in 1985"): up to its first comma,
// a month with no day or a year places what is measured at another time than the summit's days, and
// so does a point a month or more back ("two hours at the forum last month", "…a year ago")
// a clause ends at a semicolon, a dash or a full stop, but not at an initial's ("U.S. officials")
const CLAUSE_SPLIT = /[;—–]|(?<!(?:^|[\s.(])\p{Lu})\.\s/u;
const OTHER_TIME_AFTER = new RegExp(`\\b(?:in|of|during)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\b|${MONTH}(?!\\s*\\d))|\\blast\\s+(?:year|month)\\b|\\b(?:years?|months?)\\s+(?:ago|earlier|before)\\b`, 'i');
// a meal taken with the talks ("a meeting and dinner that ran …", "talks over lunch", "a working
// lunch included") is part of what is measured, not another event
const MEAL = '(?:lunch|dinner|breakfast|supper|meal|banquet)';
const TALKS_WORD = '(?:talks|meeting|conversation|session|negotiations|discussions|one-on-one|round)';
// "continued over a working dinner", "talked through lunch", "spilled over into supper": talks that
// go on over a meal carry it inside what is measured, and a working meal is talks by another name
const TALK_GOES_ON = '(?:continu\\w*|carr(?:ied|ies|y|ying)\\s+on|(?:went|goes|going)\\s+on|ran|runs|running|stretch\\w*|spill\\w*(?:\\s+over)?|dragg?\\w*\\s+on|talk\\w*|discuss\\w*|negotiat\\w*|resum\\w*)';
const MEAL_WITH_TALKS = new RegExp(
  `(\\b${TALKS_WORD}\\s+(?:and|&|plus|over|with|including|then|followed\\s+by)\\s+(?:then\\s+)?(?:(?:a|an|the)\\s+)?(?:[a-z]+\\s+)?)(${MEAL})\\b` +
    `|\\b(${MEAL})(\\s+(?:and|&|plus)\\s+(?:(?:more|further|the)\\s+)?${TALKS_WORD})\\b` +
    `|\\b(${MEAL})(\\s+included)\\b|(\\bincluding\\s+(?:(?:a|an|the)\\s+)?(?:[a-z]+\\s+)?)(${MEAL})\\b` +
    // (the meal's adjective goes with it: "a late dinner" is no lateness)
    `|(\\b${TALK_GOES_ON}(?:\\s+on)?\\s+(?:over|through|into)\\s+(?:(?:a|an|the)\\s+)?)((?:[a-z]+\\s+)?${MEAL})\\b|(\\bworking\\s+)(${MEAL})\\b`,
  'gi',
);
const IS_MEAL = new RegExp(`${MEAL}$`, 'i');
// a summit held as a meal ("a working dinner at the Palacio Duhau", "talks over lunch at the
// villa"): in such a report the dinner is the meeting, and its length the meeting's
const MEAL_MEETING =
  /\b(?:working|bilateral|summit|private)\s+(?:dinner|lunch|breakfast)\b|\b(?:dinner|lunch)\s+(?:meeting|talks|summit)\b|\b(?:over|at)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch)\s+(?:with|between|that|which)\b/i;
const mealMeetings = new WeakMap<Doc, boolean>();
// a headline that names the meal ("What the steak dinner in Buenos Aires bought") says the meal is
// what the piece is about (headlines end without a full stop, before the lede that has one); a
// meal named as the event, with an article or a name before it, not a time ("ends before lunch")
const HEADLINE_MEAL = /(?<!\b(?:[Bb]efore|[Aa]fter|[Uu]ntil|[Bb]y|[Oo]f|[Aa]t|[Ff]or|[Oo]ver)\s+)\b(?:[Tt]he|[Aa]|[Tt]heir|\p{Lu}[\p{L}–-]*)\s+(?:[\p{L}–-]+\s+){0,2}?(?<!\b(?:[Bb]efore|[Aa]fter|[Uu]ntil|[Bb]y|[Aa]t|[Ff]or|[Oo]ver)\s+)(?:[Dd]inner|[Ll]unch|[Bb]reakfast|[Ss]upper)\b/u;
function mealIsMeeting(doc: Doc): boolean {
  let is = mealMeetings.get(doc);
  if (is === undefined) {
    is = MEAL_MEETING.test(doc.clean);
    for (const h of doc.sentences.slice(0, 3)) {
      if (/[.!?]["”’]?\s*$/.test(h.text)) break;
      if (HEADLINE_MEAL.test(h.text)) is = true;
    }
    mealMeetings.set(doc, is);
  }
  return is;
}
// (the same length, so every offset holds)
const MEAL_WORD_G = /\b(?:dinner|lunch|breakfast|supper)\b/gi;
const asTalks = (text: string) => text.replace(MEAL_WORD_G, (w) => 'talks'.padEnd(w.length, ' '));
function blankMeals(text: string): string {
  return text.replace(MEAL_WITH_TALKS, (...args: unknown[]) => {
    // each alternative captures one (prefix, meal) or (meal, suffix) pair; blank the meal, keep the rest
    const groups = args.slice(1, -2) as (string | undefined)[];
    const i = groups.findIndex((g) => g !== undefined);
    const [x, y] = [groups[i]!, groups[i + 1]!];
    return IS_MEAL.test(x) ? ' '.repeat(x.length) + y : x + ' '.repeat(y.length);
  });
}
// "about 20 minutes of the talks went to North Korea", "an hour of their meeting": a share of the
// talks named with an article is a portion, where "three hours of talks" is the whole
const PORTION_AFTER = /^\s+of\s+(?:the|their|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|session|negotiations|discussions?|conversation|one-on-one|encounter)\b/i;
const OVERRUN_AFTER = /^\s*(?:over(?=\s*(?:[,.;)]|$|(?:the\s+)?(?:schedule|time|plan|allotted|allowed|scheduled|planned|slot)\b))|past|longer|shorter|beyond|overtime|too\s+long|more\s+than\s+(?:planned|scheduled|expected))\b/i;
const LATENESS = /\b(hours?|hrs?|minutes?|mins?)(\s+)(late|early|behind)\b/gi;
const SPENT_BEFORE = /\b(?:spent|spending|spend|spends)\s*$/i;
// (words that end in -ing and are no activity: "during", "morning", "nothing")
const GERUND_AFTER = /^\s+(?:[a-z]+ly\s+)?(?!(?:during|morning|evening|nothing|something|anything|everything|thing|things|king|spring|ring|string|building|setting|meeting\s+room)\b)([a-z]+ing)\b/;
const TALK_GERUND = /^(?:talking|negotiating|discussing|conferring|meeting|bargaining|haggling|debating|arguing|huddling|chatting)$/i;
// "it lasted about 40 minutes": the thing measured was named in the sentence before
const PRONOUN_LENGTH = /\b(?:it|they|that|this)\s+(?:lasted|ran|went\s+on|took|continued)\b/i;
// "The schedule had half an hour blocked out for it", "the programme gave it 40 minutes": the length's
// object is a pronoun, so what it measures was named in the sentence before
const PRONOUN_OBJECT_AFTER = /^[^,;.]{0,40}?\b(?:for|to|on)\s+(?:it|them)\b(?!\s+to\b)/i;
const PRONOUN_OBJECT_BEFORE = /\b(?:gave|give|gives|given|allowed|allotted|granted|budgeted)\s+(?:it|them)\s+(?:(?:an?|only|just)\s+)?$/i;
// a sentence's subject: what comes before its first finite verb, within its opening words
const FINITE_VERB = /\b(?:was|were|is|are|had|has|have|began|opened|started|got|took|went|came|ended|[a-z]{2,}ed)\b/i;
function subjectOf(text: string): string {
  const head = text.slice(0, 80);
  const v = head.search(FINITE_VERB);
  return v < 0 ? head : head.slice(0, v);
}
// a liveblog's or briefing's terse line ("Slot on the schedule: 1 hour.") leans on the sentence
// before it on the same line for what it measures
const FRAGMENT_WORDS = 8;
// a line that opens on its verb, the subject left to the line before ("Scheduled to run 90 minutes.",
// "Lasted just over an hour.", "Originally slated for two hours.")
const SUBJECTLESS =
  /^[\W_]*(?:(?:originally|initially|first|now|then|only|officially)\s+)?(?:scheduled|expected|planned|slated|due|billed|meant|supposed|booked|pencil(?:l)?ed|timetabled|budgeted|allotted|set\s+(?:to|for)|lasted|ran|took|went\s+on|continued|wrapped(?:\s+up)?|ended|finished|over\s+after|done\s+after)\b/i;
// a column's "Three hours. That is how long the two men sat across the table.": the short sentence
// that gives only the length is explained by the one after it
const FORWARD = /^(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:how\s+long|the\s+(?:length|time|whole\s+time))\b/i;
// a liveblog's running count ("have been talking for three hours", "three hours and counting") is
// how long the talks had gone on when it was written, not how long they lasted
const RUNNING_BEFORE = /\b(?:has|have|'ve|’ve)\s+(?:now\s+|already\s+)?been\s+(?:\w+ing|under\s*way|in\s+(?:session|progress))\s+(?:for\s+)?$/i;
const RUNNING_AFTER = /^\s+(?:so\s+far|and\s+counting|now|already)\b/i;
// "They had been told to expect four to five hours. It took roughly 16.": a short sentence that
// gives only a number after a measuring verb borrows the unit, and the thing measured, from the
// length in the sentence before; the past verb makes it what happened
const ELLIPTIC = new RegExp(
  `^(?:(?:but|and|in\\s+the\\s+end|in\\s+fact|instead|in\\s+the\\s+event),?\\s+)?(?:it|they|the\\s+(?:talks|meeting|session|negotiations))\\s+(?:actually\\s+|eventually\\s+|finally\\s+)?(?:lasted|ran|took|went\\s+on|continued)(?:\\s+(?:for|to))?\\s+(?:(?<hedge>${HEDGE})\\s+)?(?<n>\\d+(?:[.,]\\d+)?|${NUMBER})\\s*[.!]?$`,
  'i',
);
const EXPECTER = new RegExp(`(${GROUP}|[A-Z][\\w'’.-]{0,30}(?:\\s+[A-Z][\\w'’.-]{0,30}){0,3})\\s+(?:had\\s+|have\\s+|has\\s+)?(?:anticipated|expected|predicted|planned|forecast|estimated|said|suggested)\\b`);

// What each hedge does to a figure, in one table so that the interval and the strict bound can
// never disagree. `strict` says the figure itself is not reached ("nearly", "more than");
// `around` hedges are symmetric; `uncapped` ones keep their proportion on long figures.
interface HedgeClass {
  re: RegExp;
  lo: number;
  hi: number;
  strict?: 'under' | 'over';
  around?: boolean;
  uncapped?: boolean;
}
const HEDGE_CLASSES: HedgeClass[] = [
  { re: /^(?:about|just about|around|roughly|approximately|approx\.|circa|maybe|perhaps|possibly|probably|some|an estimated|~|in the (?:region|neighbou?rhood) of|something like)$/, lo: 0.9, hi: 1.1, around: true },
  {
    re: /^(?:nearly|almost|close to|nigh on|not quite|just under|just shy of|just short of|short of|shy of)$|^(?:a (?:little|bit|tad|shade|touch|hair)|slightly) (?:less than|shorter than|under|short of)$/,
    lo: 5 / 6, hi: 1, strict: 'under',
  },
  // more than half, not all of it
  { re: /^the (?:better|best) part of$|^the guts of$/, lo: 0.6, hi: 1, strict: 'under', uncapped: true },
  { re: /^barely$/, lo: 0.9, hi: 1 },
  { re: /^(?:just over|little more than|somewhat more than)$|^(?:a (?:little|bit|tad|shade|touch|hair)|slightly) (?:more than|longer than|over)$/, lo: 1, hi: 1.1, strict: 'over' },
  { re: /^(?:a (?:good|full|solid)|fully)$/, lo: 1, hi: 1.1 },
  { re: /^well over$/, lo: 1.1, hi: 1.5, strict: 'over', uncapped: true },
  { re: /^(?:more than|over|upwards? of|in excess of|north of|past|beyond)$/, lo: 1, hi: 1.25, strict: 'over' },
  { re: /^(?:at least|no less than|not less than|no shorter than|not shorter than)$/, lo: 1, hi: 1.25 },
  { re: /^(?:well under|well short of)$/, lo: 0.5, hi: 0.9, strict: 'under', uncapped: true },
  { re: /^(?:less than|fewer than|under|little less than|somewhat less than)$/, lo: 0.75, hi: 1, strict: 'under' },
  { re: /^(?:up to|at most|no more than|not more than|no longer than|not longer than)$/, lo: 0.75, hi: 1 },
];

/**
 * The interval a hedged figure stands for, with its strict bound and its words ("nearly 3 h").
 * A hedge speaks of the figure's last unit of rounding: "about 15 hours" is 14½ to 15½, not
 * ±10 % (13½ to 16½), and "more than 16 hours" is no claim of 20. So a proportional widening is
 * capped: half an hour either way for "about", an hour for a one-sided hedge.
 */
const CAPPED_TAIL = /less|shorter|most|tops|max/;
function intervalOf(hedge: string | undefined, after: string | undefined, lo: number, hi: number, base: string, couple = false): Interval {
  const h = (hedge ?? '').toLowerCase().replace(/\s+/g, ' ');
  const tail = (after ?? '').toLowerCase().trim();
  const roughly = /or so|thereabouts|give or take/.test(tail);
  let min = lo;
  let max = hi;
  let strict: Interval['strict'];
  let around = roughly;
  let uncapped = false;
  if (tail) {
    // "two hours or so", "an hour or less", "20 minutes at most", "two-plus hours" / "40-odd minutes"
    [min, max] = roughly ? [lo * 0.9, hi * 1.1] : CAPPED_TAIL.test(tail) ? [lo * 0.75, hi] : [lo, hi * 1.25];
    if (/^(?:\+|plus)$/.test(tail)) strict = 'over';
  } else if (!h || h === 'only' || h === 'just') {
    // "a couple (of) hours" is a loose two: about, not exactly
    if (couple) [min, max] = [lo * 0.875, hi * 1.125];
  } else {
    const c = HEDGE_CLASSES.find((k) => k.re.test(h));
    if (c) {
      [min, max, strict, around, uncapped] = [lo * c.lo, hi * c.hi, c.strict, !!c.around, !!c.uncapped];
    }
  }
  if (!uncapped) {
    // ("more than three hours" is not how anyone puts four: past the figure, by less than the
    // next half hour a writer would have rounded to)
    const cap = around || strict === 'over' ? 30 : 60;
    [min, max] = [Math.max(min, lo - cap), Math.min(max, hi + cap)];
  }
  const suffix = !tail ? '' : roughly ? ' or so' : CAPPED_TAIL.test(tail) ? ' or less' : '+';
  const interval: Interval = { minMinutes: Math.round(min), maxMinutes: Math.round(max), stated: `${h ? h + ' ' : ''}${base}${suffix}` };
  if (strict) interval.strict = strict;
  return interval;
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
  /** minutes in one of the figure's units, for a next sentence that leaves the unit out */
  unit: number;
  /** the figure with its hedge taken off ("60-60" for "close to an hour") */
  figure: string;
}

/** Every length expression in a sentence, with its interval. */
export function findLengths(s: Sentence): Found[] {
  const out: Found[] = [];
  for (const m of s.text.matchAll(DURATION)) {
    const g = m.groups!;
    const whole = m[0];
    let lo: number | undefined;
    let hi: number | undefined;
    if (g.hourFrac) {
      lo = hi = 60 + (g.hourFrac === 'half' ? 30 : 15);
    } else if (g.quarters) {
      lo = hi = /three/i.test(g.quarters) ? 45 : 15;
    } else if (g.bareHour) {
      lo = hi = 60;
    } else if (g.ch) {
      const pre = s.text.slice(Math.max(0, m.index! - 24), m.index!);
      const post = s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 6);
      if ((g.cm ?? g.cm2) && (CLOCK_BEFORE.test(pre) || CLOCK_AFTER.test(post))) continue;
      lo = hi = Number(g.ch) * 60 + Number(g.cm ?? g.cm2 ?? 0);
    } else {
      const x = parseNumber(g.a!);
      const y = g.b ? parseNumber(g.b) : x;
      if (x === undefined || y === undefined) continue;
      const frac = g.andFrac ? (/half/i.test(g.andFrac) ? 0.5 : /three/i.test(g.andFrac) ? 0.75 : 0.25) : 0;
      lo = minutes(x + frac, g.unit!);
      hi = minutes(y + frac, g.unit!);
      if (g.extra) {
        const e = parseNumber(g.extra);
        if (e === undefined) continue;
        lo += e;
        hi += e;
      }
    }
    const { a, unit } = g;
    let hedge = g.hedge;
    if (MARK_AFTER.test(s.text.slice(m.index! + whole!.length, m.index! + whole!.length + 8))) {
      const v = s.text.slice(Math.max(0, m.index! - 40), m.index!).match(MARK_BEFORE);
      if (!v || hedge) continue;
      hedge = v[1] ? 'more than' : v[2] ? 'nearly' : 'at least';
    }
    // "40-odd minutes", "two-plus hours": at least the figure
    const after = g.after ?? (g.odd || g.plusSign ? '+' : undefined);
    // "a" or "an" alone only counts before a singular unit ("an hour"), not "a few hours"
    if (/^an?$/i.test(a ?? '') && /s$/i.test(unit ?? '')) continue;
    if (!(lo > 0) || hi! < lo || hi! > 60 * 24 * 14) continue;
    const base = lo === hi ? formatMinutes(lo) : `${formatMinutes(lo).replace(/ h$/, '')}–${formatMinutes(hi!)}`;
    const interval = intervalOf(hedge, after, lo, hi!, base, /couple/i.test(a ?? ''));
    out.push({ start: s.start + m.index!, end: s.start + m.index! + whole!.trimEnd().length, interval, unit: g.unit && /^h/i.test(g.unit) || g.hourFrac || g.bareHour || g.ch ? 60 : 1, figure: `${lo}-${hi}` });
  }
  return out;
}

// (built once per cue: a new RegExp for every length costs more than the search itself)
const globalOf = new Map<RegExp, RegExp>();
/** Distance in characters from the length to the nearest match of `cue` in a window. */
function nearest(cue: RegExp, left: string, right: string): number {
  let best = Infinity;
  let g = globalOf.get(cue);
  if (!g) globalOf.set(cue, (g = new RegExp(cue.source, 'gi')));
  for (const m of left.matchAll(g)) best = Math.min(best, left.length - (m.index! + m[0].length));
  const r = right.match(cue);
  if (r) best = Math.min(best, r.index! + 0.5); // after the length: "three hours of talks" — a hair further than before it
  return best;
}

// A briefing's or liveblog's label line ("How long: close to 50 minutes", "Duration — 2 h") is about
// the summit the whole piece covers: with nothing else measured in it, the length is the talks'
// (and the plan's own labels: "Time allotted: 40 minutes", "Slot on the schedule: 45 min")
const LENGTH_LABEL = /^[\W_]*(?:(?:scheduled|planned|expected|actual|official|total|allotted|allocated|budgeted)\s+)?(?:(?:scheduled|planned|expected|allotted|allocated|budgeted)(?=[\s*_]*[:—–])|(?<=(?:scheduled|planned|allotted|allocated|budgeted)\s+)time|how\s+long|length|duration|running\s+time|total\s+time|(?:talks?|talking|meeting|summit|contact)\s+time|time\s+(?:in\s+the\s+room|at\s+the\s+table|together|face[-\s]to[-\s]face|allotted|allocated|budgeted|set\s+aside|scheduled|planned)|slot(?:\s+on\s+the\s+(?:schedule|programm?e|agenda|itinerary))?)[\s*_]*[:—–]/i;

// Who holds a press event: "Sullivan, who briefed reporters for 20 minutes", "a White House official
// briefed reporters for half an hour" is an aide's briefing, not the leaders' press conference.
// Leaders' own solo appearances count; a speaker who only reports the length ("Peskov said the
// news conference ran an hour") does not hold it.
// (not "flanked by aides", "with his ministers": an aide named as company is not the one who speaks)
const AIDE_WORD = /(?<!\b(?:by|with|among|beside|alongside|and|of|to|for)\s+(?:[\w.-]+\s+){0,2})\b(?:aides?|officials?|spokes(?:man|woman|person|people|men|women)|advis[eo]rs?|(?<!general\s)secretary|(?<!prime\s)ministers?|envoys?|negotiators?|diplomats?|sherpas?)\b/gi;
const LEADER_ROLE = /\b(?:president|leader|premier|prime\s+minister|chancellor|king|queen|emperor|chairman|general\s+secretary|head\s+of\s+state)\b/i;
const AIDE_ROLE = /\b(?:aide|official|spokes\w+|advis[eo]r|secretary|minister|envoy|negotiator|diplomat|ambassador|director|chief\s+of\s+staff)\b/i;
const REPORTS_IT = /\b(?:said|says|told|tells|according|added|noted|recalled|confirmed)\b/i;
// an aide who meets, spends or holds talks ("envoy Steve Witkoff spent three hours with Putin")
// holds a meeting of his own, not the leaders'
const AIDE_MEETS = /(?:\b(?:met|meets|meeting|spent|spends|spending|held|holds|talked|talks|sat|conferred|negotiated|session)|['’]s)\b/i;
function heldByAide(doc: Doc, s: Sentence, rel: number, leftClause: string, needs?: RegExp): boolean {
  const mentions = doc.people.mentions;
  const lo = doc.people.firstAtOrAfter(s.start + rel);
  const m = lo > 0 ? mentions[lo - 1] : undefined;
  const person = m && m.start >= s.start && m.end <= s.start + rel ? m : undefined;
  let word: { end: number } | undefined;
  const clauseStart = rel - leftClause.length;
  for (const w of leftClause.matchAll(AIDE_WORD)) word = { end: clauseStart + w.index! + w[0].length };
  const personEnd = person ? person.end - s.start : -1;
  let aide: boolean;
  let from: number;
  if (word && word.end > personEnd) [aide, from] = [true, word.end];
  else if (person) {
    const roles = [...person.person.roles].join(' | ');
    [aide, from] = [!LEADER_ROLE.test(roles) && AIDE_ROLE.test(roles), personEnd];
  } else return false;
  return aide && !REPORTS_IT.test(s.text.slice(from, rel)) && (!needs || needs.test(s.text.slice(from, rel)));
}

function classify(doc: Doc, s: Sentence, f: Found, prevEnd: number, nextStart: number, previous?: Sentence, previousOnSameLine = false, cues = s.text, plain = s.text, withMarks: ReadonlySet<number> = new Set(), next?: Sentence): ClaimType | undefined {
  const rel = f.start - s.start;
  const relEnd = f.end - s.start;
  // the talks cue, or the length spent with a leader (r, when not empty, starts right after the length)
  const withAt = plain.slice(relEnd, relEnd + 40).match(WITH_AFTER);
  const withLeader =
    !!withAt &&
    (WITH_ROLE_AFTER.test(plain.slice(relEnd + withAt[1]!.length, relEnd + 80)) || withMarks.has(relEnd + withAt[1]!.length) || withMarks.has(relEnd + withAt[0].length));
  const meetingAt = (l: string, r: string) => Math.min(nearest(MEETING, l, r), withLeader && r ? 0.5 : Infinity);
  const before = s.text.slice(Math.max(0, prevEnd - s.start, rel - 90), rel);
  let leaned = '';
  const beforeCues = cues.slice(Math.max(0, prevEnd - s.start, rel - 90), rel);
  const after = plain.slice(relEnd, Math.min(s.text.length, nextStart - s.start, relEnd + 70));
  if ((NOT_LENGTH_AFTER.test(after) && !MEASURED_BEFORE.test(before)) || NOT_LENGTH_BEFORE.test(before) || PROPOSAL_BEFORE.test(before)) return undefined;
  // "ran 40 minutes over", "went on an hour longer than planned": by how much, not how long
  // (the portion's whole may itself be a length: "an hour of their two-hour meeting")
  if (RUNNING_BEFORE.test(before) || RUNNING_AFTER.test(after)) return undefined;
  if (OVERRUN_AFTER.test(after) || PORTION_AFTER.test(plain.slice(relEnd, relEnd + 70)) || PAUSE_AFTER.test(after)) return undefined;
  // clause-bound windows: a cue beyond a semicolon or a dash belongs to another statement
  const leftClause = beforeCues.split(CLAUSE_SPLIT).pop()!;
  const rightClause = after.split(CLAUSE_SPLIT)[0]!;
  if (OTHER_EVENT.test(ownClause(leftClause)) || GENERIC.test(leftClause)) return undefined;
  if (SINCE_APPOSITION.test(leftClause) || otherMonth(doc, ownClause(leftClause))) return undefined;
  // another event named earlier in the clause governs every length in it ("At Geneva in 1985, their
  // first meeting, a chat booked for a quarter of an hour ran past an hour"), not only the first
  if (prevEnd > s.start && OTHER_EVENT.test(ownClause(cues.slice(Math.max(0, rel - 180), rel).split(CLAUSE_SPLIT).pop()!))) return undefined;
  // (past a place's region: "ten hours at Glassboro, New Jersey, in 1967")
  if (OTHER_TIME_AFTER.test(rightClause.slice(0, clauseEndThroughRegion(rightClause, /[,(]/)))) return undefined;
  // "the meeting … ran about two hours before they walked out to a lectern": with the verb
  // right before the length, what it measures is on the left; look right only if nothing is
  // "spent two hours touring the shipyard": the gerund after the length is what it measures,
  // whatever the clause mentioned before; a gerund that names nothing we know stays silent
  if (SPENT_BEFORE.test(before)) {
    const doing = after.match(GERUND_AFTER)?.[1];
    if (doing) return MEETING.test(doing) || TALK_GERUND.test(doing) ? (EXPECTED.test(leftClause.slice(-60)) ? 'meeting.expected_duration' : 'meeting.duration') : undefined;
    // ("the two leaders spent two hours at the ceremony": the place after the length says where the time went)
    const where = rightClause.match(/^\s+(?:together\s+|alone\s+)?(?:in|at|on|over|inside|around)\s+[^,;(]{1,50}/i)?.[0] ?? '';
    if (nearest(OTHER, '', where) < nearest(MEETING, '', where)) return undefined;
  }
  // "where he spoke for more than an hour at the Knesset": one person speaking for a length, with
  // no one to speak with, gave a speech, or took the press (not "Putin and Trump spoke for two
  // hours", nor "Trump spoke for an hour with Putin"): never the talks' length
  // (read on the last words before the length only: the pattern is rated polynomial)
  const near = before.slice(-60);
  const solo = SOLO_SPEAKER.exec(near);
  const speech = !!solo && !/\b(?:and|&)\s*$/i.test(near.slice(0, solo.index)) && !/^\s*(?:with|to)\b/i.test(rightClause);
  // ("spent an hour in formal talks": what "spent" measures follows it, however the clause opened)
  const measured = MEASURED_BEFORE.test(before) && !SPENT_BEFORE.test(before);
  let right = measured ? '' : rightClause;
  let dMeeting = meetingAt(leftClause, right);
  let dPress = nearest(PRESS, leftClause, right);
  let dOther = nearest(OTHER, leftClause, right);
  if (measured && Math.min(dMeeting, dPress, dOther) === Infinity) {
    right = rightClause;
    [dMeeting, dPress, dOther] = [meetingAt(leftClause, right), nearest(PRESS, leftClause, right), nearest(OTHER, leftClause, right)];
  }
  if (Math.min(dMeeting, dPress, dOther) === Infinity) {
    // "shorter than the six to seven hours aides had anticipated": the thing measured is named
    // elsewhere in the sentence, so look there, past the neighbouring length
    const l = cues.slice(0, rel);
    const r = plain.slice(relEnd);
    [dMeeting, dPress, dOther] = [meetingAt(l, r), nearest(PRESS, l, r), nearest(OTHER, l, r)];
    // ("officials expected the encounter to be short — perhaps 20 minutes": a length with no clause
    // of its own after a dash is the clause before it, plan and all)
    if (/[—–]\s*(?:(?:perhaps|maybe|probably|possibly|about|around|roughly|some|just|only|no\s+more\s+than|at\s+most|up\s+to)\s+)?$/i.test(before)) leaned = l.slice(-150);
    // (a line after a label goes on with the label's subject however long it is, and a line with
    // no subject of its own, "Scheduled to run 90 minutes.", with the line before it)
    const afterLabel = previousOnSameLine && !!previous && LENGTH_LABEL.test(previous.text);
    const fragment = (previousOnSameLine && s.text.trim().split(/\s+/).length <= FRAGMENT_WORDS) || afterLabel || SUBJECTLESS.test(s.text);
    const pronoun = PRONOUN_LENGTH.test(l) || PRONOUN_OBJECT_AFTER.test(rightClause) || PRONOUN_OBJECT_BEFORE.test(before);
    if (Math.min(dMeeting, dPress, dOther) === Infinity && previous && (pronoun || fragment)) {
      const tail = blankMeals(mealIsMeeting(doc) ? asTalks(previous.text.slice(-120)) : previous.text.slice(-120));
      [dMeeting, dPress, dOther] = [nearest(MEETING, tail, ''), nearest(PRESS, tail, ''), nearest(OTHER, tail, '')];
      // ("Obama and Xi set off on a walk, interpreters only. Roughly 50 minutes."): a line before that
      // names both the talks and something else does not say which of them the bare length measures
      if (!afterLabel && dMeeting < Infinity && dOther < Infinity) return undefined;
      if (Math.min(dMeeting, dPress, dOther) === Infinity && afterLabel) dMeeting = rel;
      // "The negotiations on 15 December were held at the inn in the prime minister's home town.
      // They lasted …": a subject pronoun goes back to the subject, however long the sentence
      if (Math.min(dMeeting, dPress, dOther) === Infinity && PRONOUN_LENGTH.test(l)) {
        const subject = subjectOf(previous.text);
        [dMeeting, dPress, dOther] = [nearest(MEETING, '', subject), nearest(PRESS, '', subject), nearest(OTHER, '', subject)];
      }
    }
    const head = next?.text.trim();
    if (Math.min(dMeeting, dPress, dOther) === Infinity && head && FORWARD.test(head) && s.text.trim().split(/\s+/).length <= FRAGMENT_WORDS) {
      const h = head.slice(0, 120);
      [dMeeting, dPress, dOther] = [nearest(MEETING, '', h), nearest(PRESS, '', h), nearest(OTHER, '', h)];
    }
  }
  // (the label says whether it is the plan: "Allotted time — 30 min")
  let label: string | undefined;
  if (Math.min(dMeeting, dPress, dOther) === Infinity) label = s.text.match(LENGTH_LABEL)?.[0];
  if (label) dMeeting = rel;
  const best = Math.min(dMeeting, dPress, dOther);
  if (best === Infinity || best === dOther || (speech && best === dMeeting)) return undefined;
  // (an aside in brackets is about something else: "Talks: 1h40 (on the schedule: 1 hour)")
  const plan = (t: string) => EXPECTED.test(t.replace(PLAN_AS_YARDSTICK, (x) => ' '.repeat(x.length)));
  // (a plan after the length that gives its own figure is that figure's: "ran 90 minutes, in a slot
  // scheduled for 45", "spoke for 50 minutes in a slot allotted eight")
  // (… or the next length read right after it: "after roughly two hours of talks that aides had
  // scheduled to last about an hour")
  const clauseAfter = rightClause.split(/[,(]/)[0]!;
  const planAfter = clauseAfter.slice(0, 50);
  const figureNext =
    nextStart - s.start === relEnd + after.length &&
    clauseAfter.length === after.length &&
    /\b(?:last|run|take|for|at|of)(?:\s+(?:about|around|roughly|some|only|just|barely|up\s+to))?\s*$/i.test(after);
  const expected =
    MODAL_BEFORE.test(before) ||
    PLAN_BEFORE.test(before) ||
    (!!label && plan(label)) ||
    (!ACTUAL_BEFORE.test(before) && (plan(afterTurn(leftClause.slice(-60))) || (plan(planAfter) && !BARE_FIGURE.test(planAfter) && !figureNext) || (!!leaned && plan(afterTurn(leaned))))) ||
    forecastGoesOn(leftClause, before);
  const compared = COMPARISON_BEFORE.test(leftClause);
  // (the day may be named well before the length: "came a day after the envoy met Putin for talks
  // that an aide said lasted three hours")
  const wideClause = ownClause(cues.slice(Math.max(0, rel - 200), rel).split(CLAUSE_SPLIT).pop()!);
  if (!expected && best === dMeeting && (onOtherDay(wideClause) || heldByAide(doc, s, rel, leftClause, AIDE_MEETS))) return undefined;
  if (best === dPress && dPress < dMeeting) return expected || compared || heldByAide(doc, s, rel, leftClause) ? undefined : 'press.duration';
  if (expected) return 'meeting.expected_duration';
  if (compared) return undefined;
  return 'meeting.duration';
}

// a figure hedged as only roughly right ("about 3 h", "2 h or so"), by the hedge words its
// stated form opens with, as intervalOf read them
const AROUND_HEDGE = HEDGE_CLASSES.find((c) => c.around)!.re;
const approximate = (v: Interval): boolean => {
  const words = (v.stated ?? '').split(' ');
  return !v.strict && (/\sor so$/.test(v.stated ?? '') || words.slice(0, 4).some((_, k) => AROUND_HEDGE.test(words.slice(0, k + 1).join(' '))));
};

const interval: ClaimKind<Interval> = {
  type: 'meeting.duration',
  label: 'Meeting length',
  relate(a, b): Relation {
    if (a.maxMinutes < b.minMinutes || b.maxMinutes < a.minMinutes) return 'conflict';
    if ((a.strict === 'under' && b.strict === 'over' && a.maxMinutes <= b.minMinutes) || (b.strict === 'under' && a.strict === 'over' && b.maxMinutes <= a.minMinutes)) return 'conflict';
    const ma = (a.minMinutes + a.maxMinutes) / 2;
    const mb = (b.minMinutes + b.maxMinutes) / 2;
    // two round figures, each only "about" right, that are different figures: "about three
    // hours" and "about three and a half hours" overlap in their margins, yet a reader sees two
    // lengths that cannot both be what was said
    if (approximate(a) && approximate(b) && Math.abs(ma - mb) > 0.1 * Math.max(ma, mb)) return 'conflict';
    // the same figure equally hedged is the same claim; "210 minutes" is more specific than
    // "about three and a half hours" (a report that hedges its own figure in one place and not
    // in another has had the bare one dropped, see sameFigureOnce)
    const wa = a.maxMinutes - a.minMinutes;
    const wb = b.maxMinutes - b.minMinutes;
    if (Math.abs(ma - mb) <= 0.02 * Math.max(ma, mb) && Math.abs(wa - wb) <= 0.05 * Math.max(ma, mb)) return 'same';
    return wa <= wb ? 'narrower' : 'wider';
  },
  display: (v) => v.stated ?? (v.minMinutes === v.maxMinutes ? formatMinutes(v.minMinutes) : `${formatMinutes(v.minMinutes)}–${formatMinutes(v.maxMinutes)}`),
  identity: (v) => `${v.minMinutes}-${v.maxMinutes}`,
  // ("nearly 3 h" and "more than 3 h" touch at three hours and still cannot both be right)
  conflict: 'the two lengths cannot both be right',
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
    const figures: string[] = [];
    let last: { index: number; type: ClaimType; unit: number } | undefined;
    for (const s of doc.sentences) {
      const slot = scheduledSlot(s);
      if (slot) {
        claims.push({ type: 'meeting.expected_duration', value: slot.interval, span: { start: slot.start, end: slot.end }, attribution: voiceAt(doc, s, slot.start).attribution, modality: 'expected' });
        figures.push(`${slot.interval.minMinutes}-${slot.interval.maxMinutes}`);
      }
      if (!TRIGGER.test(s.text)) {
        const e = last && last.index === s.index - 1 && s.text.length < 80 ? s.text.trim().match(ELLIPTIC) : null;
        const n = e ? parseNumber(e.groups!.n!) : undefined;
        if (e && n && !/^an?$/i.test(e.groups!.n!)) {
          const lo = n * last!.unit;
          const value = intervalOf(e.groups!.hedge, undefined, lo, lo, formatMinutes(lo));
          const type = last!.type === 'press.duration' ? 'press.duration' : 'meeting.duration';
          const at = s.start + s.text.search(/\S/) + e[0].lastIndexOf(e.groups!.n!);
          claims.push({ type, value, span: { start: at, end: at + e.groups!.n!.length }, attribution: voiceAt(doc, s, at).attribution, modality: 'stated' });
          figures.push(`${lo}-${lo}`);
        }
        continue;
      }
      const found = findLengths(s);
      if (!found.length) continue;
      const previous = doc.sentences[s.index - 1];
      const previousOnSameLine = !!previous && !doc.clean.slice(previous.end, s.start).includes('\n');
      // "started 30 minutes late and lasted an hour": the lateness is the first figure's, so it
      // must not tell what the second one measures
      const plain = blankMeals(mealIsMeeting(doc) ? asTalks(s.text) : s.text);
      const cues = plain.replace(LATENESS, (_m, unit: string, gap: string, word: string) => unit + gap + ' '.repeat(word.length));
      const withMarks = withPersonMarks(doc, s);
      found.forEach((f, i) => {
        const type = classify(doc, s, f, found[i - 1]?.end ?? s.start, found[i + 1]?.start ?? s.end, previous, previousOnSameLine, cues, plain, withMarks, doc.sentences[s.index + 1]);
        if (!type) return;
        last = { index: s.index, type, unit: f.unit };
        let voice = voiceAt(doc, s, f.start);
        let modality: Claim['modality'] = 'stated';
        if (type === 'meeting.expected_duration') {
          modality = 'expected';
          const rightOf = s.text.slice(f.end - s.start, (found[i + 1]?.start ?? s.end) - s.start);
          const leftOf = s.text.slice((found[i - 1]?.end ?? s.start) - s.start, f.start - s.start);
          const who = rightOf.match(EXPECTER) ?? leftOf.match(EXPECTER);
          // an adverb opening the sentence ("Originally planned …") is no one who planned
          if (who && !/^(?:The|It|This|That|They|Talks|Meeting|[A-Z][a-z]+ly)$/.test(who[1]!)) voice = { attribution: who[1]!.replace(/^the\s+/i, '') };
        }
        claims.push({ type, value: f.interval, span: { start: f.start, end: f.end }, attribution: voice.attribution, modality });
        figures.push(f.figure);
      });
    }
    return sameFigureOnce(claims, figures);
  },
};

// A plan given as clock times ("the talks were scheduled from 10:00 to 11:30", "set for 3 p.m. until
// 4:30 p.m.", "due to meet between 14h00 and 14h45"): the length is the difference. A time needs its minutes, its
// a.m./p.m. or "noon" to be a time ("from 2 to 3 hours" is a length, not a slot); only a plan
// says so: what happened by the clock is left to the times themselves.
const CLOCK = String.raw`(?:(\d{1,2})(?:[:.h](\d{2}))?\s?(a\.?m\.?|p\.?m\.?)?|(noon|midday))`;
const CLOCK_RANGE = new RegExp(String.raw`\b(?:from|between)\s+${CLOCK}\s*(?:to|until|till|and|[-–])\s*${CLOCK}(?![\w:.]*\s*(?:hours?|hrs?|minutes?|mins?|h)\b)`, 'i');
/** minutes after midnight of the time in groups i..i+3 of a CLOCK_RANGE match (hour, minutes, a.m./p.m., noon) */
function clockMinutes(m: RegExpMatchArray, i: number): { at: number; marked: boolean } | undefined {
  if (m[i + 3]) return { at: 12 * 60, marked: true };
  const h = Number(m[i]);
  const min = m[i + 1] ? Number(m[i + 1]) : 0;
  if (h > 23 || min > 59) return undefined;
  const pm = m[i + 2] && /^p/i.test(m[i + 2]!);
  const am = m[i + 2] && /^a/i.test(m[i + 2]!);
  return { at: (pm && h < 12 ? h + 12 : am && h === 12 ? 0 : h) * 60 + min, marked: !!(m[i + 1] || m[i + 2]) };
}
function scheduledSlot(s: Sentence): { start: number; end: number; interval: Interval } | undefined {
  const r = s.text.match(CLOCK_RANGE);
  if (!r) return undefined;
  const a = clockMinutes(r, 1);
  const b = clockMinutes(r, 5);
  if (!a || !b || !(a.marked || b.marked)) return undefined;
  // "from 11 to 12:30 p.m.": the a.m./p.m. of the second time is the first's too
  let from = a.at;
  if (!r[3] && !r[4] && r[7] && /^p/i.test(r[7]) && from < 12 * 60 && from + 12 * 60 < b.at) from += 12 * 60;
  const length = b.at - from;
  if (length < 5 || length > 8 * 60) return undefined;
  const clause = s.text.split(/[;—–](?!\s*\d)/).find((c) => c.includes(r[0])) ?? s.text;
  const plan = EXPECTED.test(clause.replace(PLAN_AS_YARDSTICK, (x) => ' '.repeat(x.length)));
  if (!plan || !MEETING.test(clause) || OTHER.test(clause)) return undefined;
  const start = s.start + r.index!;
  return { start, end: start + r[0].length, interval: { minMinutes: length, maxMinutes: length, stated: formatMinutes(length) } };
}

/**
 * "an hour with Putin", "90 minutes with the Chinese leader": where, relative to the sentence, a
 * person the people index knows starts right after "with". Linear: one binary search, then the
 * sentence's own mentions.
 */
function withPersonMarks(doc: Doc, s: Sentence): Set<number> {
  const out = new Set<number>();
  if (!/\bwith\b/i.test(s.text)) return out;
  const mentions = doc.people.mentions;
  const lo = doc.people.firstAtOrAfter(s.start);
  for (let i = lo; i < mentions.length && mentions[i]!.start < s.end; i++) {
    const m = mentions[i]!;
    const a = m.start - s.start;
    if (/\bwith\s+(?:(?:President|Premier|Prime\s+Minister|Chancellor|Mr\.?|Mrs\.?|Ms\.?)\s+)?$/i.test(s.text.slice(Math.max(0, a - 24), a))) out.add(a);
  }
  return out;
}

/**
 * A report that says "roughly 12 minutes" in its text and "12 minutes" in its heading, or "close to
 * an hour" in its text and "an hour at the table" in its headline, gives one figure with its own
 * hedge: the bare repetition is not a more exact claim. The figure is compared with its hedge taken
 * off (`figures`, one per claim), so a one-sided hedge ("nearly", "more than") counts as well.
 * Linear: claims are grouped by type, voice and figure.
 */
function sameFigureOnce(claims: Claim[], figures: string[]): Claim[] {
  const hedged = new Set<string>();
  const bare = (c: Claim) => (c.value as Interval).maxMinutes === (c.value as Interval).minMinutes;
  const key = (c: Claim, i: number) => `${c.type}|${c.attribution}|${figures[i]}`;
  claims.forEach((c, i) => {
    if (!bare(c)) hedged.add(key(c, i));
  });
  return claims.filter((c, i) => !bare(c) || !hedged.has(key(c, i)));
}
