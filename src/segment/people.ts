// Who the report names. A capitalised pair is taken for a person only on evidence: a title
// before it ("President Vladimir Putin", "Ambassador Alexander Darchiev"), a speech verb after
// it, or its surname used alone elsewhere. Roles ("the Russian president") and bare surnames
// then resolve to the full name, so every extractor speaks of one person by one name.
import type { Doc } from './index.js';

export interface Person {
  name: string;
  surname: string;
  /** lower-case role phrases that name this person: "russian president", "kremlin leader" */
  roles: Set<string>;
}

export interface Mention {
  person: Person;
  start: number;
  end: number;
}

export interface People {
  persons: Person[];
  /** every mention (full name, surname, role phrase), in text order */
  mentions: Mention[];
  /** "Putin", "President Putin", "Vladimir Putin", "the Russian leader" → the person */
  resolve(phrase: string): Person | undefined;
  /** the last person mentioned before an offset, for "he said" */
  lastBefore(offset: number): Person | undefined;
}

const TITLES =
  'President|Prime Minister|Premier|Chancellor|Minister|Foreign Minister|Defen[cs]e Minister|Secretary|Secretary of State|Ambassador|Envoy|Special Envoy|Senator|Sen\\.|Rep\\.|Representative|Governor|General|Gen\\.|Admiral|Chairman|Chairwoman|Chair|Leader|Supreme Leader|King|Queen|Prince|Emperor|Pope|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Aide|Press Secretary|Director|Vice President|Vice-President|Deputy';
const NATION =
  "(?:U\\.S\\.|US|American|Russian|Soviet|Chinese|North Korean|South Korean|Ukrainian|Finnish|Indonesian|Japanese|Indian|French|German|British|Turkish|Israeli|Iranian|Saudi|Belarusian|Kazakh|Swiss|Icelandic|Maltese|Singaporean|Vietnamese|Kremlin|White House|Pentagon|Korean|EU|European)";
const NAME_WORD = "(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*|[A-Z]\\.)";
const FULL_NAME = `${NAME_WORD}(?:\\s+(?:de|van|von|bin|al|el|da|di|le|Jong|Ki)\\b)?(?:\\s+${NAME_WORD}){1,2}`;
const SPEECH =
  'said|says|told|added|noted|insisted|stressed|argued|asserted|claimed|declared|warned|wrote|posted|explained|remarked|recalled|replied|responded|announced|acknowledged|conceded|suggested|proposed|hoped|predicted|emphasi[sz]ed';

const titled = new RegExp(`(?:\\b(${NATION})\\s+)?\\b(${TITLES})\\s+(${FULL_NAME})`, 'g');
const speaking = new RegExp(`\\b(${FULL_NAME})\\s+(?:${SPEECH})\\b|\\b(?:${SPEECH})\\s+(${FULL_NAME})\\b`, 'g');
const appositive = new RegExp(`\\b(${FULL_NAME}),\\s+(?:the\\s+)?(${NATION})\\s+(president|leader|prime minister|premier|chancellor|foreign minister|leader)\\b`, 'g');
// words that start capitalised pairs which are never people
const NOT_PERSON = /^(?:The|A|An|Joint|Base|Air|Fox|News|State|Foreign|Prime|Vice|White|Red|United|North|South|East|West|New|Mr|Mrs|Ms|Dr|President|Minister|Senator|Ambassador|On|In|At|But|And|While|After|Before|Speaking|Following|Although|Unlike|Still|Trump'?s?|Russian|American|Ukrainian|Chinese|Kremlin|Moscow|Washington|Alaska|Anchorage)$/;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function nationKey(n: string): string {
  const k = norm(n).replace(/\./g, '');
  if (k === 'us' || k === 'american' || k === 'white house') return 'us';
  if (k === 'kremlin') return 'russian';
  return k;
}

export function indexPeople(doc: Doc): People {
  const text = doc.clean;
  const byName = new Map<string, Person>();
  const bySurname = new Map<string, Person>();

  const add = (rawName: string, role?: { nation?: string; title?: string }): Person | undefined => {
    const name = rawName.replace(/\s+/g, ' ').replace(/'s$/, '').trim();
    const words = name.split(' ');
    if (words.length < 2 || NOT_PERSON.test(words[0]!) || words.some((w) => /^(?:News|Base|Force|House|Times|Post|Press|Agency|Council|Union|Nations)$/.test(w))) return undefined;
    let p = byName.get(name);
    if (!p) {
      p = { name, surname: words[words.length - 1]!, roles: new Set() };
      byName.set(name, p);
      if (!bySurname.has(p.surname)) bySurname.set(p.surname, p);
    }
    if (role?.title) {
      const t = norm(role.title);
      if (role.nation) {
        const n = nationKey(role.nation);
        p.roles.add(`${n} ${t}`);
        if (/president|prime minister|premier|chancellor|leader/.test(t)) p.roles.add(`${n} leader`);
      }
    }
    return p;
  };

  for (const m of text.matchAll(titled)) add(m[3]!, { nation: m[1], title: m[2] });
  for (const m of text.matchAll(appositive)) add(m[1]!, { nation: m[2], title: m[3] });
  for (const m of text.matchAll(speaking)) add((m[1] ?? m[2])!);
  // a pair whose surname is used alone with a speech verb ("Putin said") is a person too;
  // the surnames are gathered in one pass so this stays linear in the text
  const speakers = new Set<string>();
  const lone = new RegExp(`\\b([A-Z][a-z]+)(?:'s|’s)?\\s+(?:${SPEECH})\\b|\\b(?:${SPEECH})\\s+([A-Z][a-z]+)\\b`, 'g');
  for (const m of text.matchAll(lone)) speakers.add((m[1] ?? m[2])!);
  const pair = new RegExp(`\\b(${FULL_NAME})\\b`, 'g');
  for (const m of text.matchAll(pair)) {
    const words = m[1]!.split(/\s+/);
    if (!byName.has(m[1]!) && speakers.has(words[words.length - 1]!)) add(m[1]!);
  }

  const persons = [...byName.values()];
  // a name seen only as "Putin" once "Vladimir Putin" is known must not become a second person
  const resolve = (phrase: string): Person | undefined => {
    const p = norm(phrase.replace(/['’]s$/, '')).replace(/^the\s+/, '');
    for (const person of persons) if (norm(person.name) === p) return person;
    const words = phrase.replace(/['’]s$/, '').trim().split(/\s+/);
    const last = words[words.length - 1]!;
    const bySur = bySurname.get(last);
    if (bySur) return bySur;
    const roleKey = p.replace(/\./g, '').replace(/^(?:then-)?/, '');
    const roleForms = [roleKey, roleKey.replace(/\bpresident\b/, 'leader')];
    for (const person of persons) for (const r of roleForms) if (person.roles.has(nationKey(r.split(' ')[0] ?? '') + r.slice(r.indexOf(' ')))) return person;
    return undefined;
  };

  // mentions: full names, surnames alone, and role phrases
  const mentions: Mention[] = [];
  if (persons.length) {
    const alts = new Set<string>();
    for (const p of persons) {
      alts.add(p.name.replace(/[.]/g, '\\.'));
      alts.add(p.surname);
    }
    const rolePhrase = `the\\s+${NATION}\\s+(?:president|leader|prime minister|premier|chancellor)`;
    const re = new RegExp(`\\b(?:${[...alts].sort((a, b) => b.length - a.length).join('|')})\\b|\\b${rolePhrase}\\b`, 'gi');
    for (const m of text.matchAll(re)) {
      if (!/^[A-Z]/.test(m[0]) && !/^the\s/i.test(m[0])) continue;
      const person = resolve(m[0]);
      if (person) mentions.push({ person, start: m.index!, end: m.index! + m[0].length });
    }
  }
  const starts = mentions.map((m) => m.start);
  const lastBefore = (offset: number): Person | undefined => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? mentions[lo - 1]!.person : undefined;
  };
  return { persons, mentions, resolve, lastBefore };
}
