// Direct quotations: what the leaders are quoted as saying, one claim per quoted sentence, lined
// up across sources by speaker first and then by content.
//
// Reading a report:
// - quotation marks are paired by a linear scan (curly, straight, single, guillemets), a
//   quotation left open at a paragraph's end and reopened at the next one continues there, and
//   a quote inside a quote stays part of the outer one;
// - a quote interrupted by its attribution (“We are interested,” Putin said, “but …”) is joined
//   into one quotation; its evidence span runs from the first fragment to the last, so it stays
//   an exact span of the file, and the joined wording goes in value.text;
// - a quotation set off as speech is a *remark* and is split into sentences, each a claim; a
//   quoted fragment inside the report's own sentence (“emerging progress”, “Russia hoax”) is a
//   *phrase* (value.phrase = true), kept whole;
// - the speaker is whoever the attribution names (“…,” Putin said / said Putin / Putin noted,
//   “…” / Trump told Fox News / according to the Kremlin / the Russian leader said / he said),
//   resolved to the person the report names; a quote that follows its speaker's quote in the
//   same paragraph with nothing but the attribution between keeps that speaker; anything else
//   stays unknown (null), never guessed.
//
// Lining up across sources (rows): by speaker first, then by content (Dice on the normalised
// wording together with the overlap of rare content words, so that a translation or an excerpt
// meets the remark it renders). A phrase joins the remark of another source it excerpts or
// paraphrases; a phrase that several sources quote from one speaker is a row of its own; a
// phrase that matches nothing (a lone scare-quoted term) is no row at all, so that such terms
// never swamp the matrix. Judging (judge): agree when the words are the same, adds-detail when
// one source has it or the others give exact excerpts, diverge when worded or attributed
// differently.
import stringSimilarity from 'string-similarity';
import type { Claim, Evidence, Relation, Sentence, Verdict } from '../types.js';
import type { Doc } from '../segment/index.js';
import { nameForm, nationKey, type Person } from '../segment/people.js';
import type { ClaimKind, Extractor } from './kind.js';
import { lineEnd, paragraphBreak } from './cues.js';
import { lookup } from './places.js';

export interface Quote {
  /** the full name of who said it, or null when the report does not make it plain */
  speaker: string | null;
  /** the remark as quoted, fragments of an interrupted quote joined, without quotation marks */
  text: string;
  /** a quoted fragment inside the report's own sentence rather than a remark set off as speech */
  phrase?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Quotation marks

/** One stretch between an opening mark and its closing mark (or the paragraph's end). */
export interface Fragment {
  /** offset of the opening mark */
  open: number;
  /** the words inside: [start, end) */
  start: number;
  end: number;
  /** offset just past the closing mark (or `end` when the quote runs on into the next paragraph) */
  after: number;
  /** left open at its paragraph's end, to be continued by the next paragraph's opening mark */
  runsOn: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_BEFORE = new Set(['(', '[', '{', '—', '–', '-', '/', ':', ';', ',', '\u00a0']);
const PUNCT_BEFORE_CLOSE = new Set(['.', ',', '!', '?', ';', ':', '…', '—', '–', '-']);
const PUNCT_AFTER_CLOSE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '—', '–', '…']);
// after a single closing mark: "‘We are ready’, he said", "‘the roots’ Putin spoke of"
const SINGLE_CLOSE_CUE = /^\s*(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:said|says|told|added|noted|insisted|asked|replied|wrote|declared|warned)\b/;

/**
 * A wrapped line that ended on a full stop inside a quotation: the quotation goes on if the next
 * line closes it before anything opens (for straight marks: holds an odd number of them).
 */
function closesOnNextLine(text: string, from: number, closer: string): boolean {
  const line = text.slice(from, lineEnd(text, from));
  if (closer === '"') return (line.match(/"/g)?.length ?? 0) % 2 === 1 && !line.startsWith('"');
  const close = line.indexOf(closer);
  const open = line.indexOf(closer === '”' ? '“' : '«');
  return close >= 0 && (open < 0 || close < open);
}

/**
 * The quotations of a text, in order. One linear pass; a single quote mark that may be an
 * apostrophe (“leaders’ meeting”) is only taken for a closing mark when the context says so,
 * else the first plausible one in the paragraph is used.
 */
export function scanQuotes(text: string): Fragment[] {
  const out: Fragment[] = [];
  const n = text.length;
  let i = 0;
  const MAX = 4000;
  while (i < n) {
    const c = text[i]!;
    let closer: string | undefined;
    let single = false;
    if (c === '“') closer = '”';
    else if (c === '«') closer = '»';
    else if (c === '"' && (i === 0 || isSpace(text[i - 1]) || OPEN_BEFORE.has(text[i - 1]!) || text[i - 1] === '‘') && !isSpace(text[i + 1])) closer = '"';
    else if (c === '‘' && !isSpace(text[i + 1])) (closer = '’'), (single = true);
    else if (c === "'" && (i === 0 || isSpace(text[i - 1]) || OPEN_BEFORE.has(text[i - 1]!)) && /[A-Za-z]/.test(text[i + 1] ?? '') && !/^'(?:em|n|til|cause|tis|twas)\b/i.test(text.slice(i, i + 7))) (closer = "'"), (single = true);
    if (!closer) {
      i++;
      continue;
    }
    const open = i;
    let j = i + 1;
    let close = -1;
    let weak = -1;
    let runsOn = false;
    let restart = -1;
    while (j < n && j - open < MAX) {
      const d = text[j]!;
      if (d === '\n') {
        // a quotation that runs over a paragraph: the next paragraph opens with the same mark
        let k = j;
        while (k < n && isSpace(text[k])) k++;
        if (!single && text[k] === c) {
          runsOn = true;
          break;
        }
        // hard-wrapped prose: a line break inside a sentence is layout; after a sentence's end
        // or at a blank line the paragraph is over and the quotation was never closed
        let b = j - 1;
        while (b > open && isSpace(text[b])) b--;
        if (text.slice(j + 1, k).includes('\n') || single) break;
        if (/[.!?:;”"’)]/.test(text[b]!) && !closesOnNextLine(text, k, closer)) break;
        j++;
        continue;
      }
      if (single) {
        // another single mark opening a word: the plausible closing mark before it was the one
        if (weak >= 0 && (d === "'" || d === '‘') && isSpace(text[j - 1]) && /\p{L}/u.test(text[j + 1] ?? '')) {
          close = weak;
          break;
        }
        if (d === '“' || d === '"') {
          // a double-quoted passage inside a single-quoted one
          // (on its own line, and within a long paragraph's reach: not a search to the text's end)
          const stop = lineEnd(text, j, Math.min(text.length, j + 2000));
          const inner = text.slice(j + 1, stop).indexOf(d === '“' ? '”' : '"');
          if (inner >= 0) {
            j += inner + 2;
            continue;
          }
        }
        if ((d === closer || (closer === "'" && d === '’')) && !isWordChar(text[j + 1])) {
          const prev = text[j - 1];
          const rest = text.slice(j + 1, j + 60);
          if (PUNCT_BEFORE_CLOSE.has(prev ?? '') || /^\s*(?:$|\n|[,.;:!?)\]—–…])/.test(rest) || SINGLE_CLOSE_CUE.test(rest)) {
            close = j;
            break;
          }
          if (weak < 0) weak = j;
        }
      } else if (d === closer) {
        close = j;
        break;
      } else if (d === '“' && c === '“') {
        // a second opening mark before any closing one: the first was stray
        restart = j;
        break;
      }
      j++;
    }
    if (close < 0 && single && weak >= 0) close = weak;
    if (restart >= 0) {
      i = restart;
      continue;
    }
    if (close < 0 && !runsOn) {
      i = open + 1;
      continue;
    }
    const innerEnd = close >= 0 ? close : j;
    let s = open + 1;
    let e = innerEnd;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ open, start: s, end: e, after: close >= 0 ? close + 1 : e, runsOn: close < 0 });
    i = close >= 0 ? close + 1 : j;
  }
  return out;
}

const QUOTE_MARK = /[“”"«»]/;
const SIGNED = /^[ \t]*>[ \t>]*[—–-]+\s*\S/;

/**
 * Markdown block quotes that carry no quotation marks: a briefing sets a remark apart under the
 * line that introduces it ("Merkel gives her statement:") or signs it below ("> — Gerald Ford"),
 * and a reader takes the block as the quotation. A block under anything else (a heading, a
 * paragraph that ends in a full stop: "> Day one of the visit …", "> **Our take:** …") is the
 * outlet's own summary or comment, not anyone's words.
 */
export function scanBlockQuotes(raw: string, clean: string): Fragment[] {
  const out: Fragment[] = [];
  let blockStart = -1;
  let signature = -1;
  let end = 0;
  const close = () => {
    if (blockStart < 0) return;
    const body = raw.slice(blockStart, signature >= 0 ? signature : end);
    let s = blockStart;
    let e = signature >= 0 ? signature : end;
    while (s < e && isSpace(clean[s])) s++;
    while (e > s && isSpace(clean[e - 1])) e--;
    let b = blockStart - 1;
    while (b >= 0 && isSpace(clean[b])) b--;
    const introduced = clean[b] === ':' || signature >= 0;
    if (e > s && introduced && !QUOTE_MARK.test(body) && !/^[ \t>]*(?:\*\*|__)/.test(body) && /[\p{Lu}\d]/u.test(clean[s]!)) {
      out.push({ open: s, start: s, end: e, after: e, runsOn: false });
    }
    blockStart = -1;
    signature = -1;
  };
  for (let at = 0; at <= raw.length; ) {
    const stop = lineEnd(raw, at);
    const line = raw.slice(at, stop);
    // (the mark blanked in the text as read: a Markdown block, not a plain-text mail quote)
    if (/^[ \t]*>/.test(line) && !/^[ \t]*>/.test(clean.slice(at, stop))) {
      if (blockStart < 0) blockStart = at;
      else if (signature >= 0) {
        // a line after the signature starts another remark
        close();
        blockStart = at;
      }
      if (signature < 0 && SIGNED.test(line) && at > blockStart) signature = at;
      end = stop;
    } else close();
    at = stop + 1;
  }
  close();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Attribution

const SAY =
  'said|says|say|added|adds|told|tells|noted|notes|asked|asks|replied|replies|responded|answered|continued|continues|explained|explains|insisted|insists|stressed|stresses|argued|argues|asserted|asserts|declared|declares|warned|warns|wrote|writes|posted|posts|tweeted|tweets|recalled|recalls|remarked|observed|joked|quipped|promised|vowed|pledged|predicted|emphasi[sz]ed|emphasi[sz]es|reiterated|repeated|admitted|acknowledged|conceded|boasted|mused|cautioned|urged|complained|lamented|countered|retorted|shouted|exclaimed|stated|states|confirmed|announced|suggested|claimed|claims|agreed|agrees|thundered|snapped|concluded|wondered|went|interjected|interrupted|recited|recites|affirmed|affirms|reaffirmed|reaffirms|underlined|underlines|underscored|underscores|highlighted|highlights|assured|assures|reassured|specified|indicated|indicates|commented|comments|opined|elaborated|clarified|maintained|maintains|summari[sz]ed|' +
  // a liveblog or a present-tense wire tells what is said as it is said: "Peskov briefs reporters:", "Xi jokes"
  'briefed|briefs|jokes|quips|observes|concedes|admits|vows|predicts|repeats|reiterates|acknowledges|retorts|concludes|confirms|announces|suggests|cautions|urges|complains|laments|responds|' +
  // demands, appeals and accounts given in words: "Reagan demanded, “…”", "Kim recounted: “…”"
  'demanded|demands|pleaded|pleads|appealed|appeals|recounted|recounts|reflected|reflects|proposed|proposes|toasted|toasts|answers|whispered|murmured|muttered|cried';
const DESCRIBE =
  'called|calls|calling|described|describes|describing|termed|terming|dubbed|dubbing|labell?ed|labell?ing|branded|branding|praised|praising|hailed|hailing|lamenting|expressed|expressing|saying|adding|noting|warning|insisting|urging|stressing|arguing|declaring|asserting|promising|vowing|pledging|predicting|referred|referring|accused|accusing|critici[sz]ed|critici[sz]ing|slammed|slamming|touted|touting|welcomed|welcoming|decried|denounced|characteri[sz]ed|characteri[sz]ing|spoke|speaks|cited|citing|hoped|hopes|hoping|emphasi[sz]ing|reiterating|acknowledging|conceding|admitting|claiming|recalling|quoting|quoted|written|writing|pronounced|pronouncing|proclaimed|proclaiming|deemed|deeming|dismissed|dismissing|billed|billing|lauded|lauding|mocked|mocking|blasted|blasting|thanking|describing|voicing|voiced|echoing|echoed|invoking|invoked|pointing|pointed|using|used';
const SAY_WORD = new RegExp(`^(?:${SAY})$`);
// "shot back", "broke in", "chimed in": a verb that speaks only with its particle
// (and the ones a translated readout favours: "Xi pointed out", "Putin summed up", "he went on")
const PHRASAL_HEAD = /^(?:shot|shoots|fired|fires|hit|hits|broke|breaks|cut|cuts|chimed|chimes|butted|struck|snapped|snaps)$/;
const PHRASAL_PARTICLE = /^(?:back|in|out|up|on)$/;
const PHRASAL_OTHER = /^(?:pointed out|points out|spelled out|spelt out|spells out|summed up|sums up|went on|goes on)$/;
/** words[k] and words[k + 1] make a speech verb: "Gorbachev shot back", "Merkel chimed in". */
const phrasalAt = (words: Word[], k: number): boolean =>
  !!words[k] &&
  !!words[k + 1] &&
  !/[,;:.!?]/.test(words[k]!.tail) &&
  ((PHRASAL_HEAD.test(words[k]!.w) && /^(?:back|in)$/.test(words[k + 1]!.w)) || PHRASAL_OTHER.test(`${words[k]!.w} ${words[k + 1]!.w}`));
const CUE_WORD = new RegExp(`^(?:${SAY}|${DESCRIBE})$`);
// words a speaker phrase may hold besides capitalised names: "the Russian leader", "a senior
// Kremlin official", "both sides", "Kremlin spokesman Dmitry Peskov"
const ROLE_NOUN =
  /^(?:supreme|chairman|chairwoman|commander|president|president-elect|leader|leaders|prime|minister|ministers|premier|chancellor|secretary|spokes(?:man|woman|person|people|men)|aides?|advis[eo]rs?|officials?|diplomats?|ambassador|envoy|negotiators?|sources?|counterpart|host|guest|chief|head|government|ministry|embassy|delegation|delegations|side|sides|strongman|dictator|monarch|king|queen|crown|prince|emir|sultan|pontiff|critics|analysts|observers|experts|media|press|state|senior|top|former|foreign|defen[cs]e|national|security|adviser|deputy|other|two|both|its|his|her|their|the|a|an|general|house|white|readout|statement|vice|then-president|presidents)$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its|both)$/;
const PRONOUN = /^(?:he|she|they|I|we)$/i;
const SKIP_BEFORE_VERB =
  /^(?:also|later|then|again|repeatedly|previously|once|reportedly|publicly|privately|separately|subsequently|ultimately|finally|first|afterwards?|earlier|today|yesterday|tonight|has|had|have|would|will|had|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|flatly|simply|bluntly|openly|only|once|even|has|already|recently)$/;
const NOT_SPEAKER = /^(?:It|This|That|These|Those|There|Here|What|Which|Who|When|Where|Why|How|And|But|Or|So|Yet|If|As|In|On|At|For|With|By|The report|Reports?|Asked|After|Before|While|Although|Though)$/;
const STOP_AFTER_SPEAKER = /^(?:on|in|at|during|after|before|through|to|as|when|while|from|via|of|for|with|who|which|that|and|but|in|late|early|earlier|later|told)$/;
const ABBREVIATION = /^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Prof|Adm|Sgt|Capt|Maj)\.$/;

interface Word {
  /** the word without surrounding punctuation */
  w: string;
  start: number;
  end: number;
  /** punctuation that ends the token: "," "." ":" */
  tail: string;
  /** punctuation or a lone mark stands before it: "(AP)", "— President" */
  parted?: boolean;
}

function wordsOf(text: string, base: number): Word[] {
  const out: Word[] = [];
  let pending = false;
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    let a = 0;
    let b = raw.length;
    // (Markdown's emphasis marks too: "**Donald Trump**, at the table:")
    while (a < b && /[("'“‘«[—–*_-]/.test(raw[a]!)) a++;
    while (b > a && /[)"'”’»,.;:!?\]—–…*_-]/.test(raw[b - 1]!)) b--;
    // keep the dot of an abbreviation ("U.S.", "Mr.") as part of the word
    if (raw[b] === '.' && ABBREVIATION.test(raw.slice(a, b + 1))) b++;
    // a lone mark (", Putin said" after a British closing quote; "(AP) —") is no word, but it
    // parts the words around it
    if (b <= a) {
      pending = true;
      continue;
    }
    out.push({ w: raw.slice(a, b).replace(/['’]s$/, ''), start: base + m.index! + a, end: base + m.index! + b, tail: raw.slice(b), parted: pending || a > 0 });
    pending = false;
  }
  return out;
}

/** Words x then y (y right after x) belong to one phrase: no punctuation stands between them. */
const joined = (x: Word, y: Word) => !y.parted && !/[,;:.!?)\]—–]/.test(x.tail.replace(/^\.$/, ABBREVIATION.test(x.w + '.') ? '' : '.'));

const isCap = (w: string) => /^[A-Z]/.test(w);
// words that qualify a title without changing whose it is: "the 80-year-old president", "the
// outgoing premier", "the veteran chancellor" ("visiting" is left out: "Putin, visiting Beijing, said")
const QUALIFIER = /^(?:\d{2}-year-old|outgoing|incoming|veteran|embattled|ailing|elderly|long-serving|newly-elected|re-elected)$/;
const QUALIFIERS = /\b(?:\d{2}-year-old|outgoing|incoming|veteran|embattled|ailing|elderly|long-serving|newly-elected|re-elected)\s+/gi;
// "the 72-year-old": an age alone, standing for the person the way "he" does
const AGE_ONLY = /^the\s+\d{2}-year-old$/i;
const speakerWordOk = (w: string) => w !== '' && (isCap(w) || ROLE_NOUN.test(w.toLowerCase()) || QUALIFIER.test(w.toLowerCase()) || w === 'of');

/**
 * Words that can name a speaker: a name ("Putin", "Kremlin spokesman Dmitry Peskov"), a body
 * or group ("Russian officials", "both sides"), or a description ("the head of state").
 */
function nameLike(who: Word[]): boolean {
  if (who.some((x) => isCap(x.w))) return true;
  if (AGE_ONLY.test(who.map((x) => x.w).join(' '))) return true;
  if (who.some((x) => /s$/.test(x.w) || /^(?:side|government|ministry|embassy|delegation)$/.test(x.w))) return true;
  return who.length >= 2 && DETERMINER.test(who[0]!.w.toLowerCase()) && DESCRIPTION.test(who.slice(1).map((x) => x.w.toLowerCase()).join(' ').replace(QUALIFIERS, ''));
}

/** words[k] was written with a possessive: "Xi’s", "Macron's" */
const possessive = (x: Word) => x.end - x.start === x.w.length + 2 && /['’]s$/.test(`${x.w}’s`);

/**
 * The words after an owner, when a speaker phrase names the owner of the one who speaks: "Xi’s
 * spokesman", "Macron's press secretary", "the Prime Minister's Office" speak, not Xi, Macron
 * or the prime minister. An unnamed role reads as "his spokesman" (whoever the report titles
 * so, or no one); an office or a ministry is no person at all ("his office").
 */
function ownedSpeaker(who: Word[]): string | undefined {
  let p = -1;
  for (let k = who.length - 2; k >= 0; k--) if (possessive(who[k]!)) {
    p = k;
    break;
  }
  if (p < 0) return undefined;
  const own = who.slice(p + 1);
  // "Ukraine's president", "China's foreign minister": a country's role, read as "the president
  // of Ukraine" is
  const role = own.map((x) => x.w.toLowerCase()).join(' ');
  if (p === 0 && isCap(who[0]!.w) && nationKey(who[0]!.w) && DESCRIPTION.test(role) && !/[A-Z]/.test(own.map((x) => x.w).join(''))) return `the ${role} of ${who[0]!.w}`;
  if (own.some((x) => isCap(x.w) && !TITLE_WORD.test(x.w) && !INSTITUTION.test(x.w))) return own.map((x) => x.w).join(' ');
  const head = own.at(-1)!.w.toLowerCase();
  if (NOT_PERSON_HEAD.test(head) || INSTITUTION.test(own.at(-1)!.w)) return 'his office';
  return SUBORDINATE.test(own.map((x) => x.w.toLowerCase()).join(' ')) ? `his ${own.map((x) => x.w.toLowerCase()).join(' ')}` : undefined;
}

/** Who a quotation is put to: the phrase as written and where it stands (for "he"). */
interface Cue {
  phrase: string;
  at: number;
  /** a participle or a bare verb: its subject is the clause's subject */
  subjectOfSentence?: boolean;
  /** only a person the report names or titles will do ("That was Tuesday." names no one) */
  person?: boolean;
  /** no one named ("Then:"): the one the last sentences were about */
  narrative?: boolean;
  /** the attribution after the quotation ("“…,” the Egyptian president said") */
  trailing?: boolean;
}

/** "— Vladimir Putin" alone after a closing mark: the name that signs it. */
function signature(after: string): string | undefined {
  const t = after.trim();
  if (!/^[—–-]/.test(t)) return undefined;
  // "— Xi Jinping, on his trip", "— Vladimir Putin, President of Russia": the name before the
  // comma signs it, when the line ends soon after (a signature, not a sentence going on)
  const line = t.slice(1).split('\n')[0]!;
  const comma = line.indexOf(',');
  if (comma >= 0 && (line.length > 90 || /[“"«]/.test(line))) return undefined;
  const name = (comma >= 0 ? line.slice(0, comma) : line).trim().replace(/\.$/, '').replace(/\s+/g, ' ');
  const words = name.split(' ');
  return words.length <= 4 && words.every((w) => /^[A-Z][\w.'’-]*$/.test(w)) ? name : undefined;
}

/**
 * The line right under a quotation that ends its own line, when that line only signs it: "> “…”"
 * then "> Modi, inviting Xi" or "— Putin" (short, no sentence end: a caption, not a sentence).
 */
function signedBelow(text: string, from: number): Cue | undefined {
  const br = /^[ \t]*\r?\n/.exec(text.slice(from, from + 40));
  if (!br) return undefined;
  const start = from + br[0].length;
  const line = text.slice(start, lineEnd(text, start));
  const own = line.trim();
  if (own.length > 60 || !/^[A-Z—–-]/.test(own) || /[.!?:;”"]$/.test(own)) return undefined;
  const name = signature(/^[—–-]/.test(own) ? own : `— ${own}`);
  return name ? { phrase: name, at: start + line.indexOf(name) } : undefined;
}

// the opening of a sentence that names the speaker of the quote before it, and nothing else
// ("“…” — those were Xi’s words": after a dash the sentence opens in lower case; "“…” was how
// Mr Putin put it", "… is how the Kremlin described the talks": a sentence that names who
// worded it)
const IDENTIFIES = /^(?:(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+(?:was|were|is|are|came)\s+(?:from\s+|the\s+words?\s+of\s+|the\s+voice\s+of\s+)?|(?:That|This)\s+from\s+|So\s+(?:said|says)\s+|(?:was|is|were|are)\s+how\s+)(?=[A-Z]|the\s)/;

/** "Putin said", "said Putin", "the Russian leader added", "Trump told Fox News": the text right after a closing mark. */
// a word that opens a clause of its own: after "says" it makes the verb report that clause
// ("Dissidents say such lists were handed over"), not attribute the quotation before it
const CLAUSE_OPENING = /^(?:that|such|a|an|it|they|there|these|those|he|she|we|you|his|her|their|its|our|no|nothing|everything|something|many|most|some|all|both|neither|none)$/;
const TIME_AFTER_THE = /^(?:day|morning|afternoon|evening|night|week|next|following|same|previous|other)$/;

function cueAfter(text: string, from: number, to: number, closed = false): Cue | undefined {
  const words = wordsOf(text.slice(from, to), from);
  if (!words.length) return undefined;
  // stop at the next quotation: its cue is its own
  const stopAt = words.findIndex((x, i) => i > 0 && /^[“"‘«]/.test(text[x.start - 1] ?? ''));
  const ws = stopAt > 0 ? words.slice(0, stopAt) : words;
  if (!ws.length) return undefined;
  // a pull quote signed with a dash: "“We are ready.” — Vladimir Putin"
  const signed = signature(text.slice(from, to));
  if (signed) return { phrase: signed, at: from + text.slice(from, to).indexOf(signed) };
  // "That was Vance.", "Those were the words of Kremlin spokesman Dmitry Peskov", "This from
  // Putin", "So said the Russian leader": a sentence that only names who spoke the quote
  const ident = IDENTIFIES.exec(text.slice(ws[0]!.start, to));
  if (ident) {
    const who: Word[] = [];
    for (const x of ws.filter((y) => y.start >= ws[0]!.start + ident[0].length)) {
      if (!speakerWordOk(x.w) || who.length >= 6) break;
      who.push(x);
      if (x.tail && !ABBREVIATION.test(x.w + '.')) break;
    }
    if (who.length && nameLike(who) && who.some((x) => isCap(x.w) || DESCRIPTION.test(x.w.toLowerCase())) && !NOT_SPEAKER.test(who[0]!.w)) {
      return { phrase: who.map((x) => x.w).join(' '), at: who[0]!.start, person: true };
    }
    return undefined;
  }
  // "“…,” the interpreter quoted Kim as saying", "“…,” Xinhua cited Xi as telling Biden": the
  // one quoted speaks, not the one quoting
  const quotedAs = QUOTED_AS_ONCE.exec(text.slice(ws[0]!.start, to));
  if (quotedAs && !/[.!?;]/.test(text.slice(ws[0]!.start, ws[0]!.start + quotedAs.index))) {
    const who = quotedAs[1]!;
    return { phrase: who === 'him' ? 'he' : who === 'her' ? 'she' : who, at: ws[0]!.start + quotedAs.index + quotedAs[0].indexOf(who) };
  }
  // "said Putin", "added the Russian leader", "said Kremlin spokesman Dmitry Peskov"
  if (SAY_WORD.test(ws[0]!.w) && !/[.!?]/.test(ws[0]!.tail)) {
    const who: Word[] = [];
    for (let k = 1; k < ws.length && who.length < 8; k++) {
      const x = ws[k]!;
      // "said the President of the United States": a role of a country goes on past "of"
      const roleOf = x.w === 'of' && who.length > 0 && ROLE_NOUN.test(who[who.length - 1]!.w.toLowerCase()) && !who[who.length - 1]!.tail && /^(?:the|[A-Z].*)$/.test(ws[k + 1]?.w ?? '');
      if (STOP_AFTER_SPEAKER.test(x.w) && who.length && !roleOf) break;
      if (!speakerWordOk(x.w) && !(who.length === 0 && PRONOUN.test(x.w))) break;
      who.push(x);
      if (x.tail && !ABBREVIATION.test(x.w + '.')) break;
    }
    if (who.length && (PRONOUN.test(who[0]!.w) || nameLike(who))) {
      // "said Putin's spokesman": the spokesman; "said Putin's adviser, Yuri Ushakov": the name
      // set off after the role
      const owned = ownedSpeaker(who);
      if (owned) {
        const k0 = ws.indexOf(who[who.length - 1]!) + 1;
        const name: Word[] = [];
        if (who[who.length - 1]!.tail.startsWith(',')) {
          for (let k = k0; k < ws.length && name.length < 4 && isCap(ws[k]!.w) && !NOT_SPEAKER.test(ws[k]!.w); k++) {
            name.push(ws[k]!);
            if (ws[k]!.tail) break;
          }
        }
        return name.length >= 2 ? { phrase: name.map((x) => x.w).join(' '), at: name[0]!.start } : { phrase: owned, at: who[who.length - 1]!.start };
      }
      return { phrase: who.map((x) => x.w).join(' '), at: who[0]!.start };
    }
    return undefined;
  }
  // "Putin said", "he told reporters", "the Russian leader said", "Kremlin spokesman Dmitry Peskov said",
  // "Putin, speaking through an interpreter, said", "Putin was quoted as saying"
  for (let k = 0; k < Math.min(ws.length, 14); k++) {
    const x = ws[k]!;
    const quotedAs = x.w === 'quoted' && k > 1 && /^(?:was|were|is)$/.test(ws[k - 1]!.w) && ws[k + 1]?.w === 'as';
    if ((SAY_WORD.test(x.w) || quotedAs || phrasalAt(ws, k)) && k > 0) {
      // "… meeting.” Gorbachev broke in: “…”": a verb that opens a colon introduces the next quotation
      // ("“…,” Trump said, adding: “…”": a verb the comma parts from the colon's participle
      // attributes the quotation before it, the participle the one after)
      const colonAt = ws.slice(k, k + 3).findIndex((y) => y.tail.startsWith(':'));
      if (colonAt >= 0 && !ws.slice(k, k + colonAt).some((y) => y.tail.startsWith(','))) return undefined;
      // "“Welcome, dear friend.” Xi answered in kind. “I am delighted …”": after a quotation that
      // closed its sentence, a sentence of answering that runs up to the next quotation introduces
      // that one; the one before is the other voice's
      if (closed && REPLY_WORD.test(x.w)) {
        const last = ws.slice(k).find((y) => /[.!?:]/.test(y.tail));
        if (last && /^\s{0,3}[“"«‘]/.test(text.slice(last.end + last.tail.length, last.end + last.tail.length + 5))) return undefined;
      }
      // after a quotation that closed its sentence, "Critics say the talks failed" is a sentence
      // of its own: the verb reports the clause that follows it
      const next = ws[k + 1]?.w.toLowerCase();
      if (closed && !x.tail && next && /^(?:say|says|said|added|adds|noted|notes|insisted|insists|argued|argues|stated|states|claimed|claims|warned|warns|predicted|believe|believes|believed)$/.test(x.w)) {
        if (CLAUSE_OPENING.test(next) || (next === 'the' && !TIME_AFTER_THE.test(ws[k + 2]?.w.toLowerCase() ?? ''))) return undefined;
      }
      let who = ws.slice(0, quotedAs ? k - 1 : k);
      while (who.length && SKIP_BEFORE_VERB.test(who[who.length - 1]!.w)) who = who.slice(0, -1);
      // an aside between the speaker and the verb
      const aside = who.findIndex((y) => y.tail.startsWith(',') && !ABBREVIATION.test(y.w + '.'));
      if (aside >= 0 && who[who.length - 1]!.tail.startsWith(',') && aside < who.length - 1) who = who.slice(0, aside + 1);
      if (!who.length || who.length > 6) return undefined;
      if (who.slice(0, -1).some((y) => /[,;:]/.test(y.tail) && !ABBREVIATION.test(y.w + '.'))) return undefined;
      const phrase = who.map((y) => y.w).join(' ');
      if (who.length === 1 && PRONOUN.test(who[0]!.w)) return { phrase, at: who[0]!.start };
      if (!who.every((y) => speakerWordOk(y.w)) || NOT_SPEAKER.test(phrase) || NOT_SPEAKER.test(who[0]!.w)) return undefined;
      if (!nameLike(who)) return undefined;
      const owned = ownedSpeaker(who);
      if (owned) return { phrase: owned, at: who[who.length - 1]!.start };
      return { phrase, at: who[0]!.start };
    }
    if (k >= 8 && !ws.slice(0, k).some((y) => y.tail.startsWith(','))) break;
    if (x.tail && /[.!?;]/.test(x.tail) && !ABBREVIATION.test(x.w + '.')) break;
  }
  return undefined;
}

/** The speaker phrase that ends at words[j] (inclusive), read backwards: "Russian President Vladimir Putin". */
// (months that are also first names, "May", "June", "April", "August", are left out)
const DAY_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|September|October|November|December|Today|Tonight|Yesterday)$/;
// an adverb between the speaker and the verb: "Reagan once famously demanded", "Xi pointedly said"
const LY_ADVERB = /^(?!(?:family|ally|rally|assembly|supply|reply|anomaly|monopoly|homily|folly|bully|lily|jelly|belly|tally|italy|daily|weekly|monthly|yearly)$)[a-z]{3,}ly$/;
function subjectEndingAt(words: Word[], j: number): Cue | undefined {
  while (j >= 0 && (SKIP_BEFORE_VERB.test(words[j]!.w) || LY_ADVERB.test(words[j]!.w)) && !/[,;:]/.test(words[j]!.tail)) j--;
  if (j < 0) return undefined;
  // "criticism from Volodymyr Zelensky, who called the meeting “…”": the relative's verb is the
  // named one's; the name ends at the comma (read as if the comma were not there)
  if (words[j]!.w === 'who' && j > 0 && words[j - 1]!.tail.trim() === ',' && !ABBREVIATION.test(words[j - 1]!.w + '.')) {
    const before = words.slice(0, j);
    before[j - 1] = { ...before[j - 1]!, tail: '' };
    const named = subjectEndingAt(before, j - 1);
    return named && !PRONOUN.test(named.phrase) ? named : undefined;
  }
  if (words[j]!.tail.startsWith(',')) {
    let k = j - 1;
    while (k >= 0 && j - k < 10 && !words[k]!.tail.startsWith(',')) k--;
    if (k < 0 || j - k >= 10) return undefined;
    const between = words.slice(k + 1, j + 1);
    // "Biden's adviser, Jake Sullivan, said": the part between the commas names the speaker;
    // "Putin, speaking through an interpreter, said": it is an aside, the speaker is before it
    // ("Yuri Ushakov, a Kremlin aide, told": an appositive with an article describes the name before it)
    if (between.every((x) => speakerWordOk(x.w)) && between.some((x) => isCap(x.w)) && !/^(?:a|an|the)$/i.test(between[0]!.w)) {
      const phrase = between.map((x) => x.w).join(' ');
      if (!NOT_SPEAKER.test(between[0]!.w)) return { phrase, at: between[0]!.start };
    }
    j = k;
  }
  if (PRONOUN.test(words[j]!.w)) return { phrase: words[j]!.w, at: words[j]!.start };
  const who: Word[] = [];
  for (let k = j; k >= 0 && who.length < 8; k--) {
    const x = words[k]!;
    if (k < j && !joined(x, words[k + 1]!)) break;
    // "Putin, whose spokesman had called it": the relative's role speaks, not the one before it
    if (who.length && x.w === 'whose') {
      const owned = ownedSpeaker([{ ...x, end: x.start + x.w.length + 2 }, ...who]);
      return owned ? { phrase: owned, at: who[who.length - 1]!.start } : undefined;
    }
    if (!speakerWordOk(x.w)) break;
    // "On Monday Larry Kudlow told reporters": a day ends the opening phrase, no comma needed;
    // so does a sentence's opening conjunction ("And Xi, in his own remarks, said")
    if (who.length && (DAY_WORD.test(x.w) || /^(?:And|But|Or|So|Yet|Then|Still|Meanwhile|Now|Later)$/.test(x.w))) break;
    // "Moon's press secretary Yoon Young-chan briefs": the owner is not the one speaking;
    // "Xi’s spokesman said", "the Prime Minister's Office said": nor is he when the one who
    // speaks goes unnamed
    if (who.length && possessive(x)) {
      const owned = ownedSpeaker([x, ...who]);
      if (owned && !who.some((y) => isCap(y.w) && !TITLE_WORD.test(y.w) && !INSTITUTION.test(y.w))) return { phrase: owned, at: who[who.length - 1]!.start };
      break;
    }
    who.unshift(x);
    if (DETERMINER.test(x.w.toLowerCase())) {
      // "the President of the United States said": the article belongs to the country
      if (k >= 2 && words[k - 1]!.w === 'of' && joined(words[k - 1]!, x) && joined(words[k - 2]!, words[k - 1]!) && ROLE_NOUN.test(words[k - 2]!.w.toLowerCase())) {
        who.unshift(words[k - 1]!);
        k--;
        continue;
      }
      break;
    }
  }
  if (!who.length) return undefined;
  // "the foreign ministry in Beijing said", "the Prime Minister's Office in New Delhi said": a
  // place after "in" or "at" says where the body that speaks sits; the place is no speaker
  const w0 = words.findIndex((x) => x.start === who[0]!.start);
  if (w0 >= 2 && /^(?:in|at)$/.test(words[w0 - 1]!.w) && joined(words[w0 - 1]!, who[0]!) && joined(words[w0 - 2]!, words[w0 - 1]!)) {
    const body = words[w0 - 2]!;
    if (NOT_PERSON_HEAD.test(body.w) || INSTITUTION.test(body.w) || /^(?:government|embassy|delegation|side|mission)$/i.test(body.w)) return subjectEndingAt(words, w0 - 2);
  }
  const phrase = who.map((x) => x.w).join(' ');
  if (NOT_SPEAKER.test(who[0]!.w) || NOT_SPEAKER.test(phrase)) return undefined;
  if (!nameLike(who)) return undefined;
  return { phrase, at: who[0]!.start };
}

// "Trump’s reply was half joke, half signal: “…”", "his answer: “…”", "offered his Russian proverb, “…”"
const SPEECH_NOUN =
  /(?<![\w.'’-])(?:([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s|([Hh]is|[Hh]er))\s+(?:[A-Za-z][a-z-]*\s+)?(?:proverb|saying|maxim|motto|slogan|mantra|catchphrase|refrain|adage|farewell|joke|reply|response|answer|words|message|remarks?|comments?|retort|verdict|assessment|promise|warning|pledge|greeting|quip|summary|pitch|explanation|account|version|take|line|toast|parting\s+shot|entry|post|tweet|note|insistence|assurance|claim|statement|admission|assertion|observation|declaration|argument|reminder)\b/g;
// a speech noun whose "that" clause the quotation fills: "his remark that “…”", "Putin's warning that “…”"
const SPEECH_NOUN_THAT =
  /\b(?:remarks?|words|comments?|warning|assurance|insistence|claim|statement|pledge|promise|argument|message|reminder|admission|assertion|observation|declaration|point)\s+that$/i;
const QUOTED_AS = /\b(?:quoted|cited)\s+((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*|him|her|(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|leader|president|minister|envoy|ambassador|aide|adviser))\s+as\s+(?:saying|telling|describing|calling)\b/g;
// (the same, for one match at a time: no lastIndex carried between calls)
const QUOTED_AS_ONCE = new RegExp(QUOTED_AS.source);
// ("in the words of the Kremlin chief" cites a speaker the same way)
const ACCORDING = /\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+([^,;:!?“”"()\n]{1,60})/g;

// a liveblog's time stamp before its entry: "10:20", "09.45", "1530", "~18:00"
const TIME_STAMP = /^~?\d{1,2}[:.h]?\d{2}(?:[ap]\.?m\.?)?$/i;
// "Reagan again:", "Putin, later:" — the name is the cue, the adverb only places it
const LEAD_ADVERB = /^(?:again|too|also|later|then|afterwards|earlier|next|now|once|more|finally)$/;
// "On Huawei:", "About the talks:" name a topic, not a speaker
const PREPOSITION = /^(?:On|In|At|About|Regarding|Re|Of|Over|From|For|To|Asked|Concerning|Topic|Subject|Question|Q|A)$/;

// auxiliaries of a progressive and verbs of continuing: "was insisting", "has been saying", "kept calling"
const PROGRESSIVE = /^(?:was|were|is|are|am|been|be|has|had|have|kept|keeps|keep|began|begins|started|starts|continued|continues)$/;

/** The cue before an opening mark in the same sentence: "Putin noted, “…", "what he called “…”". */
function cueBefore(text: string, from: number, to: number): Cue | undefined {
  const pre = text.slice(from, to);
  // "TASS quoted him as saying": the one quoted speaks, not the one quoting
  for (const m of pre.matchAll(QUOTED_AS)) return { phrase: m[1] === 'him' ? 'he' : m[1] === 'her' ? 'she' : m[1]!, at: from + m.index! + m[0].indexOf(m[1]!) };
  let said: Cue | undefined;
  for (const m of pre.matchAll(SPEECH_NOUN)) {
    if (m[1] && NOT_SPEAKER.test(m[1])) continue;
    // ("Nixon's own verdict, in his toast:": the possessive pronoun is the named owner's own)
    if (m[2] && said?.phrase && !PRONOUN.test(said.phrase)) continue;
    said = m[1] ? { phrase: m[1], at: from + m.index! } : { phrase: /^his$/i.test(m[2]!) ? 'he' : 'she', at: from + m.index! };
  }
  const words = wordsOf(pre, from);
  if (!words.length) return said;
  // "Putin: “…”" as in a headline or a transcript; a liveblog's "10:20 Reagan again: “…”"
  const last = words[words.length - 1]!;
  if (last.tail.startsWith(':')) {
    let a = 0;
    let b = words.length;
    while (a < b && TIME_STAMP.test(words[a]!.w)) a++;
    // "Said Mr. Kosygin:": the verb put first
    if (a < b - 1 && SAY_WORD.test(words[a]!.w.toLowerCase()) && !words[a]!.tail) a++;
    // "Embargo: Obama:", "Day two — Castro:": a topic label before the speaker's label is no
    // part of the name; the name is the words the last colon closes, with nothing parting them
    for (let k = b - 2; k >= a; k--) {
      if (/[:;,.!?—–]/.test(words[k]!.tail) || words[k + 1]!.parted) {
        a = k + 1;
        break;
      }
    }
    // "Then:", "Later:" alone: the account goes on with whoever it was just telling of
    if (!said && a < b && words.slice(a, b).every((x) => LEAD_ADVERB.test(x.w.toLowerCase()))) return { phrase: '', at: words[a]!.start, narrative: true };
    while (b - 1 > a && LEAD_ADVERB.test(words[b - 1]!.w)) b--;
    const name = words.slice(a, b);
    // ("S-400:", "G20:" label a topic: no name holds a digit)
    if (!said && name.length && name.length <= 4 && name.every((x) => isCap(x.w) && !/\d/.test(x.w)) && !NOT_SPEAKER.test(name[0]!.w) && !PREPOSITION.test(name[0]!.w)) return { phrase: name.map((x) => x.w).join(' '), at: name[0]!.start };
  }
  const colon = words[words.length - 1]!.tail.startsWith(':');
  for (let v = words.length - 1; v >= 0; v--) {
    if (v > 0 && PHRASAL_PARTICLE.test(words[v]!.w) && phrasalAt(words, v - 1)) v--;
    const x = words[v]!;
    if (!CUE_WORD.test(x.w) && !phrasalAt(words, v)) continue;
    // "When Abe promised X, Putin was polite but dry: “…”": the verb speaks in a clause the comma
    // closed; the colon's quotation belongs to the clause after it, whose subject is named there
    if (colon) {
      const main = mainClauseSubject(words, v + 1);
      if (main) return main;
    }
    // a progressive or a verb of continuing ("Peskov was insisting that", "Putin kept saying",
    // "the Kremlin has been describing it as"): the subject stands before the auxiliary
    if (/ing$/.test(x.w) && v > 0) {
      let a = v - 1;
      while (a >= 0 && !words[a]!.tail && /^(?:still|also|again|already|repeatedly|now|then|later|only|publicly|privately)$/.test(words[a]!.w)) a--;
      if (a >= 0 && !words[a]!.tail && PROGRESSIVE.test(words[a]!.w)) {
        while (a > 0 && !words[a - 1]!.tail && PROGRESSIVE.test(words[a - 1]!.w)) a--;
        const subject = a > 0 ? subjectEndingAt(words, a - 1) : undefined;
        if (subject) return subject;
      }
    }
    // a participle or a verb with no subject of its own ("and lamented that"): the sentence's subject
    if (/ing$/.test(x.w) && !(v > 0 && isCap(words[v - 1]!.w) && !words[v - 1]!.tail)) return { phrase: '', at: x.start, subjectOfSentence: true };
    const subject = v > 0 ? subjectEndingAt(words, v - 1) : undefined;
    // "a message for Kyiv over the accords, which Zelensky has said he dislikes: “…”": the verb of
    // a relative clause speaks of something else; the quotation belongs to the main clause
    // (only when the relative clause has its own object and a colon sets the quotation apart:
    // in "the accords, which Zelensky called “a trap”" the quotation is the relative clause's)
    if (subject && !PRONOUN.test(subject.phrase) && words[words.length - 1]!.tail.startsWith(':') && words.length - 1 - v >= 2) {
      const s0 = words.findIndex((y) => y.start === subject.at);
      if (s0 > 1 && /^(?:which|whom|whose)$/.test(words[s0 - 1]!.w) && words[s0 - 2]!.tail.startsWith(',')) continue;
    }
    // "In his reply Gorbachev stressed:": a speaker named after the speech noun is the one speaking
    // ("And Xi, in his own remarks, said:", "Xi, answering his host's remarks, said": a possessive
    // pronoun before the verb leaves the speaking to the named subject)
    if (said && !(subject && !PRONOUN.test(subject.phrase) && (subject.at > said.at || (PRONOUN.test(said.phrase) && subject.at < said.at)))) return said;
    return subject ?? { phrase: '', at: x.start, subjectOfSentence: true };
  }
  // "On the ABM Treaty he does not budge: “…”", "Putin was blunt: “…”": no verb of speaking,
  // but the clause the colon closes has a person for its subject, and the words are theirs
  if (colon && !said) return colonClauseSubject(words);
  return said;
}

// "One retired diplomat put it bluntly:": a capital that only opens the sentence
const SENTENCE_OPENER = /^(?:One|A|An|Another|Some|Many|Several|Most|Both|Each|Every|All|No|Few|Two|Three|Our|Their|His|Her|Its|My|Your)$/;

/** The subject of the clause a colon closes, when it is a name or "he"/"she" with its own verb. */
function colonClauseSubject(words: Word[]): Cue | undefined {
  let k = 0;
  for (let c = words.length - 2; c >= 0; c--) {
    if (/[,;—–]/.test(words[c]!.tail)) {
      k = c + 1;
      break;
    }
  }
  // (a liveblog's time stamp opens the entry, not the clause: "16:09 · Putin opens:")
  while (k < words.length - 1 && (TIME_STAMP.test(words[k]!.w) || /^[·•|]$/.test(words[k]!.w))) k++;
  // "Putin opens, on Ukraine:": a phrase after the comma that only says what about is no clause;
  // the clause before it is the one the colon closes
  const about = words.slice(k);
  if (k > 0 && about.length <= 5 && /^(?:on|about|over|regarding|in|at|to|with)$/i.test(about[0]!.w) && !about.some((x) => FINITE.test(x.w))) {
    const before = words.slice(0, k);
    before[k - 1] = { ...before[k - 1]!, tail: ':' };
    return colonClauseSubject(before);
  }
  // (a fronted phrase, "On the ABM Treaty he …", is passed over; any other first name or
  // noun that is not followed by its verb is no subject: "Xi's message to Trump was clear:")
  const fronted = k < words.length && (PREPOSITION.test(words[k]!.w) || /^(?:on|in|at|about|over|asked)$/.test(words[k]!.w));
  for (; k < words.length - 1; k++) {
    const x = words[k]!;
    if (/^(?:he|she)$/i.test(x.w)) {
      const verb = words[k + 1]!;
      return joined(x, verb) && FINITE.test(verb.w) ? { phrase: x.w, at: x.start } : undefined;
    }
    // "the supreme leader left a message …:": a description with its verb
    if (/^the$/i.test(x.w)) {
      let e = k + 1;
      while (e < words.length - 1 && e - k <= 4 && joined(words[e - 1]!, words[e]!) && !FINITE.test(words[e]!.w)) e++;
      const desc = words.slice(k + 1, e).map((w) => w.w.toLowerCase()).join(' ');
      const verb = words[e];
      if (verb && e > k + 1 && joined(words[e - 1]!, verb) && FINITE.test(verb.w) && DESCRIPTION.test(desc)) return { phrase: words.slice(k, e).map((w) => w.w).join(' '), at: x.start };
    }
    if (!isCap(x.w) || NOT_SPEAKER.test(x.w) || PREPOSITION.test(x.w) || SENTENCE_OPENER.test(x.w)) {
      if (!fronted) return undefined;
      continue;
    }
    const who: Word[] = [x];
    while (k + who.length < words.length - 1 && joined(who[who.length - 1]!, words[k + who.length]!) && isCap(words[k + who.length]!.w) && who.length < 5) who.push(words[k + who.length]!);
    const verb = words[k + who.length];
    // (a liveblog's present tense: "Putin opens:", "Xi begins, on trade:")
    if (verb && joined(who[who.length - 1]!, verb) && (FINITE.test(verb.w) || /^(?:opens|begins|closes)$/.test(verb.w)) && nameLike(who)) return { phrase: who.map((w) => w.w).join(' '), at: x.start };
    if (!fronted) return undefined;
    k += who.length - 1;
  }
  return undefined;
}

/**
 * The subject of a clause that opens after a comma at or past words[from] and runs to the
 * colon, when it is a name, a description or a pronoun followed by its own finite verb ("…,
 * Putin was polite but dry:", "…, the Russian leader turned to him:"). Anything else (", after
 * a pause:", ", smiling:") is no clause of its own.
 */
function mainClauseSubject(words: Word[], from: number): Cue | undefined {
  let c = -1;
  for (let k = words.length - 2; k >= from - 1 && k >= 0; k--) {
    if (words[k]!.tail.startsWith(',')) {
      c = k;
      break;
    }
  }
  if (c < 0) return undefined;
  let k = c + 1;
  if (/^(?:and|but|so|yet)$/.test(words[k]?.w ?? '')) k++;
  const who: Word[] = [];
  for (; k < words.length - 1 && who.length < 6; k++) {
    const x = words[k]!;
    if (who.length && !joined(who[who.length - 1]!, x)) return undefined;
    if (!speakerWordOk(x.w) && !(who.length === 0 && PRONOUN.test(x.w))) break;
    who.push(x);
    if (PRONOUN.test(x.w)) {
      k++;
      break;
    }
  }
  const verb = words[k]?.w ?? '';
  if (!who.length || k >= words.length || !FINITE.test(verb) || CUE_WORD.test(verb) || !joined(who[who.length - 1]!, words[k]!)) return undefined;
  if (NOT_SPEAKER.test(who[0]!.w)) return undefined;
  if (!(who.length === 1 && PRONOUN.test(who[0]!.w)) && !nameLike(who)) return undefined;
  return { phrase: who.map((x) => x.w).join(' '), at: who[0]!.start };
}

// "the Russian leader", "the U.S. president", "the head of state": a description, not a name
const DESCRIPTION = new RegExp(
  `^(?:(?:u\\.?s\\.?|us|american|russian|soviet|chinese|north korean|south korean|korean|ukrainian|kremlin|white house|[a-z]+(?:an|ese|ish|i|ch|ek|ss))\\s+)?(president|leader|head of state|head of government|prime minister|premier|chancellor|general secretary|first secretary|strongman|host|guest|visitor|chief|monarch|king|queen|supreme leader|supreme commander|chairman|chairwoman|crown prince|emir|sultan|pontiff|counterpart|vice president|foreign minister|minister|secretary of state|spokes(?:man|woman|person)|aide|adviser|advisor|envoy|ambassador)$`,
);
// the capitalised words of a title: military ranks, offices, and the services or bodies they belong to
const TITLE_WORD = /^(?:Army|Navy|Air|Field|Lieutenant|Major|Brigadier|Rear|Grand|Marshal|General|Admiral|Colonel|Commander|Chief|Chairman|Chairwoman|Premier|President|Chancellor|Secretary|Minister|Leader|Supreme|First|Vice|Deputy|Prime|State|Foreign|Defen[cs]e|Party|Comrade|Emperor|King|Queen|Prince|Sheikh|Emir|Sultan|Ayatollah|Pope|Pontiff|Holy|Father)$/;
const HEAD_NOUN = /^(?:president|leader|head of state|head of government|prime minister|premier|chancellor|general secretary|first secretary|strongman|host|guest|visitor|chief|monarch|king|queen|supreme leader|chairman|chairwoman|crown prince|emir|sultan|pontiff|counterpart)$/;
// descriptions that say only "the one in charge": any leader the report titles may be meant
const GENERIC_HEAD = /^(?:leader|head of state|head of government|strongman|host|guest|visitor|chief|president)$/;
// "the head of state" fits any president, king or chairman: in a report that gives the title to
// no one it is the report's protagonist. A specific title ("the supreme leader") is not read so:
// it may well describe someone other than the president the lead names.
const LEAD_TITLE = /^(?:head of state|head of government)$/;
const LEAD_REACH = 600;
const SUBORDINATE = /\b(?:spokes\w*|adviser|advisor|aide|secretary|minister|ambassador|envoy|official|deputy|director|negotiator|counsel+or)\b/;
const ROLE_KEY: Record<string, string> = { spokeswoman: 'spokesman', spokesperson: 'spokesman', advisor: 'adviser' };

/**
 * Who is speaking, as far as the report says, and for a speaker it leaves unnamed the
 * description it used ("as=north korean leader"), which another report may tie to a name.
 */
interface Speaker {
  name: string | null;
  hint?: string;
}

// "Presidents Vladimir Putin and Tayyip Erdogan": a plural title the people index may read into
// the first name is no part of it
const LEADING_TITLE = /^(?:Presidents|Leaders|Prime Ministers|Premiers|Chancellors|Ministers|Messrs\.?)\s+(?=\S+\s+\S)/;
// "Alongside Kudlow, Trump brought Mnuchin": a sentence's opening preposition or connective
// the names index took for a first name makes no person (whom the sentence is about follows it)
const NOT_FIRST_NAME = /^(?:Said|Says|Added|Adds|Asked|Replied|Told|Alongside|Besides|Beside|Unlike|Like|Beyond|Despite|Including|Except|Behind|Without|Within|Among|Amid|Against|Toward|Towards|Under|Over|After|Before|With|From|For|Between|Near|Via|Whereas|While|Although|Though|Since|Until|Upon|Across|Around|Through|Throughout|During|Inside|Outside|Into|Onto|Unless|Once|Meanwhile|Instead|Still|Later|Earlier|Even|Only|Also|Then|Asked|Pressed|Flanked|Joined|Accompanied|Unlike)\s/;
const realPerson = (p: Person): boolean => !NOT_FIRST_NAME.test(p.name);
const personSpeaker = (p: Person | undefined): Speaker => ({ name: p && realPerson(p) ? p.name.replace(LEADING_TITLE, '') : null });

// A bare surname shared by several people: "Trump" in the headline, the lede and every entry,
// then "Ivanka Trump and Jared Kushner" in the travelling party; "Abe" for the prime minister in
// a piece that later names his father Shintaro Abe. A report brings in a relative or namesake
// with the full name precisely to tell them apart, so the bare word does not become theirs:
// when the report used it alone several times before naming anyone in full with it (a
// headline's one or two uses before the lede's full name are not enough), it stays the bare
// word; so it does when several people have been named in full with it by then.
const ESTABLISHED_USES = 3;
interface SurnameUse {
  /** uses of the word alone before anyone is named in full with it */
  bare: number;
  /** the people named in full with it, in the order of their first full mention */
  named: { person: Person; at: number }[];
}
const surnameUses = new WeakMap<Doc, Map<string, SurnameUse>>();

function surnamesOf(doc: Doc): Map<string, SurnameUse> {
  let uses = surnameUses.get(doc);
  if (uses) return uses;
  // one pass over the mentions, once per report
  uses = new Map();
  for (const m of doc.people.mentions) {
    if (m.quoted) continue;
    const said = doc.clean.slice(m.start, m.end);
    const full = said.includes(' ') && m.person.name.includes(' ');
    if (!full && /\s/.test(said)) continue;
    const key = full ? m.person.surname : said;
    let u = uses.get(key);
    if (!u) uses.set(key, (u = { bare: 0, named: [] }));
    if (!full) {
      if (!u.named.length) u.bare++;
    } else if (!u.named.some((x) => x.person === m.person)) u.named.push({ person: m.person, at: m.start });
  }
  surnameUses.set(doc, uses);
  return uses;
}

/**
 * The person a bare surname at `at` means: the one person named in full with it so far, else
 * the bare word (established before any full name, or shared by several); `fallback` when the
 * report has named no one with it yet.
 */
function bareSpeaker(doc: Doc, word: string, at: number, fallback: Person | undefined): Speaker {
  const u = surnamesOf(doc).get(word);
  if (u && u.named.length && u.bare >= ESTABLISHED_USES) return { name: word };
  // ("Said Xi:" that the names index read as a full name is no namesake of Xi Jinping)
  const before = u?.named.filter((x) => x.at < at && realPerson(x.person)) ?? [];
  // several named in full so far (a history paragraph's Kim Il Sung and Kim Jong Il, then Kim
  // Jong Un; the prime minister and his father): the bare word, which the other reports' names
  // resolve, rather than a guess among them
  if (before.length > 1) {
    // ... unless one of them alone is no past figure or relative ("the former foreign minister",
    // "the late", "his father"), or alone holds a title ("President Lee Jae-myung met Lee Hae-chan")
    const text = doc.clean;
    const present = before.filter((x) => !PAST_OR_KIN.test(text.slice(Math.max(0, x.at - 50), x.at)));
    if (present.length === 1) return personSpeaker(present[0]!.person);
    const titled = present.filter((x) => x.person.roles.size > 0);
    return titled.length === 1 ? personSpeaker(titled[0]!.person) : { name: word };
  }
  return personSpeaker(before[0]?.person ?? fallback);
}
// words before a name that make its title a past one or its bearer someone's kin
const PAST_OR_KIN = /\b(?:former|late|ex-|then-|one-time|elder|father|mother|sister|brother|wife|husband|son|daughter|grandfather|grandson|uncle|widow)\b[^.;]*$/i;

/**
 * The person as this report calls them at `at`. `bare`: the cue itself is the bare surname;
 * else (a pronoun, a clause's subject) the nearest mention before `at` tells whether the report
 * was using the full name (that person) or the bare word (see bareSpeaker).
 */
function asNamed(doc: Doc, p: Person | undefined, at: number, bare = false): Speaker {
  if (!p || !p.name.includes(' ')) return personSpeaker(p);
  if (bare) return bareSpeaker(doc, p.surname, at, p);
  const { mentions } = doc.people;
  const lo = doc.people.firstAtOrAfter(at);
  for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) {
    const m = mentions[i]!;
    if (m.person !== p || m.quoted) continue;
    return doc.clean.slice(m.start, m.end) === p.surname ? bareSpeaker(doc, p.surname, at, p) : personSpeaker(p);
  }
  return personSpeaker(p);
}

// "the president", "the Supreme Leader", "the Soviet leader", "the President of the United States"
// "The chancellor struck a cautious note": the past tenses that do not end in -ed
const IRREGULAR_PAST =
  'struck|took|made|gave|spoke|went|came|sat|stood|saw|felt|sought|brought|thought|kept|left|met|held|put|set|drew|grew|threw|wrote|rose|chose|broke|began|ran|won|lost|paid|led|heard|found|got|meant|sent|spent|stuck|shook|flew|fell|bore|wore|hit|cut|let';
const DESCRIBED_SUBJECT =
  /\b[Tt]he\s+((?:[A-Za-z][\w.-]*\s+){0,2}?(?:[Pp]resident|[Ll]eader|[Hh]ead of [Ss]tate|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Gg]eneral [Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Hh]ost|[Gg]uest|[Vv]isitor)(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?|[A-Z][a-z]+(?:an|ese|ish|ch|i)(?=\s))(?=,?\s+(?:(?:however|though|meanwhile|too|also|for\s+(?:his|her)\s+part),\s+)?(\S+))/g;
// the word after a description that makes it a clause's subject: "the president was", "… said"
const FINITE = new RegExp(
  `^(?:was|is|were|are|had|has|have|would|will|could|did|does|also|then|later|again|only|[a-z]+ed|${SAY}|${IRREGULAR_PAST})$`,
);
// the word before a description that makes it an object: "thanked the president", "to the leader"
const GOVERNS = /^(?:of|to|with|for|by|from|at|on|in|into|toward|towards|and|or|than|as|met|thanked|greeted|told|invited|asked|welcomed|received|urged|called|praised|hosted|joined|beside|behind|before|after|between)$/i;
const PARAGRAPH_REACH = 1500;
const DESCRIPTION_REACH = 600;

/** Where the paragraph holding `at` starts: after a blank line, or a line break after a sentence's end. */
function paragraphStart(text: string, at: number): number {
  const floor = Math.max(0, at - PARAGRAPH_REACH);
  for (let i = text.lastIndexOf('\n', at - 1); i >= floor; i = text.lastIndexOf('\n', i - 1)) {
    let b = i - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b--;
    if (b < 0 || text[b] === '\n' || /[.!?:”"’]/.test(text[b]!)) return i + 1;
    if (i === 0) break;
  }
  return floor;
}

/**
 * Who "he" or "she" before a quotation is. The people index finds the nearest named subject;
 * two things it cannot see come first: a description more recent than any name ("On that point
 * the president was immovable. “…,” he said"), which is whoever it describes or, when the
 * report never ties it to a name, no one; and the person a paragraph opens with, when the named
 * subject lies in an earlier paragraph (a liveblog entry about Kim after one about Putin).
 */
// the subject of the sentence before a quotation whose attribution is "he said": an unnamed
// someone ("A Kremlin official said Putin was satisfied. “…,” he said") is who "he" is; a
// clause put first ("After Putin finished, Trump took the microphone") leaves the subject after
// its comma
const UNNAMED_SUBJECT = /^[\s*_>#-]*(?:(?:[A-Z][\w’']*\s+){0,3}[\w’']*,\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'.-]+\s+){0,4}?(?:official|aide|diplomat|spokes(?:man|woman|person)|source|adviser|advisor|negotiator|person|envoy|minister|lawmaker)\s+(?:[a-z]+ly\s+)?(?:said|says|told|added|insisted|stressed|noted|explained|confirmed|spoke|was|had|has|who|familiar|close|briefed|speaking|,)/;
const FRONTED_CLAUSE = /^[\s*_>#-]*(?:After|When|As|While|Before|Once|Although|Though|Since|Until|Because|If|Whereas|Even\s+as|Even\s+though)\s[^,;:.!?“”"]{3,80},\s+/;

// a sentence that opens with a quotation (or the last sentence of one) closed by "he said"
const QUOTED_THEN_PRONOUN = /^([\s*_>#-]*[“"«]?[^“”"«»]{1,1500}[”"»]\s{0,3},?\s{0,3})(he|she)\s+([a-z]+)\b/i;

/** The sentence before the one holding `at`, in the same paragraph. */
function sentenceBefore(doc: Doc, at: number): { start: number; end: number } | undefined {
  const here = doc.sentenceAt(at);
  if (here.start <= 0) return undefined;
  const prev = doc.sentenceAt(Math.max(0, here.start - 1));
  if (prev.start >= here.start || paragraphBreak(doc.clean, prev.end, here.start)) return undefined;
  return prev;
}

function pronounSpeaker(doc: Doc, at: number, pronoun: string, depth = 0): Speaker {
  const { people, clean: text } = doc;
  // (only for a "he" that the sentence of the quotation does not tie to anyone before it)
  const here = doc.sentenceAt(at);
  const before = depth === 0 && !/\b(?:he|she)\s+\S+\s*[:,]?\s*[“"«]/i.test(text.slice(here.start, at + 3)) ? sentenceBefore(doc, at) : undefined;
  if (before && here.start < at && /^[\s*_>#-]*[“"«‘]/.test(text.slice(here.start, at))) {
    const prevText = text.slice(before.start, before.end);
    if (UNNAMED_SUBJECT.test(prevText)) return { name: null };
    const fronted = FRONTED_CLAUSE.exec(prevText);
    if (fronted) {
      const subject = clauseSubjectAt(doc, before.start + fronted[0].length);
      if (subject) return subject;
    }
  }
  const found = people.antecedent(at, pronoun, undefined, realPerson);
  // the mentions before `at`, newest first, within reach
  const mentions = people.mentions;
  const lo = doc.people.firstAtOrAfter(at);
  const para = paragraphStart(text, at);
  let lastNamed = -1;
  let foundInPara = false;
  const inPara = new Set<Person>();
  let firstInPara: Person | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) {
    const m = mentions[i]!;
    if (m.quoted || !realPerson(m.person)) continue;
    if (lastNamed < 0) {
      lastNamed = m.end;
      // "Macron was more measured. He told the press that Putin had shown readiness … “…,” he
      // said": the last name stands inside a sentence whose subject is this same pronoun, and
      // a run of sentences on one "he" keeps one subject; whoever that "He" is, this "he" is
      const s = doc.sentenceAt(m.start);
      // "“…” That was Vance, and it set the tone. “…?” he asked": a sentence that names the
      // speaker of a quotation makes that speaker the one the account is about
      // (the pronoun opens the sentence's main clause, after a lead of a few words or none: "Yet
      // within hours of leaving Rome he was musing that Putin …")
      const head = text.slice(s.start, m.start).match(/^([\s*_>#-]*(?:[\w ,'’-]{0,60}?\s)?)(he|she)\s+(?!and\b|or\b)[a-z]/i);
      if (depth < 3 && head && head[2]!.toLowerCase() === pronoun && s.start >= para) {
        return pronounSpeaker(doc, s.start + head[1]!.length, pronoun, depth + 1);
      }
      // "“…,” he said, while Mr Putin looked on. [¶] On Syria he drew a red line. “…,” he said":
      // the name stands after the sentence's subject, the pronoun that said the quotation; the
      // account is still about whoever that is, in this paragraph or from the end of the last
      const quoted = QUOTED_THEN_PRONOUN.exec(text.slice(s.start, m.start));
      if (depth < 3 && quoted && quoted[2]!.toLowerCase() === pronoun && SAY_WORD.test(quoted[3]!)) {
        return pronounSpeaker(doc, s.start + quoted[1]!.length, pronoun, depth + 1);
      }
      // "Ma said he had raised the missiles, and that Xi told him …. He described Xi as “…”":
      // the name stands in what the sentence's subject reported; the account is still about the
      // one reporting, and the next "he" is that subject
      const reporter = reportingSubject(doc, s.start, m.start);
      if (reporter && reporter !== m.person && s.start >= para) return asNamed(doc, reporter, at);
    }
    if (m.start < para) break;
    inPara.add(m.person);
    firstInPara = m.person;
    if (m.person === found) foundInPara = true;
  }
  const from = Math.max(lastNamed, at - DESCRIPTION_REACH, 0);
  let described: { phrase: string; at: number } | undefined;
  for (const m of text.slice(from, at).matchAll(DESCRIBED_SUBJECT)) {
    const start = from + m.index!;
    const before = text.slice(Math.max(from, start - 20), start).trim().split(/\s+/).pop() ?? '';
    if (GOVERNS.test(before) || !FINITE.test(m[2]!.replace(/[,.;:]$/, ''))) continue;
    if (/["“”«»]/.test(text.slice(start, from + m.index! + m[0].length))) continue;
    // "the Ukrainian sounded relieved": a nationality alone is that country's leader in view
    if (!/\s/.test(m[1]!) && !DESCRIPTION.test(m[1]!.toLowerCase())) {
      if (nationKey(m[1]!)) described = { phrase: `the ${m[1]} leader`, at: start };
      continue;
    }
    described = { phrase: `the ${m[1]}`, at: start };
  }
  if (described) return speakerName(doc, described);
  // the paragraph names others too: the one it opens with is the one it is about ("Earlier in
  // the day Gorbachev stopped his car …, with Bush trailing behind. “…,” he told the crowd")
  if (!foundInPara && firstInPara) return asNamed(doc, firstInPara, at);
  return asNamed(doc, found, at);
}

/**
 * The person a sentence opens with as the subject of a speech verb ("Ma said", "Putin told
 * reporters", "Ma, visibly pleased, said"), when the name at `mention` stands after that verb,
 * in what was reported.
 */
function reportingSubject(doc: Doc, start: number, mention: number): Person | undefined {
  const text = doc.clean;
  const lead = /^[\s*_>#-]*/.exec(text.slice(start, start + 20))![0].length;
  const m = doc.people.mentions[doc.people.firstAtOrAfter(start + lead)];
  if (!m || m.quoted || m.start > start + lead + 3 || m.start >= mention || !realPerson(m.person)) return undefined;
  const verb = /^(?:,[^,.;:!?“”"]{1,60},)?\s+(?:[a-z]+ly\s+)?([a-z]+)\b/.exec(text.slice(m.end, mention));
  return verb && SAY_WORD.test(verb[1]!) ? m.person : undefined;
}

/** The name at `at` stands in what its sentence's subject, someone else, reported. */
function reportedBySomeoneElse(doc: Doc, at: number): boolean {
  const here = doc.people.mentions[doc.people.firstAtOrAfter(at)];
  const reporter = reportingSubject(doc, doc.sentenceAt(at).start, at);
  return !!reporter && reporter !== here?.person;
}

/** The person named right at `from` (a main clause's subject), as the report names them. */
function clauseSubjectAt(doc: Doc, from: number): Speaker | undefined {
  const m = doc.people.mentions[doc.people.firstAtOrAfter(from)];
  if (!m || m.quoted || m.start > from + 3 || !realPerson(m.person)) return undefined;
  return asNamed(doc, m.person, m.end);
}

const firstMentions = new WeakMap<object, Map<string, { person: Person; start: number }[]>>();

/** The one person whose full name holds `word` and is first mentioned before `at`, if only one is. */
function namedBefore(people: Doc['people'], word: string, at: number): Person | undefined {
  let byWord = firstMentions.get(people);
  if (!byWord) {
    // each person's first mention, listed under every word of the name: built once per report
    byWord = new Map();
    const seen = new Set<Person>();
    for (const m of people.mentions) {
      if (seen.has(m.person) || !m.person.name.includes(' ')) continue;
      seen.add(m.person);
      for (const w of m.person.name.split(' ')) {
        const list = byWord.get(w);
        if (list) list.push({ person: m.person, start: m.start });
        else byWord.set(w, [{ person: m.person, start: m.start }]);
      }
    }
    firstMentions.set(people, byWord);
  }
  const before = (byWord.get(word) ?? []).filter((x) => x.start < at);
  return before.length === 1 ? before[0]!.person : undefined;
}

const surnameChecks = new WeakMap<Doc, Map<string, boolean>>();

/**
 * A lone capitalised word the report also writes after a first name or initials ("JD Vance"
 * elsewhere, "That was Vance." here): a surname the people index did not read. "Tuesday" or
 * "Moscow" never stands so. A report is searched for a bounded number of such words.
 */
function surnameHere(doc: Doc, word: string): boolean {
  if (!/^[A-Z][a-z'’-]+$/.test(word) || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(word)) return false;
  let seen = surnameChecks.get(doc);
  if (!seen) surnameChecks.set(doc, (seen = new Map()));
  const had = seen.get(word);
  if (had !== undefined) return had;
  if (seen.size >= 20) return false;
  // each place the word stands, with the word before it: a first name or initials, not a
  // function word or a title ("The Vance …", "President Vance")
  const text = doc.clean;
  let found = false;
  for (let i = text.indexOf(word); i >= 0 && !found; i = text.indexOf(word, i + word.length)) {
    if (/\w/.test(text[i + word.length] ?? '')) continue;
    const before = text.slice(Math.max(0, i - 40), i).match(/(?:^|[\s(])([A-Z]{1,3}|[A-Z]\.(?:\s?[A-Z]\.)?|[A-Z][a-z]+)\s+$/);
    if (before && !/^(?:The|In|On|At|For|And|But|By|To|From|With|Of|After|When|Said|Says|Mr|Mrs|Ms|President|Vice)$/.test(before[1]!)) found = true;
  }
  seen.set(word, found);
  return found;
}

const HONORIFIC_SUBJECT = /^(His|Her)\s+(?:Excellency|Eminence|Majesty|Highness|Royal\s+Highness|Holiness|Beatitude)$/i;

/** A person's name for a cited phrase, or the phrase itself when it names a body or an unnamed official. */
function speakerName(doc: Doc, cue: Cue): Speaker {
  const people = doc.people;
  if (cue.narrative) {
    const p = people.antecedent(cue.at, undefined, 2);
    return p ? asNamed(doc, p, cue.at) : { name: null };
  }
  if (cue.subjectOfSentence) {
    const p = people.antecedent(cue.at, undefined, 0);
    if (p) return asNamed(doc, p, cue.at);
    const subject = clauseSubject(doc, cue.at);
    return subject ? speakerName(doc, subject) : { name: null };
  }
  const phrase = cue.phrase.replace(/\s+/g, ' ').trim().replace(QUALIFIERS, '');
  // "the Kremlin readout said", "the joint statement read": a text has no personal speaker
  if (DOCUMENT.test(phrase.split(' ').at(-1) ?? '')) return { name: null };
  if (cue.person && !people.resolve(phrase) && !DESCRIPTION.test(phrase.replace(/^(?:the|his|her)\s+/i, '').toLowerCase()) && !surnameHere(doc, phrase)) {
    return { name: null };
  }
  if (/^(?:he|she)$/i.test(phrase)) return pronounSpeaker(doc, cue.at, phrase.toLowerCase());
  // "His Eminence said", "His Excellency affirmed": a state agency's honorific stands for the one
  // it has been telling of, as "he" does
  const honorific = HONORIFIC_SUBJECT.exec(phrase);
  if (honorific) return pronounSpeaker(doc, cue.at, /^his$/i.test(honorific[1]!) ? 'he' : 'she');
  // "the 72-year-old said", "the 71-year-old told reporters": an age alone stands for a person
  // the way "he" does (an age before a title, "the 72-year-old president", is read as the title)
  if (AGE_ONLY.test(phrase)) return pronounSpeaker(doc, cue.at, 'he');
  if (PRONOUN.test(phrase)) return { name: null };
  // ("Said Xi:" that the names index read as a name is no one: the surname is Xi Jinping's;
  // a transcript's "TRUMP:" is Trump when the report names him so)
  const capsName = /^[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}$/.test(phrase) ? phrase.toLowerCase().replace(/(^|[\s'’-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase()) : undefined;
  const found = people.resolve(phrase) ?? (capsName ? people.resolve(capsName) : undefined);
  if (capsName && found && !people.resolve(phrase)) return asNamed(doc, found, cue.at, !capsName.includes(' '));
  const bearers = found && !realPerson(found) ? people.persons.filter((p) => p !== found && realPerson(p) && p.name.split(' ').includes(phrase)) : [];
  const person = found && realPerson(found) ? found : bearers.length === 1 ? bearers[0] : undefined;
  // "the Iron Lady declared": the names index took the nickname for a name, but a name the
  // report only ever writes after "the" is an epithet, whose bearer takes knowing
  if (person && /^the\s/i.test(phrase) && epithetOnly(doc, person)) return { name: null };
  const lone = /^[A-Z][\w'’-]+$/.test(phrase);
  if (person && person.name.includes(' ') && lone) return asNamed(doc, person, cue.at, true);
  if (person && (person.name.includes(' ') || !lone)) return personSpeaker(person);
  // a surname alone that several people here share ("Kim" in a piece naming Kim Jong Un and,
  // later, Kim Jung-sook): the one of them the report has named in full before this point
  if (lone) {
    const named = namedBefore(people, phrase, cue.at);
    if (named) return asNamed(doc, named, cue.at, true);
    if (person) return bareSpeaker(doc, phrase, cue.at, person);
  }
  // "Chinese Foreign Ministry spokesperson Wang Wenbin": a description the people index does not
  // read as a title, then the name of someone it knows
  const ws = phrase.split(' ');
  for (let k = 1; k < ws.length - 1 && ws.length <= 8; k++) {
    if (!/^[A-Z]/.test(ws[k]!) || /^[A-Z]/.test(ws[k - 1]!)) continue;
    const named = people.resolve(ws.slice(k).join(' '));
    if (named && named.name.split(' ').length >= 2) return personSpeaker(named);
  }
  // "a senior U.S. official", "an aide": someone the report chooses not to name
  if (/^(?:a|an|one)\s/i.test(phrase)) return { name: null };
  const bare = phrase.replace(/^(?:the|his|her|their|its)\s+/i, '');
  // "the President of the United States", "the chairman of the State Affairs Commission": a
  // role of a country reads as "the U.S. president"; of an institution, as the bare role
  const ofForm = bare.match(/^([a-z][a-z ]*?|[A-Z][\w ]*?)\s+of\s+(?:the\s+)?([A-Z][\w.'’ -]*)$/);
  let roleText = bare;
  if (ofForm && DESCRIPTION.test(ofForm[1]!.toLowerCase())) {
    const nation = nationKey(ofForm[2]!);
    if (nation) {
      const titled = people.resolve(`${ofForm[2]} ${ofForm[1]!.toLowerCase()}`);
      if (titled) return personSpeaker(titled);
      roleText = `${ofForm[2]} ${ofForm[1]}`;
    } else roleText = ofForm[1]!;
  }
  // "the Russian said", "the German added": a nationality alone stands for that country's
  // person in view, as "the Russian leader" does (never for someone out of view)
  if (/^the\s/i.test(phrase) && /^[A-Z][a-z]+(?:an|ese|ish|ch|i)$/.test(roleText) && nationKey(roleText) && cue.trailing) roleText = `${roleText} leader`;
  const described = roleText.toLowerCase().match(DESCRIPTION);
  if (described) {
    const role = described[1]!;
    const key = ROLE_KEY[role] ?? role;
    const nationWords = roleText.slice(0, roleText.length - role.length).trim();
    // a description with a nation the report ties to no one: unknown here, but another source
    // may name "the North Korean leader"
    if (nationWords) {
      const nation = nationKey(nationWords);
      // "his Russian counterpart": whoever the report makes the Russian leader
      if (role === 'counterpart') {
        const leader = people.resolve(`the ${nationWords} leader`);
        if (leader) return personSpeaker(leader);
      }
      const seen = cue.trailing && /^(?:the|his|her)\s/i.test(phrase) ? inView(doc, cue.at, nation, key, goesOnAt(doc.clean, cue)) : undefined;
      if (seen) return seen;
      return { name: null, hint: nation ? `as=${nation} ${HEAD_NOUN.test(role) ? 'leader' : key}` : undefined };
    }
    // "the president", "the head of state": whoever the report has just been speaking of, if titled so
    if (!/^(?:the|his|her|its|their)\s/i.test(phrase)) return { name: null };
    // a title only one person in the report holds names that person wherever it stands; a
    // generic "the leader" may mean any leader, the nearest one; a specific title nobody
    // holds here ("the supreme leader" in a report that never gives it to a name) is no one
    const holders = people.holders(key);
    if (holders.length === 1) {
      // a headline's name that ran on into its verb ("Kim Jong Un Holds Talks") is the name within it
      const h = holders[0]!;
      return personSpeaker(people.persons.find((p) => p !== h && h.name.startsWith(p.name + ' ')) ?? h);
    }
    // "the head of state" that nobody here is titled: the head the report's lead names first
    if (!holders.length && LEAD_TITLE.test(role)) {
      // (the first named, titled or not as a head: a state agency's "Army General Raúl Castro"
      // is its head of state before the visiting president it names second; a spokesman or a
      // minister named first is not)
      // (a headline's shorter form of a name the lede gives in full and titled, "Raúl Castro" for
      // "Army General Raúl Castro Ruz", is that person)
      const fuller = (p: Person) => (p.roles.size ? p : people.persons.find((q) => q.roles.size && q.name.startsWith(p.name + ' ')) ?? p);
      const first = people.mentions.find((m) => {
        const p = fuller(m.person);
        return !m.quoted && [...p.roles].every((r) => HEAD_NOUN.test(r) || !SUBORDINATE.test(r)) && (p.roles.size > 0 || people.persons.every((q) => !q.roles.size));
      });
      const lead = first && fuller(first.person);
      if (lead && first && first.start < LEAD_REACH && first.start < cue.at) return personSpeaker(lead);
    }
    const accept = holders.length ? (p: Person) => p.roles.has(key) : GENERIC_HEAD.test(role) ? (p: Person) => p.roles.has('leader') : undefined;
    const titled = accept ? personSpeaker(people.antecedent(cue.at, undefined, 8, accept)) : undefined;
    if (titled?.name) return titled;
    // a title nobody here holds in the attribution of a quotation right after sentences about
    // one person only ("Gorbachev was defiant. “…,” the general secretary said"): the reporter
    // varying that person's name ("the president" or "the leader" alone may be anyone's)
    const seen = holders.length || !cue.trailing || GENERIC_HEAD.test(role) ? undefined : inView(doc, cue.at, undefined, key, goesOnAt(doc.clean, cue));
    if (seen) return seen;
    // a specific title nobody here holds ("the chancellor" in a report that calls her only "Mrs
    // Merkel"): no one here, but the one person other reports give that title, if only one
    return titled ?? { name: null, hint: `as=${key}` };
  }
  // an unnamed, untitled someone ("a senior official") is no one to line quotes up by
  if (!/[A-Z]/.test(bare) && !/s$/.test(bare) && !/^(?:both|two)\b/.test(bare)) return { name: null };
  // "the Army General stated", "the Commander said", "the Premier noted": a title spelt with
  // capitals is still a title, its holder the one person the report gives its last word to
  // (never a name of its own); nobody or several holding it leaves the speaker unknown
  if (/^(?:the|his|her)\s/i.test(phrase) && bare.split(' ').length <= 3 && bare.split(' ').every((w) => TITLE_WORD.test(w))) {
    const role = bare.split(' ').at(-1)!.toLowerCase();
    const holders = people.persons.filter((p) => p.roles.has(role));
    return holders.length === 1 ? personSpeaker(holders[0]) : { name: null };
  }
  if (/^(?:President|Prime Minister|Premier|Chancellor|Mr\.?|Mrs\.?|Ms\.?)$/.test(bare)) return { name: null };
  // a name has a capitalised word that is not an article or pronoun ("The" alone names no one)
  if (!bare.split(' ').some((w) => /^[A-Z][\w'’.-]/.test(w) && !NOT_SPEAKER.test(w) && !DETERMINER.test(w.toLowerCase()))) return { name: null };
  // "the Iron Lady declared", "the Great Helmsman said": a nickname the report never ties to a
  // name is no name of its own (whose it is takes knowing); an institution ("the Kremlin", "the
  // Foreign Ministry", "the NSC") keeps its name
  if (/^the\s/i.test(phrase) && !INSTITUTION.test(bare.split(' ').at(-1)!)) return { name: null };
  return { name: bare.replace(/^(?:President|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+/, '') };
}

/**
 * The one person a description at `at` can stand for when no one here holds its title: the
 * only person named (outside quotations) from the nearest earlier sentence that names anyone,
 * at most two sentences back, up to `at`. A reporter varies a name with a title ("Sadat was
 * gracious. “…,” the Egyptian president said"); two people in view, or a person the report
 * gives another nation or another title, leave the description to no one.
 */
function inView(doc: Doc, at: number, nation: string | undefined, key: string, goesOn = false): Speaker | undefined {
  const { mentions } = doc.people;
  let j = doc.people.firstAtOrAfter(at) - 1;
  for (let k = 0; j >= 0 && mentions[j]!.quoted && k < 50; k++) j--;
  const here = doc.sentenceAt(at);
  if (j < 0 || mentions[j]!.quoted || doc.sentenceAt(mentions[j]!.start).index < here.index - 1) {
    const subject = namedSubjectBefore(doc, here);
    if (subject) return subject;
  }
  if (j < 0 || mentions[j]!.quoted) return undefined;
  const near = doc.sentenceAt(mentions[j]!.start);
  if (near.index < here.index - 2) return undefined;
  // "“…,” Kishida told reporters. “…,” the American president said": right after one speaker's
  // quotation, a description that only says "said" may as well be the other voice; one that
  // goes on ("added", "continued") is the same speaker
  if (!goesOn && /[“”"«»]/.test(doc.clean.slice(near.start, near.end))) return undefined;
  // the one person named there is also the subject of those sentences ("Asked whether he
  // trusted Putin, the president hedged" puts no one but the president in view)
  const person = doc.people.antecedent(at, undefined, 2);
  if (!person) return undefined;
  for (let i = doc.people.firstAtOrAfter(near.start); i <= j; i++) {
    const m = mentions[i]!;
    if (!m.quoted && m.person !== person) return undefined;
  }
  for (const r of person.roles) {
    const two = r.split(' ').slice(0, 2).join(' ');
    const owner = nationKey(two) ? two : nationKey(r.split(' ')[0]!) ? r.split(' ')[0]! : undefined;
    if (owner && nation && nationKey(owner) !== nation) return undefined;
    // a person titled otherwise ("Kremlin spokesman Dmitry Peskov", "President Trump" for "the
    // general secretary") is someone else the description does not vary
    const title = owner ? r.slice(owner.length).trim() : r;
    // ("the Russian leader", "the Russian": any head of that country's, a president included)
    if (title !== key && !(title === 'leader' && HEAD_NOUN.test(key)) && !(key === 'leader' && HEAD_NOUN.test(title))) return undefined;
  }
  return asNamed(doc, person, at);
}

/**
 * The name the sentence before `here` (in the same paragraph, quoting no one) opens its main
 * clause with, when the people index did not take it for a person: "Sadat was gracious.",
 * "Macron, asked about Brexit, would not be drawn." One to three capitalised words that are no
 * place, nation or institution.
 */
function namedSubjectBefore(doc: Doc, here: Sentence): Speaker | undefined {
  if (here.index === 0) return undefined;
  const prev = doc.sentences[here.index - 1]!;
  const text = doc.clean;
  if (paragraphStart(text, here.start) > prev.start || /[“”"«»]/.test(text.slice(prev.start, prev.end))) return undefined;
  let end = prev.end;
  while (end > prev.start && isSpace(text[end - 1])) end--;
  const subject = clauseSubject(doc, Math.max(prev.start, end - 1));
  if (!subject) return undefined;
  // (a lone word will do here: the description that follows vouches for a person)
  return plainName(doc, subject.phrase, true);
}

// capitalised words that open a sentence without naming anyone: "Pressed by …", "Later —", "Key line:"
// (one word with a verb's or an adverb's ending, "Pressed", "Clearly", is a name only when the
// report also writes it after a first name; in a full name it is one: Fred Kelly, Mohammed Ali)
const VERB_LIKE = /^[A-Z][a-z]+(?:ed|ing|ly)$/;
const NOT_NAME_WORD = /^(?:Key|Later|Earlier|Then|Now|Still|Also|Again|Finally|First|Next|Meanwhile|Today|Tonight|Yesterday|Afterwards|From|Only|Even|Both|Neither|Each|Every|All|Some|Many|Most|Such|Another|Other)$/;

/**
 * A subject the people index did not read that still reads as a person's name: two or three
 * capitalised words ("Anwar Sadat"), or one the report also writes after a first name, or any
 * one word when `lone` (the caller has other evidence of a person); never a place, a nation, a
 * body or a word that opens sentences.
 */
function plainName(doc: Doc, phrase: string, lone = false): Speaker | undefined {
  const known = doc.people.resolve(phrase);
  if (known) return personSpeaker(known);
  const ws = phrase.split(' ');
  if (ws.length > 3 || !ws.every((w) => /^[A-Z][\p{Ll}][\p{L}'’-]*$/u.test(w) && !ROLE_NOUN.test(w.toLowerCase()) && !NOT_SPEAKER.test(w) && !NOT_NAME_WORD.test(w) && !(ws.length === 1 && VERB_LIKE.test(w) && !surnameHere(doc, w)))) return undefined;
  if (nationKey(phrase) || ws.some((w) => nationKey(w)) || lookup(phrase) || lookup(ws[ws.length - 1]!)) return undefined;
  if (ws.length === 1 && !lone && !surnameHere(doc, phrase)) return undefined;
  return { name: phrase };
}

/**
 * The subject a sentence opens with, past an opening adverbial: "At the close, the Russian
 * leader turned to his host and said …" → "the Russian leader".
 */
function clauseSubject(doc: Doc, at: number): Cue | undefined {
  const sentence = doc.sentenceAt(at);
  const words = wordsOf(doc.clean.slice(sentence.start, at), sentence.start);
  let k = 0;
  // a liveblog entry's time stamp ("14:33 — Castro says …") stands before the sentence, not in it
  while (k < words.length && k < 2 && TIME_STAMP.test(words[k]!.w)) k++;
  // so does a dateline in capitals, up to the dash: "GENEVA — The summit …", "MOSCOW (AP) — Putin …"
  let d = k;
  while (d < words.length && d - k < 4 && /^[A-Z][A-Z.'’-]+$/.test(words[d]!.w)) d++;
  if (d > k && d < words.length && words[d]!.parted) k = d;
  // opening phrases, one after another ("Later, turning to Kyiv, he …"), are no subject
  for (let round = 0; round < 3 && k < words.length; round++) {
    let comma = k;
    while (comma < words.length && comma - k < 16 && !words[comma]!.tail.startsWith(',')) comma++;
    if (comma >= words.length || comma - k >= 16) break;
    const head = words[k]!.w;
    // "From Moon's spokesman,", "Opening the talks,", "turning to Kyiv's reluctance,"
    // (a subordinate clause too: "When the accords were signed, Sadat …")
    const opener = (comma - k < 8 && !speakerWordOk(head)) || /^(?:At|In|On|After|Before|During|Later|Earlier|Afterwards|Speaking|Asked|Following|Meanwhile|Still|Then|From|Through|Via|With|Without|Under|Upon|Touching|Turning|Despite|According|When|Whenever|While|Once|Although|Though|Because|Since|Until|If)$/i.test(head) || /^[A-Za-z][a-z]+ing$/.test(head) || (/^[A-Z][a-z]+ed$/.test(head) && !doc.people.resolve(head));
    if (!opener) break;
    k = comma + 1;
  }
  const who: Word[] = [];
  for (; k < words.length && who.length < 6; k++) {
    const x = words[k]!;
    if (!speakerWordOk(x.w) && !(who.length === 0 && PRONOUN.test(x.w))) break;
    // a dash or a bracket between two words parts them: no one name runs across it
    if (who.length && x.parted) break;
    who.push(x);
    if (x.tail || PRONOUN.test(x.w)) break;
  }
  // "Later, turning to Kyiv, he reached for a saying:": a pronoun subject is resolved by the caller
  if (who.length === 1 && /^(?:he|she)$/i.test(who[0]!.w)) return { phrase: who[0]!.w, at: who[0]!.start };
  // "The NATO summit communiqué stated", "The Kremlin press office said": the capitals qualify a
  // noun that is the subject, a text or a body, not a person
  if (who.length && k < words.length && joined(who[who.length - 1]!, words[k]!) && NOT_PERSON_HEAD.test(words[k]!.w)) return undefined;
  if (!who.length || !nameLike(who)) return undefined;
  const phrase = who.map((x) => x.w).join(' ');
  if (NOT_SPEAKER.test(who[0]!.w)) return undefined;
  return { phrase, at: who[0]!.start };
}

const DATELINE_PRE =
  /^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][a-z.]{1,12}(?:\s+\d{1,2})?)?(?:\s+\([^()\n]{1,30}\))?|[*_]{0,2}~?\d{1,2}[:.h]?\d{2}(?:\s?[ap]\.?m\.?)?[*_]{0,2})\s*[—–-]{1,2}\s*$/;
const INSTITUTION =
  /^(?:[A-Z]{2,}|Kremlin|House|Elys[ée]e|Pentagon|Quirinale?|Chancellery|Palace|Ministry|Office|Department|Government|Cabinet|Commission|Council|Embassy|Agency|Secretariat|Presidency|Administration|Street|Xinhua|Vatican|See|Bundestag|Duma|Congress|Senate|Parliament|Assembly|Committee|Party|Army|Navy|Command|Headquarters|Mission|Delegation|Union|Bank|Fund|Organi[sz]ation|Court|Service|Bureau|Staff|Forces|Guard|Camp|Campaign|Foundation|Institute|Center|Centre|Times|Post|Journal|News|Daily|Press|Television|TV|Radio|Network|Herald|Tribune|Gazette|Telegraph|Guardian|Observer|Economist)$/;
function epithetOnly(doc: Doc, p: Person): boolean {
  if (INSTITUTION.test(p.name.split(' ').at(-1)!)) return false;
  const text = doc.clean;
  const own = doc.people.mentions.filter((m) => m.person === p);
  return own.length > 0 && own.every((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)));
}
// text put on display rather than spoken: "The caption read:", "the banner over the gate said:"
const DISPLAYED_TEXT =
  /\b(?:captions?|headlines?|banners?|placards?|posters?|signs?|mottos?|slogans?|inscriptions?|plaques?|hashtags?|t-shirts?|chyrons?|billboards?|graffiti|murals?|front\s+pages?|cover)\b[^.!?:;“”"]{0,40}?\b(?:reads?|reading|said|says|saying|ran|runs|proclaimed|proclaims|declared|declares|carried|carries|bore|bears)\s*:$/i;
// nouns that head a text or a body: a speaker phrase ending in one names no person ("the Kremlin
// readout", "the NATO communiqué", "the final declaration")
const DOCUMENT = /^(?:readouts?|statements?|communiqu[eé]s?|declarations?|documents?|texts?|transcripts?|memorand(?:um|a)|resolutions?|conclusions|releases?|summits?|accords?|agreements?|treaty|charter)$/i;
const NOT_PERSON_HEAD = /^(?:readouts?|statements?|communiqu[eé]s?|declarations?|documents?|texts?|transcripts?|memorand(?:um|a)|resolutions?|conclusions|releases?|summits?|accords?|agreements?|treaty|charter|office|ministry|agency|newspaper|television|website|channel|broadcaster)$/i;

// ---------------------------------------------------------------------------------------------
// Quotations: fragments joined, told remark from phrase, attributed

interface Quotation {
  fragments: Fragment[];
  /** set off as speech rather than a fragment of the report's own sentence */
  remark: boolean;
  speaker: string | null;
  hint?: string;
  /** the speaker denies having said it: "denied calling it “…”" */
  denied: boolean;
  /** where a name (not a pronoun) gave the speaker */
  namedAt?: number;
}

const DENIED =
  /\bden(?:ied|ies|y|ying)\s+(?:ever\s+|having\s+){0,2}(?:said|saying|calling|called|describing|described|using|used|making)\b|\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|never|(?:has|have|had)\s+(?:not|never)|(?:hasn|haven|hadn)['’]t)\s+(?:ever\s+|once\s+|publicly\s+)?(?:say|said|call|called|describe|described|use|used)\b/;

/** Where the sentence holding `to` starts, at or after `from`: past the last [.!?] and a space. */
function clauseStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    const c = text[i]!;
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[i + 1])) {
      const word = text.slice(Math.max(from, i - 6), i + 1).split(/\s/).pop()!;
      if (c === '.' && ABBREVIATION.test(word.replace(/^[^A-Za-z]+/, ''))) continue;
      return i + 1;
    }
  }
  return from;
}

/** Sentence end in running text: the end of the text, or [.!?] before a space and a capital. */
function clauseEnd(text: string, from: number, limit: number, acrossLines = false): number {
  let stop = lineEnd(text, from, limit);
  // a hard-wrapped sentence goes on past a single line break, never past a blank line
  while (acrossLines && stop < limit && text[stop] === '\n' && text[stop + 1] !== undefined && text[stop + 1] !== '\n' && text.slice(stop + 1, lineEnd(text, stop + 1, limit)).trim()) {
    stop = lineEnd(text, stop + 1, limit);
  }
  for (let i = from; i < stop; i++) {
    const c = text[i]!;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= stop || isSpace(text[i + 1]))) {
      // "U.S." and "Mr." do not end a sentence
      const word = text.slice(Math.max(from, i - 6), i + 1).split(/\s/).pop()!;
      if (c === '.' && ABBREVIATION.test(word.replace(/^[^A-Za-z]+/, ''))) continue;
      return i + 1;
    }
  }
  return stop;
}

function quotationsOf(doc: Doc): Quotation[] {
  const text = doc.clean;
  const marked = scanQuotes(text);
  const blocks = /^[ \t]*>/m.test(doc.report.text) ? scanBlockQuotes(doc.report.text, text) : [];
  const frags = blocks.length ? [...marked, ...blocks].sort((a, b) => a.open - b.open) : marked;
  const out: Quotation[] = [];
  for (let i = 0; i < frags.length; i++) {
    const group = [frags[i]!];
    // a quotation run on over paragraphs, or interrupted by its attribution
    let between: Cue | undefined;
    while (i + 1 < frags.length) {
      const a = group[group.length - 1]!;
      const b = frags[i + 1]!;
      if (a.runsOn) {
        group.push(b);
        i++;
        continue;
      }
      const gap = text.slice(a.after, b.open);
      const inner = text.slice(a.start, a.end);
      if (gap.length > 100 || paragraphBreak(text, a.after, b.open) || /[.!?…]$/.test(inner)) break;
      const g = gap.trimEnd();
      if (!/[,—–-]$/.test(g) || /[.!?]\s/.test(g)) break;
      const cue = cueAfter(text, a.after, a.after + g.length - 1);
      if (!cue) break;
      between ??= cue;
      group.push(b);
      i++;
    }
    const first = group[0]!;
    const lastFrag = group[group.length - 1]!;
    const sentence = doc.sentenceAt(first.open);
    const prevEnd = out.length ? out[out.length - 1]!.fragments.at(-1)!.after : 0;
    const preFrom = clauseStart(text, Math.max(sentence.start, prevEnd), first.open);
    let pre = text.slice(preFrom, first.open);
    // "Putin said on Friday:" closing the sentence before the quotation
    let preCueFrom = preFrom;
    if (!pre.trim()) {
      let k = first.open - 1;
      while (k >= 0 && isSpace(text[k])) k--;
      if (text[k] === ':' && k >= prevEnd) {
        const s = doc.sentenceAt(k);
        preCueFrom = Math.max(s.start, prevEnd);
        pre = text.slice(preCueFrom, k + 1);
      }
    }
    // a dateline or a liveblog's time stamp before the quotation opens the story, not a sentence
    // of the report's own: "HANOI (Reuters) — “…,” Trump said" sets the quotation off as speech
    if (DATELINE_PRE.test(pre)) pre = '';
    const preTrim = pre.trimEnd();
    const lastChar = preTrim.slice(-1);
    const atStart = preTrim === '' || /[:]$/.test(preTrim);
    // “…,” then the attribution, on the next line if the text is wrapped: the sentence goes on
    const goesOn = /[,—–-]$/.test(text.slice(lastFrag.start, lastFrag.end));
    const afterEnd = clauseEnd(text, lastFrag.after, lastFrag.after + 160, goesOn);
    const after = between ? undefined : cueAfter(text, lastFrag.after, afterEnd, /[.!?…]$/.test(text.slice(lastFrag.start, lastFrag.end))) ?? signedBelow(text, lastFrag.after);
    const before = cueBefore(text, preCueFrom, first.open);
    const innerText = text.slice(first.start, first.end);
    const upper = /^[\p{Lu}\d…]|^\.\.\./u.test(innerText);
    const words = text.slice(first.start, lastFrag.end).split(/\s+/).length;
    const nextChar = text.slice(lastFrag.after).trimStart()[0];
    const endsSentence = /[.!?…]$/.test(text.slice(lastFrag.start, lastFrag.end)) && (nextChar === undefined || /[\p{Lu}“"‘\n]/u.test(nextChar) || /^\s*\n/.test(text.slice(lastFrag.after)));
    const setOff = nextChar === undefined || PUNCT_AFTER_CLOSE.has(nextChar) || /[,.!?…—–;:]$/.test(text.slice(lastFrag.start, lastFrag.end)) || !!after || !!between || words >= 8;
    // "Putin noted, “I agree …”", "he told reporters: “…”"
    const afterSpeech =
      /[:]$/.test(preTrim) || (/[,—–]$/.test(preTrim) && before !== undefined && !before.subjectOfSentence && SAY_WORD.test(lastWordBefore(preTrim)));
    // "Fitzwater said in a statement that “the President regards …”": a quotation that completes
    // a reported clause to the sentence's end is the speaker's sentence, not a phrase of the report's
    // "his remark that “A stable relationship matters …,” and …": a speech noun's clause that
    // opens with a capital quotes the whole sentence, wherever the report's own sentence goes on
    const restOfSentence =
      /\bthat$/.test(preTrim) &&
      words >= 6 &&
      ((SAY_WORD.test(lastWordBefore(preTrim.slice(0, -4), 4)) &&
        (endsSentence || (nextChar === '.' && /^\.\s*(?:$|\n|[\p{Lu}“"])/u.test(text.slice(lastFrag.after).trimStart())))) ||
        (upper && SPEECH_NOUN_THAT.test(preTrim)));
    // “Thaw”, “Planting Peace and Prosperity”: a word or three after a colon that no one is said
    // to speak ("the front page carried a single word:", "the stone reads:") is a caption, a
    // headline or an inscription, not a remark
    // (and any length of words that a caption, a banner or a headline "reads")
    const caption =
      (/:$/.test(preTrim) && !before && !after && !between && words <= 3 && !/[.!?…]$/.test(text.slice(lastFrag.start, lastFrag.end))) || DISPLAYED_TEXT.test(preTrim);
    const remark =
      !caption &&
      ((atStart && (upper || !!after || !!between) && setOff) ||
      afterSpeech ||
      restOfSentence ||
      (lastChar === ',' && upper && endsSentence && words >= 5) ||
      (group.length > 1 && (!!between || group.some((f) => f.runsOn)) && atStart));
    // a remark's attribution follows it ("…,” Putin said); a phrase's governs it ("what he called “…”")
    const span: [number, number] = [first.open, lastFrag.after];
    // ... unless the sentence named its speaker before the quotation and the quotation closes it:
    // what follows ("Moscow said it remains ready") is the next sentence's subject
    const introduced =
      before !== undefined && !before.subjectOfSentence && (restOfSentence || (afterSpeech && /[.!?…]$/.test(text.slice(lastFrag.start, lastFrag.end))));
    const cue = remark ? between ?? (introduced ? before : undefined) ?? after ?? before ?? accordingTo(text, sentence, span) : before ?? after ?? accordingTo(text, sentence, span);
    if (cue && (cue === after || cue === between)) cue.trailing = true;
    let { name: speaker, hint } = cue ? speakerName(doc, cue) : { name: null, hint: undefined };
    // "“…,” Erdogan said. … “…,” the Russian leader replied": a reply is the other voice, so a
    // description that the names index let vary the last speaker's name is someone else (a
    // name, or "he", is left as read)
    const lastQuote = out[out.length - 1];
    if (cue && speaker && lastQuote?.speaker === speaker && /^(?:the|his|her)\s/i.test(cue.phrase) && repliesAt(text, cue)) {
      // (nor does the roster carry that title of his to the other reports)
      const refuted = refutedRoles.get(doc) ?? refutedRoles.set(doc, new Set()).get(doc)!;
      refuted.add(`${cue.phrase.replace(/^(?:the|his|her)\s+/i, '').replace(/\s+/g, ' ').toLowerCase()}:${speaker}`);
      speaker = null;
      hint = undefined;
    }
    const named = cue && !cue.subjectOfSentence && !cue.narrative && cue.phrase && !PRONOUN.test(cue.phrase) ? cue.at : undefined;
    // "“…” That was Vance, and it set the tone. “…?” he asked": the pronoun takes up the speaker
    // the paragraph has just named, when no one else has been named since (the people index may
    // not know that name at all, and would reach back to someone named earlier)
    const last = out[out.length - 1];
    // (not when that name stood in what someone else reported: "Ma said … that Xi told him the
    // missiles “…”. He described Xi as “…”" is Ma's account, and Ma's "he")
    if (cue && /^(?:he|she)$/i.test(cue.phrase) && last?.speaker && last.namedAt !== undefined && last.namedAt < cue.at && !paragraphBreak(text, last.namedAt, cue.at) && !reportedBySomeoneElse(doc, last.namedAt)) {
      const since = doc.people.mentions.slice(doc.people.firstAtOrAfter(last.namedAt + 1), doc.people.firstAtOrAfter(cue.at));
      if (since.every((m) => m.quoted || m.person.name === last.speaker)) ({ name: speaker, hint } = { name: last.speaker, hint: last.hint });
    }
    if (!cue && remark && /:$/.test(preTrim)) {
      // "Kim, at the table, on the noodles: “…”": no speech verb, but the clause before the
      // colon has a person for its subject; anything else (a document, a topic) is no one
      let colon = first.open - 1;
      while (colon > 0 && isSpace(text[colon])) colon--;
      const subject = clauseSubject(doc, colon);
      if (subject && PRONOUN.test(subject.phrase)) ({ name: speaker, hint } = speakerName(doc, subject));
      else if (subject) {
        const person = doc.people.resolve(subject.phrase);
        // (a name the people index did not read: "**Kim Jong Un**, through an interpreter:")
        if (person || !described(subject)) speaker = person && /^[A-Z][\w'’-]+$/.test(subject.phrase) ? asNamed(doc, person, subject.at, true).name : person?.name ?? plainName(doc, subject.phrase)?.name ?? null;
        // "The prime minister framed the deal as …:": the title's holder
        else ({ name: speaker, hint } = speakerName(doc, subject));
      } else {
        const opening = text.slice(doc.sentenceAt(colon).start, colon);
        // "And on what AUKUS means in practice:": a topic line under the speaker's last block
        // goes on with that speaker, when no one else is named between
        const last = out[out.length - 1];
        if (last?.speaker && last.remark && TOPIC_LINE.test(opening)) {
          const from = last.fragments.at(-1)!.after;
          const between = text.slice(from, first.open);
          if (between.length < 240 && !/[.!?“”"«»]/.test(between) && !doc.people.mentions.slice(doc.people.firstAtOrAfter(from), doc.people.firstAtOrAfter(first.open)).some((m) => m.person.name !== last.speaker)) ({ name: speaker, hint } = { name: last.speaker, hint: last.hint });
        }
      }
    }
    if (!cue && remark && speaker === null && preTrim === '' && endsSentence) ({ name: speaker, hint } = backReferenced(doc, lastFrag.after));
    if (!cue && remark && speaker === null && preTrim === '' && endsSentence) ({ name: speaker, hint } = narratedSpeaker(doc, first.open, prevEnd));
    const prev = out[out.length - 1];
    if (!cue && prev?.speaker) {
      const prevAfter = prev.fragments.at(-1)!.after;
      const gap = text.slice(prevAfter, first.open);
      if (!remark && prevAfter > sentence.start && !/[.!?]/.test(gap)) {
        // “great” and “historic”: the second phrase is governed by the same cue as the first
        (speaker = prev.speaker), (hint = prev.hint);
      } else if (atStart && prev.remark && continuesSpeech(doc, gap, prevAfter, prev.speaker, endsSentence && /^[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)/.test(text.slice(lastFrag.after, lastFrag.after + 200)))) {
        // the next quote of a speaker whose quote came just before, in the same paragraph
        (speaker = prev.speaker), (hint = prev.hint);
      }
    }
    out.push({ fragments: group, remark, speaker, hint, denied: DENIED.test(pre.slice(-80)), namedAt: speaker && named !== undefined ? named : undefined });
  }
  return out;
}

/**
 * A quotation that is a sentence of its own with no attribution, right after a sentence of the
 * same paragraph whose subject is a person ("Obama was candid about it. “…”", "Asked about it,
 * he bristled. “…”"): the account is putting the words to that subject, as a reader takes it.
 * A paragraph that has quoted someone already (an exchange may go on either way), a paragraph's
 * first sentence, a quotation followed by an attribution that names no one ("…,” an official
 * said), or a subject that is no person ("The talks ran long. “…”") leaves the speaker unknown.
 */
const refutedRoles = new WeakMap<Doc, Set<string>>();
const REPLY_WORD = /^(?:replied|replies|answered|answers|responded|responds|retorted|retorts|countered|counters|rejoined)$/;
const GO_ON_VERB = '(?:added|adds|continued|continues|went\\s+on|goes\\s+on|elaborated|insisted|repeated|stressed|concluded)';
const GO_ON_AFTER = new RegExp(`^[\\s,]{0,3}(?:(?:then|later|also)\\s+)?${GO_ON_VERB}\\b`, 'i');
const GO_ON_BEFORE = new RegExp(`\\b${GO_ON_VERB}\\s+$`, 'i');
/** The cue's verb carries on the same voice: "the Russian leader added", "continued the premier". */
function goesOnAt(text: string, cue: Cue): boolean {
  return GO_ON_AFTER.test(text.slice(cue.at + cue.phrase.length, cue.at + cue.phrase.length + 40)) || GO_ON_BEFORE.test(text.slice(Math.max(0, cue.at - 30), cue.at));
}
const REPLY_VERB = '(?:replied|replies|reply|answered|answers|retorted|retorts|responded|responds|countered|counters|rejoined|shot\\s+back|shoots\\s+back|hit\\s+back|hits\\s+back|fired\\s+back)';
const REPLY_AFTER = new RegExp(`^[\\s,]{0,3}(?:(?:then|quickly|promptly|later|simply|curtly|drily|dryly)\\s+)?${REPLY_VERB}\\b`, 'i');
const REPLY_BEFORE = new RegExp(`\\b${REPLY_VERB}\\s+$`, 'i');
/** The cue's verb answers someone: "the Russian leader replied", "retorted the premier". */
function repliesAt(text: string, cue: Cue): boolean {
  return REPLY_AFTER.test(text.slice(cue.at + cue.phrase.length, cue.at + cue.phrase.length + 40)) || REPLY_BEFORE.test(text.slice(Math.max(0, cue.at - 30), cue.at));
}

function narratedSpeaker(doc: Doc, open: number, prevEnd: number): Speaker {
  const text = doc.clean;
  let k = open - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  if (k < 0 || !/[.!?]/.test(text[k]!) || paragraphBreak(text, k, open)) return { name: null };
  const s = doc.sentenceAt(k);
  // in a paragraph that already quoted someone, the exchange may go on either way, unless the
  // sentence in between is someone answering ("“…” Xi answered in kind. “…”"): that one speaks next
  if (/[“”"«»]/.test(text.slice(s.start, k))) return { name: null };
  const subject = clauseSubject(doc, k);
  if (!subject) return { name: null };
  if (prevEnd > paragraphStart(text, s.start)) {
    const verb = wordsOf(text.slice(subject.at + subject.phrase.length, k + 1), 0)[0];
    if (!verb || !REPLY_WORD.test(verb.w) || prevEnd > s.start) return { name: null };
  }
  if (/^(?:he|she)$/i.test(subject.phrase)) return pronounSpeaker(doc, subject.at, subject.phrase.toLowerCase());
  const person = doc.people.resolve(subject.phrase);
  // "The Cuban president did not hedge.": a title read as the title's holder; a group or a thing
  // ("Dissidents were unmoved", "The talks ran long") is no speaker
  if (!person) return described(subject) ? speakerName(doc, subject) : { name: null };
  return /^[A-Z][\w'’-]+$/.test(subject.phrase) ? asNamed(doc, person, subject.at, true) : personSpeaker(person);
}

// the words just quoted, taken up by the next sentence: "With those words", "delivered the line"
const BACK_NOUN = '(?:words?|lines?|remarks?|sentences?|comments?|phrases?|quip|greeting|toast|message|appeal|plea)';
const BACK_OPENING = new RegExp(`^(?:With|On|In|After|Having\\s+said|Having\\s+spoken)\\s+(?:th(?:ose|ese|at|is)|such)\\s+${BACK_NOUN}\\b,?\\s*`);
const BACK_OBJECT = new RegExp(`^(?:th(?:ose|ese|at|is)|the|such|a|an)\\s+(?:[a-z-]+\\s+)?${BACK_NOUN}\\b`);
const BACK_WITH = new RegExp(`^(?:\\S+\\s+){0,4}?with\\s+(?:th(?:ose|ese|at|is)|such)\\s+(?:[a-z-]+\\s+)?${BACK_NOUN}\\b`);
// verbs whose object is the words themselves ("delivered the line") or that frame them ("opened
// the session with those words"); "dismissed those words", "welcomed the remark" are answers
const DELIVER = /^(?:delivered|delivers|uttered|utters|spoke|speaks|offered|offers|used|uses|chose|repeated|repeats|wrote|writes|read|reads|pronounced|voiced)$/;
const FRAME = /^(?:opened|opens|began|begins|started|starts|closed|closes|ended|ends|concluded|concludes|greeted|greets|wrapped|wraps|broke|breaks)$/;

// a line that names only what comes next: "And on what AUKUS means in practice:", "On Taiwan:"
const TOPIC_LINE = /^[\s*_>#-]*(?:(?:And|Also|Then|Later|Finally|Next)\s+)?(?:on|about|regarding|as\s+for|asked\s+about)\s/i;
/** A subject that is a title and no name: "the prime minister", "The Cuban president". */
function described(subject: Cue): boolean {
  return /^(?:the|his|her)\s/i.test(subject.phrase) && DESCRIPTION.test(subject.phrase.replace(/^(?:the|his|her)\s+/i, '').toLowerCase());
}

/**
 * A quotation set apart as a sentence of its own, named by the next sentence that takes its
 * words up: "“…” With those words Chinese President Xi Jinping opened the session", "“…” The
 * premier delivered the line in English". Only a person the report names or titles will do.
 */
function backReferenced(doc: Doc, from: number): Speaker {
  const text = doc.clean;
  let k = from;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
  if (k >= text.length || text[k] === '\n') return { name: null };
  const end = clauseEnd(text, k, k + 300);
  const sentence = text.slice(k, end);
  let cue: Cue | undefined;
  const opening = BACK_OPENING.exec(sentence);
  if (opening) {
    // "With those words Chinese President Xi Jinping opened …": the subject follows
    const ws = wordsOf(sentence.slice(opening[0].length), k + opening[0].length);
    const who: Word[] = [];
    let j = 0;
    for (; j < ws.length && who.length < 6; j++) {
      const x = ws[j]!;
      if (who.length && !joined(who[who.length - 1]!, x)) break;
      if (!speakerWordOk(x.w) && !(who.length === 0 && PRONOUN.test(x.w))) break;
      who.push(x);
      if (PRONOUN.test(x.w) || x.tail) break;
    }
    if (who.length && (PRONOUN.test(who[0]!.w) ? j + 1 : j) < ws.length) cue = { phrase: who.map((x) => x.w).join(' '), at: who[0]!.start, person: true };
  } else {
    // "The premier delivered the line …", "Xi opened the talks with those words"
    const ws = wordsOf(sentence, k);
    const v = ws.findIndex((x, i) => i > 0 && (DELIVER.test(x.w) || FRAME.test(x.w)));
    if (v > 0 && v <= 6) {
      const rest = text.slice(ws[v]!.end, end).trimStart();
      const ok = DELIVER.test(ws[v]!.w) ? BACK_OBJECT.test(rest) : BACK_WITH.test(rest);
      if (ok) {
        const subject = subjectEndingAt(ws, v - 1);
        if (subject && ws.findIndex((x) => x.start === subject.at) === 0) cue = { ...subject, person: true };
      }
    }
  }
  if (!cue) return { name: null };
  if (/^(?:he|she)$/i.test(cue.phrase)) return pronounSpeaker(doc, cue.at, cue.phrase.toLowerCase());
  if (PRONOUN.test(cue.phrase)) return { name: null };
  return speakerName(doc, cue);
}

/**
 * Nothing but the previous quote's attribution stands between two quotes: “…,” he said. “…”
 * Another sentence or another person named in between ends the speech, and so does a paragraph
 * break, unless the next quotation is a paragraph of its own or only layout stands between.
 */
function continuesSpeech(doc: Doc, gap: string, from: number, speaker: string, paragraphOfItsOwn: boolean): boolean {
  // (an attribution sentence can run long, "… Modi told Xi in opening remarks delivered in Hindi
  // before reporters were ushered out", and still be the only one between the two quotations)
  if (gap.length > 240 || /[“"«‘]/.test(gap)) return false;
  const g = gap.trim();
  // a quotation that is a paragraph, a bullet or a block quote of its own, after the speaker's
  // last one with nothing but layout (or that one's attribution) between, goes on with the speech
  // ("> “…”" after "> “…”" under "Putin on the treaty:"); anything else across a paragraph ends it
  if (paragraphBreak(doc.clean, from, from + gap.length) && !(paragraphOfItsOwn || /^[,.!?;:—–-]*$/.test(g))) return false;
  if (/^[,.!?;:—–-]*$/.test(g)) return true;
  const ends = g.match(/[.!?]/g)?.length ?? 0;
  if (ends !== 1 || !/[.!?]$/.test(g)) return false;
  if (!cueAfter(doc.clean, from, from + gap.length)) return false;
  return !doc.people.mentions.some((m) => m.start >= from && m.start < from + gap.length && m.person.name !== speaker && !addressed(doc.clean, from, m.start));
}

// "told Xi", "said to the Chinese president", "turning toward Putin": the one spoken to
const ADDRESS_WORD = new RegExp(`^(?:${SAY}|to|toward|towards|at|addressing|facing|thanked|urged)$`);

/**
 * The name at `at` is the object of the speech verb before it (“…,” Biden told Xi. “…”): the one
 * spoken to, who does not take over the speech. A name that opens a clause of its own ("and Xi
 * nodded", "as Xi listened") does, and ends it.
 */
function addressed(text: string, from: number, at: number): boolean {
  const ws = wordsOf(text.slice(from, at), from);
  let k = ws.length - 1;
  // "told the Chinese president Xi", "told President Xi": titles and nations before the name
  while (k >= 0 && !ws[k]!.tail && (isCap(ws[k]!.w) || /^(?:the|his|her|visiting)$/i.test(ws[k]!.w) || !!nationKey(ws[k]!.w) || ROLE_NOUN.test(ws[k]!.w.toLowerCase())) && !ADDRESS_WORD.test(ws[k]!.w)) k--;
  return k >= 0 && !ws[k]!.tail && ADDRESS_WORD.test(ws[k]!.w);
}

function lastWordBefore(pre: string, reach = 5): string {
  const ws = wordsOf(pre, 0);
  // "Putin noted," / "he told reporters," / "Putin said on Friday,"
  for (let k = ws.length - 1; k >= 0 && k >= ws.length - reach; k--) {
    if (SAY_WORD.test(ws[k]!.w)) return ws[k]!.w;
    // "Xi pointed out that": the phrasal verb speaks as "said" does
    if (k > 0 && phrasalAt(ws, k - 1)) return 'said';
  }
  return '';
}

function accordingTo(text: string, sentence: Sentence, quote: [number, number]): Cue | undefined {
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(ACCORDING)) {
    const start = sentence.start + m.index!;
    // an "according to" inside the quotation is the speaker's words, not the report's citation
    if (start >= quote[0] && start < quote[1]) continue;
    // "according to the Kremlin", "according to the head of state", "according to Interfax": the
    // words that can name someone, up to the first that cannot ("according to a readout released by …")
    const words = wordsOf(m[1]!, start + m[0].indexOf(m[1]!));
    const who: Word[] = [];
    for (const x of words) {
      if (who.length && !joined(who[who.length - 1]!, x)) break;
      if (!speakerWordOk(x.w) || who.length >= 6) break;
      who.push(x);
    }
    if (!who.length) return undefined;
    return { phrase: who.map((x) => x.w).join(' '), at: who[0]!.start };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Remarks: a quotation's words joined and cut into sentences

interface Piece {
  /** offset in the joined wording */
  at: number;
  /** offset in the report */
  src: number;
  length: number;
}

/** Offsets in `joined` after which a new sentence starts. */
function sentenceBreaks(joined: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let k = i + 1;
    while (k < joined.length && /[’'”")\]]/.test(joined[k]!)) k++;
    if (k >= joined.length || !isSpace(joined[k])) continue;
    let m = k;
    while (m < joined.length && isSpace(joined[m])) m++;
    if (m >= joined.length || !/[\p{Lu}\d“"‘'(]/u.test(joined[m]!)) continue;
    if (c === '.') {
      const word = joined.slice(Math.max(0, i - 8), i + 1).split(/\s/).pop()!;
      if (ABBREVIATION.test(word.replace(/^[^A-Za-z]+/, '')) || /^[A-Z]\.$/.test(word)) continue;
    }
    out.push(k);
  }
  return out;
}

// trimmed by hand: a /[…]+$/ pattern rescans the tail from every start and goes quadratic
const TRAILING = new Set([' ', '\t', '\n', '\r', '\u00a0', ',', ';', ':', '—', '–', '-']);
const TRAILING_PHRASE = new Set([...TRAILING, '.']);
const DASH = new Set(['-']);
function trimEnd(s: string, chars: Set<string>): string {
  let e = s.length;
  while (e > 0 && chars.has(s[e - 1]!)) e--;
  return s.slice(0, e);
}

function claimsOfQuotation(doc: Doc, q: Quotation): Claim<Quote>[] {
  const text = doc.clean;
  const pieces: Piece[] = [];
  let joined = '';
  for (const f of q.fragments) {
    if (joined) joined += ' ';
    pieces.push({ at: joined.length, src: f.start, length: f.end - f.start });
    joined += text.slice(f.start, f.end);
  }
  const toSrc = (j: number): number => {
    let p = pieces[0]!;
    for (const x of pieces) if (x.at <= j) p = x;
    return p.src + Math.min(j - p.at, p.length);
  };
  const cuts = q.remark ? [0, ...sentenceBreaks(joined), joined.length] : [0, joined.length];
  const claims: Claim<Quote>[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    let a = cuts[k]!;
    let b = cuts[k + 1]!;
    while (a < b && isSpace(joined[a])) a++;
    const raw = joined.slice(a, b);
    // a phrase's closing period is the report's punctuation, put inside the marks by US style
    const trimmed = trimEnd(raw, q.remark ? TRAILING : TRAILING_PHRASE);
    b = a + trimmed.length;
    if (!/\p{L}/u.test(trimmed)) continue;
    const start = toSrc(a);
    const end = toSrc(b - 1) + 1;
    const words = trimmed.replace(/\s+/g, ' ');
    claims.push({
      type: 'quote',
      value: q.remark ? { speaker: q.speaker, text: words } : { speaker: q.speaker, text: words, phrase: true },
      span: { start, end },
      attribution: q.speaker ?? 'unknown',
      modality: q.denied ? 'denied' : 'stated',
      note: q.hint,
    });
  }
  return claims;
}

const TRIGGER = /[“"«‘']/;

export function extractQuotes(doc: Doc): Claim<Quote>[] {
  if (!TRIGGER.test(doc.clean) && !/^[ \t]*>/m.test(doc.report.text)) return [];
  const claims: Claim<Quote>[] = [];
  for (const q of quotationsOf(doc)) claims.push(...claimsOfQuotation(doc, q));
  // Who this report titles how ("chinese leader" → "Xi Jinping"), carried once per report so
  // that another report's "the Chinese leader said" can be lined up with Xi's quotes.
  // A specific title alone ("chancellor", "foreign minister") is carried too: a report that uses
  // it for someone it never names lines up with the one person the other reports title so.
  const specific = (r: string) => !r.includes(' ') || /^(?:prime minister|foreign minister|general secretary|secretary of state|vice president)$/.test(r);
  const roster = doc.people.persons.flatMap((p) =>
    [...p.roles]
      .filter((r) => nationKey(r.split(' ').slice(0, -1).join(' ')) || nationKey(r.split(' ')[0]!) || (specific(r) && DESCRIPTION.test(r) && !GENERIC_HEAD.test(r)))
      .map((r) => `${r}:${p.name}`)
      .filter((entry) => !refutedRoles.get(doc)?.has(entry)),
  );
  if (claims.length && roster.length) claims[0]!.note = [claims[0]!.note, `roster=${roster.join(';')}`].filter(Boolean).join('\n');
  return claims;
}

/** The lines of a quote claim's note: "as=north korean leader", "roster=chinese leader:Xi Jinping;…". */
function noteField(e: Evidence, field: string): string | undefined {
  for (const line of (e.note ?? '').split('\n')) if (line.startsWith(field + '=')) return line.slice(field.length + 1);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Comparing wordings

// An elision the report marks (an ellipsis, or an editor's words in square brackets: "[the
// U.S.]") stands in the wording as this one token: what is left on either side must be found,
// in order, in a fuller rendering for the one to be an excerpt of the other.
const ELISION = '\ue000';
const ELIDED = /\.\s?\.\s?\.|…|\[[^\]\n]{0,80}\]/g;
// "US", "UN": the same letters as "U.S.", "U.N.", which the wording spells apart ("u s")
const UNDOTTED = /\b(?:USA?|UN|EU|UK)\b/g;
// one house spells "defence", "organise", "centre", "dialogue", "travelled"; another "defense",
// "organize", "center", "dialog", "traveled": one wording all the same (the suffix rules touch
// words of six letters or more only, so that "four" and "for", "hour" and "hor" stay apart)
const SPELLING: [RegExp, string][] = [
  [/^(\w{3,})our(s|ed|ing|able|ite|ites)?$/, '$1or$2'],
  [/^(\w{3,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2'],
  [/^(\w{3,})tre(s)?$/, '$1ter$2'],
  [/^(\w{3,})ence(s)?$/, '$1ense$2'],
  [/^(\w{3,})ogue(s)?$/, '$1og$2'],
  [/^(\w{2,}e)ll(ed|ing|er|ers)$/, '$1l$2'],
];
const SPELLED = new Map(Object.entries({ programme: 'program', programmes: 'programs', judgement: 'judgment', grey: 'gray', towards: 'toward', whilst: 'while', amongst: 'among' }));
function houseSpelling(w: string): string {
  if (w.length < 6) return SPELLED.get(w) ?? w;
  const fixed = SPELLED.get(w);
  if (fixed) return fixed;
  for (const [re, to] of SPELLING) if (re.test(w)) return w.replace(re, to);
  return w;
}

/** Lower case, without accents, apostrophes, punctuation or runs of blanks. */
const plainWording = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}\ue000]+/gu, ' ')
    .trim();

/** Wording as compared: case, quotation-mark style, house spelling, dashes, punctuation and spacing ignored. */
export function normalizeWording(s: string): string {
  return plainWording(s.replace(ELIDED, ` ${ELISION} `).replace(UNDOTTED, (x) => x.split('').join(' ')))
    .split(' ')
    .map(houseSpelling)
    .join(' ')
    .replace(/^\ue000 ?| ?\ue000$/g, '');
}

/** The wording without its elision marks, for measuring its length. */
const withoutElisions = (norm: string) => (norm.includes(ELISION) ? norm.split(` ${ELISION} `).join(' ') : norm);

const STOPWORDS = new Set(
  ('a an the and or but nor so yet for of to in on at by with from into onto over under about as than then that this these those there here ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can could may might must ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs who whom whose which what ' +
    'when where why how all any both each few more most other some such no not nor only own same very just also too even ' +
    'if because while until up down out off again further once s t ll re ve d m dont doesnt didnt wont cant im weve were theyre ' +
    'its thats whats lets going get got say said says one two three').split(' '),
);

/** A crude stem: enough that "security" meets "secure" and "talks" meets "talked". */
export function stem(word: string): string {
  let w = word;
  for (const suf of ['ations', 'ation', 'ments', 'ment', 'ities', 'ity', 'ness', 'ings', 'ing', 'ied', 'ies', 'ed', 'es', 'ly', 's', 'e']) {
    if (w.length - suf.length >= 4 && w.endsWith(suf) && !(suf === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suf.length) + (suf === 'ies' || suf === 'ied' ? 'y' : '');
      break;
    }
  }
  return w;
}

// Two translations of one remark choose different words for the same sense ("a great change" /
// "a major change", "we will witness" / "we will see"). Each group's words compare as one stem,
// so renderings of a translated remark share their content words; the groups hold only words
// that translators swap freely, not words that merely belong to one topic.
const SENSE_GROUPS = [
  'big large great major huge enormous vast massive wide broad',
  'important significant crucial vital essential',
  'see saw seen witness observe',
  'think thought believe consider',
  'talk speak spoke spoken discuss converse',
  'conversation dialogue discussion negotiation',
  'country nation',
  'relations relationship ties',
  'problem issue question',
  'war conflict hostilities',
  'good positive constructive useful productive fruitful',
  'frank candid open sincere',
  'strong firm solid robust',
  'begin began begun start commence launch',
  'end finish conclude',
  'want wish desire',
  'agreement accord',
  'future coming',
  'together jointly',
  'world global planet',
  'develop prosper flourish thrive',
  'quick quickly fast rapid rapidly swift swiftly',
  'difficult hard complex complicated tough',
  'certain sure confident convinced',
  'ready prepared willing',
  'achieve reach attain',
  'result outcome',
  'security safety',
  'cooperation collaboration',
  'threat danger',
  'happy glad pleased delighted',
  'grateful thankful',
  'troops military army soldiers servicemen',
  'nobody noone none',
  'everybody everyone',
  'location whereabouts',
  'past previous earlier former',
];
const SENSE = new Map<string, string>();
for (const g of SENSE_GROUPS) {
  const words = g.split(' ');
  for (const w of words) SENSE.set(stem(w), stem(words[0]!));
}

// "no one" and "nobody" are one word to a translator, but "no" and "one" are stop words apart;
// "U.S." (normalised to "u s", two letters too short to count) is the "United States" another
// rendering spells out
const SPLIT_PRONOUN = /\b(no|every|some|any) (one|body)\b/g;
const INITIALS: [RegExp, string][] = [
  [/\bu s a?\b/g, 'united states'],
  [/\bu k\b/g, 'united kingdom'],
  [/\bu n\b/g, 'united nations'],
  [/\be u\b/g, 'european union'],
];

export function stemsOf(norm: string): string[] {
  const out = new Set<string>();
  let t = norm.replace(SPLIT_PRONOUN, '$1$2');
  // (a cheap test first: most remarks hold no lone letters at all)
  if (/\b[a-z] [a-z]\b/.test(t)) for (const [re, full] of INITIALS) t = t.replace(re, full);
  for (const w of t.split(' ')) {
    if (w.length <= 1 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    const s = stem(w);
    out.add(SENSE.get(s) ?? s);
  }
  return [...out];
}

/** Two stems name the same word: equal, or one a prefix of the other ("world", "worldwid"). */
function stemsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.startsWith(s);
}

/** `part` is `whole` or a run of its words. */
export function isExcerpt(part: string, whole: string): boolean {
  if (!part.length) return false;
  const padded = ' ' + whole + ' ';
  if (!part.includes(ELISION)) return padded.includes(' ' + part + ' ');
  // an elided excerpt: its pieces, in order
  let from = 0;
  for (const piece of part.split(ELISION)) {
    const p = piece.trim();
    if (!p) continue;
    const at = padded.indexOf(' ' + p + ' ', from);
    if (at < 0) return false;
    from = at + p.length + 1;
  }
  return true;
}

interface Item {
  e: Evidence<Quote>;
  norm: string;
  stems: string[];
  speaker: string;
  phrase: boolean;
  order: number;
}

/** Weighted share of `a`'s content words found in `b`: rare words weigh more than "Ukraine". */
export function coverage(a: Item, b: Item, idf: Map<string, number>): { shared: number; share: number } {
  let shared = 0;
  let got = 0;
  let all = 0;
  for (const s of a.stems) {
    const w = idf.get(s) ?? 1;
    all += w;
    if (b.stems.some((t) => stemsMeet(s, t))) {
      shared++;
      got += w;
    }
  }
  return { shared, share: all ? got / all : 0 };
}

const dice = (a: string, b: string) => stringSimilarity.compareTwoStrings(a, b);

/** How alike two remarks of one speaker are (0 when they are not the same remark). */
function remarkLikeness(a: Item, b: Item, idf: Map<string, number>): number {
  if (a.norm === b.norm) return 1;
  const d = dice(a.norm, b.norm);
  const [small, large] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
  const { shared, share } = coverage(small, large, idf);
  if (isExcerpt(small.norm, large.norm) && shared >= 2) return Math.max(0.9, d);
  // (a short remark's few words found in a much longer one are a topic shared, not a rendering:
  // "What prisoners?" is no translation of "Give me a list of the prisoners and they go free")
  if (d >= 0.7 || (shared >= 3 && share >= 0.55) || (shared >= 2 && small.stems.length <= 3 && large.stems.length <= 2 * small.stems.length + 1 && share >= 0.7)) return Math.max(d, share);
  // a long sentence translated twice shares several content words and much of its letters;
  // ranked by the words it shares, not the letters: two remarks on one topic ("China and the
  // United States … the relationship") share as many letters as two renderings of one remark
  if (shared >= 4 && share >= 0.3 && d >= 0.45) return share;
  // two translations of a short sentence keep its skeleton: "the world will see a major
  // change" / "the world will witness a great change"
  if (shared >= 2) {
    const skeleton = wordSkeleton(a.norm, b.norm);
    if (skeleton >= 0.55) return skeleton;
  }
  return 0;
}

/**
 * A weak likeness for two renderings of one remark that share few words: a content word in
 * common, and much of the letters and of the word order (0 when not).
 */
function skeletonLikeness(a: Item, b: Item, idf: Map<string, number>): number {
  const [small, large] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
  if (coverage(small, large, idf).shared < 1) return 0;
  const d = dice(a.norm, b.norm);
  if (d < 0.45) return 0;
  const k = wordSkeleton(a.norm, b.norm);
  return k >= 0.35 ? (d + k) / 2 : 0;
}

/** Share of words (stop words included) two wordings have in the same order: 2·LCS / (|a| + |b|). */
export function wordSkeleton(a: string, b: string): number {
  const x = a.split(' ').slice(0, 120);
  const y = b.split(' ').slice(0, 120);
  if (Math.min(x.length, y.length) < 5) return 0;
  let prev = new Uint16Array(y.length + 1);
  let cur = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return (2 * prev[y.length]!) / (x.length + y.length);
}

/** How well a quoted phrase stands for a remark: an exact excerpt, or most of its content words. */
function phraseLikeness(p: Item, r: Item, idf: Map<string, number>): number {
  // "even where we disagree": one content word, but a run of several words of the same
  // speaker's remark word for word is that remark; a lone word or pair ("historic") is not
  // ("patient, very patient": three words, one of them twice, are still a run of the remark)
  if (p.stems.length < 2) return p.stems.length === 1 && p.norm.split(' ').length >= 3 && isExcerpt(p.norm, r.norm) ? 1 : 0;
  if (isExcerpt(p.norm, r.norm)) return 1;
  const { shared, share } = coverage(p, r, idf);
  return shared >= 2 && share >= 0.6 ? share : 0;
}

/** Strict likeness for the same words given to different speakers, or to an unknown one. */
function sameWords(a: Item, b: Item): boolean {
  if (a.norm === b.norm) return a.stems.length >= 2;
  const [small, large] = a.norm.length <= b.norm.length ? [a, b] : [b, a];
  if (small.stems.length >= 3 && isExcerpt(small.norm, large.norm)) return true;
  return small.stems.length >= 3 && dice(a.norm, b.norm) >= 0.8;
}

// ---------------------------------------------------------------------------------------------
// Speakers across sources

// (accents folded: one report writes "François Hollande", another "Francois Hollande"; an
// initial is a word of the name even when it is the article's letter: "A. N. Kosygin"; "Bill"
// is "William")
const TITLE_OR_ARTICLE = /^(?:president|prime|minister|general|secretary|mr|mrs|ms|dr|comrade|herr|frau|monsieur|madame|the|a|an)$/;
const nameWords = (n: string) =>
  n
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .split(/[\s-]+/)
    .flatMap((t) => (/^(?:\p{L}\.)+$/u.test(t) ? t.split('.').filter(Boolean) : t.split(/[.’']/).filter((w) => w && !TITLE_OR_ARTICLE.test(w))))
    .map(nameForm);

/**
 * The same person under two names: every full word of the barer name is in the fuller one,
 * and its initials agree ("Putin" / "Vladimir Putin", "M. S. Gorbachev" / "Mikhail Gorbachev",
 * but not "M. S. Gorbachev" / "Raisa Gorbachev").
 */
function sameName(a: string[], b: string[]): boolean {
  const full = (w: string[]) => w.filter((x) => x.length > 1);
  const [bare, fuller] = full(a).length <= full(b).length ? [a, b] : [b, a];
  const fullerWords = new Set(fuller);
  if (!full(bare).length || !full(bare).every((w) => fullerWords.has(w))) return false;
  const initial = bare.find((w) => w.length === 1);
  const first = fuller.find((w) => w.length > 1 && !bare.includes(w));
  return !initial || !first || first.startsWith(initial);
}

/**
 * One key per person across sources: "Putin" in one report and "Vladimir Putin" in another are
 * the same speaker when no other speaker's name fits "Putin" too. Names are looked up by word,
 * so this never compares every speaker with every other.
 */
export function speakerKeys(names: Iterable<string>): Map<string, string> {
  const fullCount = (n: string) => nameWords(n).filter((w) => w.length > 1).length;
  const distinct = [...new Set(names)].sort((a, b) => fullCount(b) - fullCount(a) || nameWords(b).length - nameWords(a).length || a.localeCompare(b));
  const key = new Map<string, string>();
  const byWord = new Map<string, string[]>();
  for (const n of distinct) {
    const words = nameWords(n);
    if (!words.length) {
      key.set(n, n.toLowerCase());
      continue;
    }
    const candidates = new Set(words.filter((w) => w.length > 1).flatMap((w) => byWord.get(w) ?? []));
    const holders = new Set([...candidates].filter((c) => sameName(words, nameWords(c))).map((c) => key.get(c)!));
    key.set(n, holders.size === 1 ? [...holders][0]! : words.join(' '));
    for (const w of words) {
      const list = byWord.get(w);
      if (list) list.push(n);
      else byWord.set(w, [n]);
    }
  }
  return key;
}

// ---------------------------------------------------------------------------------------------
// Rows: one per remark

interface Cluster {
  items: Item[];
  speaker: string;
  sources: Set<string>;
  /** distinct wordings compared against (a few: enough for translations, bounded for speed) */
  reps: Item[];
  phraseOnly: boolean;
  merged?: Cluster;
  /** index buckets that already list this cluster */
  indexed: Set<string>;
}

const REPS = 4;
const BUCKET_CAP = 512;
const CANDIDATES = 8;
const RARE_STEMS = 6;
const UNKNOWN = '\u0000unknown';

function slug(s: string, words: number): string {
  // the words as printed ("neighbour" stays so), not as compared
  return trimEnd(plainWording(s.replace(ELIDED, ' ')).split(' ').slice(0, words).join('-').slice(0, 48), DASH) || 'quote';
}

/**
 * Lines quotes up across sources. Remarks are clustered within one speaker first; the content
 * comparison only reaches clusters that share a rare content word (an inverted index), so the
 * work stays near-linear in the number of quotes. Then: a remark with no known speaker joins a
 * cluster with the same words; clusters of different speakers with the same words merge (that
 * is a divergence of attribution); phrases join the remark of another source they come from.
 * A phrase that matches no remark and no other source's phrase is not a row: scare-quoted
 * terms ("Russia hoax") would swamp the matrix.
 */
/**
 * Speakers a report only describes ("the Chinese leader") and another report names: set while
 * lining up, read when judging the row, so the verdict sees who was meant without the value
 * claiming a name its report never gives.
 */
const describedAs = new WeakMap<Evidence, { name: string; as: string }>();

export function quoteRows(evidence: Evidence<Quote>[]): { key: string; evidence: Evidence<Quote>[] }[] {
  const sourceOrder = new Map<string, number>();
  for (const e of evidence) if (!sourceOrder.has(e.source)) sourceOrder.set(e.source, sourceOrder.size);
  // "the North Korean leader", unresolved in its own report, lines up with the speaker another
  // report titles so (the value keeps speaker null: that report itself does not name him)
  const roster: [string, string][] = [];
  for (const e of evidence) {
    for (const entry of noteField(e, 'roster')?.split(';') ?? []) {
      const at = entry.lastIndexOf(':');
      if (at > 0) roster.push([entry.slice(0, at), entry.slice(at + 1)]);
    }
  }
  // a person the roster holds but nobody quotes ("the former foreign minister Shintaro Abe") is
  // no rival for a quoted bare "Abe": speakers are keyed among themselves, the roster after them
  const spoken = evidence.flatMap((e) => (e.value.speaker ? [e.value.speaker] : []));
  const spokenKeys = speakerKeys(spoken);
  const allKeys = speakerKeys([...spoken, ...roster.map(([, name]) => name)]);
  // (keys come from the full list, so that a described speaker meets the named one; a bare
  // name that only the roster makes ambiguous takes the key of the speaker it resolves to)
  const own = (name: string) => nameWords(name).join(' ');
  const fullest = new Map<string, string>();
  for (const name of spoken) if (spokenKeys.get(name) === own(name)) fullest.set(own(name), name);
  const keys = {
    get: (name: string): string | undefined => {
      const k = allKeys.get(name);
      const s = spokenKeys.get(name);
      const via = k === own(name) && s !== undefined && s !== k ? fullest.get(s) : undefined;
      return via ? allKeys.get(via) : k;
    },
  };
  const byRole = new Map<string, Set<string>>();
  const nameOf = new Map<string, string>();
  for (const [role, name] of roster) {
    const set = byRole.get(role) ?? new Set<string>();
    set.add(keys.get(name)!);
    byRole.set(role, set);
    nameOf.set(keys.get(name)!, name);
  }
  const items: Item[] = evidence.map((e, order) => {
    const norm = normalizeWording(e.value.text);
    let speaker = e.value.speaker ? keys.get(e.value.speaker)! : UNKNOWN;
    const described = speaker === UNKNOWN ? noteField(e, 'as') : undefined;
    const who = described ? byRole.get(described) : undefined;
    if (who?.size === 1) {
      speaker = [...who][0]!;
      describedAs.set(e, { name: nameOf.get(speaker)!, as: described! });
    }
    return { e, norm, stems: stemsOf(norm), speaker, phrase: !!e.value.phrase, order };
  });
  const df = new Map<string, number>();
  for (const it of items) for (const s of it.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [s, n] of df) idf.set(s, Math.log(1 + items.length / n));
  // a word no other quote has leads to no row: a translation that adds words of its own ("I
  // express the hope … and will put a stop to the suffering") is looked up by the rarest words
  // it shares, not by the words only it has
  const lookupRank = (s: string) => ((df.get(s) ?? 0) <= 1 ? Infinity : df.get(s)!);
  const rare = (it: Item) => [...it.stems].sort((a, b) => lookupRank(a) - lookupRank(b)).slice(0, RARE_STEMS);
  const bucket = (s: string) => s.slice(0, 4);

  const clusters: Cluster[] = [];
  const bySpeaker = new Map<string, Cluster[]>(); // speaker|stem-prefix → clusters
  const anySpeaker = new Map<string, Cluster[]>(); // stem-prefix → clusters
  const exact = new Map<string, Cluster>(); // speaker|wording → cluster
  const index = (c: Cluster, it: Item) => {
    for (const s of it.stems) {
      for (const [map, k] of [[bySpeaker, `${c.speaker}|${bucket(s)}`], [anySpeaker, bucket(s)]] as const) {
        if (c.indexed.has(k)) continue;
        c.indexed.add(k);
        const list = map.get(k);
        if (!list) map.set(k, [c]);
        else list.push(c);
      }
    }
  };
  const add = (c: Cluster, it: Item) => {
    c.items.push(it);
    c.sources.add(it.e.source);
    if (!it.phrase && c.reps.length < REPS && !c.reps.some((r) => r.norm === it.norm)) {
      c.reps.push(it);
      index(c, it);
    }
    if (!it.phrase) exact.set(`${c.speaker}|${it.norm}`, c);
  };
  // A word as common as "Ukraine" in a large corpus points at too many remarks to tell them
  // apart: such a bucket is read only when the remark has no rarer word, and then only its
  // oldest entries (the remarks many sources share are clustered first).
  const candidates = (it: Item, speaker: string | undefined): Cluster[] => {
    const hits = new Map<Cluster, number>();
    const lists = rare(it).map((s) => (speaker === undefined ? anySpeaker.get(bucket(s)) : bySpeaker.get(`${speaker}|${bucket(s)}`)) ?? []);
    const usable = lists.filter((l) => l.length <= BUCKET_CAP);
    for (const list of usable.length ? usable : lists.slice(0, 1)) {
      for (let i = 0; i < list.length && i < BUCKET_CAP; i++) hits.set(list[i]!, (hits.get(list[i]!) ?? 0) + 1);
    }
    return [...hits].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([c]) => c);
  };
  const root = (c: Cluster): Cluster => {
    while (c.merged) c = c.merged;
    return c;
  };

  const remarks = items.filter((it) => !it.phrase);
  const phrases = items.filter((it) => it.phrase);

  // 1. remarks, by speaker
  const unknownRemarks: Item[] = [];
  for (const it of remarks) {
    if (it.speaker === UNKNOWN) {
      unknownRemarks.push(it);
      continue;
    }
    const same = exact.get(`${it.speaker}|${it.norm}`);
    if (same) {
      add(same, it);
      continue;
    }
    let best: Cluster | undefined;
    let bestScore = 0;
    for (const c of candidates(it, it.speaker)) {
      if (c.sources.has(it.e.source)) continue;
      for (const r of c.reps) {
        const s = remarkLikeness(it, r, idf);
        if (s > bestScore) (bestScore = s), (best = c);
      }
    }
    if (!best) {
      best = { items: [], speaker: it.speaker, sources: new Set(), reps: [], phraseOnly: false, indexed: new Set() };
      clusters.push(best);
    }
    add(best, it);
  }

  // 1b. two renderings of one remark that share few words ("we do not belittle it either" /
  // "neither do we underestimate them") but keep its build: paired only among a speaker's
  // remarks that one source alone quotes, and only when each is the other's best match
  const pairLone = (likeness: (a: Item, b: Item) => number) => {
    const lone = new Set(clusters.filter((c) => !c.merged && c.sources.size === 1 && c.items.length === 1));
    const bestOf = new Map<Cluster, { c: Cluster; s: number }>();
    for (const c of lone) {
      const it = c.items[0]!;
      for (const o of candidates(it, c.speaker)) {
        if (o === c || !lone.has(o) || o.sources.has(it.e.source)) continue;
        const s = likeness(it, o.items[0]!);
        if (s > (bestOf.get(c)?.s ?? 0)) bestOf.set(c, { c: o, s });
        // the likeness is symmetric, but finding candidates is not (each side looks up by its
        // own rarest words): a pair found from one side counts for the other too
        if (s > (bestOf.get(o)?.s ?? 0)) bestOf.set(o, { c, s });
      }
    }
    for (const c of lone) {
      const b = bestOf.get(c);
      if (!b || c.merged || b.c.merged || bestOf.get(b.c)?.c !== c) continue;
      for (const x of b.c.items) add(c, x);
      b.c.merged = c;
    }
  };
  pairLone((a, b) => skeletonLikeness(a, b, idf));
  // 1c. renderings that share neither letters nor build but several content words ("candid,
  // heart-to-heart conversations like friends about … our countries" / "talked as friends,
  // openly … facing our two countries"): the same bar of each being the other's best match
  pairLone((a, b) => {
    const [small, large] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
    const { shared, share } = coverage(small, large, idf);
    return shared >= 3 && share >= 0.3 && dice(a.norm, b.norm) >= 0.4 ? share : 0;
  });

  // 2. the same words given to different speakers: one row, attributed differently
  for (const c of clusters) {
    if (c.merged) continue;
    for (const rep of c.reps) {
      for (const o of candidates(rep, undefined)) {
        const other = root(o);
        if (other === c || other.speaker === c.speaker || other.merged) continue;
        if ([...other.sources].some((s) => c.sources.has(s))) continue;
        if (!other.reps.some((r) => sameWords(rep, r))) continue;
        for (const x of other.items) add(c, x);
        other.merged = c;
      }
    }
  }

  // 3. remarks with no known speaker: join the same words, else a row of their own
  for (const it of unknownRemarks) {
    let target: Cluster | undefined;
    for (const o of candidates(it, undefined)) {
      const c = root(o);
      if (!c.sources.has(it.e.source) && c.reps.some((r) => sameWords(it, r))) {
        target = c;
        break;
      }
    }
    if (!target) {
      // a translation of a named speaker's remark ("the supreme leader said" in a report that
      // ties the title to no name): a strong likeness with no rival remark close behind it
      let bestScore = 0;
      let second = 0;
      const seen = new Set<Cluster>();
      for (const o of candidates(it, undefined)) {
        const c = root(o);
        if (seen.has(c) || c.speaker === UNKNOWN || c.sources.has(it.e.source)) continue;
        seen.add(c);
        const s = Math.max(0, ...c.reps.map((r) => remarkLikeness(it, r, idf)));
        if (s > bestScore) (second = bestScore), (bestScore = s), (target = c);
        else if (s > second) second = s;
      }
      if (target && bestScore - second < 0.1) target = undefined;
    }
    if (!target) {
      target = { items: [], speaker: UNKNOWN, sources: new Set(), reps: [], phraseOnly: false, indexed: new Set() };
      clusters.push(target);
    }
    add(target, it);
  }

  // 4. phrases: into the remark of another source they excerpt or paraphrase
  const leftover: Item[] = [];
  for (const p of phrases) {
    let best: Cluster | undefined;
    let bestScore = 0;
    const pool = p.speaker === UNKNOWN ? candidates(p, undefined) : candidates(p, p.speaker);
    for (const o of pool) {
      const c = root(o);
      for (const r of c.reps) {
        if (r.e.source === p.e.source) continue;
        const s = p.speaker === UNKNOWN ? (p.stems.length >= 3 && isExcerpt(p.norm, r.norm) ? 1 : 0) : phraseLikeness(p, r, idf);
        if (s > bestScore) (bestScore = s), (best = c);
      }
    }
    // (a run of five words or more is a remark's own even when few of them are content words:
    // "at a location to be determined", "as I think he has in the past")
    if (!best && p.speaker !== UNKNOWN && (p.stems.length >= 3 || (p.stems.length === 2 && p.norm.split(' ').length >= 5))) {
      // the exact words of another speaker's remark: a divergence of attribution; of a remark
      // its report leaves unattributed (a liveblog's bullet under "What he says:"): the same
      // remark, which this source puts a name to
      let unattributed: Cluster | undefined;
      for (const o of candidates(p, undefined)) {
        const c = root(o);
        if (c.speaker === p.speaker || !c.reps.some((r) => r.e.source !== p.e.source && isExcerpt(p.norm, r.norm))) continue;
        if (c.speaker !== UNKNOWN) {
          best = c;
          break;
        }
        unattributed ??= c;
      }
      best ??= unattributed;
    }
    if (best) best.items.push(p), best.sources.add(p.e.source);
    else if (p.speaker !== UNKNOWN && p.stems.length >= 2) leftover.push(p);
  }

  // 5. the same phrase quoted by several sources is a row too; a lone phrase is not
  const phraseClusters: Cluster[] = [];
  const phraseIndex = new Map<string, Cluster[]>();
  const phraseExact = new Map<string, Cluster>();
  for (const p of leftover) {
    let target = phraseExact.get(`${p.speaker}|${p.norm}`);
    const seen = new Set<Cluster>();
    for (const s of target ? [] : rare(p)) {
      for (const c of (phraseIndex.get(`${p.speaker}|${bucket(s)}`) ?? []).slice(0, BUCKET_CAP)) {
        if (seen.has(c)) continue;
        seen.add(c);
        const r = c.reps[0]!;
        const [small, large] = p.norm.length <= r.norm.length ? [p, r] : [r, p];
        if (isExcerpt(small.norm, large.norm) || dice(p.norm, r.norm) >= 0.8) {
          target = c;
          break;
        }
      }
      if (target) break;
    }
    if (!target) {
      target = { items: [], speaker: p.speaker, sources: new Set(), reps: [p], phraseOnly: true, indexed: new Set() };
      phraseClusters.push(target);
      phraseExact.set(`${p.speaker}|${p.norm}`, target);
      for (const s of p.stems) {
        const k = `${p.speaker}|${bucket(s)}`;
        const list = phraseIndex.get(k);
        if (list) list.push(target);
        else phraseIndex.set(k, [target]);
      }
    }
    target.items.push(p);
    target.sources.add(p.e.source);
  }

  const rows = [...clusters.filter((c) => !c.merged), ...phraseClusters.filter((c) => c.sources.size > 1)];
  const first = (c: Cluster) => Math.min(...c.items.map((it) => it.order));
  rows.sort((a, b) => first(a) - first(b));
  const used = new Map<string, number>();
  return rows.map((c) => {
    c.items.sort((a, b) => sourceOrder.get(a.e.source)! - sourceOrder.get(b.e.source)! || a.e.span.start - b.e.span.start);
    const lead = [...c.items].sort((a, b) => Number(a.phrase) - Number(b.phrase) || b.norm.length - a.norm.length)[0]!;
    const who = c.items.map((it) => it.e.value.speaker).filter((s): s is string => !!s).sort((a, b) => b.length - a.length)[0];
    let key = `quote:${who ? slug(who, 4) : 'unknown'}:${slug(lead.e.value.text, 6)}`;
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    if (n > 1) key += `-${n}`;
    return { key, evidence: c.items.map((it) => it.e) };
  });
}

// ---------------------------------------------------------------------------------------------
// Verdicts

/** At most n characters, cut at a word boundary. */
function shorten(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/**
 * agree: word for word the same (after case, marks, dashes, punctuation and spacing);
 * adds-detail: one source only, or the others give exact excerpts of the fullest wording;
 * diverge: worded differently, or attributed to different speakers.
 */
export function judgeQuotes(evidence: Evidence<Quote>[]): { verdict: Verdict; reason: string } {
  // a capital or an institution speaking for its government ("Beijing called it 'changes unseen
  // in a century'", "the Kremlin said") gives no rival name to the leader another source quotes
  const speakerOf = (e: Evidence<Quote>) => {
    const name = e.value.speaker ?? describedAs.get(e)?.name;
    return name && !lookup(name) && !INSTITUTION.test(name.split(/\s+/).at(-1)!) ? name : undefined;
  };
  const keys = speakerKeys(evidence.flatMap((e) => speakerOf(e) ?? []));
  const bySpeaker = new Map<string, { name: string; sources: Set<string> }>();
  for (const e of evidence) {
    const name = speakerOf(e);
    if (!name) continue;
    const k = keys.get(name)!;
    const s = bySpeaker.get(k) ?? { name, sources: new Set<string>() };
    if (e.value.speaker && name.length > s.name.length) s.name = name;
    const as = describedAs.get(e);
    s.sources.add(as && !e.value.speaker ? `${e.source} (“the ${as.as}”)` : e.source);
    bySpeaker.set(k, s);
  }
  if (bySpeaker.size > 1) {
    return { verdict: 'diverge', reason: `attributed differently: ${[...bySpeaker.values()].map((s) => `${[...s.sources].join(', ')}: ${s.name}`).join('; ')}` };
  }
  // each source's fullest wording stands for it
  const fullest = new Map<string, { norm: string; text: string }>();
  for (const e of evidence) {
    const norm = normalizeWording(e.value.text);
    const had = fullest.get(e.source);
    if (!had || norm.length > had.norm.length) fullest.set(e.source, { norm, text: e.value.text });
  }
  const sources = [...fullest.keys()];
  if (sources.length === 1) return { verdict: 'adds-detail', reason: `only ${sources[0]} quotes it` };
  const wordings = new Map<string, string[]>();
  for (const [src, w] of fullest) wordings.set(w.norm, [...(wordings.get(w.norm) ?? []), src]);
  if (wordings.size === 1) return { verdict: 'agree', reason: `${sources.join(', ')} quote it word for word` };
  const longest = [...wordings.keys()].sort((a, b) => withoutElisions(b).length - withoutElisions(a).length)[0]!;
  const say = (norm: string) => `${wordings.get(norm)!.join(', ')}: “${shorten(fullest.get(wordings.get(norm)![0]!)!.text, 80)}”`;
  if ([...wordings.keys()].every((w) => isExcerpt(w, longest))) {
    const partial = [...wordings.keys()].filter((w) => w !== longest).flatMap((w) => wordings.get(w)!);
    return { verdict: 'adds-detail', reason: `${partial.join(', ')} quote${partial.length > 1 ? '' : 's'} only an excerpt of ${say(longest)}` };
  }
  return { verdict: 'diverge', reason: `worded differently: ${[...wordings.keys()].map(say).join('; ')}` };
}

// ---------------------------------------------------------------------------------------------

const quoteKind: ClaimKind<Quote> = {
  type: 'quote',
  label: 'Quote',
  relate(a, b): Relation {
    // the same words from two different people are not the same remark
    if (a.speaker && b.speaker && a.speaker !== b.speaker) {
      const keys = speakerKeys([a.speaker, b.speaker]);
      if (keys.get(a.speaker) !== keys.get(b.speaker)) return 'conflict';
    }
    const x = normalizeWording(a.text);
    const y = normalizeWording(b.text);
    if (x === y) return 'same';
    if (isExcerpt(y, x)) return 'narrower';
    if (isExcerpt(x, y)) return 'wider';
    return 'conflict';
  },
  display: (v) => `“${shorten(v.text, 72)}”`,
  identity: (v) => `${v.speaker ?? ''}|${normalizeWording(v.text)}`,
  conflict: 'worded differently',
  rows: quoteRows,
  judge: judgeQuotes,
};

export const quoteExtractor: Extractor = {
  family: 'quote',
  kinds: [quoteKind],
  extract: extractQuotes,
};
