import { describe, expect, it } from 'vitest';
import { historyExtractor, relateFirsts, type FirstSince } from '../../src/extract/history.js';
import { docOf } from '../helpers.js';

const firsts = (text: string) => {
  const doc = docOf(text);
  return historyExtractor.extract(doc).map((c) => ({ text: text.slice(c.span.start, c.span.end), value: c.value as FirstSince, attribution: c.attribution }));
};

describe('history.first_since: phrasings', () => {
  it.each([
    ['It was the first meeting between the two presidents since 2019.', 'the first meeting between the two presidents since 2019', 2019, 'meeting'],
    ['The talks were the first face-to-face encounter between the pair since their Hanoi summit in 2019.', 'the first face-to-face encounter between the pair since their Hanoi summit in 2019', 2019, 'meeting'],
    ['It was the first joint news conference the Russian leader had given with an American president since Helsinki in 2018.', 'the first joint news conference the Russian leader had given with an American president since Helsinki in 2018', 2018, 'press conference'],
    ['Xi made his first trip to the United States since 2017, when he visited Florida.', 'his first trip to the United States since 2017', 2017, 'visit'],
    ['The two leaders met for the first time since 2021.', 'the first time since 2021', 2021, 'meeting'],
    ['It was their first in-person meeting since the pandemic.', 'their first in-person meeting since the pandemic', null, 'meeting'],
    ['The journey was Putin\'s first outside the former Soviet Union since the invasion in 2022.', 'first outside the former Soviet Union since the invasion in 2022', 2022, 'visit'],
    ['Gorbachev is the first Soviet leader at Camp David since Nikita Khrushchev came here in 1959.', 'the first Soviet leader at Camp David since Nikita Khrushchev came here in 1959', 1959, 'visit'],
  ] as [string, string, number | null, string][])('%s', (text, span, year, first) => {
    const [f] = firsts(text);
    expect(f?.text).toBe(span);
    expect(f?.value).toMatchObject({ text: span, year, first });
  });

  it('finds what a bare "the first" is the first of in the clause around it', () => {
    const [f] = firsts('The meeting — the first between the two men since the election — lasted two hours.');
    expect(f!.value).toMatchObject({ text: 'the first between the two men since the election', year: null, first: 'meeting' });
  });

  it('counts "in a decade" back from the report\'s own year, and only then', () => {
    const dated = firsts('WASHINGTON, Sept 27, 2015 (Wire) - It was his first visit to U.S. soil in a decade.');
    expect(dated[0]!.value).toMatchObject({ text: 'his first visit to U.S. soil in a decade', year: 2005, approx: true, first: 'visit' });
    const undated = firsts('It was his first visit to U.S. soil in a decade.');
    expect(undated[0]!.value).toMatchObject({ year: null, first: 'visit' });
    expect(firsts('LONDON, May 5, 2023 (Wire) - It was the first summit between the two countries in more than six years.')[0]!.value.year).toBe(2017);
  });

  it('leaves out a first the clause dates to another year: an earlier occasion, not this summit', () => {
    // (a report that prints no date: its lede, not the background below it, tells the summit's year)
    const lede = 'The two leaders met in Geneva on Monday. ';
    expect(firsts(lede + 'His trips have a history: in March 2021 he made his first visit abroad since the election to address parliament.')).toEqual([]);
    expect(firsts(lede + 'In 2018, the president became the first sitting leader of his country to meet a North Korean leader.')).toEqual([]);
    expect(firsts('Two decades ago, the pair held their first meeting since 1979.')).toEqual([]);
    // a relative clause's year is its own verb's
    expect(firsts('The president, who met him in Vienna in 2018, held his first talks with him since 2019.')[0]!.value.year).toBe(2019);
    // a year later in the sentence is not the first's own time; nor is the report's own year
    expect(firsts('It was the first meeting since 2019, and in 2019 they had quarrelled.')[0]!.value.year).toBe(2019);
    expect(firsts('ROME, May 5, 2025 (Wire) - In 2025 the president held his first meeting with the pope since 2019.')[0]!.value.year).toBe(2019);
  });

  it('resolves "last November" against the report date', () => {
    const [f] = firsts('ROME, Oct. 12, 1986 (Wire) - It was the first meeting between the leaders since their summit in Geneva last November.');
    expect(f!.value.year).toBe(1985);
  });

  it('keeps first-ever claims, with no year', () => {
    expect(firsts('It was the first-ever meeting between a sitting U.S. president and a North Korean leader.')[0]!.value).toMatchObject({
      text: 'the first-ever meeting between a sitting U.S. president and a North Korean leader',
      year: null,
      ever: true,
      first: 'meeting',
    });
    expect(firsts('He became the first sitting president to meet a leader of the country.')[0]!.value).toMatchObject({ ever: true, first: 'meeting' });
    expect(firsts('The first summit talks in history between the two states took place in a hotel.')[0]!.value).toMatchObject({ ever: true, first: 'meeting' });
  });

  it('reads through an en dash joining two names, and to a year after the names', () => {
    expect(firsts('This was the first Russia–North Korea summit since 2011, when his father met the president.')[0]!.value).toMatchObject({ year: 2011, first: 'meeting' });
    expect(firsts('It was the first U.S.-Soviet summit since Ronald Reagan and Gorbachev met in Moscow in 1988.')[0]!.value).toMatchObject({ year: 1988, first: 'meeting' });
    expect(firsts('It was the first summit of the two countries since their leaders signed the arms treaty in Vienna in June 1979.')[0]!.value).toMatchObject({ year: 1979 });
    expect(firsts('First face-to-face meeting since the dinner in Buenos Aires, Dec. 2018')[0]!.value).toMatchObject({ year: 2018 });
    expect(firsts('It was the first summit since Geneva, the president said in 1990.')[0]!.value).toMatchObject({ year: null });
  });

  it('reads on past an "and" that joins a second person to the first: "with Trump and Vice President JD Vance on Feb. 28"', () => {
    const [f] = firsts('It was his first visit to the White House since a shouting match with Trump and Vice President JD Vance on Feb. 28, when he left early.');
    expect(f!.value.text).toBe('his first visit to the White House since a shouting match with Trump and Vice President JD Vance on Feb. 28');
    // (an "and" that opens a clause of its own still ends it)
    const [g] = firsts('It was their first meeting since 2019 and the mood was warm.');
    expect(g!.value.text).toBe('their first meeting since 2019');
  });

  it('reads "the first by a Soviet leader to …" from the visit the sentence is about', () => {
    expect(firsts('The visit, which began at the air base on Monday, was the first by a Soviet leader to the United States since 1973.')[0]!.value).toMatchObject({ year: 1973, first: 'visit' });
  });

  it('takes a month without a year as a time the readers place, matching the same place with a year', () => {
    const [f] = firsts('It was the first time the four had met since a tense encounter in Milan in October.');
    expect(f!.value).toMatchObject({ year: null, relative: true });
    expect(relateFirsts(f!.value, { text: 'the first meeting since they met in Milan in October 2014', year: 2014, first: 'meeting' })).toBe('same');
    expect(firsts('It was the first meeting since the summit in October 2014.')[0]!.value).toMatchObject({ year: 2014 });
  });

  it('drops a first-ever of something else when the report counts its first from an earlier time', () => {
    const found = firsts('It was the first summit since the Moscow meeting of 1988. On Sunday they held the first joint news conference ever given by the two leaders.');
    expect(found.map((f) => f.value.first)).toEqual(['meeting']);
  });

  it('leaves "last met" and "last visit" alone: they are not firsts, whatever they imply', () => {
    expect(firsts('The two leaders last met in Geneva in June 2021.')).toEqual([]);
    expect(firsts('His last visit to American soil had been nearly ten years earlier.')).toEqual([]);
  });

  it('looks back to the subject of the sentence for what the first is of', () => {
    const [f] = firsts('The meeting at the villa, an old mansion on the shore of the lake, was the first between the two leaders since the inauguration.');
    expect(f!.value).toMatchObject({ first: 'meeting', year: null });
  });

  it('says a repeated first once', () => {
    expect(firsts('It was the first meeting since 2019. Aides stressed it was the first meeting since 2019.')).toHaveLength(1);
  });

  it('puts it to whoever the report cites', () => {
    expect(firsts('Kremlin aides said it was the first summit since 2021.')[0]!.attribution).not.toBe('report');
    expect(firsts('It was the first summit since 2021.')[0]!.attribution).toBe('report');
  });

  it.each([
    ['It was the first time since the war began that the troops pulled back.'],
    ['Trump won his first term in 2016.'],
    ['This was not the first summit since 2018.'],
    ['The two leaders first met in 2017 at a conference.'],
    ['The first of two sessions began at noon.'],
    ['Prices rose for the first time since 2020, the ministry said.'],
  ])('no first-since claim in: %s', (text) => {
    expect(firsts(text)).toEqual([]);
  });
});

describe('history.first_since: comparing claims', () => {
  const f = (first: FirstSince['first'], year: number | null, text = 'the first meeting', extra: Partial<FirstSince> = {}): FirstSince => ({ text, year, first, ...extra });
  it('different years for the same kind of first conflict', () => {
    expect(relateFirsts(f('meeting', 2019), f('meeting', 2018))).toBe('conflict');
  });
  it('a first visit and a first meeting since the same year count from one occasion', () => {
    expect(relateFirsts(f('visit', 2007), f('meeting', 2007))).toBe('same');
    expect(relateFirsts(f('meeting', 2011), f('visit', 2011))).toBe('same');
    // not a press conference, nor a different or hedged year
    expect(relateFirsts(f('press conference', 2007), f('meeting', 2007))).not.toBe('same');
    expect(relateFirsts(f('visit', 2007), f('meeting', 2008))).not.toBe('same');
    expect(relateFirsts(f('visit', 2007, 'the first visit in about 16 years', { approx: true }), f('meeting', 2007))).not.toBe('same');
  });

  it('firsts of different things never conflict', () => {
    expect(relateFirsts(f('meeting', 2019), f('press conference', 2018))).not.toBe('conflict');
    expect(relateFirsts(f('visit', 2015), f('meeting', 2021))).not.toBe('conflict');
  });
  it('a year is more specific than no year', () => {
    expect(relateFirsts(f('meeting', 2019), f('meeting', null, 'the first since the election'))).toBe('narrower');
    expect(relateFirsts(f('meeting', null, 'the first since the election'), f('meeting', 2019))).toBe('wider');
  });
  it('first-ever contradicts a first since a year, of the same kind', () => {
    expect(relateFirsts(f('meeting', null, 'the first-ever meeting', { ever: true }), f('meeting', 2018))).toBe('conflict');
    expect(relateFirsts(f('meeting', null, 'the first-ever meeting', { ever: true }), f('meeting', null, 'the first meeting ever', { ever: true }))).toBe('same');
  });
  it('no-year firsts counted from the same thing are the same', () => {
    expect(relateFirsts(f('meeting', null, 'their first in-person meeting since Biden took office'), f('meeting', null, 'the first face-to-face encounter since Biden took office'))).toBe('same');
  });
  it('no-year firsts counted from the same named place are the same', () => {
    expect(relateFirsts(f('meeting', null, 'their first meeting since they met in Bali last November'), f('meeting', null, 'the first meeting since their talks in Bali a year earlier'))).toBe('same');
  });
  it('"last November" in a report that prints no year is the same as the year another report gives', () => {
    const [undated] = firsts('It was the first meeting between the leaders since their summit in Geneva last November.');
    expect(undated!.value).toMatchObject({ year: null, relative: true });
    expect(relateFirsts(undated!.value, f('meeting', 1985, 'the first meeting since Geneva in November 1985'))).toBe('same');
    expect(relateFirsts(f('meeting', null, 'the first meeting since the election'), f('meeting', 1985, 'the first meeting since Geneva in 1985'))).toBe('wider');
  });
  it('a year worked out from "in a decade" allows some slack', () => {
    expect(relateFirsts(f('visit', 2015, 'in a decade', { approx: true }), f('visit', 2016))).not.toBe('conflict');
    expect(relateFirsts(f('visit', 2005, 'in two decades', { approx: true }), f('visit', 2016))).toBe('conflict');
  });
});

describe('history.first_since: elliptical and placed firsts', () => {
  it.each([
    ['The trip, the chancellor’s first to Brazil since 2011, began in Brasília.', 2011, 'visit'],
    ['The stopover, her first in Canada since 2016, was brief.', 2016, 'visit'],
    ['The summit, their first since 2020, ran long.', 2020, 'meeting'],
    ['He is the first sitting French president in Algeria since 2012.', 2012, 'visit'],
    ['She became the first Indian prime minister on Chinese soil since 2019.', 2019, 'visit'],
    ['The premier is the first Japanese head of government to Seoul since 2018.', 2018, 'visit'],
  ] as [string, number, string][])('%s', (text, year, first) => {
    const [f] = firsts(text);
    expect(f?.value).toMatchObject({ year, first });
  });

  it('does not take "first president to reach" as a visit', () => {
    expect(firsts('He was the first president to reach the summit since 1999.')[0]?.value.first).not.toBe('visit');
  });

  it('reads the year after a place and its region', () => {
    expect(firsts('It was their first meeting since Woodside, California, in November 2023.')[0]?.value.year).toBe(2023);
    expect(firsts('It was the first summit since Vienna, Austria, in June 1961.')[0]?.value.year).toBe(1961);
  });

  it('counts "N years ago" back from the report’s date', () => {
    const [f] = firsts('GENEVA, March 3, 1990 (Wire) - It was their first meeting since they met in Oslo six years ago.');
    expect(f?.value.year).toBe(1984);
    expect(firsts('It was their first meeting since they met in Oslo six years ago.')[0]?.value.year).toBeNull();
  });

  it('states one first per report, the meeting’s own before a visit', () => {
    const fs = firsts('It was his first trip abroad since 2020. The talks were the first between the two leaders since February 2021.');
    expect(fs.map((f) => f.value.first)).toEqual(['meeting']);
  });

  it('keeps two firsts of one kind that count from different years: a contradiction is shown', () => {
    const fs = firsts('It was the first meeting between the two leaders since 2019. Later the paper called it their first meeting since 2018.');
    expect(fs.map((f) => f.value.year)).toEqual([2019, 2018]);
  });
});

describe('history.first_since: what a first is counted from', () => {
  it('reads "as" before an office as part of the since-phrase, and as a new clause otherwise', () => {
    expect(firsts('It was her first trip abroad since being sworn in as prime minister in 2022.')[0]?.value).toMatchObject({
      text: 'her first trip abroad since being sworn in as prime minister in 2022',
      year: 2022,
    });
    expect(firsts("It was his first visit to Paris since his election as the country's president in 2017.")[0]?.value.year).toBe(2017);
    expect(firsts('Their first meeting since taking office as Chancellor in 2005 came on Monday.')[0]?.value.year).toBe(2005);
    expect(firsts('It was their first summit since 2019 as relations soured over trade.')[0]?.value.text).toBe('their first summit since 2019');
  });

  it('dates a time given relative to the report ("earlier this month", "last summer", "three months ago")', () => {
    const at = (dateline: string, tail: string) => firsts(`OSLO, ${dateline} (Wire) - ${tail}`)[0]?.value.year;
    expect(at('March 20, 2023', 'It was his first trip abroad since he was re-elected earlier this month.')).toBe(2023);
    expect(at('Nov. 4, 2019', 'It was their first meeting since the election this year.')).toBe(2019);
    expect(at('Jan. 10, 2024', 'It was their first meeting since the talks broke down last month.')).toBe(2023);
    expect(at('Feb. 3, 2021', 'It was their first meeting since the crisis last summer.')).toBe(2020);
    expect(at('Sept. 3, 2021', 'It was their first meeting since the crisis last summer.')).toBe(2021);
    expect(at('Oct. 3, 2021', 'It was their first meeting since talks collapsed three months ago.')).toBe(2021);
    expect(at('Feb. 3, 2021', 'It was their first meeting since talks collapsed three months ago.')).toBe(2020);
    expect(at('May 3, 2021', 'It was their first meeting since the shooting two weeks ago.')).toBe(2021);
    // (a few months back from June could be this year or the last: no year rather than a guess)
    expect(at('April 3, 2021', 'It was their first meeting since talks collapsed a few months ago.')).toBeNull();
    // with no date to count from, the phrase is kept without a year
    expect(firsts('It was their first meeting since talks collapsed last month.')[0]?.value.year).toBeNull();
  });

  it('counts spans of centuries and the British "for N years", but not a tenure', () => {
    const at = (tail: string) => firsts(`OSLO, May 5, 2021 (Wire) - ${tail}`)[0]?.value;
    expect(at('It was the first visit by a Chinese leader in half a century.')).toMatchObject({ year: 1971, approx: true, first: 'visit' });
    expect(at('The trip, the first by a British monarch for 30 years, began in Berlin.')).toMatchObject({ year: 1991, first: 'visit' });
    expect(at('It was the first summit of the two in the past decade.')).toMatchObject({ year: 2011, first: 'meeting' });
    expect(at('It was the first such trip in more than a quarter of a century.')).toMatchObject({ year: 1996, first: 'visit' });
    expect(at('The visit, the first by a French president in a quarter-century, lasted two days.')).toMatchObject({ year: 1996 });
    expect(at('He became the first leader in Moscow to hold power for two decades.')).toBeUndefined();
  });

  it('takes the year of a first in the lede of an undated report as the summit’s own', () => {
    expect(firsts('Kohl flew to Moscow in July 1990, the first trip by a German chancellor to the Soviet Union since 1983.')[0]?.value.year).toBe(1983);
    expect(firsts('Summit in the snow\n\nThatcher landed in Moscow in March 1987, the first visit by a British prime minister since Harold Wilson in 1975.')[0]?.value.year).toBe(1975);
    // a deadline in the lede dates nothing that happened
    expect(firsts('They agreed in Oslo to cut emissions by 2030. In 2022 he made his first trip abroad since the war.')).toEqual([]);
  });
});

describe('history.first_since: more clause shapes', () => {
  it('ends the phrase at a hyphen set off by spaces, as at a dash', () => {
    expect(firsts('The encounter - their first since 2018 - lasted an hour.')[0]?.value.text).toBe('their first since 2018');
    expect(firsts('Talks in Minsk - the first between the two since the 2019 summit - ran late.')[0]?.value).toMatchObject({ year: 2019, first: 'meeting' });
  });

  it('reads the year from a relative clause that dates what the first is counted from', () => {
    expect(firsts('It was the first summit between the two since the war, which began in 2022.')[0]?.value.year).toBe(2022);
    expect(firsts('It was their first meeting since the crisis, which erupted in the spring of 2014.')[0]?.value.year).toBe(2014);
    expect(firsts('It was their first meeting since the Hanoi summit, when talks collapsed in February 2019.')[0]?.value.year).toBe(2019);
    // (a relative clause with no year leaves none)
    expect(firsts('It was their first meeting since the election, which he won narrowly.')[0]?.value.year).toBeNull();
  });

  it('takes "visited" after "the first time" as a visit, and "the first at this level" as the talks', () => {
    expect(firsts('It marked the first time in 11 years that a Japanese prime minister had visited China.')[0]?.value.first).toBe('visit');
    expect(firsts('The talks were the first at this level since relations were frozen in 2014.')[0]?.value).toMatchObject({ year: 2014, first: 'meeting' });
    expect(firsts("Their talks were the first at leaders' level in a decade.")[0]?.value.first).toBe('meeting');
  });
});

describe('history.first_since: "the first time" is the first of its own clause', () => {
  it('takes the verb "for the first time" qualifies, not a meeting named elsewhere', () => {
    expect(firsts('After the meeting, the rouble rose for the first time since March.')).toEqual([]);
    expect(firsts('At the summit, stocks in Shanghai fell for the first time since 2019.')).toEqual([]);
    expect(firsts('The two leaders, meeting for the first time since the election in March, shook hands.')[0]?.value.first).toBe('meeting');
    expect(firsts('For the first time in nearly a decade, the leaders of the two countries sat down for formal talks.')[0]?.value.first).toBe('meeting');
  });

  it('takes the clause after "the first time … that", not the sentence around it', () => {
    expect(firsts('At the summit, officials noted it was the first time since 2014 that trade between the two had grown.')).toEqual([]);
    expect(firsts('It was the first time since 1965 that a president of the country had visited Tokyo first.')[0]?.value).toMatchObject({ year: 1965, first: 'visit' });
    // (a bare "the first time since …" leans on what the sentence is about)
    expect(firsts('Leaders of the two sides meet in Singapore, the first time since 1949.')[0]?.value).toMatchObject({ year: 1949, first: 'meeting' });
  });
});

describe('history.first_since: what the first is counted from', () => {
  it('reads the year past names with initials, and past a place set before the date', () => {
    expect(firsts('It was the first summit since President Harry S. Truman and Marshal Joseph V. Stalin met at Potsdam in July 1945.')[0]?.value.year).toBe(1945);
    expect(firsts('It was the first meeting between the two leaders since Nixon and Brezhnev met in Moscow, May 1972.')[0]?.value.year).toBe(1972);
    expect(firsts('First Anglo-Irish summit since Thatcher and FitzGerald met at Hillsborough, November 1985.')[0]?.value.year).toBe(1985);
    // (a year that belongs to a later clause of its own is no target's)
    expect(firsts('It was their first meeting since the crisis; in 2019, trade had collapsed.')[0]?.value.year).toBeNull();
  });

  it('takes being in one room, or side by side, as meeting', () => {
    expect(firsts('It was the first time the two had been in the same room since 2016.')[0]?.value).toMatchObject({ year: 2016, first: 'meeting' });
    expect(firsts('It was the first time the pair had sat side by side since the funeral in 2012.')[0]?.value).toMatchObject({ year: 2012, first: 'meeting' });
    expect(firsts('It was the first time the rival teams had been in the same league since 2016.')).toEqual([]);
  });

  it('keeps "since that day" whole, as a time the report dated before', () => {
    const [f] = firsts('It was the first time the two men had been in the same room since that day in Lisbon.');
    expect(f?.value).toMatchObject({ text: 'the first time the two men had been in the same room since that day in Lisbon', year: null, relative: true });
    expect(firsts('It was their first meeting since that summit in Oslo.')[0]?.value.text).toBe('their first meeting since that summit in Oslo');
  });

  it('takes firsts counted from one calendar day as one claim, with or without its year', () => {
    const a: FirstSince = { text: 'their first talks since the March 3 clash in the Oval Office', year: null, first: 'meeting', relative: true };
    const b: FirstSince = { text: 'their first meeting since their quarrel at the White House on 3 March 2024', year: 2024, first: 'meeting' };
    const c: FirstSince = { text: 'their first meeting since the 3rd of March stand-off', year: null, first: 'meeting' };
    const d: FirstSince = { text: 'their first meeting since the row at the White House on 9 March', year: null, first: 'meeting', relative: true };
    expect(relateFirsts(a, b)).toBe('same');
    expect(relateFirsts(b, { ...a, text: 'their first encounter since the Oval Office fight of March 3rd' })).toBe('same');
    expect(relateFirsts(a, c)).not.toBe('conflict');
    expect(relateFirsts(b, d)).not.toBe('same');
    expect(firsts('ROME, May 2, 2024 (Wire) - It was their first meeting since a bitter exchange on March 3.')[0]?.value.relative).toBe(true);
  });

  it('takes a first-ever only of the meeting, not a visitor\'s feat of the day', () => {
    expect(firsts('He became for the first time in history a sitting president to set foot on the island.')).toEqual([]);
    expect(firsts('Crossing the bridge, he was the first-ever foreign leader to visit the enclave.')).toEqual([]);
    expect(firsts('It was the first-ever summit between the two countries.')[0]?.value).toMatchObject({ ever: true, first: 'meeting' });
  });

  it('says a report\'s first once: the dated wording over a loose one of the same kind', () => {
    const found = firsts('Leaders hold first talks in six years\n\nThe two leaders held their first formal talks since 2018 on Monday.');
    expect(found.map((f) => f.value.year)).toEqual([2018]);
    // (firsts of different kinds both stay)
    const two = firsts('It was his first visit in a decade. It was also the first joint press conference since 2015.');
    expect(two.length).toBeGreaterThan(0);
  });
});

describe('history.first_since: other wordings of a first', () => {
  it('reads the inverted "not since …", with its kind after the auxiliary', () => {
    expect(firsts('Not since 2015 had the two presidents sat down together.')[0]?.value).toMatchObject({ year: 2015, first: 'meeting' });
    expect(firsts('Not since Nixon in 1972 has a sitting president visited the island.')[0]?.value).toMatchObject({ year: 1972, first: 'visit' });
    expect(firsts('Not since the late 1990s have the leaders of the two countries held a summit.')[0]?.value.first).toBe('meeting');
    // (a first of something else stays out)
    expect(firsts('Not since 2008 has the currency fallen so far in a week.')).toEqual([]);
    // (the same checks as "the first … since": not the ministers' first, nor the gathering's)
    expect(firsts('Not since 2015 had the foreign ministers met in person.')).toEqual([]);
    expect(firsts('Not since 2019 had a G20 summit been held in person.')).toEqual([]);
    expect(firsts('Not since the war, one diplomat said, had relations been so bad.')).toEqual([]);
  });

  it('takes a get-together or an audience as meeting', () => {
    expect(firsts('It was their first get-together since the Lima summit.')[0]?.value.first).toBe('meeting');
    expect(firsts("It was the president's first audience with the pope since 2019.")[0]?.value).toMatchObject({ year: 2019, first: 'meeting' });
  });
});

describe('history.first_since: whose first it is', () => {
  it('leaves out the first of people other than the leaders', () => {
    expect(firsts('On the eve of the summit, the foreign ministers held their first talks since 2019.')).toEqual([]);
    expect(firsts('Their defence chiefs met for the first time since 2020 on Tuesday.')).toEqual([]);
    expect(firsts('The delegations resumed their first formal negotiations since 2019.')).toEqual([]);
    expect(firsts('It was the first time since 2014 that the two navies had held joint exercises.')).toEqual([]);
    expect(firsts('The first lady made her first visit to the region since 2016.')).toEqual([]);
  });

  it('keeps the leaders\' first when others are company, a source or a speaker', () => {
    expect(firsts('Foreign Minister Lena Holm said it was the first meeting between the two leaders since 2019.')[0]?.value.year).toBe(2019);
    expect(firsts('Flanked by their foreign ministers, the two presidents held their first talks since 2019.')[0]?.value.year).toBe(2019);
    expect(firsts('According to officials, it was the first summit since 2018.')[0]?.value.year).toBe(2018);
    expect(firsts('Prime Minister Rao made his first visit to Hanoi since 2019.')[0]?.value).toMatchObject({ year: 2019, first: 'visit' });
    // (a clause that tells of the earlier occasion names its own people)
    expect(firsts('It was the first summit since 2011, when his father met the then president at an army garrison.')[0]?.value.year).toBe(2011);
  });
});

describe('history.first_since: what "since" counts from, and what is counted', () => {
  it('counts a bare closing "since" from the last meeting the sentence named, else says nothing', () => {
    expect(firsts('The two leaders last met in Lima in November 2016; this was their first summit since.')[0]?.value.year).toBe(2016);
    expect(firsts('It was their first summit since.')).toEqual([]);
    expect(firsts('Prices had been rising all year, and this was the first meeting since.')).toEqual([]);
  });

  it('leaves out the first of the gathering around the talks, not a meeting held at it', () => {
    expect(firsts('It was the first G20 summit held in person since the pandemic, and the two presidents met on its sidelines.')).toEqual([]);
    expect(firsts('Delegates called it the first APEC gathering since 2019 without a communique.')).toEqual([]);
    expect(firsts('It was their first bilateral on the sidelines of a G20 summit since 2019.')[0]?.value.year).toBe(2019);
  });
});

describe('history.first_since: "after a gap of …"', () => {
  it('counts "after N years" and "after a gap of N years" back from the report\'s date', () => {
    expect(firsts('HANOI, Sept 10, 2023 (Wire) - It was the first meeting of the two leaders after a gap of six years.')[0]?.value).toMatchObject({ year: 2017, approx: true, first: 'meeting' });
    expect(firsts('HANOI, Sept 10, 2023 (Wire) - It was the first visit by a French president after 12 years.')[0]?.value).toMatchObject({ year: 2011, first: 'visit' });
    expect(firsts('HANOI, Sept 10, 2023 (Wire) - The summit was their first after a hiatus of nearly a decade.')[0]?.value.first).toBe('meeting');
    // (what went before is no span since the last time)
    expect(firsts('HANOI, Sept 10, 2023 (Wire) - It was their first meeting after 19 years of war.')).toEqual([]);
  });
});

describe('history.first_since: a year set apart from what is counted', () => {
  it('reads the year from an apposition, a bracket, or after "since before"', () => {
    expect(firsts('It was their first meeting since their last summit, in Lisbon in 2017.')[0]?.value.year).toBe(2017);
    expect(firsts('It was their first meeting since their previous talks, held at Chequers in May 2016.')[0]?.value.year).toBe(2016);
    expect(firsts('It was their first summit since Lisbon (2017).')[0]?.value.year).toBe(2017);
    expect(firsts('It was their first face-to-face meeting since before the pandemic, in 2019.')[0]?.value.year).toBe(2019);
    // (a year past the end of the sentence's clause is not the target's)
    expect(firsts('It was their first summit since Lisbon; in 2019 they quarrelled.')[0]?.value.year).toBeNull();
  });
});

describe('round 8: hosting, forays, a first that a speaker calls one, and a plain count of years', () => {
  it('takes hosting a leader as holding a meeting with him', () => {
    for (const text of [
      'It was the first time a German chancellor had hosted a Brazilian president since 2015.',
      'Merkel hosted Lula for the first time since 2015.',
      'The prime minister played host to the emir, the first such meeting since 2015.',
    ]) {
      const [f] = firsts(text);
      expect(f?.value).toMatchObject({ year: 2015, first: 'meeting' });
    }
    // (hosting a gathering is the gathering's first, and hosting a fair is no meeting at all)
    expect(firsts('It was the first time since 2015 that Berlin has hosted the G20 summit.')).toEqual([]);
    expect(firsts('Berlin hosted its first trade fair since 2015.')).toEqual([]);
  });

  it('takes a foray or an outing abroad as a trip', () => {
    expect(firsts("The premier's first foreign foray since 2020 took him to Hanoi.")[0]?.value).toMatchObject({ year: 2020, first: 'visit' });
    expect(firsts('It was the chancellor’s first outing abroad since 2020.')[0]?.value).toMatchObject({ year: 2020, first: 'visit' });
  });

  it('keeps a first that officials or diplomats only call or describe as one', () => {
    expect(firsts('Officials called it the first talks at this level since 2016.')[0]?.value).toMatchObject({ year: 2016, first: 'meeting' });
    expect(firsts('Diplomats described the visit as the first by a Danish king to Iceland since 2011.')[0]?.value).toMatchObject({ year: 2011, first: 'visit' });
    // (the ministers' own first stays theirs, whatever they call for)
    expect(firsts('The foreign ministers called for calm at their first talks since 2019.')).toEqual([]);
    expect(firsts('The defence ministers held their first talks since 2019.')).toEqual([]);
  });

  it('reads an unhedged "in 12 years" from a dated report as the same first as "since 2011"', () => {
    const f = (text: string, year: number, approx?: boolean): FirstSince => ({ text, year, first: 'visit', ...(approx ? { approx } : {}) });
    expect(relateFirsts(f('the first visit in 12 years', 2011, true), f('the first visit since 2011', 2011))).toBe('same');
    expect(relateFirsts(f('the first visit since 2011', 2011), f('the first trip for twelve years', 2011, true))).toBe('same');
    // (a hedged span only comes near the year)
    expect(relateFirsts(f('the first visit in more than a decade', 2013, true), f('the first visit since 2013', 2013))).toBe('wider');
    expect(relateFirsts(f('the first visit in nearly 12 years', 2011, true), f('the first visit since 2011', 2011))).toBe('wider');
    expect(relateFirsts(f('the first visit in about 12 years', 2011, true), f('the first visit since 2011', 2011))).toBe('wider');
  });
});

// Invented passages in the many ways outlets word a first and an expected length, with the value
// the contract and the annotation rules give them; about a third are traps whose answer is silence.
import { durationExtractor } from '../../src/extract/duration.js';
import { claimsIn } from '../helpers.js';

type Interval = { minMinutes: number; maxMinutes: number };
// as the evaluation compares lengths: the intervals overlap and the midpoints are near
const near = (v: Interval, [lo, hi]: [number, number]) => {
  const m1 = (v.minMinutes + v.maxMinutes) / 2;
  const m2 = (lo + hi) / 2;
  return v.minMinutes <= hi && lo <= v.maxMinutes && (Math.abs(m1 - m2) <= 0.1 * Math.max(m1, m2) || (lo <= m1 && m1 <= hi) || (v.minMinutes <= m2 && m2 <= v.maxMinutes));
};
const expectedLengths = (text: string) => claimsIn(durationExtractor, text, 'meeting.expected_duration');

describe('paraphrase battery', () => {
  describe('history.first_since: a first of the summit, and since when', () => {
    it.each([
      ['It was the first meeting between the two leaders since 2019.', 2019, 'meeting'],
      ['The two presidents had not met in person since 2018.', 2018, 'meeting'],
      ['Not since 1972 has an American president set foot in the country.', 1972, 'visit'],
      ['MOSCOW, March 3, 2021 (Wire) — The talks were the first face-to-face contact between the two presidents in more than three years.', 2018, 'meeting'],
      ['For the first time since the Helsinki summit, the two leaders sat down together.', null, 'meeting'],
      ['BERLIN, June 2, 2024 — It was his first trip to the country in a decade.', 2014, 'visit'],
      ['The visit is the first by a Chinese head of state since 2005.', 2005, 'visit'],
      ['Mr Li, on his first visit to Australia since 2017, met the prime minister on Monday.', 2017, 'visit'],
      ["This was the pair's first in-person summit since the pandemic began.", null, 'meeting'],
      ['TOKYO, May 9, 2024 (Agency) — The two men met face to face for the first time in nearly six years.', 2018, 'meeting'],
      ['Their meeting, the first since November 2022, lasted three hours.', 2022, 'meeting'],
      ['It marked the first visit by a sitting U.S. president to Vietnam since 2016.', 2016, 'visit'],
      ['He became the first Japanese prime minister to visit the island since 1985, officials said.', 1985, 'visit'],
      ['SEOUL, Aug. 1, 2025 — The summit was the first between the neighbours in 14 years, the foreign ministry said.', 2011, 'meeting'],
      ['The two sides held their first high-level talks since the border clash in 2020.', 2020, 'meeting'],
      ['FIRST SUMMIT SINCE 2015 FOR ESTRANGED NEIGHBOURS', 2015, 'meeting'],
      ['Xi and Biden — meeting for the first time since Bali — agreed to restore military channels.', null, 'meeting'],
      ['It was the first time the two had shaken hands since 2017.', 2017, 'meeting'],
      ['The pair had not sat down together since their Geneva meeting in June 2021.', 2021, 'meeting'],
      ['Modi was making his first standalone visit to the Gulf kingdom since 2019.', 2019, 'visit'],
      ['It is the first time since 2008 that a Russian leader has travelled to the archipelago.', 2008, 'visit'],
      ['Kim has not visited Russia since 2019, when he met Putin in Vladivostok.', 2019, 'visit'],
      ['The encounter was the first of its kind since 1990.', 1990, 'meeting'],
      ['The two leaders, who have not met since 2022, sat down for an hour in Geneva.', 2022, 'meeting'],
      ["It was the first face-to-face meeting between the leaders since Mr Abe's visit to Moscow in 2016, according to Tass.", 2016, 'meeting'],
      ['PYONGYANG, June 19, 2024 — Putin travelled to the North for the first time in 24 years.', 2000, 'visit'],
      ['The leaders have not held talks since the 2018 summit in Singapore.', 2018, 'meeting'],
      ['The last time the two leaders met was in 2015.', 2015, 'meeting'],
      ['It was the first trip to Beijing by a German chancellor since 2022.', 2022, 'visit'],
      ['Not since Nixon in 1974 had a US president travelled to the Soviet capital.', 1974, 'visit'],
      ['It was the first state visit to Britain by a Chinese president since Hu Jintao in 2005.', 2005, 'visit'],
      ['This is the first time in six years that the leaders of the two countries have met.', null, 'meeting'],
      ['MADRID, July 4, 2022 — The two kings met for the first time in three decades.', 1992, 'meeting'],
      ['The talks, their first since 2019, lasted two hours.', 2019, 'meeting'],
      ['Putin had not travelled to the West since the invasion of Ukraine in February 2022.', 2022, 'visit'],
      ["It is Mr. Xi's first foreign trip since the outbreak of the pandemic.", null, 'visit'],
      ['The two leaders, who last met in Lima in 2024, held their first talks since then.', 2024, 'meeting'],
      ['This will be the first time since 2017 that Xi has come to the US, the embassy said.', 2017, 'visit'],
      ['Putin arrived in Pyongyang for the first time in 24 years.', null, 'visit'],
      ['The summit was their first since Mr Biden took office, officials noted.', null, 'meeting'],
    ] as [string, number | null, string][])('%s', (text, year, first) => {
      const found = firsts(text).map((f) => f.value);
      expect(found.some((v) => v.year === year && v.first === first), JSON.stringify(found)).toBe(true);
    });
  });

  describe('history.first_since: traps that are silent', () => {
    it.each([
      'It was the first time a foreign leader has addressed both chambers of the parliament.',
      'It was the first meeting of the day, and the president has since said the talks went well.',
      'Markets rose for the first time since Friday as the summit opened.',
      'The foreign ministers held their first talks since 2019 on the eve of the summit.',
      'Aides hope it will be the first visit by a US president to the island since 1928.',
      'If it goes ahead, the summit would be the first between the two since 2018.',
      'It was not the first meeting since the war began; the two had talked in Minsk in 2015.',
      'Prices have climbed since 2019, the first sustained rise in a decade.',
      'The first lady toured a school, her first visit to the city since 2010.',
      'It was the first time since 2014 that the central bank has cut rates.',
      'The defence chiefs of the two countries met for the first time since 2018.',
      'ROME, Oct. 3, 2024 — In 2018 the two leaders held their first summit since 2015.',
      'The ceasefire was the first since the war started.',
      'Officials said a deal could be the first since 2010.',
      'Foreign ministers had not met since 2020.',
      'The leaders met on Friday and have since spoken twice by phone.',
      'Both leaders said they wanted the meeting to be the first of many since relations thawed.',
      'Russia has not hosted a G20 summit since 2013.',
      'The president has not met reporters since Friday.',
      'Officials have not visited the site since the explosion in 2020.',
      'The last time the central bank raised rates was in 2019.',
      'The two leaders have not agreed on anything since 2019.',
      // ("last met" only implies a first, and is left alone: see the phrasings above)
      'The two leaders last met in Geneva in June 2021.',
      'Xi came to power in 2012, the first leader since Mao to hold three terms.',
      'Her first overseas trip as chancellor, the visit began on Monday.',
      'Merkel was the first chancellor to address the Knesset.',
      "It was Abe's 27th meeting with Putin.",
      'He has not come to terms with the loss since 2019.',
    ])('%s', (text) => {
      expect(firsts(text).map((f) => f.value)).toEqual([]);
    });
  });

  describe('meeting.expected_duration: what the talks were planned to last', () => {
    it.each([
      ['The talks were scheduled to last two hours.', [120, 120]],
      ['Aides had expected the meeting to run six to seven hours.', [360, 420]],
      ['Ninety minutes had been set aside for the talks.', [90, 90]],
      ['Organisers set aside 90 minutes for the one-on-one.', [90, 90]],
      ['The session, originally planned for 45 minutes, stretched past two hours.', [45, 45]],
      ['The Kremlin said the talks would last about three hours.', [162, 198]],
      ['A two-hour meeting is planned, the White House said.', [120, 120]],
      ['The leaders were slated to meet for 30 minutes.', [30, 30]],
      ['Officials told reporters they anticipated a session of roughly four hours.', [216, 264]],
      ['The program allotted forty minutes to the tête-à-tête.', [40, 40]],
      ['Talks expected to last 2 hrs', [120, 120]],
      ['The meeting, which had been scheduled for one hour, lasted nearly three.', [60, 60]],
      ['The two presidents are to hold talks lasting about an hour, Tass reported.', [54, 66]],
      ['Ushakov told reporters the conversation was expected to take around an hour and a half.', [81, 99]],
      ['Their one-on-one was pencilled in for 20 minutes but ran to more than an hour.', [20, 20]],
      ['The meeting was planned to last 2.5 hours.', [150, 150]],
      ['White House officials said they had budgeted roughly two hours for the sit-down.', [108, 132]],
      ['The leaders will meet for about 45 minutes before a working lunch, a spokesman said.', [40, 50]],
      ['Seoul had hoped to keep the encounter to under an hour.', [45, 60]],
      ["Kremlin aide Yuri Ushakov had said the leaders would talk for 'as long as necessary', but no more than three hours.", [135, 180]],
      ['Aides said the talks would last two hours, but perhaps longer.', [120, 120]],
      ['Delegates braced for talks lasting six hours.', [360, 360]],
      ['It is planned that the negotiations in the narrow format will take about an hour, the press secretary said.', [54, 66]],
      ['10:42 — Talks expected to go on for about three hours, a Kremlin source says.', [162, 198]],
      ['The timetable gives the leaders 50 minutes one-on-one.', [50, 50]],
      ['The meeting, initially set for two hours, was extended.', [120, 120]],
      ['Aides had told reporters to expect a meeting of around 90 minutes.', [81, 99]],
      ['They had planned to meet for an hour, but in the end talked for three hours.', [60, 60]],
    ] as [string, [number, number]][])('%s', (text, interval) => {
      const found = expectedLengths(text).map((c) => c.value as Interval);
      expect(found.some((v) => near(v, interval)), JSON.stringify(found)).toBe(true);
    });
  });

  // Still read wrong, and not by the reading of expectations: the length finder does not take
  // "a brief, hour-long encounter" (an adjective before "hour-long"), and what a length measures
  // does not count "an hour alone" or "reserved for the leaders" as the talks. Both readings are
  // shared with meeting.duration, outside this family's part of duration.ts.
  describe('meeting.expected_duration: wordings the shared length reading misses', () => {
    it.fails.each([
      ['According to the schedule, the leaders were to spend an hour alone before lunch.', [60, 60]],
      ['The summit had been billed as a brief, hour-long encounter.', [60, 60]],
      ['A 90-minute slot had been reserved for the leaders on the first day.', [90, 90]],
    ] as [string, [number, number]][])('%s', (text, interval) => {
      const found = expectedLengths(text).map((c) => c.value as Interval);
      expect(found.some((v) => near(v, interval)), JSON.stringify(found)).toBe(true);
    });
  });

  describe('meeting.expected_duration: traps that are silent', () => {
    it.each([
      'The talks lasted two hours.',
      'The press conference was expected to last 30 minutes.',
      'Xi arrived for a three-day state visit.',
      'The flight from Moscow was expected to take nine hours.',
      'The meeting was due to run until the afternoon.',
      'The leaders are expected to hold a two-day summit.',
      'Aides expected the news conference to run about an hour.',
      'The trip was scheduled to last five days.',
      'Officials had hoped to wrap up the talks by noon.',
      'The motorcade was scheduled to take 40 minutes to reach the venue.',
      "Next year's summit is expected to last two days.",
      'The talks, which were expected to be brief, lasted three hours.',
      'The president is expected to stay in the city for 48 hours.',
      'The leaders were expected to hold a 30-minute phone call later in the week.',
      'The visit was expected to last 36 hours.',
      'Peskov declined to say how long the talks would last.',
      'The talks are expected to conclude within two hours.',
      'In Helsinki in 2018, the leaders had been scheduled to talk for 90 minutes.',
    ])('%s', (text) => {
      expect(expectedLengths(text).map((c) => c.value)).toEqual([]);
    });
  });
});

describe('history.first_since: a document, a stay, a visitor received', () => {
  it('reads a first treaty, agreement or joint statement as a first of its own kind', () => {
    const [t] = firsts('The treaty is the first arms control agreement Washington and Moscow have signed since the 2002 Moscow Treaty.');
    expect(t!.value).toMatchObject({ text: 'the first arms control agreement Washington and Moscow have signed since the 2002 Moscow Treaty', year: 2002, first: 'agreement' });
    expect(firsts('It was the first joint statement the two have issued since 2009.')[0]!.value).toMatchObject({ year: 2009, first: 'agreement' });
    // (the document only when it is what the first is of: "the first summit to produce a treaty" is a meeting)
    expect(firsts('It was the first summit to produce a treaty since 1991.')[0]!.value.first).toBe('meeting');
    // (a meeting's first outranks the document's in one report)
    expect(firsts('It was their first meeting since 2019. The accord is the first treaty they have signed since 2002.').map((f) => f.value.first)).toEqual(['meeting']);
  });

  it('takes a stay, a visitor received and an office-holder in "the" country as a visit', () => {
    expect(firsts("The stay was Putin's first at a Bush family home since he visited the ranch in Crawford, Texas, in November 2001.")[0]!.value).toMatchObject({ year: 2001, first: 'visit' });
    expect(firsts("This is Putin's first overnight stay at a Bush family home since the Crawford ranch visit in 2001.")[0]!.value).toMatchObject({ year: 2001, first: 'visit' });
    expect(firsts('He is the first head of state China has received since the party congress in 2017.')[0]!.value).toMatchObject({ year: 2017, first: 'visit' });
    expect(firsts('Nixon is the first sitting U.S. president in the Soviet Union since Franklin Roosevelt went to Yalta in February 1945.')[0]!.value).toMatchObject({ year: 1945, first: 'visit' });
    // (not a tenure: "stayed in power")
    expect(firsts('He is the first leader to have stayed in power since 1953.')).toEqual([]);
  });

  it('counts "in 11 months" back from the report\'s own month', () => {
    expect(firsts('WASHINGTON, March 3, 2023 (Wire) - It was the first meeting between the pair in 11 months.')[0]!.value).toMatchObject({ year: 2022, first: 'meeting' });
    expect(firsts('WASHINGTON, Dec 3, 2023 (Wire) - It was the first meeting between the pair in 11 months.')[0]!.value).toMatchObject({ year: 2023, first: 'meeting' });
  });

  it('reads "No Russian leader had visited … since" as the negated kin of a first, and whose it is', () => {
    expect(firsts('No Russian leader had visited Washington since 2005.')[0]!.value).toMatchObject({ text: 'No Russian leader had visited Washington since 2005', year: 2005, first: 'visit' });
    expect(firsts('No foreign minister had visited Washington since 2005.')).toEqual([]);
  });
});

describe('history.first_since: a short aside inside the first', () => {
  it('reads past an aside set off by commas', () => {
    expect(firsts('The talks were the first time the two leaders had met, even on a screen, since Biden took office in January.')[0]!.value).toMatchObject({ first: 'meeting', relative: true });
    expect(firsts('It was the first summit between the leaders, Kim and Trump, since 2019.')[0]!.value).toMatchObject({ year: 2019, first: 'meeting' });
  });
  it('but not past a comma that opens another clause with its own date', () => {
    expect(firsts('It was the first summit of the year, and trade has grown since 2019.')).toEqual([]);
  });
});

describe('history.first_since: a first the summit is said to be, with no "since"', () => {
  it('reads "it was the first …" as a first of all time, of what follows "first"', () => {
    expect(firsts('It was the first summit held in this format.')[0]!.value).toMatchObject({ text: 'the first summit held in this format', year: null, first: 'meeting', ever: true });
    expect(firsts("It was Bush's first visit to Sochi.")[0]!.value).toMatchObject({ text: 'first visit to Sochi', first: 'visit', ever: true });
    expect(firsts('He has travelled widely since taking office, but this is his first visit to the Arctic.')[0]!.value).toMatchObject({ text: 'his first visit to the Arctic', first: 'visit', ever: true });
    expect(firsts('The meeting, held at the mansion, was the first summit on Syria to bring the two biggest EU powers together with Russia and Turkey.')[0]!.value).toMatchObject({ first: 'meeting', ever: true });
    expect(firsts('It was the first time the leaders of the four countries had sat down at one table.')[0]!.value).toMatchObject({ first: 'meeting', ever: true });
  });
  it('but not a first the sentence only names, a part of the summit, or a first within a term of office', () => {
    expect(firsts('The first meeting lasted an hour.')).toEqual([]);
    expect(firsts('It was the first of two meetings.')).toEqual([]);
    expect(firsts('It was the first round of talks.')).toEqual([]);
    expect(firsts('That was the first meeting of the day.')).toEqual([]);
    expect(firsts("This is President Xi's first visit to the United States as head of state.")).toEqual([]);
    expect(firsts('It was not the first summit held in this format.')).toEqual([]);
  });
  it('shows such a first as the report words it, a first-ever one by its kind', () => {
    const kind = historyExtractor.kinds[0]!;
    expect(kind.display(firsts("It was Bush's first visit to Sochi.")[0]!.value)).toBe('first visit to Sochi');
    expect(kind.display(firsts('It was the first-ever summit between the two countries.')[0]!.value)).toBe('first-ever meeting');
  });
  it('and not beside a first the same report counts from an earlier occasion', () => {
    expect(firsts('It was the first summit held in this format. It was their first meeting since 2019.').map((c) => (c.value as { year: number | null }).year)).toEqual([2019]);
  });
});

describe('history.first_since: a written plan signed is an agreement', () => {
  it('reads "put its name to a written plan" as the first of an agreement', () => {
    expect(firsts("It was the first time since Israel's founding in 1948 that an Arab government had put its name to a written plan for making peace.")[0]!.value).toMatchObject({ year: 1948, first: 'agreement' });
  });
});
