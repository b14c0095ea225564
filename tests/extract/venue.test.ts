import { describe, expect, it } from 'vitest';
import { nextMeetingExtractor, relatePlaces, relateTimes, venueExtractor, whenOf, type PlaceValue, type TimeValue } from '../../src/extract/venue.js';
import { containers, lookup, placeKey } from '../../src/extract/places.js';
import { check } from '../../src/check.js';
import { claimsIn, docOf } from '../helpers.js';

const venue = (text: string) => {
  const [c, ...rest] = claimsIn(venueExtractor, text, 'meeting.venue');
  expect(rest).toEqual([]);
  return c && { ...(c.value as PlaceValue), span: text.slice(c.span.start, c.span.end), attribution: c.attribution, modality: c.modality };
};
const place = (text: string) => venue(text)?.place;
const next = (text: string, type: 'next_meeting.location' | 'next_meeting.time' = 'next_meeting.location') =>
  claimsIn(nextMeetingExtractor, text, type).map((c) => ({
    value: c.value as PlaceValue & TimeValue,
    attribution: c.attribution,
    modality: c.modality,
    span: text.slice(c.span.start, c.span.end),
  }));

describe('meeting.venue: how reports name where the talks were', () => {
  // "Georgian" names a capital's country (Tbilisi) but no region: it once crashed the reader
  it.each([
    'The two leaders met at a Georgian revival mansion in the hills.',
    'They talked in a Georgian townhouse near the river.',
    'Talks were held at the Georgian manor house on the estate.',
  ])('reads a style adjective that is also a nationality as a description: %s', (text) => {
    expect(() => venue(text)).not.toThrow();
    expect(place(text) ?? '').not.toMatch(/Georgia|Tbilisi/);
  });

  it('does not take an airport where someone was greeted for the venue', () => {
    expect(venue('The governor, who greeted the Chinese leader at San Francisco International Airport on Tuesday, was not part of the talks.')).toBeUndefined();
  });


  it.each([
    ['The two presidents met in Anchorage, Alaska, on Friday.', 'Anchorage', ['Alaska']],
    ['The leaders held talks at Joint Base Elmendorf-Richardson for three hours.', 'Joint Base Elmendorf-Richardson', ['Anchorage', 'Alaska']],
    ['The summit took place in the Finnish capital on a warm Monday.', 'Helsinki', ['Finland']],
    ['Kim and Trump met at the Capella hotel on Sentosa island.', 'Capella hotel', ['Sentosa island', 'Singapore']],
    ['The leaders met aboard the Soviet liner Maxim Gorky off Malta.', 'Maxim Gorky', ['Marsaxlokk', 'Malta']],
    ['The superpower leaders met at Höfði House in Reykjavik.', 'Höfði House', ['Reykjavik', 'Iceland']],
    ['The talks were held at the Filoli estate in Woodside, California.', 'Filoli estate', ['Woodside', 'California']],
    ['The president met his counterpart on the sidelines of the G20 in Bali.', 'Bali', ['Indonesia']],
    ['The two leaders held four hours of talks at the Filoli estate south of San Francisco.', 'Filoli estate', ['Woodside', 'California']],
    ['The summit opened aboard a Soviet liner in a harbour off Malta.', 'Malta', []],
    ['The two men spent most of the day at a country estate in Woodside, south of the city.', 'Woodside', ['California']],
    ['The talks, in the Swiss city of Geneva, lasted two days.', 'Geneva', ['Switzerland']],
    ['The two met in the Alaskan city of Anchorage.', 'Anchorage', ['Alaska']],
    ['The meeting took place in Helsinki’s Presidential Palace.', 'Presidential Palace', ['Helsinki', 'Finland']],
    ['The summit was hosted at the White House.', 'White House', ['Washington', 'United States']],
    ['The venue, the Capella Hotel, sits on a resort island.', 'Capella Hotel', ['Sentosa', 'Singapore']],
    ['Reykjavik, where the two leaders met, was chosen at short notice.', 'Reykjavik', ['Iceland']],
    ['The Alaska summit ended without a deal.', 'Alaska', ['United States']],
    ['The presidents sat down for talks in Nusa Dua, Bali.', 'Nusa Dua', ['Bali']],
  ])('%s', (text, expectedPlace, within) => {
    const v = venue(text)!;
    expect(v.place).toBe(expectedPlace);
    expect(v.within).toEqual(within);
    expect(v.attribution).toBe('report');
  });

  it('keeps an unnamed venue as a description inside the place it names', () => {
    const v = venue('They spoke at a joint press conference at the military base in Anchorage.')!;
    expect(v).toMatchObject({ place: 'Anchorage', detail: 'military base', within: ['Alaska'] });
    expect(v.span).toBe('the military base in Anchorage');
  });

  it('names the site when a description is followed by its name', () => {
    expect(venue('The talks were held at the U.S. military base, Joint Base Elmendorf-Richardson, in Anchorage.')).toMatchObject({
      place: 'Joint Base Elmendorf-Richardson',
      within: ['Anchorage', 'Alaska'],
    });
  });

  it('merges the mentions of one report into its most specific place', () => {
    const text = 'The summit in Alaska began at noon. Putin landed at Joint Base Elmendorf-Richardson. Later the two leaders faced the press together in Anchorage.';
    const v = venue(text)!;
    expect(v.place).toBe('Joint Base Elmendorf-Richardson');
    expect(v.within).toEqual(['Anchorage', 'Alaska']);
    expect(v.span).toBe('Joint Base Elmendorf-Richardson');
  });

  it('prefers the place with the stronger cues when a report names two that cannot both be the venue', () => {
    const text = 'The presidents met in Anchorage. The summit in Anchorage was short. Zelensky spoke at a press conference in Kyiv.';
    expect(place(text)).toBe('Anchorage');
  });

  it('does not take a place someone came from, a country at war or a topic for the venue', () => {
    expect(venue('The talks focused on the war in Ukraine.')).toBeUndefined();
    expect(venue('Talks on security in Europe dominated the day.')).toBeUndefined();
    expect(venue('The Russian leader flew in from Moscow on Friday.')).toBeUndefined();
    expect(venue('The meeting was delivered in English.')).toBeUndefined();
    expect(venue('Zelensky, speaking at a news conference in Kyiv, said he was not invited.')).toBeUndefined();
  });

  it('keeps past summits out: "since", "last met", another year, "years ago"', () => {
    expect(venue('The two leaders last met in Helsinki in 2018.')).toBeUndefined();
    expect(venue('It was their first meeting since the summit in Helsinki.')).toBeUndefined();
    expect(place('Putin, who met Trump in Helsinki seven years ago, arrived in Anchorage on Friday.')).toBe('Anchorage');
    expect(place('Unlike the 2021 summit in Geneva, the talks in Anchorage ended with a joint appearance.')).toBe('Anchorage');
  });

  it('keeps out a meeting the report dates to another weekday than its own', () => {
    const lede = 'WASHINGTON, Monday, Aug. 18, 2025 (Wire) — Donald Trump hosted Volodymyr Zelensky on Monday, Aug. 18. ';
    expect(place(lede + 'On Friday, Trump and Putin met at a US air base in Anchorage, Alaska.')).toBeUndefined();
    // (the report's own weekday is no other occasion; a report with no date of its own keeps both)
    expect(place(lede + 'On Monday the two men met in the Oval Office.')).toBe('Oval Office');
    expect(place('On Friday, Trump and Putin met at a US air base in Anchorage, Alaska.')).toBe('Anchorage');
  });

  it('keeps out a meeting dated to a day of another month, past the place\'s region, under a dateline that shortens its month', () => {
    const lede = 'WASHINGTON, Sept. 17 -- Sadat and Begin signed two agreements on Sunday night. ';
    expect(place(lede + 'The accords followed a meeting between the two leaders at Ismailia, Egypt, on Dec. 25.')).toBeUndefined();
    expect(place('The accords followed a meeting between the two leaders at Ismailia, Egypt, on Dec. 25.')).toBe('Ismailia');
  });

  it('takes days of bargaining at a place for the talks there, but not years of it', () => {
    expect(place('It capped 13 days of closed-door bargaining with President Carter at Camp David, the presidential retreat in Maryland.')).toBe('Camp David');
    expect(place('The treaty was the product of nine years of haggling that began in Geneva.')).toBeUndefined();
  });

  it('keeps out a meeting of three or more states none of the leaders speaks for', () => {
    const lede = 'Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin met at Camp David for talks. ';
    expect(place(lede + 'Syria, Libya, Algeria and the Palestine Liberation Organization are meeting in Damascus to organise opposition.')).toBe('Camp David');
    expect(place('Syria, Libya and Algeria are meeting in Damascus to organise opposition.')).toBeUndefined();
    // (a state one of the leaders speaks for is their own meeting)
    expect(place('Russian President Vladimir Putin came. Russia, Iran and Turkey met in Tehran.')).toBe('Tehran');
  });

  it('keeps out a committee meeting elsewhere, though a leader is named in a clause before it', () => {
    const lede = 'Erdogan hosted Putin, Merkel and Macron in Istanbul on Saturday. ';
    expect(place(lede + 'The statement called for the constitutional committee to convene in Geneva before the end of the year.')).toBe('Istanbul');
    expect(place(lede + 'The communique backs the arrangement Putin and Erdogan struck earlier, asks for the constitutional committee to meet in Geneva before the year is out.')).toBe('Istanbul');
  });

  it('reads past a roll of guests between the host\'s verb and the place', () => {
    expect(place('Erdogan hosted Putin, Merkel and Macron in Istanbul on Saturday.')).toBe('Istanbul');
    // (but a comma before a new subject still cuts the cue off)
    expect(place('Erdogan hosted the talks, and Merkel later flew to Berlin.')).toBeUndefined();
  });

  it('captives "held in the North" are no meeting held there', () => {
    expect(place('Critics said Roh had won no progress on prisoners of war and abductees held in the North.')).toBeUndefined();
    expect(place('The talks were held in Pyongyang.')).toBe('Pyongyang');
  });

  it('accepts the year of the event itself', () => {
    expect(place('On October 11, 1986, the leaders met in Reykjavik. Their summit in Reykjavik in 1986 is remembered.')).toBe('Reykjavik');
  });

  it('keeps a next meeting out of the venue', () => {
    expect(venue('Putin proposed holding the next summit in Moscow.')).toBeUndefined();
    expect(venue('The Kremlin said a new meeting could take place in Moscow.')).toBeUndefined();
    expect(venue('The two sides agreed to meet again in Washington.')).toBeUndefined();
  });

  it('takes "to" only after a welcome or before the meeting it is for', () => {
    expect(venue('The host welcomed his guest to the Great Hall of the People in Beijing.')).toMatchObject({ place: 'Great Hall of the People', within: ['Beijing', 'China'] });
    expect(place('The Russian leader flew to Anchorage for the summit.')).toBe('Anchorage');
    expect(venue('The Russian leader flew to Anchorage on Thursday.')).toBeUndefined();
    expect(venue('Trump said he had invited Putin to the White House for a second summit.')).toBeUndefined();
  });

  it('does not let a second clause lend its place to the meeting cue', () => {
    expect(venue('The summit comes as Russian forces advance in eastern Ukraine.')).toBeUndefined();
    expect(venue('The talks took place while fighting raged in Donetsk.')).toBeUndefined();
  });

  it('reads a place set before the clause: "In Helsinki, the two met…"', () => {
    expect(venue('In Helsinki, the two presidents met for two hours in the Gothic Hall of the palace.')).toMatchObject({ place: 'Gothic Hall', within: ['Helsinki', 'Finland'] });
    expect(place('On Monday, on Sentosa, the two men shook hands before the cameras.')).toBe('Sentosa');
    expect(venue('In Kyiv, Zelensky said the summit had achieved nothing.')).toBeUndefined();
  });

  it('does not put the venue inside the city where they are only expected to meet next', () => {
    const text = 'The two leaders faced reporters on the lawn at Hollybush, the governor’s house, after two hours of talks.\n\nThe two leaders are next expected to meet at the Asia-Pacific summit in Sydney in September.';
    expect(venue(text)).toMatchObject({ place: 'Hollybush', within: [] });
  });

  it('does not take a trip someone hopes to make for the venue', () => {
    expect(venue('Gorbachev said he still hoped to come to Washington for a summit later this year.')).toBeUndefined();
  });

  it('prefers the meeting a report states over one it only expects', () => {
    const text = 'The leaders met in Alaska on Friday. Zelensky will meet Trump in Washington on Monday.';
    expect(venue(text)).toMatchObject({ place: 'Alaska', modality: 'stated' });
  });

  it('does not read a place inside another known place unless the gazetteer says so', () => {
    expect(relatePlaces({ place: 'Washington', within: [] }, { place: 'Alaska', within: [] })).toBe('conflict');
  });

  it('folds the generic words reports add after a name', () => {
    expect(relatePlaces({ place: 'Elmendorf-Richardson military base', within: [] }, { place: 'Joint Base Elmendorf-Richardson', within: [] })).toBe('same');
    expect(relatePlaces({ place: 'Mulia hotel', within: [] }, { place: 'Mulia resort', within: [] })).toBe('same');
  });

  it('does not read a negated venue as the venue', () => {
    expect(venue('The meeting was not held in Moscow.')).toBeUndefined();
  });

  it('takes "on" only for islands and ships', () => {
    expect(venue('The leaders held talks on Ukraine.')).toBeUndefined();
    expect(place('The leaders met on Sentosa, a resort island.')).toBe('Sentosa');
  });

  it('attributes a venue inside a quotation to the speaker', () => {
    const v = venue('“We had a very good meeting here in Anchorage,” Vladimir Putin said.')!;
    expect(v.place).toBe('Anchorage');
    expect(v.attribution).toBe('Vladimir Putin');
  });

  it('marks a venue announced before the meeting as expected', () => {
    expect(venue('The summit is expected to take place at the Capella hotel.')).toMatchObject({ place: 'Capella hotel', modality: 'expected' });
  });

  it('uses the dateline only to ground a venue the text describes without naming', () => {
    expect(venue('ANCHORAGE, Alaska (AP) — The two presidents met at the military base for talks.')).toMatchObject({
      place: 'Anchorage',
      detail: 'military base',
    });
    // a dateline alone is where the report was filed, not where the leaders met
    expect(venue('MOSCOW (Reuters) — The Kremlin called the talks useful.')).toBeUndefined();
    expect(venue('The two presidents met at the military base for talks.')).toBeUndefined();
    expect(place('MOSCOW (Reuters) — The two presidents met in Alaska.')).toBe('Alaska');
  });
});

describe('meeting.venue: wordings from wires, agencies and liveblogs', () => {
  it('keeps a particle and drops a generic word in front of a known name', () => {
    expect(venue('The first round of talks was held at the Villa La Grange villa by the lake.')).toMatchObject({ place: 'Villa La Grange villa', within: ['Geneva', 'Switzerland'] });
    expect(relatePlaces({ place: "Fleur d'Eau villa", within: [] }, { place: "Fleur d'Eau", within: ['Geneva'] })).not.toBe('conflict');
    expect(venue('The two leaders met at Château Fleur d’Eau on a cold morning.')).toMatchObject({ within: ['Geneva', 'Switzerland'] });
  });

  it('reads only a known place out of a headline in capitals', () => {
    expect(venue('TALKS IN VIENNA CONTINUE\n\nThe delegations sat together all day.')).toMatchObject({ place: 'Vienna', within: ['Austria'] });
    expect(venue('SUMMIT IN SOMEWHERE ENDS')).toBeUndefined();
  });

  it('reads the present tense of a liveblog and a greeting at a building', () => {
    expect(place('09:40 The two presidents shake hands in front of the Hofburg.')).toBeUndefined();
    expect(venue('09:40 The two presidents shake hands at the Hofburg.')).toMatchObject({ place: 'Hofburg', within: ['Vienna', 'Austria'] });
    expect(venue('The host walks down the steps of Blair House (across the street) to greet his guest.')).toMatchObject({ place: 'Blair House' });
    // a greeting elsewhere is no venue, and "to" stays a journey
    expect(venue('The prime minister flew to Vienna to greet the returning team.')).toBeUndefined();
  });

  it('takes a brand before a known city for a site in that city, but not a lake or a district', () => {
    expect(venue('The leaders met in a side room at KONGRESS Vienna, the centre hosting the forum.')).toMatchObject({ place: 'KONGRESS Vienna', within: ['Vienna', 'Austria'] });
    expect(venue('The leaders met at Lake Geneva.')?.within ?? []).not.toContain('Geneva');
  });

  it('keeps an aside without a subject between the meeting and its place', () => {
    expect(place('The two men talked alone, with only their interpreters present, for three hours at the Hofburg.')).toBe('Hofburg');
    expect(venue('The two men talked for an hour, and reporters later waited at the Hofburg.')).toBeUndefined();
  });

  it('keeps a recollection and a meeting "last year" out of the venue', () => {
    expect(venue('At the start of the meeting, the president recalled that in 1964, in the city of Tartu, students had marched.')).toBeUndefined();
    expect(venue('The talks built on what the two agreed at their meeting in Vienna, Austria, in May last year.')).toBeUndefined();
    expect(venue('It was their first summit since 1999, when their predecessors met in Prague.')).toBeUndefined();
  });

  it('does not let a one-word gloss in brackets end the clause', () => {
    expect(place('The meeting took place on the margins of the Asia-Pacific Economic Cooperation (APEC) forum in Bangkok.')).toBe('Bangkok');
  });

  it('takes the end of a journey where the two then met, but not one still to come', () => {
    expect(place('The train crossed the border and rolled on to Kazan, where the two leaders sat down on Thursday.')).toBe('Kazan');
    expect(venue('He flew on to Tokyo, where he will attend a regional summit.')).toBeUndefined();
  });
});

describe('meeting.venue: other meetings a report recalls or looks ahead to', () => {
  it('a timeline entry is dated by its label, and a dated first line gives the year', () => {
    const text = [
      'Lakeside Notes — Tuesday, 5 March 2024',
      '',
      'The two leaders met at the Ravel Villa for two hours.',
      'The talks were the first since a border clash in June 2020, and the envoys last met in December 2019.',
      'Background:',
      'Nov 2022 — the two chatted at a dinner in Bali.',
      'Aug 2023 — a short talk on the sidelines of a summit in Johannesburg.',
    ].join('\n');
    expect(venue(text)).toMatchObject({ place: 'Ravel Villa', within: [] });
  });

  it('a meeting of a leader\'s envoy with someone else is another meeting', () => {
    // (the report's opening names its leaders: the envoys come later)
    const lead = 'Anna Berg and Otto Lind talked privately for fifteen minutes on Saturday. No aides were present. Both called it useful. ';
    expect(venue(lead + "The encounter came a day after Berg's envoy Karl Mohr met Ivo Stan in Tallinn.")).toBeUndefined();
    expect(venue(lead + "On Friday Lind's foreign minister had talks with Ivo Stan in Riga.")).toBeUndefined();
    // the leader's own talks are placed by the leader's name, possessive or not
    expect(venue(lead + "Berg's talks with Lind in Tallinn were their second this year.")).toMatchObject({ place: 'Tallinn' });
  });

  it('a ceremony held somewhere is not where the talks were', () => {
    const talks = 'President Anna Berg held talks with Otto Lind at the Linden Guesthouse. ';
    const welcome = 'Earlier in the day a grand welcome ceremony was held at Harbour Square before thousands of citizens. ';
    expect(venue(welcome + talks)).toMatchObject({ place: 'Linden Guesthouse' });
    expect(venue(welcome + 'A reception took place at Harbour Square in the evening. ' + talks)).toMatchObject({ place: 'Linden Guesthouse' });
    // a square where the welcome was held does not hold the guesthouse
    expect(venue(welcome + talks + 'The two then drove through the city.')?.within ?? []).not.toContain('Harbour Square');
    // but talks held at a place are the venue
    expect(venue('The talks were held at Harbour Square in a tent.')).toMatchObject({ place: 'Harbour Square' });
  });

  it("an agency's appositions after a name do not cut the talks off from their place", () => {
    expect(place('President Anna Berg held talks with Otto Lind, President of the Republic of Nordland, who is paying a state visit to the country, at the Linden State Guesthouse.')).toBe('Linden State Guesthouse');
    expect(place('Chairman Anna Berg met Otto Lind, the prime minister of Nordland, who arrived on Tuesday for a three-day official visit, at the Lakeside Hall of State.')).toBe('Lakeside Hall of State');
  });

  it('a region of the world or a country is narrowed by the dateline city inside it', () => {
    const headline = 'Leaders trade warm words at regional gathering\n\n';
    expect(venue(headline + 'SAMARKAND, Uzbekistan (Eastwire) - Anna Berg held talks with Otto Lind at a regional summit in Central Asia on Thursday.')).toMatchObject({ place: 'Samarkand', within: ['Uzbekistan', 'Central Asia'], span: 'Central Asia' });
    expect(venue('OSAKA, Japan (Wire) — Anna Berg and Otto Lind met in Japan on Saturday.')).toMatchObject({ place: 'Osaka' });
    // a dateline apart from the venue says nothing of it
    expect(venue('WASHINGTON (Wire) — Anna Berg and Otto Lind met in Japan on Saturday.')).toMatchObject({ place: 'Japan' });
    // nor does a body line that only opens on a capital
    expect(venue(headline + 'TALKS in Central Asia drew little notice. Anna Berg met Otto Lind in Central Asia.')?.place).toBe('Central Asia');
  });

  it('a part of the world holds any place the gazetteer knows', () => {
    const v = (p: string): PlaceValue => ({ place: p, within: [] });
    expect(relatePlaces(v('Samarkand'), v('Central Asia'))).toBe('narrower');
    expect(relatePlaces(v('the Middle East'), v('Riyadh'))).toBe('wider');
  });

  it("a fact box's Where line and a working dinner place the talks", () => {
    expect(place('Where: Ashgrove House, the governor\'s mansion on the hill.\nAnna Berg met Otto Lind for three hours.')).toBe('Ashgrove House');
    expect(place('The truce came out of a working dinner at the Marlow Hotel that lasted two hours.')).toBe('Marlow Hotel');
    // (the kind may open the name)
    expect(place('The truce came out of a working dinner at the Hotel Marlow that lasted two hours.')).toBe('Hotel Marlow');
    expect(place('The two leaders shook hands at Villa Madama.')).toBe('Villa Madama');
    expect(place('What Anna Berg and Otto Lind agreed at the state dinner in Riga was modest.')).toBe('Riga');
    // a label of something else is not a venue
    expect(venue('Next: a second round on Sunday, again at the Hotel Marlow.')).toBeUndefined();
  });

  it('a cleft sentence puts its place first: "It was at X that the two met"', () => {
    expect(place('It was only on Monday morning, in the suite at the Marlow Hotel where the guests were lodged, that Berg and Lind held their private talk.')).toBe('Marlow Hotel');
    expect(place('It was at Ashgrove House that the two leaders finally sat down together.')).toBe('Ashgrove House');
    // not a meeting gone by, one still to come, or someone else waiting there
    expect(venue('It was at the Marlow Hotel that the two leaders last met, in 2015.')).toBeUndefined();
    expect(venue('It is in Geneva that the next round will be held.')).toBeUndefined();
    expect(venue('It was at the Marlow Hotel that reporters waited.')).toBeUndefined();
  });

  it('a city someone only arrived in does not hold the house the talks were in', () => {
    const text = 'Otto Lind arrived in Riga on Tuesday for a conference. On Friday he and Anna Berg met at Ashgrove, a house on the college campus.';
    expect(venue(text)).toMatchObject({ place: 'Ashgrove', within: [] });
  });

  it('a church, a chapel or a basilica is a building a meeting can be in', () => {
    expect(place('The two leaders held a brief conversation inside St. Anne\'s Basilica on Saturday.')).toBe("St. Anne's Basilica");
    expect(place('The presidents met in the Sistine Chapel before the service.')).toBe('Sistine Chapel');
  });

  it('a second place set after the first by a comma shares its clause\'s tense', () => {
    const lead = 'Anna Berg and Otto Lind talked privately for fifteen minutes on Saturday. ';
    expect(venue(lead + 'Before that, the pair had met in Paris in December, at the Élysée, for half an hour.')).toBeUndefined();
    expect(venue(lead + 'Years ago, they had talked in Rome in May, at the Quirinal Palace.')).toBeUndefined();
  });

  it("a place named for next year's summit is not the venue's container", () => {
    const text = 'The two leaders met at the Ravel Villa for two hours. Japan hosts next year\'s summit, in Osaka, in June.';
    expect(venue(text)).toMatchObject({ place: 'Ravel Villa', within: [] });
  });
});

describe('places: comparing what two reports say', () => {
  const v = (p: string, within: string[] = [], detail?: string): PlaceValue => ({ place: p, within, ...(detail ? { detail } : {}) });

  it('the same place whatever its spelling', () => {
    expect(relatePlaces(v('Höfði House'), v('Hofdi House'))).toBe('same');
    expect(relatePlaces(v('Hofdi'), v('Höfði House'))).toBe('same');
    expect(relatePlaces(v('Elmendorf-Richardson'), v('Joint Base Elmendorf-Richardson'))).toBe('same');
    expect(relatePlaces(v('the Kremlin'), v('Kremlin'))).toBe('same');
  });

  it('a place inside another is narrower, known from the gazetteer or from the text', () => {
    expect(relatePlaces(v('Joint Base Elmendorf-Richardson'), v('Anchorage'))).toBe('narrower');
    expect(relatePlaces(v('Anchorage'), v('Joint Base Elmendorf-Richardson'))).toBe('wider');
    expect(relatePlaces(v('Helsinki'), v('Finland'))).toBe('narrower');
    expect(relatePlaces(v('Lakeside Pavilion', ['Lugano']), v('Lugano'))).toBe('narrower');
    expect(relatePlaces(v('Anchorage', [], 'military base'), v('Anchorage'))).toBe('narrower');
    expect(relatePlaces(v('Joint Base Elmendorf-Richardson'), v('Anchorage', [], 'military base'))).toBe('narrower');
  });

  it('two places apart are a conflict', () => {
    expect(relatePlaces(v('Anchorage'), v('Helsinki'))).toBe('conflict');
    expect(relatePlaces(v('Joint Base Elmendorf-Richardson'), v('Reykjavik'))).toBe('conflict');
    expect(relatePlaces(v('Höfði House'), v('Capella Hotel'))).toBe('conflict');
    expect(relatePlaces(v('Alaska'), v('Finland'))).toBe('conflict');
  });

  it('an unplaced site and a city are not taken to conflict', () => {
    expect(relatePlaces(v('Hotel Bellevue'), v('Geneva'))).toBe('narrower');
  });

  it('two spellings of one building the gazetteer does not know are one place, or one more specific', () => {
    expect(relatePlaces(v('Linden guesthouse'), v('Linden State Guest House'))).toBe('same');
    expect(relatePlaces(v('Ashgrove'), v('Ash Grove'))).toBe('same');
    expect(relatePlaces(v('Palace of Concord'), v('Concord Palace'))).toBe('same');
    expect(relatePlaces(v('Ravel Villa Annex'), v('Ravel Villa'))).toBe('narrower');
    // but two names with nothing in common are two places
    expect(relatePlaces(v('Linden guesthouse'), v('Birchwood Hotel'))).toBe('conflict');
  });

  it('a room is inside a building, and a town placed in a state is wider than a site', () => {
    expect(relatePlaces(v('Blue Parlor'), v('Ashgrove'))).toBe('narrower');
    expect(relatePlaces(v('Ashgrove'), v('Millbrook', ['N.J.']))).toBe('narrower');
    // (unplaced, two bare names say nothing of which holds the other)
    expect(relatePlaces(v('Ashgrove'), v('Millbrook'))).toBe('conflict');
  });

  it('a building named on a known city is in it, and in nothing apart from it', () => {
    expect(relatePlaces(v('Kazan Expo centre'), v('Kazan'))).toBe('narrower');
    expect(relatePlaces(v('Kazan Expo centre'), v('Bali'))).toBe('conflict');
  });

  it('a row places a name for every source when one source places it', () => {
    const row = [v('Millbrook'), v('Blue Parlor', ['Millbrook', 'N.J.']), v('Ashgrove')];
    const relate = venueExtractor.kinds.find((k) => k.type === 'meeting.venue')!.relateAmong!(row);
    expect(relatePlaces(row[0]!, row[2]!)).toBe('conflict');
    expect(relate(row[0]!, row[2]!)).toBe('wider');
    expect(relate(row[2]!, row[0]!)).toBe('narrower');
  });

  it('the gazetteer knows containments, aliases and abbreviations', () => {
    expect(containers('Anchorage').map((p) => p.name)).toEqual(['Alaska', 'United States']);
    expect(lookup('Calif.')?.name).toBe('California');
    expect(lookup('the U.S.')?.name).toBe('United States');
    expect(placeKey('Höfði')).toBe('hofdi');
  });
});

describe('next_meeting.location: where a next meeting was proposed or set', () => {
  it.each([
    ['Putin proposed holding the next summit in Moscow.', 'Moscow', 'proposed', 'Putin'],
    ['“Next time in Moscow,” Putin said in English.', 'Moscow', 'proposed', 'Putin'],
    ['Trump invited Kim to the White House.', 'White House', 'proposed', 'Trump'],
    ['The two leaders agreed to meet again in Washington.', 'Washington', 'stated', 'report'],
    ['A follow-up summit in Beijing was set.', 'Beijing', 'stated', 'report'],
    ['Kim invited Trump to visit Pyongyang.', 'Pyongyang', 'proposed', 'Kim'],
    ['The Kremlin said a new meeting could take place in Moscow.', 'Moscow', 'proposed', 'Kremlin'],
    ['Biden said he hoped the next meeting would be in Washington.', 'Washington', 'hoped', 'Biden'],
    ['The next round of talks will take place in Istanbul, officials said.', 'Istanbul', 'expected', 'officials'],
    ['Trump flatly rejected holding the next summit in Moscow.', 'Moscow', 'denied', 'Trump'],
  ])('%s', (text, where, modality, who) => {
    const found = next(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.value.place).toBe(where);
    expect(found[0]!.modality).toBe(modality);
    expect(found[0]!.attribution).toBe(who);
  });

  it('resolves the proposer to the full name the report uses', () => {
    const found = next('Russian President Vladimir Putin spoke first. Putin then suggested that the next summit be held in Moscow.');
    expect(found[0]!.attribution).toBe('Vladimir Putin');
  });

  it('states a repeated proposal once', () => {
    expect(next('Putin proposed Moscow for the next summit. He proposed the next summit in Moscow.').length).toBeLessThanOrEqual(1);
    expect(next('Putin proposed the next summit in Moscow. Later, Putin again proposed the next summit in Moscow.')).toHaveLength(1);
  });

  it('keeps a multilateral summit and an undated "visit" out of the next meeting', () => {
    expect(next('Biden said the next G20 summit in Johannesburg would matter.')).toEqual([]);
    expect(next('Shultz said no date had been set for the visit to Washington.')).toHaveLength(1);
  });

  it('gives a proposal to its proposer, not to the clause before it', () => {
    const [found] = next('When Gorbachev proposed meeting in London, both sides called it a stop on the way to a full summit in the United States.');
    expect(found).toMatchObject({ value: { place: 'United States' }, attribution: 'report', modality: 'stated' });
    const [spoken] = next('Russian President Vladimir Putin spoke. Concluding his remarks, Vladimir Putin, speaking in English, proposed holding the next meeting in Moscow.');
    expect(spoken).toMatchObject({ value: { place: 'Moscow' }, attribution: 'Vladimir Putin', modality: 'proposed' });
    const [passive] = next('He said Kim would be invited to the White House in due course.');
    expect(passive!.attribution).not.toBe('Kim');
  });

  it('reads "are next expected to meet at … in Sydney" and "will meet next in …", not a body’s name', () => {
    const a = next('The two leaders are next expected to meet at the Asia-Pacific Economic Cooperation summit in Sydney in September.');
    expect(a.map((c) => (c.value as { place: string }).place)).toEqual(['Sydney']);
    expect(a[0]).toMatchObject({ modality: 'expected' });
    expect(next('They will meet next in Vladivostok.')[0]).toMatchObject({ value: { place: 'Vladivostok' } });
    // (nor is that meeting the venue of this one)
    expect(venue('The two leaders are next expected to meet at the Asia-Pacific Economic Cooperation summit in Sydney in September.')).toBeUndefined();
  });

  it('reads a place named as the venue of a next meeting', () => {
    expect(next('Putin suggested Moscow as the venue for their next meeting.')[0]).toMatchObject({ value: { place: 'Moscow' }, modality: 'proposed', attribution: 'Putin' });
    expect(next('Moscow was floated as a possible venue for a second summit.')[0]).toMatchObject({ value: { place: 'Moscow' }, modality: 'proposed' });
  });

  it('keeps a settled next meeting in the report’s voice, and a cited one with who said it', () => {
    expect(next('Kim accepted Trump’s invitation to visit Washington.')[0]).toMatchObject({ value: { place: 'Washington' }, modality: 'stated', attribution: 'report' });
    expect(next('Officials said a follow-up meeting would take place in Geneva within weeks.')[0]).toMatchObject({ modality: 'expected', attribution: 'officials' });
  });

  it('finds the same claims whatever report was read before', () => {
    const text = 'Xi invited Biden to visit China next year.';
    const before = next(text);
    next('Putin suggested Moscow as the venue for their next meeting.');
    expect(next(text)).toEqual(before);
    expect(before.map((c) => c.value.place)).toEqual(['China']);
  });

  it('takes "second" and "third" as a next meeting only when the clause looks ahead', () => {
    expect(next('Their second summit, held in Hanoi, collapsed.')).toEqual([]);
    expect(place('Their third meeting, at Panmunjom, was brief.')).toBe('Panmunjom');
    expect(next('A second summit could take place in Hanoi.')[0]).toMatchObject({ value: { place: 'Hanoi' }, modality: 'proposed' });
    expect(next('The two agreed to a second summit, which the White House said would be held in Vietnam.')[0]).toMatchObject({
      value: { place: 'Vietnam' },
      modality: 'stated',
      attribution: 'White House',
    });
  });

  it('stays silent on places that are not a next meeting', () => {
    expect(next('Trump will next travel to Scotland.')).toEqual([]);
    expect(next('The two leaders met in Anchorage on Friday.')).toEqual([]);
    expect(next('Zelensky, speaking at a news conference in Kyiv, said he was not invited.')).toEqual([]);
    expect(next('Trump will visit Britain next week.')).toEqual([]);
    expect(next('The second summit, held in Hanoi in 2019, collapsed.')).toEqual([]);
  });
});

describe('next_meeting.location: settled visits, labels and exchanges', () => {
  const places = (text: string) => next(text).map((c) => c.value.place);

  it('takes a visit with a time ahead as the next meeting, but not a trip without one', () => {
    expect(places('The two sides signed a trade accord. The prime minister will visit Hanoi in the spring.')).toEqual(['Hanoi']);
    // a trip with a date that the summit did not settle is just a trip
    expect(places('The prime minister will visit Hanoi in the spring.')).toEqual([]);
    expect(places('Under the accord, the chancellor is to visit Ankara next year.')).toEqual(['Ankara']);
    expect(places('The prime minister will visit Hanoi.')).toEqual([]);
    expect(places('The minister visited Hanoi in the spring.')).toEqual([]);
    expect(places('He had visited Hanoi a month earlier.')).toEqual([]);
  });

  it('reads a year after the summit as when the next one is, and one before it as history', () => {
    expect(places('On 4 March 1975 the two met in Bern. They agreed to hold a further meeting in Vienna in 1976.')).toEqual(['Vienna']);
    expect(places('On 4 March 1975 the two met in Bern. A further meeting in Vienna in 1971 had failed.')).toEqual([]);
  });

  it('reads a welcome still to come, not the welcome at this summit', () => {
    expect(next('“I look forward to welcoming her to Ottawa next spring,” the premier said.')[0]).toMatchObject({ value: { place: 'Ottawa' } });
    expect(places('The host said he was delighted to welcome his guest to Ottawa and that the visit would matter.')).toEqual([]);
    expect(places('The host welcomed his guest to Ottawa on Monday.')).toEqual([]);
  });

  it('reads a briefing label naming the next meeting, but not the next stop of a trip', () => {
    expect(places('Next summit: Lisbon, 1997.')).toEqual(['Lisbon']);
    expect(places('- Next meeting — Oslo')).toEqual(['Oslo']);
    expect(places('Next stop: Lisbon, where the president meets allies.')).toEqual([]);
  });

  it('keeps the first of an exchange of visits, by year or else by order', () => {
    expect(places('Under the accord, the premier will visit Canada in 1977 and the president will visit Mexico in 1976.')).toEqual(['Mexico']);
    expect(places('The premier accepted an invitation to visit Canada, and the president accepted an invitation to visit Mexico.')).toEqual(['Canada']);
    // two people floating two places disagree; neither is dropped
    expect(places('Putin proposed holding the next summit in Moscow. Trump proposed holding the next summit in Washington.')).toHaveLength(2);
  });
});

describe('next_meeting.time: when a next meeting may happen', () => {
  it.each([
    ['The two leaders agreed to meet again within weeks.', 'within weeks', 'stated'],
    ['A second summit could be held early next year.', 'early next year', 'proposed'],
    ['Trump said he hoped to hold another meeting soon.', 'soon', 'hoped'],
    ['The leaders will meet again in the spring.', 'in the spring', 'expected'],
    ['A follow-up meeting was set for next month.', 'next month', 'stated'],
    ['Kim accepted an invitation to visit Seoul at an appropriate time.', 'at an appropriate time', 'stated'],
  ])('%s', (text, when, modality) => {
    const found = next(text, 'next_meeting.time');
    expect(found).toHaveLength(1);
    expect(found[0]!.value.text).toBe(when);
    expect(found[0]!.value.date).toBeNull();
    expect(found[0]!.modality).toBe(modality);
  });

  it('reads "see … again" as meeting again', () => {
    expect(next('Trump said he would see Putin again soon.', 'next_meeting.time')[0]).toMatchObject({ value: { text: 'soon' }, attribution: 'Trump' });
  });

  it('gives a calendar date when the report spells one out', () => {
    const found = next('The next summit will take place on September 12, 2026.', 'next_meeting.time');
    expect(found[0]!.value).toEqual({ text: 'on September 12, 2026', date: '2026-09-12' });
  });

  it('stays silent on times that are not a next meeting, and on "no date was set"', () => {
    expect(next('Trump said he would brief allies next week.', 'next_meeting.time')).toEqual([]);
    expect(next('No date has been set for another meeting.', 'next_meeting.time')).toEqual([]);
    expect(next('The leaders met again on Friday for the first time in years.', 'next_meeting.time')).toEqual([]);
  });

  it('compares times: equal, more precise, or impossible together', () => {
    const t = (text: string): TimeValue => ({ text, date: null });
    expect(relateTimes(t('next year'), t('Next Year'))).toBe('same');
    expect(relateTimes(t('within weeks'), t('soon'))).toBe('narrower');
    expect(relateTimes(t('in March'), t('in the spring'))).toBe('narrower');
    expect(relateTimes(t('within days'), t('in a few months'))).toBe('conflict');
    expect(relateTimes(t('next year'), t('later this year'))).toBe('conflict');
    // a December summit makes "within weeks" and "next year" compatible: never a conflict
    expect(relateTimes(t('within weeks'), t('next year'))).not.toBe('conflict');
    expect(whenOf('in the near future').vague).toBe(true);
  });
});

describe('the venue rows across reports', () => {
  const rows = (texts: string[]) =>
    check(texts.map((text, i) => ({ id: `r${i}`, path: `r${i}.txt`, text }))).rows.filter((r) => r.type === 'meeting.venue' || r.type.startsWith('next_meeting'));

  it('a named base against its city adds detail; two cities diverge', () => {
    const [more] = rows(['The leaders met at the military base in Anchorage.', 'The leaders met at Joint Base Elmendorf-Richardson.']);
    expect(more!.verdict).toBe('adds-detail');
    const [apart] = rows(['The leaders met in Anchorage.', 'The leaders met in Helsinki.']);
    expect(apart!.verdict).toBe('diverge');
    const [same] = rows(['The leaders met at Hofdi House.', 'The leaders met at Höfði House.']);
    expect(same!.verdict).toBe('agree');
  });

  it('a building one report places and another names alone is in that place for both', () => {
    const [row] = rows([
      'Anna Berg received Otto Lind at the Linden Ruchey presidential residence in Sochi.',
      'Anna Berg and Otto Lind met at Linden Ruchey on Monday.',
      "The two met at Berg's residence in the resort of Sochi.",
    ]);
    expect(row!.verdict).toBe('adds-detail');
  });

  it('a proposal reads as a proposal in the matrix', () => {
    const row = rows(['Vladimir Putin proposed holding the next summit in Moscow.', 'The talks ended.']).find((r) => r.type === 'next_meeting.location')!;
    expect(row.values[0]!.display).toBe('Moscow (Russia) (proposed by Vladimir Putin)');
    expect(row.silent).toEqual(['r1']);
  });

  it('reads a Markdown report and points at the place in the file', () => {
    const doc = docOf('# Summit\n\nThe two leaders **met in Anchorage** on Friday.\n', 'r.md');
    const [c] = venueExtractor.extract(doc);
    expect(doc.report.text.slice(c!.span.start, c!.span.end)).toBe('Anchorage');
    expect(doc.position(c!.span.start)).toEqual({ line: 3, column: 26 });
  });
});

describe('round two: wordings from outlets the rules had not seen', () => {
  it('takes "<Palace> of <Name>" for a building, and a hall "of" a palace for a room inside it', () => {
    expect(venue('The two presidents sat down on Monday night at the House of Friendship, a state guesthouse.')).toMatchObject({ place: 'House of Friendship' });
    expect(venue('The talks went on in St. Andrew\'s Hall of the Grand Kremlin Palace.')).toMatchObject({ place: "St. Andrew's Hall", within: expect.arrayContaining(['Grand Kremlin Palace']) });
    // a name built on a known one is inside it
    expect(relatePlaces({ place: 'Grand Kremlin Palace', within: [] }, { place: 'Kremlin', within: [] })).toBe('narrower');
    // … and so set apart from another city
    expect(relatePlaces({ place: 'Moscow Riverside Hotel', within: [] }, { place: 'Beijing', within: [] })).toBe('conflict');
    // no head word before "of": still an unknown name that needs a cue right at it
    expect(venue('The summit is remembered on Day of Unity by many, and they met later.')).toBeUndefined();
  });

  it('does not read an abbreviated weekday or month after "on" as a place', () => {
    expect(venue('Formal talks were held at the Kremlin on Wed 14 May.')).toMatchObject({ place: 'Kremlin', within: ['Moscow', 'Russia'] });
    expect(venue('The leaders met at the palace on Thu.')?.within ?? []).not.toContain('Thu');
  });

  it('places talks whose subject is the meeting, however long the list between it and the verb', () => {
    expect(place('The negotiations between the chancellor, the two presidents and their foreign ministers, all of them exhausted, opened in the Slovak capital late on Monday.')).toBe('Bratislava');
    expect(place('Ottawa, May 3 (Agency) -- The consultations between the heads of government were concluded at Rideau Hall on Tuesday.')).toBe('Rideau Hall');
    // a verb of course with another subject is no cue
    expect(venue('The war began in Donbas long before anyone spoke of peace.')).toBeUndefined();
  });

  it('takes a signing for the place of the meeting, but not an old signing', () => {
    expect(place('The two leaders signed a stack of cooperation papers at the Hofburg.')).toBe('Hofburg');
    expect(venue('The accord signed in Budapest last December has never been honoured.')).toBeUndefined();
  });

  it('reads a denial only in the stretch of its own cue', () => {
    expect(place('The premier complained that Seoul was not ready, as she and her guest initialled the texts at the Blue House.')).toBe('Blue House');
  });

  it('does not take a leader meeting reporters on his own for the venue of the talks', () => {
    expect(venue('The Soviet leader meets the press alone at the Soviet Embassy.')).toBeUndefined();
    expect(place('The talks were held at Blair House. The chancellor later met reporters on her own at the German Embassy.')).toBe('Blair House');
  });

  it('takes "the first … to visit X since" for the visit reported, not a first of another year', () => {
    expect(place('The prime minister is the first Japanese leader to visit Hanoi since 2009.')).toBe('Hanoi');
    expect(place("It was the chancellor's first trip to Beijing since the pandemic.")).toBe('Beijing');
    expect(venue('Nixon became the first president to visit China, in 1972.')).toBeUndefined();
    expect(venue('He will be the first leader to visit Canberra in a decade.')).toBeUndefined();
  });

  it('knows a state that once held a country', () => {
    expect(relatePlaces({ place: 'Moscow', within: ['Russia'] }, { place: 'Soviet Union', within: [] })).toBe('narrower');
    expect(relatePlaces({ place: 'Soviet Union', within: [] }, { place: 'Kyiv', within: ['Ukraine'] })).toBe('wider');
    expect(relatePlaces({ place: 'Soviet Union', within: [] }, { place: 'Washington', within: [] })).toBe('conflict');
    // a report of today still shows Moscow in Russia only
    expect(place('The leaders met in Moscow.')).toBe('Moscow');
    expect(venue('The leaders met in Moscow.')!.within).toEqual(['Russia']);
  });
});

describe('next meeting: one of the two leaders travelling at a time ahead, as the summit settled', () => {
  const story = (last: string) =>
    'President Ana Silva met Prime Minister Tomas Berg on Monday. Silva and Berg talked for hours. Silva thanked Berg. ' + last;

  it('takes a settled trip of a leader to a place ahead', () => {
    expect(next(story('The communique sets out a timetable: Berg to Lisbon next spring, Silva to Oslo the year after.')).map((c) => c.value.place)).toEqual(['Lisbon']);
    expect(next(story('Silva flies home tonight; if the accord holds, she goes to Oslo in the autumn.')).map((c) => c.value.place)).toEqual(['Oslo']);
  });

  it('leaves trips that nothing settled, that have no time ahead, or that are not the leaders\u2019', () => {
    // nothing the summit settled in the clause
    expect(next(story('Berg flies to Washington next month to see the American president.'))).toEqual([]);
    // no time ahead
    expect(next(story('Under the accord, Berg went to Lisbon to brief parliament.'))).toEqual([]);
    // a minister, not one of the two leaders
    expect(next(story('Under the accord, Foreign Minister Karl Dahl goes to Lisbon next month.'))).toEqual([]);
  });
});

describe('the gazetteer knows the cities summits and gatherings of many are held in', () => {
  it.each([
    ['Next meeting: Naples, at the G7 summit in June.', 'Naples'],
    ['The two leaders will see each other again next month in Cologne.', 'Cologne'],
    ['They are expected to meet again in Hangzhou in the autumn.', 'Hangzhou'],
  ])('%s', (text, where) => {
    expect(next(text).map((c) => c.value.place)).toContain(where);
  });

  it('places rooms and palaces in the buildings and cities that hold them', () => {
    expect(venue('The two met in the Oval Office on Friday.')!.within).toEqual(['White House', 'Washington', 'United States']);
    expect(place('Their meeting was held at the Élysée Palace.')).toBe('Élysée Palace');
    expect(relatePlaces({ place: 'Elysee', within: [] }, { place: 'Paris', within: [] })).toBe('narrower');
  });
});

describe('round three: a venue in the words of columns, liveblogs and wires the rules had not seen', () => {
  it('takes a place held by a person noun for where that person sits, not for the meeting', () => {
    expect(venue('Leaders are judged by their first encounter with the man in the Kremlin.')).toBeUndefined();
    expect(venue('Her talks with the woman in the Élysée went badly.')).toBeUndefined();
    expect(venue('The summit drew criticism from officials in Brussels.')).toBeUndefined();
    // the meeting itself is still read
    expect(place('The two men talked for an hour in a castle outside Kranj.')).toBe('Kranj');
    expect(place('The talks between the two men in Geneva lasted five hours.')).toBe('Geneva');
  });

  it('reads a building described by its style as a description, not a name', () => {
    expect(venue('They talked for two hours in a Renaissance castle in the Slovenian countryside.')).toMatchObject({ place: 'Slovenia' });
    expect(venue('The leaders met in a Baroque palace in Vienna.')).toMatchObject({ place: 'Vienna', detail: 'Baroque palace' });
    expect(venue('The sit-down took place at a Stalinist tower in Moscow.')).toMatchObject({ place: 'Moscow' });
    // a name that starts with a style word is still a name
    expect(place('The two leaders met at the Renaissance Hotel in Vienna.')).toBe('Renaissance Hotel');
  });

  it('does not let a crowd gathering somewhere lend its place to the meeting', () => {
    expect(venue('Protesters gathered outside the parliament in Taipei.')).toBeUndefined();
    expect(venue('Demonstrators later gathered in Ljubljana to oppose the visit.')).toBeUndefined();
    expect(venue('Reporters gathered at the press centre in Goyang.')).toBeUndefined();
    expect(place('The leaders gathered in Geneva for the talks.')).toBe('Geneva');
  });

  it('does not take a cancelled event for the venue', () => {
    expect(venue('The joint press conference in the East Room was cancelled.')).toBeUndefined();
    expect(venue('A signing ceremony at Lancaster House had been called off by noon.')).toBeUndefined();
    expect(venue('Aides scrapped the joint news conference at the Kremlin.')).toBeUndefined();
  });

  it('reads the meeting named by what it was like: a conversation, a clash, what happened there', () => {
    expect(place('The conversation in Moscow went on for more than five hours.')).toBe('Moscow');
    expect(place('After a shouting match in the Oval Office, the visit collapsed.')).toBe('Oval Office');
    expect(place('What happened in Geneva on Tuesday was less than a breakthrough.')).toBe('Geneva');
    expect(place('The Oval Office clash ended any hope of a deal.')).toBe('Oval Office');
    expect(place('Migration barely came up in Ankara, by most accounts.')).toBe('Ankara');
    // border clashes are not the talks
    expect(venue('Fresh clashes in Idlib killed three soldiers.')).toBeUndefined();
    // a country where something happened or came up is a topic, unless the country is a city
    expect(venue('Trump asked what happened in Ukraine after 2014.')).toBeUndefined();
    expect(venue('He said the matter was raised in China as well.')).toBeUndefined();
    expect(place('What happened in Singapore on Saturday was historic.')).toBe('Singapore');
  });

  it('keeps a trip after the summit, and somebody else\u2019s meeting, out of the venue', () => {
    expect(venue('Next up for the president: Manaus on Sunday, then the G20 in Rio.')).toBeUndefined();
    const story = 'Vladimir Putin met Emmanuel Macron in the Kremlin on Monday. Putin and Macron talked for five hours. ';
    expect(place(story + 'Olaf Scholz, who held talks with Joe Biden at the White House, heads to Moscow next.')).toBe('Kremlin');
    expect(place(story + 'He said the talks at the Kremlin were useful.')).toBe('Kremlin');
    // a leader the headline names is one of the two, however seldom the text names him again
    const agency = 'Xi Jinping meets Ma Ying-jeou\n\nXi Jinping met Ma Ying-jeou on Saturday. Zhang Zhijun briefed reporters. Zhang Zhijun said Xi spoke warmly. Zhang Zhijun praised Xi. ';
    expect(place(agency + 'Ma Ying-jeou arrived at the Shangri-La Hotel for the talks.')).toBe('Shangri-La Hotel');
  });

  it('reads where a motorcade is bound, and a trip one is due to make as expected', () => {
    expect(place('15:40 Motorcade leaves the president\u2019s hotel for the Delfines Hotel, where his host is staying.')).toBe('Delfines Hotel');
    expect(place('The convoy headed for the Peace House shortly before ten.')).toBe('Peace House');
    expect(place('The motorcade sped to the Kremlin through empty streets.')).toBe('Kremlin');
    // the airport a motorcade leaves for is not the venue
    expect(venue('The motorcade left for the airport.')).toBeUndefined();
    // nor where it went once the talks were over
    expect(venue('The motorcade left for Manaus after the talks.')).toBeUndefined();
    expect(venue('Later the convoy headed for Rio.')).toBeUndefined();
    const story = 'The two met in the Oval Office on Friday. ';
    expect(place(story + 'Zelensky is due in London on Sunday for a meeting of European leaders.')).toBe('Oval Office');
  });
});

describe('round three: next meetings said as carrying on the talks, and invitations for later', () => {
  it.each([
    ['The heads of state agreed to continue the dialogue at the G20 summit in Osaka in June.', 'Osaka'],
    ['The two presidents will resume their talks in Hangzhou next spring.', 'Hangzhou'],
    ['Both sides said they would pick up the conversation in Vienna within weeks.', 'Vienna'],
  ])('%s', (text, where) => {
    expect(next(text).map((c) => c.value.place)).toEqual([where]);
    // a next meeting is not the venue of this one
    expect(venue(text)).toBeUndefined();
  });

  it('does not read talks that went on during the summit as a next meeting', () => {
    expect(next('The two sides continued their talks over dinner at the palace in Vienna.')).toEqual([]);
    expect(place('The two sides continued their talks over dinner at the palace in Vienna.')).toBe('Vienna');
  });

  it('takes a place a verb of aiming points at for a target, not a place', () => {
    expect(next('The alliance, which may invite new members next year, is a club aimed at Russia.')).toEqual([]);
    expect(venue('At the talks he took a swipe at Washington.')).toBeUndefined();
  });

  it('drops invitations for later when the report settles a next meeting elsewhere', () => {
    const text = 'The two leaders will see each other again next month in Genoa. Putin invited Bush to Moscow; no dates were fixed.';
    expect(next(text).map((c) => c.value.place)).toEqual(['Genoa']);
    // an invitation alone is still read
    expect(next('Putin invited Bush to Moscow; no dates were fixed.').map((c) => c.value.place)).toEqual(['Moscow']);
    // a settled place that agrees with the proposal keeps both
    expect(next('They will meet again in Russia next year. Putin invited Bush to Moscow.').map((c) => c.value.place)).toEqual(['Russia', 'Moscow']);
  });
});

describe('round three: a leader\u2019s trip that a clause of time takes for granted', () => {
  const story = (last: string) =>
    'President Ana Silva met Prime Minister Tomas Berg on Monday. Silva and Berg talked for hours. Silva thanked Berg. ' + last;

  it.each([
    ['The treaty should be ready by the time Berg goes to Lisbon in the first half of next year.', 'Lisbon'],
    ['Much will have changed when Silva travels to Oslo next spring.', 'Oslo'],
    ['The draft must be agreed before Berg comes to Lisbon in the early months of the coming year.', 'Lisbon'],
  ])('%s', (last, where) => {
    expect(next(story(last)).map((c) => c.value.place)).toEqual([where]);
  });

  it('needs a time ahead and one of the two leaders', () => {
    expect(next(story('By the time Berg went to Lisbon, the treaty was ready.'))).toEqual([]);
    expect(next(story('By the time Foreign Minister Karl Dahl goes to Lisbon next year, the text will be ready.'))).toEqual([]);
  });
});

describe('round four: how the talks are told in other words', () => {
  it.each([
    // a liveblog's present tense
    ['Motorcade arrives at the Haldor Lodge, where the talks will be held.', 'Haldor Lodge'],
    ['The two presidents sit down at the Palais Rosenau in Vienna shortly after noon.', 'Palais Rosenau'],
    ['Putin holds talks with Tokayev at the Akorda palace in Astana.', 'Akorda palace'],
    ['The leaders convene at the Hotel Bristol in Oslo after lunch.', 'Hotel Bristol'],
    // talking with someone, sitting beside them
    ['The two men spoke for about an hour inside Blair House.', 'Blair House'],
    ['Kosygin chatted privately with the president in the study of the Hollins mansion.', 'Hollins mansion'],
    ['They then conversed alone at the Villa Borghese in Rome.', 'Villa Borghese'],
    ['Seated beside his guest at the Akasaka Palace, the prime minister said the talks were frank.', 'Akasaka Palace'],
    // lodgings, temples, forts: sites as much as hotels
    ['The leaders talked late into the night at the Kaga Yashiki inn in Kanazawa.', 'Kaga Yashiki inn'],
    ['The summit was held at the Hanami ryokan on the coast.', 'Hanami ryokan'],
    ['The two leaders met at the Tengri monastery outside the capital.', 'Tengri monastery'],
    // a gesture over a table or across a line is made where it is made
    ['The two shook hands over the low wall at Panmunjom before walking inside.', 'Panmunjom'],
    ['The leaders shook hands across the table at Brdo Castle.', 'Brdo Castle'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it('does not read talking to reporters as the talks', () => {
    expect(venue('Putin spoke to reporters at Vnukovo airport before leaving.')).toBeUndefined();
    expect(venue('The president spoke with journalists in Osaka on Saturday.')).toBeUndefined();
  });

  it.each([
    // a gathering someone comes from is another one
    'Trump floated the meeting on Twitter from the Group of 20 summit in Osaka.',
    'Fresh from a NATO summit in Brussels, the president flew on overnight.',
    'He arrived straight from the regional summit in Bangkok, aides said.',
    'Announcing the plan from the G20 gathering in Buenos Aires the day before, he was vague.',
  ])('keeps an origin out of the venue: %s', (text) => {
    expect(venue(text)).toBeUndefined();
  });

  it('still places talks someone emerged from', () => {
    expect(place('Putin emerged from the talks at the Kremlin looking pleased.')).toBe('Kremlin');
  });

  it.each([
    'Their brief encounter in Lima last month had already shown the limits.',
    'The two leaders met in Hanoi the week before, to little effect.',
    'They had talks at the Elysee last week as well.',
  ])('reads a meeting dated before this one as history: %s', (text) => {
    expect(venue(text)).toBeUndefined();
  });

  it.each([
    'The image matters in Pyongyang, where state media hailed the meeting as historic.',
    'The pictures played well in Moscow, where commentators praised the summit.',
    'It was watched closely in Tokyo, where television broadcast the talks live.',
  ])('does not take a place that heard of the meeting for its venue: %s', (text) => {
    expect(venue(text)).toBeUndefined();
  });

  it('keeps "X, where the two met" as the venue', () => {
    expect(place('Reykjavik, where the two leaders met, was chosen at short notice.')).toBe('Reykjavik');
  });

  const story = (last: string) =>
    'Shinzo Abe hosted Vladimir Putin on Thursday. Abe and Putin talked for hours at the Otani inn in Nagato. Putin thanked Abe. ' + last;
  it.each([
    'Donald Trump, whom Abe met in New York in November, has said little.',
    'The envoy Stephen Biegun, with whom Putin spoke in Geneva, was not there.',
    'Xi Jinping, whom Putin met at the Kremlin in spring, sent a message.',
  ])('does not take a meeting with someone else for the venue: %s', (last) => {
    expect(place(story(last))).toBe('Otani inn');
  });
  it('keeps a relative clause on one of the two leaders', () => {
    const text = 'Trump arrived on Friday. Vladimir Putin, whom Trump met in Anchorage on Friday, said little. Trump and Putin shook hands.';
    expect(place(text)).toBe('Anchorage');
  });
});

describe('round four: a next meeting at a place the gazetteer does not know', () => {
  it.each([
    ['The two leaders agreed to meet again on Sunday at Hollins Lodge.', 'Hollins Lodge'],
    ['A second session is planned for Saturday at Bramwell.', 'Bramwell'],
    ['Both sides will resume their talks on Monday in Kestrel Bay.', 'Kestrel Bay'],
    ['The leaders will return to Bramwell on Sunday for another meeting.', 'Bramwell'],
  ])('%s', (text, where) => {
    expect(next(text).map((c) => c.value.place)).toEqual([where]);
  });

  it('needs the cue right at an unknown name', () => {
    expect(next('They agreed to meet again at Christmas.')).toEqual([]);
    expect(next('They will meet again in the autumn, probably during APEC Leaders Week.')).toEqual([]);
    expect(next('The two will meet again soon, the aides said after the dinner at Bramwell.')).toEqual([]);
    expect(next('Their second meeting, at Hollins Lodge, went badly.')).toEqual([]);
  });

  it('ends a place at a date', () => {
    expect(next('They agreed to meet again in Vladivostok next September.').map((c) => c.value.place)).toEqual(['Vladivostok']);
  });
});

describe('round four: one leader\u2019s plan to go where the other will be', () => {
  const story = (last: string) => 'Prime Minister Kenji Sato hosted President Ivan Orlov on Friday. Sato and Orlov talked for hours. ' + last;
  it.each([
    ['Sato said he would travel to Vladivostok next September to attend a forum hosted by Orlov.', 'Vladivostok'],
    ['Sato will go to Moscow for the Orlov-hosted trade fair next spring.', 'Moscow'],
    ['Orlov plans to fly to Tokyo early next year, when Sato hopes to host him again.', 'Tokyo'],
  ])('%s', (last, where) => {
    expect(next(story(last)).map((c) => c.value.place)).toEqual([where]);
  });

  it('does not take any trip for a next meeting', () => {
    // the other leader is not in view
    expect(next(story('Orlov said he would fly to Beijing next month.'))).toEqual([]);
    // a gathering of many
    expect(next(story('Sato will travel to Rio next year for the G20 summit, where Orlov is also expected.'))).toEqual([]);
    // no time ahead
    expect(next(story('Sato said he would go to Moscow one day to see Orlov.'))).toEqual([]);
  });
});

describe('round four: adjectives, names and datelines that place the talks', () => {
  it.each([
    ['Modi and Xi met in the Russian city of Kazan.', 'Kazan'],
    ['The talks were held in the Chinese capital on Monday.', 'Beijing'],
    ['The two leaders held talks in the French resort of Biarritz.', 'Biarritz'],
    ['The talks took place at the Congress Centre in Samarkand.', 'Congress Centre'],
    ['The leaders met in the President Hotel in Belgrade.', 'President Hotel'],
  ])('%s', (text, where) => {
    expect(place(text)).toBe(where);
  });

  it('does not read a language as a place', () => {
    expect(venue('Putin spoke in Russian, and Xi in Chinese, at the talks.')).toBeUndefined();
    expect(place('The talks were conducted in Russian at the Kremlin.')).toBe('Kremlin');
  });

  it.each([
    ['The leaders talked for five hours at Hollins Lodge, a stone house on the college campus.', 'Hollins Lodge'],
    ['The two met on Friday afternoon at Hollins Lodge.', 'Hollins Lodge'],
    ['The two presidents conferred privately at Bramwell, the residence of the college president.', 'Bramwell'],
  ])('takes an unknown name with a cue close by or a description: %s', (text, where) => {
    expect(place(text)).toBe(where);
  });

  it('does not take an unknown name that nothing places', () => {
    expect(venue('Kosygin said later at Bramwell that he was tired.')).toBeUndefined();
    expect(venue('The two met after Kosygin returned to Bramwell, an hour later.')).toBeUndefined();
  });

  it('grounds a described venue in a dateline town the gazetteer does not know', () => {
    const text = 'BRAMWELL, N.J. (Wire) — The two leaders met for five hours today in a small college town halfway between Washington and New York.\n\nThey talked about the Middle East.\n';
    expect(venue(text)).toMatchObject({ place: 'Bramwell', within: ['New Jersey'], detail: 'small college town' });
    // a dateline alone is never the venue
    expect(venue('BRAMWELL, N.J. (Wire) — The two leaders spoke by telephone today.\n')).toBeUndefined();
  });
});

describe('round four: a next meeting looked forward to or scheduled', () => {
  it.each([
    ['Putin said he looked forward to seeing Xi in Beijing.', 'Beijing', 'hoped'],
    ['Xi said he looks forward to meeting Putin again in Moscow next spring.', 'Moscow', 'hoped'],
    ['A second meeting at Hollins Lodge was set for Sunday.', 'Hollins Lodge', 'stated'],
    ['A third round of talks is scheduled in Geneva for March.', 'Geneva', 'expected'],
  ])('%s', (text, where, modality) => {
    expect(next(text).map((c) => [c.value.place, c.modality])).toEqual([[where, modality]]);
  });

  it('does not take a press event or a past ordinal meeting for the next one', () => {
    expect(next('Putin said he looked forward to meeting reporters in Moscow.')).toEqual([]);
    expect(next('Their second meeting, at Hollins Lodge, was set up hastily by aides.')).toEqual([]);
  });
});

describe('round five: appositions, guests received and places reached', () => {
  it.each([
    ['The two leaders sat down on Friday evening at Kasteel Wyck, a restored moated castle near the border.', 'Kasteel Wyck'],
    ['Xi received the visitor on Sunday at Yanqi Lake, a sprawling conference resort outside the capital.', 'Yanqi Lake'],
    ['They met over lunch on Tuesday at the Orchid, a small lakeside hotel.', 'Orchid'],
    ['Merkel received the Chinese premier at the Chancellery on Monday.', 'Chancellery'],
    ['The king received Modi at Marivent Palace for an hour.', 'Marivent Palace'],
    ['The motorcade took Putin to the Hofburg, the old imperial palace, for three hours of talks.', 'Hofburg'],
    ['He was driven to Villa Madama for the afternoon session with the premier.', 'Villa Madama'],
    ['Kim Jong Il had a talk with the visiting premier at the Kumsusan Palace today.', 'Kumsusan Palace'],
    ['The two leaders had a long talk at Hillwood House on Sunday.', 'Hillwood House'],
    ['The leaders walked into the Istana, a colonial-era mansion, and talked for an hour.', 'Istana'],
    ['Both men disappeared into Blair House and then held talks until dusk.', 'Blair House'],
    ['The presidents chose to meet 40 miles north, behind the gates of Greystone Manor.', 'Greystone Manor'],
    ['Xi and Ma shook hands for a long minute before a bank of photographers at the Grand Hyatt hotel.', 'Grand Hyatt hotel'],
    ['The summit was held on the Sakhalin State University campus over two days.', 'Sakhalin State University campus'],
    ['The two presidents talked on the grounds of Hillcrest estate for three hours.', 'Hillcrest estate'],
    ['Talks took place at the Istana, three days ahead of the ASEAN summit in Jakarta.', 'Istana'],
    ['Macron received the Russian leader at Brégançon five days before the G7 summit opens in Biarritz.', 'Brégançon'],
    ['The leaders met at the Old Fisherman’s Wharf Hotel on Saturday.', 'Old Fisherman’s Wharf Hotel'],
    ['The two met at Donald Trump’s Doral resort on Friday.', 'Doral resort'],
    ['The two leaders faced reporters on the lawn at Walker’s Point, the family’s oceanfront compound, after the talks.', 'Walker’s Point'],
    ['The leaders met at Martha’s Vineyard on Saturday.', 'Martha’s Vineyard'],
    ['They talked for an hour in Li Keqiang’s study at Zhongnanhai.', 'Zhongnanhai'],
  ])('%s', (text, where) => {
    expect(place(text)).toBe(where);
  });

  it('reads whose a place is when the owner is not named', () => {
    expect(venue('The talks were held at the chancellor’s country residence in Meseberg.')).toMatchObject({ place: 'Meseberg', detail: 'country residence' });
  });

  it.each([
    // a person after a comma is no description of a place
    'The two men met on Monday with Harrington, a veteran negotiator.',
    // one receives a letter, not a guest
    'The president received a letter from Kim at the Residenz yesterday.',
    // the reporters were kept there, not the talks
    'The 900 reporters covering the talks were housed at a hotel in Lucerne.',
    // a crowd pouring into a square is no meeting
    'Protesters poured into Freedom Square and chanted slogans.',
    // a dinner before which they shook hands is another event
    'The two shook hands before a dinner at the Ritz hotel.',
    // "talks on" a country is its topic
    'The talks on Ukraine lasted for hours.',
  ])('places no talks: %s', (text) => {
    expect(venue(text)).toBeUndefined();
  });

  it('keeps a source after "according to" out of the venue and the next meeting', () => {
    expect(place('The two leaders met in Vienna, according to the Kremlin.')).toBe('Vienna');
    expect(next('Putin accepted an invitation to visit Hanoi, according to the Kremlin.').map((c) => c.value.place)).toEqual(['Hanoi']);
    expect(next('Xi invited Modi to India next year, according to the Foreign Ministry.').map((c) => c.value.place)).toEqual(['India']);
  });

  it('takes a building said again by its kind alone for the one named', () => {
    const text = 'Castro held talks at the Palace of the Revolution with Obama. He received his guest at the entrance of the Palace with honours.';
    expect(place(text)).toBe('Palace of the Revolution');
  });
});

describe('round five: next meetings returned, on a country’s soil, in a format or called off', () => {
  it.each([
    ['Scholz is expected to make a return visit to Rome next year.', 'Rome'],
    ['The president will pay a reciprocal visit to Jakarta in the spring.', 'Jakarta'],
    ['Their next summit will be held on Turkish soil.', 'Turkey'],
    ['The two agreed to meet next time on Indian soil.', 'India'],
    ['The next meeting will be held in Normandy in June.', 'Normandy'],
    ['A follow-up summit in Cairo is planned for May.', 'Cairo'],
    ['Recalling the accord reached in Oslo last year, he said the talks would prepare his visit to Canada, as agreed.', 'Canada'],
  ])('%s', (text, where) => {
    expect(next(text).map((c) => c.value.place)).toEqual([where]);
  });

  it.each([
    'On the second day of his visit to Hanoi, the president laid a wreath.',
    'Leaders asked their aides to prepare the next meeting in the Normandy format.',
    'Macron hoped a further summit in the Minsk format could follow soon.',
    'A planned follow-up summit in Cairo was called off after the attack.',
    'The next meeting, in Doha, has been cancelled.',
    'The next round of talks on Ukraine will be held in the spring.',
    'Her return flight to Berlin was delayed by fog.',
  ])('says nothing: %s', (text) => {
    expect(next(text)).toEqual([]);
  });
});

describe('round five: "there" for a place named before, and meetings of officials only', () => {
  it.each([
    ['The Raffles hotel, long a haunt of writers, became the centre of attention on Tuesday as the two leaders met there for three hours.', 'Raffles hotel'],
    ['Modi flew with Sharif by helicopter to his farmhouse at Jati Umra. There, the two leaders spoke for an hour.', 'Jati Umra'],
    ['The motorcade swept up to Hillwood House at noon. There the two presidents talked until dusk.', 'Hillwood House'],
  ])('%s', (text, where) => {
    expect(place(text)).toBe(where);
  });

  it.each([
    // "there" with no place before it
    'There, the two leaders spoke for an hour.',
    // officials, not the leaders the report is about
    'President Yoon Suk Yeol and Prime Minister Fumio Kishida spoke by phone on Sunday. The foreign ministers of both countries will meet in Geneva next month.',
    'President Yoon Suk Yeol and Prime Minister Fumio Kishida spoke by phone on Sunday. Their sherpas met in Bern on Monday.',
    'President Vladimir Putin spoke by phone on Sunday. The Russian delegation held talks in Riyadh with the Americans.',
  ])('places no talks of the leaders: %s', (text) => {
    expect(venue(text)).toBeUndefined();
  });

  // a report that names no leader is about the officials who met: their meeting is the one
  it.each([
    ['The foreign ministers of Estara and Dovia met in Vienna on Monday.', 'Vienna'],
    ['The two delegations held talks in Riyadh on Tuesday.', 'Riyadh'],
    ['The defence ministers of the two countries held talks at the Hotel Metropole.', 'Hotel Metropole'],
  ])('keeps the meeting of officials when no leader is named: %s', (text, where) => {
    expect(place(text)).toBe(where);
  });

  it('keeps the leaders’ own delegations in their meeting', () => {
    expect(place('Putin and his delegation met Xi in Beijing.')).toBe('Beijing');
    expect(place('The two leaders and their delegations met at the Kremlin.')).toBe('Kremlin');
  });

  it('does not let an airport only landed at stand for the place the leaders met', () => {
    const text = 'Modi landed at Lakeside International Airport and flew with Sharif to his farmhouse at Jati Umra. There, the two leaders spoke for an hour.';
    expect(place(text)).toBe('Jati Umra');
  });
});

describe('round five: the one met standing between the verb and an unknown place', () => {
  it.each([
    ['Biden met Xi on Monday at the Mulia.', 'Mulia'],
    ['Abe received Putin at Otanitei on Thursday.', 'Otanitei'],
    ['Abe hosted his guest at Otanitei.', 'Otanitei'],
    ['The chancellor welcomed President Macron at Hollybush.', 'Hollybush'],
  ])('%s', (text, where) => {
    expect(place(text)).toBe(where);
  });

  it.each([
    'Biden met with reporters at Bramwell.',
    'Kosygin said later at Bramwell that he was tired.',
  ])('places no talks: %s', (text) => {
    expect(venue(text)).toBeUndefined();
  });
});

describe('meeting.venue: places of one visit, names and years around them', () => {
  it.each([
    ['The host showed his guest round the city museum on Tuesday. They then held talks at the Lakeview Guest House until dusk.', 'Lakeview Guest House'],
    ['The premier received the president at the Riverside Art Gallery. The two then sat down for talks at the Willow Pavilion.', 'Willow Pavilion'],
    ['Talks were held at the Pine Hill Lodge after the two leaders toured the Maritime Museum together.', 'Pine Hill Lodge'],
  ])('of two buildings on one visit, takes the one the talks were in: %s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it.each([
    ['The leaders spent Friday and Saturday in the Chinese city of Wuhan.', 'Wuhan'],
    ['Both men spent the weekend in Sochi, Russia.', 'Sochi'],
    ['The two presidents spent Tuesday in Geneva talking trade.', 'Geneva'],
  ])('reads days spent somewhere as being there: %s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it('does not take time spent in prison for the venue', () => {
    expect(venue('The dissident spent years in Siberia before his release.')).toBeUndefined();
  });

  it.each([
    'The two sides agreed to work together on a rail project in Kenya.',
    'They pledged to cooperate together on water schemes in Laos.',
    'Officials said both governments would act together in the Sahel.',
  ])('reads working together somewhere as cooperation, not a meeting there: %s', (text) => {
    expect(venue(text)).toBeUndefined();
  });

  it.each([
    ['The leaders met at the prime minister’s office in Ottawa.', 'Ottawa', 'office'],
    ['The two sat down at the foreign ministry’s guesthouse in Hanoi.', 'Hanoi', 'guesthouse'],
  ])('reads an owner of two words before a building: %s', (text, city, detail) => {
    const v = venue(text)!;
    expect(v.place).toBe(city);
    expect(v.detail).toBe(detail);
  });

  it.each([
    ['The talks were held at the Prime Minister’s Office in Tokyo.', 'Prime Minister’s Office', 'Tokyo'],
    ['The two leaders met at the Prime Minister’s Lodge in Canberra.', 'Prime Minister’s Lodge', 'Canberra'],
  ])('reads an office’s own building as a name: %s', (text, expected, city) => {
    const v = venue(text)!;
    expect(v.place).toBe(expected);
    expect(v.within).toContain(city);
  });

  it.each([
    ['Where: the Kantei, Tokyo', 'Kantei', 'Tokyo'],
    ['The leaders met at the Marienborg, Copenhagen, on Monday.', 'Marienborg', 'Copenhagen'],
  ])('places an unknown building the text puts "the" before in the city after it: %s', (text, expected, city) => {
    const v = venue(text)!;
    expect(v.place).toBe(expected);
    expect(v.within).toContain(city);
  });

  it.each([
    ['They talked for an hour at the Casa Verde, a colonial villa in Antigua Guatemala.', 'Casa Verde', 'Antigua Guatemala'],
    ['The pair met at Villa Sorana, a lakeside estate near Como, and at Tresco Lodge.', 'Villa Sorana', undefined],
    ['The two held talks at Stonegate, an old manor house in Kent.', 'Stonegate', 'Kent'],
  ])('places a name where its apposition says it is: %s', (text, expected, holder) => {
    const v = venue(text)!;
    expect(v.place).toBe(expected);
    if (holder) expect(v.within).toContain(holder);
    else expect(v.within).toEqual([]);
  });

  it('reads a name with Markdown marks inside it as one name', () => {
    // (the loader blanks the marks to spaces before extraction)
    expect(place('The leaders spent the morning at the   Harbour View   hotel in Sydney.')).toBe('Harbour View hotel');
  });

  it.each([
    'The first summit, held in Wuhan in April 2018, eased tensions. The two leaders met on Friday in India.',
    'A handshake at a funeral in Johannesburg in December 2013 had drawn criticism. The two leaders met on Friday in India.',
    'Their first talks were in Osaka in late 2019. The two leaders met on Friday in India.',
  ])('takes a place dated with another month and year for history: %s', (text) => {
    expect(place(text)).toBe('India');
  });

  it('takes a place dated with the year the report dates itself in for the venue', () => {
    expect(place('Monday, 4 March 2024\n\nThe leaders met in Hanoi in March 2024 for their first summit.')).toBe('Hanoi');
  });

  it('reads a byline date as the report’s own year', () => {
    const text = 'Hard talk in Hanoi\n\nBy the Asia desk | 6 March 2024\n\nThe first time they met was in Bangkok in May 2019. The two leaders met in Hanoi in March 2024.';
    expect(place(text)).toBe('Hanoi');
  });

  it('does not let a remark about last year at the far end of a clause undo the place', () => {
    expect(place('The two leaders spent two days in the Indian city of Goa, meeting without officials in what both sides called a reset after a long border standoff last year.')).toBe('Goa');
  });

  // (the third person is named after the opening, which counts everyone it names as a leader)
  const opening = 'Xi Jinping met Narendra Modi in Chennai on Saturday. Modi hosted Xi at a dinner by the sea. The two leaders spoke for six hours in all. ';
  it.each([
    'Pakistani Prime Minister Imran Khan held talks with Xi in Beijing. Khan met Xi in Beijing again on Wednesday.',
    'Xi met Imran Khan in Beijing. Xi received Imran Khan in Beijing.',
  ])('takes one leader’s meeting with someone else for another meeting: %s', (text) => {
    const v = venue(opening + text)!;
    expect(v.place).toBe('Chennai');
    expect(v.within).not.toContain('Beijing');
  });

  it('still places a leader who arrives with an aide', () => {
    expect(place('Modi, accompanied by Ajit Doval, arrived in Chennai on Friday to meet Xi. Xi met Modi on Saturday.')).toBe('Chennai');
  });

  it.each([
    ['The president held a meeting on Saturday, April 11, with the President of the Republic of Chile, Ana Soto, at the Moneda Palace in Santiago.', 'Moneda Palace'],
    ['The two presidents sat in a pair of armchairs in Lima on Monday, talked for an hour and parted.', 'Lima'],
    ['The main session at Hanoi’s Metropole Hotel ran about three hours.', 'Metropole Hotel'],
  ])('reads the venue past a name apposition, in a list of verbs, and of a session: %s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
});

describe('meeting.venue: a part of a known place, an airport by its short name', () => {
  it.each([
    ['The summit in the Southern California desert ended on Saturday. The two spent eight hours at Sunnylands, the estate, over two days.', 'Sunnylands'],
    ['Talks in northern Italy went on late. The leaders met at Villa Carlotta, a lakeside villa in the north.', 'Villa Carlotta'],
  ])('holds a building inside a part of a known place: %s', (text, expected) => {
    const v = venue(text)!;
    expect(v.place).toBe(expected);
  });

  it('places a part of a known place inside it, wider than its cities', () => {
    const southern: PlaceValue = { place: 'Southern California', within: ['California'] };
    expect(relatePlaces({ place: 'Los Angeles', within: ['California'] }, southern)).toBe('narrower');
    expect(relatePlaces(southern, { place: 'California', within: [] })).toBe('narrower');
    expect(relatePlaces({ place: 'South America', within: [] }, { place: 'Buenos Aires', within: ['Argentina'] })).not.toBe('conflict');
  });

  it('does not take an airport called by its short name for the venue', () => {
    expect(venue('The guest’s jet landed at Palm Springs International on Friday.')).toBeUndefined();
  });
});

describe('next_meeting.location: meetings one would hold or asks the other to come to', () => {
  const opening = 'Modi and Xi met in Wuhan on April 27, 2018. ';
  it.each([
    ['"I would be happy if we could hold an informal summit like this in India in 2019," he told Xi.', 'India'],
    ['He told Xi he would like to hold "an informal summit like this in India next year".', 'India'],
    ['He asked Xi to come to Delhi next.', 'Delhi'],
    ['Xi asked the Indian leader to travel to Beijing in the spring.', 'Beijing'],
  ])('%s', (text, expected) => {
    const found = next(opening + text);
    expect(found.map((f) => f.value.place)).toEqual([expected]);
    expect(found[0]!.modality).toBe('proposed');
  });

  it.each([
    'The two had agreed to hold a summit in Budapest in 2016 before it was shelved.',
    'Xi will host a banquet in Wuhan tonight.',
    'They met to hold talks in Wuhan.',
  ])('does not take another or this meeting for the next: %s', (text) => {
    expect(next(opening + text)).toEqual([]);
  });

  it('reads a clock time between the cue and an unknown place as no clause mark', () => {
    expect(next('Johnson and Kosygin met on Friday. The second session is set for 1:30 p.m. Sunday at Hollybush.').map((f) => f.value.place)).toEqual(['Hollybush']);
  });
});

describe('meeting.venue: a session planned or scrapped elsewhere', () => {
  it.each([
    'The summit opened aboard a liner off Malta. Sessions planned aboard the cruiser Belknap and the cruiser Slava had to be scrapped in the gale.',
    'The summit opened aboard a liner off Malta. A session planned aboard the cruiser Belknap was moved ashore.',
  ])('keeps the place the talks were in over one only planned: %s', (text) => {
    expect(place(text)).toBe('Malta');
  });
});

// A paraphrase battery: invented passages about many meetings, in the ways different outlets
// place talks (palaces and residences, datelines with "here", clefts, fronted places, a place as
// the subject that was the setting, "met again, this time in"), with traps whose answer is
// silence (meetings planned, officials' preparatory rounds, the capital a reaction came from).
describe('paraphrase battery: where the talks were', () => {
  it.each([
    ['The two presidents held talks at the Dolmabahce Palace in Istanbul on Tuesday.', 'Dolmabahce Palace'],
    ['Erdogan received his Iranian counterpart at the presidential complex in Ankara.', 'Ankara'],
    ['Talks between the two prime ministers took place at Hyderabad House in New Delhi.', 'Hyderabad House'],
    ['The leaders sat down at the Akasaka Palace, the state guest house in Tokyo, for two hours.', 'Akasaka Palace'],
    ['In Brasilia, Lula hosted the Argentine president at the Planalto Palace.', 'Planalto Palace'],
    ['The meeting, held at the Casa Rosada, was the first between the two since the election.', 'Casa Rosada'],
    ['Meeting at Downing Street, the two premiers discussed trade.', 'Downing Street'],
    ['The chancellor welcomed the French president to the Chancellery in Berlin for dinner and talks.', 'Chancellery'],
    ['NEW DELHI — The prime ministers of India and Japan met here on Monday.', 'New Delhi'],
    ['The summit was staged in the Kazakh capital, Astana.', 'Astana'],
    ['Xi and the visiting leader met in the Great Hall of the People.', 'Great Hall of the People'],
    ['The two men met behind closed doors at the Diaoyutai State Guesthouse.', 'Diaoyutai State Guesthouse'],
    ['The encounter took place at a seaside villa outside Sochi.', 'Sochi'],
    ['Talks were held at the Mariinsky Palace in Kyiv.', 'Mariinsky Palace'],
    ['They spoke for an hour in the Oval Office before lunch.', 'Oval Office'],
    ['The prime minister flew to Riyadh, where he met the crown prince at Al-Yamamah Palace.', 'Al-Yamamah Palace'],
    ['The leaders conferred at Government House in Bangkok.', 'Government House'],
    ['Modi and Putin held their annual summit at the Kremlin.', 'Kremlin'],
    ['The leaders met at Novo-Ogaryovo, the president\'s residence outside Moscow.', 'Novo-Ogaryovo'],
    ['Hosting the talks in Jeddah, the Saudi side kept the agenda short.', 'Jeddah'],
    ['The talks took place in Doha, the Qatari capital.', 'Doha'],
    ['The three leaders gathered in Brussels for the meeting.', 'Brussels'],
    ['The two presidents met in Minsk at the Palace of Independence.', 'Palace of Independence'],
    ['The talks at Merdeka Palace in Jakarta ran past lunchtime.', 'Merdeka Palace'],
    ['The visiting leader and his host met at Malacañang Palace.', 'Malacañang'],
    ['Macron welcomed the Chinese president to the Elysee Palace.', 'Elysee'],
    ['They convened at Bocharov Ruchei, the presidential residence on the Black Sea.', 'Bocharov Ruchei'],
    ['At the National Palace in Mexico City, the two presidents spoke for two hours.', 'National Palace'],
    ['The two met at Parliament House in Canberra.', 'Parliament House'],
    ['The meeting was held in Lisbon on the margins of the summit.', 'Lisbon'],
    ['The leaders met on the sidelines of the UN General Assembly in New York.', 'New York'],
    ['They met on the margins of the BRICS summit in Johannesburg.', 'Johannesburg'],
    ['The talks in Davos were brief.', 'Davos'],
    ['The two sides met at the Palazzo Chigi in Rome.', 'Palazzo Chigi'],
    ['The Moncloa Palace in Madrid was the setting for the talks.', 'Moncloa'],
    ['The leaders, who last met in Paris in 2019, held talks in Ankara on Friday.', 'Ankara'],
    ['Before flying to Geneva for another round, the prime minister met the president in Rome.', 'Rome'],
    ['The two men, who were both in Tokyo for the funeral, met in Osaka the next day.', 'Osaka'],
    ['The president, speaking from Washington, welcomed the outcome of the talks in Riyadh.', 'Riyadh'],
    ['Reporters waited in London as the leaders met in Oslo.', 'Oslo'],
    ['The talks had originally been planned for Budapest but were held in Vienna.', 'Vienna'],
    ['MOSCOW (Wire) — The two presidents met in Ashgabat on Tuesday, the Kremlin said.', 'Ashgabat'],
    ['The president landed in Hanover on Sunday evening. On Monday he held talks with the chancellor at the Herrenhausen Palace.', 'Herrenhausen'],
    ['The leaders met for the first time in Vienna in 2019. This week they met again, this time in Bern.', 'Bern'],
    ['Unlike their first summit in Stockholm, this one was held in a hotel in Oslo.', 'Oslo'],
    ['The two heads of state, who had last met at the G20 in Rome, sat down together in Canberra on Wednesday.', 'Canberra'],
    ['Talks lasted three hours at the lakeside residence of the host, near Lucerne.', 'Lucerne'],
    ['The pair were joined by their foreign ministers for a working lunch at the Ritz in Madrid.', 'Ritz'],
    ['The venue, a converted monastery outside Ljubljana, was chosen for its seclusion.', 'Ljubljana'],
    ['The two leaders emerged from the Villa La Grange after four hours of talks.', 'Villa La Grange'],
    ['The meeting with Modi followed a similar encounter with the Japanese premier in Tokyo last month; the talks with Modi were held in Delhi.', 'Delhi'],
    ['The president hosted his Kenyan counterpart at the State House in Nairobi on Tuesday.', 'State House'],
    ['Their talks in the Uzbek city of Samarkand came on the sidelines of a regional summit.', 'Samarkand'],
    ['The crown prince greeted the president at the airport before the two drove to the royal court in Riyadh for talks.', 'Riyadh'],
    ['It is the second time the two have met in Belgrade.', 'Belgrade'],
  ])('%s → %s', (text, expected) => {
    expect(place(text)).toContain(expected);
  });

  it.each([
    'A summit in Cairo next spring is under discussion, officials said.',
    'Protesters marched in Berlin against the planned summit.',
    'The foreign ministers met in Geneva last month to prepare the ground.',
    'The president returned to Washington on Saturday after the summit.',
    'The deal echoes the one signed in Minsk in 2015.',
    'Analysts in Moscow said the summit had changed little.',
    'The prime minister will travel to Beijing in the autumn.',
    'In an interview in London, the former ambassador criticized the meeting.',
    'Officials from both sides will meet in Warsaw next week to prepare a second summit.',
    'The chancellor is due in Rome next month for another round of talks.',
  ])('no venue: %s', (text) => {
    expect(venue(text)).toBeUndefined();
  });

  it('"met again, this time in" is the meeting reported; "will meet again" a next one', () => {
    expect(next('This week they met again, this time in Bern.')).toEqual([]);
    expect(place('This week they met again, this time in Bern.')).toBe('Bern');
    expect(next('The leaders will meet again, this time in Bern.').map((n) => [n.value.place, n.modality])).toEqual([['Bern', 'expected']]);
  });
});

describe('meeting.venue: round 11, a place dated in another month', () => {
  const header = 'A farewell on the coast\n\nAnalysis | Monday 7 April 2008\n\n';
  const body = 'After an hour of talks on Sunday at Putin’s summer residence on the Black Sea coast, the two men adopted a declaration. The two-plus-two talks in Moscow in mid-March prepared the text.';

  it('is another occasion in a report dated in its header', () => {
    expect(venue(header + body)?.within ?? []).not.toContain('Moscow');
  });
  it('still counts in the month the report is dated', () => {
    expect(place(`${header}The two leaders held talks in Sochi in early April.`)).toBe('Sochi');
  });
  it('is read as before when the report gives no day of its own', () => {
    expect(place('The two leaders held talks in Sochi in mid-March.')).toBe('Sochi');
  });
});

describe('meeting.venue: round 16, a place dated to a day of another month', () => {
  const header = 'THE WORLD IN REVIEW | July 22, 2017\n\n';

  it('is another occasion in a report dated in its header', () => {
    expect(place(`${header}Mr. Tillerson spent nearly two hours with Mr. Putin at the Kremlin on April 12.`)).toBeUndefined();
    expect(place(`${header}Mr. Tillerson held talks with Mr. Putin at the Kremlin on 12 April.`)).toBeUndefined();
    expect(place(`${header}Mr. Tillerson held talks with Mr. Putin at the Kremlin on Wednesday, Apr. 12.`)).toBeUndefined();
  });
  it('still counts on a day of the month the report is dated', () => {
    expect(place(`${header}The two presidents met at the Kremlin on July 20.`)).toBe('Kremlin');
  });
  it('still counts in the last days of the month before, in a report dated early in a month', () => {
    expect(place('WORLD | August 2, 2017\n\nThe two presidents met at the Kremlin on July 31.')).toBe('Kremlin');
  });
  it('is read as before when the report gives no day of its own', () => {
    expect(place('The two presidents met at the Kremlin on April 12.')).toBe('Kremlin');
  });
});

describe('meeting.venue: round 16, other occasions and the way to this one', () => {
  it('takes a place dated after the report\'s own day for a later occasion', () => {
    const header = 'THE WEEK IN WORLD AFFAIRS - April 10, 1993\n\n';
    expect(place(`${header}The two presidents met at the Kremlin on April 4. Their ministers meet again in Tokyo on April 14th.`)).toBe('Kremlin');
    expect(place(`${header}G7 finance ministers hold talks in Tokyo on April 14th-15th to put numbers on the package.`)).toBeUndefined();
  });
  it('reads a day some way after the place', () => {
    const header = 'THE WEEK IN ASIA | Analysis | 27 September 2018\n\n';
    expect(place(`${header}It crowned a year: the first meeting at the Peace House on the southern side of Panmunjom on 27 April, and more.`)).toBeUndefined();
  });
  it('leaves a meeting of one leader with someone else to that other meeting', () => {
    const lede = 'South Korean President Moon Jae-in met North Korean leader Kim Jong Un on Tuesday. Moon praised Kim. Kim thanked Moon. Moon spoke of peace.';
    expect(place(`${lede} The offer is tied to measures in the spirit of the joint statement Kim signed with U.S. President Donald Trump in Singapore.`)).toBeUndefined();
    expect(place(`${lede} The statement Kim and Moon signed in Pyongyang is short.`)).toBe('Pyongyang');
  });
  it('places a one-on-one', () => {
    expect(place('- First one-on-one, Reagan and Gorbachev alone with interpreters, in the Grand Kremlin Palace.')).toBe('Grand Kremlin Palace');
  });
  it('places the talks where a leader flew to see the other', () => {
    const lede = 'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin on Monday.';
    expect(place(`${lede} Erdogan flew to Sochi to see Vladimir Putin.`)).toBe('Sochi');
    expect(place(`${lede} Erdogan flew to Sochi to see his doctor.`)).toBeUndefined();
    expect(place(`${lede} Later Erdogan flew on to Ankara to see President Mauricio Macri.`)).toBeUndefined();
  });
  it('leaves an onward leg of the trip out', () => {
    expect(place('Obama met Raúl Castro on Monday. Next: a speech, then on to Buenos Aires for talks with President Mauricio Macri.')).toBeUndefined();
  });
});

describe('next_meeting.location: round 16, a promise to come, and a meeting dated before the report', () => {
  const header = 'THE WEEK IN ASIA | Analysis | 27 September 2018\n\n';
  it('takes a promise to come somewhere as an expected next meeting', () => {
    expect(next(`${header}Kim's contribution was a promise to come to Seoul "in the near future".`).map((n) => [n.value.place, n.modality])).toEqual([['Seoul', 'expected']]);
    expect(next('Kim pledged to travel to Seoul before the year is out.').map((n) => [n.value.place, n.modality])).toEqual([['Seoul', 'expected']]);
  });
  it('leaves a meeting dated before the report\'s own day to the past', () => {
    expect(next(`${header}It would crown a remarkable year: the first meeting at the Peace House on 27 April, and the improvised second one at Tongilgak on the northern side on 26 May.`)).toEqual([]);
    expect(next(`${header}The leaders agreed to meet again in Seoul on 5 September.`)).toEqual([]);
    expect(next(`${header}The leaders agreed to meet again in Seoul on 5 October.`).map((n) => n.value.place)).toEqual(['Seoul']);
  });
});

describe('meeting.venue: round 18, a look back in a weekly', () => {
  const lede = 'Emmanuel Macron received Vladimir Putin on Monday.';
  it('takes a place the guest was driven or ushered into as one he arrived at', () => {
    expect(place(`${lede} Mr Putin was driven into the marble courtyard of the Palace of Versailles, greeted by the Republican Guard.`)).toBe('Palace of Versailles');
    expect(place(`${lede} Mr Putin was ushered into the Elysee Palace.`)).toBe('Elysee Palace');
  });
  it('leaves a summit some days earlier to the past', () => {
    expect(place(`${lede} Four days earlier, at the NATO summit in Brussels, Mr Macron had gripped Donald Trump's hand.`)).toBeUndefined();
    expect(place(`${lede} Two weeks earlier, the talks in Brussels had gone badly.`)).toBeUndefined();
  });
  it('leaves a gathering a leader missed out', () => {
    const delhi = 'Vladimir Putin met Narendra Modi in New Delhi on Monday.';
    expect(place(`Vladimir Putin met Narendra Modi on Monday. He missed the G20 leaders in Rome and the climate summit in Glasgow this autumn.`)).toBeUndefined();
    expect(venue(`${delhi} He skipped the climate summit in Glasgow this autumn.`)?.place).toBe('New Delhi');
  });
});

describe('next_meeting.location: round 18, talks to be continued, a protocol visit, a gathering both attend', () => {
  const places = (text: string) => next(text).map((n) => n.value.place);
  it('reads talks agreed to be continued somewhere as the next meeting', () => {
    expect(places('Brandt met Stoph on Thursday. The two heads of government agreed to continue the exchange of views at a meeting in Kassel.')).toEqual(['Kassel']);
    expect(places('Johnson met Kosygin on Friday. It has been agreed that the conversation will be continued in Glassboro on June 25.')).toEqual(['Glassboro']);
    expect(places('Johnson met Kosygin on Friday. The conversation continued in Glassboro over lunch.')).toEqual([]);
  });
  it('reads a visit one leader will pay, or an understanding that he will come', () => {
    expect(places('Ford met Brezhnev on Saturday. L. I. Brezhnev will pay an official visit to the United States of America in 1975.')).toEqual(['United States of America']);
    expect(places('Nixon met Brezhnev on Monday. He flew home with two arms accords and an understanding that Leonid Brezhnev will visit the United States next year.')).toEqual(['United States']);
    expect(places('Ford met Brezhnev on Saturday. Brezhnev will visit Japan next year.')).toEqual([]);
  });
  it('reads the two seeing each other at a gathering, placed in its city', () => {
    expect(places('Bush met Putin on Monday. Bush and Putin are due to see each other at APEC in Sydney in September.')).toEqual(['Sydney']);
    expect(places('Putin met Bush on Monday. They had not seen each other in Moscow since 2002.')).toEqual([]);
  });
});

describe('next_meeting.location: round 18, a trip one leader means to make to the other\'s country', () => {
  const lede = 'U.S. President George W. Bush and Russian President Vladimir Putin met at the ranch on Wednesday. Bush praised Putin. Putin thanked Bush.';
  it('takes it as the next meeting when the other leader is titled by that country', () => {
    expect(next(`${lede} Bush told the crowd he would travel to Russia next year.`).map((n) => [n.value.place, n.modality])).toEqual([['Russia', 'expected']]);
  });
  it('leaves a trip to a third country out', () => {
    expect(next(`${lede} Bush told the crowd he would travel to Japan next year.`)).toEqual([]);
  });
});

describe('next_meeting.location: the visit being reported is no next one', () => {
  it('does not take a visit made at someone’s invitation for a next meeting', () => {
    expect(next('Xinhua said Kim made an "unofficial visit" to China from Sunday to Wednesday at Xi\'s invitation, and that the two men held talks at the Great Hall of the People.')).toEqual([]);
  });
  it('does not read "set off" as a visit set for a date', () => {
    expect(next('The visit set off two days of guessing in Beijing.')).toEqual([]);
  });
  it('still takes a visit set for a date', () => {
    expect(next('A return visit to Pyongyang is set for the autumn, officials said.').map((c) => c.value)).toEqual([{ place: 'Pyongyang', within: ['North Korea'] }]);
  });
});

describe('meeting.venue: round 19, a signing told in other words, a praised hall, a first meeting long ago', () => {
  it('takes the hall a treaty was signed in, however the signing is told', () => {
    expect(venue('Bush and Putin sign the treaty in the Kremlin\'s St. Catherine\'s Hall, in front of both delegations.')).toMatchObject({ place: "St. Catherine's Hall", within: ['Kremlin', 'Moscow', 'Russia'] });
    expect(venue('The two presidents put their names to the treaty in the gilded St. Andrew\'s Hall of the Grand Kremlin Palace.')).toMatchObject({ place: "St. Andrew's Hall", within: ['Grand Kremlin Palace'] });
  });
  it('leaves where the two leaders first met to the past', () => {
    expect(venue('The treaty capped a warming that began when the two leaders first met at a castle outside Ljubljana, Slovenia, in June 2001.')).toBeUndefined();
  });
});
