// A deterministic corpus of realistic summit reports, for the benchmark and the robustness tests:
// one event, covered by N outlets that phrase the same facts differently (and sometimes get them
// wrong), with the distractors real coverage has (flights, wars, other meetings, hedged and denied
// claims). Every sentence is generated here from templates; none is copied from a real report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG, so the same N always gives the same corpus. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENTS = [
  {
    a: { full: 'Marta Lindqvist', sur: 'Lindqvist', title: 'President', nation: 'Finnish', country: 'Finland' },
    b: { full: 'Oleg Baranov', sur: 'Baranov', title: 'President', nation: 'Russian', country: 'Russia' },
    city: 'Geneva', region: 'Switzerland', host: 'Swiss', venue: 'Villa La Grange', weekday: 'Tuesday', date: [2024, 'June', 11],
    next: 'Helsinki', since: 2019, topics: ['energy', 'prisoner exchanges', 'arms control', 'the Arctic', 'sanctions', 'grain exports'],
  },
  {
    a: { full: 'Daniel Okafor', sur: 'Okafor', title: 'President', nation: 'American', country: 'the United States' },
    b: { full: 'Li Wenhao', sur: 'Li', title: 'President', nation: 'Chinese', country: 'China' },
    city: 'Vienna', region: 'Austria', host: 'Austrian', venue: 'Hofburg Palace', weekday: 'Thursday', date: [2025, 'March', 6],
    next: 'Beijing', since: 2017, topics: ['trade', 'tariffs', 'Taiwan', 'climate', 'fentanyl', 'military hotlines'],
  },
];

const HOURS = [
  ['about two hours', 'roughly two hours', 'nearly two hours', 'two hours', '2 hours', 'just over two hours', 'a little more than two hours'],
  ['two and a half hours', '2½ hours', 'about 150 minutes', 'two hours and 30 minutes', 'almost three hours'],
  ['three hours', 'more than three hours', 'about three hours', 'three hours and 10 minutes', 'close to three hours'],
  ['90 minutes', 'an hour and a half', 'about 90 minutes', 'roughly an hour and a half'],
];
const EXPECTED = ['four to five hours', 'six hours', 'several hours', 'about four hours', 'an hour'];
const PRESS = ['12 minutes', 'about 40 minutes', 'less than half an hour', 'nearly an hour', '25 minutes'];

const REMARKS = [
  ['We had a frank and useful conversation', 'and we will keep talking'],
  ['There is no deal until there is a deal', 'and we are not there yet'],
  ['I think we understood each other better today', 'even where we disagree'],
  ['Our teams will meet again within weeks', 'to work through the details'],
  ['This was not a meeting of friends', 'but it was a meeting of serious people'],
  ['We made real progress on the hardest questions', 'more than I expected'],
  ['The door is open', 'and it will stay open'],
  ['Nothing has been agreed on security', 'and nothing will be agreed without our partners'],
];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
/** Fisher–Yates on a copy: the same order on every engine, unlike sort with a random comparator. */
function shuffle(r, xs) {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function sentencesFor(r, ev, outlet, truth) {
  const { a, b } = ev;
  const [y, mon, d] = ev.date;
  const dur = pick(r, HOURS[truth.dur]);
  const t = shuffle(r, ev.topics);
  const q = shuffle(r, REMARKS);
  const speaker = (i) => (i % 2 ? b : a);
  const said = (p) => pick(r, [`${p.sur} said`, `said ${p.sur}`, `${p.full} told reporters`, `the ${p.nation} ${p.title.toLowerCase()} said`, `${p.sur} added`]);

  const lede = pick(r, [
    `${ev.city.toUpperCase()} (${outlet}) — ${a.title} ${a.full} and ${b.title} ${b.full} met in ${ev.city} on ${ev.weekday} for their first summit in years.`,
    `${a.full} and ${b.full} sat down in ${ev.city} on ${mon} ${d}, ${y}, for talks on ${t[0]} and ${t[1]}.`,
    `The ${a.nation} and ${b.nation} leaders held talks in ${ev.city}, ${ev.region}, on ${ev.weekday}, ${d} ${mon}.`,
    `${cap(a.nation)} ${a.title} ${a.full} met ${b.nation} ${b.title.toLowerCase()} ${b.full} at the ${ev.venue} on ${ev.weekday}.`,
  ]);
  const pool = [
    pick(r, [
      `The talks lasted ${dur}.`,
      `They spoke for ${dur} behind closed doors.`,
      `The meeting ran to ${dur}, officials said.`,
      `After ${dur} of talks, the two men emerged looking tired.`,
      `${a.sur} and ${b.sur} held ${dur} of talks, according to ${a.nation} officials.`,
      `The leaders met for ${dur} at the ${ev.venue}.`,
    ]),
    pick(r, [
      `Aides had expected the session to last ${pick(r, EXPECTED)}.`,
      `The meeting was scheduled to run ${pick(r, EXPECTED)}.`,
      `Officials said beforehand that the talks could last ${pick(r, EXPECTED)}.`,
    ]),
    pick(r, [
      `The summit took place at the ${ev.venue} in ${ev.city}.`,
      `They met at the ${ev.venue}, a lakeside estate on the edge of ${ev.city}.`,
      `Talks were held at the ${ev.venue}, which was sealed off by police.`,
      `The venue, the ${ev.venue}, had been chosen by the hosts weeks ago.`,
    ]),
    pick(r, [
      'No agreement was reached.',
      'There was no breakthrough, and no deal was signed.',
      `The two sides agreed to restore embassy staffing but made no progress on ${t[2]}.`,
      `Both leaders said they had reached an agreement on ${t[0]}.`,
      `${b.sur} denied that any deal had been struck.`,
      `A deal on ${t[1]} was not reached, ${said(a)}.`,
    ]),
    pick(r, [
      'No joint statement was issued.',
      'The two sides released a joint communiqué afterwards.',
      'There was no joint declaration at the end of the day.',
      'Officials said a joint statement would be published later.',
    ]),
    pick(r, [
      'A ceasefire was not agreed.',
      `${a.sur} said he hoped for a ceasefire within weeks.`,
      'There was no agreement on a truce.',
      `${b.sur} proposed a ceasefire, which the other side rejected.`,
    ]),
    pick(r, [
      `They then held a joint news conference that lasted ${pick(r, PRESS)}.`,
      `The leaders appeared together before the press for ${pick(r, PRESS)}.`,
      'There was no joint press conference; each leader briefed his own reporters.',
      `The press conference lasted ${pick(r, PRESS)}, and neither leader took questions.`,
    ]),
    pick(r, ['Neither leader took questions from reporters.', 'They answered a handful of questions from journalists.', `${a.sur} took two questions.`]),
    pick(r, [
      `“Next time in ${ev.next},” ${b.sur} said as they left.`,
      `The leaders agreed to meet again in ${ev.next} later this year.`,
      `${a.sur} invited ${b.sur} to ${ev.next}, and the invitation was accepted.`,
      `No date was set for another meeting.`,
    ]),
    pick(r, [
      `It was the first meeting between the two since ${ev.since}.`,
      `It was the first face-to-face summit of the two countries' leaders since ${ev.since}.`,
      `The visit was the first by a ${b.nation} leader to ${ev.region} since ${ev.since - 7}.`,
    ]),
    pick(r, [
      `They discussed ${t[0]}, ${t[1]} and ${t[2]}.`,
      `The agenda included ${t[0]} and ${t[3]}, officials said.`,
      `Talks focused on ${t[1]}, with ${t[4]} also raised.`,
    ]),
  ];
  // quotes: whole, split by the attribution, and introduced by a colon
  for (let i = 0; i < 2 + Math.floor(r() * 3); i++) {
    const [x, y2] = q[i];
    const p = speaker(i);
    pool.push(
      pick(r, [
        `“${x},” ${said(p)}.`,
        `“${x},” ${said(p)}, “${y2}.”`,
        `${p.full} told reporters: “${x}, ${y2}.”`,
        `"${x}," ${said(p)}.`,
      ]),
    );
  }
  // the background every report carries: distractor lengths, places and hedges
  const filler = [
    `The flight from ${ev.next} took nine hours.`,
    'Protesters gathered outside the security perimeter in the morning rain.',
    'Analysts said the meeting was closely watched in Europe and Asia.',
    'Markets rose modestly on the news, with energy shares leading.',
    `Hours later, ${b.sur}'s motorcade left for the airport.`,
    'The war has now lasted more than three years.',
    `${a.sur} arrived about 40 minutes late, aides said.`,
    'Security was tight, with roads closed across the city centre.',
    'Reporters waited outside for most of the afternoon.',
    `Critics at home accused ${a.sur} of conceding too much before the talks even began.`,
    `In a television interview on Sunday, ${b.full} had played down expectations.`,
    'A spokesman described the atmosphere as businesslike.',
    `The two delegations, each of about a dozen officials, then had a working lunch.`,
    `Earlier in the week, ${a.sur} met the ${ev.host} president for about an hour.`,
    'The hosts offered no comment on the substance of the talks.',
    'Some observers called the meeting a modest success; others called it a photo opportunity.',
    `${cap(t[5])} did not come up, according to one official who asked not to be named.`,
    'Both sides later put out photos of the leaders shaking hands.',
    `Local newspapers ran the story on their front pages under headlines about ${ev.city}.`,
    `The last such meeting, in ${ev.since}, ended without any agreement.`,
    'Officials on both sides briefed reporters separately in the evening.',
    'Diplomats said follow-up talks between ministers could start next month.',
  ];
  const body = pool.concat(shuffle(r, filler));
  const n = 18 + Math.floor(r() * 13); // 18 to 30 sentences
  const chosen = [lede, ...shuffle(r, body).slice(0, n - 1)];
  // paragraphs of one to three sentences, as wire copy has them
  const paras = [];
  for (let i = 0; i < chosen.length; ) {
    const k = 1 + Math.floor(r() * 3);
    paras.push(chosen.slice(i, i + k).join(' '));
    i += k;
  }
  return paras.join('\n\n') + '\n';
}

const OUTLETS = ['Wire', 'Tribune', 'Courier', 'Herald', 'Post', 'Dispatch', 'Ledger', 'Observer', 'Gazette', 'Monitor'];

/**
 * `n` reports of one event. Outlets mostly agree on the facts but not always: a few get the
 * length of the talks wrong, as real coverage does.
 */
export function corpus(n, seed = 1) {
  const r = rng(seed * 7919 + n);
  const ev = EVENTS[seed % EVENTS.length];
  const out = [];
  for (let i = 0; i < n; i++) {
    const outlet = `${OUTLETS[i % OUTLETS.length]}${i >= OUTLETS.length ? ' ' + (1 + Math.floor(i / OUTLETS.length)) : ''}`;
    const truth = { dur: r() < 0.8 ? 0 : Math.floor(r() * HOURS.length) };
    const id = `r${String(i + 1).padStart(4, '0')}`;
    out.push({ id, path: `${id}.txt`, text: sentencesFor(r, ev, outlet, truth) });
  }
  return out;
}

/** Write the corpus to a folder, one file per report; returns the file paths. */
export function writeCorpus(dir, n, seed = 1) {
  mkdirSync(dir, { recursive: true });
  return corpus(n, seed).map((rep) => {
    const p = join(dir, rep.path);
    writeFileSync(p, rep.text);
    return p;
  });
}
