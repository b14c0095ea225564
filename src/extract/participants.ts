// Who took part in the talks: the leaders who met and the named members of their delegations,
// never simply everyone the report names. A leader to be briefed afterwards, a predecessor
// recalled for history, an analyst or a critic is named without being in the room, so a name
// counts only where a construction puts it there: "X and Y met", "X met Y", "the summit between
// X and Y", "X was joined by A and B", "A and B sat on the Russian side", "present were A, B".
//
// Value design. The contract's value is an array of full names, and the referee matches
// arrays, so a source's claim is one array: everyone it puts at the table. A stated absence
// ("Zelensky was not invited") is a second claim of the same type whose value is the array of
// the absent, with modality "denied" and a hidden marker on the array (absentNames), so that
// relate() can tell the two apart from the values alone: a person one source seats and another
// says was not there is a conflict. Absences otherwise never change the row's verdict: the row
// is about who took part, and "Zelensky was not invited" adds nothing to "Trump and Putin met".
//
// The leaders are the people the story's best-supported meeting construction names; a one-off
// meeting with someone else, an old meeting ("last met in 2019", "decades after … met"), a planned
// one ("will meet", "a meeting between … could follow"), a phone call or a quoted remark does not
// count. Delegation members count when the construction seats them ("joined at the table by",
// "sat on the Russian side", "Taking part in the talks were") or ties them to a leader who met.
//
// Every sentence is first tested with a cheap trigger; names are then replaced by placeholders
// ("@0 and @1 met") so that the constructions are short regexes over a skeleton whose titles,
// appositives and quotations are already out of the way.
import type { Claim, Evidence, Relation, Sentence, Verdict } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { ClaimKind, Extractor } from './kind.js';
import { clauseEndThroughRegion, paragraphBreak, voiceAt } from './cues.js';
import { nameForm, PARTICLE } from '../segment/people.js';

// ---------------------------------------------------------------------------------------------
// Values

const ABSENT = Symbol('absent');
type Names = string[] & { [ABSENT]?: true };

/** An absence value: the people a source says were not at the table. */
export function absentNames(names: readonly string[]): string[] {
  const v: Names = [...names];
  Object.defineProperty(v, ABSENT, { value: true, enumerable: false });
  return v;
}

export function isAbsence(v: unknown): boolean {
  return Array.isArray(v) && (v as Names)[ABSENT] === true;
}

// A source that says the talks were the leaders alone ("one-on-one, with no delegations at the
// table") tells who was NOT there as well: anyone else another source seats contradicts it.
const ONLY = Symbol('only');
type OnlyNames = string[] & { [ONLY]?: true };

/** A list of people who, the source says, were the only ones at the table. */
export function onlyNames(names: readonly string[]): string[] {
  const v: OnlyNames = [...names];
  Object.defineProperty(v, ONLY, { value: true, enumerable: false });
  return v;
}

export function isOnly(v: unknown): boolean {
  return Array.isArray(v) && (v as OnlyNames)[ONLY] === true;
}

/** Someone in `list` whom an only-these value leaves out. */
function outsider(only: readonly string[], list: readonly string[]): string | undefined {
  return list.find((n) => !only.some((o) => samePerson(n, o)));
}

/**
 * One person under the forms different reports give: "Donald Trump" and "Donald J. Trump" (same
 * first and last word), "M. S. Gorbachev" and "Mikhail Gorbachev" (an initial for the first name),
 * "Trump" or "Kim" alone where a report never gives more (one word of the other name), "Bill
 * Clinton" and "William J. Clinton" (a familiar first name).
 */
export function samePerson(x: string, y: string): boolean {
  if (x === y) return true;
  const a = x.toLowerCase().split(' ').map(nameForm);
  const b = y.toLowerCase().split(' ').map(nameForm);
  if (a.length === 1 || b.length === 1) {
    const [one, other] = a.length === 1 ? [a[0]!, b] : [b[0]!, a];
    return other[0] === one || other[other.length - 1] === one;
  }
  const initial = (w: string, full: string) => /^[a-z]\.$/.test(w) && full.startsWith(w[0]!);
  const firstAgrees = a[0] === b[0] || initial(a[0]!, b[0]!) || initial(b[0]!, a[0]!);
  return firstAgrees && a[a.length - 1] === b[b.length - 1];
}

const within = (names: readonly string[], others: readonly string[]) => names.every((n) => others.some((o) => samePerson(n, o)));

function relateNames(a: string[], b: string[]): Relation {
  const absentA = isAbsence(a);
  const absentB = isAbsence(b);
  if (absentA !== absentB) {
    const present = absentA ? b : a;
    const absent = absentA ? a : b;
    if (present.some((n) => absent.some((x) => samePerson(n, x)))) return 'conflict';
    // an absence says less about who took part than a list of who did
    return absentA ? 'wider' : 'narrower';
  }
  if ((isOnly(a) && outsider(a, b)) || (isOnly(b) && outsider(b, a))) return 'conflict';
  const aInB = within(a, b);
  const bInA = within(b, a);
  if (aInB && bInA) return 'same';
  if (bInA) return 'narrower';
  if (aInB) return 'wider';
  // overlapping or disjoint lists are compatible: reports name different aides; the longer one tells more
  return a.length >= b.length ? 'narrower' : 'wider';
}

const denied = (e: Evidence) => e.modality === 'denied' || isAbsence(e.value);
const sourcesOf = (es: Evidence[]) => [...new Set(es.map((e) => e.source))].join(', ');

/**
 * The row's verdict. Who took part decides it; a stated absence matters only when another value
 * seats that person. Values that name the same people in different forms ("Trump", "Donald
 * Trump") agree. Distinct values are compared with each other, never every pair of sources.
 */
function judgeParticipants(evidence: Evidence[]): { verdict: Verdict; reason: string } | undefined {
  const absent = evidence.filter(denied);
  const present = evidence.filter((e) => !denied(e));
  for (const a of absent) {
    for (const n of a.value as string[]) {
      const p = present.find((e) => (e.value as string[]).some((x) => samePerson(x, n)));
      if (!p) continue;
      const by = a.attribution === 'report' ? '' : ` (per ${a.attribution})`;
      const self = p.source === a.source ? ` (${p.source} contradicts itself)` : '';
      return { verdict: 'diverge', reason: `${p.source}: ${n} took part; ${a.source}: ${n} was not there${by}${self}` };
    }
  }
  for (const o of present) {
    if (!isOnly(o.value)) continue;
    for (const p of present) {
      const n = outsider(o.value as string[], p.value as string[]);
      if (n === undefined) continue;
      const by = o.attribution === 'report' ? '' : ` (per ${o.attribution})`;
      return { verdict: 'diverge', reason: `${p.source}: ${n} took part; ${o.source}: only ${(o.value as string[]).join(' and ')} were at the table${by}` };
    }
  }
  const rows = present.length ? present : absent;
  if (!rows.length) return undefined;
  // group the distinct values, then merge groups that name the same people
  const groups: { value: string[]; evidence: Evidence[] }[] = [];
  for (const e of rows) {
    const g = groups.find((x) => relateNames(x.value, e.value as string[]) === 'same');
    if (g) g.evidence.push(e);
    else groups.push({ value: e.value as string[], evidence: [e] });
  }
  const say = (g: (typeof groups)[number]) => `${sourcesOf(g.evidence)}: ${g.evidence[0]!.display}`;
  const sources = new Set(rows.map((e) => e.source));
  if (sources.size === 1) return { verdict: 'adds-detail', reason: `only ${sourcesOf(rows)} states it: ${groups.map((g) => g.evidence[0]!.display).join('; ')}` };
  if (groups.length === 1) return { verdict: 'agree', reason: say(groups[0]!) };
  const specific = groups.find((g) => groups.every((o) => o === g || relateNames(g.value, o.value) !== 'wider')) ?? groups[0]!;
  return { verdict: 'adds-detail', reason: `${say(specific)} is more specific than ${groups.filter((g) => g !== specific).map(say).join('; ')}` };
}

export const participantsKind: ClaimKind<string[]> = {
  type: 'meeting.participants',
  label: 'Participants',
  relate: relateNames,
  display: (v) => (isAbsence(v) ? `not at the table: ${v.join(', ')}` : v.join(', ')),
  identity: (v) => (isAbsence(v) ? 'absent:' : isOnly(v) ? 'only:' : '') + [...v].sort().join('|'),
  conflict: 'one source puts a person at the table whom another says was not there',
  judge: judgeParticipants,
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

const NATION_KEY: Record<string, string> = {
  'u.s.': 'us', us: 'us', american: 'us', america: 'us', "america's": 'us', 'white house': 'us', washington: 'us',
  russian: 'russian', russia: 'russian', kremlin: 'russian', moscow: 'russian',
  chinese: 'chinese', china: 'chinese', beijing: 'chinese',
  ukrainian: 'ukrainian', ukraine: 'ukrainian', kyiv: 'ukrainian', kiev: 'ukrainian',
  'north korean': 'north korean', 'north korea': 'north korean', pyongyang: 'north korean', dprk: 'north korean',
  'south korean': 'south korean', 'south korea': 'south korean', seoul: 'south korean',
  soviet: 'soviet', 'soviet union': 'soviet',
  indonesian: 'indonesian', indonesia: 'indonesian', japanese: 'japanese', japan: 'japanese', tokyo: 'japanese',
  french: 'french', france: 'french', german: 'german', germany: 'german', british: 'british', britain: 'british',
  turkish: 'turkish', turkey: 'turkish', indian: 'indian', india: 'indian', israeli: 'israeli', israel: 'israeli',
  iranian: 'iranian', iran: 'iranian', finnish: 'finnish', finland: 'finnish', icelandic: 'icelandic', iceland: 'icelandic',
  maltese: 'maltese', malta: 'maltese', swiss: 'swiss', switzerland: 'swiss', vietnamese: 'vietnamese', vietnam: 'vietnamese',
  singaporean: 'singaporean', singapore: 'singaporean', european: 'european', canadian: 'canadian', canada: 'canadian',
  australian: 'australian', australia: 'australian', mexican: 'mexican', mexico: 'mexican', italian: 'italian', italy: 'italian',
  polish: 'polish', poland: 'polish', hungarian: 'hungarian', hungary: 'hungarian', saudi: 'saudi', belarusian: 'belarusian',
  belarus: 'belarusian', kazakh: 'kazakh', kazakhstan: 'kazakh', qatari: 'qatari', qatar: 'qatari', emirati: 'emirati',
  egyptian: 'egyptian', egypt: 'egyptian',
  // the rest of the world's states a summit may bring in ("Chancellor of Austria Eva Gruber")
  austrian: 'austrian', austria: 'austrian', swedish: 'swedish', sweden: 'swedish', norwegian: 'norwegian', norway: 'norwegian',
  danish: 'danish', denmark: 'danish', dutch: 'dutch', netherlands: 'dutch', spanish: 'spanish', spain: 'spanish',
  portuguese: 'portuguese', portugal: 'portuguese', greek: 'greek', greece: 'greek', belgian: 'belgian', belgium: 'belgian',
  czech: 'czech', romanian: 'romanian', romania: 'romanian', bulgarian: 'bulgarian', bulgaria: 'bulgarian', serbian: 'serbian',
  serbia: 'serbian', croatian: 'croatian', croatia: 'croatian', armenian: 'armenian', armenia: 'armenian', azerbaijani: 'azerbaijani',
  azerbaijan: 'azerbaijani', mongolian: 'mongolian', mongolia: 'mongolian', thai: 'thai', thailand: 'thai', filipino: 'filipino',
  philippines: 'filipino', malaysian: 'malaysian', malaysia: 'malaysian', pakistani: 'pakistani', pakistan: 'pakistani',
  afghan: 'afghan', afghanistan: 'afghan', iraqi: 'iraqi', iraq: 'iraqi', syrian: 'syrian', syria: 'syrian', brazilian: 'brazilian',
  brazil: 'brazilian', argentine: 'argentine', argentina: 'argentine', chilean: 'chilean', colombian: 'colombian', colombia: 'colombian',
  venezuelan: 'venezuelan', venezuela: 'venezuelan', cuban: 'cuban', cuba: 'cuban', nigerian: 'nigerian', nigeria: 'nigerian',
  kenyan: 'kenyan', kenya: 'kenyan', ethiopian: 'ethiopian', ethiopia: 'ethiopian',
};
// either case for each word's first letter: "Russian", "the russian side" in a lower-cased headline
const NATION_ALT = Object.keys(NATION_KEY)
  .filter((k) => !k.includes("'"))
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`).replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');

/** Lower-case words that describe a name rather than belong to it: absorbed into the mention. */
const DESCRIPTOR = new Set(
  (
    'president presidents presidential vice vice-president prime minister ministers premier premiers chancellor secretary ' +
    'secretaries secretary-general general leaders ' +
    'state foreign affairs defense defence treasury commerce finance economy economic trade national security adviser advisor ' +
    'advisers advisors aide aides envoy envoys special spokesman spokeswoman spokesperson press ambassador chief staff deputy ' +
    'senior top policy leader supreme chairman chairwoman chair vice-chairman vice-chairmen party communist director head ' +
    'counselor counsellor interpreter translator assistant first lady king queen crown prince princess emperor senator sen. ' +
    'rep. governor mr mr. mrs mrs. ms ms. dr dr. kremlin white house former then-president then longtime veteran trusted close ' +
    'key negotiator negotiators chief-of-staff intelligence military marshal admiral gen. army commander member members ' +
    'politburo standing committee central his her their its own new sitting incoming outgoing acting de facto strongman ' +
    'dictator counterpart host guest u.s. us u.n. nato eu united states america russia china ukraine korea north south japan ' +
    // a visitor and the honorifics of protocol copy: "met visiting Prime Minister X", "Shri Narendra Modi", "His Royal Highness Prince …"
    'visiting sir dame sheikh emir sultan ' +
    // the formal name of a state run into a title: "Minister of Foreign Affairs of the Russian Federation Igor Ivanov"
    'federation republic kingdom confederation emirates ' +
    'india soviet union dprk iran israel turkey germany france britain ' +
    'american russian chinese ukrainian korean soviet japanese indian indonesian turkish israeli iranian saudi finnish swiss ' +
    'icelandic maltese singaporean vietnamese british french german european belarusian kazakh australian canadian mexican ' +
    'italian polish hungarian qatari emirati egyptian ' +
    // occupations and relations that reports put before a name: "real estate developer Steve Witkoff"
    'sovereign wealth fund investment direct homeland interior energy justice attorney solicitor war navy air ' +
    'billionaire businessman developer real estate investor lawyer diplomat career official officials spy tycoon ' +
    'banker economist colonel lieutenant retired friend confidant ally loyalist son-in-law daughter son wife ' +
    'husband sister brother chief-negotiator ' +
    // the portfolio before a title: "planning chief He Lifeng", "propaganda chief", "protocol head"
    'planning development reform propaganda protocol communications cyber climate industry industrial agriculture ' +
    'health labor labour transport culture education science technology legal political unification ' +
    // more portfolios, and the councils and honorifics that stand before a name in translation:
    // "Minister of Natural Resources Alexander Kozlov", "State Councilor Yang Jiechi", "Shri Ajit Doval"
    'natural resources environment ecology emergency emergencies situations housing tourism sport sports fisheries ' +
    'mines mining petroleum oil gas water infrastructure digital railways aviation maritime youth welfare employment ' +
    'veterans information broadcasting immigration territorial regional councilor councillor shri sri smt smt. shrimati ' +
    'h.e. excellency highness royal ' +
    'swedish norwegian danish dutch spanish portuguese greek austrian belgian czech slovak romanian bulgarian serbian ' +
    'croatian georgian armenian azerbaijani mongolian thai filipino malaysian pakistani afghan iraqi syrian lebanese ' +
    'jordanian palestinian nigerian kenyan ethiopian argentine chilean colombian venezuelan cuban brazilian'
  ).split(' '),
);
/** Acronyms before a name: "CIA Director John Ratcliffe", "KGB chief". */
const ACRONYM = /^[A-Z]{2,5}$/;
/** Connectors absorbed only between descriptor words: "Secretary of State", "assistant to the president". */
const INNER = new Set(['of', 'to', 'the', 'for', 'on']);
/** Head nouns that may end a descriptor before a comma: "his national security adviser, John Bolton". */
const ROLE_NOUN =
  /^(?:president|premier|chancellor|minister|secretary|secretary-general|adviser|advisor|aide|envoy|spokes(?:man|woman|person)|ambassador|chief|deputy|leader|chairman|chairwoman|chair|director|head|counsel(?:l)?or|interpreter|assistant|negotiator|commander|member|lady|king|queen|prince|princess|emperor|governor|senator|counterpart|host|guest|general|marshal|admiral|strongman|dictator|staff|sister|brother|wife|husband|son|daughter|son-in-law|daughter-in-law)$/i;

const KINSHIP = /^(?:sister|brother|wife|husband|son|daughter|son-in-law|daughter-in-law)$/i;

/** Capitalised words that open a run but never start a name. */
const STARTER = new Set(
  (
    'the a an and but or so yet still then also when while after before as at in on of for from with without by to into since ' +
    'unlike although though if once during despite following speaking asked meanwhile however instead earlier later today ' +
    'tonight yesterday tomorrow this that these those there here his her their its our we i it they he she you both neither ' +
    'either each all some many most other another one two three four five monday tuesday wednesday thursday friday saturday ' +
    'sunday january february march april may june july august september october november december jan. feb. mar. apr. jun. ' +
    'jul. aug. sep. sept. oct. nov. dec. sen. rep. gen. mr. mrs. ms. dr. mr mrs ms dr lt. col. st. analysis opinion exclusive ' +
    'breaking update editorial commentary good no yes not never just even only what who whom whose why how where which ' +
    'would will could should can did does do was were is are has have had said asked ' +
    // conjunctions and adverbs that open a sentence: "Whether Kosygin holds …"
    'whether whereas unless because until perhaps maybe'
  ).split(' '),
);
/** Words that make a capitalised run a place, an organisation or a thing, not a person. */
const NON_PERSON = new Set(
  (
    'base force news house times post press agency council union nations states kingdom korea republic federation committee ' +
    'commission party army navy fund bank hotel resort palace hall center centre square street avenue airport field island ' +
    'islands sea ocean bay strait peninsula church cathedral summit conference forum organization organisation ministry ' +
    'department office service services network journal tribune herald gazette daily review weekly club group institute ' +
    'university college school museum tower building castle park lake river mountain mountains county city province region ' +
    'airlines airways one two war treaty accord act agreement declaration statement day week month year affairs people ' +
    'peoples assembly congress senate parliament duma court cabinet administration government kremlin white capitol pentagon ' +
    'facebook truth social twitter television radio channel fox cnn bbc reuters tass xinhua yonhap ria novosti sputnik ' +
    'arctic pacific atlantic europe asia africa america americas alaska anchorage moscow washington beijing kyiv singapore ' +
    'sentosa reykjavik helsinki geneva bali malta minsk paris london berlin tokyo seoul pyongyang ' +
    // bodies and buildings of state that state agencies name beside people
    'bureau politburo secretariat presidium mission embassy consulate confederation villa ' +
    // rooms and grounds of a residence: "in the East Room", "the Rose Garden", "St George's Hall"
    'room rooms garden gardens lawn residence pavilion chamber gallery terrace ballroom dacha'
  ).split(' '),
);

// A name token: "Putin", "O'Brien", "Jae-in", "Elmendorf-Richardson", "Trump's", "J.", "U.S."
// (initials first, so "U.S." is one token; an all-capital word such as "NATO" is none; any
// alphabet's letters, for "Erdoğan" and "Höfði")
// ("JD Vance", "JB Pritzker": two capitals for a given name, never the usual acronyms of states)
// (every repeat is bounded: runs are read over the whole text, and each round of an unbounded
// group keeps a backtrack entry, so a few million capitalised words would overflow the stack)
const TOKEN_SRC = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.){0,5}|(?!(?:US|UK|EU|UN|AU)\\b)\\p{Lu}{2}(?=[ \\u00a0]\\p{Lu}\\p{Ll})|\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:['’-]\\p{L}\\p{Ll}*){0,4}(?!\\p{L}))";
// particles inside a name ("Ursula von der Leyen"): the names index's own list
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${TOKEN_SRC}(?:[ \\u00a0](?:${PARTICLE}[ \\u00a0]){0,2}${TOKEN_SRC}){0,24}`, 'gu');

const PRONOUN = /\b(?:[Hh]e|[Ss]he)\b/g;
const PRONOUN_VERB =
  /^(?: [a-z]+){0,2}? (?:met|meets|sat|held|had|talked|greeted|hosted|received|welcomed|shook|joined|faced|thanked|spoke|conferred|negotiated|lunched|dined|was|and)\b/;

/** Stretches between double quotation marks in a sentence (an unclosed one runs to its end). */
function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let mark = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open < 0) {
      if (c === '“' || c === '"') (open = i), (mark = c);
    } else if ((mark === '"' && c === '"') || (mark === '“' && c === '”')) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}
const ROLE_WORD = '(?:[Pp]resident|[Ll]eader|counterpart|[Pp]rime\\s+[Mm]inister|[Pp]remier|[Cc]hancellor|head\\s+of\\s+state)';
// the formal names state agencies and protocol texts give a country: "the President of the
// Russian Federation", "the Federal Chancellor of the Federal Republic of Germany"
const STATE_NAME: Record<string, string> = {
  'russian federation': 'russian', 'united states of america': 'us', 'united states': 'us', 'soviet union': 'soviet', ussr: 'soviet',
  "people's republic of china": 'chinese', 'republic of korea': 'south korean', "democratic people's republic of korea": 'north korean',
  'federal republic of germany': 'german', 'french republic': 'french', 'united kingdom': 'british', 'republic of belarus': 'belarusian',
  'republic of india': 'indian', 'republic of indonesia': 'indonesian', 'republic of turkey': 'turkish', 'republic of finland': 'finnish',
};
// the countries themselves (not the adjectives): "President of France"
const COUNTRIES =
  'russia america china ukraine japan india indonesia france germany britain turkey israel iran finland iceland malta ' +
  'switzerland vietnam singapore canada australia mexico italy poland hungary belarus kazakhstan qatar egypt austria sweden ' +
  'norway denmark netherlands spain portugal greece belgium romania bulgaria serbia croatia armenia azerbaijan mongolia ' +
  'thailand philippines malaysia pakistan afghanistan iraq syria brazil argentina colombia venezuela cuba nigeria kenya ethiopia';
const COUNTRY_ALT = [...Object.keys(STATE_NAME), ...COUNTRIES.split(' '), 'north korea', 'south korea']
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');
const COUNTRY_WORD = new RegExp(`^(?:${COUNTRIES.split(' ').join('|')})$`);
const countryKey = (c: string): string | undefined => {
  const k = lower(c).replace(/’/g, "'").replace(/\s+/g, ' ');
  return STATE_NAME[k] ?? NATION_KEY[k];
};
const ROLE_CUE = /[Pp]resident|[Ll]eader|counterpart|[Mm]inister|[Pp]remier|[Cc]hancellor|head of state/;
// (no lookahead for a name after the phrase: whether "the Russian president, Vladimir Putin" is an
// appositive or a list item is told from the mentions around it, in mentionsIn)
const ROLE_PHRASE = new RegExp(
  `\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(${NATION_ALT})\\s+(${ROLE_WORD})\\b` +
    `|\\b(${NATION_ALT})['’]s\\s+(${ROLE_WORD})\\b` +
    `|\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[Ff]ederal\\s+)?(${ROLE_WORD})\\s+of\\s+(?:the\\s+)?(?:(?:Republic|Kingdom|State|Islamic Republic)\\s+of\\s+)?(${COUNTRY_ALT})\\b`,
  'g',
);

// ---------------------------------------------------------------------------------------------
// Who the report names, beyond what the shared index knows: full names from capitalised runs
// (titles and nationalities stripped), reachable by surname, by family name ("Kim", "Xi") and by role.

interface Roster {
  /** every lower-case word of the report: a capitalised first word of a sentence found here is no name */
  lowerWords: Set<string>;
  names: Map<string, string>; // full name → canonical
  bySurname: Map<string, string>;
  byFirst: Map<string, string>;
  /** an inner word of a long name, the one some people go by ("Lula" of Luiz Inácio Lula da Silva) */
  byInner: Map<string, string>;
  byRole: Map<string, string>;
  leaders: Set<string>;
  /** a surname the report only ever gives with a title ("President Xi"): the name it goes by */
  titled: Set<string>;
  /** how often the report names each person, for the leaders of "the two men met" */
  counts: Map<string, number>;
  /** "donald trump" (first and last word) → the canonical name, for "Donald J. Trump" */
  firstLast: Map<string, string>;
  /** single words already resolved */
  single: Map<string, string | undefined>;
  /** a first or last word → the full names that hold it, at each place the report gives one in full */
  holders: Map<string, { at: number; name: string; relative: boolean }[]>;
  /** words that several people named in full share ("Kim" for Kim Jong Un and Kim Jong Il) */
  shared: Set<string>;
  /** people named in full at least once outside a sentence dated to another year */
  current: Set<string>;
  /**
   * A word used alone before anyone holding it is named in full ("Trump" in a liveblog's
   * headline and key points, long before "Ivanka Trump" turns up), and how often it acts as
   * the subject of a verb ("Bush flew", "Putin arrived"): the report's own short name for someone.
   */
  bare: Map<string, { early: number; acting: number; inner: boolean; placed: boolean }>;
}

const firstLastKey = (name: string) => {
  const w = name.split(' ');
  return `${w[0]} ${w[w.length - 1]}`;
};

const TITLED_BEFORE =
  /(?:\b(?:[Pp]resident|[Cc]hairman|[Pp]remier|[Cc]hancellor|[Pp]rime [Mm]inister|[Ss]ecretary|[Mm]inister|[Ll]eader|[Kk]ing|[Qq]ueen|[Ee]mperor|[Aa]mbassador|[Ss]enator|[Gg]overnor|[Ee]nvoy|[Cc]ounterpart)|\bM(?:r|rs|s)\.?)\s$/;

const lower = (s: string) => s.toLowerCase();
const stripPossessive = (s: string) => s.replace(/['’]s$/, '');
const isPossessive = (s: string) => /['’]s$/.test(s);
const HEAD_ROLE = /^(?:president|leader|prime minister|premier|chancellor|head of state|general secretary|chairman|supreme leader|king|queen|emperor)$/;

interface NameRun {
  start: number;
  end: number; // without a possessive 's
  tokens: string[];
  /** offsets of each token in the text */
  at: number[];
}

const LAST_TITLE =
  /^(?:president|minister|secretary|premier|chancellor|leader|chairman|chairwoman|envoy|adviser|advisor|aide|ambassador|spokes(?:man|woman|person)|director|governor|senator|deputy|counterpart|commander|negotiator)$/i;

/** Opens a sentence (or a line, a heading, a quotation): its capital says nothing. */
function sentenceInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'(*#_\[-]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:;\n]/.test(text[i]!) || text.slice(Math.max(0, i - 1), at).includes('\n');
}

// Short English words that are also given or family names in transliteration ("He Lifeng",
// "So Hun", "Moon Jae In"): capitalised inside a sentence they cannot be the English word.
const NAME_OR_WORD = /^(?:He|So|In|An|On|No|Do)$/;

// A title-case line (a headline) capitalises "In" and "On" as well: no name may take them there.
// Only words the report also writes in lower case count: a line full of names is no headline.
let caseText = '';
let caseWords: Set<string> | undefined;
const caseByLine = new Map<number, boolean>();
function titleCaseLine(text: string, at: number, lowerWords: Set<string>): boolean {
  if (text !== caseText || lowerWords !== caseWords) (caseText = text), (caseWords = lowerWords), caseByLine.clear();
  const from = text.lastIndexOf('\n', at) + 1;
  let known = caseByLine.get(from);
  if (known === undefined) {
    let to = text.indexOf('\n', at);
    if (to < 0) to = text.length;
    let upper = 0;
    let all = 0;
    for (const w of text.slice(from, to).matchAll(/\b\p{L}{2,}/gu)) {
      if (!lowerWords.has(lower(w[0]))) continue;
      all++;
      if (/^\p{Lu}/u.test(w[0])) upper++;
    }
    known = all >= 2 && upper * 10 >= all * 7;
    caseByLine.set(from, known);
  }
  return known;
}

/** The part of a capitalised run that can be a name, or nothing. */
function nameRun(text: string, runStart: number, run: string, lowerWords: Set<string>): NameRun | undefined {
  const tokens: string[] = [];
  const at: number[] = [];
  let pos = 0;
  for (const part of run.split(/[ \u00a0]/)) {
    tokens.push(part);
    at.push(runStart + pos);
    pos += part.length + 1;
  }
  let i = 0;
  // "What Trump signed …", "Flanking Gorbachev were …": a common word or a participle that opens the sentence
  if (tokens.length > 1 && (lowerWords.has(lower(tokens[0]!)) || /^[A-Z][a-z]{3,}ing$/.test(tokens[0]!)) && sentenceInitial(text, runStart)) i = 1;
  const nameWords = () => !titleCaseLine(text, runStart, lowerWords);
  // "and He Lifeng": a capitalised short word that opens a name inside a sentence belongs to it
  const keepFirst = tokens.length > 1 && NAME_OR_WORD.test(tokens[0]!) && !sentenceInitial(text, runStart) && nameWords();
  // a possessive before another capitalised word is a country or an owner: "Russia's Vladimir Putin"
  // ("Vice Premier He Lifeng", "Foreign Minister So Se Pyong": after a title, inside a sentence, the short word opens the name)
  const nameAfterTitle = (k: number) => k > 0 && k < tokens.length - 1 && NAME_OR_WORD.test(tokens[k]!) && DESCRIPTOR.has(lower(tokens[k - 1]!)) && nameWords();
  while (!keepFirst && i < tokens.length - 1 && !nameAfterTitle(i) && (STARTER.has(lower(tokens[i]!)) || DESCRIPTOR.has(lower(tokens[i]!)) || NATION_KEY[lower(stripPossessive(tokens[i]!))] || isPossessive(tokens[i]!))) i++;
  if (i === tokens.length - 1 && (STARTER.has(lower(tokens[i]!)) || DESCRIPTOR.has(lower(tokens[i]!)))) return undefined;
  // "European Commission President Ursula von der Leyen": the name starts after the last title
  // (a kinship word is a title only in lower case: "his son Hunter"; capitalised it is a name, "Choe Son Hui")
  for (let k = tokens.length - 2; k >= i; k--) {
    if (ROLE_NOUN.test(tokens[k]!) && !KINSHIP.test(tokens[k]!)) {
      i = k + 1;
      break;
    }
  }
  const rest = tokens.slice(i);
  const restAt = at.slice(i);
  // (particles do not count: "Luiz Inácio Lula da Silva" is a name of four words)
  if (rest.filter((t) => !PARTICLE_WORD.test(t)).length > 4) return undefined;
  if (rest.some((t) => NON_PERSON.has(lower(stripPossessive(t))))) return undefined;
  // "Swedish Minister", "Foreign Secretary": a title, not a name
  if (rest.length > 1 && LAST_TITLE.test(stripPossessive(rest[rest.length - 1]!))) return undefined;
  // "Kim Jong Un said" is one run; "Trump Tuesday" is not a name
  const lastIsName = rest.length >= 2 && NAME_OR_WORD.test(stripPossessive(rest[rest.length - 1]!)) && nameWords();
  if (rest.slice(1).some((t, k) => STARTER.has(lower(stripPossessive(t))) && !/^[A-Z]\.$/.test(t) && !(lastIsName && k === rest.length - 2))) return undefined;
  const last = rest[rest.length - 1]!;
  const possessive = isPossessive(last);
  const end = restAt[restAt.length - 1]! + (possessive ? last.length - 2 : last.length);
  return { start: restAt[0]!, end, tokens: rest.map((t, k) => (k === rest.length - 1 ? stripPossessive(t) : t)), at: restAt };
}

const ROLE_BEFORE = new RegExp(`\\b(${NATION_ALT})(?:['’]s)?\\s+(?:[a-z-]+\\s+){0,2}?(president|leader|prime\\s+minister|premier|chancellor|general\\s+secretary|chairman|supreme\\s+leader)(?:,\\s*|\\s*)$`, 'i');

// what follows a person acting: a verb in the past or present, or an auxiliary ("Bush flew", "Putin
// has been", "Moon returns", "Kim, through an interpreter, said" is left to the other occurrences)
const ACTING_AFTER =
  /^ (?:(?:has|had|was|is|did|does|will|would|could|said|says|told|tells|met|meets|flew|flies|spoke|speaks|sat|sits|held|holds|went|goes|came|comes|took|takes|left|leaves|made|makes|gave|gives|saw|sees|stood|stands|ran|runs|got|gets|also|then|later|again)\b|[a-z]{3,}(?:ed|es)\b)/;

const PLACED_BEFORE = /\b(?:in|at|near|outside|inside|into|across|via|around)\s$/i;

// "his sister Kim Yo Jong", "Kim's father, Kim Jong Il": a relative introduced by kinship to the
// protagonist does not take over the family name the report uses for the protagonist
// (a title may stand between: "the prime minister's father, the former foreign minister Shintaro Abe")
const RELATIVE_BEFORE = /\b(?:sister|brother|father|mother|son|daughter|wife|husband|uncle|aunt|grandfather|grandmother|cousin|niece|nephew|son-in-law|daughter-in-law|widow)s?,?\s+(?:(?:the|his|her)\s+)?(?:[a-z-]+\s+){0,3}$/i;

function buildRoster(doc: Doc): Roster {
  const r: Roster = { lowerWords: new Set(doc.clean.match(/\b[a-z]+\b/g) ?? []), names: new Map(), bySurname: new Map(), byFirst: new Map(), byInner: new Map(), byRole: new Map(), leaders: new Set(), titled: new Set(), counts: new Map(), firstLast: new Map(), single: new Map(), holders: new Map(), shared: new Set(), current: new Set(), bare: new Map() };
  // (a report that never dates itself is taken to be about the latest year it names)
  let when = eventWhen(doc);
  if (when.year === undefined) for (const y of doc.clean.matchAll(/\b(?:19|20)\d\d\b/g)) if (Number(y[0]) > (when.year ?? 0)) when = { year: Number(y[0]) };
  // the sentence each run falls in, found by a pointer that only moves forward
  let si = 0;
  const sentenceAt = (at: number) => {
    while (si < doc.sentences.length - 1 && doc.sentences[si]!.end <= at) si++;
    return doc.sentences[si];
  };
  let datedFor: Sentence | undefined;
  let dated = false;
  for (const p of doc.people.persons) {
    const name = cleanName(p.name);
    r.names.set(p.name, name);
    if (!r.firstLast.has(firstLastKey(p.name))) r.firstLast.set(firstLastKey(p.name), name);
    for (const role of p.roles) {
      if (!r.byRole.has(role)) r.byRole.set(role, name);
      if (/\b(?:leader|president|premier|prime minister|chancellor)$/.test(role)) r.leaders.add(name);
    }
  }
  const text = doc.clean;
  for (const m of text.matchAll(RUN)) {
    const run = nameRun(text, m.index!, m[0], r.lowerWords);
    if (!run) continue;
    if (run.tokens.length === 1) {
      const w = run.tokens[0]!;
      if (!r.lowerWords.has(lower(w)) && !NON_PERSON.has(lower(w)) && !NATION_KEY[lower(w)] && !DESCRIPTOR.has(lower(w)) && !STARTER.has(lower(w))) {
        const b = r.bare.get(w) ?? { early: 0, acting: 0, inner: false, placed: false };
        // "in Lima", "at Hofdi" (but "in Putin's view"): a place, whatever it does elsewhere
        if (PLACED_BEFORE.test(text.slice(Math.max(0, run.start - 8), run.start)) && !/^['’]/.test(text.slice(run.end, run.end + 1))) b.placed = true;
        if (!r.holders.has(w)) b.early++;
        if (ACTING_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) b.acting++;
        if (!sentenceInitial(text, run.start)) b.inner = true;
        r.bare.set(w, b);
      }
      if (TITLED_BEFORE.test(text.slice(Math.max(0, run.start - 30), run.start)) && !r.lowerWords.has(lower(w)) && !NON_PERSON.has(lower(w)) && !NATION_KEY[lower(w)] && !DESCRIPTOR.has(lower(w))) r.titled.add(w);
      continue;
    }
    const name = run.tokens.join(' ');
    const canonical = canonicalFull(r, name);
    if (!r.names.has(name)) r.names.set(name, canonical);
    if (!r.firstLast.has(firstLastKey(name))) r.firstLast.set(firstLastKey(name), canonical);
    const words = canonical.split(' ');
    const sentence = sentenceAt(run.start);
    if (sentence !== datedFor) (datedFor = sentence), (dated = !!sentence && datedElsewhere(sentence.text, when));
    if (!dated) r.current.add(canonical);
    for (const w of new Set([words[0]!, words[words.length - 1]!])) {
      const list = r.holders.get(w) ?? [];
      if (list.length && list[list.length - 1]!.name !== canonical && list.some((x) => x.name !== canonical)) r.shared.add(w);
      list.push({ at: run.start, name: canonical, relative: RELATIVE_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start)) });
      r.holders.set(w, list);
    }
    if (!r.bySurname.has(words[words.length - 1]!)) r.bySurname.set(words[words.length - 1]!, canonical);
    if (!r.byFirst.has(words[0]!)) r.byFirst.set(words[0]!, canonical);
    // (only in names of four words or more, particles aside: a Korean or Chinese middle syllable is no name)
    const inner = words.slice(1, -1).filter((x) => !PARTICLE_WORD.test(x) && !/\.$/.test(x));
    if (inner.length >= 2) for (const x of inner) if (!r.byInner.has(x)) r.byInner.set(x, canonical);
    const role = text.slice(Math.max(0, run.start - 60), run.start).match(ROLE_BEFORE);
    if (role) {
      const nation = NATION_KEY[lower(role[1]!).replace(/\s+/g, ' ')];
      const title = lower(role[2]!).replace(/\s+/g, ' ');
      if (nation) {
        if (!r.byRole.has(`${nation} ${title}`)) r.byRole.set(`${nation} ${title}`, canonical);
        if (HEAD_ROLE.test(title)) {
          if (!r.byRole.has(`${nation} leader`)) r.byRole.set(`${nation} leader`, canonical);
          r.leaders.add(canonical);
        }
      }
    }
  }
  // a second pass, now that every full name is known, counts the mentions of each person
  for (const m of text.matchAll(RUN)) {
    const run = nameRun(text, m.index!, m[0], r.lowerWords);
    if (!run) continue;
    const name = run.tokens.length >= 2 ? canonicalFull(r, run.tokens.join(' ')) : resolveSingle(doc, r, run.tokens[0]!, run.start);
    if (name) r.counts.set(name, (r.counts.get(name) ?? 0) + 1);
  }
  return r;
}

/**
 * The two people a report is plainly about: each named at least three times, and clearly more often
 * than anyone else (the next one at most three quarters as often). "The two men met" then means them.
 */
function dominantPair(r: Roster): string[] | undefined {
  const ranked = [...r.counts].sort((a, b) => b[1] - a[1]);
  const [first, second, third] = ranked;
  if (!first || !second || second[1] < 3 || samePerson(first[0], second[0])) return undefined;
  if (third && third[1] * 4 > second[1] * 3) return undefined;
  return [first[0], second[0]];
}

/** One person, one name: "Donald J. Trump" is the "Donald Trump" the index knows. */
function canonicalFull(r: Roster, name: string): string {
  return r.names.get(name) ?? r.firstLast.get(firstLastKey(name)) ?? name;
}

/** "What Trump" (a sentence's first word taken for a given name) is "Trump". */
function cleanName(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && STARTER.has(lower(words[0]!))) words.shift();
  return words.join(' ');
}

/**
 * A word alone, at an offset of the report. A word several people share ("Kim" in a piece that
 * names Kim Jong Il for history and Kim Jong Un for the summit) is the one last named in full
 * before it, as a reader takes it; before any of them, the first named after it.
 */
function resolveSingle(doc: Doc, r: Roster, word: string, at?: number): string | undefined {
  const w = stripPossessive(word);
  if (at !== undefined && r.shared.has(w)) {
    const p = doc.people.resolve(w);
    const list = r.holders.get(w)!;
    // a relative, or someone named only for another year's events, does not take the word over
    const fore = (x: { name: string; relative: boolean }) => !x.relative && r.current.has(x.name);
    // a title makes one of them the one the report means ("Chairman Kim")
    if (p && p.name.includes(' ') && p.name.split(' ').includes(w) && (list.some((x) => x.name === cleanName(p.name) && fore(x)) || !list.some(fore))) return cleanName(p.name);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) if (fore(list[k]!)) return list[k]!.name;
    for (let k = lo; k < list.length; k++) if (fore(list[k]!)) return list[k]!.name;
    for (let k = lo - 1; k >= 0; k--) if (!list[k]!.relative) return list[k]!.name;
    for (let k = lo; k < list.length; k++) if (!list[k]!.relative) return list[k]!.name;
    return list[Math.max(0, lo - 1)]!.name;
  }
  if (r.single.has(w)) return r.single.get(w);
  const name = resolveWord(doc, r, w);
  r.single.set(w, name);
  return name;
}

function resolveWord(doc: Doc, r: Roster, w: string): string | undefined {
  if (STARTER.has(lower(w)) || DESCRIPTOR.has(lower(w)) || NON_PERSON.has(lower(w)) || NATION_KEY[lower(w)]) return undefined;
  const b = r.bare.get(w);
  // the report's own short name for someone, used again and again before a namesake ("Ivanka
  // Trump", "Kim Yo Jong") is named in full: the word stays a person of its own
  if (b && b.early >= 3 && !b.placed && (b.acting >= 1 || r.titled.has(w))) return w;
  const p = doc.people.resolve(w);
  // a bare "Kim" that the shared index leaves ambiguous is the Kim the report named first
  // (the index may know a long name only in part: "Jose Maria Cruz" of "Jose Maria Cruz de la Vega")
  const longer = r.byInner.get(w);
  if (p && longer && b && b.acting >= 1 && longer.startsWith(`${cleanName(p.name)} `)) return longer;
  if (p && p.name.includes(' ') && p.name.split(' ').includes(w)) return cleanName(p.name);
  const known = r.bySurname.get(w) ?? r.byFirst.get(w) ?? (b && b.acting >= 1 ? r.byInner.get(w) : undefined);
  if (known) return known;
  if (r.titled.has(w) || p?.name === w) return w;
  // a surname a report never gives in full ("Bush flew in … Putin arrived … said Bush"): a word
  // that acts as the subject of verbs, mid-sentence too, and never appears in lower case
  return b && b.early >= 3 && b.acting >= 2 && b.inner && !b.placed ? w : undefined;
}

function resolveRoleKey(doc: Doc, r: Roster, key: string, role: string): string | undefined {
  const title = lower(role).replace(/\s+/g, ' ');
  const t = title === 'counterpart' || title === 'head of state' ? 'leader' : title;
  const p = doc.people.resolve(`the ${key === 'us' ? 'U.S.' : key} ${t}`);
  if (p) return cleanName(p.name);
  return r.byRole.get(`${key} ${t}`) ?? r.byRole.get(`${key} leader`);
}

// ---------------------------------------------------------------------------------------------
// Mentions and the skeleton of a sentence

interface Mention {
  /** the name itself */
  start: number;
  end: number;
  /** with the titles and appositives around it: "Secretary of State [Marco Rubio]" */
  from: number;
  to: number;
  name: string | undefined;
}

// (whole words only: "at Geneva in 1985" or "and then" is no appositive, though "at" starts like "a")
const APPOSITIVE_OPENER =
  /^(?:the|a|an|his|her|their|its|who\s+(?:is|was)|[a-z-]+\s+of|vice-chairm[ae]n|chairman|chairwoman|president|minister|secretary|adviser|advisor|aide|envoy|head|chief|leader|spokes(?:man|woman|person)|ambassador|director|member|deputy|commander|premier|chancellor|general|governor|senator)\b/;

function mentionsIn(doc: Doc, r: Roster, s: Sentence): Mention[] {
  const text = s.text;
  const found: Mention[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = nameRun(text, m.index!, m[0], r.lowerWords);
    if (!run) continue;
    if (run.tokens.length >= 2) {
      found.push({ start: run.start, end: run.end, from: run.start, to: run.end, name: canonicalFull(r, run.tokens.join(' ')) });
      continue;
    }
    const word = run.tokens[0]!;
    // "the Trump-Putin summit": two names joined by a hyphen
    const parts = word.split('-');
    if (parts.length === 2 && /^[A-Z]/.test(parts[1]!)) {
      const a = resolveSingle(doc, r, parts[0]!, s.start + run.start);
      const b = resolveSingle(doc, r, parts[1]!, s.start + run.start);
      if (a && b) {
        const mid = run.start + parts[0]!.length;
        found.push({ start: run.start, end: mid, from: run.start, to: mid, name: a });
        found.push({ start: mid + 1, end: run.end, from: mid + 1, to: run.end, name: b });
        continue;
      }
    }
    const name = resolveSingle(doc, r, word, s.start + run.start);
    if (name) found.push({ start: run.start, end: run.end, from: run.start, to: run.end, name });
  }
  // names come in text order; role phrases and pronouns must not overlap them
  const covered = new Uint8Array(text.length + 1);
  for (const f of found) covered.fill(1, f.start, f.end);
  const free = (start: number, end: number) => !covered[start] && !covered[end - 1];
  let before = -1; // the last name that ends before a role phrase
  const names = found.length;
  let after = 0; // the first name that starts after a role phrase
  // (the phrase's long alternation of nations is tried only in a sentence that has a role word)
  for (const m of ROLE_CUE.test(text) ? text.matchAll(ROLE_PHRASE) : []) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const key = m[6] !== undefined ? countryKey(m[6]) : NATION_KEY[lower(m[1] ?? m[3]!).replace(/\s+/g, ' ')];
    const role = (m[2] ?? m[4] ?? m[5])!;
    if (!key) continue;
    let name: string | undefined;
    // (the last name found before the phrase: whose counterpart it is, or whose appositive)
    while (before + 1 < names && found[before + 1]!.end <= start) before++;
    if (/counterpart/i.test(role)) {
      // "his Russian counterpart" is the Russian leader only when a leader is the one whose counterpart it is
      const owner = before >= 0 ? found[before]!.name : undefined;
      if (owner && r.leaders.has(owner)) name = resolveRoleKey(doc, r, key, 'leader');
    } else name = resolveRoleKey(doc, r, key, role);
    // "Anna Berg, the German chancellor, met …": a role set off by commas right after a name is
    // that name's appositive, not a second person (unless it is plainly someone else's title)
    const prev = before >= 0 ? found[before] : undefined;
    if (prev && /^,\s+$/.test(text.slice(prev.end, start)) && (!name || samePerson(prev.name ?? '', name)) && /^\s*(?:[,;.)—–]|$)/.test(text.slice(end, end + 3))) continue;
    // "the Russian president, Vladimir Putin" or "the Russian President Vladimir Putin": the name
    // that follows is the phrase's own. Only a comma followed by someone else, under a title of
    // their own ("the President of Russia, Federal Chancellor Angela Merkel and …"), makes the
    // phrase an item of a list.
    const gap = text.slice(end, end + 3).match(/^,?\s+/)?.[0];
    if (gap !== undefined && /^\p{Lu}\p{Ll}/u.test(text.slice(end + gap.length, end + gap.length + 2))) {
      while (after < names && found[after]!.start < end) after++;
      const next = found[after];
      const own = !gap.includes(',') || !name || !next || next.start === end + gap.length || samePerson(next.name ?? '', name);
      if (own) continue;
    }
    found.push({ start, end, from: start, to: end, name });
    covered.fill(1, start, end);
  }
  // "He then met Putin": the pronoun stands for the subject the shared index finds for it. Only
  // a pronoun outside quotation marks that a meeting verb follows is worth looking up.
  const quoted = quotedSpans(text);
  let q = 0;
  for (const m of text.matchAll(PRONOUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    while (q < quoted.length && quoted[q]![1] <= start) q++;
    if ((q < quoted.length && quoted[q]![0] <= start) || !free(start, end)) continue;
    if (!PRONOUN_VERB.test(text.slice(end, end + 40))) continue;
    const person = doc.people.antecedent(s.start + start, m[0]);
    if (person) found.push({ start, end, from: start, to: end, name: cleanName(person.name) });
  }
  found.sort((a, b) => a.start - b.start);

  // titles and appositives belong to the mention they describe
  const out: Mention[] = [];
  let floor = 0;
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (m.start < floor) continue; // inside the previous mention's appositive
    const leftComma = absorbLeft(text, m, floor);
    absorbRight(text, m, found[k + 1]?.start ?? text.length, leftComma);
    out.push(m);
    floor = m.to;
  }
  for (const m of out) {
    m.start += s.start;
    m.end += s.start;
    m.from += s.start;
    m.to += s.start;
  }
  return out;
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const PARTICLES_BEFORE = new RegExp(`(?:^|\\s)(?:${PARTICLE}\\s){1,2}$`);

/** Stretch a mention left over the descriptor words before it; true when that ends in a comma. */
function absorbLeft(text: string, m: Mention, floor: number): boolean {
  // "von der Leyen", "de Gaulle": the particles belong to the surname
  const particles = text.slice(Math.max(floor, m.start - 12), m.start).match(PARTICLES_BEFORE);
  if (particles) m.start -= particles[0].trimStart().length;
  const before = text.slice(floor, m.start);
  const words = [...before.matchAll(/\S+/g)];
  let k = words.length - 1;
  let from = m.start;
  let comma = false;
  let accepted = -1;
  // a capitalised title lets the body it heads come along: "European Commission President"
  let titled = false;
  let body = 0;
  for (; k >= 0; k--) {
    const w = words[k]![0];
    const bare = w.replace(/,$/, '');
    const isLast = k === words.length - 1;
    // "the Assistant to the President for National Security Affairs, Robert McFarlane": a title
    // may end in another word than its head noun, provided the head is in it (checked below)
    if (w !== bare && !(isLast && (ROLE_NOUN.test(bare) || DESCRIPTOR.has(lower(bare))))) break;
    const l = lower(bare);
    // (a country closes a title of its own: "President of Poland Jan Nowak")
    let ok = DESCRIPTOR.has(l) || INNER.has(l) || ACRONYM.test(bare) || (/^[A-Z]/.test(bare) && COUNTRY_WORD.test(l)) || (/^[A-Z]/.test(bare) && isPossessive(bare) && !!NATION_KEY[lower(stripPossessive(bare))]) || (/^[A-Z]/.test(bare) && DESCRIPTOR.has(lower(stripPossessive(bare))));
    const nextIsTitle = k + 1 === words.length - 1 && ROLE_NOUN.test(words[k + 1]![0]);
        // ("Head of the Office of the President": the body may hold connectors of its own)
    if (!ok && titled && body < 3 && accepted === k + 1 && CAPITALISED.test(bare) && (CAPITALISED.test(words[k + 1]![0]) || nextIsTitle || INNER.has(words[k + 1]![0]))) {
      ok = true;
      body++;
    }
    if (!ok) break;
    // a title, capitalised or (right before the name) not, heads the body that precedes it:
    // "European Commission President", "National Security Council secretary-general"
    if (ROLE_NOUN.test(bare) && (CAPITALISED.test(bare) || isLast)) titled = true;
    if (w !== bare) comma = true;
    accepted = k;
  }
  // connectors only count inside a descriptor, never at its left edge: "the presence of Lavrov"
  while (accepted >= 0 && accepted < words.length && INNER.has(lower(words[accepted]![0])) && lower(words[accepted]![0]) !== 'the') accepted++;
  if (accepted >= 0 && accepted < words.length) {
    // a descriptor must hold a real title word, not just "the" or "and"
    const span = words.slice(accepted).map((w) => w[0].replace(/,$/, ''));
    const headless = comma && !ROLE_NOUN.test(span[span.length - 1]!) && !span.some((w) => ROLE_NOUN.test(w));
    if (!headless && span.some((w) => DESCRIPTOR.has(lower(w)) || NATION_KEY[lower(stripPossessive(w))] || ACRONYM.test(w))) from = floor + words[accepted]!.index!;
    else comma = false;
  } else comma = false;
  m.from = from;
  return comma && from < m.start;
}

const ABSENCE_WHO = /^who\s+(?:is|was|were)\s+(?:not|never|notably|conspicuously|absent|excluded|left|sidelined|uninvited|missing)\b/;
const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** ", chairman of …", ", the Russian leader", ", U.S. Secretary of State", ", who was …": an appositive. */
function opensAppositive(rest: string): boolean {
  if (APPOSITIVE_OPENER.test(rest)) return true;
  const w = rest.match(/^[^\s,;:]+/)?.[0] ?? '';
  const l = lower(w);
  return DETERMINER.has(l) || DESCRIPTOR.has(l) || ACRONYM.test(w) || !!NATION_KEY[lower(stripPossessive(w))];
}

/** Where an appositive segment ends: the next comma or clause mark, or a full stop that is no initial ("U.S."). */
function segmentEnd(rest: string): number {
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (',;:()“”"—–'.includes(c)) return i;
    if (c === '.' && !/(?:^|[\s.])[A-Z]$/.test(rest.slice(Math.max(0, i - 2), i)) && !/\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Lt|Col)$/.test(rest.slice(Math.max(0, i - 4), i))) return i;
  }
  return -1;
}

// between a list's comma and its next name: nothing, "and", or a title in capitals ("Secretary of Defense")
const LIST_GAP = /^\s+(?:and\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for|to|on)\s+)*$/u;

/**
 * Stretch a mention right over appositives: ", the Russian leader," or, from state media,
 * ", chairman of the Workers' Party of Korea, chairman of …,". Segments that hold another name
 * are never swallowed.
 */
function absorbRight(text: string, m: Mention, nextStart: number, leftComma: boolean): void {
  let to = m.end;
  // "James A. Baker III", "Martin Luther King Jr.": a generational suffix belongs to the name
  // ("James A. Baker 3d", the house style of some papers)
  const suffix = text.slice(to, to + 8).match(/^,?\s(?:Jr\.?|Sr\.?|II|III|IV|[23]d)(?![\p{L}\p{N}])/u);
  if (suffix) m.to = to = to + suffix[0].length;
  // "Ma Ying-jeou (馬英九)", "Kim Yo Jong (36)", "Rep. Jane Doe (D-Calif.)": a bracket right after a
  // name glosses it, so a list or a verb goes on after it
  const gloss = text.slice(to, to + 42).match(/^ ?\([^()@]{1,40}\)/);
  if (gloss) m.to = to = to + gloss[0].length;
  const tail = text.slice(to, to + 60);
  if (/^['’]s\b/.test(tail)) return;
  // "Ukraine's president, Volodymyr Zelensky, was": the closing comma of a left appositive
  if (leftComma && /^,\s/.test(tail)) {
    m.to = to + 1;
    return;
  }
  // ", of Japan": a country after the name
  const of = tail.match(/^\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b/);
  if (of && NATION_KEY[lower(of[0].replace(/^\s+of\s+/, '')).replace(/\s+/g, ' ')]) {
    m.to = to + of[0].length;
    return;
  }
  let segments = 0;
  while (segments < 4 && /^,\s/.test(text.slice(to, to + 2))) {
    const segStart = to + 2;
    const rest = text.slice(segStart, segStart + 300);
    if (!opensAppositive(rest) || ABSENCE_WHO.test(rest)) break;
    const stop = segmentEnd(rest);
    const segEnd = stop < 0 ? -1 : segStart + stop;
    if (segEnd < 0 || segEnd > nextStart) break;
    to = segEnd;
    segments++;
    if (text[segEnd] !== ',') break;
    // a closing comma followed by the rest of the clause: swallow it with the appositive; one
    // followed by the next name of a list (under its own title, if any) parts the two names:
    // "Taking part were A, member of …, B, secretary of …, and C"
    const after = text.slice(segEnd + 1, segEnd + 40);
    const nextInList = nextStart < text.length && nextStart - segEnd <= 60 && LIST_GAP.test(text.slice(segEnd + 1, nextStart));
    if (nextInList) break;
    if (!/^\s(?:the|a|an|his|her|chairman|chairwoman|vice-chairm[ae]n|president|minister|member|head|chief|supreme|and\s+(?:supreme|chairman|vice|head|chief))\b/.test(after)) {
      to = segEnd + 1;
      break;
    }
  }
  if (segments) m.to = to;
}

interface Skeleton {
  text: string;
  /** offset in the report of each character of the skeleton */
  at: number[];
}

/**
 * The sentence with every mention as "@k", quotations as "Q" (what a speaker says is not the
 * report placing someone at the table), and whitespace folded to single spaces.
 */
function skeletonOf(doc: Doc, s: Sentence, ms: Mention[]): Skeleton {
  const src = doc.clean;
  let text = '';
  const at: number[] = [];
  let k = 0;
  let quote: string | undefined;
  for (let i = s.start; i < s.end; i++) {
    const c = src[i]!;
    if (quote) {
      if ((quote === '"' && c === '"') || (quote === '“' && c === '”')) quote = undefined;
      while (k < ms.length && ms[k]!.from <= i) k++;
      continue;
    }
    if (c === '“' || c === '"') {
      quote = c;
      text += 'Q';
      at.push(i);
      continue;
    }
    while (k < ms.length && ms[k]!.to <= i) k++;
    const m = ms[k];
    if (m && m.from === i) {
      const tag = `@${k}`;
      for (let j = 0; j < tag.length; j++) at.push(m.start);
      text += tag;
      // "@1" directly before a digit would read as another mention: keep them apart
      if (/[\p{L}\p{N}]/u.test(src[m.to] ?? '')) {
        text += ' ';
        at.push(m.to);
      }
      i = m.to - 1;
      k++;
      continue;
    }
    if (/\s/.test(c)) {
      if (!text.endsWith(' ')) {
        text += ' ';
        at.push(i);
      }
      continue;
    }
    // Markdown's blanked emphasis leaves "Shultz** ," as "@1 ,": the comma belongs to the name
    if (text.endsWith(' ') && ',;:.'.includes(c) && /[\w@]/.test(text[text.length - 2] ?? '')) {
      text = text.slice(0, -1);
      at.pop();
    }
    text += c === '’' ? "'" : c;
    at.push(i);
  }
  return { text, at };
}

// ---------------------------------------------------------------------------------------------
// Constructions over the skeleton. Each is a sticky regex tried only where a list of names or a
// word starts (never from every character, nor from every later name of a list it already
// failed on), so matching stays linear in the sentence.

const sticky = (source: string) => new RegExp(source, 'y');
const LIST = "@\\d+(?:(?:,? (?:and|as well as|along with|together with|plus|&)|,) @\\d+)*(?:,? (?:and|among) others)?";
// The list a roster gives after "were" or a colon: state agencies part the names with semicolons
// (each carries an appositive with commas) and say whose side each is on ("…, from the north side,
// and Im Jong Sok, …, from the south side")
const SIDE_TAG = "(?: (?:on|from|for) the (?:[A-Za-z.'-]+ ){0,2}?side)";
// (a leader "with" the aides: "Mainland side: Xi with A, B and C")
// (the side may also come first: "A and B on the Russian side, and on the Japanese side C")
// (each part of the list may carry its side: "brought in A and B on the American side and C on the Russian side")
const SIDED_LIST = `@\\d+${SIDE_TAG}?(?:(?:,? (?:and|as well as|along with|together with|plus|&)|,)(?:${SIDE_TAG},?)? @\\d+${SIDE_TAG}?)*`;
const ROSTER_LIST = `@\\d+${SIDE_TAG}?(?:(?:[,;]? (?:and|as well as|along with|together with|plus|with|&)|[,;])(?:${SIDE_TAG},?)? @\\d+${SIDE_TAG}?)*(?:,? (?:and|among) others)?`;
// A line that is only a label and a roster: "U.S.: Trump; Secretary of State Pompeo; …", "Soviet side: Gorbachev, …"
// (a parenthetical aside and a closing "seated alongside" may follow the names)
const LABEL_LIST = sticky(`([A-Z][A-Za-z.' -]{0,30}?): (${ROSTER_LIST})(?: \\([^()]{0,300}\\))?(?: (?:seated|sitting|standing|looking on|present|in attendance)(?: [a-z]+){0,2})?\\.?$`);
// the label itself seats the names
const SEAT_LABEL = /\b(?:sides?|delegations?|teams?|participants|attendees|present|in the room|at the table|in attendance)\b/i;
// a heading or lead-in ("## Who was in the room", "The plenary session starts at once:") that makes
// the label lists under it the table
const SEAT_HEADING = /\b(?:room|table|delegations?|participants|attendees|attending|present|plenary|sides?|teams?|in attendance|line-?up)\b/i;
// "Biden, flanked by Blinken and Sullivan, faced Xi": an escort between subject and verb
// (after a comma, "along with" already continues the list itself)
const ESCORT = '(?:(?:flanked|joined|accompanied|backed|surrounded) by|with|alongside)';
const APPOS = `(, [^,;@]{1,80},|, ${ESCORT} ${LIST},| [—–] (?:${ESCORT}|along with|together with) ${LIST} [—–])?`;
// A list a group noun opened ends with a bare closing mark: "four leaders — A, B, C and D — sat
// down", "the two presidents, A and B, talked". Tried only after such a group noun (GROUP_OPENS),
// so "Ushakov, who sat in" keeps its own reading.
const CLOSE = '(?:,| [—–]|\\))';
// the group noun and the opening mark before such a list: "the two presidents, ", "four tired leaders — ", "both men ("
const GROUP_OPENS = /(?:^|[\s(])(?:[Tt]he|[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight)(?: [a-z-]+){0,2}? (?:leaders|men|women|presidents|premiers|heads of state|heads of government|principals)(?:,| [—–]| ?\() ?$/;
const GAP2 = "((?: [A-Za-z'-]+){0,2}?)";
const GAP3 = "((?: [A-Za-z'-]+){0,3}?)";
const NOUN =
  '(?:[Ss]ummits?|[Mm]eetings?|[Tt]alks|[Nn]egotiations|[Dd]iscussions|[Ee]ncounter|[Ss]it-down|[Tt]ête-à-tête|[Tt]ete-a-tete|[Ss]essions?|[Bb]ilateral|[Ff]ace-off|[Ss]howdown|[Cc]onversation|[Oo]ne-on-one|[Pp]arley|[Gg]et-together|[Cc]onsultations|[Cc]lash|[Ss]houting match|[Ss]pat|[Cc]onfrontation|[Ss]tand-?off)';
const TABLE = `(?:${NOUN}|table|room|delegations?|side|teams?|format|lunch|dinner|rounds?|plenar(?:y|ies))`;

// past tense for the body, present tense for headlines ("Biden and Xi meet in Bali")
// (the progressive of a liveblog or a wire's running account: "the leaders are now meeting alone")
const PAIR_VERB =
  '(?:are|were|is|was)(?: now| still| already)? (?:meeting|talking|negotiating|conferring)|met|meet|meets|sat down|sit down|sits down|talked|talk|discussed|spoke|agreed|conferred|negotiated|huddled|shook hands|shake hands|greeted each other|embraced|came face to face|faced each other|sat face to face|sat across from each other|sat across the table|sat opposite each other|sat together|clasped hands';
const NOUN_VERB =
  'held|hold|holds|had|spend|reached|reach|reaches|struck|hammered out|produced|achieved|secured|clinched|forged|emerged from|concluded|conclude|wrapped up|wrap up|ended|end|began|begin|opened|open|started|start|kicked off|kick off|wound up|resumed|arrived for|went into|headed into|sat for|broke off|exchanged|faced|posed|appeared|stood|signed|sign|walked out of|walked|strolled|spent|left|inked|initialled|initialed|put their (?:names|signatures) to|put their (?:names|signatures) on';
// ("Bush, who met Putin in Slovenia last Saturday, …": a relative clause says it as plainly as a main one)
const SUBJ = sticky(`(${LIST})${APPOS}(?:, who)?${GAP3} (${PAIR_VERB}|${NOUN_VERB})(?![A-Za-z-])`);
const SUBJ_CLOSED = sticky(`(${LIST})${CLOSE}()${GAP3} (${PAIR_VERB}|${NOUN_VERB})(?![A-Za-z-])`);
const PAIR_VERB_ONLY = new RegExp(`^(?:${PAIR_VERB})$`);
const GROUP_CUE = /\b(?:[Tt]hey|[Tt]heir|them|two|three|four|leaders|[Bb]oth|pair)\b/;
// "The two men met", "They sat down": a meeting without names, whose leaders the report makes plain elsewhere
// ("where the two held talks": "the two" alone, its noun understood, when a verb follows at once)
const GROUP_SUBJ = sticky(`(?:[Tt]hey|[Tt]he (?:two|three|four) (?:men|women|leaders|presidents|premiers|prime ministers|heads of state|heads of government)|[Tt]he leaders|[Bb]oth (?:men|leaders|presidents)|[Tt]he pair|[Tt]he (?:two|three|four)(?= (?:${PAIR_VERB}|${NOUN_VERB})(?![A-Za-z-])))${GAP3} (${PAIR_VERB}|${NOUN_VERB})(?![A-Za-z-])`);
const OBJ_VERB =
  "met with|met|meets with|meets|meet with|meet|held talks with|had talks with|sat down with|talked with|conferred with|negotiated with|huddled with|shook hands with|shook the hand of|came face to face with|sat across (?:the table )?from|sat opposite|faced off (?:with|against)|faced|sat facing|held (?:a |an |his |her |their |the )?(?:[A-Za-z0-9-]+ ){0,3}?(?:summit|meeting|talks|negotiations|discussions|session|sit-down|bilateral) with|had (?:a |an |his |her |their )?(?:[A-Za-z0-9-]+ ){0,3}?(?:summit|meeting|talks|discussions|sit-down|conversation) with|(?:is|was) meeting(?: with)?|sat down for talks with|lunched with|dined with|had (?:a |an )?(?:[a-z-]+ )?(?:lunch|dinner|breakfast) with|spent (?:[a-z0-9-]+ ){0,3}?(?:hours?|minutes|day|morning|afternoon|evening|time) with";
const WEAK_VERB = 'greeted|welcomed|received|hosted|hugged|greets|welcomes|receives|hosts|hugs|was greeted by|was welcomed by|was received by|was hosted by|was met by|thanked';
const OBJ_VERB_ONLY = new RegExp(`^(?:${OBJ_VERB})$`);
const WEAK_VERB_ONLY = new RegExp(`^(?:${WEAK_VERB})$`);
const OBJ = sticky(`(${LIST})${APPOS}(?:, who)?${GAP3} (${OBJ_VERB}|${WEAK_VERB}) (${LIST})`);
// "Kim stepped over the line, becoming the first …, and spent the day with Moon"; "the two men
// walked down to the lake, where a fire had been lit, and talked": a meeting verb in a later
// conjunct of the same subject. The stretch between holds no other name, quotation or clause
// break, and is bounded, so each try stays short. (A verb with its object comes first: "sat
// down with Kim" must not stop at "sat down"; "talked with nobody but" is still "talked".)
const GROUP_WORDS = '(?:[Tt]hey|[Tt]he (?:two|three) (?:men|women|leaders|presidents|heads of state)|[Tt]he leaders|[Bb]oth (?:men|leaders|presidents)|[Tt]he pair|[Tt]he two)';
const COORD = sticky(
  `(${LIST}|${GROUP_WORDS})((?: [a-z][a-z'-]*){1,2}(?:(?! and )[^@Q;:—()]){0,200}?),? and (?:then |later |also |finally |now )?(?:(${OBJ_VERB})(?![A-Za-z-]) (${LIST})|(${PAIR_VERB})(?![A-Za-z-])(?: (${LIST}))?)`,
);
const THANKED = sticky(`thank(?:ed|ing|s)? @(\\d+) for hosting\\b`);
const BETWEEN = sticky(`${NOUN}(?: (?:were|was) (?:held|conducted)| took place| (?:began|opened|ended|started|resumed))? (?:between|of|involving|pitting) (${LIST})`);
// "Putin arrived late for his meeting with Trump": the owner is the subject before
const POSS_PRONOUN = sticky(`([Hh]is|[Hh]er) ((?:[A-Za-z0-9-]+ ){0,3}?)${NOUN} with (${LIST})`);
// "In his talks with Putin, Trump pressed …": the owner comes after the comma
const TALKS_WITH_THEN = sticky(`(?:[Ii]n|[Dd]uring|[Aa]t|[Aa]fter) (?:his|her|their|the|a) ((?:[A-Za-z0-9-]+ ){0,3}?)${NOUN} with (${LIST}), @(\\d+)`);
// "Zelensky left … after a shouting match with Trump and Vance", "Trump crossed the line before
// sitting down with Kim": a meeting in an adverbial phrase is the clause subject's own
const ADVERBIAL_WITH = sticky(
  `(?:after|before|during|following|amid|in|into|at|from) (?:(?:a|an|the) )?((?:[A-Za-z0-9-]+ ){0,3}?)${NOUN} with (${LIST})` +
    `|(?:after|before|while|when|by) (?:sitting down|meeting|holding talks|talking|negotiating|conferring|huddling) with (${LIST})`,
);
// "Albanese became the first …, sitting down with Xi on Monday": a participle after a comma tells
// what the clause's subject did (tried only right after a comma)
const PARTICIPLE_WITH = sticky(`(?:then |later |also )?(?:sitting down|holding talks|talking|negotiating|conferring|huddling|meeting)(?: with)? (${LIST})`);
// "the final meeting between the two as presidents", "their first meeting in person": a meeting
// of a pair the sentence does not name, whom the report makes plain elsewhere (never "between the two countries")
const BETWEEN_GROUP = sticky(
  `(?:${NOUN}|first|second|third|fourth|fifth|final)((?: [a-z-]+){0,3}?) between (?:them|the pair|the two (?:men|women|leaders|presidents|premiers|heads of (?:state|government))|the two(?=[,.;:—–)]|$| (?:as|since|in|on|at|was|were|had|have|this|that|and|for|ever|so|to|of)\\b))`,
);
const THEIR_NOUN = sticky(`[Tt]heir ((?:[A-Za-z0-9-]+ ){0,3}?)${NOUN}(?! with)`);
// the subject that opens a clause: a few words of lead-in ("On Sunday,", "WASHINGTON -"), then names
const CLAUSE_SUBJECT = /^[\s,\-–—]*(?:[A-Za-z0-9'’.]+,? ){0,4}?(?:(@\d+(?:(?:,? and|,) @\d+)*)(?!'s)(?=[ ,])|([Hh]e|[Ss]he) [a-z])/;
const POSS = sticky(`(${LIST})'s ((?:[A-Za-z0-9-]+ ){0,3}?)${NOUN}(?! of)(?: with (${LIST}))?`);
const COMPOUND = sticky(`@(\\d+) ?[-–—/] ?@(\\d+)(?: ?[-–—/] ?@(\\d+))? (?:[A-Za-z0-9-]+ ){0,2}?(?:${NOUN}|press conference|news conference)`);

const JOINED_BY = sticky(
  `(?:joined|accompanied|flanked|assisted|backed|aided|supported)((?: (?:at|around|in|on|for) (?:(?:the|his|her|their) )?[A-Za-z.-]+(?: [a-z-]+)?)?) by (${LIST})` +
    // "… on the U.S. side, and by Kim Yong Chol and Ri Yong Ho on the North Korean side"
    `(?: on the [A-Za-z.]+(?: [A-Za-z]+)? side)?(?:,? and by (${LIST}))?`,
);
// ("…, with A and B in attendance": the aides present at the talks the clause is about)
const WITH_SIDE = sticky(`with (${LIST}) (?:at (?:his|her|their) sides?|in tow|beside (?:him|her|them)|by (?:his|her|their) sides?|next to (?:him|her)|(?:also )?(?:in attendance|present|at the table|in the room)(?= *[,.;)—–]| *$))`);
const WITH_JOINING = sticky(`with (${LIST}) (?:joining|accompanying|flanking|alongside|beside|next to) (${LIST})`);
const REPRESENTED = sticky(`(?:was|were) represented by (${LIST})`);
const ROOM_WITH = sticky(`(?:room|table) with (${LIST})`);
const ALONGSIDE = sticky(`(?:alongside|across from|opposite|across the table from) (${LIST})`);
// (a liveblog's entries speak in the present: "Foreign ministers A and B join their leaders at the table")
const MEMBER_VERB =
  'joined|joins|join|attended|attends|attend|sat in on|sits in on|sit in on|took part in|takes part in|take part in|took part|takes part|take part|' +
  'participated in|participates in|participate in|participated|participates|participate|sat at|sits at|sit at|sat in|sat on|sits on|sit on|' +
  'rounded out|round out|completed|complete|made up|make up|(?:were|was|are|is)(?: also)? (?:present at|present|in attendance|at|in|on|seated at|part of|among)';
const MEMBER_SUBJ = sticky(`(${LIST})${APPOS}(?:,? who)?${GAP2} (${MEMBER_VERB})(?![A-Za-z-])`);
const MEMBER_CLOSED = sticky(`(${LIST})${CLOSE}()${GAP2} (${MEMBER_VERB})(?![A-Za-z-])`);
const SAT_WITH = sticky(`(${LIST})${GAP2} (?:sat|stood|were seated|was seated) (?:at the side of |at |with |beside |next to |alongside |by |to the (?:right|left) of )(${LIST})('s (?:side|right|left))?`);
// (a liveblog's present: "Biden has Blinken and Sullivan beside him")
const HAD_BESIDE = sticky(`@(\\d+) (?:had|has|brought(?: along| in)?|brings(?: along| in)?|took along) (${LIST})`);
// "Rubio and Witkoff accompanied Trump": the escorted one is the anchor
const ESCORTED = sticky(`(${LIST})${GAP2} (?:accompanied|flanked|escorted) @(\\d+)`);
const DELEGATION = sticky(
  // (a verb may stand a few words off: "the Ukrainian delegation in the talks also included")
  `(?:delegations?|entourage|contingent)(?:((?: [a-z'-]+){0,2}?) (?:including|of|with)|((?: [a-z'-]+){0,4}?) (?:included|includes|comprised|consisted of|was made up of|featured|(?:was |were )?(?:led|headed) by)) (${LIST})` +
    // a team "of experts led by" someone is a working group beside the talks, not the table
    `|teams?((?: (?!of\\b)[a-z'-]+){0,2}?) (?:included|includes|comprised|consisted of|was made up of|featured|including) (${LIST})` +
    `|side (?:included|was represented by|were represented by|comprised|featured|was led by) (${LIST})` +
    // "Delegations come in for the expanded round: Lavrov on the Russian side, Ri on the North Korean side"; "US side: Reagan, Shultz"
    `|(?:[Dd]elegations?|[Tt]eams?|[Ee]ntourage|side)(?: [a-z'-]+){0,6}?: (${ROSTER_LIST})`,
);
const INVERTED = sticky(`(?:[Ii]n the room|[Aa]t the table|[Pp]articipants|[Aa]ttendees|[Tt]aking part|[Pp]articipating|[Aa]mong (?:those|the (?:officials|aides|participants|advisers))|[Ff]lanking (?:@\\d+|him|her|them)|[Aa]ccompanying (?:@\\d+|him|her|them)|[Jj]oining @\\d+|(?:[Ss]eated|[Ss]itting) (?:with|beside|next to|alongside|opposite|across from) (?:@\\d+|him|her|them)|[Ff]acing (?:@\\d+|him|her|them)|[Pp]resent|[Aa]lso (?:present|attending|at the table|in the room|taking part|participating)|[Aa]ttending|[Jj]oining (?:them|him|her|the (?:two )?leaders)|[Ss]itting in)((?: [A-Za-z.'-]+){0,12}?)(?:,? (?:were|was)|:) (${ROSTER_LIST})`);
// ("On the American side you had A, B and C", "On the Chinese side there were …", "… sat A and B")
const SIDE_LEAD = '(?:(?:you|we) (?:had|saw)|there (?:were|was)|sat|were|was) ';
const ON_SIDE = sticky(`(?:[Oo]n|[Ff]rom) the (?:other|[A-Za-z.]+) side,? (?:${SIDE_LEAD})?(${LIST})`);
const ON_OTHER = sticky(`on the other(?: side)?,? (${LIST})`);
// "the meeting … then widened to include A, B and C"; "talks held with the participation of A and B"
const WIDENED = sticky(`(?:widened|expanded|broadened|enlarged|extended|grew|opened up)(?: out)? to (?:include|take in|bring in|admit|embrace) (${SIDED_LIST})|with the participation of (${SIDED_LIST})`);
const WIDENED_SUBJECT = new RegExp(`\\b${TABLE}\\b`);
const BROUGHT_IN = sticky(`${NOUN}(?: [a-z'-]+){0,3}? (?:brought in|brought together|included|involved|featured|added) (${SIDED_LIST})`);
const INCLUDING = sticky(`(?:aides|advisers|advisors|officials|ministers|delegations?|teams?|deputies|envoys|lieutenants|entourage|format|delegates|negotiators),? (?:[a-z'-]+ ){0,3}?(?:including|among them|such as|namely|with|that included|involving) (${LIST})`);
// the subject of "were joined by" that stands for the two leaders
const GROUP_BEFORE = /(?:\b[Tt]hey|\b[Tt]he (?:two |three )?(?:presidents|leaders|men|women|heads of state|heads of government|premiers)|\b[Bb]oth (?:men|leaders|presidents))(?: [a-z']+){0,3} $/;
/** An anchor that is whoever the report seats as the leaders. */
const LEADERS = '\u0000leaders';
const MEMBER_KEYWORD = [DELEGATION, INVERTED, ON_SIDE, ON_OTHER, BROUGHT_IN, INCLUDING] as const;

const ABSENT_BE = sticky(
  `(${LIST})${APPOS}(?:,? who)? (?:was|were|is|are|has been|had been|have been|remained|remains|stayed)((?: (?:notably|conspicuously|noticeably|pointedly|also|again|still|visibly|deliberately|reportedly|however|though|once again)){0,2}) ` +
    '(not invited|not present|not included|not involved|not in the room|not at the table|not at the (?:[a-z-]+ )?(?:summit|talks|meeting|negotiations)|not in attendance|not part of|not among|not party to|not a party to|absent|excluded|left out|sidelined|shut out|missing|uninvited|kept out|kept away|frozen out|nowhere to be seen|nowhere near|not there)(?![A-Za-z-])',
);
const ABSENT_DO = sticky(
  `(${LIST})${APPOS}(?:,? who)? (?:did not|didn't|does not|doesn't|was unable to|were unable to|could not|couldn't|failed to|was not allowed to|were not allowed to|was not able to|declined to|chose not to|opted not to) (attend|take part|participate|join|sit in|come)(?![A-Za-z-])` +
    `|(${LIST})${APPOS} (skipped|stayed away from|stayed away|boycotted|sat out)(?![A-Za-z-])` +
    `|(${LIST})${APPOS} (?:had|has|got|was given|were given) (no (?:seat|place|chair) at the table|no (?:seat|place|role) (?:in|at) the (?:talks|meeting|room|summit))`,
);
const ABSENT_NOT = sticky(
  `(${LIST})${APPOS}(?:,? who)? (?:wasn't|weren't|isn't|aren't|(?:has|have|had)(?: not|n't) been|(?:was|were) never) (invited|present|included|involved|in the room|at the table|in attendance|part of|among|party to|there)(?![A-Za-z-])`,
);
const WITHOUT = sticky(`without (${LIST})(?:'s)?( (?:at the table|in the room|present|being present|taking part|participating|in attendance|there|being invited|involvement|participation|presence|at the talks|in the talks))?`);
const ABSENCE_POSS = sticky(`(${LIST})'s (?:absence|exclusion)`);
const ABSENCE_OF = sticky(`(?:absence|exclusion) of (${LIST})|(?:excluded|did not invite|didn't invite|without inviting|not inviting|shut out|froze out|left out) (${LIST})`);

// tests on the text around a construction, compiled once
const TABLE_WORD = new RegExp(`\\b${TABLE}\\b`);
const SEAT_CONTEXT = new RegExp(`\\b(?:${NOUN}|table|room|sat|seated|format|delegations?)\\b`);
const TABLE_NEAR = new RegExp(`^(?: [A-Za-z0-9.'-]+){0,7}? ${TABLE}\\b`);
const JOINED_AT = new RegExp(`^ @\\d+(?: [A-Za-z'-]+){0,3}? (?:at|in|for|around) (?:the )?(?:[a-z-]+ )?${TABLE}\\b`);
const TABLE_TAIL = new RegExp(`^ (?:from|at|in|for|to) (?:[A-Za-z'-]+ ){0,3}?(?:${NOUN}|table|room|negotiations)\\b`);
const TABLE_WITH = new RegExp(`^(?: [A-Za-z0-9.'-]+){0,7}? ${TABLE} with @(\\d+)`);
const PART_OF_TAIL = new RegExp(`^ (?:[A-Za-z'-]+ ){0,3}?(?:${NOUN}|delegations?|participants|table)\\b`);
const JOIN_TAIL = new RegExp(`^ (?:[A-Za-z'-]+ ){0,3}?(?:${NOUN}|table|room)\\b`);
const MEETING_BEFORE = new RegExp(`(?:${NOUN}|\\bmet|\\bmeeting|\\bnegotiated|\\bnegotiating|\\bsat down|took place|were held|was held) $`);
const CLAUSE_END = /^\s*(?:[,;.:)—–]|$)/;
// a separator right after another name: "Rubio, Witkoff and …" (but "beside him, and Putin had …" starts anew)
const LIST_CONTINUES = /@\d+(?:,|,? and|,? &|,? plus|,? as well as|,? along with|,? together with) $/;

// every verb and noun stem the constructions below start from
const TRIGGER =
  /\b(?:met|meet|talk|summit|session|negotiat|discuss|spoke|agreed|spent|sat|seated|sit|join|accompan|flank|escort|alongside|across|opposite|delegation|side|team|entourage|attend|absen|invit|exclu|without|present|greet|welcom|host|receiv|shook|shake|hands|confer|huddl|face|facing|format|brought|had|hold|held|participa|part|table|room|emerged|encounter|tête|tete|thank|conclud|began|begin|open|end|wrap|kick|start|resum|exchang|embrac|hug|skipped|stayed|left|includ|comprised|consisted|made up|led by|headed by|sign|pose|appear|stood|walk|stroll|lunch|dine|dinner|breakfast|sidelined|missing|nowhere|boycott|between|round|seat|there|widen|expand|broaden|enlarg|reach|struck|hammer|produc|achiev|secur|clinch|forg|clash|spat|confront|standoff|stand-off)/i;

// ---------------------------------------------------------------------------------------------
// Cues that a construction is not about these talks

const NEG = /\b(?:not|never|no longer|cannot|refused|declined|failed|without|neither|nor)\b|n't\b/i;
// (whole words, never a part of a hyphenated one: "face-to-face" holds no "to")
const MODAL = /(?<![\w-])(?:will|would|could|can|may|might|should|shall|must|to|going|expected|set|due|plan|plans|planned|hope|hopes|hoped|want|wants|wanted|agreed|offered|invited|ready|likely|scheduled|if|unless|whether|wish|wished|proposed|suggested)(?![\w-])|'ll\b/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
// "last December" is gone by whatever month the report is from
const HISTORY = new RegExp(
  `\\b(?:last\\s+(?:met|time|saw|spoke|sat|held|talked|year|month|week|summit|meeting|talks|encounter|${MONTHS})|` +
    `previous|previously|once|ago|in the past|back in|separate|separately|unlike|many times|several times|numerous times|the day before|a day earlier|(?:hours|days|weeks|months) earlier|the previous day|the night before|earlier in the (?:week|month|year)|earlier this (?:week|month|year)|predecessors?|former|met before|(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several|many|numerous|multiple) times|(?:years|decades|months|weeks|a year|a decade|a generation) (?:after|before|since|earlier|later)|` +
    // a meeting still ahead: "in the coming weeks", "at a venue yet to be chosen"
    `in the (?:coming|next) (?:days|weeks|months)|later this (?:week|month|year)|yet to be (?:chosen|decided|set|agreed|fixed|announced|scheduled))\\b`,
  'i',
);
// "in 1988", "in June 2018", "on December 1, 2018"
const YEAR_CUE = new RegExp(
  `\\b(?:in|during|back in|since|of|on)\\s+(?:(?:${MONTHS})\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)(?:['’]s)?\\s+(?:[a-z-]+\\s+)?(?:summit|meeting|talks|visit|encounter|negotiations)`,
  'gi',
);
const PHONE = /\b(?:by|over the|on the|via) (?:phone|telephone|video(?: ?link)?)\b|\b(?:phone|telephone|video) calls?\b|\b(?:virtually|videoconference)\b/i;
const CALLED_OFF = /\b(?:did not take place|didn't take place|never took place|was (?:dropped|cancell?ed|scrapped|called off|shelved)|were (?:dropped|cancell?ed|scrapped|called off|shelved))\b/i;
// the verbs that say two people were together only with the right complement
const WALKED = /^(?:walked|strolled)$/;
const TOGETHER_NEAR = /^(?: [A-Za-z0-9'-]+){0,3}? (?:together|side by side)\b/;
const APPEARED = /^(?:faced|appeared|stood|posed)$/;
// "spent most of the day at a country estate": time spent together
const SPENT_NEAR = /^(?: [A-Za-z0-9'-]+){0,4}? (?:hours?|minutes|day|morning|afternoon|evening|night|time|together)\b/;
const MEDIA_NEAR = /^(?: [A-Za-z0-9'-]+){0,4}? (?:together|side by side|the media|the press|reporters|journalists|cameras|photographers|photos|pictures|each other)\b/;
const NOT_OBJECT =
  /^ (?:been|said|told|says|added|noted|warned|insisted|stressed|argued|claimed|hoped|expected|agreed|planned|promised|wanted|asked|spoken|spent|already|previously|long|earlier|once|twice|to)\b|^ [a-z]+ed\b(?<!\b(?:expanded|extended|detailed|heated|protracted|prolonged|restricted|limited|televised|unscheduled|scheduled|closed|wide-ranging|long-awaited|much-anticipated|closed-door|red|bed))/;
const CONTEXT = new RegExp(`\\b(?:${NOUN}|table|room|delegations?|format|side|sat|seated|met|negotiat\\w*)\\b`);
// (a document may carry its name: "signed the Panmunjom Declaration")
const NOUN_NEAR = new RegExp(`^(?: [A-Za-z0-9'-]+){0,6}? (?:${NOUN}|hours|minutes|press conference|news conference|joint statement|statement|agreement|[Dd]eclaration|document|communiqu[ée]|[Aa]ccord|deal|understanding|consensus|compromise|[Tt]reaty|truce|cease-?fire|dinner|lunch|breakfast|greetings|handshakes?|pleasantries|views|gifts|the media|the press|reporters|cameras|photographers|together|side by side|photos|pictures|room|table)\\b`);

const FULL_DATE = new RegExp(`\\b(${MONTHS})\\s+\\d{1,2},?\\s+((?:19|20)\\d\\d)\\b|\\b\\d{1,2}\\s+(${MONTHS}),?\\s+((?:19|20)\\d\\d)\\b`);

/** The year the report is about: its first full date, else the year it names most (twice at least). */
interface When {
  year?: number;
  /** three-letter, lower case: "aug" */
  month?: string;
  day?: number;
}

const DAY_CUE = new RegExp(`\\b[Oo]n (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:(\\d{1,2}) (${MONTHS})|(${MONTHS}) (\\d{1,2}))\\b`, 'g');
const MEETING_NOUN = new RegExp(`\\b${NOUN}\\b`);
/**
 * Does a sentence tell of a meeting on a day before the report's own ("On 23 April, advisers held
 * consultations in London")? A later day may be the summit's second one, so only earlier days count.
 */
function meetingEarlier(text: string, when: When): boolean {
  if (when.day === undefined || !MEETING_NOUN.test(text)) return false;
  for (const m of text.matchAll(DAY_CUE)) {
    const month = lower((m[2] ?? m[3])!).slice(0, 3);
    const day = Number(m[1] ?? m[4]);
    if (month !== when.month || day < when.day) return true;
  }
  return false;
}

/** When the report's event is: its first full date, else the year it names most (twice at least). */
function eventWhen(doc: Doc): When {
  const d = doc.clean.match(FULL_DATE);
  if (d) return { year: Number(d[2] ?? d[4]), month: lower((d[1] ?? d[3])!).slice(0, 3), day: Number(d[0].match(/\b\d{1,2}\b/)![0]) };
  const count = new Map<string, number>();
  for (const m of doc.clean.matchAll(/\b(?:19|20)\d\d\b/g)) count.set(m[0], (count.get(m[0]) ?? 0) + 1);
  let best: string | undefined;
  for (const [y, n] of count) if (n >= 2 && (!best || n > count.get(best)!)) best = y;
  return best ? { year: Number(best) } : {};
}

// "in June" and "in June 2018", but not "on June 29": a day names the date, not another time
const MONTH_CUE = new RegExp(`\\b(?:in|since|during|last|early|late|mid-|back in)\\s+(${MONTHS})(?!\\s+\\d{1,2}\\b)`, 'gi');

const ASIDE_AFTER = /^, (?:at|in|on|during|back in)\b[^,;:()—–]*/;
// "Graham, who had met Zelensky that morning": a pluperfect relative clause tells of an earlier occasion
const RELATIVE_PAST = /^, who\b.*\bhad\b/;
const FIRST_SINCE = /\bfirst\b[^.;]*?\bsince\b/i;

/** Does this sentence name a year other than the event's ("sat down with Kim Il Sung in 1994")? */
function datedElsewhere(text: string, when: When): boolean {
  if (when.year === undefined) return false;
  for (const m of text.matchAll(YEAR_CUE)) if (Number(m[1] ?? m[2]) !== when.year) return true;
  return false;
}

/** Does this stretch speak of another occasion: an earlier meeting, a separate one, a year or month gone by? */
function historic(region: string, when: When): boolean {
  // "the first meeting between them since a summit in Paris in December 2019": what follows
  // "since" is the earlier occasion, the meeting itself is this one
  const since = FIRST_SINCE.exec(region);
  if (since) region = region.slice(0, since.index + since[0].length - 'since'.length);
  if (HISTORY.test(region)) return true;
  const first = /\bfirst\b/i.test(region);
  for (const m of region.matchAll(YEAR_CUE)) {
    const y = Number(m[1] ?? m[2]);
    if (y === when.year) continue;
    // "the first summit between them since 2019" speaks of this one
    if (first && /^since/i.test(m[0])) continue;
    return true;
  }
  if (when.month) for (const m of region.matchAll(MONTH_CUE)) if (lower(m[1]!).slice(0, 3) !== when.month) return true;
  return false;
}

// (and a day: "Anna Berg on Monday met …")
// Between a subject and its verb only adverbs and auxiliaries may stand ("finally met", "did not
// meet", "are expected to meet"): a noun there ("Trump and Putin aides met") makes someone else the subject.
const GAP_WORD =
  /^(?:[a-z]+ly|also|then|both|first|finally|later|again|together|have|has|had|were|was|did|do|does|will|would|could|can|may|might|must|should|shall|to|are|is|be|been|being|not|never|already|once|just|each|soon|now|today|yesterday|eventually|afterwards|subsequently|alone|set|due|expected|going|plan|plans|planned|hope|hopes|hoped|want|wants|wanted|agreed|ready|scheduled|didn't|don't|doesn't|won't|wouldn't|couldn't|haven't|hasn't|hadn't|weren't|wasn't|no|longer|even|still|yet|ever|on|here|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight)$/i;
const gapOk = (gap: string) => gap.split(' ').every((w) => !w || GAP_WORD.test(w));

const indices = (list: string) => [...list.matchAll(/@(\d+)/g)].map((m) => Number(m[1]));

// ---------------------------------------------------------------------------------------------
// Extraction

type Strength = 'strong' | 'weak';
interface Found {
  names: string[];
  start: number;
  end: number;
  sentence: Sentence;
}
interface PairFound extends Found {
  strength: Strength;
}
interface MemberFound extends Found {
  /** the person they were with, who must be a participant for them to be one */
  anchor?: string;
  /** anchors that the construction itself seats ("sat at Biden's side") */
  seated: string[];
}

class SentenceView {
  readonly byStart: Map<number, Mention>;
  constructor(
    readonly sk: Skeleton,
    readonly ms: Mention[],
    readonly s: Sentence,
    readonly year: When,
    readonly doc?: Doc,
    /** the leaders the sentence before named, for a count that opens this one ("The three met …") */
    readonly before: () => string[] = () => [],
  ) {
    this.byStart = new Map(ms.map((m) => [m.start, m]));
  }
  names(list: string | undefined): string[] {
    if (!list) return [];
    const out: string[] = [];
    for (const k of indices(list)) {
      const n = this.ms[k]?.name;
      if (n && !out.includes(n)) out.push(n);
    }
    return out;
  }
  /** from the clause start to `at`, at most 80 characters back */
  prefix(at: number): string {
    const w = this.sk.text.slice(Math.max(0, at - 80), at);
    for (let i = w.length - 1; i >= 0; i--) {
      const c = w[i]!;
      if (';:()—'.includes(c) || (c === '–' && w[i - 1] === ' ')) return w.slice(i + 1);
    }
    return w;
  }
  /** from `at` to the end of the clause (a comma ends it too, but not one before a place's region:
   * "talked for hours at Glassboro, New Jersey, in 1967" dates the talking) */
  tail(at: number, len = 80): string {
    const rest = this.sk.text.slice(at, at + len);
    return rest.slice(0, clauseEndThroughRegion(rest, /[,;:.()—–]/));
  }
  span(from: number, to: number): { start: number; end: number } {
    const a = this.sk.at[from]!;
    const lastIdx = Math.max(from, to - 1);
    const m = this.byStart.get(this.sk.at[lastIdx]!);
    const b = m ? m.end : this.sk.at[lastIdx]! + 1;
    return { start: a, end: Math.max(b, a + 1) };
  }
  /** who a pronoun at skeleton offset `at` stands for, from this sentence or the one before */
  antecedent(at: number, pronoun: string): string | undefined {
    const p = this.doc?.people.antecedent(this.sk.at[at]!, pronoun, 1);
    return p ? cleanName(p.name) : undefined;
  }
  /** who opens the clause that `at` is in: "Zelensky left …, after a clash with Trump" is Zelensky */
  subjectBefore(at: number): string[] {
    const from = Math.max(0, at - 400);
    const w = this.sk.text.slice(from, at);
    let i = w.length - 1;
    while (i >= 0 && !';:()—'.includes(w[i]!) && !(w[i] === '–' && w[i - 1] === ' ')) i--;
    const m = w.slice(i + 1).match(CLAUSE_SUBJECT);
    if (!m) return [];
    if (m[1]) return this.names(m[1]);
    const who = this.antecedent(from + i + 1 + m.index! + m[0].length - 2 - m[2]!.length, m[2]!.toLowerCase());
    return who ? [who] : [];
  }
  /** the last mention before `at` in the same clause */
  anchorBefore(at: number): string | undefined {
    const pre = this.prefix(at);
    const all = [...pre.matchAll(/@(\d+)/g)];
    const last = all[all.length - 1];
    return last ? this.ms[Number(last[1])]?.name : undefined;
  }
}

interface Harvest {
  pairs: PairFound[];
  /** meetings whose subject names nobody ("the two men met") */
  unnamed: Found[];
  members: MemberFound[];
  absences: Found[];
}

/** Where a list of names starts: an "@" that no separator ties to a name before it. */
function listStarts(t: string): number[] {
  const out: number[] = [];
  for (let i = t.indexOf('@'); i >= 0; i = t.indexOf('@', i + 1)) if (!LIST_CONTINUES.test(t.slice(Math.max(0, i - 24), i))) out.push(i);
  return out;
}

function mentionStarts(t: string): number[] {
  const out: number[] = [];
  for (let i = t.indexOf('@'); i >= 0; i = t.indexOf('@', i + 1)) out.push(i);
  return out;
}

function wordStarts(t: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) if ((i === 0 || t[i - 1] === ' ' || t[i - 1] === '(') && /[A-Za-z]/.test(t[i]!)) out.push(i);
  return out;
}

function* tryAt(re: RegExp, t: string, positions: number[]): Generator<RegExpExecArray> {
  for (const p of positions) {
    re.lastIndex = p;
    const m = re.exec(t);
    if (m) yield m;
  }
}

// "are meeting on Friday" tells of a meeting ahead; "are now meeting" of one under way
const PROGRESSIVE = /^(?:are|were|is|was) /;
const LATER_TAIL = /\b(?:next|tomorrow|later|soon|tonight|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
const CONDITIONAL_BEFORE = /\b(?:if|unless|whether|should)\s*$/i;
const LATER_MEETING = /\b(?:no|any|another|next|future|second|follow-up|possible|potential|proposed|planned|new)\s+$/i;
const TAIL_MODAL = /^(?: [a-z']+){0,2}? (?:could|would|will|may|might|is (?:planned|expected|possible|likely|being planned|under discussion)|was (?:planned|proposed|mooted))\b/;
// "his own meeting with Kim": another meeting than the one the report is about
const LATER_ADJ = /\b(?:next|future|planned|proposed|possible|potential|upcoming|second|follow-up|another|own)\b/i;
const MODAL_BEFORE = /\b(?:will|would|'ll|could|may|might|to be|expected|set to|due to|plans? to|scheduled|hopes? to|wants? to)\b/i;
const BARE_PRESENCE = /^(?:took part|takes part|take part|participated|participates|participate|(?:were|was|are|is)(?: also)? (?:present|in attendance))$/;
const BARE_TAIL = /^\s*(?:[,;.:)—–]|$|on the |from the |for the |as well\b|too\b)/;
const SIDE_TAIL = /^\s*(?:[,;.:)—–]|$|(?: [a-z]+){0,2} (?:took part|participated|sat|were|was|joined|attended))/;
const WEAK_PRESENCE_VERB = /^(?:absent|not present|missing|not there|nowhere to be seen|not in attendance)$/;
const NOT_PART_VERB = /^(?:not part of|not among|not party to|not a party to)$/;
const NEAR_VENUE = /^ the (?:[a-z-]+ )?(?:base|table|room|talks|meeting|summit|venue)\b/;
const TRAVEL = /\b(?:trip|flight|journey|plane|visit|tour|travel(?:l?ed|l?ing)?|delegation that)\b/;
// absent from one part only: "did not take part in the one-on-one"
const PART_ONLY = /\b(?:one-on-one|tête-à-tête|tete-a-tete|private|first|opening|initial|restricted|closed-door|small-group|lunch|dinner|press|news)\b/;
const ELSEWHERE_TAIL = /^ (?:in|at|on)\b/;
const OTHER_EVENT = /\b(?:press(?:er)?|news conference|press conference|briefing|banquet|dinner|lunch|reception|ceremony|photo(?:-op| op| opportunity)?|concert|parade|gala)\b/i;
const NEEDS_TABLE_VERB = /^(?:join|come|skipped|boycotted|sat out|stayed away from)$/;
const ABSENCE_FROM = /^ from /;
const ABSENCE_FROM_TABLE = /^ from the (?:talks|meeting|table|room|negotiations|discussions)\b/;
const EXCLUDED_TAIL = /^\s*(?:[,;.:)—–]|$| from (?:the )?(?:[a-z-]+ )?(?:talks|meeting|summit|table|room|negotiations|discussions))/;
const WITHOUT_TAIL = /^\s*(?:[,;.:)—–]|$|(?:or|and) )/;
const FRAME = new RegExp(
  `^[^A-Za-z@]{0,12}(?:(?:[Aa]t|[Aa]round|[Aa]cross) the (?:[a-z-]+ ){0,2}?table|(?:[Ii]n|[Ii]nside) the (?:[a-z-]+ ){0,2}?(?:room|${NOUN}|rounds?|plenary|format)` +
    `|(?:[Dd]uring|[Ff]or|[Aa]t) the (?:[a-z-]+ ){0,2}?(?:${NOUN}|rounds?|plenary))(?![A-Za-z-])`,
);
const ROOM_OPENER = /^(?:[Ii]n the room|[Aa]t the table|[Aa]round the table|[Pp]resent|[Pp]articipants|[Aa]ttendees|[Tt]aking part|[Pp]articipating)\b/;
const ONE_SIDE = /\b(?:sides?|delegations?|teams?|entourage|contingent)\b/;
const MEMBER_MORE = new RegExp(`^(?: [A-Za-z'-]+){0,6}?,? (?:as did|and so did|as were|as was|and so was|and so were|together with|along with|as well as) (?:(?:the |his |her )?[a-z-]+ [a-z-]+,? )?(?:@\\d+'s )?(${LIST})`);
const SEATING_NOUN = /\b(?:room|table|talks|meeting|session|format|beside|side|delegation)\b/;
const VERB_FOLLOWED_BY_NEG = /^ (?:no|not|never|neither|nothing)\b/;
const HAD_HELD = /^(?:had|held)$/;
const HOSTING = /^ for hosting\b/;
const POSSESSIVE_NEXT = /^'s/;

function scan(v: SentenceView, h: Harvest): void {
  const t = v.sk.text;
  const s = v.s;
  const year = v.year;
  const called = CALLED_OFF.test(t);
  const lists = listStarts(t);
  const words = wordStarts(t);
  const lastWords = (text: string, n: number) => text.split(' ').slice(-n).join(' ');

  const pair = (names: string[], from: number, to: number, strength: Strength, region: string): boolean => {
    // "Reagan's first session with Gorbachev, at Geneva in 1985, …": a place-and-time aside after
    // the clause dates the meeting as much as the clause itself
    const after = to + v.tail(to).length;
    const aside = t.slice(after, after + 120).match(ASIDE_AFTER)?.[0] ?? '';
    if (!names.length || historic(region + aside, year)) return false;
    h.pairs.push({ names, ...v.span(from, to), sentence: s, strength });
    return true;
  };
  // "Trump — along with Rubio and Witkoff — met Putin": the escort of a meeting subject was there too
  const escorts: [string | undefined, number, number][] = [];
  // the lists a group noun opens ("four leaders — "), read with their closing mark
  const opened = lists.filter((at) => GROUP_OPENS.test(t.slice(Math.max(0, at - 60), at)));
  const subjects = function* (plain: RegExp, closed: RegExp): Generator<RegExpExecArray> {
    yield* tryAt(plain, t, lists);
    yield* tryAt(closed, t, opened);
  };
  const hasContextEarly = CONTEXT.test(t);

  // the leaders
  for (const m of subjects(SUBJ, SUBJ_CLOSED)) {
    const [whole, list, appos, gap, verb] = m as unknown as string[];
    const at = m.index;
    const names = v.names(list);
    if (RELATIVE_PAST.test(whole!.slice(list!.length + (appos ?? '').length))) continue;
    const afterVerb = at + whole!.length;
    if (!gapOk(gap!) || NEG.test(gap!) || MODAL.test(gap!) || CONDITIONAL_BEFORE.test(v.prefix(at))) continue;
    const pairVerb = PAIR_VERB_ONLY.test(verb!);
    if (pairVerb && names.length < 2) continue;
    if (PROGRESSIVE.test(verb!) && LATER_TAIL.test(v.tail(afterVerb))) continue;
    const next = t.slice(afterVerb, afterVerb + 70);
    if (!pairVerb && !(WALKED.test(verb!) ? TOGETHER_NEAR : APPEARED.test(verb!) ? MEDIA_NEAR : /^spen[dt]$/.test(verb!) ? SPENT_NEAR : NOUN_NEAR).test(next)) continue;
    // "held no news conference", "had said that the talks …": not a meeting held
    if (VERB_FOLLOWED_BY_NEG.test(t.slice(afterVerb, afterVerb + 20))) continue;
    if (HAD_HELD.test(verb!) && NOT_OBJECT.test(t.slice(afterVerb, afterVerb + 30))) continue;
    if (PHONE.test(v.tail(afterVerb))) continue;
    if (pair(names, at, afterVerb, 'strong', v.prefix(at) + whole!.replace(appos ?? '', '') + v.tail(afterVerb))) escorts.push([appos, at, afterVerb]);
  }
  for (const m of tryAt(GROUP_SUBJ, t, words)) {
    const [whole, gap, verb] = m as unknown as string[];
    const at = m.index;
    const afterVerb = at + whole!.length;
    if (!gapOk(gap!) || NEG.test(gap!) || MODAL.test(gap!) || CONDITIONAL_BEFORE.test(v.prefix(at))) continue;
    const next = t.slice(afterVerb, afterVerb + 70);
    if (!PAIR_VERB_ONLY.test(verb!) && !(WALKED.test(verb!) ? TOGETHER_NEAR : APPEARED.test(verb!) ? MEDIA_NEAR : /^spen[dt]$/.test(verb!) ? SPENT_NEAR : NOUN_NEAR).test(next)) continue;
    if (PROGRESSIVE.test(verb!) && LATER_TAIL.test(v.tail(afterVerb))) continue;
    if (VERB_FOLLOWED_BY_NEG.test(next) || PHONE.test(v.tail(afterVerb))) continue;
    if (historic(v.prefix(at) + whole + v.tail(afterVerb), year)) continue;
    // "Modi flew in to the residence of Nawaz Sharif, where the two held talks": a number that
    // counts exactly the people the sentence has named before it is those people
    const count = /\b(?:two|both|pair)\b/i.test(whole!) ? 2 : /\bthree\b/i.test(whole!) ? 3 : /\bfour\b/i.test(whole!) ? 4 : 0;
    const textAt = v.sk.at[at]!;
    // (a place the name finder took for a person, "the residence at Jati Umra", is nobody the
    // report's index of people knows: it does not count)
    const named = [...new Set(v.ms.filter((x) => x.end <= textAt && x.name).map((x) => x.name!))].filter((x) => !v.doc || v.doc.people.resolve(x) !== undefined);
    // (each a head of state or government the report titles so: an aide named in passing is no leader of "the two")
    const heads = named.every((x) => v.doc?.people.resolve(x)?.roles.has('leader'));
    const distinct = (names: string[]) => !names.some((x, i) => names.some((y, j) => j !== i && samePerson(x, y)));
    // (or, opening its sentence, the leaders the sentence before named and no one else: "Biden,
    // Albanese and Sunak announced the plan at the base. The three met privately for 40 minutes")
    const before = count > 2 && !named.length && at < 3 ? v.before() : [];
    if (count && heads && named.length === count && distinct(named)) pair(named, at, afterVerb, 'strong', v.prefix(at) + whole + v.tail(afterVerb));
    else if (before.length && before.length === count && distinct(before)) pair(before, at, afterVerb, 'strong', v.prefix(at) + whole + v.tail(afterVerb));
    else h.unnamed.push({ names: [], ...v.span(at, afterVerb), sentence: s });
  }
  for (const m of tryAt(OBJ, t, lists)) {
    const [whole, subj, appos, gap, verb, list] = m as unknown as string[];
    const at = m.index;
    if (RELATIVE_PAST.test(whole!.slice(subj!.length + (appos ?? '').length, whole!.length - list!.length))) continue;
    if (!gapOk(gap!) || NEG.test(gap!) || MODAL.test(gap!) || CONDITIONAL_BEFORE.test(v.prefix(at))) continue;
    const end = at + whole!.length;
    const tail = v.tail(end);
    if (PHONE.test(tail)) continue;
    if (POSSESSIVE_NEXT.test(t.slice(end, end + 3))) continue; // "greeted Putin's envoy": the object is someone else
    if (verb === 'thanked' && !HOSTING.test(t.slice(end, end + 20))) continue;
    const names = [...new Set([...v.names(subj), ...v.names(list)])];
    const weak = WEAK_VERB_ONLY.test(verb!);
    if (pair(names, at, end, weak ? 'weak' : 'strong', v.prefix(at) + whole!.replace(appos ?? '', '') + tail) && !weak) escorts.push([appos, at, end]);
  }
  for (const m of tryAt(COORD, t, [...lists, ...words].sort((a, b) => a - b))) {
    const [whole, subj, gap] = m as unknown as string[];
    const verb = m[3] ?? m[5];
    const obj = m[4] ?? m[6];
    const at = m.index;
    const end = at + whole!.length;
    const pairVerb = PAIR_VERB_ONLY.test(verb!);
    const objVerb = OBJ_VERB_ONLY.test(verb!);
    // "Trump and Putin will fly in and meet": the first words after the subject carry its mood
    // ("walked to the lake" is no "are to meet": a "to" counts only after a form of be or have)
    const lead = gap!.split(' ').slice(0, 3).join(' ').replace(/(?<!\b(?:are|is|was|were|have|has|had)) to\b/g, '');
    if (NEG.test(lead) || MODAL.test(lead) || CONDITIONAL_BEFORE.test(v.prefix(at)) || NEG.test(gap!.slice(-30))) continue;
    if (PHONE.test(v.tail(end)) || POSSESSIVE_NEXT.test(t.slice(end, end + 3))) continue;
    const names = [...new Set([...v.names(subj), ...v.names(obj)])];
    const group = !subj!.startsWith('@');
    // a verb that needs an object has one; "met" alone needs two people or a plural subject
    if (objVerb && !pairVerb && !obj) continue;
    if (PROGRESSIVE.test(verb!) && LATER_TAIL.test(v.tail(end))) continue;
    if (!obj && names.length < 2 && !group) continue;
    const region = v.prefix(at) + whole + v.tail(end);
    if (historic(region, year)) continue;
    if (names.length) pair(names, at, end, 'strong', region);
    else h.unnamed.push({ names: [], ...v.span(at, end), sentence: s });
  }
  // "Putin, thanking Trump for hosting the talks": the host took part, and so did the guest
  for (const m of tryAt(THANKED, t, words)) {
    const end = m.index + m[0].length;
    const guest = v.anchorBefore(m.index);
    const names = v.names(`@${m[1]}`);
    if (guest && !names.includes(guest)) names.unshift(guest);
    pair(names, m.index, end, 'weak', v.prefix(m.index) + m[0] + v.tail(end));
  }
  for (const m of tryAt(BETWEEN, t, words)) {
    const at = m.index;
    const end = at + m[0].length;
    const names = v.names(m[1]);
    if (names.length < 2 && m[0].includes(' between ')) continue;
    const pre = v.prefix(at);
    if (MODAL.test(lastWords(pre, 4)) || LATER_MEETING.test(pre) || TAIL_MODAL.test(t.slice(end, end + 60))) continue;
    pair(names, at, end, 'strong', pre + m[0] + v.tail(end));
  }
  for (const m of tryAt(COMPOUND, t, mentionStarts(t))) {
    const at = m.index;
    const end = at + m[0].length;
    const names = v.names(m.slice(1).filter(Boolean).map((k) => `@${k}`).join(' '));
    const pre = v.prefix(at);
    if (MODAL.test(lastWords(pre, 4)) || LATER_MEETING.test(pre) || TAIL_MODAL.test(t.slice(end, end + 60))) continue;
    pair(names, at, end, 'strong', pre + m[0] + v.tail(end));
  }
  for (const m of tryAt(POSS, t, lists)) {
    const [whole, owner, adjectives, other] = m as unknown as string[];
    const at = m.index;
    const end = at + whole!.length;
    if (LATER_ADJ.test(adjectives!)) continue;
    const pre = v.prefix(at);
    if (MODAL.test(lastWords(pre, 3)) || TAIL_MODAL.test(t.slice(end, end + 60))) continue;
    pair([...new Set([...v.names(owner), ...v.names(other)])], at, end, 'strong', pre + whole + v.tail(end));
  }
  for (const m of tryAt(TALKS_WITH_THEN, t, words)) {
    const [whole, adjectives, other, owner] = m as unknown as string[];
    const at = m.index;
    const end = at + whole!.length;
    if (LATER_ADJ.test(adjectives!)) continue;
    pair([...new Set([...v.names(`@${owner}`), ...v.names(other)])], at, end, 'strong', v.prefix(at) + whole + v.tail(end));
  }
  for (const m of tryAt(POSS_PRONOUN, t, words)) {
    const [whole, pronoun, adjectives, other] = m as unknown as string[];
    const at = m.index;
    const end = at + whole!.length;
    if (LATER_ADJ.test(adjectives!)) continue;
    const pre = v.prefix(at);
    if (MODAL.test(lastWords(pre, 3))) continue;
    // "His formal talks with Putin were held …" opening a sentence: the owner is the subject of
    // the sentence before, as the shared index finds it (a name within the clause comes first)
    const owner = v.anchorBefore(at) ?? (/^\s*$/.test(pre) ? v.antecedent(at, /^[Hh]is$/.test(pronoun!) ? 'he' : 'she') : undefined);
    const names = v.names(other);
    if (owner && !names.includes(owner)) names.unshift(owner);
    pair(names, at, end, 'strong', pre + whole + v.tail(end));
  }

  for (const m of tryAt(ADVERBIAL_WITH, t, words)) {
    const at = m.index;
    const end = at + m[0].length;
    if (m[1] && LATER_ADJ.test(m[1])) continue;
    const pre = v.prefix(at);
    if (MODAL_BEFORE.test(pre) || CONDITIONAL_BEFORE.test(pre) || TAIL_MODAL.test(t.slice(end, end + 60)) || PHONE.test(v.tail(end))) continue;
    const subject = v.subjectBefore(at);
    if (!subject.length) continue;
    pair([...new Set([...subject, ...v.names(m[2] ?? m[3])])], at, end, 'strong', pre + m[0] + v.tail(end));
  }
  for (const m of tryAt(PARTICIPLE_WITH, t, words.filter((p) => t.slice(p - 2, p) === ', '))) {
    const at = m.index;
    const end = at + m[0].length;
    const pre = v.prefix(at);
    // ("Biden will fly to Bali, meeting Xi there"; "…, meeting Xi's demand": no meeting)
    if (MODAL_BEFORE.test(pre) || CONDITIONAL_BEFORE.test(pre) || NEG.test(lastWords(pre, 4)) || POSSESSIVE_NEXT.test(t.slice(end, end + 3)) || PHONE.test(v.tail(end))) continue;
    const subject = v.subjectBefore(at);
    if (!subject.length) continue;
    pair([...new Set([...subject, ...v.names(m[1])])], at, end, 'strong', pre + m[0] + v.tail(end));
  }
  for (const re of [BETWEEN_GROUP, THEIR_NOUN]) {
    for (const m of tryAt(re, t, words)) {
      const at = m.index;
      const end = at + m[0].length;
      const pre = v.prefix(at);
      if (LATER_ADJ.test(m[1]!) || MODAL.test(lastWords(pre, 4)) || LATER_MEETING.test(pre) || TAIL_MODAL.test(t.slice(end, end + 60))) continue;
      if (CALLED_OFF.test(t) || PHONE.test(v.tail(end)) || historic(pre + m[0] + v.tail(end), year)) continue;
      h.unnamed.push({ names: [], ...v.span(at, end), sentence: s });
    }
  }

  // delegations
  // "In the expanded session Trump was flanked by …", "At the long table, Biden has … beside him":
  // a sentence that opens at the table or in the session seats whomever its clauses place there
  const frame = t.match(FRAME);
  const framed = !!frame && !OTHER_EVENT.test(frame[0]) && !historic(frame[0], year);
  const member = (names: string[], from: number, to: number, anchor: string | undefined, seated: string[], region: string) => {
    if (!names.length || called || historic(region, year)) return;
    if (framed && anchor !== undefined && anchor !== LEADERS) (seated = [...seated, anchor]), (anchor = undefined);
    if (MODAL_BEFORE.test(v.prefix(from) + t.slice(from, to))) return;
    // "Not in the room, but very much in the conversation: Trump": a negation just before the construction
    if (NEG.test(t.slice(from, to)) || NEG.test(lastWords(v.prefix(from), 4))) return;
    h.members.push({ names, ...v.span(from, to), sentence: s, anchor, seated });
  };
  for (const [appos, from, to] of escorts) if (appos?.includes('@')) member(v.names(appos), from, to, undefined, [], '');
  for (const m of tryAt(REPRESENTED, t, words)) {
    const end = m.index + m[0].length;
    if (hasContextEarly) member(v.names(m[1]), m.index, end, undefined, [], v.prefix(m.index) + m[0] + v.tail(end));
  }
  const hasContext = CONTEXT.test(t);

  for (const m of tryAt(WIDENED, t, words)) {
    const at = m.index;
    const end = at + m[0].length;
    // what widened is the meeting, named before in the clause ("the session … widened to include")
    if (!WIDENED_SUBJECT.test(v.prefix(at))) continue;
    member(v.names(m[1] ?? m[2]), at, end, undefined, [], v.prefix(at) + m[0] + v.tail(end));
  }
  for (const m of tryAt(JOINED_BY, t, words)) {
    const at = m.index;
    const end = at + m[0].length;
    // "accompanied on the trip by …": travelling with a leader is not sitting at the table
    if (TRAVEL.test(m[0] + v.tail(end))) continue;
    // "the presidents began alone before they were joined by A and B": the leaders are the anchor
    const anchor = v.anchorBefore(at) ?? (GROUP_BEFORE.test(v.prefix(at)) ? LEADERS : undefined);
    const where = m[1] ?? '';
    const seated = TABLE_WORD.test(where) && anchor && anchor !== LEADERS ? [anchor] : [];
    if (!anchor && !TABLE_WORD.test(where + v.tail(end))) continue;
    member([...v.names(m[2]), ...v.names(m[3])], at, end, seated.length ? undefined : anchor, seated, v.prefix(at) + m[0] + v.tail(end));
  }
  for (const m of tryAt(WITH_SIDE, t, words)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!hasContext) continue;
    member(v.names(m[1]), at, end, v.anchorBefore(at), [], v.prefix(at) + m[0] + v.tail(end));
  }
  // "across from Putin, Lavrov and Ushakov" in a sentence that seats someone; "alongside" in one about the talks
  if (SEAT_CONTEXT.test(t)) {
    // "They met … in a small room with Shultz, Shevardnadze and interpreters"
    for (const m of tryAt(ROOM_WITH, t, words)) {
      const at = m.index;
      const end = at + m[0].length;
      member(v.names(m[1]), at, end, undefined, [], v.prefix(at) + m[0] + v.tail(end));
    }
    for (const m of tryAt(WITH_JOINING, t, words)) {
      const at = m.index;
      const end = at + m[0].length;
      member(v.names(m[1]), at, end, undefined, v.names(m[2]), v.prefix(at) + m[0] + v.tail(end));
    }
    for (const m of tryAt(ALONGSIDE, t, words)) {
      const at = m.index;
      const end = at + m[0].length;
      member(v.names(m[1]), at, end, undefined, [], v.prefix(at) + m[0] + v.tail(end));
    }
  }
  for (const m of subjects(MEMBER_SUBJ, MEMBER_CLOSED)) {
    const [whole, list, appos, gap, verb] = m as unknown as string[];
    const at = m.index;
    const end = at + whole!.length;
    if (!gapOk(gap!) || NEG.test(gap!) || MODAL.test(gap!)) continue;
    const rest = t.slice(end, end + 80);
    const tableNear = TABLE_NEAR.test(rest);
    let anchor: string | undefined;
    if (/^join/.test(verb!)) {
      const who = rest.match(/^ @(\d+)/);
      if (who) {
        anchor = v.ms[Number(who[1])]?.name;
        if (!JOINED_AT.test(rest)) continue;
      } else if (!tableNear && !framed) continue;
    } else if (!tableNear && !(BARE_PRESENCE.test(verb!) && BARE_TAIL.test(rest))) continue;
    // "Scholz, who was in Washington for talks with Biden": talks with someone, who must be a leader here
    const partner = anchor ? undefined : rest.match(TABLE_WITH);
    const names = v.names(list);
    // "Pompeo sat in on the meeting, as did Kim's foreign minister, Ri": the rest of the clause seats more
    const more = rest.match(MEMBER_MORE);
    if (more) for (const n of v.names(more[1])) if (!names.includes(n)) names.push(n);
    member(names, at, end, partner ? v.ms[Number(partner[1])]?.name : undefined, anchor ? [anchor] : [], v.prefix(at) + whole!.replace(appos ?? '', '') + v.tail(end));
  }
  for (const m of tryAt(SAT_WITH, t, lists)) {
    const [whole, list, gap, other] = m as unknown as string[];
    const at = m.index;
    const end = at + whole!.length;
    if (!gapOk(gap!) || NEG.test(gap!) || MODAL.test(gap!)) continue;
    member(v.names(list), at, end, undefined, v.names(other), v.prefix(at) + whole + v.tail(end));
  }
  if (SEATING_NOUN.test(t)) {
    for (const m of tryAt(ESCORTED, t, lists)) {
      const [whole, list, gap, anchor] = m as unknown as string[];
      if (!gapOk(gap!) || NEG.test(gap!) || MODAL.test(gap!)) continue;
      const end = m.index + whole!.length;
      member(v.names(list), m.index, end, v.names(`@${anchor}`)[0], [], v.prefix(m.index) + whole + v.tail(end));
    }
    for (const m of tryAt(HAD_BESIDE, t, lists)) {
      const at = m.index;
      const end = at + m[0].length;
      if (POSSESSIVE_NEXT.test(t.slice(end, end + 3))) continue;
      member(v.names(m[2]), at, end, v.names(`@${m[1]}`)[0], [], v.prefix(at) + m[0] + v.tail(end));
    }
  }
  for (const re of MEMBER_KEYWORD) {
    for (const m of tryAt(re, t, words)) {
      const at = m.index;
      const end = at + m[0].length;
      const list = re === DELEGATION ? (m[3] ?? m[5] ?? m[6] ?? m[7]) : re === INVERTED ? m[2] : m[1];
      const placed = re === INVERTED && /\b(?:at|in|from|for) the\b|^(?:[Pp]resent|[Ii]n the room|[Aa]t the table|[Pp]articipants|[Aa]ttendees|[Tt]aking part|[Pp]articipating|[Ff]lanking|[Ss]eated|[Ss]itting|[Ff]acing|[Jj]oining|[Aa]ccompanying)|\b(?:table|room|talks|meeting)\b/.test(m[0]);
      if ((re === INVERTED && !placed) || re === ON_SIDE || re === ON_OTHER || re === INCLUDING) {
        if (!hasContext) continue;
      }
      // "On the Russian side, Lavrov and Ushakov took part": a verb or the clause end must follow
      if ((re === ON_SIDE || re === ON_OTHER) && !SIDE_TAIL.test(t.slice(end, end + 60))) continue;
      // a roster after a colon, "In the room: Reagan, Gorbachev, Shultz …", names the whole room,
      // heads and all; "Taking part in the talks were A and B" (state media) lists the aides only,
      // and "on the Russian side" one side's
      const whole = re === INVERTED && ROOM_OPENER.test(m[0]) && !ONE_SIDE.test(m[0]) && /: @\d+/.test(m[0]);
      member(v.names(list), at, end, undefined, whole ? v.names(list) : [], v.prefix(at) + m[0] + v.tail(end));
    }
  }

  // absences
  const absent = (names: string[], from: number, to: number, region: string) => {
    if (!names.length || historic(region, year) || PART_ONLY.test(v.tail(to))) return;
    h.absences.push({ names, ...v.span(from, to), sentence: s });
  };
  const tableTail = (end: number) => {
    const rest = t.slice(end, end + 80);
    return CLAUSE_END.test(rest) || TABLE_TAIL.test(rest);
  };
  const beAbsent = (m: RegExpExecArray, what: string) => {
    const [whole, list, appos] = m as unknown as string[];
    const at = m.index;
    const end = at + whole!.length;
    if (WEAK_PRESENCE_VERB.test(what) && !tableTail(end)) return;
    // "No joint presser; Kim is not there": a bare absence in a sentence about another event is from that event
    if (WEAK_PRESENCE_VERB.test(what) && !TABLE_TAIL.test(t.slice(end, end + 80)) && OTHER_EVENT.test(t)) return;
    if (NOT_PART_VERB.test(what) && !PART_OF_TAIL.test(t.slice(end, end + 60))) return;
    if (what === 'nowhere near' && !NEAR_VENUE.test(t.slice(end, end + 40))) return;
    // "excluded from the G7": another gathering
    const rest = t.slice(end, end + 60);
    if (ABSENCE_FROM.test(rest) && !ABSENCE_FROM_TABLE.test(rest) && !TABLE_TAIL.test(rest)) return;
    absent(v.names(list), at, end, v.prefix(at) + whole!.replace(appos ?? '', '') + v.tail(end));
  };
  for (const m of tryAt(ABSENT_BE, t, lists)) beAbsent(m, m[4]!);
  for (const m of tryAt(ABSENT_NOT, t, lists)) beAbsent(m, `not ${m[3]}`);
  for (const m of tryAt(ABSENT_DO, t, lists)) {
    const at = m.index;
    const end = at + m[0].length;
    const list = m[1] ?? m[4] ?? m[7];
    const verb = m[3] ?? m[6] ?? m[9];
    if (NEEDS_TABLE_VERB.test(verb!) && !JOIN_TAIL.test(t.slice(end, end + 60))) continue;
    // "did not take part in it" (the press conference): another event than the talks
    if (ELSEWHERE_TAIL.test(t.slice(end, end + 60)) && !JOIN_TAIL.test(t.slice(end, end + 60))) continue;
    if (verb === 'stayed away' && !tableTail(end)) continue;
    absent(v.names(list), at, end, v.prefix(at));
  }
  for (const m of tryAt(WITHOUT, t, words)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!m[2] && !MEETING_BEFORE.test(t.slice(Math.max(0, at - 40), at))) continue;
    if (!m[2] && !WITHOUT_TAIL.test(t.slice(end, end + 10))) continue;
    absent(v.names(m[1]), at, end, v.prefix(at) + m[0]);
  }
  for (const m of tryAt(ABSENCE_POSS, t, lists)) {
    const at = m.index;
    const end = at + m[0].length;
    const rest = t.slice(end, end + 60);
    // "absence from the G20": another gathering; only the table, the room or these talks count
    if (ABSENCE_FROM.test(rest) && !ABSENCE_FROM_TABLE.test(rest)) continue;
    if (NEG.test(lastWords(v.prefix(at), 3))) continue;
    absent(v.names(m[1]), at, end, v.prefix(at) + m[0]);
  }
  for (const m of tryAt(ABSENCE_OF, t, words)) {
    const at = m.index;
    const end = at + m[0].length;
    const rest = t.slice(end, end + 60);
    if (ABSENCE_FROM.test(rest) && !ABSENCE_FROM_TABLE.test(rest)) continue;
    if (m[2] && !EXCLUDED_TAIL.test(rest)) continue;
    if (m[1] && NEG.test(lastWords(v.prefix(at), 3))) continue;
    absent(v.names(m[1] ?? m[2]), at, end, v.prefix(at) + m[0]);
  }
}

// The talks as a whole were the leaders alone: nobody else at the table, the format itself one-on-one,
// or the two sitting down alone. ("A one-on-one" alone is often only the first round: not enough.)
const ALONE =
  /\bno (?:aides|delegations?|advisers|advisors|officials|ministers|note-takers|one else)(?: [a-z]+){0,3}? (?:at the table|in the room|in sight|present|in attendance|sat in|took part|joined them)\b|\b(?:just|only) the two (?:leaders|men|women|presidents|premiers|prime ministers|of them)\b(?! (?:and|with) (?:their )?(?:aides|delegations|advisers|ministers|teams))|\b(?:sit|sat|sitting|met|meet|meeting|talked|talk|talking|conferred)(?: down)? (?:alone|by themselves|without (?:any )?(?:aides|advisers|delegations))\b|\b(?:in|as) a one-on-one format\b|\bformat: one-on-one\b|\bone-on-one format\b/i;
// … unless the same report tells of a wider round, where others may well have sat
const WIDER_ROUND =
  /\b(?:expanded|enlarged|extended|wider|broader|larger|plenary|full|restricted|narrow)(?:-| )(?:format|sessions?|talks|meetings?|rounds?|delegations?)\b|\bdelegation[- ]level\b|\b(?:were|was|later|then) joined by\b|\bwidened\b|\bbrought in (?:their|the) (?:aides|delegations|teams|ministers)\b|\bdelegations (?:joined|came in|took over)\b|\binter-?delegation\b|\bwith the participation of\b|\b(?:continued|went on) (?:with|as|in)\b|\b(?:sat|sit|sits|sitting) in on\b|\b(?:first|second|last|final) (?:part|half|round|hour|session)\b/i;
function leadersAlone(text: string): boolean {
  return ALONE.test(text) && !WIDER_ROUND.test(text);
}

const LABEL_START = /^[A-Z][A-Za-z.' -]{0,30}?:\s/;
const HEADING_LINE = /^[ \t]*#/;
const LOOK = 200;

/** A heading, or a line that leads into a list ("The plenary session starts at once:"). */
function leadIn(doc: Doc, s: Sentence): boolean {
  if (/:$/.test(s.text)) return true;
  const raw = doc.report.text;
  // only the few characters around the sentence are looked at: searching for the line's ends
  // from every sentence of one huge line would be quadratic
  const before = raw.slice(Math.max(0, s.start - LOOK), s.start);
  const nl = before.lastIndexOf('\n');
  const atStart = nl >= 0 || s.start <= LOOK;
  const lead = before.slice(nl + 1);
  if (atStart && HEADING_LINE.test(lead + raw.charAt(s.start))) return true;
  // a short line of its own without a full stop: a plain-text heading
  const after = raw.slice(s.end, s.end + LOOK);
  const nlAfter = after.indexOf('\n');
  const atEnd = nlAfter >= 0 || s.end + LOOK >= raw.length;
  const ownLine = atStart && atEnd && /^\s*$/.test(lead) && /^\s*$/.test(nlAfter < 0 ? after : after.slice(0, nlAfter));
  return ownLine && !/[.!?"”)]$/.test(s.text) && s.text.split(/\s+/).length <= 8;
}

function extractParticipants(doc: Doc): Claim[] {
  const roster = buildRoster(doc);
  const year = eventWhen(doc);
  const h: Harvest = { pairs: [], unnamed: [], members: [], absences: [] };
  // whether the last heading or lead-in line seats the label lists that follow it
  let seatLists = false;
  let earlier = false;
  let previous: Sentence | undefined;
  for (const s of doc.sentences) {
    const afterEarlier = earlier;
    earlier = meetingEarlier(s.text, year);
    const labelled = LABEL_START.test(s.text);
    if (leadIn(doc, s)) seatLists = SEAT_HEADING.test(s.text);
    else if (labelled) {
      const ms = mentionsIn(doc, roster, s);
      const sk = skeletonOf(doc, s, ms);
      LABEL_LIST.lastIndex = 0;
      const m = LABEL_LIST.exec(sk.text);
      // ("Not in the room, but much in the conversation: Trump" seats nobody)
      // (an aside in brackets may recall an earlier trip without dating the list)
      if (m && !historic(sk.text.replace(/\([^()]*\)/g, ''), year) && !NEG.test(m[1]!) && (SEAT_LABEL.test(m[1]!) || (seatLists && NATION_KEY[lower(m[1]!.trim()).replace(/\s+/g, ' ')]))) {
        const v = new SentenceView(sk, ms, s, year);
        const names = v.names(m[2]);
        if (names.length) h.members.push({ names, ...v.span(m.index, m.index + m[0].length), sentence: s, anchor: undefined, seated: ONE_SIDE.test(m[1]!) || NATION_KEY[lower(m[1]!.trim()).replace(/\s+/g, ' ')] ? [] : names });
      }
      // a list line keeps the heading's sense for the next one; anything else ends it and is read as prose
      if (m) continue;
      seatLists = false;
    } else seatLists = false;
    const before = previous;
    previous = s;
    if (!TRIGGER.test(s.text)) continue;
    const ms = mentionsIn(doc, roster, s);
    // (read only when a count opens the sentence, so that most sentences are read once)
    const leadersBefore = () => (before ? [...new Set(mentionsIn(doc, roster, before).map((x) => x.name).filter((x): x is string => !!x && !!doc.people.resolve(x)?.roles.has('leader')))] : []);
    // "The two leaders spent two hours alone" names nobody and still says they met
    const group = GROUP_CUE.test(s.text);
    if (!ms.length && !group) continue;
    const sk = skeletonOf(doc, s, ms);
    if (!/@\d/.test(sk.text) && !group) continue;
    const had = h.members.length;
    const hadAbsences = h.absences.length;
    scan(new SentenceView(sk, ms, s, year, doc, leadersBefore), h);
    // "Welcome dinner at the Mokran House, hosted by Kim Yong-nam. Kim Jong-il is not there.": a
    // bare absence right after a sentence of the same paragraph about another event is from that event
    if (h.absences.length > hadAbsences && before && !MEETING_NOUN.test(s.text) && OTHER_EVENT.test(before.text) && !MEETING_NOUN.test(before.text) && !paragraphBreak(doc.clean, before.end, s.start)) h.absences.length = hadAbsences;
    // "… consultations were held in London on 23 April. The Ukrainian delegation was headed by A.":
    // a roster that names no meeting of its own is of the meeting the sentence before told of
    if (afterEarlier && !MEETING_NOUN.test(s.text)) h.members.length = had;
  }

  // The leaders: the best-supported meeting construction's names, and anyone two constructions
  // name together with someone. A one-off "Biden met Kishida" elsewhere in the story is another
  // meeting; the weak verbs (greeted, hosted, welcomed) speak only when nothing stronger does: a
  // host nation's president welcomes a leader at the airport without sitting in on the talks.
  // a pair the report names once each, in a report plainly about two others, is background: "Lyndon
  // Johnson and Alexei Kosygin talked … at Glassboro" in a column on Carter and Brezhnev
  const about = dominantPair(roster);
  const background = (p: PairFound) => !!about && p.names.length >= 2 && p.names.every((n) => (roster.counts.get(n) ?? 0) <= 1 && !about.some((a) => samePerson(a, n)));
  const pick = (strength: Strength) => {
    const pairs = h.pairs.filter((p) => p.strength === strength && !background(p));
    // support counts only constructions that name two people together
    const support = new Map<string, number>();
    for (const p of pairs) if (p.names.length >= 2) for (const n of p.names) support.set(n, (support.get(n) ?? 0) + 1);
    const chosen: string[] = [];
    // the best-supported pairing, the earliest among equals: a lede that recalls an old meeting
    // ("decades after Reagan and Gorbachev met …") loses to the pair the story keeps naming
    let lede: PairFound | undefined;
    let best = -1;
    for (const p of pairs) {
      if (p.names.length < 2) continue;
      const score = p.names.reduce((n, name) => n + support.get(name)!, 0) / p.names.length;
      if (score > best) (best = score), (lede = p);
    }
    lede ??= pairs[0];
    for (const n of lede?.names ?? []) if (!chosen.includes(n)) chosen.push(n);
    for (const p of pairs) for (const n of p.names) if (!chosen.includes(n) && support.get(n)! >= 2) chosen.push(n);
    return { chosen, evidence: lede };
  };
  let { chosen: present, evidence: lede } = pick('strong');
  if (present.length < 2 && h.unnamed.length) {
    // "the two men met" with nobody named: the two people the report is plainly about
    const pair = dominantPair(roster);
    if (pair) {
      for (const n of pair) if (!present.some((p) => samePerson(p, n))) present.push(n);
      lede ??= { ...h.unnamed[0]!, names: pair, strength: 'strong' };
    }
  }
  if (present.length < 2) {
    const weak = pick('weak');
    for (const n of weak.chosen) if (!present.includes(n)) present.push(n);
    lede ??= weak.evidence;
  }
  const principals = new Set(present);
  let first: Found | undefined = lede;
  for (const m of h.members) {
    const anchored = m.anchor === undefined || principals.has(m.anchor) || (m.anchor === LEADERS && principals.size >= 2) || m.seated.length > 0;
    if (!anchored) continue;
    for (const n of [...m.seated, ...m.names]) if (!present.includes(n)) present.push(n);
    first ??= m;
  }

  const absentBySentence = h.absences;
  const absentAll = absentBySentence.flatMap((a) => a.names);
  // the report's own word that someone was not there outweighs a construction that seemed to seat them
  present = present.filter((n) => !absentAll.some((x) => samePerson(x, n)));

  // the report's own word that the two talked alone, with no wider round and nobody else seated,
  // says who was not there as well (a report that seats aides elsewhere tells of a phase: "for
  // 95 minutes they met alone; the ministers sat in on the first part")
  const alone = principals.size >= 2 && present.length === principals.size && leadersAlone(doc.clean);

  const claims: Claim[] = [];
  // delegation members alone, without two people a construction seats as the ones who met, are a
  // list with its heads missing: better no value than one that diverges from every full list
  // (a roster that names leaders the report titles as such, "In the room: Reagan, Gorbachev, …", has its heads)
  const heads = present.filter((n) => principals.has(n) || roster.leaders.has(n) || h.members.some((m) => m.seated.includes(n)));
  if (present.length >= 2 && first && heads.length >= 2) {
    const voice = voiceAt(doc, first.sentence, first.start);
    claims.push({ type: 'meeting.participants', value: alone ? onlyNames(present) : present, span: { start: first.start, end: first.end }, attribution: voice.attribution, modality: 'stated' });
  }
  for (const a of absentBySentence) {
    const voice = voiceAt(doc, a.sentence, a.start);
    claims.push({ type: 'meeting.participants', value: absentNames(a.names), span: { start: a.start, end: a.end }, attribution: voice.attribution, modality: 'denied' });
  }
  return claims;
}

export const participantsExtractor: Extractor = {
  family: 'participants',
  kinds: [participantsKind],
  extract: extractParticipants,
};
