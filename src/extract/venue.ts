// Where: the venue of the talks, and where and when a next meeting was proposed or set.
//
// A place only counts as the venue when a meeting cue governs it ("met in", "summit at",
// "press conference at", "arrived at", "X, where the leaders met", "the Helsinki summit"):
// most places in a report are somewhere else (a capital a leader flew from, the country at
// war, a past summit). History ("since their meeting in Helsinki", "the 2018 Geneva summit")
// and the next meeting ("hold the next summit in Moscow") are kept out of the venue.
//
// One report gives one venue claim: its mentions ("in Alaska", "in Anchorage", "at Joint Base
// Elmendorf-Richardson") are pieces of one place, so they are merged into the most specific
// one with the others as its containers. Mentions that cannot belong together (Anchorage and
// Helsinki) are weighed by their cues and the lesser ones dropped: a report that names a
// second city as a venue in passing is far likelier misread than self-contradictory.
//
// The dateline ("ANCHORAGE, Alaska (AP) —") says where the report was filed, which for wire
// copy is often a capital far from the summit. It is therefore never a venue on its own; it
// only grounds a venue the text describes without naming ("at the military base", "the
// Alaskan city") when it is consistent with that description.
import type { Claim, Modality, Relation, Sentence } from '../types.js';
import type { Doc } from '../segment/index.js';
import type { Person } from '../segment/people.js';
import type { ClaimKind, Extractor } from './kind.js';
import { monthNumber, nameOf, voiceAt } from './cues.js';
import { NAME_ROLL_G, WEEKDAYS as WEEKDAY_NAMES, meetingDays } from './date.js';
import { RANK, capitalOf, containers, demonymPlace, formerlyWithin, isDotted, lookup, placeKey, type PlaceKind } from './places.js';

export interface PlaceValue {
  /** the most specific place named */
  place: string;
  /** its containing places, innermost first */
  within: string[];
  /** an unnamed place inside `place` as described ("military base"), when that is all there is */
  detail?: string;
}

export interface TimeValue {
  text: string;
  date: string | null;
}

// ---------------------------------------------------------------------------------------
// Reading a place phrase: "the Capella hotel on Sentosa island", "Höfði House in Reykjavik",
// "the Soviet liner Maxim Gorky off Malta", "the Finnish capital", "Anchorage, Alaska".

const TOKEN = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’.&-]*/uy;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that)$/i;
const POSSESSIVE = /['’]s$/;
// a possessive that is part of a place's own name, not its owner's: "Walker's Point",
// "Fisherman's Wharf", "Martha's Vineyard", "Queen's Park" (its head is a landmark's, never a
// building a person owns, as in "Trump's Mar-a-Lago resort")
const NAMED_FOR = /^(?:Point|Cove|Wharf|Vineyard|Island|Bay|Landing|Rock|Head|Harbou?r|Creek|Hill|Gate|Park|Square|Inn|Green|Cross|Ferry|Reach|Neck|Pond|Brook|Wood)$/;
const namePossessive = (text: string, tok: Token): boolean =>
  POSSESSIVE.test(tok.text) && isCap(tok.text) && NAMED_FOR.test(tokenAt(text, tok.end)?.text ?? '');
const SITE_HEADS = new Set(
  ('base airbase hotel resort estate palace villa mansion residence house castle chateau château lodge ranch retreat ' +
    'club compound complex building hall center centre embassy consulate ship liner yacht cruiser vessel warship boat ' +
    'airport airfield manor pavilion museum library garden gardens park dacha guesthouse cottage headquarters ' +
    'chancellery stadium arena campus pier venue ballroom office room suite salon chamber ' +
    // where leaders stay or are shown round: an inn or a temple is as much a venue as a hotel
    'inn ryokan onsen spa motel hostel chalet farmhouse hacienda teahouse temple shrine monastery abbey cathedral ' +
    'church basilica chapel synagogue mosque fort fortress citadel auditorium theatre theater gallery hangar terminal tent yurt bungalow cabin ' +
    'sanatorium boathouse train carriage').split(' '),
);
const GEO_HEADS = new Set('soil city capital town village port island isle state region province country nation republic kingdom city-state peninsula archipelago enclave territory suburb suburbs outskirts edge heart shore shores coast waterfront harbour harbor bay district quarter neighbourhood neighborhood countryside hills mountains lakeside seaside prefecture oblast krai county canton governorate municipality borough township hometown zone'.split(' '));
// a period or style a building is described by ("a Renaissance castle", "a Stalinist tower") is
// no name of it when a common noun follows: the phrase stays a description ("the Renaissance
// Hotel" is still a name)
const STYLE = /^(?:Renaissance|Gothic|Baroque|Rococo|Victorian|Edwardian|Tudor|Elizabethan|Palladian|Neoclassical|Neo-classical|Beaux-Arts|Art-Deco|Stalinist|Stalin-era|Soviet-era|Tsarist|Czarist|Habsburg-era|Ottoman-era|Moorish|Romanesque|Modernist|Brutalist)$/;
// nouns of a way of doing things, which a place name may qualify
const MANNER = /^(?:format|formats|framework|process|spirit|style|manner|model|mould|mold|formula|configuration|tradition|fashion|way|mode|track|channel|mechanism|grouping|line-up|lineup)$/i;
// the land of a country as such
const LAND = /^(?:soil|territory)$/;
// an island or a ship is "on", everything else is "in" or "at"
// … and so is ground one stands on: "on the campus", "on the estate", "on the base"
const ON_HEADS = /^(?:island|isle|ship|liner|yacht|cruiser|vessel|warship|boat|board|sidelines|edge|shore|shores|coast|waterfront|outskirts|campus|grounds|estate|base|airbase|premises|ranch|farm|compound|train|hill|street)$/;
const ISLANDS = new Set(['sentosa', 'bali', 'malta', 'russky island', 'iceland']);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
// capitalised words that never begin a place
const NOT_PLACE = new RegExp(
  `^(?:${MONTHS}|${WEEKDAYS}|` +
    'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|English|Russian|French|German|Chinese|Korean|Spanish|Arabic|Ukrainian|I|He|She|It|' +
    'They|We|You|This|That|These|Those|There|Here|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|President|Prime|Minister|Secretary|Chairman|' +
    'Leader|General|Ambassador|Congress|Parliament|NATO|Christmas|Easter|Ramadan|God|Trump|Putin|Biden)$',
);
const OFFICE_TITLE = /^(?:President|Prime|Minister|Premier|Chancellor|Governor|Mayor|King|Queen|Emperor|General|Secretary)['’]?s?$/;
const LANGUAGE = /^(?:English|Russian|French|German|Chinese|Korean|Spanish|Arabic|Ukrainian)$/;
function adjectiveOfPlace(text: string, tok: Token): boolean {
  if (!LANGUAGE.test(tok.text) || /^[,;:)]/.test(text.slice(tok.end, tok.end + 1))) return false;
  const next = tokenAt(text, tok.end);
  return !!next && /^\p{Ll}/u.test(next.text) && !STOP_WORDS.has(next.text) && !DETERMINER.test(next.text);
}
function namesSite(text: string, tok: Token): boolean {
  if (/^[,;:)]/.test(text.slice(tok.end, tok.end + 1)) || CALENDAR_WORD.test(tok.text)) return false;
  let next = tokenAt(text, tok.end);
  // "the Prime Minister's Office": an office's title before its building
  if (next && OFFICE_TITLE.test(tok.text) && OFFICE_TITLE.test(next.text) && POSSESSIVE.test(next.text)) next = tokenAt(text, next.end);
  return !!next && isCap(next.text) && SITE_HEADS.has(next.text.toLowerCase());
}
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`);
const GEOGRAPHIC = /^(?:Lake|Mount|Mt\.?|Cape|Port|Gulf|Bay|Greater|Old|New|North|South|East|West|Central|Upper|Lower|Inner|Outer|Metropolitan|Downtown|Northern|Southern|Eastern|Western)$/;
const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?$/;
// a ship flies its flag: "a Soviet liner" is no place in the Soviet Union
const VESSEL_HEADS = /^(?:ship|liner|yacht|cruiser|vessel|warship|boat)$/;
const STOP_WORDS = new Set(('and or but with for to from by that which who whom whose where when as on in at after before while during since until near off outside inside aboard than said says told ' +
  // a preposition ends a noun phrase: "a college town halfway between Washington and New York"
  'between among amid amidst across along alongside beside behind beyond within toward towards through via past around over under above below opposite').split(' '));
const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|St\.|Mt\.|Ft\.)$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenAt(text: string, at: number): Token | undefined {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  TOKEN.lastIndex = i;
  const m = TOKEN.exec(text);
  if (!m) return undefined;
  let word = m[0];
  const start = i;
  // a trailing full stop ends the sentence unless the word is an abbreviation ("Calif.", "U.S.")
  if (word.endsWith('.') && !ABBREVIATION.test(word) && !isDotted(word)) {
    while (word.endsWith('.')) word = word.slice(0, -1);
  }
  if (!word) return undefined;
  return { text: word, start, end: start + word.length };
}

const isCap = (w: string) => /^\p{Lu}/u.test(w) || /^[dl]['’]\p{Lu}/u.test(w);

export interface PlacePhrase {
  start: number;
  end: number;
  /** the place named, or undefined for a bare description ("the military base") */
  place?: string;
  detail?: string;
  /** containing places the phrase itself names, innermost first */
  within: string[];
  kind: PlaceKind;
  /** the gazetteer knows it, or it has a place-like head word, or the text places it */
  grounded: boolean;
  /** "in Helsinki in 2018" */
  year?: number;
  /** the head noun when the phrase has one ("hotel", "island") */
  head?: string;
}

function kindOfName(name: string, head?: string): PlaceKind {
  const known = lookup(name);
  if (known) return known.kind;
  const last = (head ?? name.split(/\s+/).pop() ?? '').toLowerCase();
  if (SITE_HEADS.has(last)) return 'site';
  if (last === 'island' || last === 'isle') return 'district';
  return 'city';
}

/**
 * One spelling for one place: the gazetteer's name, or the name without the generic words a
 * report puts after it ("Elmendorf-Richardson military base", "Mulia hotel" and "Mulia resort").
 */
function canonical(name: string): string {
  const known = lookup(name);
  if (known) return known.name;
  const words = name.split(/\s+/);
  // a particle is part of the name: "Fleur d'Eau villa" is Fleur d'Eau, not Fleur
  while (words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]!) && !isCap(words[words.length - 1]!)) words.pop();
  // a generic word a report puts in front ("Château Fleur d'Eau", "Hotel Metropole")
  if (words.length > 1 && SITE_HEADS.has(words[0]!.toLowerCase())) {
    const rest = lookup(words.slice(1).join(' '));
    if (rest) return rest.name;
  }
  const bare = words.join(' ');
  return lookup(bare)?.name ?? bare;
}

/** One noun phrase naming or describing a place, starting at `at` (after a preposition). */
const DESCRIPTIVE = /^(?:gilded|ornate|opulent|grand|historic|sprawling|imposing|vast|famed|famous|storied|elegant|luxurious|secluded|gleaming|glittering|marble|mirrored|vaulted|majestic|magnificent|splendid|palatial|ancient|medieval|baroque|neoclassical|tsarist|imperial|cavernous|restored|renovated|heavily-guarded|wood-panelled|wood-paneled|chandeliered|red-carpeted)$/;

function nominal(text: string, at: number): PlacePhrase | undefined {
  let pos = at;
  let tok = tokenAt(text, pos);
  if (!tok) return undefined;
  const start = tok.start;
  const possessed: string[] = [];
  if (DETERMINER.test(tok.text)) {
    pos = tok.end;
    tok = tokenAt(text, pos);
    // "the gilded St. Andrew's Hall", "the ornate Great Hall": a word of praise before a name
    const named = tok && DESCRIPTIVE.test(tok.text) ? tokenAt(text, tok.end) : undefined;
    if (named && isCap(named.text)) {
      pos = tok!.end;
      tok = named;
    }
  }
  // "Helsinki's presidential palace", "Trump's Mar-a-Lago resort": a known place before 's
  // contains what follows; a person's does not matter
  // "the latter's family estate", "the president's residence": whose it is says nothing of where
  const determined = DETERMINER.test(text.slice(start, start + 5).split(/\s/)[0] ?? '');
  // … and an owner of two words: "the prime minister's office", "the foreign ministry's guesthouse"
  let ownerFrom = tokenAt(text, start)!.end;
  if (determined && tok && !isCap(tok.text) && !POSSESSIVE.test(tok.text)) {
    const owned = tokenAt(text, tok.end);
    if (owned && POSSESSIVE.test(owned.text) && !isCap(owned.text)) {
      ownerFrom = pos = tok.end;
      tok = owned;
    }
  }
  while (tok && POSSESSIVE.test(tok.text) && !namePossessive(text, tok) && (isCap(tok.text) || (determined && !possessed.length && pos === ownerFrom))) {
    const owner = text.slice(possessed.length ? pos : tok.start, tok.end).replace(/['’]s$/, '');
    if (lookup(owner)) possessed.push(canonical(owner));
    pos = tok.end;
    tok = tokenAt(text, pos);
  }
  const words: { t: Token; kind: 'cap' | 'head' | 'mod' | 'of' }[] = [];
  for (let n = 0; tok && n < 9; n++) {
    const w = tok.text;
    const lw = w.toLowerCase();
    if (isCap(w) && STYLE.test(w) && !isCap(tokenAt(text, tok.end)?.text ?? 'X')) {
      words.push({ t: tok, kind: 'mod' });
    } else if (isCap(w)) {
      // a language is no place ("spoke in Russian"), but its adjective before a noun says where
      // one is ("the Russian city of Kazan", "the Chinese capital"); a word a building is named
      // for is part of its name ("the Congress Centre", "the President Hotel")
      if (words.length === 0 && NOT_PLACE.test(w) && !adjectiveOfPlace(text, tok) && !namesSite(text, tok)) return undefined;
      // "Vladivostok next September", "Glassboro on Sunday": a date ends the place
      if (CALENDAR_WORD.test(w)) break;
      // "St Catherine's Hall", "St. George's Hall": a saint's possessive is part of the name
      if (POSSESSIVE.test(w) && !namePossessive(text, tok) && !(words.length && /^(?:St\.?|Saint|Ste\.?)$/.test(words[words.length - 1]!.t.text) && isCap(tokenAt(text, tok.end)?.text ?? ''))) {
        const after = tokenAt(text, tok.end);
        if (!words.length || !after || /^[,;:)(”"“]/.test(text.slice(tok.end, tok.end + 1)) || words.some((x) => x.kind !== 'cap')) break;
        // "Mao Zedong's book-lined study", "Donald Trump's Mar-a-Lago resort": a name of more
        // than one word before 's is whose the place is (kept when it is a place: "South
        // Korea's Blue House"); "Taj Fisherman's Cove" is one name, with a name after the 's
        const owner = text.slice(words[0]!.t.start, tok.end).replace(/['’]s$/, '');
        const ownerWords = owner.split(/\s+/);
        // an office's own building is named for it: "the Prime Minister's Office", "the President's House"
        const office = ownerWords.every((x) => OFFICE_TITLE.test(x)) && SITE_HEADS.has(after.text.toLowerCase());
        if (!office && (!isCap(after.text) || lookup(owner) || ownerWords.some((x) => NOT_PLACE.test(x)) || /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(ownerWords[0]!))) {
          if (lookup(owner)) possessed.push(canonical(owner));
          words.length = 0;
          pos = tok.end;
          tok = after;
          continue;
        }
      }
      words.push({ t: tok, kind: 'cap' });
    } else if (/^\d/.test(w)) {
      break;
    } else if (lw === 'of' && words.length) {
      const next = tokenAt(text, tok.end);
      const after = next && next.text.toLowerCase() === 'the' ? tokenAt(text, next.end) : next;
      if (!after || !isCap(after.text)) break;
      words.push({ t: tok, kind: 'of' });
      if (next !== after) words.push({ t: next!, kind: 'of' });
      tok = after;
      continue;
    } else if (GEO_HEADS.has(lw) || SITE_HEADS.has(lw)) {
      words.push({ t: tok, kind: 'head' });
    } else if (STOP_WORDS.has(lw) || DETERMINER.test(lw)) {
      break;
    } else if (COMPASS.test(lw) && /^\s+of\b/i.test(text.slice(tok.end, tok.end + 4))) {
      // "the Filoli estate south of San Francisco": beside the city, not in it
      break;
    } else if (/^[\p{Ll}][\p{L}-]*$/u.test(w)) {
      words.push({ t: tok, kind: 'mod' });
    } else break;
    // a word followed directly by a comma or other punctuation ends the phrase
    if (/^[,;:)(”"“]/.test(text.slice(tok.end, tok.end + 1))) break;
    pos = tok.end;
    tok = tokenAt(text, pos);
  }
  // modifiers that lead to no head are not part of a place ("at a press conference")
  while (words.length && (words[words.length - 1]!.kind === 'mod' || words[words.length - 1]!.kind === 'of')) {
    // a name before a noun of manner is what the manner is named for, not where: "in the
    // Normandy format", "in the Minsk framework", "in the Helsinki spirit"
    if (MANNER.test(words[words.length - 1]!.t.text) && words.length > 1 && words[words.length - 2]!.kind === 'cap') return undefined;
    words.pop();
  }
  if (!words.length) return undefined;
  // a headline in capitals ("SUMMIT IN GENEVA CONCLUDED") runs words together that no case
  // tells apart: only the longest run the gazetteer knows is a place
  let shouted = false;
  if (words.length > 1 && words.some((w) => w.kind === 'cap') && words.every((w) => w.kind !== 'cap' || (/\p{Lu}{2}/u.test(w.t.text) && !/\p{Ll}/u.test(w.t.text.replace(/^[dl]['’]/, ''))))) {
    let keep = 0;
    for (let i = words.length; i > 0 && !keep; i--) if (lookup(text.slice(words[0]!.t.start, words[i - 1]!.t.end))) keep = i;
    if (!keep) return undefined;
    words.length = keep;
    shouted = true;
  }
  const end = words[words.length - 1]!.t.end;
  const slice = (from: number, to: number) => text.slice(words[from]!.t.start, words[to]!.t.end);
  let lastHead = -1;
  for (let i = 0; i < words.length; i++) if (words[i]!.kind === 'head') lastHead = i;
  const within = [...possessed];
  const capsOnly = (from: number, to: number) => words.slice(from, to).every((w) => w.kind === 'cap' || w.kind === 'of');

  // "the Alaskan city of Anchorage", "the island of Sentosa", "the Soviet liner Maxim Gorky"
  if (lastHead >= 0 && lastHead < words.length - 1) {
    let from = lastHead + 1;
    while (from < words.length && words[from]!.kind === 'of') from++;
    if (from < words.length && capsOnly(from, words.length)) {
      const name = slice(from, words.length - 1);
      const head = words[lastHead]!.t.text.toLowerCase();
      const description = slice(0, lastHead);
      const adjective = words.slice(0, lastHead).filter((w) => w.kind === 'cap').map((w) => w.t.text).join(' ');
      // "the Alaskan city of Anchorage" is in Alaska; "the Soviet liner Maxim Gorky" only flies its flag
      const region = adjective && GEO_HEADS.has(head) ? demonymPlace(adjective) : undefined;
      if (region && placeKey(canonical(region)) !== placeKey(canonical(name))) within.push(region);
      return {
        start, end, place: name, within, kind: kindOfName(name, SITE_HEADS.has(head) ? head : undefined), grounded: true, head,
        ...(SITE_HEADS.has(head) ? { detail: description } : {}),
      };
    }
  }
  if (lastHead === words.length - 1) {
    const head = words[lastHead]!.t.text.toLowerCase();
    const caps = words.slice(0, lastHead).filter((w) => w.kind === 'cap');
    const capText = caps.map((w) => w.t.text).join(' ');
    const flag = VESSEL_HEADS.test(head);
    const adjectival = !flag && caps.length > 0 && caps.every((w) => !!demonymPlace(w.t.text) || !!capitalOf(w.t.text)) && !!(demonymPlace(capText) || capitalOf(capText));
    if (caps.length && !adjectival && !(flag && caps.every((w) => !!demonymPlace(w.t.text)))) {
      // "the Capella hotel", "Filoli estate", "Sentosa island": a named site, or a known place plus its kind
      const firstCap = words.findIndex((w) => w.kind === 'cap');
      const bare = slice(firstCap, words.lastIndexOf(caps[caps.length - 1]!));
      const full = slice(firstCap, lastHead);
      const known = lookup(full) ?? lookup(bare);
      const name = full;
      return { start, end, place: name, within, kind: known ? known.kind : kindOfName(full, head), grounded: true, head };
    }
    const description = slice(0, lastHead).replace(/^(?:the|a|an)\s+/i, '');
    // "the Finnish capital" is Helsinki; "the Alaskan city" is somewhere in Alaska
    const city = adjectival && head === 'capital' ? capitalOf(capText) : undefined;
    if (city) return { start, end, place: city, within, kind: 'city', grounded: true, head };
    // an adjective that only names a capital's country is no region of a building: "a Georgian
    // revival mansion" is a style, and the mansion stays a description
    const region = adjectival ? demonymPlace(capText) : undefined;
    if (region) {
      return {
        start, end, place: canonical(region), within, kind: lookup(region)?.kind ?? 'country', grounded: true, head,
        // "Egyptian soil", "Russian territory" is the country itself, no place inside it
        ...((SITE_HEADS.has(head) || GEO_HEADS.has(head)) && !LAND.test(head) ? { detail: description } : {}),
      };
    }
    // a bare description: the place comes from what follows ("the military base in Anchorage")
    return { start, end, detail: description, within, kind: 'site', grounded: false, head };
  }
  if (!capsOnly(0, words.length)) return undefined;
  // "Anchorage", "Joint Base Elmendorf-Richardson", "Höfði House", "the White House"
  const name = slice(0, words.length - 1);
  const known = lookup(name) ?? lookup(canonical(name));
  // "VIENNA" in a headline is written as the gazetteer writes it
  if (shouted && known) return { start, end, place: known.name, within, kind: known.kind, grounded: true };
  if (!known && words.length === 1 && (demonymPlace(name) || capitalOf(name))) return undefined;
  const lastWord = words[words.length - 1]!.t.text.toLowerCase();
  // "Palace of Independence", "House of Soviets": the kind of place is the word before "of";
  // "St Catherine's Hall of the Grand Kremlin Palace" is a hall inside a palace
  const ofAt = words.findIndex((w) => w.kind === 'of');
  const ofHead = !known && ofAt > 0 ? words[ofAt - 1]!.t.text.toLowerCase() : '';
  if (SITE_HEADS.has(ofHead) && ofAt >= 2) {
    let from = ofAt;
    while (from < words.length && words[from]!.kind === 'of') from++;
    const outer = from < words.length ? slice(from, words.length - 1) : '';
    const outerKnown = outer ? lookup(outer) : undefined;
    if (outer && (outerKnown || SITE_HEADS.has(lastWord))) {
      return { start, end, place: slice(0, ofAt - 1), within: [...within, outerKnown?.name ?? outer], kind: 'site', grounded: true };
    }
  }
  if (SITE_HEADS.has(ofHead) || GEO_HEADS.has(ofHead)) {
    return { start, end, place: name, within, kind: SITE_HEADS.has(ofHead) ? 'site' : kindOfName(name), grounded: true };
  }
  // "INTEX Osaka", "Capella Singapore": a venue's brand before the city it trades under is a
  // site there; "Lake Geneva" and "North Osaka" are geography, not a building
  const city = !known && words.length > 1 ? lookup(words[words.length - 1]!.t.text) : undefined;
  if (city && (city.kind === 'city' || city.kind === 'district') && !GEOGRAPHIC.test(words[0]!.t.text)) {
    return { start, end, place: name, within: [...within, city.name], kind: 'site', grounded: true };
  }
  return {
    start, end, place: name, within, kind: known ? known.kind : kindOfName(name),
    // (the kind may open the name: "Hotel Metropole", "Villa Madama")
    grounded: !!known || SITE_HEADS.has(lastWord) || GEO_HEADS.has(lastWord) || (words.length > 1 && SITE_HEADS.has(words[0]!.t.text.toLowerCase())),
  };
}

const DESCRIBED_AT = /^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?([\w-]+)\s+(?:in|at)\s+/;
const CONTINUE = /^(?:,?\s+(in|on|near|outside|off|at)\s+|,\s*)/y;

/**
 * A place phrase with what the text says holds it: "X in Y", "X on Y", "X, Z", up to three
 * levels ("at the Capella hotel on Sentosa island, Singapore").
 */
export function placePhrase(text: string, at: number): PlacePhrase | undefined {
  const head = nominal(text, at);
  if (!head) return undefined;
  let cur = head;
  for (let depth = 0; depth < 3; depth++) {
    // (a month may come before the year: "in Wuhan in April 2018", "in Johannesburg in Dec. 2013")
    const year = text.slice(cur.end, cur.end + 30).match(/^\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b/);
    if (year) {
      cur.year = Number(year[1]);
      break;
    }
    // "the Taj Fisherman's Cove, a beach resort at Kovalam": the apposition says where the name is
    const described = cur.place && !lookup(cur.place) ? DESCRIBED_AT.exec(text.slice(cur.end, cur.end + 80)) : null;
    if (described && (SITE_HEADS.has(described[1]!.toLowerCase()) || GEO_HEADS.has(described[1]!.toLowerCase()))) {
      const holder = nominal(text, cur.end + described[0].length);
      if (holder?.place && (holder.grounded || lookup(holder.place) || isCap(holder.place))) {
        cur = { ...cur, end: holder.end, grounded: true, within: [...cur.within, holder.place, ...holder.within] };
        continue;
      }
    }
    CONTINUE.lastIndex = 0;
    const m = CONTINUE.exec(text.slice(cur.end, cur.end + 12));
    if (!m) break;
    const prep = m[1];
    const next = nominal(text, cur.end + m[0].length);
    // "a Soviet liner in a harbour off Malta": a place described on the way to one named
    if (next && !next.place && prep && cur.detail !== undefined && !cur.grounded) {
      cur = { ...cur, end: next.end };
      continue;
    }
    if (!next || !next.place) break;
    // "on" also takes a date a briefing abbreviates ("the Kremlin on Tue 21 March"): only a
    // place known or shaped like one (an island, a ship) continues the phrase after it
    if (prep?.toLowerCase() === 'on' && !next.grounded && !lookup(next.place)) break;
    if (!prep && (cur.detail !== undefined || !cur.place) && SITE_HEADS.has(cur.head ?? '') && next.kind === 'site' && (next.grounded || lookup(next.place))) {
      // "the U.S. military base, Joint Base Elmendorf-Richardson": the name of what was described
      cur = { ...next, within: [...next.within, ...cur.within] };
      continue;
    }
    if (!prep) {
      // after a comma only a known place continues the phrase: "Anchorage, Alaska" but
      // not "in Anchorage, Putin said"
      const known = lookup(next.place);
      if (!known) break;
      const finer = containers(next.place).some((c) => placeKey(c.name) === placeKey(cur.place ?? ''));
      if (cur.place && placeKey(next.place) === placeKey(cur.place)) {
        cur = { ...cur, end: next.end };
        continue;
      }
      if (finer && GEO_HEADS.has(cur.head ?? '')) {
        // "the Alaskan city, Anchorage": the apposition names the place described
        cur = { ...cur, end: next.end, place: next.place, kind: next.kind, detail: undefined, within: [...cur.within.filter((w) => placeKey(w) !== placeKey(next.place!)), cur.place!] };
        continue;
      }
      // (an unknown name the text puts "the" before is a building, not a town: "the Kantei, Tokyo")
      const building = !lookup(cur.place ?? '') && /^the\s/i.test(text.slice(cur.start, cur.start + 4));
      if (!cur.place || RANK[known.kind] >= RANK[cur.kind] && cur.kind !== 'site' && !building) break;
    } else if (prep.toLowerCase() === 'at' && cur.kind !== 'site' && cur.place) {
      break;
    }
    if (!cur.place) {
      cur = { ...cur, end: next.end, place: next.place, kind: next.kind, grounded: next.grounded || !!lookup(next.place), within: [...cur.within, ...next.within] };
    } else {
      cur = { ...cur, end: next.end, grounded: true, within: [...cur.within, next.place, ...next.within] };
    }
  }
  return cur;
}

// ---------------------------------------------------------------------------------------
// Comparing places.

interface Chain {
  keys: Set<string>;
  /** the known container at each level: country, region, city */
  levels: Partial<Record<PlaceKind, string>>;
  known: boolean;
}

function chainOf(v: PlaceValue): Chain {
  const keys = new Set<string>();
  const levels: Partial<Record<PlaceKind, string>> = {};
  let known = false;
  const note = (name: string, self: boolean) => {
    const p = lookup(canonical(name));
    if (!self) keys.add(placeKey(canonical(name)));
    const inner = p ? undefined : knownInside(name);
    if (inner) {
      // "the Grand Kremlin Palace" is in the Kremlin
      known = true;
      for (const c of [inner, ...containers(inner.name)]) {
        keys.add(placeKey(c.name));
        if (c.kind !== 'site' && !(c.kind in levels)) levels[c.kind] = placeKey(c.name);
      }
    }
    if (p) {
      known = true;
      if (!self) keys.add(placeKey(p.name));
      if (p.kind !== 'site' && !(p.kind in levels)) levels[p.kind] = placeKey(p.name);
      for (const c of [p, ...containers(p.name)]) {
        if (c !== p) keys.add(placeKey(c.name));
        if (c !== p && !(c.kind in levels)) levels[c.kind] = placeKey(c.name);
        // a key only, not a level: "Soviet Union" holds Moscow without making it apart from Russia
        const former = c.kind === 'country' ? formerlyWithin(c.name) : undefined;
        if (former) keys.add(placeKey(former));
      }
    }
  };
  note(v.place, true);
  for (const w of v.within) note(w, false);
  if (v.within.length) known = true;
  return { keys, levels, known };
}

/**
 * A known site or city that an unknown building's name is built on: "Grand Kremlin Palace",
 * "Geneva InterContinental Hotel". Only a building's name (its last word a kind of site) and
 * only a place smaller than a region, so that "Russia House" is not put in Russia.
 */
function knownInside(name: string): ReturnType<typeof lookup> {
  // (as written, then as compared: "Kazan Expo centre" ends on its kind, its canonical form does not)
  return builtOn(name) ?? builtOn(canonical(name));
}

function builtOn(name: string): ReturnType<typeof lookup> {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 8 || !SITE_HEADS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const p = lookup(words.slice(i, i + len).join(' '));
      if (p && (p.kind === 'site' || p.kind === 'city' || p.kind === 'district')) return p;
    }
  }
  return undefined;
}

/** The words that tell a building from others of its kind: "kumsusan" of "the Kumsusan State Guest House". */
function ownWords(name: string): Set<string> {
  const words = placeKey(name).replace(/\bguest house\b/g, 'guesthouse').split(' ');
  return new Set(words.filter((w) => w && !SITE_HEADS.has(w) && !PLACE_FILLER.has(w)));
}
const PLACE_FILLER = new Set(['the', 'of', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'at', 'state', 'official', 'presidential', 'royal', 'national', 'grand']);

// a part of the world, wider than any country the gazetteer knows
const AREA =
  /^(?:the\s+)?(?:(?:North|South|East|West|Central|Southeast|South-East|Northeast|North-East|Northern|Southern|Eastern|Western|Latin|Sub-Saharan)\s+)?(?:Asia|Europe|Africa|America|Americas|Pacific|Atlantic|Arctic|Caucasus|Balkans|Baltics?|Gulf|Middle\s+East|Near\s+East|Far\s+East|Scandinavia|Mediterranean|Caribbean|Indo-Pacific|Eurasia)$/i;
// a square is a site in a city, not a district of it
const OPEN_SITES = new Set(['square', 'plaza', 'piazza', 'esplanade', 'promenade', 'quay']);
const ROOM_HEADS = new Set(['room', 'parlor', 'parlour', 'salon', 'chamber', 'suite', 'ballroom', 'lounge', 'office', 'study', 'library']);

function rankOf(v: PlaceValue): number {
  const p = lookup(canonical(v.place));
  if (!p && AREA.test(v.place)) return RANK.country - 1;
  // a part of a known place is within it but wider than anything a level below: "Southern California"
  const whole = p || AREA.test(v.place) ? undefined : lookup(PART_OF.exec(v.place)?.[1] ?? '');
  if (whole) return RANK[whole.kind] + 0.5;
  const head = v.place.split(/\s+/).pop()!.toLowerCase();
  // a town the gazetteer does not know but the text places ("Glassboro, N.J.") is a level below
  // its innermost known container
  const inner = p ? undefined : v.within.map((w) => lookup(w)).find((c) => c && c.kind !== 'site');
  const placed = inner && !SITE_HEADS.has(head) && !ROOM_HEADS.has(head) ? Math.min(RANK.site, RANK[inner.kind] + 1) : undefined;
  // a room is inside a building: "the Faculty Parlor" of a mansion
  const base = p ? RANK[p.kind] : placed !== undefined ? placed : ROOM_HEADS.has(head) ? RANK.site + 0.25 : SITE_HEADS.has(head) || OPEN_SITES.has(head) ? RANK.site : 2.5;
  return v.detail ? base + 0.5 : base;
}

const sameKey = (a: string, b: string) => placeKey(canonical(a)) === placeKey(canonical(b));

export function relatePlaces(a: PlaceValue, b: PlaceValue): Relation {
  if (sameKey(a.place, b.place)) {
    if (!a.detail === !b.detail) return 'same';
    return a.detail ? 'narrower' : 'wider';
  }
  const ca = chainOf(a);
  const cb = chainOf(b);
  // "the presidential palace in Helsinki" and "the Presidential Palace": one place
  if (a.detail && sameKey(a.detail, b.place) && cb.keys.has(placeKey(canonical(a.place)))) return 'same';
  if (b.detail && sameKey(b.detail, a.place) && ca.keys.has(placeKey(canonical(b.place)))) return 'same';
  if (ca.keys.has(placeKey(canonical(b.place)))) return 'narrower';
  if (cb.keys.has(placeKey(canonical(a.place)))) return 'wider';
  // provably apart: both placed, and they differ at a level both know
  const la = { ...ca.levels };
  const lb = { ...cb.levels };
  const pa = lookup(canonical(a.place));
  const pb = lookup(canonical(b.place));
  if (pa && pa.kind !== 'site') la[pa.kind] = placeKey(pa.name);
  if (pb && pb.kind !== 'site') lb[pb.kind] = placeKey(pb.name);
  for (const level of ['country', 'region', 'city', 'district'] as const) {
    if (la[level] && lb[level] && la[level] !== lb[level]) return 'conflict';
  }
  // both known to the gazetteer: it knows every containment between them, so none is a conflict
  if (pa && pb) return 'conflict';
  // two spellings of one building: "the Kumsusan guesthouse" and "Kumsusan State Guest House",
  // "Holly Bush" and "Hollybush"
  if (!pa && !pb) {
    const na = ownWords(a.place);
    const nb = ownWords(b.place);
    if (na.size && nb.size) {
      if ([...na].join('') === [...nb].join('') || [...na].sort().join('') === [...nb].sort().join('')) return 'same';
      if ([...nb].every((w) => na.has(w))) return 'narrower';
      if ([...na].every((w) => nb.has(w))) return 'wider';
    }
  }
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra === rb) return 'conflict';
  // one of them is not placed in the world: nothing says they are apart, so the more specific
  // kind of place is taken to be inside the other
  return ra > rb ? 'narrower' : 'wider';
}

/**
 * Places compared with what the row's sources say of them together: a town the gazetteer does
 * not know, placed by one source ("Glassboro, N.J."), is placed for a source that names it alone.
 */
export function placesAmong(values: PlaceValue[]): (a: PlaceValue, b: PlaceValue) => Relation {
  const placed = new Map<string, string[]>();
  // a building is known by its own words whatever its kind is called: "Bocharov Ruchey" and
  // "the Bocharov Ruchey presidential residence"
  const keysOf = (name: string) => {
    const own = [...ownWords(name)].sort().join(' ');
    return lookup(canonical(name)) || !own ? [placeKey(canonical(name))] : [placeKey(canonical(name)), `=${own}`];
  };
  const note = (name: string, within: string[]) => {
    for (const k of keysOf(name)) if (within.length > (placed.get(k)?.length ?? 0)) placed.set(k, within);
  };
  for (const v of values) {
    note(v.place, v.within);
    v.within.forEach((w, i) => note(w, v.within.slice(i + 1)));
  }
  const fill = (v: PlaceValue): PlaceValue => {
    if (v.within.length) return v;
    for (const k of keysOf(v.place)) {
      const within = placed.get(k);
      if (within?.length) return { ...v, within };
    }
    return v;
  };
  return (a, b) => relatePlaces(fill(a), fill(b));
}

function displayPlace(v: PlaceValue): string {
  const outer = v.within.filter((w) => placeKey(w) !== placeKey(v.place)).slice(0, 2);
  const core = v.detail ? `${v.detail} in ${v.place}` : v.place;
  return outer.length ? `${core} (${outer.join(', ')})` : core;
}

const placeIdentity = (v: PlaceValue) => `${placeKey(canonical(v.place))}|${v.detail ? placeKey(v.detail) : ''}`;

// ---------------------------------------------------------------------------------------
// Shared clause and voice helpers.

/** The clause around an offset: sentence text cut at semicolons, dashes and parentheses. */
// ; — – ( ) end a clause, and so does a spaced hyphen
const CLAUSE_MARKS = new Set([59, 0x2014, 0x2013, 40, 41]);
// and so does a typed dash ("WASHINGTON -- The talks …")
const isClauseMark = (t: string, i: number) => CLAUSE_MARKS.has(t.charCodeAt(i)) || (t.charCodeAt(i) === 45 && t.charCodeAt(i - 1) === 32 && t.charCodeAt(i + 1) === 32) ||
  (t.charCodeAt(i) === 45 && t.charCodeAt(i + 1) === 45 && t.charCodeAt(i - 1) === 32);

function clauseBounds(s: Sentence, rel: number): [number, number] {
  const t = s.text;
  let from = 0;
  let to = t.length;
  for (let i = rel - 1; i >= 0; i--) {
    if (t.charCodeAt(i) === 41) {
      const open = gloss(t, i, -1);
      if (open >= 0) {
        i = open;
        continue;
      }
    }
    if (isClauseMark(t, i)) {
      from = i + 1;
      break;
    }
  }
  for (let i = rel; i < t.length; i++) {
    if (t.charCodeAt(i) === 40) {
      const close = gloss(t, i, 1);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (isClauseMark(t, i)) {
      to = i;
      break;
    }
  }
  return [from, to];
}

/**
 * A short parenthesis of one word glosses what it follows ("the Group of 20 (G20)", "(AP)")
 * and does not end the clause: the offset of its other bracket, or -1.
 */
function gloss(t: string, at: number, dir: 1 | -1): number {
  const other = dir === 1 ? 41 : 40;
  for (let k = 1; k <= 12; k++) {
    const c = t.charCodeAt(at + dir * k);
    if (c === other) return at + dir * k;
    if (Number.isNaN(c) || c === 32 || c === 40 || c === 41 || c === 10) return -1;
  }
  return -1;
}

/** Whether an offset of the sentence lies inside a quotation. */
function insideQuote(text: string, rel: number): boolean {
  let open = false;
  for (let i = 0; i < rel; i++) {
    const c = text[i]!;
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

// a capitalised name of up to four words, starting at a word's start (so that a search does
// not retry from inside every word)
const NAME = `(?<![\\w'’.-])(?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3}`;
const SPEAKER = `(${NAME}|\\b[Hh]e|\\b[Ss]he)`;
const SAID = '(?:said|says|added|told(?:\\s+\\w+){1,4}?|declared|remarked|quipped|joked|replied|noted|wrote|posted|suggested|proposed|offered)';
const SPEAKER_AFTER = new RegExp(`^[^“”"]*[”"]\\s*(?:,\\s*)?(?:${SPEAKER}\\s+${SAID}\\b|${SAID}\\s+${SPEAKER})`);
const SPEAKER_BEFORE = new RegExp(`${SPEAKER}\\s+(?:also\\s+)?${SAID}\\s*(?:[,:]\\s*)?[“"][^“”"]*$`);

/** Who says a quotation that holds the offset, from the attribution right after or before it. */
function quoteSpeaker(doc: Doc, s: Sentence, rel: number): string | undefined {
  const after = s.text.slice(rel, rel + 400).match(SPEAKER_AFTER);
  if (after) {
    const who = (after[1] ?? after[2])!;
    return nameOf(doc, who, s.start + rel);
  }
  const before = s.text.slice(Math.max(0, rel - 300), rel).match(SPEAKER_BEFORE);
  if (before) return nameOf(doc, before[1]!, s.start + rel);
  // a quotation carried over from the sentence before: the one who spoke there
  return doc.people.lastBefore(s.start + rel)?.name;
}

// ---------------------------------------------------------------------------------------
// The venue.

// ("abductees held in the North" are captives, no meeting)
const VENUE_CUE_STRONG =
  /\b(?:met|meet|meets|meeting|meetings|summit|summits|summitry|talks|talked|talking|negotiations|negotiated|(?<!\b(?:years|months|decades)\s+of\s+(?:[\w-]+\s+){0,2})(?:bargaining|haggling|deliberations)|session|sessions|sat\s+(?:across|together|opposite|face)|sit-down|tête-à-tête|tete-a-tete|one-on-one|one-to-one|encounter|(?<!\b(?:prisoners|abductees|hostages|detainees|captives|POWs|citizens|nationals)\s+(?:(?:still|being|were|are|was|is|now)\s+){0,2})held|hosted|hosting|hosts|host|convened|gathered|venue|took\s+place|take\s+place|taking\s+place|takes\s+place|sat\s+down|conferred|huddled|G\d+|G-\d+|APEC|ASEAN|sidelines|holds\s+talks|hold\s+talks|holding\s+talks|(?:had|have|has|having|held|hold|holds|holding)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?talk|(?:sits|sit|sitting)\s+down|convene|convenes|convening|confer|confers|conferring|huddle|huddles|huddling)\b/gi;
const VENUE_CUE_MEDIUM =
  /\b(?:(?:working|state|private|official|steak|summit)\s+(?:dinner|lunch|luncheon|breakfast)|(?:dinner|lunch|luncheon)\s+(?:talks|meeting)|spent\s+(?:[\w-]+\s+){0,3}(?:day|days|hours|afternoon|morning|evening|night|nights|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|press\s+conference|news\s+conference|joint\s+appearance|press\s+appearance|(?:faced|addressed|briefed)\s+(?:the\s+)?(?:media|press|reporters|journalists)|arrived|arriving|arrives|arrival|landed|landing|lands|(?:(?:was|were|being|been)\s+(?:driven|escorted)|ushered)|greet|greets|greeted|greeting|welcomed|welcomes|received|receives|receiving|(?:shook|shake|shakes|shaking)\s+hands|handshake|(?:spoke|speaks|speak|speaking|chatted|chats|chatting|conversed|conversing)\s+(?:(?:privately|briefly|alone|again|at\s+length)\s+)?with|(?:two|both|pair|they)\s+(?:(?:men|leaders|presidents|sides)\s+)?(?:(?:then|also|later|first)\s+)?(?:spoke|speak|chatted|chat|conversed)|(?:sat|sits|seated|sitting)\s+(?:beside|next\s+to|alongside|across\s+from)|red\s+carpet|motorcade|together|lectern|podium|rostrum|signed|signing|(?:and\s+[\w'’-]+|they|leaders|presidents|men|two|both)\s+sign\s+(?:the|a|an|their)|put\s+their\s+(?:names|signatures)\s+to|sealed|initialled|initialed|conversation|conversations|discussion|discussions|clash|confrontation|showdown|shouting\s+match|spat|altercation|(?:came|come|comes)\s+up|(?:was|were)\s+(?:raised|discussed)|unfolded|played\s+out|what\s+(?:happened|transpired|went\s+on)|convoy|cortege)\b/gi;
const VENUE_TRIGGER =
  /\b(?:spent|dinner|lunch|luncheon|breakfast|talk|sessions?|met|meet|meets|meeting|summit|talks|talked|talking|negotiated|one-on-one|one-to-one|see|visit|sat|lectern|podium|rostrum|gathered|welcomed|welcoming|negotiations|sit-down|encounter|held|host|hosted|hosting|convened|venue|place|sat\s+down|conferred|huddled|G-?\d+|APEC|ASEAN|sidelines|conference|appearance|media|press|reporters|arrived|arriving|arrives|arrival|landed|landing|lands|driven|ushered|escorted|greet|greets|greeted|greeting|welcomed|welcomes|received|receives|receiving|hands|holds|holding|sits|sit|sitting|seated|convene|convenes|convening|confer|confers|conferring|huddle|huddles|huddling|spoke|speak|speaks|speaking|chatted|chats|chatting|conversed|conversing|handshake|carpet|steps|doorstep|motorcade|together|tête-à-tête|tete-a-tete|signed|signing|sign\s+(?:the|a|an|their)|put\s+their\s+(?:names|signatures)\s+to|sealed|initialled|initialed|began|opened|started|ended|concluded|completed|closed|resumed|continued|proceeded|wrapped|first|conversations?|discussions?|clash|confrontation|showdown|match|spat|altercation|came|come|comes|raised|discussed|unfolded|played|happened|transpired|went|convoy|cortege)\b/i;
// "down the steps of the villa", "at the doors of the palace": the building is where they are
// … and "for" names where a motorcade is bound: "the motorcade left the hotel for the Kremlin"
const PREP = /\b(in|into|at|aboard|inside|on|near|outside|to|(?:steps|doorstep|doors|entrance|gates|grounds|porch|forecourt|courtyard)\s+of|(?<=\b(?:leaves?|left|leaving|heads?|headed|heading|departs?|departed|departing|off|bound)\s+(?:[\w'’.-]+\s+){0,3})for)\s+/gi;
// "to" places a meeting only after a welcome or before its purpose: "welcomed Biden to the
// Great Hall of the People", "flew to Anchorage for the summit"
// "in Anchorage for the summit": the place's purpose, unless it is a next one ("for a second summit")
// … also past an aside on the place and a measure of the talks: "to the liner, tied up at the
// pier, for the opening session", "to the palace for nearly two hours of talks"
const PURPOSE = /^(?:\s*,[^,;()]{1,60},)?\s*(?:on\s+\w+\s+|this\s+week\s+|today\s+)?for\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}(?:summit|talks|meeting|negotiations|sit-down|session|sessions|consultations)\b/i;
// … or to see one of the leaders: "flew to Sochi to see Vladimir Putin", "travelled to Beijing
// to meet Xi" (not "then on to Buenos Aires to see President Macri", someone else)
const TO_SEE = /^(?:\s*,[^,;()]{1,60},)?\s*(?:on\s+\w+\s+|this\s+week\s+|today\s+)?to\s+(?:see|meet|visit|hold\s+talks\s+with|talk\s+with|confer\s+with)\s+(?:(?:President|Prime\s+Minister|Premier|Chancellor|Mr\.?|Mrs\.?|Ms\.?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
function toSeeLead(doc: Doc, after: string): RegExpExecArray | null {
  const m = TO_SEE.exec(after);
  if (!m) return null;
  const who = doc.people.resolve(m[1]!)?.name;
  return who && leads(doc).has(who) ? m : null;
}
const NEXT_WORD = /\b(?:next|second|third|another|follow-up|follow-on|future|new|return|reciprocal|further|full)\b/i;
const WELCOMED_TO = /\bwelcom(?:ed|es|ing|e)\s+(?:[\w.'’-]+\s+){0,4}$/i;
// a second clause between the cue and the place: "the summit comes as forces advance in …"
// ("before" an audience or a backdrop is where, not when: "shook hands before a wall of cameras")
const SUBORDINATE = /\b(?:as|while|because|when|amid|despite|although|though|whereas|but|after|before(?!\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:cameras|photographers|reporters|journalists|press|media|flags?|crowds?|audiences?|backdrop|onlookers|guards?|dignitaries|officials|delegations|assembled|lenses)\b)|until|since|if|unless)\s+\S/i;
// what a preposition right after a topic noun belongs to: "the war in Ukraine"
const TOPIC_BEFORE =
  /\b(?:war|wars|peace|conflict|fighting|crisis|situation|security|stability|troops|forces|soldiers|invasion|occupation|presence|interests|interference|election|elections|operations|offensive|people|civilians|citizens|allies|partners|refugees|settlement|ceasefire|truce|hostilities|aggression|violence|tensions|influence|deal|agreement|investment|investments|business|trade|economy|sanctions|rights|role|ties|relations|policy|assets|territory|territories|cities|positions|gains|advances|front|frontline|battlefield|lines|stake|interest|power|democracy|government|regime|things|events|developments|everything|nothing|anything|somewhere|ambassador|embassy|envoy|counterpart|colleagues|residents|population|progress|ground|fact|man|woman|(?<!\b(?:two|both|three|four)\s+)(?:men|women)|occupant|occupants|tenant|tenants|incumbent|ruler|rulers|strongman|officials|diplomats|correspondent|correspondents|bureau|protesters|demonstrators|crowds?|voters|hardliners|counterparts|friends|critics|supporters|opponents)\s+$/i;
const GUEST_MET = /\b(?:met|meets|meeting|hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes|welcoming|greeted|greets|held\s+talks\s+with|holds\s+talks\s+with|talked\s+with|sat\s+down\s+with)\s+(?:(?:his|her|their|the|a|its)\s+)?(?:[\w-]+\s+){0,2}(?:counterpart|counterparts|colleague|colleagues|partners?|friends?)\s+$/i;
const HISTORY =
  /\b(?:since|previous|previously|last\s+(?:met|time|summit|meeting|year|month)|prior|earlier\s+(?:summit|meeting|talks|encounter)|former|unlike|recall(?:s|ed|ing)?|years?\s+ago|decades?\s+ago|(?:days?|weeks?|months?|years?|decades?)\s+earlier|back\s+in|predecessors?|anniversary|had\s+met|had\s+held|had\s+visited|first\s+met)\b/i;
// after the place, up to the next comma: "who met Trump in Helsinki seven years ago,"
const HISTORY_AFTER = /^,?[^,;]{0,40}?\b(?:ago|previously|earlier|back\s+then|at\s+the\s+time|the\s+(?:day|night|evening|week|month|year)\s+before|(?:last|the\s+previous)\s+(?:year|week|month|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter))\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
// a line that is only a byline or a date, with the parts a byline is made of
const BYLINE = /^\s*(?:(?:by|from)\s+[^|•·\n]{1,60}[|•·—–-]\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2},?)?\s+(?:19|20)\d\d\s*$/i;
const DATED_YEAR = new RegExp(
  `\\b(?:${MONTHS})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+((?:19|20)\\d\\d)\\b` +
    `|\\b\\d{1,2}\\s+(?:${MONTHS})\\s+((?:19|20)\\d\\d)\\b`,
  'g',
);
// a date with its year, the month spelt out or cut short: "Dec. 8, 1987", "23 October 2024"
const OPENING_YEAR = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d\d)\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d\d)\b/;
const eventYearCache = new WeakMap<Doc, Set<number>>();
// the event's year as the report dates itself (its header) or dates more than one thing in
const firmYearCache = new WeakMap<Doc, Set<number>>();

/**
 * The years the report dates its own event in ("on June 12, 2018", "in October 1986"). Any
 * other year a place comes with ("in Helsinki in 2018", "the 2021 Geneva summit") is history.
 */
/** The report's first three lines that hold anything: its headline, byline, date or dateline. */
const headerLines = (doc: Doc) => doc.clean.slice(0, 400).split('\n').filter((l) => l.trim()).slice(0, 3);

function eventYears(doc: Doc): Set<number> {
  let years = eventYearCache.get(doc);
  if (!years) {
    // a report dated in its first line ("The Kazan Brief — Wednesday, 23 October 2024") is of
    // that year, however often its background returns to an older one
    // (not a headline's history: "first talks since October 2019")
    // … or in its header's byline ("By the Americas desk | April 18, 2015")
    const header = headerLines(doc);
    const opening = header.map((l) => l.match(OPENING_YEAR)).find((o, i) => o && (i === 0 || BYLINE.test(o.input!)));
    if (opening && !/\b(?:since|after|before|until|from|in|of|by)\s+$/i.test(opening.input!.slice(0, opening.index))) {
      years = new Set([Number(opening[1] ?? opening[2])]);
      eventYearCache.set(doc, years);
      firmYearCache.set(doc, years);
      return years;
    }
    const count = new Map<number, number>();
    // sentence by sentence: the search never meets more than a sentence
    for (const s of doc.sentences) {
      for (const m of s.text.matchAll(DATED_YEAR)) {
        const y = Number(m[1] ?? m[2]);
        count.set(y, (count.get(y) ?? 0) + 1);
      }
    }
    const top = Math.max(0, ...count.values());
    years = new Set([...count].filter(([, n]) => n === top).map(([y]) => y));
    eventYearCache.set(doc, years);
    // a year dated once is as likely the background's ("the first summit, in Wuhan in April 2018")
    firmYearCache.set(doc, top > 1 ? years : new Set());
  }
  return years;
}

/** The years the report firmly dates its event in: see eventYears. */
function firmYears(doc: Doc): Set<number> {
  eventYears(doc);
  return firmYearCache.get(doc)!;
}

// "the 'two-plus-two' talks in Moscow in mid-March", in a report dated 7 April: a place dated in
// a month other than the report's own is another occasion's (a report filed in the first days
// of a month may still tell of the last days of the one before). The report's own day is the one
// its header or dateline gives ("Analysis | Monday 7 April 2008", "PRAGUE, April 8 (Agency)").
const IN_MONTH = new RegExp(`^[^,;]{0,30}?\\bin\\s+(?:(?:early|late|mid)-?\\s*|the\\s+(?:middle|end|start|beginning)\\s+of\\s+)?(${MONTHS})\\b(?!\\s*\\d)`);
// … and so is one dated to a day of another month: "at the Kremlin on April 12", "in Warsaw on
// 6 July", or to a day after the report's own ("ministers gather in Tokyo on April 14th" in a
// report of April 10); an earlier day of the same month is not compared: a weekly dates itself
// days after the event
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
// (past the place's region and a comma: "at Ismailia, Egypt, on Dec. 25")
const ON_DAY = new RegExp(
  `^(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}(?=,))?(?:,\\s*)?[^,;]{0,50}?\\bon\\s+(?:(?:${WEEKDAYS}),?\\s+)?(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS}|${SHORT_MONTHS})\\b|(${MONTHS}|${SHORT_MONTHS})\\.?\\s+(\\d{1,2})(?!\\d))`,
  'u',
);
// ("WASHINGTON, Sept. 17 --": a dateline may shorten its month)
const HEADER_DAY = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS})\\b|\\b(${MONTHS}|${SHORT_MONTHS})\\.?\\s+(\\d{1,2})\\b`);
const ownDays = new WeakMap<Doc, { month: number; day: number } | null>();
function ownDay(doc: Doc): { month: number; day: number } | undefined {
  let d = ownDays.get(doc);
  if (d === undefined) {
    const m = HEADER_DAY.exec(headerLines(doc).join('\n'));
    d = m ? { month: monthNumber((m[2] ?? m[3])!), day: Number(m[1] ?? m[4]) } : null;
    ownDays.set(doc, d);
  }
  return d ?? undefined;
}
/** The month (and day, if given) the text after a place dates it to, with the report's own day. */
function datedAfter(doc: Doc, after: string): { month: number; day?: number; own: { month: number; day: number } } | undefined {
  const m = IN_MONTH.exec(after);
  const d = m ? undefined : ON_DAY.exec(after);
  const own = m || d ? ownDay(doc) : undefined;
  if (!(m || d) || !own) return undefined;
  return { month: monthNumber((m ? m[1] : d![2] ?? d![3])!), day: d ? Number(d[1] ?? d[4]) : undefined, own };
}
/** Whether the text after a place dates it before the report's own day: past, not a next meeting. */
function datedBefore(doc: Doc, after: string): boolean {
  const at = datedAfter(doc, after);
  if (!at) return false;
  const back = (at.own.month - at.month + 12) % 12;
  if (back === 0) return at.day !== undefined && at.day < at.own.day;
  return back <= 6;
}
function anotherMonth(doc: Doc, after: string): boolean {
  const at = datedAfter(doc, after);
  if (!at) return false;
  const { month, day, own } = at;
  if (day !== undefined && month === own.month && day > own.day) return true;
  return month !== own.month && !(own.day <= 3 && month === ((own.month + 10) % 12) + 1);
}

/** Whether a stretch of text puts what it says in the past: "since", "last met", another year, another weekday. */
function past(doc: Doc, text: string): boolean {
  if (HISTORY.test(text)) return true;
  const years = eventYears(doc);
  for (const m of text.matchAll(YEAR)) if (!years.has(Number(m[0]))) return true;
  return otherWeekday(doc, text);
}

const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS})\\b`, 'g');
const meetingWeekdays = new WeakMap<Doc, Set<string>>();
/**
 * "On Friday, Trump and Putin met at a US air base in Anchorage" in a report of a meeting the
 * report dates to a Monday: that weekday is another occasion.
 */
function otherWeekday(doc: Doc, text: string): boolean {
  const named = text.match(WEEKDAY);
  if (!named) return false;
  let own = meetingWeekdays.get(doc);
  if (!own) {
    own = new Set(meetingDays(doc).map((iso) => WEEKDAY_NAMES[new Date(`${iso}T00:00:00Z`).getUTCDay()]!));
    meetingWeekdays.set(doc, own);
  }
  return own.size > 0 && named.some((w) => !own.has(w));
}
/**
 * The same for a next meeting, whose clause may well carry a later year ("will visit Canada in
 * 1977 and Mexico in 1976"): only a year before the summit's own puts it in the past.
 */
function pastForNext(doc: Doc, text: string): boolean {
  if (HISTORY.test(text)) return true;
  const years = eventYears(doc);
  if (!years.size) return false;
  const latest = Math.max(...years);
  for (const m of text.matchAll(YEAR)) if (Number(m[0]) < latest) return true;
  return false;
}
const NEXT_BEFORE = /\b(?:next|another|follow-up|follow-on|future|upcoming|return|reciprocal|further|new)\s+(?:[\w-]+\s+)?$/i;
// a next meeting spoken of anywhere before the cue in the clause: "the next round of talks
// between Russia and Ukraine would take place in Istanbul"
const NEXT_CONTEXT =
  /\b(?:next|another|follow-up|follow-on|future|upcoming|return|reciprocal|further|new|full(?:-scale)?)\s+(?:[\w'’-]+\s+){0,2}(?:summit|meeting|round|talks|session|encounter|visit|time)\b|\bmeet(?:ing)?\s+again\b|\b(?:to|will|would|shall)\s+(?:continue|resume|pick\s+up|carry\s+on|reconvene)\b|\bnext\s+(?:(?:expected|due|set|scheduled|slated|likely|going)\s+to\s+)?(?:meet|see\s+each\s+other|sit\s+down|get\s+together)\b|\b(?:meet|see\s+each\s+other)\s+next\b(?!\s+(?:week|month|year|day|morning|afternoon|evening|spring|summer|autumn|fall|winter|time))/i;
// "second" and "third" are a next meeting only when the clause looks ahead ("a second summit
// could be held"), not in "their second summit, in Hanoi"
const ORDINAL_CONTEXT = /\b(?:second|third|fourth)\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|round|talks|session|encounter)\b/i;
const LOOKS_AHEAD = /\b(?:will|would|could|might|may|shall|propos\w*|suggest\w*|hope[sd]?|hoping|plans?|planned|planning|invit\w*|offer\w*|to\s+be\s+held|set\s+to|set\s+for|scheduled|slated|arranged|expected|likely|possible|possibly|agreed\s+to)\b/i;
const SPECULATIVE = /\b(?:could|might|may|would|possibly|perhaps|maybe)\s+(?:\w+\s+){0,2}$/i;
const FRONT_CLAUSE = /^\s*(?:Before|After|While|When|Once|Having|Following|Ahead\s+of|Though|Although|Despite)\b[^,;]{0,120},/;
const DATED_AHEAD = new RegExp(
  `^,?\\s*(?:(?:early|late|later|sometime)\\s+)?(?:next\\s+(?:week|month|year|spring|summer|autumn|fall|winter|${MONTHS}|\\w+day)|later\\s+this\\s+(?:week|month|year)|in\\s+the\\s+coming\\s+(?:days|weeks|months))\\b`,
  'i',
);
const NOT_HERE =
  /\b(?:not|never|missed|skipped|skipping|sat\s+out|stayed\s+away\s+from|instead\s+of|rather\s+than|no\s+longer|on\s+the\s+way\s+to|stepping\s+stone|prepar\w*\s+for|precursor|propos\w*|suggest\w*|invit\w*|offer\w*|again|could\s+be\s+held|would\s+be\s+held|might\s+be\s+held|moved\s+from|relocated\s+from|originally|initially|cancel\w*|scrap|scrapped|called\s+off|postponed|axed|abandoned)\b/i;
const EXPECT = /\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:set|expected|scheduled|due|slated|planned|poised)\s+to|(?:is|are)\s+(?:due|expected|scheduled|slated)\b|to\s+be\s+held|upcoming|planned|scheduled|expected\s+to)\b/i;

interface Candidate {
  phrase: PlacePhrase;
  weight: number;
  sentence: Sentence;
  modality: Modality;
}

const PART_OF = /^(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|upper|lower|inner|outer)\s+(\S.*)$/i;
function placeValue(p: PlacePhrase): PlaceValue | undefined {
  if (!p.place) return undefined;
  const within: string[] = [];
  const self = placeKey(canonical(p.place));
  const add = (n: string) => {
    const c = placeKey(canonical(n));
    if (c !== self && !within.some((w) => placeKey(canonical(w)) === c)) within.push(n);
  };
  for (const w of p.within) add(w);
  // the gazetteer fills in what the text leaves out, down to the first region: "Anchorage,
  // Alaska" is how places are written; the country after a state is implied
  const chain = containers(canonical(p.place));
  // a building named on a known place is in it: "the Kazan Expo centre" in Kazan
  const inner = lookup(canonical(p.place)) ? undefined : knownInside(p.place);
  if (inner) chain.push(inner, ...containers(inner.name));
  for (const w of p.within) chain.push(...containers(w));
  // "Southern California", "northern Italy": a part of a known place is inside it
  const part = inner || lookup(canonical(p.place)) || AREA.test(p.place) ? undefined : PART_OF.exec(p.place);
  const whole = part ? lookup(part[1]!) : undefined;
  if (whole) chain.unshift(whole, ...containers(whole.name));
  const hasRegion = [...chain, ...p.within.map((w) => lookup(w)).filter(Boolean)].some((c) => c!.kind === 'region');
  for (const c of chain) if (!(hasRegion && c.kind === 'country')) add(c.name);
  // innermost first
  within.sort((x, y) => (RANK[lookup(y)?.kind ?? 'city'] - RANK[lookup(x)?.kind ?? 'city']));
  // the place as the report writes it ("Hofdi House"); comparisons fold spellings themselves
  // (a Markdown mark blanked inside the phrase leaves a run of spaces: "**Taj Fisherman's Cove** resort")
  const tidy = (n: string) => n.replace(/\s{2,}/g, ' ');
  return { place: tidy(p.place.replace(/^the\s+/i, '')), within: within.map(tidy), ...(p.detail ? { detail: tidy(p.detail) } : {}) };
}

/**
 * The part of a clause that bears on a place at its end: the stretch after the last comma, and
 * an opening adverbial that sets the whole sentence in time ("In 2018, …", "Since then, …").
 * "Putin, who met Trump in Helsinki seven years ago, arrived in Anchorage" is about Anchorage.
 */
function ownStretch(left: string): string {
  const cut = left.lastIndexOf(',');
  if (cut < 0) return left;
  const first = left.slice(0, Math.max(0, left.indexOf(',')));
  // ("On Friday, …" does; not "Unlike the 2021 summit, …" or "When the two met, …": those do not
  // date the main clause)
  const opening = /^\s*(?:In|On|Back|Since|During|Before|Years|Decades|Previously|Earlier|Last|At\s+the\s+time|\S+\s+(?:days?|weeks?|months?|years?|decades?)\s+earlier)\b/.test(first) ? first + ' ' : '';
  let own = left.slice(cut + 1);
  // a second place set after the first ("had met in Paris in December, at the Élysée") has
  // no clause of its own: it stands in the one before the comma
  if (!own.trim() && cut > 0) own = left.slice(left.lastIndexOf(',', cut - 1) + 1);
  // "the first summit since 1979, when Carter and Brezhnev met in Vienna": "when" and "where"
  // take their time and place from what the comma follows
  if (/^\s*(?:when|where)\b/i.test(own)) return opening + left.slice(left.lastIndexOf(',', cut - 1) + 1);
  return opening + own;
}

// "The talks between A, B, C and D began in …", "The summit was completed at …": a verb of
// the meeting's course places it when the clause's subject is the meeting, however long the
// list of who took part that stands in between
const EVENT_VERB = /\b(?:began|begun|begins|opened|opens|started|starts|ended|ends|concluded|concludes|completed|closed|closes|resumed|resumes|continued|continues|proceeded|wrapped\s+up|got\s+under\s*way)\b/gi;
const MEETING_SUBJECT = /^\s*(?:(?:the|their|this|these|today['’]s|[A-Z][a-z]+day['’]s)\s+)?(?:[\w-]+\s+){0,3}?(?:talks|summit|negotiations|meeting|meetings|session|consultations|round)\b/i;
// "meets reporters", "met the press": a press appearance, not the talks
const PRESS_OBJECT = /^\s+(?:with\s+|to\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:reporters|journalists|press|media|correspondents|newsmen)\b/i;

// "to" that is part of a preposition of its own names a source or a cause, no destination:
// "according to the Kremlin", "thanks to Beijing", "owing to Washington's objections"
const NOT_DESTINATION = /\b(?:according|thanks|due|owing|attributed|credited|close|contrary|prior|reply|response|answer|addition|regard|respect|relation)\s+$/i;
// "at" after a verb of aiming names a target, not a place: "a club aimed at Russia", "a swipe at Washington"
const TARGET_AT = /\b(?:aimed|aiming|aims|directed|targeted|targeting|pointed|pointing|levelled|leveled|fired|firing|jabs?|swipes?|digs?|looks?|looked|looking|glanc\w*|angry|furious|upset|annoyed|laugh\w*|hint\w*|shout\w*|yell\w*|lash\w*\s+out|sneer\w*|scoff\w*|marvel\w*)\s+$/i;
// a cue the place is the starting point of: "from the G20 summit in", "fresh from talks in"
const FROM_ELSEWHERE = /(?<!\b(?:emerg\w*|exit\w*|out|back|away)\s+)\bfrom\s+(?:(?:the|a|an|this|that|his|her|their|its)\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
// the same said of the place itself: "arrived straight from the regional summit in Bangkok"
const FROM_GATHERING = /(?<!\b(?:emerg\w*|exit\w*|out|back|away)\s+)\bfrom\s+(?:(?:the|a|an|this|that|his|her|their|its)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:summit|meeting|talks|gathering|forum|conference|congress|session|G-?\d+|APEC|ASEAN|NATO|BRICS|SCO)\s+$/i;
const RECEIVED_GUEST = /^\s+(?:(?:his|her|their|the|a|an)\s+)?(?:\p{Lu}|(?:[\w-]+\s+){0,2}(?:guest|guests|counterpart|visitor|visitors|delegation|leader|president|premier|prime|chancellor|king|queen|emperor|pope|envoy)\b|(?:him|her|them)\b)/u;
const COVERING = /\b(?:covering|covered|covers|cover|watching|watched|reporting\s+on|reported\s+on|awaiting|monitoring|broadcasting|televising)\s+(?:(?:the|their|this|that|today['’]s)\s+)?(?:[\w-]+\s+)?$/i;
const THEN_MET = /^(?:\s+on\s+[\w.]+(?:\s+\d{1,2})?)?(?:\s*,[^;,]{1,80},)?(?:\s+and|,)\s+(?:then\s+|there\s+|later\s+|immediately\s+|promptly\s+)?(?:talked|met|held\s+(?:talks|a\s+meeting)|sat\s+down|conferred|negotiated|began\s+(?:talks|their\s+talks|the\s+talks)|huddled)\b/i;
const OFFICIALS_SUBJECT = /\b(?:ministers|secretaries|officials|aides|envoys|negotiators|delegations?|delegates|advisers|advisors|representatives|sherpas|deputies|experts|diplomats|teams|staff|staffs|ambassadors|generals|commanders|lawmakers|parliamentarians|committees?|commissions?|councils?|panels?|working\s+groups?|task\s+forces?)\b(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:(?:will|would|shall|are|were|to|also|then|later|had|have|has|held|hold|holds|holding|could|may|might|should|first|again|already|a|an|their|separate|parallel)\s+){0,3}$/i;
const LEADERS_TOO = /\b(?:leaders?|presidents?|premiers?|chancellors?|prime\s+ministers?|heads?\s+of\s+(?:state|government)|two\s+men|both(?!\s+(?:countries|sides|nations|governments|states))|he|she|they|and\s+(?:his|her|their))\b/i;
const TIMED_BY = /\b(?:before|after|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|prior\s+to|following|in\s+advance\s+of)\s+(?:(?:the|a|an|this|next|last|its|their)\s+)?(?:[\w-]+\s+){0,4}$/i;
// talking with someone: "spoke with Kim", "the two men chatted"
const TALK_VERB = /\b(?:spoke|speaks|speak|speaking|chatted|chats|chat|chatting|conversed|conversing)\b/i;
// a gesture is made somewhere, over a table or across a line
const GESTURE = /\b(?:hands|handshake)\b/i;
const AFTERWARDS = /\b(?:after|following)\s+(?:the|their|this|today['’]s)\s+(?:[\w-]+\s+)?(?:talks|meeting|summit|session|encounter|sit-down)\b|\b(?:afterwards?|later|then)\b/i;
const SOFT_CUE = /^(?:what|came|come|comes|was|were|unfolded|played|clash|confrontation|showdown|shouting|spat|altercation|conversations?|discussions?)\b/i;
const CITY_STATES = new Set(['singapore', 'monaco', 'vatican city', 'malta', 'luxembourg']);
const ONWARD = /\b(?:next\s+(?:up|stop|stops)|up\s+next|next\s+on\s+(?:the|his|her|their)\s+(?:agenda|schedule|itinerary)|onward\s+to|(?:then|goes|go|going|went|moves?|moving|moved|travels?|travell?ing|travell?ed|flies|fly|flying|flew|heads?|heading|headed)\s+on\s+to|from\s+there)\b|\b(?:then|travels?|travell?ing|travell?ed|flies|fly|flying|flew|heads?|heading|headed)\s+on\s*$/i;
const CROWD_BEFORE = /\b(?:protesters|protestors|demonstrators|crowds?|supporters|activists|onlookers|well-wishers|residents|fans|opponents|critics|students|police|reporters|journalists|photographers|correspondents|commentators|analysts|lawmakers|legislators|tourists)\s+(?:(?:had|have|were|also|later|then|[a-z]+ly)\s+)?$/i;
const CANCELLED_AFTER = /^[^,;]{0,60}?\b(?:was|were|had\s+been|has\s+been|have\s+been|is|are|(?:had|has|have)\s+to\s+be)\s+(?:\w+\s+)?(?:cancel\w*|scrapped|called\s+off|postponed|axed|abandoned|dropped)\b/i;
const PRONOUN_SUBJECT = /\b(?:he|she|they|we|I|the\s+two|both)\b/i;

/**
 * Whether a stretch of a sentence names people and none of them is one of the two leaders
 * the report is about (and no pronoun stands in for one): a third party's meeting.
 */
const APPOSITION_G =
  /(?<=\p{Lu}[\p{L}'’.-]{0,30}),\s+(?:(?:who|which)\s+[^,;]{1,100}|(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:president|prime\s+minister|premier|chancellor|leader|chairman|secretary|king|emperor|head)\s+of\s+[^,;]{1,60}),(?=\s)/giu;
// … and the name after a title: "with the President of the United States of America, Barack Obama, at"
const NAME_APPOSITION_G = /(?<=\p{Lu}[\p{L}'’.-]{0,30}),\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3},(?=\s)/gu;
const CEREMONY = /\b(?:ceremony|ceremonies|reception|rally|parade|concert|performance|gala|banquet|wreath[- ]laying|wreath|procession|festival|mass\s+games|review|memorial|service|funeral|exhibition|show|display|celebration|commemoration|vigil)\b/i;
const TALKS_NAMED = /\b(?:talks|meeting|summit|negotiations|discussions?|conversation|tête-à-tête|sit-down|consultations)\b/i;
const SENT_BY = /^['’]s\s+(?:(?:special|personal|chief|top|senior|national|foreign|former|own|new)\s+){0,2}(?:envoy|emissary|aide|aides|adviser|advisers|advisor|advisors|spokesman|spokeswoman|spokesperson|minister|ministers|secretary|representative|negotiator|negotiators|son|daughter|wife|husband|team|delegation|diplomats?|officials?|chief\s+of\s+staff|security\s+adviser)\b/i;

function othersOnly(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const mentions = doc.people.mentions;
  const lo = s.start + from;
  const hi = s.start + to;
  // the mentions are in text order: a binary search keeps this logarithmic
  let a = 0;
  let b = mentions.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (mentions[mid]!.start < lo) a = mid + 1;
    else b = mid;
  }
  if (a >= mentions.length || mentions[a]!.start >= hi) return false;
  const lead = leads(doc);
  for (let i = a; i < mentions.length && mentions[i]!.start < hi; i++) {
    const m = mentions[i]!;
    // "Trump's envoy met Putin in Moscow": the leader only says whose envoy it was
    if (lead.has(m.person.name) && !SENT_BY.test(doc.clean.slice(m.end, m.end + 40))) return false;
  }
  return !PRONOUN_SUBJECT.test(s.text.slice(from, to));
}

/**
 * Whether the meeting before the place is one leader's with someone else: "days after Pakistani
 * Prime Minister Imran Khan held talks with Xi in Beijing", "Xi met Khan in Beijing". A meeting
 * word must stand between the two ("Modi, accompanied by Doval, arrived in Chennai" is no meeting
 * with Doval).
 */
function withOneLead(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const mentions = doc.people.mentions;
  const lead = leads(doc);
  let leadAt: { start: number; end: number; name: string } | undefined;
  const others: { start: number; end: number }[] = [];
  for (let i = doc.people.firstAtOrAfter(s.start + from); i < mentions.length && mentions[i]!.start < s.start + to; i++) {
    const m = mentions[i]!;
    if (SENT_BY.test(doc.clean.slice(m.end, m.end + 40)) || /^['’]s\b/.test(doc.clean.slice(m.end, m.end + 2))) continue;
    if (!lead.has(m.person.name)) others.push(m);
    else if (leadAt && leadAt.name !== m.person.name) return false;
    else leadAt ??= { start: m.start, end: m.end, name: m.person.name };
  }
  if (!leadAt || !others.length) return false;
  return others.some((o) => MET_BETWEEN.test(doc.clean.slice(Math.min(o.end, leadAt!.end), Math.max(o.start, leadAt!.start))));
}
const MET_BETWEEN = /^[^,;]{0,40}?\b(?:met|meets|meeting|held\s+talks\s+with|holds\s+talks\s+with|talks\s+with|talked\s+with|received|hosted|conferred\s+with|(?:signed|sealed|summit|summits|sat\s+down|spoke|shook\s+hands)\s+with)\b[^,;]{0,20}$/i;

/** Whether a stretch of a sentence names one of the leaders the report is about. */
function namesLead(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const mentions = doc.people.mentions;
  const lead = leads(doc);
  for (let i = doc.people.firstAtOrAfter(s.start + from); i < mentions.length && mentions[i]!.start < s.start + to; i++) if (lead.has(mentions[i]!.person.name)) return true;
  return false;
}

/**
 * Whether the clause is a relative one on a person ("Trump, whom Abe met…", "an envoy with
 * whom Putin spoke") who is not one of the leaders the report is about.
 */
function withSomeoneElse(doc: Doc, left: string): boolean {
  const m = left.match(/([\p{Lu}][\p{L}'’-]+)(?:\s*,)?\s+(?:with\s+)?whom\b/u);
  if (!m) return false;
  // the name right before "whom" (people are not always recognised as such: a surname will do)
  const who = doc.people.resolve(m[1]!)?.name ?? m[1]!;
  if (lookup(who)) return false;
  for (const lead of leads(doc)) if (lead === who || lead.split(/\s+/).pop() === m[1]) return false;
  return true;
}

// "Syria, Libya, Algeria and the PLO are meeting in Damascus": states as the subject of a meeting
const STATES_MEETING = /\b(?:are|were|is|was|will\s+be|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:meeting|gathering|convening)\s+$|\b(?:met|gathered|convened)\s+$/i;
/**
 * Whether the meeting before a place is one of states none of the leaders speaks for: a gathering
 * of others ("Syria, Libya, Algeria and the PLO are meeting in Damascus to organise opposition").
 */
function statesOnly(doc: Doc, before: string): boolean {
  const clause = before.split(/[;:—]/).pop()!;
  const verb = clause.match(STATES_MEETING);
  if (!verb) return false;
  const named = clause
    .slice(0, verb.index)
    .split(/,|\band\b/)
    .map((part) => lookup(part.trim().replace(/^the\s+/i, '')))
    .filter((p) => p?.kind === 'country')
    .map((p) => p!.name);
  if (named.length < 2) return false;
  const own = new Set(doc.people.persons.filter((p) => leads(doc).has(p.name)).flatMap(homesOf));
  // (a report that gives its leaders no nation leaves a pair of states undecided; three or more
  // meeting on their own are a gathering of others)
  return own.size > 0 ? !named.some((n) => own.has(n)) : named.length >= 3;
}

const leadCache = new WeakMap<Doc, Set<string>>();
/**
 * Who the report is about, generously: the two it names most, and everyone its headline and
 * opening name (a state agency may name a minister more often than the guest leader).
 */
function leads(doc: Doc): Set<string> {
  let found = leadCache.get(doc);
  if (!found) {
    found = new Set(principals(doc));
    const opening = doc.sentences[Math.min(2, doc.sentences.length - 1)];
    const until = opening ? opening.end : 0;
    for (const m of doc.people.mentions) {
      if (m.start >= until) break;
      found.add(m.person.name);
    }
    leadCache.set(doc, found);
  }
  return found;
}

// what a comma-set aside opens with when it has no subject of its own
const ASIDE = /^\s*(?:with|without|for|alone|together|each|both|first|then|again|once|only|just|mostly|largely|briefly|privately|this\s+time|[a-z]+ly)\b/i;

/** Cue strength governing a place phrase at rel (sentence-relative), 0 when none does. */
function cueWeight(doc: Doc, s: Sentence, phrase: PlacePhrase, prepRel: number, prep: string): number {
  const t = s.text;
  const rel = phrase.start - s.start;
  const [from, to] = clauseBounds(s, rel);
  const left = t.slice(from, prepRel);
  const after = t.slice(phrase.end - s.start, to);
  // ("his counterpart in Kyiv" is someone's post, but "hosted his counterpart at the Kremlin"
  // is the meeting and where it was)
  if (TOPIC_BEFORE.test(left) && !GUEST_MET.test(left)) return 0;
  if (past(doc, ownStretch(left)) || (phrase.year && !firmYears(doc).has(phrase.year)) || HISTORY_AFTER.test(after) || anotherMonth(doc, after)) return 0;
  if (/\b(?:not|never)\s+$/i.test(left)) return 0;
  // (a fronted clause of what comes before or after is no next meeting of this one: "Before
  // flying to Geneva for another round, the prime minister met the president in Rome")
  const main = left.replace(FRONT_CLAUSE, '');
  if (NEXT_CONTEXT.test(main) || (ORDINAL_CONTEXT.test(main) && LOOKS_AHEAD.test(main))) return 0;
  // "a summit in Cairo next spring": a place dated ahead is another meeting
  if (DATED_AHEAD.test(after)) return 0;
  // an itinerary after the summit: "Next up for Biden: Manaus, then the G20 in Rio", "then on
  // to Buenos Aires"
  if (ONWARD.test(left)) return 0;
  // a meeting that names only people other than the two leaders is another meeting: "Scholz,
  // who was in Washington for talks with Biden at the White House, …"
  if (othersOnly(doc, s, from, rel) || withOneLead(doc, s, from, rel) || statesOnly(doc, t.slice(0, prepRel))) return 0;
  if (FROM_GATHERING.test(left.slice(-90))) return 0;
  // "Trump, whom Abe met in New York": the meeting was with whoever "whom" stands for
  if (withSomeoneElse(doc, left)) return 0;
  // the cue must govern the place: close enough, with no other clause in between
  // (an agency's appositions after a name do not take the cue away: "held talks with X,
  // President of Y, who is paying a state visit to Z, at the guesthouse")
  let reach = 90;
  for (const re of [APPOSITION_G, NAME_APPOSITION_G]) for (const a of left.matchAll(re)) if (a.index! + a[0].length > left.length - reach) reach += a[0].length;
  const window = left.slice(-reach);
  let best = 0;
  let motion = false;
  const windowFrom = left.length - window.length;
  for (const [re, w] of [[VENUE_CUE_STRONG, 3], [VENUE_CUE_MEDIUM, 2], [EVENT_VERB, 3]] as const) {
    re.lastIndex = 0;
    for (const m of window.matchAll(re)) {
      if (re === EVENT_VERB && !MEETING_SUBJECT.test(left.slice(0, windowFrom + m.index!))) continue;
      const gap = window.slice(m.index! + m[0].length);
      // a motorcade is going where it is bound: its motion is the cue, not a trip elsewhere
      // (but not where it went once the talks were over)
      const moving = (prep === 'to' || prep === 'for') && /^(?:motorcade|convoy|cortege)$/i.test(m[0]) && !AFTERWARDS.test(t.slice(from, to));
      // "after the summit, Zelensky in Kyiv": a comma then a new subject cuts the cue off
      // but an aside that opens on no subject leaves it in force: "talked alone, with only
      // interpreters present, for two hours at the university"
      // (nor does a roll of guests: "hosted Putin, Merkel and Macron in Istanbul")
      const unrolled = gap.replace(NAME_ROLL_G, '$1');
      if (/,\s*\S/.test(unrolled) && !/,\s*$/.test(unrolled) && !/,\s+(?:held|hosted|which|where|in|at|on|aboard|inside|behind|beside|within|beneath|under|amid|among|near|by|overlooking|next\s+to|away\s+from)\b/i.test(unrolled) && !unrolled.split(',').slice(1).every((p) => ASIDE.test(p))) continue;
      if (/\b(?:said|says|told|tells|asked|called|urged|warned|lives|lived|born|recall\w*|remember\w*|remind\w*|recount\w*|reminisc\w*|noted)\b/i.test(gap)) continue;
      if (!moving && /\b(?:flew|flying|returned|traveled|travelled|headed|left|leaving)\b/i.test(gap)) continue;
      // "talks about Ukraine in Geneva" still places the talks, but "about 12 seconds" is no topic
      // … nor is "over dinner" a topic
      // "shook hands over the line at Panmunjom": after a gesture, "over" is where, not what about
      const topical = (GESTURE.test(m[0]) ? gap.replace(/\b(?:over|across)\b/gi, '') : gap).replace(/\b(?:about|over|around)\s+(?:\d|an?\s|one\b|two\b|three\b|four\b|five\b|six\b|half\b)|\bover\s+(?:a\s+|an\s+)?(?:working\s+|private\s+|state\s+)?(?:dinner|lunch|breakfast|coffee|tea|drinks|meal)\b/gi, '');
      if (/\b(?:about|regarding|concerning|over|to\s+(?:discuss|end|resolve|address|settle|stop|halt|bring))\b/i.test(topical)) continue;
      if (/\b(?:not|never)\b|n['’]t\b/i.test(gap)) continue;
      if (SUBORDINATE.test(gap)) continue;
      // a country is the topic far more often than the venue: only a cue right at it counts,
      // and never one that only says something happened or came up there ("what happened in
      // Ukraine"), unless the country is a city ("what happened in Singapore")
      if (phrase.kind === 'country' && gap.length > 40) continue;
      if (phrase.kind === 'country' && SOFT_CUE.test(m[0]) && !CITY_STATES.has(placeKey(phrase.place ?? ''))) continue;
      // one receives a guest, not a letter or an award: "received the Russian leader at", "received Putin at"
      if (/^receiv/i.test(m[0]) && !RECEIVED_GUEST.test(window.slice(m.index! + m[0].length))) continue;
      const before = window.slice(0, m.index!);
      // working together is cooperation, not company: "agreed to work together on a project in Afghanistan"
      if (/^together$/i.test(m[0]) && /\b(?:work|works|worked|working|cooperat\w*|act|acts|acted|acting)\s+$/i.test(before)) continue;
      // "a welcome ceremony was held at the square": the leaders were there, but not for talks
      if (/^(?:held|hosted|took|take|taking|takes)\b/i.test(m[0]) && CEREMONY.test(left) && !TALKS_NAMED.test(left)) {
        best = Math.max(best, 1);
        continue;
      }
      // "flew in from the G20 summit in Osaka", "announced it from a NATO summit in Brussels":
      // a gathering someone comes from is another one (but "emerged from the talks at the
      // Kremlin" leaves the talks where they were)
      if (FROM_ELSEWHERE.test(before)) continue;
      // a gathering of many that the talks are timed by is held elsewhere or later: "five days
      // before the G7 summit opens in Biarritz", "on the eve of a Group of 20 summit that opens at"
      const timedBy = TIMED_BY.exec(before);
      if (timedBy && MULTILATERAL.test(before.slice(timedBy.index) + m[0])) continue;
      // "protesters gathered outside the legislature": a crowd, not the leaders
      if (CROWD_BEFORE.test(before)) continue;
      // the talks as what someone reports on are not placed by it: "the reporters covering the
      // meeting were kept at a press centre in Valletta"
      // (but "watched the arrival at the villa" saw it there)
      if (COVERING.test(before) && gap.trim()) continue;
      // a meeting of officials only is another meeting: "the foreign secretaries of the two
      // countries will meet in Islamabad", "their sherpas gathered in Bern"; but in a report
      // that names no one, the ministers who met are the meeting ("The foreign ministers of
      // the two countries met in Vienna")
      // (a leader named before a comma is another clause's: "backs the arrangement Putin and
      // Erdogan struck in Sochi, asks for the constitutional committee to meet in Geneva")
      const own = before.lastIndexOf(',') + 1;
      if (leads(doc).size > 0 && OFFICIALS_SUBJECT.test(before) && !LEADERS_TOO.test(before.slice(own)) && !namesLead(doc, s, from + windowFrom + own, from + windowFrom + m.index!)) continue;
      // a denial counts in the cue's own stretch: "blamed Kyiv for not being ready, as he and Xi
      // signed the papers at the Kremlin" denies nothing of the signing
      if (NEXT_BEFORE.test(before) || NOT_HERE.test(before.slice(own).split(/\bbut\b/i).pop()!.slice(-60)) || SPECULATIVE.test(before)) continue;
      // (but "they met again, this time in Bern" is the meeting reported)
      if (/^(?:again|next)\b/i.test(gap.trim()) && !/^\s*again,?\s+this\s+time,?\s*$/i.test(gap)) continue;
      // someone's own news conference is not the summit's: only a joint one places the talks
      const press = /conference|appearance/i.test(m[0]) || ((re === VENUE_CUE_STRONG || TALK_VERB.test(m[0])) && PRESS_OBJECT.test(window.slice(m.index! + m[0].length)));
      const solo = press && !/\b(?:joint|together|both|two\s+leaders|leaders)\b/i.test(t.slice(from, to));
      best = Math.max(best, solo ? 1 : press ? Math.min(w, 2) : w);
      if (moving) motion = true;
    }
  }
  // after it: "in Anchorage for the summit", "Helsinki, where the two met"
  const purpose = PURPOSE.exec(after) ?? toSeeLead(doc, after);
  const forThis = !!purpose && !NEXT_WORD.test(purpose[0]) && !NOT_HERE.test(left.slice(-80));
  if (forThis) best = Math.max(best, 3);
  // "came down the steps of the villa (by the lake) to greet his guest": there to receive them
  if (prep !== 'to' && /^\s*(?:\([^()]{0,80}\)\s*)?,?\s*to\s+(?:greet|welcome|receive|meet)\b/i.test(t.slice(phrase.end - s.start)) && !NOT_HERE.test(left.slice(-80))) best = Math.max(best, 2);
  // the meeting said after the place, of the same subject: "went into Freedom House, a building
  // on the border, and talked for an hour", "arrived at the lodge and sat down at once"
  if (THEN_MET.test(after) && !NOT_HERE.test(left.slice(-80))) best = Math.max(best, 2);
  const whereClause = after.match(/^,?\s+where\b[^.;]{0,60}?\b(?:met|meet|meeting|summit|talks|held|hosted|sat\s+down)\b/i);
  if (whereClause && !REACTED.test(whereClause[0])) best = Math.max(best, 3);
  // a cancelled event did not take place there: "the joint news conference in the East Room was scrapped"
  if (CANCELLED_AFTER.test(after)) return 0;
  if (prep === 'for' && !motion) return 0;
  if (prep === 'to' && ((!WELCOMED_TO.test(left) && !forThis && !motion) || LOOKS_AHEAD.test(left))) return 0;
  if (prep === 'to' && WELCOMED_TO.test(left)) best = Math.max(best, 2);
  if (!best) return 0;
  // someone greeted or landing at an airport is arriving: only a meeting cue makes it the venue
  // ("Palm Springs International" is how an airport is called once it has been named as one)
  if (best === 2 && (phrase.head === 'airport' || /\b(?:Airport|International)$/.test(phrase.place ?? ''))) best = 1;
  if (/\bagain\b/i.test(after.slice(0, 20))) return 0;
  // "on" holds only islands and ships: "talks on Ukraine" is a topic
  if (prep === 'on' && !(ON_HEADS.test(phrase.head ?? '') || (phrase.place && ISLANDS.has(placeKey(phrase.place))))) return 0;
  // an unknown capitalised name needs a cue right at it ("met in Nusa Dua"), not a loose one
  if (phrase.place && !phrase.grounded && !lookup(phrase.place)) {
    // … or a short stretch of time or manner between: "talked for five hours at Hollybush"
    // … the one met, named or not, standing between: "received Putin at Otanitei", "hosted his
    // guest on Monday at Hollybush"
    const unnamed = left.slice(-120).replace(/(?<=\b(?:met|meet|meets|hosted|hosts|received|receives|welcomed|welcomes|with)\s+)(?:(?:President|Prime\s+Minister|Premier|Chancellor|King|Mr\.?|Mrs\.?|Ms\.?)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}|(?<=\b(?:met|meet|meets|hosted|hosts|received|receives|welcomed|welcomes|with)\s+)(?:(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:guest|guests|counterpart|visitor|visitors|host)|him|her|them)\s+/u, '');
    const near = /\b(?:met|meet|meets|meeting|summit|talks|talked|held|holds|hosted|hosts|received|receives|welcomed|welcomes|venue|place|arrived|arrives|landed|lands|conference)\s+(?:(?:for|on|late|early|into|until|alone|privately|again|together|briefly|today|tonight|yesterday|this|that|the|a|an|about|some|nearly|almost|more|than|over|under|\d[\d.]*|one|two|three|four|five|six|seven|eight|nine|ten|half|minutes|hours?|day|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){0,5}$/i.test(unnamed);
    // … or the text itself says what kind of place the name is: "at Hollybush, a stone house"
    // (the kind may come after a few adjectives: "at Otanitei, a traditional hot-spring inn")
    // … or the purpose right after it: "driven to Villa Madama for the afternoon session"
    if (!near && !describedAs(after) && !forThis) return 0;
  }
  return best;
}

/**
 * Whether what follows a name describes it as a kind of place: ", a beachfront hotel", ", the
 * federal government's guest house", ", a village high in the valley". The kind is the first
 * noun of a place among the apposition's first few words.
 */
function describedAs(after: string): boolean {
  const m = /^,\s+(?:a|an|the)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)/i.exec(after);
  if (!m) return false;
  return m[1]!.split(/\s+/).some((w) => SITE_HEADS.has(w.toLowerCase()) || GEO_HEADS.has(w.toLowerCase()));
}

// an opening date is allowed before the place: "On Monday, Nov. 14, 2022, in Nusa Dua, …"
const FRONTED = /^(?:On\s+[\w.]+(?:\s+[\w.]+){0,3},\s+)?([Ii]n|[Aa]t|[Oo]n|[Aa]board|[Ii]nside)\s+/;
const FRONTED_CUE = /\b(?:met|meet|meeting|summit|talks|talked|spoke|conferred|gathered|convened|huddled|sat\s+down|shook\s+hands|held\s+talks|negotiated)\b/i;
const FIRST_VISIT = /\bfirst\s+(?:[\w.'’-]+\s+){0,3}?(?:(?:visit|trip|journey)\s+(?:to|in)|to\s+(?:visit|travel\s+to|set\s+foot\s+in|come\s+to))\s+/gi;
const CLEFT = /^\s*It\s+(?:was|is)\s+(?:(?:only|not\s+until|there|here)\s+)?(?:[^,;]{1,60},\s*)?(?:(?:in|at|inside|aboard)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:in|at)\s+|in\s+|at\s+|inside\s+|aboard\s+)/i;
const CLEFT_MEETING = /^[^.;]{0,120}?\b(?:that|where)\s+(?:[^.;]{0,60}?)\b(?:met|meet|held|talked|spoke|sat|conferred|agreed|signed|negotiated|hammered\s+out|gathered|convened|huddled|came\s+together)\b/i;
const WHERE_LABEL = /^\s*(?:where|location|setting|venue|place)\s*[:—–]\s*/i;
const VENUE_IS = /\b(?:venue|site\s+of\s+the\s+(?:summit|talks|meeting))(?:\s*[,:]\s*|\s+(?:was|is|will\s+be|had\s+been)\s+)/gi;
const COMPOUND = /(?<![\p{L}\p{M}\d.'’-])((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*)\s+(?:summit|talks|meeting|tête-à-tête|summitry|sit-down|encounter|clash|confrontation|showdown|negotiations)\b/gu;
// "Pyongyang, where state media hailed the meeting": the meeting is what a place heard of, not
// what happened there
const REACTED = /\b(?:hailed|praised|lauded|welcomed|celebrated|cheered|critici[sz]ed|condemned|denounced|dismissed|mocked|derided|reported|described|portrayed|called|covered|broadcast|aired|televised|watched|followed|greeted|viewed|seen|saw|read|said|say|says|announced|heard|learned|learnt)\b/i;
const WHERE_AFTER = /(?<![\p{L}\p{M}\d.'’-])((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*),\s+where\b[^.;]{0,60}?\b(?:met|meet|meeting|summit|talks|held|hosted|sat\s+down)\b/gu;

const SETTING = /^\s*(?:,[^,;]{1,80},\s*)?(?:(?:was|is|will\s+be|had\s+been|has\s+been|became|becomes|served\s+as|serves\s+as)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:setting|backdrop|venue|scene|stage|site|location|host)\s+(?:for|of|to)|(?:played|plays|will\s+play)\s+host\s+to|hosted|hosts|will\s+host|staged|stages|will\s+stage)\s+(?:(?:the|their|this|a|an|today['’]s|[A-Z][a-z]+day['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|talks|meeting|negotiations|encounter|sit-down|session|consultations)\b/i;
const EMERGED = /\b(?:emerged|emerging|emerges|walked\s+out|came\s+out|stepped\s+out)\s+(?:of|from)\s+/gi;
const EMERGED_AFTER = /^[^.;]{0,60}?\b(?:after|following|at\s+the\s+end\s+of)\b[^.;]{0,50}?\b(?:talks|meeting|summit|session|negotiations|discussions|sit-down|tête-à-tête)\b/i;
const HERE = /\b(?:met|meet|meets|meeting|talks|talked|summit|held\s+talks|conferred|sat\s+down|arrived)\s+(?:(?:on|for|late|early|privately|briefly|again|today|yesterday|\w+day)\s+){0,2}here\b/i;
const TIMELINE_LABEL = /^\s*([^\n—–:]{1,30}?\b(?:19|20)\d\d)\s*(?:[—–:]|-\s)/;

function venueCandidates(doc: Doc, s: Sentence, prev?: Sentence): Candidate[] {
  const out: Candidate[] = [];
  const t = s.text;
  // a timeline's entry ("Nov 2022 — the two exchange pleasantries in Bali") is dated by its label
  const label = t.match(TIMELINE_LABEL)?.[1];
  if (label && past(doc, label)) return out;
  let consumed = -1;
  const modalityAt = (rel: number): Modality => {
    const [from] = clauseBounds(s, rel);
    // "had been planned for Budapest but were held in Vienna": what was planned is behind the "but"
    return EXPECT.test(t.slice(from, rel).split(/\b(?:but|instead)\b/i).pop()!) ? 'expected' : 'stated';
  };
  for (const m of t.matchAll(PREP)) {
    const prep = m[1]!.toLowerCase();
    const at = m.index! + m[0].length;
    if (m.index! < consumed) continue;
    if (prep === 'at' && TARGET_AT.test(t.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    if (prep === 'to' && NOT_DESTINATION.test(t.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const phrase = placePhrase(t, at);
    if (!phrase) continue;
    const abs = { ...phrase, start: phrase.start + s.start, end: phrase.end + s.start };
    const w = cueWeight(doc, s, abs, m.index!, prep);
    if (!w) continue;
    consumed = phrase.end;
    const modality = modalityAt(m.index!);
    // a meeting still to come ("Zelensky will meet Trump in Washington") is often another one
    out.push({ phrase: abs, weight: modality === 'expected' ? w - 1 : w, sentence: s, modality });
  }
  // a cleft sentence: "It was only on Monday morning, in the suite at the King David Hotel,
  // that the two held their private talk"
  const cleft = t.match(CLEFT);
  if (cleft) {
    const phrase = placePhrase(t, cleft[0].length);
    const rest = phrase?.place ? t.slice(phrase.end, phrase.end + 200) : '';
    if (phrase?.place && (phrase.grounded || lookup(phrase.place)) && CLEFT_MEETING.test(rest) && !past(doc, t.slice(0, cleft[0].length) + rest) && !NEXT_CONTEXT.test(rest) && !EXPECT.test(rest)) {
      consumed = phrase.end;
      out.push({ phrase: { ...phrase, start: phrase.start + s.start, end: phrase.end + s.start }, weight: 3, sentence: s, modality: 'stated' });
    }
  }
  // a fact box's line: "Where: Holly Bush, the college president's house"
  const where = t.match(WHERE_LABEL);
  if (where) {
    const phrase = placePhrase(t, where[0].length);
    if (phrase?.place) {
      consumed = phrase.end;
      out.push({ phrase: { ...phrase, start: phrase.start + s.start, end: phrase.end + s.start }, weight: 3, sentence: s, modality: 'stated' });
    }
  }
  for (const m of t.matchAll(VENUE_IS)) {
    if (m.index! < consumed) continue;
    const phrase = placePhrase(t, m.index! + m[0].length);
    if (!phrase?.place) continue;
    const left = t.slice(clauseBounds(s, m.index!)[0], m.index!);
    if (past(doc, left) || NEXT_CONTEXT.test(left) || SPECULATIVE.test(left)) continue;
    consumed = phrase.end;
    out.push({ phrase: { ...phrase, start: phrase.start + s.start, end: phrase.end + s.start }, weight: 3, sentence: s, modality: modalityAt(m.index!) });
  }
  // "The Moncloa Palace in Madrid was the setting for the talks", "Geneva played host to the
  // summit": the place is the sentence's subject, the meeting what it was the scene of
  const subject = consumed < 0 ? subjectPlace(s, t.length) : undefined;
  const setting = subject && SETTING.exec(t.slice(subject.end - s.start));
  if (subject && setting && !past(doc, t) && !NEXT_CONTEXT.test(setting[0])) {
    consumed = subject.end - s.start;
    const modality = EXPECT.test(setting[0]) ? 'expected' : 'stated';
    out.push({ phrase: subject, weight: modality === 'expected' ? 2 : 3, sentence: s, modality });
  }
  // "The two leaders emerged from the Villa La Grange after four hours of talks": left the
  // building the talks were in
  for (const m of t.matchAll(EMERGED)) {
    if (m.index! < consumed) continue;
    const phrase = placePhrase(t, m.index! + m[0].length);
    if (!phrase?.place || !(phrase.grounded || lookup(phrase.place))) continue;
    const rest = t.slice(phrase.end);
    if (!EMERGED_AFTER.test(rest) || past(doc, t) || NEXT_CONTEXT.test(rest)) continue;
    consumed = phrase.end;
    out.push({ phrase: { ...phrase, start: phrase.start + s.start, end: phrase.end + s.start }, weight: 3, sentence: s, modality: 'stated' });
  }
  // "NEW DELHI — The two prime ministers met here on Monday": "here" is where the report was filed
  const here = consumed < 0 ? HERE.exec(t) : null;
  const filed = here && dateline(doc);
  if (here && filed && !past(doc, t) && !NEXT_CONTEXT.test(t) && !EXPECT.test(t.slice(0, here.index!))) {
    const at = s.start + here.index! + here[0].length - 4;
    out.push({ phrase: { start: at, end: at + 4, place: filed.place, within: filed.within, kind: lookup(filed.place)?.kind ?? 'city', grounded: true }, weight: 3, sentence: s, modality: 'stated' });
  }
  // "the first Soviet leader to visit Washington since 1973", "Xi's first trip to Moscow since
  // 2019": a first since is said of the visit being reported, which names its city or country
  for (const m of t.matchAll(FIRST_VISIT)) {
    if (m.index! < consumed) continue;
    const at = m.index! + m[0].length;
    const phrase = placePhrase(t, at);
    if (!phrase?.place || !(phrase.grounded || lookup(phrase.place))) continue;
    const [from, to] = clauseBounds(s, m.index!);
    const left = t.slice(from, m.index!);
    const after = t.slice(phrase.end, to);
    // "Nixon, the first president to visit China, in 1972": a year of its own is another visit
    if (past(doc, ownStretch(left)) || NEXT_CONTEXT.test(left) || LOOKS_AHEAD.test(left) || phrase.year || /^[^;]*?(?<!since\s+(?:\w+\s+){0,3})\b(?:19|20)\d\d\b/.test(after.split(/\bsince\b/)[0]!)) continue;
    consumed = phrase.end;
    out.push({ phrase: { ...phrase, start: phrase.start + s.start, end: phrase.end + s.start }, weight: 2, sentence: s, modality: 'stated' });
  }
  // "On 12 June, on Sentosa, Trump became the first president to meet…": a place set before
  // the clause, placed by a meeting verb later in it, with nobody speaking in between
  const fronted = t.match(FRONTED);
  if (fronted) {
    const at = fronted[0].length;
    const phrase = placePhrase(t, at);
    if (phrase?.place && (phrase.grounded || lookup(phrase.place)) && /^\s*,/.test(t.slice(phrase.end))) {
      const rest = t.slice(phrase.end);
      const cue = rest.search(FRONTED_CUE);
      const speech = rest.search(/\b(?:said|says|told|asked|warned|argued|insisted|wrote|posted|announced|urged)\b/i);
      const prep = fronted[1]!.toLowerCase();
      const onOk = prep !== 'on' || ON_HEADS.test(phrase.head ?? '') || ISLANDS.has(placeKey(phrase.place));
      if (cue >= 0 && cue < 160 && (speech < 0 || speech > cue) && onOk && !past(doc, t.slice(0, at))) {
        consumed = phrase.end;
        out.push({ phrase: { ...phrase, start: phrase.start + s.start, end: phrase.end + s.start }, weight: 2, sentence: s, modality: 'stated' });
      }
    }
  }
  // "the Helsinki summit", "the Alaska talks": a known place (not a country, which is
  // usually the topic: "Ukraine talks") naming the meeting
  for (const m of t.matchAll(COMPOUND)) {
    const name = m[1]!.replace(/^(?:The|A|An)\s+/, '');
    const known = lookup(name);
    if (!known || (known.kind === 'country' && !ISLANDS.has(placeKey(known.name)) && known.name !== 'Singapore')) continue;
    if (m.index! < consumed) continue;
    const left = t.slice(clauseBounds(s, m.index!)[0], m.index!);
    if (past(doc, left) || NEXT_BEFORE.test(left) || NEXT_CONTEXT.test(left) || /[-–]\s*$/.test(left)) continue;
    const start = m.index! + m[0].indexOf(name);
    out.push({ phrase: { start: s.start + start, end: s.start + start + name.length, place: name, within: [], kind: known.kind, grounded: true }, weight: 2, sentence: s, modality: modalityAt(m.index!) });
  }
  for (const m of t.matchAll(WHERE_AFTER)) {
    const name = m[1]!.replace(/^(?:The|A|An|In|At)\s+/, '');
    const known = lookup(name);
    if (!known || m.index! < consumed) continue;
    if (out.some((c) => c.phrase.start - s.start <= m.index! + m[0].length && c.phrase.end - s.start >= m.index!)) continue;
    const left = t.slice(clauseBounds(s, m.index!)[0], m.index!);
    // "a flight from Phnom Penh, where he attended a regional summit": another gathering; a
    // journey's end is the venue when the two met there ("rolled on to Vladivostok, where
    // the leader sat down with Putin"), not when something is still to happen there
    if (past(doc, left) || /\b(?:from|via|left|leaving|departed)\s+$/i.test(left)) continue;
    const where = m[0].slice(m[0].indexOf(','));
    if (REACTED.test(where)) continue;
    if (/\b(?:to|toward|towards|visited|visiting)\s+$/i.test(left) && (LOOKS_AHEAD.test(where) || MULTILATERAL.test(where) || !/\b(?:met|sat\s+down|held|talks)\b/i.test(where))) continue;
    const start = m.index! + m[0].indexOf(name);
    out.push({ phrase: { start: s.start + start, end: s.start + start + name.length, place: name, within: [], kind: known.kind, grounded: true }, weight: 3, sentence: s, modality: 'stated' });
  }
  // "The Capella hotel … became the centre of attention as the two met there", "… flew to his
  // estate at Raiwind. There, the two leaders spoke": "there" stands for the place named last
  const there = out.length ? null : THERE.exec(t);
  if (there) {
    const [from] = clauseBounds(s, there.index!);
    const left = t.slice(from, there.index!);
    const opening = there.index! === 0;
    const antecedent = opening ? (prev ? lastPlace(prev) : undefined) : subjectPlace(s, there.index!) ?? lastPlace(s, there.index!);
    if (antecedent && !past(doc, ownStretch(left)) && !NEXT_CONTEXT.test(left) && !LOOKS_AHEAD.test(left) && !/\b(?:not|never)\b|n['’]t\b/i.test(t.slice(from, there.index! + there[0].length))) {
      out.push({ phrase: antecedent, weight: 2, sentence: antecedent.start >= s.start ? s : prev!, modality: 'stated' });
    }
  }
  return out;
}

// "met there", "held talks there"; or a sentence that opens on "There," with the meeting in it
const THERE = /^There(?:,\s*|\s+(?=(?:the\s+two|both|they|he|she)\b))(?=[^.;]{0,120}?\b(?:met|talked|spoke|held\s+talks|sat\s+down|conferred|negotiated|huddled|signed)\b)|\b(?:met|talked|held\s+talks|sat\s+down|conferred|negotiated|huddled)\s+(?:(?:on|for|late|early|alone|privately|briefly|again|together|\w+day|\w+ly)\s+){0,2}there\b/;

/** A place phrase that opens the sentence as its subject: "Sentosa's Capella hotel became …". */
function subjectPlace(s: Sentence, before: number): PlacePhrase | undefined {
  const phrase = placePhrase(s.text, 0);
  if (!phrase?.place || phrase.end > before || !(phrase.grounded || lookup(phrase.place))) return undefined;
  return { ...phrase, start: phrase.start + s.start, end: phrase.end + s.start };
}

/** The last place a sentence names after a preposition, up to an offset, if it is placed or described. */
function lastPlace(s: Sentence, until = s.text.length): PlacePhrase | undefined {
  let last: PlacePhrase | undefined;
  for (const m of s.text.slice(0, until).matchAll(PREP)) {
    if (/^(?:to|for)$/i.test(m[1]!) && NOT_DESTINATION.test(s.text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const phrase = placePhrase(s.text, m.index! + m[0].length);
    if (phrase?.place && (phrase.grounded || lookup(phrase.place) || phrase.detail)) last = phrase;
  }
  return last && { ...last, start: last.start + s.start, end: last.end + s.start };
}

/**
 * Where the report was filed: "ANCHORAGE, Alaska (AP) —", "Anchorage, Alaska :", or a header
 * line "Outlet – Anchorage". Read from the first line only, piece by piece.
 */
export function dateline(doc: Doc): PlaceValue | undefined {
  const [first, ...rest] = doc.clean.slice(0, 600).split('\n').filter((l) => l.trim());
  const own = first && datelineOf(first);
  if (own) return own;
  // under a headline, a wire's dateline opens the body: "SAMARKAND, Uzbekistan (Eastwire) -"
  const second = rest[0];
  if (second && /^\s*\p{Lu}[\p{Lu} .'’-]+\b(?:,[^,(—–-]{1,30})?\s*(?:\(|[—–]|-\s)/u.test(second)) return datelineOf(second);
  return undefined;
}

function datelineOf(line: string): PlaceValue | undefined {
  // the place is before the first dash or colon, or after it when the line is a header
  const pieces = line.split(/\s[–—-]\s|[:—–]\s|\(/);
  for (const piece of pieces.slice(0, 2)) {
    const [cityPart, regionPart] = piece.split(',').map((x) => x.trim());
    const city = cityPart ? lookup(cityPart) : undefined;
    const region = regionPart ? lookup(regionPart) : undefined;
    // "GLASSBORO, N.J. —": a town the gazetteer does not know, placed by the state after it
    if (!city && region && region.kind !== 'city' && cityPart && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(cityPart) && !NOT_PLACE.test(cityPart.split(/\s+/)[0]!)) {
      const name = cityPart.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
      return placeValue({ start: 0, end: 0, place: name, within: [region.name], kind: 'city', grounded: true });
    }
    if (!city || city.kind === 'country' || !/^\p{Lu}/u.test(cityPart!)) continue;
    return placeValue({ start: 0, end: 0, place: city.name, within: region ? [region.name] : [], kind: city.kind, grounded: true });
  }
  return undefined;
}

function mergeVenue(doc: Doc, found: Candidate[]): Claim<PlaceValue> | undefined {
  // distinct values per cluster: a report that names Anchorage a hundred times is compared once
  type Cluster = { members: { c: Candidate; v: PlaceValue }[]; distinct: Map<string, PlaceValue>; weight: number };
  const keyOf = (v: PlaceValue) => [v.place, ...v.within].map((n) => placeKey(n)).join('|');
  const clusters: Cluster[] = [];
  const described: Candidate[] = [];
  for (const c of found) {
    const v = placeValue(c.phrase);
    if (!v) {
      described.push(c);
      continue;
    }
    const key = keyOf(v);
    const home = clusters.find((cl) => cl.distinct.has(key) || [...cl.distinct.values()].every((o) => relatePlaces(v, o) !== 'conflict' || siblings(v, o)));
    if (home) {
      home.members.push({ c, v });
      home.distinct.set(key, v);
      home.weight += c.weight;
    } else clusters.push({ members: [{ c, v }], distinct: new Map([[key, v]]), weight: c.weight });
  }
  if (!clusters.length) {
    // a described venue only ("at the military base"): grounded by the dateline, if any
    const d = described[0];
    const filed = dateline(doc);
    if (!d || !filed) return undefined;
    const value: PlaceValue = { ...filed, ...(d.phrase.detail ? { detail: d.phrase.detail } : {}) };
    return claimFor(doc, d, value);
  }
  // a cluster the report states outweighs one it only expects, then the heavier wins
  const stated = (cl: Cluster) => cl.members.some((m) => m.c.modality === 'stated');
  let best = clusters[0]!;
  for (const cl of clusters) if ((stated(cl) && !stated(best)) || (stated(cl) === stated(best) && cl.weight > best.weight)) best = cl;
  // a lone weak cue (someone's own news conference) is not enough to name the venue
  if (best.weight < 2) return undefined;
  // the most specific member, with every other member's place as its container
  let top = best.members.find((m) => m.c.weight >= 2) ?? best.members[0]!;
  const seen = new Set<string>();
  for (const m of best.members) {
    const k = keyOf(m.v);
    if (seen.has(k)) continue;
    seen.add(k);
    // a place only arrived at or seen in passing (weight 1) is no finer venue than one met in
    const relation = relatePlaces(m.v, top.v);
    // (nor is a place only planned finer than one the report says the talks were in)
    const firm = m.c.modality === 'stated' || top.c.modality !== 'stated';
    if (relation === 'narrower' && firm && !backReference(m.v, top.v) && (m.c.weight >= 2 || top.c.weight < 2)) top = m;
    // of two buildings on one visit, the talks' outweighs the one toured: "received Modi at the
    // museum … then held talks at the guest house"
    else if (relation === 'conflict' && firm && siblings(m.v, top.v) && m.c.weight > top.c.weight) top = m;
  }
  // "the Palace", "the Hotel": a building named before and said again by its kind alone is
  // the one named, not a place inside it
  const named = best.members.find((m) => backReference(top.v, m.v));
  if (named) top = named;
  const within = [...top.v.within];
  const topKey = keyOf(top.v);
  // the other places the cluster names hold the venue when the gazetteer says so, or when
  // they are named as firmly as the venue (a city only arrived in is not taken to hold the
  // house the talks were in: "arrived in New York" and "met at Hollybush")
  const topChain = chainOf(top.v);
  const firmest = new Map<string, number>();
  for (const m of best.members) {
    const k = keyOf(m.v);
    // (a place where they are only expected, "next expected to meet at the summit in Sydney",
    // holds nothing of where they met)
    if (m.c.modality !== 'stated' && top.c.modality === 'stated') continue;
    // (named in the venue's own sentence is as firm as the venue: "In Helsinki, the two met in
    // the Gothic Hall")
    const weight = m.c.sentence === top.c.sentence ? Infinity : m.c.weight;
    if (k !== topKey) firmest.set(k, Math.max(weight, firmest.get(k) ?? 0));
  }
  for (const [k0, o] of best.distinct) {
    if (k0 === topKey) continue;
    for (const n of [o.place, ...o.within]) {
      const k = placeKey(canonical(n));
      if (k !== placeKey(canonical(top.v.place)) && !within.some((w) => placeKey(canonical(w)) === k) && !backReference({ place: n, within: [] }, top.v)) {
        // (only what holds the venue: not the square where the welcome was held)
        const holds = relatePlaces(top.v, { place: n, within: [] }) === 'narrower';
        if (holds && (topChain.keys.has(k) || (firmest.get(k0) ?? 0) >= top.c.weight)) within.push(n);
      }
    }
  }
  within.sort((x, y) => RANK[lookup(y)?.kind ?? 'city'] - RANK[lookup(x)?.kind ?? 'city']);
  const regionNamed = within.some((w) => lookup(w)?.kind === 'region');
  const value: PlaceValue = {
    place: top.v.place,
    within: within.filter((w) => !(regionNamed && lookup(w)?.kind === 'country')),
    ...(top.v.detail ? { detail: top.v.detail } : {}),
  };
  const modality = best.members.some((m) => m.c.modality === 'stated') ? 'stated' : 'expected';
  // "talks at a regional summit in Central Asia", filed from Samarkand: a country or a region of
  // the world is narrowed by a dateline city inside it (the span stays on what the text says)
  if (rankOf(value) <= RANK.country && !value.detail) {
    const filed = dateline(doc);
    if (filed && relatePlaces(filed, value) === 'narrower') {
      const outer = [...filed.within, value.place].filter((w, i, all) => all.findIndex((x) => placeKey(canonical(x)) === placeKey(canonical(w))) === i);
      return claimFor(doc, { ...top.c, modality }, { place: filed.place, within: outer });
    }
  }
  return claimFor(doc, { ...top.c, modality }, value);
}

/**
 * Two buildings the gazetteer does not know, neither placed apart from the other: places of one
 * visit (a museum toured, a guest house talked in), not rival venues.
 */
function siblings(a: PlaceValue, b: PlaceValue): boolean {
  if (lookup(canonical(a.place)) || lookup(canonical(b.place)) || rankOf(a) < RANK.site || rankOf(b) < RANK.site) return false;
  const ca = chainOf(a).levels;
  const cb = chainOf(b).levels;
  return !(['country', 'region', 'city', 'district'] as const).some((l) => ca[l] && cb[l] && ca[l] !== cb[l]);
}

/** Whether a is only the kind of place b's name ends or begins on ("Palace" of "Palace of the Revolution"). */
function backReference(a: PlaceValue, b: PlaceValue): boolean {
  const word = placeKey(a.place);
  if (!SITE_HEADS.has(word) || word === placeKey(b.place)) return false;
  return placeKey(b.place).split(' ').includes(word);
}

function claimFor<V>(doc: Doc, c: Candidate, value: V): Claim<V> {
  const rel = c.phrase.start - c.sentence.start;
  const attribution = insideQuote(c.sentence.text, rel) ? quoteSpeaker(doc, c.sentence, rel) ?? 'report' : 'report';
  return { type: 'meeting.venue', value, span: { start: c.phrase.start, end: c.phrase.end }, attribution, modality: c.modality } as Claim<V>;
}

// other families ask where the meeting was (a date "at a summit in Tehran" is another
// meeting's): the venue is found once per report
const venues = new WeakMap<Doc, Claim<PlaceValue> | null>();

export function findVenue(doc: Doc): Claim<PlaceValue> | undefined {
  const known = venues.get(doc);
  if (known !== undefined) return known ?? undefined;
  const found: Candidate[] = [];
  let prev: Sentence | undefined;
  for (const s of doc.sentences) {
    if (VENUE_TRIGGER.test(s.text) || WHERE_LABEL.test(s.text)) found.push(...venueCandidates(doc, s, prev));
    prev = s;
  }
  const venue = mergeVenue(doc, found);
  venues.set(doc, venue ?? null);
  return venue;
}

// "a summit in Tehran", "their talks at the White House", "held in London": where a meeting
// was, said close after what names it (not "the war in Ukraine")
const PLACED_G =
  /\b(?:summits?|meetings?|talks|met|meet|held|hosted|encounter|consultations|sessions?|conference|gathering|negotiations|dinner)\b(?:[ \t]+[\w'’-]+){0,4}?[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)/g;

/**
 * Whether the text places what it tells of somewhere the report's meeting was not: a known
 * place provably apart from the report's venue ("the summit in Tehran on Sept. 7" in a report
 * of talks in Sochi). Unknown places and a report without a venue say nothing.
 */
export function placedElsewhere(doc: Doc, text: string, right = ''): boolean {
  // what a date stands right beside: "in Tehran on Sept. 7", "on Sept. 7 in Tehran"
  const beside = text.match(BESIDE_LEFT)?.[1] ?? right.match(BESIDE_RIGHT)?.[1];
  if (beside && apart(doc, beside)) return true;
  if (!/ (?:in|at) [A-Z]| (?:in|at) the [A-Z]/.test(text)) return false;
  for (const m of text.matchAll(PLACED_G)) if (apart(doc, m[1]!)) return true;
  return false;
}

const BESIDE_LEFT = /\b(?:in|at)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*),?[ \t]+(?:on[ \t]+)?$/;
const BESIDE_RIGHT = /^[ \t]*,?[ \t]*(?:in|at)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)/;

/** A name of a place the gazetteer knows, provably apart from the report's venue. */
function apart(doc: Doc, name: string): boolean {
  const venue = findVenue(doc);
  if (!venue) return false;
  const words = name.split(/\s+/);
  // the longest run of its words, from the first, that the gazetteer knows: "Tehran on" → "Tehran"
  for (let n = words.length; n >= 1; n--) {
    const place = lookup(words.slice(0, n).join(' '));
    if (place) return relatePlaces({ place: place.name, within: [] }, venue.value) === 'conflict';
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// The next meeting: where and when.

const NEXT_TRIGGER = /\b(?:next|again|forward|second|third|another|new|fresh|further|full|follow[- ]?up|follow-on|future|upcoming|return|reciprocal|invit\w*|visit\w*|welcome|welcoming|rematch|continu\w*|resum\w*|pick\s+up|reconven\w*|hold|host|have|organi[sz]e|stage|ask|asks|asked|asking|urged|urges|promis\w*|pledg\w*|vow\w*|each\s+other|one\s+another)\b/i;
// what makes a place or a time the next meeting's
const NEXT_CUE = new RegExp(
  '\\b(?:(?:next|second|another|follow[- ]?up|follow-on|future|upcoming|return|reciprocal|further|third|fresh|new|full(?:-scale)?)\\s+(?:[\\w-]+\\s+)?' +
    '(?:summit|meeting|round|talks|session|encounter|visit|get-together|sit-down|time|one|tête-à-tête)' +
    '|(?:meet|meeting|met|see|seeing|get\\s+together|sit\\s+down|gather|convene)(?:\\s+\\w+){0,2}?\\s+again' +
    // "are next expected to meet at the summit in Sydney", "will meet next in Sydney"
    '|next\\s+(?:(?:expected|due|set|scheduled|slated|likely|going)\\s+to\\s+)?(?:meet|see\\s+each\\s+other|sit\\s+down|get\\s+together)' +
    '|(?:meet|see\\s+each\\s+other|sit\\s+down|get\\s+together)\\s+next(?!\\s+(?:week|month|year|day|morning|afternoon|evening|spring|summer|autumn|fall|winter|time))' +
    // the talks carried on at a later date, as something still to do: "agreed to continue the
    // dialogue in Genoa", "will resume their talks"; not "the talks continued over dinner"
    '|(?:to|will|would|shall|could|should|might)\\s+(?:(?:continue|resume|pick\\s+up|carry\\s+on)\\s+(?:the\\s+|their\\s+|this\\s+|these\\s+)?(?:[\\w-]+\\s+)?(?:dialogue|talks|conversation|discussions?|contacts?|consultations|negotiations|exchange(?:\\s+of\\s+views)?)|reconvene)' +
    // … said of the talks themselves: "the conversation will be continued in Glassboro"
    '|(?:dialogue|talks|conversation|discussions?|consultations|negotiations)\\s+(?:will|would|shall|is\\s+to|are\\s+to)\\s+be\\s+(?:continued|resumed)' +
    // both of them, at a time ahead: "are due to see each other at APEC in Sydney"
    '|(?:to|will|would|shall)\\s+(?:see|meet)\\s+(?:each\\s+other|one\\s+another)' +
    // "looked forward to seeing him in Beijing": a meeting hoped for is a next one
    '|look(?:s|ed|ing)?\\s+forward\\s+to\\s+(?:seeing|meeting|hosting|receiving)(?!\\s+(?:the\\s+)?(?:reporters|journalists|press|media|public|people|students|crowds?|fans|voters|troops|workers)\\b)' +
    // a meeting someone would hold or asks the other to come to: "could hold an informal summit
    // like this in India", "asked Kim to come to Moscow next"
    '|(?:could|would|will|shall|should|to)\\s+(?:hold|host|have|organi[sz]e|stage)\\s+["“]?(?:a|an|another|the\\s+next)\\s+(?:[\\w-]+\\s+){0,2}?(?:summit|meeting|talks)' +
    '|(?:ask|asks|asked|asking|urged|urges)\\s+(?:[\\w-]+\\s+){1,3}?to\\s+(?:come|travel|fly)' +
    // "a promise to come to Seoul", "pledged to travel to Moscow"
    '|(?:promis\\w*|pledg\\w*|vow\\w*|agreed|offer\\w*)\\s+to\\s+(?:come|travel|fly|go|return)' +
    '|invit(?:ed|es|e|ing|ation|ations)|visit(?:s|ed|ing)?|welcom(?:e|ing)|rematch)\\b',
  'gi',
);
// for a single search: exec on the global one would leave its lastIndex for the next matchAll
const NEXT_CUE_ONE = new RegExp(NEXT_CUE.source, 'i');
// a label that opens a line: "Next summit:", "- Next meeting —"; "Next stop:" is a trip, not a meeting
const NEXT_LABEL = /^[\s*•·-]*(?:the\s+)?(?:next|upcoming|follow-up|return)\s+(?:summit|meeting|talks|round|visit|encounter)\s*[:—–]\s*/i;
const VENUE_AS =
  /(?<![\p{L}\p{M}\d.'’-])((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'’-]*)\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:floated|suggested|proposed|mentioned|named|put\s+forward|offered)\s+)?as\s+(?:the\s+|a\s+)?(?:possible\s+|likely\s+|potential\s+)?(?:venue|location|site|host)\b/gu;
// the last word of a body's name, not a place's ("Asia-Pacific Economic Cooperation", "Eastern Economic Forum")
const BODY = /\b(?:Co-?operation|Organi[sz]ation|Forum|Union|Alliance|Community|Commonwealth|Council|Partnership|Association)$/;
// "the next G20 summit in Johannesburg" is a gathering of many, not the two leaders' next meeting
const MULTILATERAL = /\b(?:G-?\d+|APEC|ASEAN|NATO|BRICS|EU|UN|U\.N\.|SCO|OSCE|Group\s+of|Olympic\w*|regional|climate|multilateral)\b/i;
const DENIED = /\b(?:ruled\s+out|rules\s+out|rejected|rejects|declined|declines|dismissed|refused|refuses|no\s+plans?|not\s+(?:be\s+)?(?:held|meet|go|travel|visit|come)|won['’]t|will\s+not|would\s+not|wouldn['’]t|never|turned\s+down)\b/i;
const ACCEPTED = /\b(?:agreed|agree|agrees|accepted|accepts|accept|announced|confirmed|set\s+for|scheduled\s+for|was\s+set|were\s+set|has\s+been\s+set|arranged|decided)\b/i;
const PROPOSED = /\b(?:propos\w*|suggest\w*|ask(?:ed|s|ing)?\s+(?:[\w-]+\s+){1,3}?to|offer\w*|invit\w*|float\w*|could|might|may|possibly|perhaps|maybe|idea|would\s+like|wants?\s+to|wanted\s+to|willing|open\s+to|raised\s+the\s+(?:idea|possibility)|urged|called\s+for|pitched|next\s+time)\b/i;
const HOPED = /\b(?:hope[sd]?|hoping|wish\w*|look(?:s|ed|ing)?\s+forward)\b/i;
const EXPECTED = /\b(?:expected|promis\w*|pledg\w*|vow\w*|expects?|likely|will|would|plans?|planned|planning|intends?|intended|to\s+be\s+held|set\s+to|due\s+to|scheduled|slated)\b/i;
// who is cited, as a group ("Russian officials", "the Kremlin"); written here without nested
// repetition so that the search stays linear
const WHO_GROUP =
  '(?:[Tt]he\\s+)?(?:(?:Russian|U\\.S\\.|US|American|Chinese|North\\s+Korean|South\\s+Korean|Ukrainian|Soviet|Western|European|Kremlin|White\\s+House|state|senior|unnamed)\\s+){0,2}' +
  '(?:aides|officials|diplomats|sources|spokesm[ae]n|spokeswoman|spokesperson|negotiators|delegations?|media|Kremlin|White\\s+House|Moscow|Washington|Beijing|Pyongyang|Seoul|Kyiv|Tokyo)';
// "Putin proposed", "the Kremlin said": who a proposal, hope or refusal belongs to. People and
// groups are two searches so that neither regex grows too large to check for backtracking.
const AGENT_VERB =
  '\\s+(?:(?:also|later|then|has|had|have|even|again|first|quickly|[a-z]+ly)\\s+){0,2}(?:propos\\w*|suggest\\w*|offer\\w*|invit\\w*|float\\w*|extend\\w*|hope[sd]?|hoping|said|says|told|added|urged|pitched|raised|wants?|wanted|declined|rejected|refused|ruled|dismissed|accepted|agreed|expressed|called)\\b';
const AGENTS = [
  new RegExp(`(?<![\\w'’.-])(${WHO_GROUP})${AGENT_VERB}`, 'g'),
  new RegExp(`(?<![\\w'’.-])([Hh]e|[Ss]he|[A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){0,3}|[Tt]he\\s+(?:[A-Z][\\w.]+\\s+)?(?:president|leader|prime\\s+minister|premier|chancellor))${AGENT_VERB}`, 'g'),
];
const GROUP_ONLY = new RegExp(`^(?:${WHO_GROUP})$`);
// "…, officials said." closing the sentence
const SAID_AFTER = new RegExp(`[,—–]\\s*(${WHO_GROUP}|[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3}|[Hh]e|[Ss]he)\\s+(?:said|says|told(?:\\s+\\w+){1,4}?|added|confirmed|announced)\\s*(?:[.,]\\s*)?$`);
const STANCE_VERB_FIRST = /^\s*(?:(?:also|later|then|even|again|[a-z]+ly)\s+)?(?:propos\w*|suggest\w*|offer\w*|invit\w*|float\w*|extend\w*|hope[sd]?|hoping|said|says|told|added|urged|pitched|raised|wants?|wanted|declined|rejected|refused|ruled|dismissed|accepted|agreed)\b/;
const SUBJECT_FIRST = /^\s*((?:President\s+|Prime\s+Minister\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,/;
const NOT_AGENT = /^(?:The|It|This|That|They|We|I|But|And|Both|Two|Leaders|Reports?|In|At|On|After|Before|When|While|Asked|Speaking)$/;

function modalityOf(text: string): Modality {
  if (DENIED.test(text)) return 'denied';
  if (ACCEPTED.test(text) && !/\b(?:agreed\s+to\s+consider|consider)\b/i.test(text)) return 'stated';
  if (PROPOSED.test(text)) return 'proposed';
  if (HOPED.test(text)) return 'hoped';
  if (EXPECTED.test(text)) return 'expected';
  return 'stated';
}

/**
 * The stretch of a clause that says how a next meeting is put: from the comma before its cue,
 * so that "When Gorbachev proposed X, both sides called it a stop on the way to a full summit
 * in the United States" does not make the full summit Gorbachev's proposal. When that stretch
 * opens on a verb ("Putin, smiling, proposed holding…"), its subject is before the comma and
 * the whole clause counts.
 */
function stanceFrom(t: string, clauseFrom: number, cueAt: number): number {
  const comma = t.lastIndexOf(',', cueAt - 1);
  if (comma < clauseFrom) return clauseFrom;
  const rest = t.slice(comma + 1, cueAt);
  return STANCE_VERB_FIRST.test(rest) ? clauseFrom : comma + 1;
}

/** Who proposes, hopes, denies or says it: the agent of the clause, else the quotation's speaker. */
function agentOf(doc: Doc, s: Sentence, from: number, rel: number, stated = false): string {
  if (insideQuote(s.text, rel)) return quoteSpeaker(doc, s, rel) ?? 'report';
  const left = s.text.slice(from, rel);
  const agents: { who: string; at: number }[] = [];
  const found = AGENTS.flatMap((re) => [...left.matchAll(re)]).sort((a, b) => a.index! - b.index!);
  for (const m of found) {
    // "When Mikhail Gorbachev proposed…": the conjunction is not part of the name
    const lead = m[1]!.match(/^(?:When|While|After|Before|As|But|And|If|Although|Though|Because|Since|Then|So|Later|Earlier)\s+/);
    // "Trump's invitation": the one who invites
    let who = (lead ? m[1]!.slice(lead[0].length) : m[1]!).replace(/['’]s$/, '');
    if (/^(?:Officials|Aides|Diplomats|Sources|Negotiators)$/.test(who)) who = who.toLowerCase();
    const group = GROUP_ONLY.test(who);
    if (!group && NOT_AGENT.test(who.split(/\s+/)[0]!) && !/^(?:The|Both)\s+\S+\s+(?:president|leader|prime)/i.test(who)) continue;
    // "talks between Russia and Ukraine would…": a country is not who proposes, unless
    // reports use it for its government ("Moscow proposed")
    if (!group && lookup(who)) continue;
    // what a report states as settled ("Kim accepted the invitation") is its own word, unless
    // someone is quoted saying it
    if (stated && !/\b(?:said|says|told|added|announced|confirmed)\b/.test(m[0].slice(m[1]!.length))) continue;
    agents.push({ who, at: from + m.index! + (lead ? lead[0].length : 0) });
  }
  // the nearest agent that names someone: "Trump said he hoped…" is Trump's hope even when
  // the report never gives his full name for "he" to resolve to
  for (let i = agents.length - 1; i >= 0; i--) {
    const { who, at } = agents[i]!;
    if (/^(?:the\s+two|both)\b/i.test(who)) return 'report';
    const name = nameOf(doc, who.replace(/^(?:President|Prime\s+Minister|Chairman)\s+/, ''), s.start + at);
    if (name !== 'unknown') return name;
  }
  // "Vladimir Putin, speaking in English, proposed…": the last person named before the verb
  if (STANCE_VERB_FIRST.test(left.slice(left.lastIndexOf(',') + 1))) {
    let person: string | undefined;
    for (const m of doc.people.mentions) {
      if (m.start >= s.start + rel) break;
      if (m.start >= s.start + from) person = m.person.name;
    }
    if (person) return person;
    const subject = left.match(SUBJECT_FIRST);
    if (subject && !lookup(subject[1]!) && !NOT_AGENT.test(subject[1]!.split(/\s+/)[0]!)) return nameOf(doc, subject[1]!, s.start + from);
  }
  const after = s.text.slice(rel).match(SAID_AFTER);
  if (after) return nameOf(doc, after[1]!, s.start + rel + after.index!);
  // a citation elsewhere in the sentence counts only when it says "according to"
  const voice = voiceAt(doc, s, s.start + rel);
  return voice.cue === 'according to' ? voice.attribution : 'report';
}

const SEASON = 'spring|summer|autumn|fall|winter';
const FEW = '(?:a\\s+few|a\\s+couple\\s+of|several|two|three|four|five|six|\\d+)';
// times of a next meeting, in three searches (vague, relative, calendar) to keep each small
const TIMES = [
  /(?<![\w-])(?:(?:very\s+)?soon|shortly|in\s+the\s+(?:near|not\s+too\s+distant|foreseeable)\s+future|at\s+an\s+early\s+date|at\s+an?\s+(?:appropriate|convenient|later|future)\s+(?:time|date)|at\s+some\s+point|in\s+due\s+course)\b/gi,
  new RegExp(
    [
      `(?:within|in|over)\\s+the\\s+(?:next|coming)\\s+(?:${FEW}\\s+)?(?:days|weeks|months|year)`,
      `within\\s+(?:${FEW}\\s+)?(?:days|weeks|months|years)`,
      'within\\s+(?:a|one)\\s+(?:week|month|year)',
      `in\\s+${FEW}\\s+(?:days|weeks|months)`,
      "in\\s+a\\s+(?:week|month)(?:['’]s\\s+time)?",
    ].map((x) => `\\b${x}\\b`).join('|'),
    'gi',
  ),
  new RegExp(
    [
      `(?:early|late|later|mid-?)\\s*next\\s+(?:week|month|year|${SEASON})`,
      `next\\s+(?:week|month|year|${SEASON})`,
      `(?:later|early|earlier)\\s+this\\s+(?:week|month|year|${SEASON})`,
      `this\\s+(?:${SEASON}|year)`,
      '(?:by|before)\\s+the\\s+end\\s+of\\s+(?:the|this|next)\\s+(?:year|month)',
      `in\\s+(?:early\\s+|mid-?|late\\s+)?(?:${MONTHS})(?:\\s+(?:19|20)\\d\\d)?`,
      `in\\s+the\\s+(?:${SEASON})(?:\\s+of\\s+(?:19|20)\\d\\d)?`,
      '(?:in|for)\\s+(?:early\\s+|late\\s+)?(?:19|20)\\d\\d',
      `on\\s+(?:${MONTHS})\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d\\d)?`,
      `on\\s+\\d{1,2}\\s+(?:${MONTHS})(?:\\s+(?:19|20)\\d\\d)?`,
    ].map((x) => `\\b${x}\\b`).join('|'),
    'gi',
  ),
];
// "no date has been set", "did not say when": silence, not a time
const NO_TIME = [
  /\bno\s+(?:date|time|timeline|timetable|timeframe)\b/i,
  /\bwithout\s+(?:a\s+)?(?:date|timeline)\b/i,
  /\b(?:did\s+not\s+say\s+when|not\s+(?:yet\s+)?(?:set|scheduled|fixed))\b/i,
];

/**
 * "Their second summit, held in Hanoi, collapsed" is history; "a second summit could be held in
 * Hanoi" is a next meeting: an ordinal cue counts only in a clause that looks ahead.
 */
function aheadIfOrdinal(s: Sentence, cue: RegExpMatchArray, until: number): boolean {
  if (!/^(?:second|third|fourth)\b/i.test(cue[0])) return true;
  const [from, to] = clauseBounds(s, cue.index!);
  return LOOKS_AHEAD.test(s.text.slice(from, Math.min(to, until + 40)));
}

/** Where what follows a place or time stops bearing on it: the next comma or conjunction. */
function tailEnd(t: string, from: number, to: number): number {
  const rest = t.slice(from, Math.min(to, from + 40));
  const stop = rest.search(/,|\b(?:and|but|while|although|though)\b/);
  return from + (stop < 0 ? rest.length : stop);
}

interface NextFound {
  claims: Claim[];
  /** place, modality and who: a report that repeats a proposal states it once */
  seen: Set<string>;
  /** the year a location comes with ("in the United States in 1990"), by claim */
  years: Map<Claim, number>;
}

/**
 * An exchange of visits ("Gorbachev will visit the United States in 1986 and Reagan the Soviet
 * Union in 1987") settles two meetings, and only the first is the next one: of settled places
 * that cannot both be right, the one with the earlier year is kept, else the one named first.
 * Proposals are left as they are: two people floating two places is a real disagreement.
 */
function firstOfExchange(claims: Claim[], years: Map<Claim, number>): Claim[] {
  // a next meeting the report itself states as settled ("they will see each other again in
  // Genoa") comes before invitations made for some later day: a proposal of a place apart from
  // it is a later visit, not a rival next meeting
  const settled = claims.filter((c) => c.type === 'next_meeting.location' && c.attribution === 'report' && (c.modality === 'stated' || c.modality === 'expected'));
  if (settled.length) {
    claims = claims.filter((c) => c.type !== 'next_meeting.location' || !(c.modality === 'proposed' || c.modality === 'hoped') ||
      !settled.some((k) => relatePlaces(k.value as PlaceValue, c.value as PlaceValue) === 'conflict'));
  }
  const kept: Claim[] = [];
  for (const c of claims) {
    if (c.type !== 'next_meeting.location' || (c.modality !== 'stated' && c.modality !== 'expected')) {
      kept.push(c);
      continue;
    }
    const rival = kept.findIndex((k) => k.type === c.type && k.attribution === c.attribution && (k.modality === 'stated' || k.modality === 'expected') &&
      relatePlaces(k.value as PlaceValue, c.value as PlaceValue) === 'conflict');
    if (rival < 0) kept.push(c);
    else if ((years.get(c) ?? Infinity) < (years.get(kept[rival]!) ?? Infinity)) kept[rival] = c;
  }
  return kept;
}

const CALLED_OFF = /\b(?:cancel(?:led|ed|s)?|cancell?ation|scrapped|called\s+off|calls\s+off|axed|abandoned|shelved|postponed\s+indefinitely)\b/i;

// what the summit settled: a visit with a date, said of it, is the next meeting
const SETTLED = /\b(?:agreed|agreement|accord|understanding|declaration|statement|communiqu\w*|pledged?|under\s+the\s+(?:deal|plan|accord|statement|declaration)|signed)\b/i;

// "Gorbachev to Washington next year", "he goes to Pyongyang in the autumn": one of the two
// leaders travelling, at a time ahead, in a clause about what the summit settled
const TRAVEL_TRIGGER = /\bto\s+(?:the\s+)?\p{Lu}/u;
const TRAVEL = new RegExp(
  `(?<![\\w'’.-])([Hh]e|[Ss]he|[A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){0,2})\\s+(?:(?:will|would|is\\s+to|is\\s+due\\s+to|plans\\s+to|then)\\s+)?` +
    `(?:(?:go|goes|going|travel|travels|fly|flies|head|heads|come|comes|return|returns)\\s+)?to\\s+`,
  'g',
);
// a clause of time that presupposes the trip it dates
const PRESUPPOSED = /\b(?:by\s+the\s+time|when|once|before|until|ahead\s+of\s+the\s+day)\s+$/i;
const INTENT = /\b(?:will|would|is\s+to|is\s+due\s+to|plans\s+to)\s/i;
const principalCache = new WeakMap<Doc, Set<string>>();

/** Whether the sentence names the other of the two leaders than the one who travels. */
/** Whether a place is in the country of the other of the two leaders than the one who travels, as the report titles him. */
function toOthersHome(doc: Doc, s: Sentence, who: string, rel: number, place: PlaceValue): boolean {
  const traveller = travellerOf(doc, s, who, rel);
  const pair = principals(doc);
  if (!traveller || !pair.has(traveller)) return false;
  const other = [...pair].find((n) => n !== traveller);
  const person = other ? doc.people.resolve(other) : undefined;
  if (!person) return false;
  return homesOf(person).some((home) => {
    const r = relatePlaces(place, { place: home, within: [] });
    return r === 'same' || r === 'narrower';
  });
}

/** The countries a person's titles give them: "north korean leader" → North Korea. */
function homesOf(person: Person): string[] {
  const homes: string[] = [];
  for (const role of person.roles) {
    const words = role.split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const home = demonymPlace(words.slice(0, k).join(' '));
      if (home) homes.push(home);
    }
  }
  return homes;
}

/** Who "he", "she" or a name at rel of the sentence is. */
function travellerOf(doc: Doc, s: Sentence, who: string, rel: number): string | undefined {
  return /^(?:he|she)$/i.test(who) ? doc.people.antecedent(s.start + rel, who.toLowerCase())?.name : doc.people.resolve(who)?.name;
}

function namesOther(doc: Doc, s: Sentence, who: string, rel: number): boolean {
  const traveller = travellerOf(doc, s, who, rel);
  const pair = principals(doc);
  if (!traveller || !pair.has(traveller)) return false;
  const mentions = doc.people.mentions;
  // the mentions are in text order: a binary search finds the sentence's first
  let a = 0;
  let b = mentions.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (mentions[mid]!.start < s.start) a = mid + 1;
    else b = mid;
  }
  for (let i = a; i < mentions.length && mentions[i]!.start < s.end; i++) {
    const name = mentions[i]!.person.name;
    if (name !== traveller && pair.has(name)) return true;
  }
  return false;
}

/** The two people the report names most: in a report of a summit, its two leaders. */
function principals(doc: Doc): Set<string> {
  let found = principalCache.get(doc);
  if (!found) {
    const count = new Map<string, number>();
    for (const m of doc.people.mentions) count.set(m.person.name, (count.get(m.person.name) ?? 0) + 1);
    found = new Set([...count].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name]) => name));
    principalCache.set(doc, found);
  }
  return found;
}

function principalTravels(doc: Doc, s: Sentence, out: NextFound): void {
  const t = s.text;
  for (const m of t.matchAll(TRAVEL)) {
    const phrase = placePhrase(t, m.index! + m[0].length);
    if (!phrase?.place || !lookup(phrase.place)) continue;
    const [from, to] = clauseBounds(s, m.index!);
    const clause = t.slice(from, to);
    // "by the time Reagan goes to Moscow next spring" takes the trip as settled as an agreement does
    const presupposed = PRESUPPOSED.test(t.slice(from, m.index!));
    // "Abe said he would travel to Vladivostok next September for a forum Putin hosts": one
    // leader's own plan to go where the other is, said with the other in view
    // (… or to the other's own country: "Bush told the crowd he would travel to Russia next year"
    // in a report on Bush and Putin, the Russian president)
    const intended = INTENT.test(m[0]) && (namesOther(doc, s, m[1]!, m.index!) || toOthersHome(doc, s, m[1]!, m.index!, placeValue(phrase)!));
    if (!(SETTLED.test(clause) || presupposed || intended) || !timeAhead(t.slice(phrase.end, to)) || pastForNext(doc, t.slice(from, m.index!))) continue;
    if (MULTILATERAL.test(t.slice(phrase.end, tailEnd(t, phrase.end, to)))) continue;
    const who = m[1]!;
    const person = travellerOf(doc, s, who, m.index!);
    if (!person || !principals(doc).has(person)) continue;
    const value = placeValue(phrase)!;
    const modality = modalityOf(t.slice(m.index!, tailEnd(t, phrase.end, to)));
    const key = `${placeKey(value.place)}|${modality}|report`;
    if (out.seen.has(key)) continue;
    out.seen.add(key);
    const claim: Claim = { type: 'next_meeting.location', value, span: { start: s.start + phrase.start, end: s.start + phrase.end }, attribution: 'report', modality };
    const tail = t.slice(phrase.end, tailEnd(t, phrase.end, to));
    const years = eventYears(doc);
    const year = phrase.year ?? Number(tail.match(/\b(?:19|20)\d\d\b/)?.[0] ?? (/\bnext\s+year\b/i.test(tail) && years.size ? Math.max(...years) + 1 : NaN));
    if (year) out.years.set(claim, year);
    out.claims.push(claim);
  }
}

function nextMeeting(doc: Doc, s: Sentence, out: NextFound, prev?: Sentence): void {
  const t = s.text;
  // "made an unofficial visit to China at Xi's invitation": the visit reported, and what it was
  // made at the invitation of, are this meeting's
  const cues = [...t.matchAll(NEXT_CUE)].filter((c) => {
    const before = t.slice(Math.max(0, c.index! - 60), c.index!);
    if (/^invit/i.test(c[0]) && /\bat\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$/i.test(before)) return false;
    return !(/^visit/i.test(c[0]) && /\b(?:made|paid|is\s+making|was\s+making|is\s+paying|was\s+paying|completed|concluded|wrapped\s+up|ended)\s+(?:an?|his|her|its|the|their)\s+(?:["“]?[\w-]+["”]?\s+){0,3}$/i.test(before));
  });
  if (!cues.length) return;
  const seenPlaces = out.seen;
  const near = (rel: number, relEnd: number): RegExpMatchArray | undefined => {
    // the cue must sit in the same clause, within a short distance before or just after
    const [from, to] = clauseBounds(s, rel);
    let best: RegExpMatchArray | undefined;
    for (const c of cues) {
      const cs = c.index!;
      const ce = cs + c[0].length;
      if (cs < from || ce > to) continue;
      if (ce <= rel && rel - ce <= 70) best = c;
      // after it only as its purpose: "to Moscow for a second summit"
      // … with a day in between: "return to Moscow on Sunday for another round"
      else if (!best && cs >= relEnd && /^[\s,]*(?:(?:on|next|this|in|early|late)\s+(?:[\w-]+\s+){1,2})?(?:for|as)\s+(?:the\s+|a\s+|an\s+|their\s+)?$/i.test(t.slice(relEnd, cs)) && !/^(?:invit|visit)/i.test(c[0])) best = c;
    }
    return best;
  };

  // where
  const prepRe = /\b(in|at|to|on|visit(?:ing|s|ed)?)\s+/gi;
  let consumed = -1;
  for (const m of t.matchAll(prepRe)) {
    if (m.index! < consumed) continue;
    const word = m[1]!.toLowerCase();
    if (word === 'at' && TARGET_AT.test(t.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    if (word === 'to' && NOT_DESTINATION.test(t.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const phrase = placePhrase(t, m.index! + m[0].length);
    if (!phrase || !phrase.place) continue;
    // "on" holds a next meeting only on land or an island or ship: "on Egyptian soil", not "on Ukraine"
    if (word === 'on' && !(LAND.test(phrase.head ?? '') || VESSEL_HEADS.test(phrase.head ?? '') || /^(?:island|isle)$/.test(phrase.head ?? '') || ISLANDS.has(placeKey(phrase.place)))) continue;
    // "Moon will visit Pyongyang": the visit is its own cue
    const cue = near(m.index!, phrase.end) ?? (/^visit/.test(word) ? cues.find((c) => c.index === m.index) : undefined);
    if (!cue) continue;
    // a name the gazetteer does not know is a place when the cue governs it closely: "meet
    // again on Sunday at Hollins Lodge", not any capitalised word further on
    if (!phrase.grounded && !lookup(phrase.place)) {
      // (a clock time is no clause mark: "set for 1:30 p.m. Sunday at Hollybush")
      const between = (cue.index! > m.index! ? t.slice(phrase.end, cue.index!) : t.slice(cue.index! + cue[0].length, m.index!)).replace(/\b\d{1,2}[:.]\d\d\b/g, '0');
      // (nor a body's name: "at the Asia-Pacific Economic Cooperation summit in Sydney")
      if (!/^(?:in|at|to)$/.test(word) || between.length > 30 || /[,;:]/.test(between) || MULTILATERAL.test(t.slice(phrase.start, phrase.end)) || BODY.test(phrase.place)) continue;
    }
    const cueText = cue[0].toLowerCase();
    if (MULTILATERAL.test(cue[0])) continue;
    // "This week they met again, this time in Bern": the meeting reported, not a next one
    if (/\bmet\b/.test(cueText) && !/\b(?:will|would|to|could|plan)\b/i.test(t.slice(clauseBounds(s, m.index!)[0], m.index!))) continue;
    // "welcome" looks ahead only when the clause does: "look forward to welcoming him to
    // Washington next year", not the welcome at this summit
    if (/^welcom/.test(cueText) && !(/\b(?:look(?:s|ed|ing)?\s+forward\s+to|will|would|shall|hope[sd]?\s+to|expects?\s+to|plans?\s+to)\s+(?:\w+\s+)?$/i.test(t.slice(0, cue.index!)) || timeAhead(t.slice(phrase.end, phrase.end + 40)))) continue;
    if (/^welcom/.test(cueText) && word !== 'to') continue;
    if (!aheadIfOrdinal(s, cue, phrase.end)) continue;
    // "a second summit, which the White House said would be held in Vietnam": a relative clause
    const gap = t.slice(cue.index! + cue[0].length, m.index!).replace(/\b(?:which|that)\s+(?:[\w.'’-]+\s+){0,3}(?:said|says)\b/i, '');
    if (TOPIC_BEFORE.test(t.slice(0, m.index!)) || /\b(?:said|told|about|regarding|over)\b/i.test(gap)) continue;
    // "to" takes a place only after an invitation or a visit: "invited Kim to the White House"
    // … or a visit or trip itself, however qualified: "a return visit to Seoul", "a reciprocal trip to Moscow"
    if (word === 'to' && !/^(?:invit|visit|welcom)/.test(cueText) && !/(?:visit|trip|journey)$/.test(cueText) && !/\b(?:come|go|travel|trip|fly|head|return)\w*\s+$/i.test(t.slice(0, m.index!))) continue;
    if (/^visit/.test(word) && !/^(?:invit|visit)/.test(cueText) && !/\b(?:agreed|accepted|promised|pledged|invit\w*)\b/i.test(t.slice(0, m.index!))) continue;
    // a bare "visit" names a next meeting only when invited to or agreed on, not any trip
    // … or when it comes with a time ahead: "Moon will visit Pyongyang in the autumn"
    if (/^visit/.test(cueText) && !/\b(?:invit\w*|agreed|accepted|promised|pledged|return|reciprocal|next|second|planned|scheduled|set\s+(?:for|to)|(?:is|was|are|were|been)\s+set|date|upcoming|expected|understanding|(?:will|shall|is\s+to)\s+(?:pay|make)\s+(?:an?\s+)?(?:official|state))\b/i.test(t.slice(clauseBounds(s, m.index!)[0], phrase.end + 40).replace(/\b(?:next|second|third|fourth|final|last)\s+(?:full\s+)?(?:week|month|year|spring|summer|autumn|fall|winter|day|morning|afternoon|evening|night|leg|stop)\b/gi, '')) && !(/\b(?:will|to|is\s+to|would)\s+$/i.test(t.slice(0, cue.index!)) && (SETTLED.test(t) || SETTLED.test(prev?.text ?? '')) && timeAhead(t.slice(phrase.end, tailEnd(t, phrase.end, clauseBounds(s, phrase.end)[1]) + 20)))) continue;
    // a year after the summit's own is when the next one is: "a meeting in the United States in 1990"
    // (only the stretch that bears on the place: "Recalling the accord reached in Geneva, he
    // said the meeting was to prepare his visit to the United States")
    if (pastForNext(doc, ownStretch(t.slice(clauseBounds(s, m.index!)[0], m.index!))) || HISTORY_AFTER.test(t.slice(phrase.end, clauseBounds(s, phrase.end)[1])) || datedBefore(doc, t.slice(phrase.end, clauseBounds(s, phrase.end)[1])) || (phrase.year && !eventYears(doc).has(phrase.year) && !(eventYears(doc).size ? phrase.year > Math.max(...eventYears(doc)) : LOOKS_AHEAD.test(t.slice(clauseBounds(s, m.index!)[0], m.index!))))) continue;
    // a meeting called off will not take place there: "a planned summit in Amman had been cancelled"
    if (CALLED_OFF.test(t.slice(...clauseBounds(s, m.index!)))) continue;
    consumed = phrase.end;
    let value = placeValue(phrase)!;
    // "at APEC in Sydney": the gathering is no place; the city it is in is
    if (MULTILATERAL.test(value.place) && value.within.length) value = { place: value.within[0]!, within: value.within.slice(1) };
    const [from, to] = clauseBounds(s, m.index!);
    const stance = stanceFrom(t, from, cue.index!);
    const modality = modalityOf(t.slice(stance, tailEnd(t, phrase.end, to)));
    const attribution = agentOf(doc, s, stance, m.index!, modality === 'stated');
    const key = `${placeKey(value.place)}|${modality}|${attribution}`;
    if (seenPlaces.has(key)) continue;
    seenPlaces.add(key);
    const claim: Claim = { type: 'next_meeting.location', value, span: { start: s.start + phrase.start, end: s.start + phrase.end }, attribution, modality };
    const year = phrase.year ?? Number(t.slice(phrase.end, tailEnd(t, phrase.end, to)).match(/\b(?:19|20)\d\d\b/)?.[0] ?? NaN);
    if (year) out.years.set(claim, year);
    out.claims.push(claim);
  }

  // a briefing's label: "Next summit: Washington, 1986.", "Next meeting — Moscow"
  const label = t.match(NEXT_LABEL);
  if (label && label[0].length > consumed) {
    const phrase = placePhrase(t, label[0].length);
    if (phrase?.place && (phrase.grounded || lookup(phrase.place)) && !MULTILATERAL.test(label[0])) {
      const value = placeValue(phrase)!;
      const modality = modalityOf(t.slice(phrase.end, tailEnd(t, phrase.end, t.length)));
      const key = `${placeKey(value.place)}|${modality}|report`;
      if (!seenPlaces.has(key)) {
        seenPlaces.add(key);
        consumed = phrase.end;
        out.claims.push({ type: 'next_meeting.location', value, span: { start: s.start + phrase.start, end: s.start + phrase.end }, attribution: 'report', modality });
      }
    }
  }

  // "Putin suggested Moscow as the venue for their next meeting", "Moscow was floated as a
  // possible venue for a second summit": a known place named as the venue of a next meeting
  for (const m of t.matchAll(VENUE_AS)) {
    const name = m[1]!.replace(/^(?:The|A|An)\s+/, '');
    const known = lookup(name);
    if (!known || m.index! < consumed) continue;
    const after = t.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    const cue = /^\s*for\s+/i.test(after) ? after.match(NEXT_CUE_ONE) : null;
    if (!cue || cue.index! > 20 || MULTILATERAL.test(cue[0])) continue;
    const start = m.index! + m[0].indexOf(name);
    const [from, to] = clauseBounds(s, start);
    const modality = modalityOf(t.slice(from, tailEnd(t, m.index! + m[0].length, to)));
    const attribution = agentOf(doc, s, from, start, modality === 'stated');
    const key = `${placeKey(canonical(name))}|${modality}|${attribution}`;
    if (seenPlaces.has(key)) continue;
    seenPlaces.add(key);
    const value = placeValue({ start, end: start + name.length, place: name, within: [], kind: known.kind, grounded: true })!;
    out.claims.push({ type: 'next_meeting.location', value, span: { start: s.start + start, end: s.start + start + name.length }, attribution, modality });
  }

  // when
  const [sentFrom, sentTo] = [0, t.length];
  if (NO_TIME.some((re) => re.test(t))) return;
  const times = TIMES.flatMap((re) => [...t.matchAll(re)]).sort((a, b) => a.index! - b.index!);
  for (const m of times) {
    const rel = m.index!;
    const relEnd = rel + m[0].length;
    if (rel < sentFrom || relEnd > sentTo) continue;
    if (/^(?:in|on)\s/i.test(m[0]) && /\b(?:since|ago)\b/i.test(t.slice(Math.max(0, rel - 30), rel))) continue;
    const cue = near(rel, relEnd);
    if (!cue) continue;
    const cueText = cue[0].toLowerCase();
    if (!aheadIfOrdinal(s, cue, relEnd)) continue;
    if (/^visit/.test(cueText) && !/\b(?:invit\w*|agreed|accepted|return|reciprocal|next|second)\b/i.test(t)) continue;
    // "met again on Friday for the first time since": the meeting reported, not a next one
    if (/\bmet\b/i.test(cueText) && !/\b(?:will|would|to|could|plan)\b/i.test(t.slice(clauseBounds(s, rel)[0], rel))) continue;
    const [from, to] = clauseBounds(s, rel);
    const stance = stanceFrom(t, from, Math.min(rel, cue.index!));
    const modality = modalityOf(t.slice(stance, tailEnd(t, relEnd, to)));
    const attribution = agentOf(doc, s, stance, Math.min(rel, cue.index!), modality === 'stated');
    const text = m[0].replace(/\s+/g, ' ');
    out.claims.push({ type: 'next_meeting.time', value: { text: text, date: dateOf(text) }, span: { start: s.start + rel, end: s.start + relEnd }, attribution, modality });
    break;
  }
}

const MONTH_AHEAD = new RegExp(`^\\s*(?:[\\w,]+\\s+){0,2}?(?:next|this\\s+coming|later\\s+this|early\\s+next)\\s+(?:${MONTHS})\\b`, 'i');
/** Whether a stretch opens on (or holds, a few words in) a time ahead: "in 1990", "this autumn", "next year". */
function timeAhead(text: string): boolean {
  // "for the Eastern Economic Forum next September": the purpose of a trip may come before its time
  text = text.replace(/^\s*(?:for|to\s+(?:attend|join|open|address))\s+(?:the\s+|an?\s+)?(?:[\p{L}\d-]+\s+){1,4}?(?=(?:this|next|later|early|in)\s)/iu, ' ');
  return /^\s*(?:[\w,]+\s+){0,2}?(?:this|next|later\s+this|early\s+next|in\s+the)\s+(?:year|spring|summer|autumn|fall|winter|month)\b/i.test(text) ||
    // "next September", "this coming March"
    MONTH_AHEAD.test(text) ||
    // "in the first half of next year", "in the early months of the coming year"
    /^\s*(?:[\w,]+\s+){0,2}?in\s+the\s+(?:first|second|latter|early|later|last|opening|closing)\s+(?:half|part|quarter|months|weeks)\s+of\s+(?:next|this|the\s+coming|the\s+new)\s+year\b/i.test(text) ||
    /^\s*(?:[\w,]+\s+){0,2}?in\s+(?:early\s+|late\s+)?(?:19|20)\d\d\b/i.test(text);
}

const MONTH_DAY_YEAR = new RegExp(`(${MONTHS})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)`, 'i');
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})\\s+(${MONTHS})\\s+((?:19|20)\\d\\d)`, 'i');
function dateOf(text: string): string | null {
  const a = text.match(MONTH_DAY_YEAR);
  const b = text.match(DAY_MONTH_YEAR);
  const [month, day, year] = a ? [a[1]!, a[2]!, a[3]!] : b ? [b[2]!, b[1]!, b[3]!] : [];
  if (!month) return null;
  const mi = monthNumber(month);
  const d = Number(day);
  if (d < 1 || d > 31) return null;
  return `${year}-${String(mi).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------
// Comparing times of a next meeting. Relative spans are days after the summit; calendar
// expressions are years and months. Only what can be told apart is a conflict: "within weeks"
// and "next year" may well both be right (a December summit), so they are merely of
// different width.

interface When {
  vague?: boolean;
  /** days after the summit */
  days?: [number, number];
  /** 0 this year, 1 next year; or a year written out */
  yearOffset?: number;
  year?: number;
  months?: [number, number];
  width: number;
}

const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const MONTH_WORD = new RegExp(`\\b(${MONTHS.toLowerCase()})\\b`);
export function whenOf(text: string): When {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/soon|shortly|future|early date|appropriate|convenient|later time|later date|some point|due course/.test(t)) return { vague: true, width: 400 };
  const unit = t.match(/\b(day|week|month|year)s?\b/);
  const span = (u: string) => (u === 'day' ? 1 : u === 'week' ? 7 : u === 'month' ? 31 : 365);
  const y = t.match(/\b((?:19|20)\d\d)\b/);
  const m = t.match(MONTH_WORD);
  const season = t.match(/\b(spring|summer|autumn|fall|winter)\b/);
  const part = /\bearly\b/.test(t) ? [1, 4] : /\bmid-?/.test(t) ? [5, 8] : /\b(?:late|later|end)\b/.test(t) ? [9, 12] : undefined;
  const calendar = (months?: [number, number]): When => {
    const w: When = { width: months ? (months[1] - months[0] + 1) * 30 : 365 };
    if (y) w.year = Number(y[1]);
    else if (/\bnext (?:year|spring|summer|autumn|fall|winter)\b/.test(t) || /next year/.test(t)) w.yearOffset = 1;
    else if (/\bthis (?:year|spring|summer|autumn|fall|winter)\b/.test(t) || /end of (?:the|this) year/.test(t)) w.yearOffset = 0;
    if (months) w.months = months;
    return w;
  };
  if (m) {
    const mi = monthNumber(m[1]!);
    const exact = /\d{1,2}/.test(t.replace(/(?:19|20)\d\d/, ''));
    return { ...calendar([mi, mi]), ...(exact ? { width: 1 } : {}) };
  }
  if (season && season[1] !== 'winter') return calendar(SEASONS[season[1]!]);
  if (season) return calendar();
  if (unit && (unit[1] === 'year') && /\b(?:next|this|end of)\b/.test(t)) return calendar(part as [number, number] | undefined);
  if (y) return calendar(part as [number, number] | undefined);
  if (unit && /\bnext (?:week|month)\b/.test(t)) return unit[1] === 'week' ? { days: [1, 14], width: 7 } : { days: [1, 62], width: 31 };
  if (unit && /\bthis (?:week|month)\b/.test(t)) return unit[1] === 'week' ? { days: [0, 7], width: 7 } : { days: [0, 31], width: 31 };
  if (unit) {
    const n = t.match(/\b(\d+|a|one|two|three|four|five|six)\s+(?:day|week|month|year)/);
    const count = n ? (COUNT[n[1]!] ?? Number(n[1])) : /few|couple|several/.test(t) ? 3 : 0;
    const per = span(unit[1]!);
    if (/^within|next|coming/.test(t) || /^(?:within|in|over) the/.test(t)) {
      const hi = count ? count * per : per === 1 ? 14 : per === 7 ? 60 : per === 31 ? 365 : 730;
      return { days: [0, hi], width: hi };
    }
    const mid = (count || 3) * per;
    return { days: [Math.round(mid * 0.6), Math.round(mid * 1.4)], width: Math.round(mid * 0.8) };
  }
  return { vague: true, width: 400 };
}

export function relateTimes(a: TimeValue, b: TimeValue): Relation {
  if (a.date && b.date) return a.date === b.date ? 'same' : 'conflict';
  const ta = a.text.toLowerCase().replace(/\s+/g, ' ').trim();
  const tb = b.text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (ta === tb) return 'same';
  const wa = whenOf(a.text);
  const wb = whenOf(b.text);
  if (wa.vague && wb.vague) return 'same';
  if (wa.vague) return 'wider';
  if (wb.vague) return 'narrower';
  if (wa.days && wb.days) {
    if (wa.days[1] < wb.days[0] || wb.days[1] < wa.days[0]) return 'conflict';
  }
  const calA = !wa.days;
  const calB = !wb.days;
  if (calA && calB) {
    const yearsKnown = (wa.year !== undefined && wb.year !== undefined) || (wa.yearOffset !== undefined && wb.yearOffset !== undefined);
    const ya = wa.year ?? wa.yearOffset;
    const yb = wb.year ?? wb.yearOffset;
    if (yearsKnown && ya !== yb) return 'conflict';
    if (yearsKnown || (ya === undefined && yb === undefined)) {
      if (wa.months && wb.months) {
        if (wa.months[1] < wb.months[0] || wb.months[1] < wa.months[0]) return 'conflict';
      }
    }
  }
  if (wa.width === wb.width) return 'same';
  return wa.width < wb.width ? 'narrower' : 'wider';
}

// ---------------------------------------------------------------------------------------

const venueKind: ClaimKind<PlaceValue> = {
  type: 'meeting.venue',
  label: 'Venue',
  relate: relatePlaces,
  relateAmong: placesAmong,
  display: displayPlace,
  identity: placeIdentity,
  conflict: 'different places, neither inside the other',
};

// two families so that their rows fall where the catalog puts them: the venue beside the
// date, the next meeting after the outcome
export const venueExtractor: Extractor = {
  family: 'venue',
  kinds: [venueKind],
  extract(doc: Doc): Claim[] {
    const venue = findVenue(doc);
    return venue ? [venue] : [];
  },
};

export const nextMeetingExtractor: Extractor = {
  family: 'next-meeting',
  kinds: [
    { ...venueKind, type: 'next_meeting.location', label: 'Next meeting: where' },
    {
      type: 'next_meeting.time',
      label: 'Next meeting: when',
      relate: relateTimes,
      display: (v: TimeValue) => v.date ?? v.text,
      identity: (v: TimeValue) => v.date ?? v.text.toLowerCase().replace(/\s+/g, ' ').trim(),
      conflict: 'the times cannot both hold',
    } satisfies ClaimKind<TimeValue>,
  ],
  extract(doc: Doc): Claim[] {
    const next: NextFound = { claims: [], seen: new Set(), years: new Map() };
    let prev: Sentence | undefined;
    for (const s of doc.sentences) {
      if (NEXT_TRIGGER.test(s.text)) nextMeeting(doc, s, next, prev);
      if (TRAVEL_TRIGGER.test(s.text)) principalTravels(doc, s, next);
      prev = s;
    }
    return firstOfExchange(next.claims, next.years);
  },
};
