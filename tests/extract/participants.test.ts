import { describe, expect, it } from 'vitest';
import { absentNames, isAbsence, isOnly, onlyNames, participantsExtractor, participantsKind, samePerson } from '../../src/extract/participants.js';
import { check } from '../../src/check.js';
import type { Evidence } from '../../src/types.js';
import { claimsIn, docOf } from '../helpers.js';

/** The people a report puts at the table, sorted (order of mention is not part of the claim). */
const present = (text: string): string[] | undefined => {
  const c = claimsIn(participantsExtractor, text).filter((x) => x.modality !== 'denied');
  expect(c.length).toBeLessThanOrEqual(1);
  return c[0] ? [...(c[0].value as string[])].sort() : undefined;
};
const absent = (text: string): string[] =>
  claimsIn(participantsExtractor, text)
    .filter((x) => x.modality === 'denied')
    .flatMap((x) => x.value as string[])
    .sort();

// Each text introduces the people by full name first, as reports do, and then puts the claim.
const CAST =
  'U.S. President Donald Trump flew in on Friday. Russian President Vladimir Putin landed an hour later. ' +
  'Secretary of State Marco Rubio and special envoy Steve Witkoff travelled with Trump. ' +
  'Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov came with Putin. ' +
  'Ukrainian President Volodymyr Zelensky stayed in Kyiv. ';

describe('meeting.participants: the leaders who met', () => {
  it.each([
    ['Trump and Putin met for three hours.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump met Putin at the air base.', ['Donald Trump', 'Vladimir Putin']],
    ['Putin held talks with Trump behind closed doors.', ['Donald Trump', 'Vladimir Putin']],
    ['The summit between Trump and Putin opened at noon.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump and Putin emerged from their closed-door session at 3 p.m.', ['Donald Trump', 'Vladimir Putin']],
    ["Trump and Putin's meeting produced no deal.", ['Donald Trump', 'Vladimir Putin']],
    ['The Trump-Putin summit produced no deal.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump finally sat down with Putin in a small room.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump shook hands with the Russian president before the talks.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump met his Russian counterpart at the base.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump greeted Putin on the tarmac, and the two rode to the venue together.', ['Donald Trump', 'Vladimir Putin']],
    ['Putin, thanking Trump for hosting the talks, invited him to Moscow.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump, Putin hold talks in Alaska', ['Donald Trump', 'Vladimir Putin']],
    ['Talks were held between Trump and Putin at the base.', ['Donald Trump', 'Vladimir Putin']],
    ['Putin arrived late for his meeting with Trump.', ['Donald Trump', 'Vladimir Putin']],
    ['In his talks with Putin, Trump pressed for a ceasefire.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump had a working lunch with Putin after the talks.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump and Putin spent nearly three hours together.', ['Donald Trump', 'Vladimir Putin']],
    ['Trump, flanked by Rubio and Witkoff, faced Putin across the table.', ['Donald Trump', 'Marco Rubio', 'Steve Witkoff', 'Vladimir Putin']],
  ])('%s', (claim, expected) => {
    expect(present(CAST + claim)).toEqual(expected);
  });

  it('reads titles, appositives and family-name-first names', () => {
    expect(present('North Korean leader Kim Jong Un, chairman of the ruling party, held talks with Donald J. Trump, president of the United States.')).toEqual(['Donald J. Trump', 'Kim Jong Un']);
    expect(present('Chinese President Xi Jinping met with U.S. President Joe Biden on Monday. Xi and Biden talked for three hours.')).toEqual(['Joe Biden', 'Xi Jinping']);
    expect(present('Presidents Ronald Reagan and Mikhail Gorbachev met at Hofdi House on Saturday.')).toEqual(['Mikhail Gorbachev', 'Ronald Reagan']);
  });

  it('takes a bare titled surname when the report never gives the full name', () => {
    expect(present('President Reagan and General Secretary Gorbachev met at Hofdi House. Reagan and Gorbachev talked for hours.')).toEqual(['Gorbachev', 'Reagan']);
  });

  it('follows a pronoun subject to the person it stands for', () => {
    expect(present(CAST + 'Trump waited on the tarmac. He then met Putin for nearly three hours.')).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('reads names in any alphabet, with particles, after an institution and its title', () => {
    const text =
      'Turkish President Recep Tayyip Erdoğan and European Commission President Ursula von der Leyen met in Ankara. ' +
      'Erdoğan — along with Foreign Minister Hakan Fidan — sat down with von der Leyen for two hours.';
    expect(present(text)).toEqual(['Hakan Fidan', 'Recep Tayyip Erdoğan', 'Ursula von der Leyen']);
  });

  it('reads state-media style: initials and capitalised titles in appositives', () => {
    const text =
      'The talks between A. B. Petrov, Chairman of the State Council, and C. Lindqvist, Prime Minister of Sweden, have ended. ' +
      'Taking part in the talks were D. E. Ivanov, member of the Council, and F. Berg, Swedish Minister for Trade.';
    expect(present(text)).toEqual(['A. B. Petrov', 'C. Lindqvist', 'D. E. Ivanov', 'F. Berg']);
  });

  it('takes the two people a report is plainly about when it only says "the two men met"', () => {
    const text =
      'Ronald Reagan arrived on Saturday, and Mikhail Gorbachev soon after. Reagan was cheerful; Gorbachev was tense. ' +
      'They met in a small room with Secretary of State George Shultz and interpreters. Reagan later spoke to troops, and Gorbachev to reporters.';
    expect(present(text)).toEqual(['George Shultz', 'Mikhail Gorbachev', 'Ronald Reagan']);
  });

  it('does not guess the leaders when nobody stands out', () => {
    const text = 'Ronald Reagan, Mikhail Gorbachev and George Shultz arrived. Reagan, Gorbachev and Shultz rested. The two men met on Sunday.';
    expect(present(text)).toBeUndefined();
  });

  it('prefers the pair the story keeps naming over an old meeting in its lede', () => {
    const text =
      'Decades after Ronald Reagan and Mikhail Gorbachev met in Reykjavik, Donald Trump and Vladimir Putin sat down in Anchorage. Trump and Putin talked for three hours. Trump met Putin again at lunch.';
    expect(present(text)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('is silent when no construction seats two people', () => {
    expect(present(CAST + 'The two leaders met for three hours.')).toBeUndefined();
    expect(present('Putin praised the atmosphere, and Trump called the talks fantastic.')).toBeUndefined();
  });
});

describe('meeting.participants: named members of the delegations', () => {
  const MEETING = 'Trump and Putin met at the base. ';
  it.each([
    ['Trump was joined by Secretary of State Marco Rubio and special envoy Steve Witkoff.', ['Marco Rubio', 'Steve Witkoff']],
    ['Lavrov and Ushakov sat on the Russian side.', ['Sergei Lavrov', 'Yuri Ushakov']],
    ['Rubio and Witkoff took part in the talks.', ['Marco Rubio', 'Steve Witkoff']],
    ['Also present at the talks were Lavrov and Ushakov.', ['Sergei Lavrov', 'Yuri Ushakov']],
    ['The Russian delegation included Lavrov and Ushakov.', ['Sergei Lavrov', 'Yuri Ushakov']],
    ['The talks were held in a three-on-three format, with Rubio and Witkoff joining Trump.', ['Marco Rubio', 'Steve Witkoff']],
    ['On the Russian side, Lavrov and Ushakov took part.', ['Sergei Lavrov', 'Yuri Ushakov']],
    ['Putin had Lavrov and his adviser Yuri Ushakov beside him in the room.', ['Sergei Lavrov', 'Yuri Ushakov']],
    ['The leaders were joined at dinner by Rubio on the U.S. side, and by Lavrov and Ushakov on the Russian side.', ['Marco Rubio', 'Sergei Lavrov', 'Yuri Ushakov']],
    ['Flanking Putin were Lavrov and the aide Yuri Ushakov.', ['Sergei Lavrov', 'Yuri Ushakov']],
    ['Ushakov, who sat in on the talks, said the mood was good.', ['Yuri Ushakov']],
    ['Rubio and Witkoff were also in the room.', ['Marco Rubio', 'Steve Witkoff']],
    ['Lavrov and Ushakov accompanied Putin into the meeting room.', ['Sergei Lavrov', 'Yuri Ushakov']],
    ['In the room: Rubio, Witkoff, Lavrov and Ushakov.', ['Marco Rubio', 'Sergei Lavrov', 'Steve Witkoff', 'Yuri Ushakov']],
    ['The Russian side was represented by Lavrov and Ushakov.', ['Sergei Lavrov', 'Yuri Ushakov']],
  ])('%s', (claim, members) => {
    expect(present(CAST + MEETING + claim)).toEqual(['Donald Trump', 'Vladimir Putin', ...members].sort());
  });

  it('seats both sides of a three-on-three table', () => {
    expect(present(CAST + 'Trump sat with Rubio and Witkoff, across from Putin, Lavrov and Ushakov.')).toEqual(
      ['Donald Trump', 'Marco Rubio', 'Sergei Lavrov', 'Steve Witkoff', 'Vladimir Putin', 'Yuri Ushakov'],
    );
  });

  it('does not seat delegates whose round of talks never took place', () => {
    const text = CAST + MEETING + 'The delegation also included Defence Minister Andrei Belousov, but the expanded round with Belousov did not take place.';
    expect(present(text)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('does not seat a working group of experts that met beside the talks', () => {
    const text = CAST + MEETING + 'Overnight, two teams of experts led by Rubio and Lavrov argued over numbers.';
    expect(present(text)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('does not seat those who only travelled with a leader', () => {
    const text = CAST + MEETING + 'Putin was accompanied on the trip by Defence Minister Andrei Belousov.';
    expect(present(text)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('does not seat a delegation that is only expected', () => {
    expect(present(CAST + MEETING + 'Zelensky will be joined by European leaders and Rubio at the White House next week.')).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
});

describe('meeting.participants: named but not at the table', () => {
  const MEETING = 'Trump and Putin met at the base on Friday. ';
  it.each([
    ['a leader to be briefed afterwards', 'Trump said he would brief Zelensky and NATO allies.'],
    ['a predecessor recalled for history', "Unlike Joe Biden's 2021 summit with Putin, which ended without a joint appearance, both leaders faced the media."],
    ['an ambassador quoted on television', 'Russian state media quoted Ambassador Alexander Darchiev as saying the meeting atmosphere was positive.'],
    ['a critic in Washington', 'John Bolton, a critic of the president, said Putin had come out ahead.'],
    ['a meeting still to come', 'Trump will meet Zelensky in Washington on Monday.'],
    ['an earlier meeting', 'Joe Biden and Putin last met in Geneva in 2021.'],
    ['a separate meeting', 'Earlier, Trump held separate talks with Canadian Prime Minister Mark Carney.'],
    ['a phone call', 'Trump later talked with Zelensky by phone.'],
    ['a quoted remark', '"I met Zelensky many times," Trump said.'],
    ['a meeting months earlier', 'Joe Biden met with Zelensky in Kyiv in February.'],
    ['someone who met a leader on another visit', 'Before the summit, Witkoff met Putin in Moscow.'],
    ['an aide who is only expected at the table', 'Peskov said Lavrov would join Putin at the table.'],
    ['a meeting that may follow', 'A meeting between Putin and Zelensky could follow next month.'],
    ['a proposal to meet again', 'Putin proposed that he and Trump meet next time in Moscow, and Trump said he and Zelensky could meet soon.'],
  ])('%s', (_, sentence) => {
    expect(present(CAST + MEETING + sentence)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('leaves out a host who only welcomed a leader at the airport', () => {
    const text =
      'Chinese President Xi Jinping met U.S. President Joe Biden in Bali. Indonesian President Joko Widodo welcomed Xi at the airport. Biden and Xi talked for three hours.';
    expect(present(text)).toEqual(['Joe Biden', 'Xi Jinping']);
  });

  it('leaves out a one-off meeting with someone else', () => {
    const text =
      'Chinese President Xi Jinping met U.S. President Joe Biden in Bali on Monday. Biden and Xi talked for three hours. On Tuesday, Xi met Australian Prime Minister Anthony Albanese.';
    expect(present(text)).toEqual(['Joe Biden', 'Xi Jinping']);
  });

  it('is silent on a meeting that did not happen or is only planned', () => {
    expect(present(CAST + 'Trump and Putin did not meet in private.')).toBeUndefined();
    expect(present(CAST + 'Trump and Putin are expected to meet in Alaska on Friday.')).toBeUndefined();
    expect(present(CAST + 'If Trump and Putin meet again, Zelensky wants a seat.')).toBeUndefined();
  });
});

describe('meeting.participants: stated absences', () => {
  const MEETING = 'Trump and Putin met at the base. ';
  it.each([
    ['Zelensky was not invited.'],
    ["Ukraine's president was notably absent."],
    ['The talks went ahead without Zelensky at the table.'],
    ['Zelensky did not attend.'],
    ['Zelensky, who was not invited, watched from Kyiv.'],
    ["In Zelensky's absence, the two leaders discussed Ukraine."],
    ['Zelensky has not been invited.'],
    ['Zelensky had no seat at the table.'],
    ['The Ukrainian leader was left out of the talks.'],
  ])('%s', (sentence) => {
    expect(absent(CAST + MEETING + sentence)).toEqual(['Volodymyr Zelensky']);
    expect(present(CAST + MEETING + sentence)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('records who says so, with modality denied', () => {
    const c = claimsIn(participantsExtractor, CAST + MEETING + 'Kremlin spokesman Dmitry Peskov said Zelensky was not invited.').find((x) => x.modality === 'denied');
    expect(c?.attribution).toBe('Dmitry Peskov');
    expect(isAbsence(c?.value)).toBe(true);
  });

  it('does not read an absence from another gathering or a mere wish', () => {
    expect(absent(CAST + MEETING + 'Zelensky was absent from Bali.')).toEqual([]);
    expect(absent(CAST + MEETING + 'No deal can be made without Zelensky, Trump said.')).toEqual([]);
    expect(absent(CAST + MEETING + 'Zelensky may not be invited to the next round.')).toEqual([]);
    expect(absent(CAST + MEETING + 'Lavrov was not present at the press conference.')).toEqual([]);
    expect(absent(CAST + MEETING + 'Putin was excluded from the G8 in 2014.')).toEqual([]);
    expect(absent(CAST + MEETING + 'Putin held a news conference. The U.S. President did not take part in it.')).toEqual([]);
    expect(absent(CAST + MEETING + 'Lavrov did not take part in the one-on-one session.')).toEqual([]);
  });
});

describe('meeting.participants: how values compare', () => {
  const r = participantsKind.relate;
  it('compares lists as sets; the longer list is the more specific', () => {
    expect(r(['A', 'B'], ['B', 'A'])).toBe('same');
    expect(r(['A', 'B', 'C'], ['A', 'B'])).toBe('narrower');
    expect(r(['A', 'B'], ['A', 'B', 'C'])).toBe('wider');
    expect(r(['A', 'B', 'C'], ['A', 'B', 'D'])).not.toBe('conflict');
  });
  it('knows one person under the forms reports give', () => {
    expect(samePerson('Donald Trump', 'Donald J. Trump')).toBe(true);
    expect(samePerson('Trump', 'Donald Trump')).toBe(true);
    expect(samePerson('Kim', 'Kim Jong Un')).toBe(true);
    expect(samePerson('M. S. Gorbachev', 'Mikhail Gorbachev')).toBe(true);
    expect(samePerson('R. Gorbachev', 'Mikhail Gorbachev')).toBe(false);
    expect(samePerson('Melania Trump', 'Donald Trump')).toBe(false);
    // a familiar first name is the formal one
    expect(samePerson('Bill Clinton', 'William Clinton')).toBe(true);
    expect(samePerson('Joe Biden', 'Joseph R. Biden')).toBe(true);
    expect(samePerson('Jill Biden', 'Joseph R. Biden')).toBe(false);
    // and the spellings transliteration leaves open are one
    expect(samePerson('Dmitri Peskov', 'Dmitry Peskov')).toBe(true);
    expect(samePerson('Aleksei Kosygin', 'Alexei Kosygin')).toBe(true);
    expect(samePerson('Mikhail Gorbachov', 'Mikhail Gorbachev')).toBe(true);
    expect(r(['Trump', 'Kim Jong Un'], ['Donald Trump', 'Kim Jong Un'])).toBe('same');
  });
  it('makes a person seated by one source and absent in another a conflict', () => {
    expect(r(['A', 'Z'], absentNames(['Z']))).toBe('conflict');
    expect(r(absentNames(['Z']), ['A', 'Z'])).toBe('conflict');
    expect(r(['A', 'B'], absentNames(['Z']))).not.toBe('conflict');
  });
  it('keeps an absence distinct from a list of the same names', () => {
    expect(participantsKind.identity(absentNames(['Z']))).not.toBe(participantsKind.identity(['Z']));
    expect(JSON.stringify(absentNames(['Z']))).toBe('["Z"]');
  });

  const ev = (source: string, value: string[], modality: Evidence['modality'] = 'stated') =>
    ({ source, value, modality, attribution: 'report', display: value.join(', ') }) as unknown as Evidence;
  it('judges a row on who took part; an absence only matters when it contradicts', () => {
    const agree = participantsKind.judge!([ev('a', ['A', 'B']), ev('b', ['B', 'A']), ev('b', absentNames(['Z']), 'denied')]);
    expect(agree?.verdict).toBe('agree');
    expect(participantsKind.judge!([ev('a', ['Trump', 'Putin']), ev('b', ['Donald Trump', 'Vladimir Putin'])])?.verdict).toBe('agree');
    expect(participantsKind.judge!([ev('a', ['A', 'B', 'C']), ev('b', ['A', 'B'])])?.verdict).toBe('adds-detail');
    const diverge = participantsKind.judge!([ev('a', ['A', 'B', 'Z']), ev('b', ['A', 'B']), ev('b', absentNames(['Z']), 'denied')]);
    expect(diverge?.verdict).toBe('diverge');
    expect(diverge?.reason).toContain('Z');
  });
});

describe('meeting.participants: through the whole pipeline', () => {
  it('agrees when two reports seat the same leaders, whatever else they name', () => {
    const a = 'Russian President Vladimir Putin and U.S. President Donald Trump emerged from their summit on Friday. Trump said he would call Ukrainian President Volodymyr Zelensky.';
    const b = 'Donald Trump and Vladimir Putin held talks for three hours. Ukrainian President Volodymyr Zelensky was not invited.';
    const m = check([
      { id: 'a', path: 'a.txt', text: a },
      { id: 'b', path: 'b.txt', text: b },
    ]);
    const row = m.rows.find((x) => x.type === 'meeting.participants');
    expect(row?.verdict).toBe('agree');
    expect(row?.values.find((v) => v.source === 'a' && v.modality === 'stated')?.text).toBe('Vladimir Putin and U.S. President Donald Trump emerged from');
  });
});

describe('the people index behind the participants', () => {
  const persons = (text: string, path = 'r.txt') => docOf(text, path).people.persons.map((p) => `${p.name}/${p.surname}`);

  it('reads a capital inside a surname as part of it', () => {
    expect(persons('National security adviser Douglas MacTavish flew in. MacTavish said little.')).toContain('Douglas MacTavish/MacTavish');
  });

  it('never runs a name into the next list item of a Markdown list', () => {
    const md = '- **Ours:** envoy **Paul Ortega**\n- **Theirs:** envoy **Lin Hao**\n';
    const names = persons(md, 'r.md');
    expect(names).toContain('Paul Ortega/Ortega');
    expect(names.some((n) => n.includes('Ortega Theirs'))).toBe(false);
  });

  it('uses the family name of a name that ends in an English word, never the word', () => {
    expect(persons('President Choi Jae In greeted the envoy. In the afternoon he left.')).toContain('Choi Jae In/Choi');
  });

  it('takes liveblog attributions in the present tense or after a colon as evidence of a person', () => {
    const doc = docOf('10:02 Halvorsen proposes a walk with Okafor.\n\n10:30 Okafor: "We walked with Halvorsen."\n');
    expect(doc.people.resolve('Halvorsen')?.name).toBe('Halvorsen');
    expect(doc.people.resolve('Okafor')?.name).toBe('Okafor');
    // a label before a quotation is no person unless the word also stands inside a sentence
    expect(docOf('Outcome: "No deal."\n\nThe talks ended.').people.resolve('Outcome')).toBeUndefined();
  });
});

describe('meeting.participants: names from other naming traditions and state-agency lists', () => {
  const PAIR = 'Chinese Premier Zhao Ming held talks with Indian Prime Minister Ravi Menon on Monday. ';

  it('keeps a short English word that is part of a name inside a sentence', () => {
    expect(present(PAIR + 'Sun Lei, Gao He and He Jun attended the meeting.')).toEqual(['Gao He', 'He Jun', 'Ravi Menon', 'Sun Lei', 'Zhao Ming']);
    expect(present('President Lee Dae In held talks with Prime Minister Anna Berg. The visit was brief.')).toEqual(['Anna Berg', 'Lee Dae In']);
  });

  it('does not take a headline preposition for part of a name', () => {
    const text = 'Zhao Meets Menon In Delhi\n\nChinese Premier Zhao Ming held talks with Indian Prime Minister Ravi Menon on Monday.';
    const names = present(text) ?? [];
    expect(names.some((n) => / In\b/.test(n))).toBe(false);
  });

  it('lets an appositive of kinship or staff sit inside a list', () => {
    expect(present(PAIR + 'Menon was accompanied at the table by his chief of staff, Arjun Rao, and envoy Priya Shah.')).toEqual(['Arjun Rao', 'Priya Shah', 'Ravi Menon', 'Zhao Ming']);
    expect(present(PAIR + 'Zhao sat with his sister, Zhao Lan, and Wu Bo, a former trade official.')).toEqual(['Ravi Menon', 'Wu Bo', 'Zhao Lan', 'Zhao Ming']);
  });

  it('seats those who joined for the plenary rounds', () => {
    expect(present(PAIR + 'Foreign Minister Wu Bo and his counterpart, Dev Kapoor, joined them for the plenary rounds that followed.')).toEqual(['Dev Kapoor', 'Ravi Menon', 'Wu Bo', 'Zhao Ming']);
  });

  it('never takes a party body for a person', () => {
    const text = PAIR + 'Taking part in the talks was Wu Bo, member of the Political Bureau of the Central Committee.';
    expect(present(text)).toEqual(['Ravi Menon', 'Wu Bo', 'Zhao Ming']);
  });

  it('does not seat a name that only attended another event', () => {
    expect(present(PAIR + 'Sun Lei, wife of the premier, attended the evening banquet.')).toEqual(['Ravi Menon', 'Zhao Ming']);
  });
});

describe('meeting.participants: constructions from wires, analyses and liveblogs', () => {
  const PEOPLE = 'Chinese Premier Zhao Ming and Indian Prime Minister Ravi Menon arrived on Sunday. Zhao was tired; Menon was not. ';

  it('reads a meeting verb in a later conjunct of the same subject', () => {
    expect(present(PEOPLE + 'Zhao crossed the bridge at nine, waving to the crowd, and spent the afternoon with Menon.')).toEqual(['Ravi Menon', 'Zhao Ming']);
    expect(present(PEOPLE + 'Zhao waved; Menon smiled. The two men walked to the lake, where tea had been laid out, and talked alone.')).toEqual(['Ravi Menon', 'Zhao Ming']);
  });

  it('does not read a conjunct under a modal or another subject as a meeting', () => {
    expect(present(PEOPLE + 'Zhao and Menon will fly to Goa and meet on Friday.')).toBeUndefined();
    expect(present(PEOPLE + 'Zhao left early, and aides met later.')).toBeUndefined();
  });

  it('takes time spent together as a meeting', () => {
    expect(present(PEOPLE + 'Zhao and Menon spent most of the day at a lakeside estate.')).toEqual(['Ravi Menon', 'Zhao Ming']);
  });

  it('reads a meeting that names nobody in a sentence without names', () => {
    expect(present(PEOPLE + 'Zhao spoke of trade. Menon spoke of water. The two leaders spent more than two hours alone.')).toEqual(['Ravi Menon', 'Zhao Ming']);
  });

  it('does not seat anyone for another, earlier or later meeting', () => {
    const pair = 'Zhao and Menon met in Delhi. ';
    expect(present(PEOPLE + pair + 'Kenyan President Amos Otieno, who is preparing for his own meeting with Zhao in the coming weeks, welcomed it.')).toEqual(['Ravi Menon', 'Zhao Ming']);
    expect(present(PEOPLE + pair + 'Otieno, after her own first encounter with Zhao at Mombasa last December, was hopeful.')).toEqual(['Ravi Menon', 'Zhao Ming']);
    expect(present(PEOPLE + pair + 'It was a change from Nairobi in June 2018, where Otieno and Zhao met for an hour.')).toEqual(['Ravi Menon', 'Zhao Ming']);
  });

  it('takes a shared family name for the protagonist, not a relative named in passing', () => {
    const text =
      'Kenyan President Amos Otieno met Zhao Ming on Monday. His brother Peter Otieno waited outside. Otieno and Zhao talked for two hours.';
    expect(present(text)).toEqual(['Amos Otieno', 'Zhao Ming']);
  });

  it('does not take an absence from a press event for an absence from the talks', () => {
    const text = PEOPLE + 'Zhao and Menon met for two hours.\n\nZhao faces the press alone. No joint presser; Menon is not there.';
    expect(present(text)).toEqual(['Ravi Menon', 'Zhao Ming']);
    expect(absent(text)).toEqual([]);
  });

  it('does not take an absence from the dinner the sentence before tells of for an absence from the talks', () => {
    const text = PEOPLE + 'Zhao and Menon met for two hours.\n\nWelcome dinner at the guesthouse, hosted by Wu Bo. Menon is not there.';
    expect(absent(text)).toEqual([]);
    // (but an absence from the talks is one, whatever came before)
    expect(absent(PEOPLE + 'Zhao and Menon met for two hours.\n\nWelcome dinner at the guesthouse, hosted by Wu Bo. Dev Kapoor was not at the talks.')).toEqual(['Dev Kapoor']);
  });

  it('reads a state agency roster with semicolons and sides', () => {
    const text =
      PEOPLE + 'Zhao and Menon held talks. Present at the talks were Wu Bo, vice-chairman of the commission, and Sun Lei, an aide, from the Chinese side, and Dev Kapoor, chief of the secretariat, from the Indian side.';
    expect(present(text)).toEqual(['Dev Kapoor', 'Ravi Menon', 'Sun Lei', 'Wu Bo', 'Zhao Ming']);
    const semi = PEOPLE + 'Zhao and Menon held talks. Taking part on the Chinese side were Wu Bo, Minister of Trade; Sun Lei, head of a department; and Gao He, Ambassador to India.';
    expect(present(semi)).toEqual(['Gao He', 'Ravi Menon', 'Sun Lei', 'Wu Bo', 'Zhao Ming']);
  });

  it('reads a lead-in with a colon and a title that ends before the comma', () => {
    const text = PEOPLE + 'Zhao and Menon met. Delegations came in for the wider round: Wu Bo on the Chinese side, Dev Kapoor on the Indian side.';
    expect(present(text)).toEqual(['Dev Kapoor', 'Ravi Menon', 'Wu Bo', 'Zhao Ming']);
    const appos = PEOPLE + 'Zhao and Menon met. On the Indian side, the Adviser to the Prime Minister for National Security Affairs, Dev Kapoor, took part.';
    expect(present(appos)).toEqual(['Dev Kapoor', 'Ravi Menon', 'Zhao Ming']);
  });

  it('reads the label lists of a liveblog under a heading about the room', () => {
    const md = (heading: string) =>
      `# Live\n\n**10:00** Zhao and Menon shake hands.\n\n## ${heading}\n\n- **China:** Zhao Ming; trade minister **Wu Bo**; **Sun Lei**\n- **India:** Ravi Menon; planning chief **Dev Kapoor**\n`;
    const withDoc = (text: string) => {
      const c = participantsExtractor.extract(docOf(text, 'live.md')).filter((x) => x.modality !== 'denied');
      return c[0] ? [...(c[0].value as string[])].sort() : undefined;
    };
    expect(withDoc(md('Who was in the room'))).toEqual(['Dev Kapoor', 'Ravi Menon', 'Sun Lei', 'Wu Bo', 'Zhao Ming']);
    // the same lists under a heading about something else seat nobody
    expect(withDoc(md('Reactions at home'))).toEqual(['Ravi Menon', 'Zhao Ming']);
  });
});

describe('meeting.participants: a labelled sentence is still prose', () => {
  it('reads a meeting after a label that opens no list', () => {
    const text = 'Chinese Premier Zhao Ming and Indian Prime Minister Ravi Menon arrived. Outcome: Menon and Zhao signed the Goa Declaration.';
    expect(present(text)).toEqual(['Ravi Menon', 'Zhao Ming']);
  });
  it('does not read a label list outside a seating context', () => {
    const text = 'Chinese Premier Zhao Ming and Indian Prime Minister Ravi Menon met in Goa.\n\nCritics: Wu Bo, Sun Lei.\n';
    expect(present(text)).toEqual(['Ravi Menon', 'Zhao Ming']);
  });
});

describe('meeting.participants: wording from outside the tuning reports', () => {
  // an invented cast: four leaders, their ministers, and people who were not at the table
  const FOUR =
    'Italian Prime Minister Marco Ferri, Polish President Jan Nowak, Austrian Chancellor Eva Gruber and Japanese Prime Minister Kenji Sato ' +
    'arrived in Vienna. Ferri spoke to reporters; Nowak did not. ';

  it('reads a formal state name after a title as the role of that state\'s leader', () => {
    const text =
      'Polish President Jan Nowak landed first. Kazakh President Arman Seitkali landed later. ' +
      'The talks between the President of the Republic of Kazakhstan, Chancellor of Austria Eva Gruber and President of Poland Jan Nowak opened at noon.';
    expect(present(text)).toEqual(['Arman Seitkali', 'Eva Gruber', 'Jan Nowak']);
    // a head of state the report never names is no one: the list cannot be read, and stays silent
    const unknown = 'The talks between the President of Mongolia, Chancellor of Austria Eva Gruber and President of Poland Jan Nowak opened at noon.';
    expect(present(unknown)).toBeUndefined();
    const russian =
      'Russian President Pavel Orlov flew in. Austrian Chancellor Eva Gruber met him at the airport. ' +
      'The talks between the President of the Russian Federation, Federal Chancellor of Austria Eva Gruber and Polish President Jan Nowak began at six.';
    expect(present(russian)).toEqual(['Eva Gruber', 'Jan Nowak', 'Pavel Orlov']);
  });

  it('keeps "the Russian president, Pavel Orlov" one person', () => {
    const text = 'Russian President Pavel Orlov flew in. Talks between the Russian president, Pavel Orlov, and Polish President Jan Nowak began at six.';
    expect(present(text)).toEqual(['Jan Nowak', 'Pavel Orlov']);
  });

  it('reads a list set off by dashes after a group noun', () => {
    expect(present(FOUR + 'On Monday evening, four weary leaders — Ferri, Nowak, Gruber and Sato — sat down in the Hofburg.')).toEqual(
      ['Eva Gruber', 'Jan Nowak', 'Kenji Sato', 'Marco Ferri'],
    );
    expect(present(FOUR + 'The two presidents, Nowak and Ferri, talked until dawn.')).toEqual(['Jan Nowak', 'Marco Ferri']);
  });

  it('does not read a dash-closed list without a group noun before it', () => {
    expect(present(FOUR + 'Their critics — Ferri and Nowak — talked of betrayal for weeks.')).toBeUndefined();
  });

  it('reads a liveblog in the present tense: ministers join their leaders at the table', () => {
    const text =
      FOUR + 'Ferri, Nowak, Gruber and Sato talked through the night. Foreign Minister Luca Bianchi and Foreign Minister Piotr Zielinski join their leaders at the table.';
    expect(present(text)).toEqual(['Eva Gruber', 'Jan Nowak', 'Kenji Sato', 'Luca Bianchi', 'Marco Ferri', 'Piotr Zielinski']);
  });

  it('does not seat ministers who will join later or join something else', () => {
    const base = FOUR + 'Ferri, Nowak, Gruber and Sato talked through the night. ';
    expect(present(base + 'Foreign Minister Luca Bianchi and Foreign Minister Piotr Zielinski will join their leaders at the table tomorrow.')).toEqual(
      ['Eva Gruber', 'Jan Nowak', 'Kenji Sato', 'Marco Ferri'],
    );
    expect(present(base + 'Foreign Minister Luca Bianchi and Foreign Minister Piotr Zielinski join the crowd outside the palace.')).toEqual(
      ['Eva Gruber', 'Jan Nowak', 'Kenji Sato', 'Marco Ferri'],
    );
  });

  it('reads "His talks with …" opening a sentence as the talks of the subject before', () => {
    const text = 'Japanese Prime Minister Kenji Sato ends a two-day trip to Vienna today. His formal talks with Eva Gruber took place at the chancellery.';
    expect(present(text)).toEqual(['Eva Gruber', 'Kenji Sato']);
  });

  it('does not read a next meeting opening a sentence as these talks', () => {
    const text = 'Japanese Prime Minister Kenji Sato ends a two-day trip to Vienna today. His next meeting with Eva Gruber could be in Osaka.';
    expect(present(text)).toBeUndefined();
  });

  it('reads leaders who put their names to a treaty, but not the room they signed it in', () => {
    const text = FOUR + 'In the Marble Room, Gruber and Sato put their names to a treaty on fisheries.';
    expect(present(text)).toEqual(['Eva Gruber', 'Kenji Sato']);
  });

  it('keeps a roster of titled appositives apart, name by name', () => {
    const text =
      'The talks between A. B. Petrov, Chairman of the State Council, and C. Lindqvist, Prime Minister of Sweden, have ended. ' +
      'Taking part on the Swedish side were D. Berg, member of the Riksdag and Minister for Trade, E. F. Holm, State Secretary, and G. Ek, adviser.';
    expect(present(text)).toEqual(['A. B. Petrov', 'C. Lindqvist', 'D. Berg', 'E. F. Holm', 'G. Ek']);
  });

  it('takes a generational suffix and a capitalised kinship word as parts of a name', () => {
    const text =
      'Ferri met Nowak in the palace. Secretary of State Walter P. Graham III and Foreign Minister Choe Son Il joined them at the table.';
    expect(present(FOUR + text)).toEqual(['Choe Son Il', 'Jan Nowak', 'Marco Ferri', 'Walter P. Graham']);
  });
});

describe('meeting.participants: round three, clause shapes and rosters seen only in new reports', () => {
  const TP = ['Donald Trump', 'Vladimir Putin'];
  it.each([
    // a relative clause seats its subject as plainly as a main clause
    ['Trump, who met Putin at the base on Friday, flew home that night.', TP],
    ['Putin, who held talks with Trump for three hours, left without comment.', TP],
    ['Trump, who sat down with Putin in a small room, called the talks productive.', TP],
    // an adverb between subject and verb
    ['Before Trump had even sat down with Putin, the cameras were rolling.', TP],
    ['Trump had still not quite sat down with Putin when the doors closed.', undefined],
    // "first … since" dates the earlier occasion, not this one
    ['It was the first face-to-face meeting between Trump and Putin since a summit in Helsinki in July 2018.', TP],
    ['It was the first meeting between Trump and Putin since talks in Osaka in 2019.', TP],
  ])('%s', (s, expected) => {
    expect(present(CAST + s)).toEqual(expected);
  });

  it.each([
    // a pluperfect relative clause tells of an earlier occasion
    'Senator Mary Holt, who had sat down with Trump that morning, praised the talks.',
    'Senator Mary Holt, who had met Putin hours earlier, said nothing.',
  ])('does not seat the subject of a pluperfect relative clause: %s', (s) => {
    expect(present(CAST + 'Trump and Putin met for three hours. ' + s)).toEqual(TP);
  });

  it('dates a meeting by the place-and-time aside after its clause', () => {
    const text = "Ronald Reagan's first session with Mikhail Gorbachev, at Geneva in 1985, set a pattern. Trump, who met Putin at the base on Friday, seems to follow it.";
    expect(present(CAST + text)).toEqual(TP);
  });

  it.each([
    'The meeting opened one-on-one and then widened to include Rubio, Witkoff and Lavrov.',
    'The talks were later expanded to take in Rubio, Witkoff and Lavrov.',
    'The session continued with the participation of Rubio, Witkoff and Lavrov.',
  ])('reads a meeting widened to its delegations: %s', (s) => {
    expect(present(CAST + 'Trump and Putin met for three hours. ' + s)).toEqual([...TP, 'Marco Rubio', 'Sergei Lavrov', 'Steve Witkoff'].sort());
  });

  it('does not read a list widened to include someone as the table', () => {
    expect(present(CAST + 'Trump and Putin met for three hours. Afterwards the sanctions list was expanded to include Witkoff.')).toEqual(TP);
  });

  it.each([
    'Trump and Putin met alone at first before they were joined by Rubio and Lavrov.',
    'Trump and Putin talked privately; then they were joined by Rubio and Lavrov.',
    'Trump and Putin met. Later the two leaders were joined at the table by Rubio and Lavrov.',
  ])('seats those who joined the leaders, named only as a group: %s', (s) => {
    expect(present(CAST + s)).toEqual([...TP, 'Marco Rubio', 'Sergei Lavrov'].sort());
  });

  it('ties someone present for talks with another person to that person', () => {
    const base = CAST + 'Trump and Putin met for three hours. ';
    expect(present(base + 'NATO chief Mark Rutte, who was in Brussels on Monday for talks with Zelensky, is due in Kyiv.')).toEqual(TP);
    expect(present(base + 'Rubio, who was in the room for the talks with Putin, took notes.')).toEqual([...TP, 'Marco Rubio'].sort());
  });

  it('reads the formal name of a state run into a title', () => {
    const text =
      'The President of the Russian Federation Vladimir Putin and the President of the United States of America Donald Trump held talks. ' +
      'They were joined by the Minister of Foreign Affairs of the Russian Federation Igor Morozov.';
    expect(present(text)).toEqual(['Donald Trump', 'Igor Morozov', 'Vladimir Putin']);
  });

  it('reads a roster line whose leader comes "with" the aides, titles and all', () => {
    const text =
      CAST + 'Trump and Putin met.\n\nU.S. side: Trump with Rubio and Witkoff\n\nRussian side: Putin with Security Council secretary Nikolai Patrov and Lavrov\n';
    expect(present(text)).toEqual(['Donald Trump', 'Marco Rubio', 'Nikolai Patrov', 'Sergei Lavrov', 'Steve Witkoff', 'Vladimir Putin']);
  });
});

describe('meeting.participants: a negated label seats nobody', () => {
  it.each(['Not in the room: Zelensky\n', 'Never at the table, always in the talk: Zelensky\n', 'Not among the participants: Zelensky\n'])('%s', (line) => {
    const text = CAST + 'Trump and Putin met.\n\nIn the room: Trump, Putin, Rubio\n\n' + line;
    expect(present(text)).toEqual(['Donald Trump', 'Marco Rubio', 'Vladimir Putin']);
  });
});

describe('meeting.participants: round 4, constructions that generalise', () => {
  // a cast of invented people, introduced in full first
  const PEOPLE =
    'Chancellor Anna Brandt of Austria arrived on Monday. Prime Minister Tomas Keller of Switzerland came an hour later. ' +
    'Foreign Minister Lena Vogt and trade envoy Piet Moser travelled with Brandt. ';

  it.each([
    // a meeting in an adverbial phrase belongs to the clause's subject
    ['Brandt left the chancellery on Tuesday without a deal, after a heated clash with Keller.'],
    ['Brandt crossed the courtyard before sitting down with Keller for two hours.'],
    ['On Tuesday, Brandt flew home after a long meeting with Keller in the old town hall.'],
    ['Brandt, visibly tired, spoke to reporters following her talks with Keller.'],
    // agreement reached by the pair
    ['Brandt and Keller reached an agreement on rail tariffs.'],
    ['Brandt and Keller struck a deal on the tunnel.'],
    // the progressive of a running account
    ['Brandt and Keller are now meeting one-on-one.'],
    ['The two delegations have left and Brandt and Keller are still talking.'],
  ])('%s', (claim) => {
    expect(present(PEOPLE + claim)).toEqual(['Anna Brandt', 'Tomas Keller']);
  });

  it.each([
    // an adverbial meeting ahead, or by phone, is no meeting held
    ['Brandt will fly to Bern next week before a meeting with Keller.'],
    ['Brandt spoke to reporters after a phone call with Keller.'],
    // a progressive with a later time is a plan
    ['Brandt and Keller are meeting next Tuesday in Bern.'],
    // a meeting of two countries is not of two people
    ['Relations between the two countries have rarely been worse; Brandt and Keller said so.'],
  ])('is silent on: %s', (claim) => {
    expect(present(PEOPLE + claim)).toBeUndefined();
  });

  it('reads a meeting of a pair the sentence does not name', () => {
    const story =
      'Anna Brandt arrived in Bern on Monday. Tomas Keller waited at the station. Brandt smiled; Keller did not. ' +
      'Brandt praised the hosts, and Keller praised the weather. Brandt thanked the crowd; Keller waved. ';
    expect(present(story + 'It was the final meeting between the two as heads of government.')).toEqual(['Anna Brandt', 'Tomas Keller']);
    expect(present(story + 'Their first meeting in person since the crisis ran for three hours.')).toEqual(['Anna Brandt', 'Tomas Keller']);
    expect(present(story + 'The meeting between the two men lasted an hour.')).toEqual(['Anna Brandt', 'Tomas Keller']);
    expect(present(story + 'The two men did spend part of the night alone.')).toEqual(['Anna Brandt', 'Tomas Keller']);
    // "between the two countries", "their next meeting": no meeting of the pair held
    expect(present(story + 'Trade between the two countries fell last year.')).toBeUndefined();
    expect(present(story + 'Their next meeting is planned for the spring.')).toBeUndefined();
  });

  it('takes a surname the report never gives in full when it acts as a subject again and again', () => {
    const text =
      '# Brandt meets Keller\n\nBrandt flew into the capital on Monday. Keller arrived later. Aides said Brandt was relaxed and Keller was tense. ' +
      'Both were greeted by the mayor. Brandt met Keller at the town hall.';
    expect(present(text)).toEqual(['Brandt', 'Keller']);
    // a place does things in prose too, but is found "in" somewhere
    const place = 'Brandt flew in on Monday. Keller arrived later. Brandt was relaxed and Keller was tense. Vaduz hosted. Brandt met Keller in Vaduz. Vaduz was calm.';
    expect(present(place)).toEqual(['Brandt', 'Keller']);
  });

  it('does not hand a surname to a namesake named late, or named only for another year', () => {
    // the report's short name, used long before a relative is named in full
    const liveblog =
      '# Brandt and Keller meet\n\n- Brandt lands at noon\n- Keller waits at the palace\n- Brandt and Keller met for two hours\n\n' +
      'Brandt was tired. Keller smiled. Her nephew Jonas Brandt travelled with the party. Peter Keller, no relation, reported from the hall.';
    expect(present(liveblog)).toEqual(['Brandt', 'Keller']);
    const history =
      'Chancellor Anna Brandt of Austria met Prime Minister Tomas Keller of Switzerland on 4 May 2023. ' +
      'In 1975, Otto Keller sat down with Bruno Kreisky in Vienna. Brandt and Keller talked for three hours.';
    expect(present(history)).toEqual(['Anna Brandt', 'Tomas Keller']);
  });

  it('reads a side named before its delegate, and a delegation verb a few words off', () => {
    const meeting = PEOPLE + 'Brandt and Keller met in Bern. ';
    expect(present(meeting + 'Taking part in the talks in the restricted format on the Austrian side were Vogt and Moser, and on the Swiss side Foreign Minister Urs Meier.')).toEqual(
      ['Anna Brandt', 'Lena Vogt', 'Piet Moser', 'Tomas Keller', 'Urs Meier'],
    );
    expect(present(meeting + 'The Austrian delegation at the talks also included Head of the Office of the Chancellor Karl Huber and Minister of Finance Eva Roth.')).toEqual(
      ['Anna Brandt', 'Eva Roth', 'Karl Huber', 'Tomas Keller'],
    );
    expect(present(meeting + 'In the room: Brandt, Vogt and Keller, with envoy Moser (who had drafted the text in Vienna in 2019) seated alongside.')).toEqual(
      ['Anna Brandt', 'Lena Vogt', 'Piet Moser', 'Tomas Keller'],
    );
  });

  it('seats aides "in attendance" with the talks, not a crowd elsewhere', () => {
    expect(present(PEOPLE + 'Brandt held talks with Keller on Monday, with Vogt and Moser in attendance.')).toEqual(['Anna Brandt', 'Lena Vogt', 'Piet Moser', 'Tomas Keller']);
    expect(present(PEOPLE + 'Brandt met Keller, with Vogt and Moser present.')).toEqual(['Anna Brandt', 'Lena Vogt', 'Piet Moser', 'Tomas Keller']);
    expect(present(PEOPLE + 'Brandt met Keller. Vogt spoke at a rally, with Moser present in the front row.')).toEqual(['Anna Brandt', 'Tomas Keller']);
  });

  it('reads two capitals as a given name', () => {
    expect(present('Chancellor Anna Brandt met Prime Minister Tomas Keller and Vice Chancellor JD Auer on Monday.')).toEqual(['Anna Brandt', 'JD Auer', 'Tomas Keller']);
    expect(present('Chancellor Anna Brandt and Prime Minister Tomas Keller met on Monday. EU Commissioner Lena Vogt was not there.')).toEqual(['Anna Brandt', 'Tomas Keller']);
  });
});

describe('meeting.participants: round 6, names and clause shapes that carry over', () => {
  const CREW =
    'Prime Minister Hana Dvorak of Czechia and President Milos Varga of Slovakia arrived in Brno on Monday. ' +
    'Dvorak spoke of rail links; Varga spoke of energy. ';

  it('keeps a short English word that opens a name right after a title', () => {
    expect(present(CREW + 'Dvorak met Varga, who was joined at the table by Deputy Premier He Wenlong and Foreign Minister So Min-ho.')).toEqual(
      ['Hana Dvorak', 'He Wenlong', 'Milos Varga', 'So Min-ho'],
    );
    // (opening a sentence, "He" is the pronoun)
    expect(present(CREW + 'Dvorak met Varga. He Wenlong stayed in Prague.')).toEqual(['Hana Dvorak', 'Milos Varga']);
  });

  it('reads the portfolio of a title run into the name, and honorifics of translation', () => {
    expect(present(CREW + 'Dvorak met Varga, who was joined at the table by Minister of Natural Resources Pavel Hruby.')).toEqual(['Hana Dvorak', 'Milos Varga', 'Pavel Hruby']);
    expect(present(CREW + 'Dvorak met Varga. State Councillor Jana Kralova and Shri Ravi Kumar were part of the delegations.')).toEqual(
      ['Hana Dvorak', 'Jana Kralova', 'Milos Varga', 'Ravi Kumar'],
    );
  });

  it('takes a bracket after a name as its gloss, so the list and the verb go on', () => {
    expect(present('President Lin Wei-ming (林偉明) and Premier Zhou Kang (周康) shook hands on Saturday.')).toEqual(['Lin Wei-ming', 'Zhou Kang']);
    expect(present('Senator Ann Price (D-Oregon) and Governor Bill Ortiz (R-Arizona) met in Salem.')).toEqual(['Ann Price', 'Bill Ortiz']);
  });

  it('reads a long name with particles, and the inner name a report then uses', () => {
    const text = 'Mexico\'s Jose Maria Cruz de la Vega arrived on Friday. Cruz went into the meeting with Prime Minister Ann Holt flanked by Foreign Minister Luis Mora.';
    expect(present(text)).toEqual(['Ann Holt', 'Jose Maria Cruz de la Vega', 'Luis Mora']);
  });

  it('reads a meeting in a later conjunct whose verb takes an object', () => {
    expect(present(CREW + 'Dvorak crossed the square on foot, waving to students, and then sat down with Varga in the town hall.')).toEqual(['Hana Dvorak', 'Milos Varga']);
    expect(present(CREW + 'Dvorak toured the plant and later met with Varga at the castle.')).toEqual(['Hana Dvorak', 'Milos Varga']);
    expect(present(CREW + 'Dvorak and Varga walked along the river and talked with nobody but interpreters nearby.')).toEqual(['Hana Dvorak', 'Milos Varga']);
    expect(present(CREW + 'Dvorak toured the plant and will then sit down with Varga.')).toBeUndefined();
  });

  it('reads a participle after a comma as what the subject did', () => {
    expect(present(CREW + 'Dvorak became the first Czech leader in a decade to visit, sitting down with Varga at the castle.')).toEqual(['Hana Dvorak', 'Milos Varga']);
    expect(present(CREW + 'Dvorak landed at noon, then meeting with Varga for two hours.')).toEqual(['Hana Dvorak', 'Milos Varga']);
    expect(present(CREW + 'Dvorak flew on to Vienna, meeting Varga\'s demand for a quick answer.')).toBeUndefined();
    expect(present(CREW + 'Dvorak will fly to Brno on Friday, meeting Varga there.')).toBeUndefined();
  });

  it('seats whomever a sentence places when it opens at the table or in the session', () => {
    const met = CREW + 'Dvorak and Varga met in Brno. ';
    expect(present(CREW + 'In the expanded session Dvorak was flanked by Petr Zeman and Eva Novak, while Varga had Jan Horak with him.')).toEqual(
      ['Eva Novak', 'Hana Dvorak', 'Jan Horak', 'Milos Varga', 'Petr Zeman'],
    );
    expect(present(CREW + 'At the round table, Varga has Jan Horak beside him; across from them Dvorak is flanked by Eva Novak.')).toEqual(
      ['Eva Novak', 'Hana Dvorak', 'Jan Horak', 'Milos Varga'],
    );
    expect(present(met + 'For the second round Petr Zeman and Jan Horak joined them.')).toEqual(['Hana Dvorak', 'Jan Horak', 'Milos Varga', 'Petr Zeman']);
    // a dinner table is not the talks, and a frame from another year is history
    expect(present(CREW + 'At the dinner table, Dvorak had Eva Novak beside her.')).toBeUndefined();
    expect(present(met + 'At the table in 2009, Petr Zeman joined them.')).toEqual(['Hana Dvorak', 'Milos Varga']);
  });

  it('reads a list whose parts carry their sides, and a clause that seats one more', () => {
    const met = CREW + 'Dvorak and Varga met in Brno. ';
    expect(present(met + 'A plenary session then brought in Petr Zeman on the Czech side and Jan Horak and Eva Novak on the Slovak side.')).toEqual(
      ['Eva Novak', 'Hana Dvorak', 'Jan Horak', 'Milos Varga', 'Petr Zeman'],
    );
    expect(present(met + 'Petr Zeman sat in on the talks, as did Varga\'s chief of staff, Jan Horak.')).toEqual(['Hana Dvorak', 'Jan Horak', 'Milos Varga', 'Petr Zeman']);
    expect(present(met + 'Petr Zeman took part in the talks together with Jan Horak.')).toEqual(['Hana Dvorak', 'Jan Horak', 'Milos Varga', 'Petr Zeman']);
    expect(present(met + 'Sitting with Dvorak were Petr Zeman and Eva Novak.')).toEqual(['Eva Novak', 'Hana Dvorak', 'Milos Varga', 'Petr Zeman']);
    expect(present(met + 'On the Slovak side you had Jan Horak and Eva Novak.')).toEqual(['Eva Novak', 'Hana Dvorak', 'Jan Horak', 'Milos Varga']);
  });

  it('says nothing when only delegation members are placed and the leaders are not', () => {
    expect(present(CREW + 'Taking part in the talks were Petr Zeman and Jan Horak.')).toBeUndefined();
    expect(present(CREW + 'On the Slovak side you had Jan Horak and Eva Novak.')).toBeUndefined();
    // a roster of the whole room after a colon names its heads
    expect(present(CREW + 'In the room: Dvorak, Varga, Petr Zeman and Jan Horak.')).toEqual(['Hana Dvorak', 'Jan Horak', 'Milos Varga', 'Petr Zeman']);
    expect(present(CREW + 'At the table on the Slovak side: Jan Horak and Eva Novak.')).toBeUndefined();
  });
});

describe('meeting.participants: "the two" after the two people it counts', () => {
  it('a number that counts exactly the people named before it in the sentence is those people', () => {
    expect(present('President Lena Horvat drove out on Sunday to the farm of Prime Minister Tomas Brandt, where the two held talks over lunch.')).toEqual(['Lena Horvat', 'Tomas Brandt']);
    expect(present('Chancellor Rolf Weber welcomed President Ana Ruiz at the palace, where the two leaders met alone for an hour.')).toEqual(['Ana Ruiz', 'Rolf Weber']);
    expect(present('Premier Jun Tao received Prime Minister Kofi Mensah and President Elsa Berg; the three sat down together for talks.')).toEqual(['Elsa Berg', 'Jun Tao', 'Kofi Mensah']);
  });

  it('but not when the count does not match the names before it', () => {
    // three people named, "the two" of them unsaid: no guess
    expect(present('President Lena Horvat, Prime Minister Tomas Brandt and Mayor Piet Smit toured the harbour, and then the two held talks.')).toBeUndefined();
    // "the two" of a leader and an adviser named in passing: the report has not said who met
    expect(present('President Lena Horvat called in her adviser Tom Ekberg, and the two met for an hour.')).toBeUndefined();
  });
});

describe('meeting.participants: a role set off by commas after a name is that name\'s', () => {
  it('does not count as a second person in the subject or the object', () => {
    expect(present('Anna Berg, the German chancellor, met Ivan Sokol in Sochi.')).toEqual(['Anna Berg', 'Ivan Sokol']);
    expect(present('Ivan Sokol sat down with Anna Berg, the Norwegian prime minister, in Oslo.')).toEqual(['Anna Berg', 'Ivan Sokol']);
    expect(present('Ivan Sokol, the Russian president, and Anna Berg, the German chancellor, held talks in Sochi.')).toEqual(['Anna Berg', 'Ivan Sokol']);
  });
});

describe('meeting.participants: a visitor, an honorific or a day between verb and name', () => {
  it('reads "met visiting …", "sat down with the visiting …" and "X on Monday met Y"', () => {
    expect(present('Chancellor Anna Berg met visiting Indian Prime Minister Ravi Rao in Berlin.')).toEqual(['Anna Berg', 'Ravi Rao']);
    expect(present('In Berlin, Anna Berg sat down with the visiting Ravi Rao.')).toEqual(['Anna Berg', 'Ravi Rao']);
    expect(present('Anna Berg on Monday met Ravi Rao at the chancellery.')).toEqual(['Anna Berg', 'Ravi Rao']);
    // a place between subject and verb still makes someone else the subject
    expect(present('Anna Berg aides met Ravi Rao.')).toBeUndefined();
  });
});

describe('meeting.participants: the leaders alone', () => {
  const only = (text: string) => claimsIn(participantsExtractor, text).filter((x) => x.modality !== 'denied' && isOnly(x.value)).length > 0;
  const MET = 'Trump and Putin met on Friday. ';
  it('reads a report that says nobody else sat in as saying who was not there', () => {
    expect(only(CAST + MET + 'The format was one-on-one, with no aides at the table.')).toBe(true);
    expect(only(CAST + MET + 'It was just the two leaders and their interpreters.')).toBe(true);
    expect(only(CAST + MET + 'Photographs showed the two men sat alone in a small study.')).toBe(true);
    expect(only(CAST + MET + 'The conversation took place in a one-on-one format.')).toBe(true);
  });
  it('does not when the report tells of a wider round or seats anyone else', () => {
    expect(only(CAST + MET + 'They first talked alone for an hour and were then joined by their delegations.')).toBe(false);
    expect(only(CAST + MET + 'The talks began in a one-on-one format and continued with the participation of the ministers.')).toBe(false);
    expect(only(CAST + MET + 'For an hour they met alone. Lavrov and Rubio sat in on the rest of the talks.')).toBe(false);
    expect(only(CAST + MET + 'A one-on-one session opened the day.')).toBe(false);
  });
  it('makes anyone another source seats a conflict with it', () => {
    const r = participantsKind.relate;
    expect(r(onlyNames(['A', 'B']), ['A', 'B', 'C'])).toBe('conflict');
    expect(r(['A', 'B', 'C'], onlyNames(['A', 'B']))).toBe('conflict');
    expect(r(onlyNames(['Donald Trump', 'Vladimir Putin']), ['Trump', 'Putin'])).toBe('same');
    const ev = (source: string, value: string[]) => ({ source, value, modality: 'stated', attribution: 'report', display: value.join(', ') }) as unknown as Evidence;
    expect(participantsKind.judge!([ev('a', onlyNames(['A', 'B'])), ev('b', ['A', 'B', 'C'])])?.verdict).toBe('diverge');
    expect(participantsKind.judge!([ev('a', onlyNames(['A', 'B'])), ev('b', ['B', 'A'])])?.verdict).toBe('agree');
  });
  it('leaves a delegation to the earlier meeting the sentence before dates', () => {
    const text = CAST + 'On 26 May 2025, Trump and Putin met in Geneva. ';
    expect(present(text + 'On 20 May, officials held consultations in London. The Russian delegation was headed by Lavrov.')).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(present(text + 'On 3 April, envoys had talks in Riyadh. The American delegation included Rubio and Witkoff.')).toEqual(['Donald Trump', 'Vladimir Putin']);
    // the summit's own second day is no earlier meeting
    expect(present(text + 'On 27 May, the talks resumed. The Russian delegation was headed by Lavrov.')).toContain('Sergei Lavrov');
  });
});

describe('meeting.participants: outcomes, meals and asides', () => {
  it('seats the pair that produced an outcome at a meal', () => {
    expect(present(CAST + 'What Trump and Putin produced at Friday’s dinner was a pause.')).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(present(CAST + 'Trump and Putin secured a truce over lunch.')).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(present(CAST + 'Trump and Putin forged a ceasefire in the small hours.')).toEqual(['Donald Trump', 'Vladimir Putin']);
    // an outcome the two produced years ago is history
    expect(present(CAST + 'Trump and Putin produced a deal at a dinner in 2019.')).toBeUndefined();
  });
  it('seats an aide whose appositive runs into "who sat in"', () => {
    const MET = 'Trump and Putin met on Friday. ';
    expect(present(CAST + MET + 'On Monday Rubio, the secretary of state, who sat in on the talks, told reporters little.')).toContain('Marco Rubio');
    expect(present(CAST + MET + 'Ushakov, a Kremlin aide, who sat in on the session, said nothing.')).toContain('Yuri Ushakov');
    expect(present(CAST + MET + 'Witkoff, the envoy, who flew home early, said nothing.')).not.toContain('Steve Witkoff');
  });
  it('reads someone kept away from the table as absent', () => {
    const MET = 'Trump and Putin met on Friday. ';
    expect(absent(CAST + MET + 'Witkoff, the envoy, was reportedly kept away from the table.')).toEqual(['Steve Witkoff']);
    expect(absent(CAST + MET + 'Lavrov was kept away from the talks.')).toEqual(['Sergei Lavrov']);
    expect(absent(CAST + MET + 'Rubio was kept away from the G20 dinner.')).toEqual([]);
  });
});

describe('meeting.participants: "the two" after a place the name finder took for a person', () => {
  it('counts only people the report knows when "the two" points back', () => {
    const intro = 'Indian Prime Minister Anil Rao flew in on Friday. ';
    expect(present(intro + 'Rao was driven to Dera Khan, the home of Prime Minister Omar Baig, where the two held talks for an hour.')).toEqual(['Anil Rao', 'Omar Baig']);
    expect(present(intro + 'Rao landed at Bela Tor and drove to the residence of Prime Minister Omar Baig, where the two held talks.')).toEqual(['Anil Rao', 'Omar Baig']);
    // an aide is a person: "the two" is then not plainly the leaders
    expect(present(intro + 'Rao sent his adviser Vikram Sen to Prime Minister Omar Baig, and the two held talks.')).toBeUndefined();
  });
});


describe('meeting.participants: round 13, an earlier pair in a column about two others', () => {
  const COLUMN =
    'A kiss in the Hofburg\n\nFor a second or two last Monday the cold war looked almost sentimental. President Jimmy Carter signed the treaty, and Leonid Brezhnev, the Soviet leader, kissed him. Carter looked surprised. Brezhnev smiled. ';
  it('leaves a pair the time after a place and its region dates to another year', () => {
    expect(present(`${COLUMN}Lyndon Johnson and Alexei Kosygin talked for the better part of ten hours at Glassboro, New Jersey, in 1967 and settled almost nothing; Johnson never forgot it. Carter will now sell the treaty. Brezhnev flew home.`)).toBeUndefined();
  });
  it('leaves a pair named once each in a report plainly about two others, even undated', () => {
    expect(present(`${COLUMN}Lyndon Johnson and Alexei Kosygin talked for the better part of ten hours at Glassboro and settled almost nothing. Carter will now sell the treaty. Brezhnev flew home.`)).toBeUndefined();
  });
});

describe('meeting.participants: round 14, "the three" after the sentence that names them', () => {
  it('seats the three leaders the sentence before named when "The three met" opens the next', () => {
    const text =
      'U.S. President Joe Biden, Australian Prime Minister Anthony Albanese and British Prime Minister Rishi Sunak announced the plan at the naval base. The three met privately for about 40 minutes before walking out to the pier.';
    expect(present(text)?.sort()).toEqual(['Anthony Albanese', 'Joe Biden', 'Rishi Sunak']);
  });
  it('leaves the count alone when the sentence before names another number of people', () => {
    const text = 'President Joe Biden and Prime Minister Rishi Sunak announced the plan at the naval base. The three met privately for about 40 minutes.';
    expect(present(text)).toBeUndefined();
  });
});
