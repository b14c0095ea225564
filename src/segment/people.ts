// Who the report names. A capitalised pair is taken for a person only on evidence: a title
// before it ("President Vladimir Putin", "Kremlin spokesman Dmitry Peskov"), a speech verb after
// it, or its surname used alone elsewhere. Roles ("the Russian president") and bare surnames
// then resolve to the full name, so every extractor speaks of one person by one name.
import type { Doc } from './index.js';

export interface Person {
  name: string;
  /** the word the report uses alone for them: "Putin"; "Kim" and "Xi" for family-name-first names */
  surname: string;
  /** lower-case role phrases that name this person: "russian president", "russian leader" */
  roles: Set<string>;
  /** only when a title makes it plain (Mrs., Queen, spokeswoman): lets "she" skip a "Mr." */
  gender?: 'f' | 'm';
}

export interface Mention {
  person: Person;
  start: number;
  end: number;
  /** inside quotation marks: a name a speaker utters is no antecedent for the report's "he said" */
  quoted?: boolean;
}

export interface People {
  persons: Person[];
  /** every mention (full name, surname, role phrase), in text order */
  mentions: Mention[];
  /** "Putin", "President Putin", "Vladimir Putin", "the Russian leader", "Russia's president" → the person */
  resolve(phrase: string): Person | undefined;
  /** the last person mentioned before an offset, outside quotation marks */
  lastBefore(offset: number): Person | undefined;
  /** the index in `mentions` of the first mention that starts at or after an offset */
  firstAtOrAfter(offset: number): number;
  /**
   * Who a "he" or "she" at `offset` refers to: the subject of the nearest sentence (this one, up to
   * the pronoun, or an earlier one) that names someone as its subject. "Putin thanked Trump for
   * what he called …" is Putin, where the last name before "he" would be Trump. `sentencesBack`
   * (default 8) bounds the look back; 0 keeps to the sentence of `offset`. `accept` narrows the
   * candidates ("the head of state" refers back to someone titled president).
   */
  antecedent(offset: number, pronoun?: string, sentencesBack?: number, accept?: (p: Person) => boolean): Person | undefined;
  /** everyone the report gives a title ("president"), the ones known by a titled surname alone too */
  holders(role: string): Person[];
}

const TITLE_WORDS = [
  'President', 'Prime Minister', 'Premier', 'Chancellor', 'Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
  'Secretary', 'Secretary of State', 'Secretary-General', 'Ambassador', 'Envoy', 'Special Envoy', 'Senator', 'Representative',
  'Governor', 'General', 'Admiral', 'Chairman', 'Chairwoman', 'Chair', 'Leader', 'Supreme Leader', 'King', 'Queen', 'Prince',
  'Princess', 'Emperor', 'Pope', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Adviser', 'Advisor', 'Aide', 'Press Secretary',
  'Director', 'Vice President', 'Vice-President', 'Deputy', 'Counsellor', 'Counselor', 'Negotiator', 'Commander', 'Mayor',
  'Chief of Staff', 'Foreign Secretary', 'General Secretary', 'Marshal', 'Field Marshal', 'Colonel', 'Lieutenant', 'Major', 'Captain',
  'Sergeant', 'Commissioner', 'Speaker', 'Mayor', 'Premier', 'Chief Executive', 'First Secretary', 'Party Secretary', 'Crown Prince', 'Emir', 'Sultan',
  'Ayatollah', 'Sheikh',
];
// "Russian leader Vladimir Putin", "Kremlin spokesman Dmitry Peskov": journalists lower-case a
// title after a nationality, so each word's first letter may be either case
const anyCase = (t: string) => t.replace(/\b([A-Za-z])/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
// (forms of address are no part of a name: "Comrade Stoph", "Herr Brandt", "Grandpa Reagan")
// (and nor are a state agency's honorifics: "His Excellency Antony Blinken", "His Royal Highness")
const ADDRESS = ['Comrade', 'Herr', 'Frau', 'Monsieur', 'Madame', 'Grandpa', 'Grandfather', 'Granddad', 'Excellency', 'Royal Highness', 'Highness', 'Majesty', 'Eminence', 'Holiness'];
const TITLES = [...TITLE_WORDS].sort((a, b) => b.length - a.length).map(anyCase).join('|') + '|Sen\\.|Rep\\.|Gen\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Shri|Smt\\.?|Sir|Dame|' + ADDRESS.join('|');
const NATION_WORDS = [
  'U.S.', 'US', 'American', 'Russian', 'Soviet', 'Chinese', 'North Korean', 'South Korean', 'Ukrainian', 'Finnish', 'Indonesian',
  'Japanese', 'Indian', 'French', 'German', 'British', 'Turkish', 'Israeli', 'Iranian', 'Saudi', 'Belarusian', 'Kazakh', 'Swiss',
  'Icelandic', 'Maltese', 'Singaporean', 'Vietnamese', 'Kremlin', 'White House', 'Pentagon', 'Korean', 'EU', 'European',
  'Canadian', 'Mexican', 'Brazilian', 'Australian', 'Italian', 'Spanish', 'Polish', 'Hungarian', 'Egyptian', 'Qatari', 'Emirati',
  'Cuban', 'Argentine', 'Argentinian', 'Syrian', 'Pakistani', 'Austrian', 'Mongolian', 'Uzbek', 'Armenian', 'Azerbaijani', 'Serbian',
  'Slovenian', 'Venezuelan', 'Filipino', 'Thai', 'Malaysian', 'Nigerian', 'South African',
];
const NATION = `(?:${[...NATION_WORDS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\./g, '\\.')).join('|')})`;
// "O'Brien", "Jae-in", "Elmendorf-Richardson", but not "Ukraine's"
// "McFarlane", "MacArthur", "DeSantis": a capital inside the word is still one name word
// (every repeat below is bounded: the index reads the whole text, and each round of an unbounded
// group keeps a backtrack entry, so a few million capitalised words overflowed the engine's stack)
const NAME_WORD = "(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’][A-Z][a-z]+|-[A-Za-z][a-z]+){0,3}|[A-Z]\\.)";
// a name may wrap onto the next line of hard-wrapped prose, but never into an indented line
// (a list item's blanked marker: "adviser Robert McFarlane" above "- Soviet side:")
const NAME_GAP = '(?:[ \\t\\u00a0]+|[ \\t]*\\n(?=[A-Z]))';
// lower-case particles inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Faisal bin Farhan"
export const PARTICLE = '(?:de|del|della|der|den|van|von|bin|ibn|al|el|da|di|du|dos|das|le|la|ter|ten)';
const NAME_PART = `${NAME_GAP}(?:${PARTICLE}${NAME_GAP}){0,2}${NAME_WORD}`;
// (a fourth word only after a particle: "President Joe Biden Tuesday" stays three words at most)
// (middle initials do not count toward the three words: "George H. W. Bush")
const FULL_NAME = `${NAME_WORD}(?:${NAME_GAP}(?:Jong|Ki)\\b)?(?:${NAME_GAP}[A-Z]\\.){0,2}(?:${NAME_PART}){1,2}(?:${NAME_GAP}(?:${PARTICLE}${NAME_GAP}){1,2}${NAME_WORD})?`;
// an honorific between a title and the name: "Prime Minister Dr. Abiy Ahmed", "the Prime Minister, Shri Narendra Modi"
const HONORIFIC = '(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Shri|Smt|Sheikh|Comrade|H\\.\\s?E|His Excellency|Her Excellency|His Royal Highness|Her Royal Highness|His Highness|Her Highness)\\.?\\s+)';
const SPEECH =
  'said|says|told|added|noted|insisted|stressed|argued|asserted|claimed|declared|warned|wrote|posted|explained|remarked|recalled|replied|responded|announced|acknowledged|conceded|suggested|proposed|hoped|predicted|emphasi[sz]ed|' +
  // liveblogs and headlines speak in the present: "Gorbachev warns", "Reagan proposes a walk"
  'tells|adds|notes|insists|stresses|argues|asserts|declares|warns|writes|explains|replies|responds|announces|concedes|proposes|predicts|emphasi[sz]es';

const COUNTRY =
  // (the formal names state agencies give: "President Xi Jinping of the People's Republic of China")
  "(?:the\\s+)?(?:People['’]s Republic of China|Democratic People['’]s Republic of Korea|Republic of Korea|DPRK|Kingdom of Saudi Arabia|Islamic Republic of Iran|Federal Republic of Germany|French Republic|Republic of India|Republic of Turkey|Republic of Turkiye|State of Israel|Arab Republic of Egypt|Republic of Indonesia|Socialist Republic of Vietnam|" +
  '(?:Russian Federation|United States(?:\\s+of\\s+America)?|United Kingdom|Russia|America|China|Ukraine|North Korea|South Korea|Korea|Soviet Union|USSR|France|Germany|Britain|Turkey|India|Japan|Israel|Iran|Indonesia|Finland|Singapore|Vietnam|Belarus|Kazakhstan|Switzerland|Iceland|Malta|Canada|Mexico|Brazil|Australia|Italy|Spain|Poland|Hungary|Egypt|Qatar|Saudi Arabia|Cuba|Argentina|Syria|Pakistan|Austria|Mongolia|Uzbekistan|Armenia|Azerbaijan|Serbia|Slovenia|Venezuela|Philippines|South Africa|Nigeria|Thailand|Malaysia))';
// a name starts a word: not inside "Jean-Yves" or after an apostrophe (and the search cannot
// restart inside a long hyphenated run, which would make it quadratic)
const WORD_START = "(?<![\\w'’.-])";
const CAPITAL_WORD = "[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’][A-Z][a-z]+|-[A-Za-z][a-z]+){0,3}";
// words of country and institution names that run into a name: "President of Russia Vladimir Putin"
const PLACE_WORD =
  /^(?:Russia|America|China|Ukraine|Korea|States|Kingdom|Federation|Union|Affairs|Nations|Republic|Europe|Asia|Africa|NATO|Kremlin|Pentagon|Beijing|Moscow|Washington|Kyiv|Seoul|Pyongyang|Tokyo|London|Paris|Berlin|Helsinki|Geneva|Reykjavik|Singapore|Bali|Anchorage|Alaska|Iceland|Malta|India|Japan|Israel|Iran|Indonesia|Finland|Vietnam|Belarus|Turkey|Britain|France|Germany)$/;
const CAPITAL_RUN = new RegExp(`${WORD_START}${CAPITAL_WORD}(?:${NAME_GAP}(?:(?:de|van|von|bin|al|el|da|di|le)\\s+)?${CAPITAL_WORD}){1,24}`, 'g');
const titled = new RegExp(`(?:${WORD_START}(${NATION})\\s+)?${WORD_START}(${TITLES})\\s+${HONORIFIC}?(${FULL_NAME})`, 'g');
// "President of Russia Vladimir Putin", "the President of the United States, Donald Trump"
// "President Trump", "Russian leader Putin": a title before a surname alone
const titledSurname = new RegExp(`(?:${WORD_START}(${NATION})\\s+)?${WORD_START}(${TITLES})\\s+([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)\\b(?![ \\t]+[A-Z])`, 'g');
// "President Emmanuel Macron of France", "Prime Minister Narendra Modi of India"
const titledNameOf = new RegExp(`${WORD_START}(${TITLES})\\s+${HONORIFIC}?(${FULL_NAME})\\s+of\\s+(${COUNTRY})\\b`, 'g');
const titledOf = new RegExp(`${WORD_START}(${TITLES})\\s+of\\s+(${COUNTRY}),?\\s+${HONORIFIC}?(${FULL_NAME})`, 'g');
// "The President of the Councils of State and of Ministers of the Republic of Cuba, Army General
// Raúl Castro Ruz": a state agency's office of some body of a country, then a rank, then the name
const titledOfBody = new RegExp(
  `${WORD_START}(${TITLES})\\s+of\\s+the\\s+[A-Z][^,;.!?\\n]{0,80}?\\s+of\\s+(?:the\\s+(?:Republic|Federation|Kingdom|State)\\s+of\\s+)?(${COUNTRY}),\\s+(?:(?:Army|Air|Navy|Field|Fleet)\\s+)?(?:(?:General|Marshal|Admiral|Comrade)\\s+)?${HONORIFIC}?(${FULL_NAME})`,
  'g',
);
// "said Putin" but not "warned Ukraine's European backers": only plain saying verbs come before a name
const speaking = new RegExp(`${WORD_START}(${FULL_NAME})\\s+(?:${SPEECH})\\b|\\b(?:said|says|added|asked|replied|wrote)\\s+(${FULL_NAME})\\b`, 'g');
const appositive = new RegExp(
  `${WORD_START}(${FULL_NAME}),\\s+(?:the\\s+)?(${NATION})\\s+(president|leader|prime minister|premier|chancellor|foreign minister|defen[cs]e minister|spokes(?:man|woman|person)|ambassador|envoy)\\b`,
  'g',
);
// "M. S. Gorbachev, General Secretary of the CPSU Central Committee", "R. Reagan, President of the United States of America"
const appositiveOf = new RegExp(`${WORD_START}(${FULL_NAME}),\\s+(?:the\\s+)?(${TITLES})\\s+of\\s+(${COUNTRY})?`, 'g');
// "The Prime Minister, Shri Narendra Modi, received …": the title first, the name set off by commas
const titledComma = new RegExp(`${WORD_START}[Tt]he\\s+(?:(${NATION})\\s+)?(${TITLES}),\\s+${HONORIFIC}?(${FULL_NAME})(?=\\s*[,;.)]|\\s+(?:and|who|said|says|told)\\b)`, 'g');
// A role AFTER the name, in any wording: "Jody Powell, the White House press secretary,",
// "Dmitry Peskov, the Kremlin spokesman", "Nancy Tang, a Brooklyn-born interpreter", "Sergei
// Lavrov, Russia's foreign minister". The role word heads the phrase: "Hyderabad House, the
// president's residence" is a place (the role is an owner there, so it may not take an "'s").
const ROLE_AFTER =
  'vice[- ]president|president|prime minister|premier|chancellor|minister|secretary of state|press secretary|secretary-general|general secretary|secretary|' +
  'spokes(?:man|woman|person)|advis[eo]r|aide|ambassador|envoy|negotiator|chairman|chairwoman|leader|king|queen|crown prince|prince|emir|sultan|' +
  'director|chief of staff|commander|governor|senator|mayor|interpreter|counsell?or|deputy|diplomat|official|lawmaker|analyst|correspondent|journalist|head of state';
const appositiveRole = new RegExp(
  `${WORD_START}(${FULL_NAME}),\\s+(?:(?:the|a|an|his|her|its|their)\\s+|(${COUNTRY}|${NATION})['’]s\\s+)((?:[A-Za-z.'’-]+\\s+){0,4}?)(${ROLE_AFTER})(?![\\w'’-])`,
  'g',
);
// Verbs whose subject or object is a person: a full name that receives, hosts, flies in, shakes
// hands or is met is someone, whatever else the report says of them ("Emmanuel Macron received
// Vladimir Putin at Brégançon", "Narendra Modi hosted Xi Jinping"). Places and bodies that act
// ("Camp David was", "the White House said") are kept out by the words of the name itself.
const ACTOR_VERB =
  'met|meets|received|receives|hosted|hosts|welcomed|welcomes|greeted|greets|thanked|thanks|arrived|arrives|flew|flies|landed|came|comes|travell?ed|travels|' +
  'smiled|smiles|laughed|shook|shakes|hugged|hugs|embraced|embraces|sat|sits|stood|walked|signed|signs|held|holds|telephoned|phoned|invited|invites|urged|urges|' +
  'pressed|accepted|accepts|accompanied|joined|joins|briefed|congratulated|praised|critici[sz]ed|condemned|vowed|vows|pledged|pledges|promised|agreed|refused|declined|' +
  'spoke|speaks|talked|raised|raises|asked|left|leaves|gave|gives|took|offered|sought|wanted|appeared|looked|seemed|reiterated|reaffirmed|expressed|conveyed|' +
  'discussed|inaugurated|attended|chaired|presided|returned|departed|boarded|waved|nodded|paused|hailed|lauded|recalled|described|called|' +
  // any other verb in the past tense right after the name: "Anwar Sadat quarrelled", "Jimmy Carter imagined"
  // (not a participle that modifies what follows: "the Moscow-based", "Camp David-hosted" are hyphened)
  '[a-z]{2,}(?:ed|ought|ew|ove|ote|ook)';
// (a preposition before the name makes it a place: "in Panama City met …")
const NOT_AFTER_PLACE = '(?<!\\b(?:in|at|from|to|of|near|into|on|for|across|outside|inside|toward|towards|via)\\s)';
const ADVERB = '(?:(?:also|then|later|again|finally|first|first-ever|never|once|already|[a-z]{3,}ly)\\s+)?';
// (what meets or briefs the press may be an office as well: "the Kremlin briefed reporters")
const actorSubject = new RegExp(`${WORD_START}${NOT_AFTER_PLACE}(${FULL_NAME})(?:,?\\s+and\\s+(${FULL_NAME}))?\\s+${ADVERB}(?:${ACTOR_VERB})\\b(?!\\s+(?:the\\s+)?(?:press|reporters|journalists|media|newsmen)\\b)`, 'g');
const SPEECH_AFTER = new RegExp(`^,?\\s+(?:(?:also|then|later|again)\\s+)?(?:${SPEECH})\\b`);
const SPEECH_BEFORE = /\b(?:said|says|added|replied|wrote)\s+$/;
// "his Russian counterpart Ivan Sokol", "its Chinese counterpart, Lin Hao": the counterpart holds the owner's office
const counterpart = new RegExp(`${WORD_START}(${NATION})\\s+counterparts?,?\\s+${HONORIFIC}?(${FULL_NAME})`, 'g');
const OFFICE = /\b(?:president|prime minister|premier|chancellor|leader|king|queen|emir|minister|secretary|adviser|advisor|envoy|spokes(?:man|woman|person)|ambassador|chairman|aide)\b/gi;
const OFFICE_NOUN = /^(?:spokes\w+|envoy|adviser|advisor|aide|office|staff|press|representative|emissary|deputy|assistant|counsel+or|secretary|administration|chief|head|service|protocol)$/;
const NATION_AMONG = new RegExp(`(?:^|\\s)(${NATION})(?=\\s|$)`);
const actorObject = new RegExp(
  `\\b(?:met(?:\\s+with)?|meets(?:\\s+with)?|meeting(?:\\s+with)?|received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|greeted|greets|greeting|thanked|thanking|` +
    `told|tells|telling|invited|invites|congratulated|phoned|telephoned|called on|urged|urging|accompanied|accompanying|hugged|embraced|briefed|pressed|pressing|` +
    `(?:flanked|joined|accompanied|received|hosted|welcomed|greeted|met|backed) by|` +
    `(?:talks|meeting|summit|call|conversation|dinner|lunch|breakfast|handshake|session|sit-down|bilateral|audience|exchange|pull-aside|encounter)\\s+with|` +
    `between|counterparts?,?|guest,?|host,?)\\s+${HONORIFIC}?(${FULL_NAME})(?:,?\\s+and\\s+(${FULL_NAME}))?(?![\\w'’-])`,
  'g',
);
// A line that opens with a name and carries a quotation after a colon is that person's line:
// "- **Kim Jong Un**, through an interpreter: \"…\"" (the Markdown marks are blank in the text read)
const lineSpeaker = /(?<=^|\n)[^\S\n]{0,40}(?:[-*+•>][^\S\n]{0,40}){0,3}([A-Z][^\n,:(]{2,60})(?:[,(][^\n:]{0,300})?:[^\S\n]{0,4}["“«]/g;
const WHOLE_NAME = new RegExp(`^${FULL_NAME}$`);
// "Barack Obama and Raúl Castro": a pair set beside someone known to be a person is one too
const coordinated = new RegExp(`${WORD_START}(${FULL_NAME}),?\\s+and\\s+(${FULL_NAME})(?![\\w'’-])`, 'g');
const PREPOSITION = /^(?:In|At|From|To|Of|Near|Into|On|Inside|Outside|Across|Via|Toward|Towards|Around|Through|Between|Among|By|For|With|During|Under|Over|Despite|Since|Until|After|Before)$/;
const COUNTRY_WHOLE = new RegExp(`^${COUNTRY}$`);
const isCountry = (name: string) => COUNTRY_WHOLE.test(name);
// words that open a place's name, never a person's: "Camp David", "Fort de Brégançon", "Mount Fuji"
const PLACE_OPENER = /^(?:Camp|Fort|Mount|Mt|Lake|Cape|Port|Saint|St|San|Santa|Los|Las|Point|Sierra|Costa|Hong|Sri|Star|Operation|Cold|World|Grand|Great|Central|Palace|Hotel|Villa|Casa|Rio|Puerto)$/;
// words that start capitalised pairs which are never people
const NOT_PERSON =
  /^(?:The|A|An|Joint|Base|Air|Fox|News|State|Foreign|Prime|Vice|White|Red|United|North|South|East|West|New|Mr|Mrs|Ms|Dr|President|Minister|Senator|Ambassador|On|In|At|But|And|While|After|Before|Speaking|Following|Although|Unlike|Still|Russian|American|Ukrainian|Chinese|Kremlin|Moscow|Washington|Alaska|Anchorage|Asked|When|Then|Last|Next|This|That|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday|Meanwhile|Later|Earlier|Today|Yesterday|Separately|Instead|Indeed|Moreover|However|Yet|So|For|With|Without|During|Despite|Since|Until|Under|Over|As|If|Once|Both|Each|Neither|Nor|Only|Even|Also|Here|There|Their|His|Her|Our|Its|My|Your|Former|Acting|Like|Unlike|Between|Among|Across|From|To|Of|By|Inside|Outside|Near|Around|Through|Toward|Towards|Via|January|February|March|April|May|June|July|August|September|October|November|December|Whether|What|Why|How|Who|Whom|Whose|When|Where|Which|Though|Because|Perhaps|Maybe|Given|Had|Has|Have|Did|Does|Do|Is|Was|Were|Are|Will|Would|Could|Should|Can|May|Might|Must|Not|No|Yes|All|Some|Many|Most|Few|Several|Any|Every|Such|Other|Another|One|Two|Three|Dear|Good|Thank|He|She|They|We|It|You|One|Afterwards|Afterward|Previously|Recently|Eventually|Ultimately|Finally|Initially|Privately|Publicly|Addressing|Answering|Responding|Reacting|Writing|Posting|Sitting|Standing|Flanked|Officials|Aides|Sources|Analysts|Critics|Experts|Diplomats|Reporters|Journalists|Observers|Everyone|Nobody|Someone|Democratic|Republican|Liberal|Conservative|Labour|Workers|Federal)$/;
const NOT_NAME_PART = /^(?:News|Base|Force|House|Times|Post|Press|Agency|Council|Union|Nations|Street|Journal|Ministry|Office|Palace|Hall|Center|Centre|Hotel|Island|Airport|Square|Summit|Party|Republic|Federation|Kingdom|Bank|Fund|Group|Club|Capitol|People|Army|Navy|Commission|Committee|Assembly|Congress|Parliament|Senate|Court|University|Institute|Foundation|Forum|Bay|Park|Road|Avenue|Base|Field|Port|Coast|Sea|Ocean|River|Lake|Mountain|Mountains|Valley|Strait|Gulf|Channel|Canal|Declaration|Treaty|Accord|Accords|Agreement|Agreements|Protocol|Statement|Communique|Bureau|Secretariat|Presidium|Mission|Embassy|Confederation|Villa|City|Town|Province|Region|District|County|Prefecture|Oblast|Station|Stadium|Cathedral|Temple|Mosque|Museum|Residence|Castle|Fortress|Resort|Pavilion|Building|Cosmodrome|Plaza|Revolution)$/;

// short English words that some transliterated names end in ("Moon Jae In")
const FUNCTION_WORD = /^(?:In|So|He|An|On|Do|No|If|It|Is|As|At|By|Of|Or|To|Up|Us|We|Go|Me|My|Be)$/;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
// a ruler's epithet after the name: "Peter the Great", "Ivan the Terrible"
const EPITHET = /^\s+the\s+[A-Z][a-z]/;

// nations and the countries, capitals and seats of power that stand for them in role phrases
const NATION_KEYS: Record<string, string> = {
  us: 'us', 'u s': 'us', american: 'us', america: 'us', 'united states': 'us', 'white house': 'us', washington: 'us',
  russian: 'russian', russia: 'russian', kremlin: 'russian', moscow: 'russian',
  chinese: 'chinese', china: 'chinese', beijing: 'chinese',
  ukrainian: 'ukrainian', ukraine: 'ukrainian', kyiv: 'ukrainian',
  'north korean': 'north korean', 'north korea': 'north korean', pyongyang: 'north korean',
  'south korean': 'south korean', 'south korea': 'south korean', seoul: 'south korean',
  soviet: 'soviet', 'soviet union': 'soviet', ussr: 'soviet',
  indonesian: 'indonesian', indonesia: 'indonesian', french: 'french', france: 'french', german: 'german', germany: 'german',
  british: 'british', britain: 'british', uk: 'british', turkish: 'turkish', turkey: 'turkish', indian: 'indian', india: 'indian',
  japanese: 'japanese', japan: 'japanese', israeli: 'israeli', israel: 'israeli', iranian: 'iranian', iran: 'iranian',
  finnish: 'finnish', finland: 'finnish', singaporean: 'singaporean', singapore: 'singaporean', vietnamese: 'vietnamese', vietnam: 'vietnamese',
  saudi: 'saudi', 'saudi arabia': 'saudi', belarusian: 'belarusian', belarus: 'belarusian', kazakh: 'kazakh', kazakhstan: 'kazakh',
  swiss: 'swiss', switzerland: 'swiss', icelandic: 'icelandic', iceland: 'icelandic', maltese: 'maltese', malta: 'maltese',
  canadian: 'canadian', canada: 'canadian', mexican: 'mexican', mexico: 'mexican', brazilian: 'brazilian', brazil: 'brazilian',
  australian: 'australian', australia: 'australian', italian: 'italian', italy: 'italian', spanish: 'spanish', spain: 'spanish',
  polish: 'polish', poland: 'polish', hungarian: 'hungarian', hungary: 'hungarian', egyptian: 'egyptian', egypt: 'egyptian',
  qatari: 'qatari', qatar: 'qatari', emirati: 'emirati', cuban: 'cuban', cuba: 'cuban',
  argentine: 'argentine', argentinian: 'argentine', argentina: 'argentine', syrian: 'syrian', syria: 'syrian',
  pakistani: 'pakistani', pakistan: 'pakistani', austrian: 'austrian', austria: 'austrian', mongolian: 'mongolian', mongolia: 'mongolian',
  uzbek: 'uzbek', uzbekistan: 'uzbek', armenian: 'armenian', armenia: 'armenian', azerbaijani: 'azerbaijani', azerbaijan: 'azerbaijani',
  serbian: 'serbian', serbia: 'serbian', slovenian: 'slovenian', slovenia: 'slovenian', venezuelan: 'venezuelan', venezuela: 'venezuelan',
  filipino: 'filipino', philippines: 'filipino', thai: 'thai', thailand: 'thai', malaysian: 'malaysian', malaysia: 'malaysian',
  "people's republic of china": 'chinese', "democratic people's republic of korea": 'north korean', dprk: 'north korean', 'republic of korea': 'south korean',
  'kingdom of saudi arabia': 'saudi', 'islamic republic of iran': 'iranian', 'federal republic of germany': 'german', 'french republic': 'french',
  'republic of india': 'indian', 'republic of turkey': 'turkish', 'republic of turkiye': 'turkish', 'state of israel': 'israeli', 'arab republic of egypt': 'egyptian',
  'republic of indonesia': 'indonesian', 'socialist republic of vietnam': 'vietnamese',
  nigerian: 'nigerian', nigeria: 'nigerian', 'south african': 'south african', 'south africa': 'south african',
  // the formal names state agencies use ("the head of state of the Russian Federation")
  'russian federation': 'russian', 'united states of america': 'us', 'united kingdom': 'british', 'republic of cuba': 'cuban',
  'republic of belarus': 'belarusian', 'republic of kazakhstan': 'kazakh', 'republic of uzbekistan': 'uzbek', 'republic of singapore': 'singaporean',
  'united arab emirates': 'emirati', uae: 'emirati', 'state of qatar': 'qatari', 'republic of the philippines': 'filipino', 'kingdom of thailand': 'thai',
};
const TITLE_PREFIX = new RegExp(`^(?:the\\s+)?(?:${NATION}\\s+)?(?:${TITLES})\\s+`);
const NATION_NAMES = Object.keys(NATION_KEYS).sort((a, b) => b.length - a.length);

/** "russia's president" → ["russia", "president"]: the nation a role phrase opens with, and the rest. */
function nationPrefix(p: string): [string, string] | undefined {
  for (const n of NATION_NAMES) {
    for (const lead of [`${n} `, `${n}'s `]) if (p.startsWith(lead) && p.length > lead.length) return [n, p.slice(lead.length)];
  }
  return undefined;
}
// titles that make someone the head of a state or government: "the Russian leader" is the president
const HEAD = /^(?:president|prime minister|premier|chancellor|leader|supreme leader|king|queen|emperor|general secretary|head of state)$/;
const ROLE_NAME: Record<string, string> = { spokeswoman: 'spokesman', spokesperson: 'spokesman', advisor: 'adviser', 'defense minister': 'defence minister' };

/** "the United States of America" → "United States" */
function countryOf(c: string): string {
  const t = c.replace(/^the\s+/i, '');
  return t.endsWith(' of America') ? t.slice(0, -' of America'.length).trim() : t;
}

/** "Russian", "Russia", "the Kremlin", "U.S.", "American" → one key per nation ("russian", "us"). */
export function nationKey(n: string): string | undefined {
  return NATION_KEYS[norm(n).replace(/’/g, "'").replace(/\./g, ' ').replace(/\s+/g, ' ').trim()];
}

function roleKey(title: string): string {
  const t = norm(title).replace(/-/g, ' ');
  return ROLE_NAME[t] ?? t;
}

function genderOf(title: string | undefined): 'f' | 'm' | undefined {
  if (!title) return undefined;
  if (/^(?:mrs|ms|smt|dame|queen|princess|chairwoman|spokeswoman|madam)\b/i.test(title)) return 'f';
  if (/^(?:mr|shri|sir|king|prince|chairman|spokesman|emperor|pope)\b/i.test(title)) return 'm';
  return undefined;
}

/**
 * Spans between double quotation marks, paired within a line: good enough to tell a name the
 * report uses from one a speaker utters (the quote family scans quotations properly).
 */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      open = -1;
      continue;
    }
    if (open < 0) {
      if (c === '“' || c === '«') (open = i), (straight = false);
      else if (c === '"') (open = i), (straight = true);
    } else if ((straight && c === '"') || (!straight && (c === '”' || c === '»'))) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  return out;
}

const TITLE_OR_NATION = new Set([...TITLE_WORDS, ...NATION_WORDS, ...ADDRESS, 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Dr.', 'Sen.', 'Rep.', 'Gen.', 'Shri', 'Smt.', 'Smt', 'Sir', 'Dame', 'former', 'then-President'].flatMap((t) => t.toLowerCase().split(' ')));
const CLAUSE_OPENER =
  /^(?:but|yet|so|then|that|when|while|whilst|as|after|before|because|although|though|since|if|once|until|whether|where|also|meanwhile|later|earlier|today|yesterday|now|still|instead|however|finally|afterwards?|separately)$/i;

// The familiar form of a given name one outlet prints and another spells out: "Bill Clinton" and
// "William Jefferson Clinton", "Joe Biden" and "Joseph R. Biden", "Ron Ziegler" and "Ronald L.
// Ziegler" are one person. (Only forms that are no other given name of their own.)
const FORMAL_GIVEN: Record<string, string> = {
  bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', rob: 'robert',
  jim: 'james', jimmy: 'james', joe: 'joseph', ron: 'ronald', ronnie: 'ronald', dick: 'richard',
  rick: 'richard', mike: 'michael', tony: 'anthony', tom: 'thomas', ted: 'edward', ed: 'edward',
  chuck: 'charles', dan: 'daniel', jack: 'john', steve: 'stephen', nick: 'nicholas',
  pete: 'peter', jerry: 'gerald', larry: 'lawrence', sasha: 'alexander',
  misha: 'mikhail', volodya: 'vladimir', kostya: 'konstantin',
};

/**
 * A lower-case word of a name in the form names are compared in: a familiar given name as the
 * formal one ("bill" → "william"), and the spellings transliteration leaves open made one
 * ("Sergei"/"Sergey", "Dmitri"/"Dmitry", "Aleksei"/"Alexei", "Gorbachev"/"Gorbachov").
 */
export function nameForm(word: string): string {
  const w = FORMAL_GIVEN[word] ?? word;
  return w.length < 4 ? w : w.replace(/ks/g, 'x').replace(/(?:iy|ii|yi|y)$/, 'i').replace(/ov$/, 'ev');
}

/**
 * The text with each accented letter replaced by its base letter, one UTF-16 unit for one, so
 * that the name patterns (written for ASCII capitals) read "François Hollande" and "Erdoğan"
 * while every offset stays where it was. A letter with no Latin base reads as "a" or "A".
 */
export function fold(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const cache = new Map<string, string>();
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue;
    const ch = text[i]!;
    let to = cache.get(ch);
    if (to === undefined) {
      const base = ch.normalize('NFD')[0]!;
      to = !/\p{L}/u.test(ch) ? ch : /^[A-Za-z]$/.test(base) ? base : ch !== ch.toLowerCase() ? 'A' : 'a';
      cache.set(ch, to);
    }
    if (to === ch) continue;
    out.push(text.slice(from, i), to);
    from = i + 1;
  }
  out.push(text.slice(from));
  return out.join('');
}

export function indexPeople(doc: Doc): People {
  const text = fold(doc.clean);
  const byName = new Map<string, Person>();

  const add = (rawName: string, role?: { nation?: string; title?: string }): Person | undefined => {
    // a blank line always ends a sentence, so a name never runs across one ("# Draft" above
    // "Vladimir Putin met …" is not a person called "Draft Vladimir Putin")
    const own = rawName.split(/\n[^\S\n]*\n/).pop()!;
    let words = own.replace(/\s+/g, ' ').replace(/['’]s$/, '').trim().split(' ');
    // "General Secretary Gorbachev" read as a name "Secretary Gorbachev": the titles are not the name
    // and so is a country run into it: "Federal Chancellor of Germany Angela Merkel"
    while (words.length && (TITLE_OR_NATION.has(words[0]!.toLowerCase()) || (words.length > 2 && PLACE_WORD.test(words[0]!)))) words = words.slice(1);
    // ("Park" ends a place's name, "Gorky Park", but opens a Korean one: "Park Joon-young")
    if (words.length < 2 || NOT_PERSON.test(words[0]!) || words.some((w, i) => NOT_NAME_PART.test(w) && !(i === 0 && w === 'Park'))) return undefined;
    const name = words.join(' ');
    let p = byName.get(name);
    if (!p) {
      p = { name, surname: words[words.length - 1]!, roles: new Set() };
      byName.set(name, p);
    }
    if (role?.title) giveRole(p, role);
    return p;
  };
  const giveRole = (p: Person, role: { nation?: string; title?: string }) => {
    if (role.title) {
      const t = roleKey(role.title);
      p.gender ??= genderOf(role.title);
      if (!/^(?:mr|mrs|ms|dr|shri|smt|sir|dame)\.?$/.test(t)) {
        // "the president", "the head of state" said of someone the report has titled so
        p.roles.add(t);
        if (HEAD.test(t)) p.roles.add('leader');
      }
      const n = role.nation ? nationKey(role.nation) : undefined;
      if (n && !/^(?:mr|mrs|ms|dr|shri|smt|sir|dame)\.?$/.test(t)) {
        p.roles.add(`${n} ${t}`);
        if (HEAD.test(t)) p.roles.add(`${n} leader`);
      }
    }
  };

  // "Special Envoy of the President Steve Witkoff", "the spokesperson of the President of
  // Ukraine, Serhii Nykyforov": a title governed by "of" is someone else's
  // (only after someone's office: "the residence of Prime Minister Nawaz Sharif" is his own title)
  const governed = (at: number) => {
    const owner = text.slice(Math.max(0, at - 40), at).toLowerCase().match(/([a-z-]+)\s+of(?:\s+the)?\s*$/)?.[1];
    return !!owner && (TITLE_OR_NATION.has(owner) || OFFICE_NOUN.test(owner));
  };
  for (const m of text.matchAll(titled)) {
    if (!m[1] && governed(m.index!)) continue;
    add(m[3]!, { nation: m[1], title: m[2] });
  }
  for (const m of text.matchAll(titledOf)) if (!governed(m.index!)) add(m[3]!, { nation: countryOf(m[2]!), title: m[1] });
  for (const m of text.matchAll(titledOfBody)) if (!governed(m.index!)) add(m[3]!, { nation: countryOf(m[2]!), title: m[1] });
  for (const m of text.matchAll(titledNameOf)) if (!governed(m.index!)) add(m[2]!, { nation: countryOf(m[3]!), title: m[1] });
  for (const m of text.matchAll(appositive)) add(m[1]!, { nation: m[2], title: m[3] });
  for (const m of text.matchAll(appositiveOf)) add(m[1]!, { nation: m[3] ? countryOf(m[3]) : undefined, title: m[2] });
  for (const m of text.matchAll(speaking)) add((m[1] ?? m[2])!);
  for (const m of text.matchAll(titledComma)) if (!governed(m.index!)) add(m[3]!, { nation: m[1], title: m[2] });
  // a name taken on its place in the clause: the pattern may sweep in a sentence's opening words
  // ("Friday Vladimir Putin met"), but a preposition before it makes it a place ("In Panama City met")
  const addPlaced = (raw: string | undefined, role?: { nation?: string; title?: string }): Person | undefined => {
    if (!raw) return undefined;
    let words = raw.split(/\n[^\S\n]*\n/).pop()!.trim().split(/\s+/);
    while (words.length > 2 && (NOT_PERSON.test(words[0]!) || TITLE_OR_NATION.has(words[0]!.toLowerCase()) || PLACE_WORD.test(words[0]!))) {
      if (PREPOSITION.test(words[0]!)) return undefined;
      words = words.slice(1);
    }
    if (PLACE_OPENER.test(words[0]!) || PREPOSITION.test(words[0]!) || isCountry(words.join(' '))) return undefined;
    return add(words.join(' '), role);
  };
  for (const m of text.matchAll(counterpart)) {
    // the office named last before the phrase is the owner's: a head's counterpart is a head
    let office: string | undefined;
    for (const o of text.slice(Math.max(0, m.index! - 160), m.index!).matchAll(OFFICE)) office = o[0].toLowerCase();
    addPlaced(m[2], office && HEAD.test(office) ? { nation: m[1], title: 'leader' } : undefined);
  }
  for (const m of text.matchAll(appositiveRole)) {
    const mods = m[3]!.trim();
    // "a former adviser", "the late king": a role once held names no one the report means by it now
    const past = /\b(?:former|late|ex|then|onetime|one-time|erstwhile|retired)\b/i.test(mods);
    const nation = m[2] ?? mods.match(NATION_AMONG)?.[1];
    addPlaced(m[1], past ? undefined : { nation, title: m[4]!.replace(/\s+/g, ' ') });
  }
  for (const m of text.matchAll(actorSubject)) {
    addPlaced(m[1]);
    addPlaced(m[2]);
  }
  for (const m of text.matchAll(actorObject)) {
    addPlaced(m[1]);
    addPlaced(m[2]);
  }
  for (const m of text.matchAll(lineSpeaker)) {
    const name = m[1]!.trim();
    if (WHOLE_NAME.test(name)) addPlaced(name);
  }
  // a pair whose surname is used alone with a speech verb ("Putin said") is a person too;
  // the surnames are gathered in one pass so this stays linear in the text
  const speakers = new Set<string>();
  const lone = new RegExp(`\\b([A-Z][a-z]+(?:[A-Z][a-z]+)?)(?:'s|’s)?\\s+(?:${SPEECH})\\b|\\b(?:${SPEECH})\\s+([A-Z][a-z]+(?:[A-Z][a-z]+)?)\\b`, 'g');
  for (const m of text.matchAll(lone)) speakers.add((m[1] ?? m[2])!);
  // a liveblog's attribution: 'Reagan: "I believe …"'
  // (not after a preposition: 'said in English: "Next time in Moscow."')
  for (const m of text.matchAll(/(?<![\w'’.-])(?<!\b(?:in|into|on|to|of|at|by|for|from|with|about)\s)([A-Z][a-z]+(?:[A-Z][a-z]+)?):[ \t]*["“]/g)) speakers.add(m[1]!);
  const capitalised = new Map<string, number>();
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?\b/g)) capitalised.set(m[0], (capitalised.get(m[0]) ?? 0) + 1);
  const fullCount = new Map<string, number>();
  const timesNamed = (name: string): number => {
    let n = fullCount.get(name);
    if (n === undefined) {
      n = 0;
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) n++;
      fullCount.set(name, n);
    }
    return n;
  };
  // how often a word of a name stands alone, not as part of the full name
  const alone = (word: string, name: string) => (capitalised.get(word) ?? 0) - timesNamed(name);
  // runs of capitalised words ("On Friday Vladimir Putin", "Russian President Vladimir Putin"):
  // the names in them are what is left between titles, nations and sentence openers
  for (const m of text.matchAll(CAPITAL_RUN)) {
    // a blank line inside the run ends a sentence: it breaks the run as a title would
    const words = m[0].split(/\n[^\S\n]*\n/).flatMap((piece, i) => [...(i ? ['\n'] : []), ...piece.trim().split(/\s+/)]);
    let segment: string[] = [];
    const consider = () => {
      if (segment.length >= 2 && segment.length <= 3) {
        const name = segment.join(' ');
        const last = segment[segment.length - 1]!;
        // "Donald Trump and Vladimir Putin met …" and later "Putin" alone: the pair is a person
        if (!byName.has(name) && (speakers.has(last) || speakers.has(segment[0]!) || alone(last, name) > 0 || alone(segment[0]!, name) > 0)) add(name);
      }
      segment = [];
    };
    for (const w of words) {
      if (w === '\n' || NOT_PERSON.test(w) || TITLE_OR_NATION.has(w.toLowerCase()) || PLACE_WORD.test(w)) consider();
      else segment.push(w);
    }
    consider();
  }

  // "Barack Obama and Raúl Castro sat down": a pair coordinated with a known person is one too
  // (a place beside a person is rare in a coordination and is kept out by its words, as above)
  for (const m of text.matchAll(coordinated)) {
    const x = byName.has(m[1]!.replace(/\s+/g, ' ').trim());
    const y = byName.has(m[2]!.replace(/\s+/g, ' ').trim());
    if (x && !y) addPlaced(m[2]);
    else if (y && !x) addPlaced(m[1]);
  }
  // persons in the order the report first names them: a lede names its protagonists first
  const firstAt = (p: Person) => {
    const i = text.indexOf(p.name);
    return i < 0 ? text.length : i;
  };
  const persons = [...byName.values()].sort((x, y) => firstAt(x) - firstAt(y));
  // how often a word stands alone, not inside any full name the report gives
  const standalone = (word: string): number => {
    let n = capitalised.get(word) ?? 0;
    for (const p of persons) if (p.name.split(' ').includes(word)) n -= timesNamed(p.name);
    return n;
  };
  // Family name first ("Kim Jong Un", "Xi Jinping", "Moon Jae-in"): the report then uses the
  // first word alone and never the last, so the first word is the one to resolve.
  for (const p of persons) {
    const words = p.name.split(' ');
    const first = words[0]!;
    // "Moon Jae In", "So Hun": a last word that is also an English word ("In") is never the one used alone
    if (!/\./.test(first) && ((standalone(first) > 0 && standalone(p.surname) <= 0) || (words.length > 2 && FUNCTION_WORD.test(p.surname)))) p.surname = first;
  }
  const bySurname = new Map<string, Person[]>();
  for (const p of persons) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p]);
  // A surname the report uses alone for someone it never names in full ("Peskov said"), or one
  // that several named people share ("Kim" in a piece naming Kim Il Sung and Kim Jong Il but
  // meaning Kim Jong Un): a person known by that word only, never a guess at the full name.
  // a capitalised word inside a sentence, not opening it, is more likely a name than a common noun
  const midSentence = new Map<string, number>();
  for (const m of text.matchAll(/[a-z,;:]\s+([A-Z][a-z]+)/g)) midSentence.set(m[1]!, (midSentence.get(m[1]!) ?? 0) + 1);
  const partial = new Map<string, Person>();
  const partialPerson = (word: string): Person => {
    let p = partial.get(word);
    if (!p) partial.set(word, (p = { name: word, surname: word, roles: new Set() }));
    return p;
  };
  const bySurnameAlone = (word: string): Person | undefined => {
    const holders = bySurname.get(word) ?? [];
    if (holders.length === 1) return holders[0];
    if (holders.length > 1) {
      const titled = holders.filter((h) => h.roles.size > 0);
      return titled.length === 1 ? titled[0] : partialPerson(word);
    }
    // "President Nixon" in a report that never gives his first name: the titled surname read below
    const titled = partial.get(word);
    if (titled?.roles.size) return titled;
    if (speakers.has(word) && (midSentence.get(word) ?? 0) > 0 && !NOT_PERSON.test(word) && !PLACE_WORD.test(word) && !TITLE_OR_NATION.has(word.toLowerCase()) && !NOT_NAME_PART.test(word)) return partialPerson(word);
    return undefined;
  };
  // "President Trump" in a report that never gives his first name: a titled person all the same
  // ("Mrs. Nixon" beside "President Nixon" is his wife: the other titles are read first, and a
  // woman's honorific does not go to a surname already titled for someone else)
  const titledMatches = [...text.matchAll(titledSurname)];
  const female = (m: RegExpMatchArray) => genderOf(m[2]) === 'f';
  for (const m of [...titledMatches.filter((x) => !female(x)), ...titledMatches.filter(female)]) {
    const word = m[3]!;
    if (NOT_PERSON.test(word) || PLACE_WORD.test(word) || TITLE_OR_NATION.has(word.toLowerCase()) || NOT_NAME_PART.test(word)) continue;
    const p = bySurnameAlone(word) ?? partialPerson(word);
    if (female(m) && p.gender !== 'f' && (p.gender === 'm' || p.roles.size)) continue;
    // ("Emperor Peter the Great", "Grand Prince Yaroslav the Wise": a ruler of history, no one
    // the report's "he" is about)
    if (EPITHET.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    giveRole(p, { nation: m[1], title: m[2] });
  }


  // (a titled surname, "President Nixon" in a report that never gives his first name, holds the
  // title too: "the President" is then no one else's for want of a rival)
  const holders = (key: string): Person[] => [...persons, ...partial.values()].filter((p) => p.roles.has(key));
  const byRole = (key: string): Person | undefined => {
    const found = holders(key);
    return found.length === 1 ? found[0] : undefined;
  };

  // the name and surname as read in the folded text, for people respelled at the end
  const read = new Map<Person, { name: string; surname: string }>();
  const asRead = (p: Person) => read.get(p) ?? p;

  // a name seen only as "Putin" once "Vladimir Putin" is known must not become a second person
  const resolve = (given: string): Person | undefined => {
    const phrase = fold(given);
    const bare = phrase.replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
    const p = norm(bare).replace(/^(?:the|a|an)\s+/, '').replace(/^(?:then-|former\s+)/, '');
    if (!p) return undefined;
    for (const person of persons) if (norm(asRead(person).name) === p) return person;
    // "President Putin", "Mr. Putin", "Russian President Vladimir Putin"
    const named = bare.replace(TITLE_PREFIX, '');
    if (named !== bare) for (const person of persons) if (norm(asRead(person).name) === norm(named)) return person;
    const words = named.split(' ');
    if (/^[A-Z]/.test(named)) {
      if (words.length === 1) {
        // ("Mrs. Nixon" is not the President Nixon the report titles)
        const one = bySurnameAlone(named);
        const herself = genderOf(bare.slice(0, bare.length - named.length).trim().split(/\s+/).pop()) === 'f';
        return one && herself && one.gender !== 'f' && (one.gender === 'm' || one.roles.size) ? undefined : one;
      }
      // "Donald J. Trump" is the Donald Trump already named; "Melania Trump" is not
      const byLast = (bySurname.get(words[words.length - 1]!) ?? []).find((h) => asRead(h).name.split(' ').includes(words[0]!));
      if (byLast) return byLast;
      // "Kim Jong-un" for "Kim Jong Un": the family name comes first
      const byFirst = (bySurname.get(words[0]!) ?? []).filter((h) => asRead(h).surname === words[0]);
      if (byFirst.length === 1) return byFirst[0];
    }
    // "the Russian leader", "the U.S. president", "Russia's president", "the Kremlin chief"
    const role = nationPrefix(p.replace(/\./g, ' ').replace(/\s+/g, ' ').replace(/['’]s\b/, "'s"));
    if (role) {
      const n = NATION_KEYS[role[0]]!;
      let t = roleKey(role[1].replace(/^(?:then-|former\s+)/, ''));
      if (t === 'chief' || t === 'head' || t === 'strongman' || t === 'head of state') t = 'leader';
      return byRole(`${n} ${t}`) ?? (HEAD.test(t) ? byRole(`${n} leader`) : undefined);
    }
    return undefined;
  };

  // mentions: full names, surnames alone, and role phrases
  const quoted = quotedRanges(text);
  let q = 0;
  const isQuoted = (at: number): boolean => {
    while (q < quoted.length && quoted[q]![1] <= at) q++;
    return q < quoted.length && quoted[q]![0] < at;
  };
  const mentions: Mention[] = [];
  // role phrases no one is titled with ("the French president" of someone named only "Emmanuel Macron")
  const unresolved: { phrase: string; start: number; end: number }[] = [];
  const alts = new Set<string>();
  for (const p of persons) {
    alts.add(p.name.replace(/[.]/g, '\\.'));
    alts.add(p.surname);
  }
  for (const w of speakers) if (bySurnameAlone(w)) alts.add(w);
  for (const w of partial.keys()) alts.add(w);
  if (alts.size) {
    const rolePhrase = `the\\s+${NATION}\\s+(?:president|leader|prime minister|premier|chancellor)`;
    const re = new RegExp(`\\b(?:${[...alts].sort((a, b) => b.length - a.length).join('|')})\\b|\\b${rolePhrase}\\b`, 'gi');
    for (const m of text.matchAll(re)) {
      if (!/^[A-Z]/.test(m[0]) && !/^the\s/i.test(m[0])) continue;
      const person = resolve(m[0]);
      if (person) mentions.push({ person, start: m.index!, end: m.index! + m[0].length, quoted: isQuoted(m.index!) });
      // (only as the speaker of a remark: "the Russian president flew in", right after a sentence
      // about his host, introduces the other party as often as it varies the host's name)
      else if (/^the\s/i.test(m[0]) && !isQuoted(m.index!) && (SPEECH_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30)) || SPEECH_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))))
        unresolved.push({ phrase: m[0], start: m.index!, end: m.index! + m[0].length });
    }
  }
  const starts = mentions.map((m) => m.start);
  const firstAtOrAfter = (offset: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A reporter varies the name with a role: "Macron, asked about Brexit, would not be drawn.
  // \"…,\" the French president said." A role phrase no one is titled with stands for the one
  // person in view: the only one named, outside quotations, from the nearest earlier sentence that
  // names anyone up to the phrase. Two people in view ("Macron received Putin. The French president
  // …"), or a person the report already ties to a nation, leave the phrase to no one.
  if (unresolved.length && doc.sentences.length) {
    let added = false;
    for (const u of unresolved) {
      if (resolve(u.phrase)) continue;
      const role = nationPrefix(norm(u.phrase).replace(/^the\s+/, '').replace(/\./g, ' ').replace(/\s+/g, ' '));
      if (!role) continue;
      // the last name outside quotations before the phrase, within two sentences of it
      let j = firstAtOrAfter(u.start) - 1;
      for (let k = 0; j >= 0 && mentions[j]!.quoted && k < 50; k++) j--;
      if (j < 0 || mentions[j]!.quoted) continue;
      const near = doc.sentenceAt(mentions[j]!.start);
      if (near.index < doc.sentenceAt(u.start).index - 2) continue;
      const seen = new Set<Person>();
      for (let i = firstAtOrAfter(near.start); i <= j; i++) if (!mentions[i]!.quoted) seen.add(mentions[i]!.person);
      if (seen.size !== 1) continue;
      const p = [...seen][0]!;
      if (!p.name.includes(' ') || [...p.roles].some((r) => nationPrefix(r))) continue;
      giveRole(p, { nation: role[0], title: role[1] });
      mentions.push({ person: p, start: u.start, end: u.end, quoted: false });
      added = true;
    }
    if (added) {
      mentions.sort((x, y) => x.start - y.start);
      starts.length = 0;
      for (const m of mentions) starts.push(m.start);
    }
  }
  const lastBefore = (offset: number): Person | undefined => {
    for (let i = firstAtOrAfter(offset) - 1; i >= 0; i--) if (!mentions[i]!.quoted) return mentions[i]!.person;
    return undefined;
  };

  // A mention that can be a clause's subject: it opens the sentence or a clause (after a
  // comma, a colon, "but", "when", "that" …), past any title. "Putin thanked Trump", "with
  // Zelensky", "invite Kim" are objects; "Trump's remarks" is no subject, except as the opening
  // words of a sentence ("Kim's opening words set the tone").
  const subjectLike = (m: Mention, pronoun: string | undefined): boolean => {
    if (m.quoted) return false;
    const s = doc.sentenceAt(m.start);
    const words = text.slice(Math.max(s.start, m.start - 80), m.start).split(/\s+/);
    let w = words.length - 1;
    while (w >= 0 && (words[w] === '' || TITLE_OR_NATION.has(words[w]!.toLowerCase()) || /^the$/i.test(words[w]!))) w--;
    const opensSentence = w < 0 && m.start - 80 < s.start;
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && !opensSentence) return false;
    // (a dateline's lone hyphen opens the story as a dash does: "NUSA DUA (Reuters) - Joe Biden said";
    // so does a liveblog's dot or bar after its time stamp: "16:09 · Putin opens")
    if (!opensSentence && w >= 0 && !/[,;:(—–“"”’)·•|]$/.test(words[w]!) && words[w] !== '-' && !CLAUSE_OPENER.test(words[w]!)) return false;
    if (pronoun && /^she$/i.test(pronoun) && m.person.gender === 'm') return false;
    if (pronoun && /^he$/i.test(pronoun) && m.person.gender === 'f') return false;
    return true;
  };
  const antecedent = (offset: number, pronoun?: string, sentencesBack = 8, accept?: (p: Person) => boolean): Person | undefined => {
    const sentences = doc.sentences;
    if (!sentences.length || !mentions.length) return lastBefore(offset);
    let s = doc.sentenceAt(offset);
    for (let back = 0; back <= sentencesBack && s; back++) {
      const from = firstAtOrAfter(s.start);
      const to = back === 0 ? offset : s.end;
      for (let i = from; i < mentions.length && mentions[i]!.start < to; i++) {
        const m = mentions[i]!;
        if (subjectLike(m, pronoun) && (!accept || accept(m.person))) return m.person;
      }
      if (s.index === 0) break;
      s = sentences[s.index - 1]!;
    }
    return undefined;
  };
  // names were read in the folded text: give each person the spelling the report uses
  if (text !== doc.clean) {
    const spelled = new Set<Person>();
    for (const m of mentions) {
      const p = m.person;
      if (spelled.has(p) || m.end - m.start !== p.name.length || text.slice(m.start, m.end) !== p.name) continue;
      spelled.add(p);
      const original = doc.clean.slice(m.start, m.end);
      if (original === p.name) continue;
      const at = p.name.split(' ').indexOf(p.surname);
      read.set(p, { name: p.name, surname: p.surname });
      p.name = original;
      if (at >= 0) p.surname = original.split(' ')[at] ?? p.surname;
    }
  }
  return { persons, mentions, resolve, lastBefore, firstAtOrAfter, antecedent, holders };
}
