import { describe, expect, it } from 'vitest';
import { durationExtractor } from '../../src/extract/duration.js';
import { claimsIn, docOf } from '../helpers.js';

const lengths = (text: string, type = 'meeting.duration' as const) =>
  claimsIn(durationExtractor, text, type).map((c) => {
    const v = c.value as { minMinutes: number; maxMinutes: number };
    return [v.minMinutes, v.maxMinutes];
  });

describe('meeting.duration: phrasings of the length of the talks', () => {
  it.each([
    ['The two leaders met for three hours.', [180, 180]],
    ['They held a three-hour meeting behind closed doors.', [180, 180]],
    ['The talks lasted 2 hours 45 minutes.', [165, 165]],
    ['The talks lasted two hours and 45 minutes.', [165, 165]],
    ['After two and a half hours of talks, the presidents emerged.', [150, 150]],
    ['The meeting ran for 90 minutes.', [90, 90]],
    ['A 90-minute session followed in the library.', [90, 90]],
    ['They talked for an hour and a half.', [90, 90]],
    ['The summit lasted 2.5 hours.', [150, 150]],
    ['The talks lasted 3 1/2 hours.', [210, 210]],
    ['The leaders spent 4 hrs in talks.', [240, 240]],
  ])('%s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });
});

describe('meeting.duration: hedges widen the interval', () => {
  it.each([
    ['The talks lasted nearly three hours.', [150, 180]],
    ['A nearly three-hour meeting ended without a deal.', [150, 180]],
    ['After more than two and a half hours of talks, they appeared together.', [150, 180]],
    ['They met for about 90 minutes.', [81, 99]],
    ['The meeting lasted roughly four hours.', [216, 264]],
    ['The talks ran just over two hours.', [120, 132]],
    ['The meeting lasted less than an hour.', [45, 60]],
    ['They talked for barely 40 minutes.', [36, 40]],
    ['The session lasted almost four hours.', [200, 240]],
    ['The one-on-one lasted some 40 minutes.', [36, 44]],
    ['The talks went on for three hours or so.', [162, 198]],
  ])('%s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it('keeps the hedge in the displayed value', () => {
    const [c] = claimsIn(durationExtractor, 'The talks lasted nearly three hours.', 'meeting.duration');
    expect((c!.value as { stated: string }).stated).toBe('nearly 3 h');
  });
});

describe('meeting.expected_duration: expectations are not the actual length', () => {
  it('separates the actual length from what aides had anticipated', () => {
    const text = 'The leaders met for three hours, shorter than the six to seven hours Russian aides had anticipated.';
    expect(lengths(text)).toEqual([[180, 180]]);
    const expected = claimsIn(durationExtractor, text, 'meeting.expected_duration');
    expect(expected.map((c) => c.value)).toMatchObject([{ minMinutes: 360, maxMinutes: 420 }]);
    expect(expected[0]!.modality).toBe('expected');
    expect(expected[0]!.attribution).toBe('Russian aides');
  });

  it.each([
    'The talks were expected to last about two hours.',
    'The meeting was scheduled to run 90 minutes.',
    'Officials said the summit could last six to seven hours.',
    'Aides had anticipated a four-hour session.',
    '"I think it\'ll be a couple hours," the adviser told reporters before the meeting.',
    'Diplomats said the talks will last two hours.',
  ])('%s', (text) => {
    expect(lengths(text)).toEqual([]);
    expect(claimsIn(durationExtractor, text, 'meeting.expected_duration')).toHaveLength(1);
  });
});

describe('press.duration', () => {
  it.each([
    ['They then held a 12-minute press conference.', [12, 12]],
    ['The joint news conference lasted barely 12 minutes.', [11, 12]],
    ['Trump took questions at a press conference that ran more than an hour.', [60, 75]],
  ])('%s', (text, expected) => {
    expect(lengths(text, 'press.duration' as never)).toEqual([expected]);
    expect(lengths(text)).toEqual([]);
  });
});

describe('lengths that are not the meeting', () => {
  it.each([
    'The flight from Moscow took nine hours.',
    'Reporters waited for two hours in the rain.',
    'The war has dragged on for more than three years and 1,000 hours of shelling.',
    'Putin arrived 40 minutes late.',
    'Hours later, the Kremlin issued a statement.',
    'Within 48 hours the sanctions were announced.',
    'The motorcade drive took 20 minutes.',
    'The leaders sat down to a two-hour lunch.',
    'He spoke for an hour in a television interview the next day.',
  ])('%s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it('one person speaking for a length gave a speech, even in a sentence about the meeting', () => {
    const lede = 'Trump and Sisi met in Sharm el-Sheikh on Monday. ';
    expect(lengths(lede + 'Trump, who co-chaired the meeting with Sisi, had lingered in Jerusalem, where he spoke for more than an hour at the Knesset.')).toEqual([]);
    // (two who speak, or one who speaks with the other, are the talks)
    expect(lengths(lede + 'Sisi and Trump spoke for two hours.')).toEqual([[120, 120]]);
    expect(lengths(lede + 'Trump spoke for an hour with Sisi.')).toEqual([[60, 60]]);
  });
});

describe('attribution and spans', () => {
  it('cites the speaker when the length is put in someone’s mouth', () => {
    const [c] = claimsIn(durationExtractor, 'Ushakov said the talks lasted about three hours.', 'meeting.duration');
    expect(c!.attribution).toBe('Ushakov');
  });

  it('finds the speaker after a closing quote mark', () => {
    const [c] = claimsIn(durationExtractor, '"The talks will be a couple of hours," Sullivan had told reporters on the plane.', 'meeting.expected_duration');
    expect(c!.attribution).toBe('Sullivan');
    expect(c!.value).toMatchObject({ minMinutes: 105, maxMinutes: 135 });
  });

  it('points at the exact span, line and column', () => {
    const text = 'ANCHORAGE —\n\nThe presidents talked for nearly three hours.';
    const doc = docOf(text);
    const [c] = durationExtractor.extract(doc);
    expect(text.slice(c!.span.start, c!.span.end)).toBe('nearly three hours');
    expect(doc.position(c!.span.start)).toEqual({ line: 3, column: 27 });
  });

  it('reads Markdown without its syntax', () => {
    const text = '# Summit\n\nThe talks lasted **two and a half hours**, aides said.';
    const doc = docOf(text, 'post.md');
    const [c] = durationExtractor.extract(doc);
    expect(c!.value).toMatchObject({ minMinutes: 150, maxMinutes: 150 });
    expect(doc.position(c!.span.start)).toEqual({ line: 3, column: 20 });
  });
});

describe('what a length measures, from its context', () => {
  it('reads a hyphenated half hour', () => {
    expect(lengths('It became a two-and-a-half-hour session.')).toEqual([[150, 150]]);
  });

  it('a length measured by its verb stays a length before a point-in-time word', () => {
    expect(lengths('The meeting of the two delegations on Tuesday ran about 2 hours and 10 minutes before the leaders walked out to the podium.')).toEqual([[117, 143]]);
  });

  it('a length of an earlier meeting is history, not this meeting', () => {
    expect(lengths('It outlasted their encounter in Vienna in 2019, which ran about two hours.')).toEqual([]);
  });

  it('"it lasted" takes what it measures from the sentence before', () => {
    expect(lengths('The opening one-on-one had been billed as a long one. In the end it lasted about 40 minutes.')).toEqual([[36, 44]]);
  });

  it('a figure floated beforehand is an expectation, even after "short of"', () => {
    const text = 'It was a two-hour meeting, well short of the five hours the hosts had floated beforehand.';
    expect(lengths(text)).toEqual([[120, 120]]);
    expect(claimsIn(durationExtractor, text, 'meeting.expected_duration').map((c) => c.value)).toMatchObject([{ minMinutes: 300, maxMinutes: 300 }]);
  });

  it('standing before reporters is the press appearance', () => {
    expect(lengths('Then the two leaders stood before reporters for about 15 minutes.', 'press.duration' as never)).toEqual([[14, 17]]);
  });

  it('a headline: at the table and at the podium', () => {
    const text = 'Two hours at the table, 20 minutes at the podium';
    expect(lengths(text)).toEqual([[120, 120]]);
    expect(lengths(text, 'press.duration' as never)).toEqual([[20, 20]]);
  });
});

describe('how lengths relate', () => {
  const kind = durationExtractor.kinds[0]!;
  const iv = (a: number, b: number) => ({ minMinutes: a, maxMinutes: b });
  it('the same figure equally hedged is the same; a bare figure is more specific than a hedged one', () => {
    expect(kind.relate(iv(11, 13), iv(11, 13))).toBe('same');
    expect(kind.relate(iv(210, 210), iv(195, 225))).toBe('narrower');
    expect(kind.relate(iv(11, 13), iv(12, 12))).toBe('wider');
  });
  it('a report that hedges a figure once and repeats it bare gives the hedged figure only', () => {
    const text = 'Summit: 12 minutes before the cameras\n\nThe joint press conference lasted roughly 12 minutes.';
    expect(lengths(text, 'press.duration' as never)).toEqual([[11, 13]]);
    expect(lengths('The talks lasted about two hours. A second round lasted two hours as well.')).toHaveLength(1);
  });
  it('"a couple of hours" is looser than "two hours"', () => {
    expect(kind.relate(iv(105, 135), iv(120, 120))).toBe('wider');
  });
  it('"nearly three hours" is compatible with three hours but less specific', () => {
    expect(kind.relate(iv(150, 180), iv(180, 180))).toBe('wider');
  });
  it('two and a half hours and more than three hours conflict', () => {
    expect(kind.relate(iv(150, 150), iv(180, 225))).toBe('conflict');
  });
  it('"about three hours" and "about three and a half hours" conflict, though their margins overlap', () => {
    const about = (text: string) => claimsIn(durationExtractor, `MOSCOW — The talks lasted ${text}.`, 'meeting.duration')[0]!.value as { minMinutes: number; maxMinutes: number; stated?: string };
    expect(kind.relate(about('about three hours'), about('about three and a half hours'))).toBe('conflict');
    // (close round figures still fit: "about 90 minutes" and "roughly 95 minutes")
    expect(kind.relate(about('about 90 minutes'), about('roughly 95 minutes'))).not.toBe('conflict');
    // (and a range is no round figure: "two to three hours" fits "about three hours")
    expect(kind.relate(about('two to three hours'), about('about three hours'))).not.toBe('conflict');
  });
});

describe('a length then a later event', () => {
  it('"talked for ninety minutes before walking out" is the length of the talks', () => {
    expect(lengths('The two leaders talked for ninety minutes before walking out together.')).toEqual([[90, 90]]);
  });
});

describe('more ways to write a length', () => {
  it.each([
    ['The two heads of state conferred for a quarter of an hour.', [15, 15]],
    ['The talks went on for three quarters of an hour.', [45, 45]],
    ['The leaders talked for an hour and three quarters.', [105, 105]],
    ['The meeting lasted a good hour.', [60, 66]],
    ['They talked for a full two hours.', [120, 132]],
    ['The session lasted 40-odd minutes.', [40, 50]],
    ['The summit talks lasted two-plus hours.', [120, 150]],
    ['The talks lasted an hour or more.', [60, 75]],
    ['The meeting lasted half an hour or less.', [23, 30]],
    ['The one-to-one ran just short of two hours.', [100, 120]],
    ['The talks took the better part of two hours.', [72, 120]],
    ['The negotiations continued for in excess of five hours.', [300, 330]],
    ['Talks in the expanded format lasted 3 hrs 5 mins.', [185, 185]],
  ])('%s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });
});

describe('what names the talks besides the word "talks"', () => {
  it.each([
    ['The two presidents spent more than an hour alone before lunch was served.', [60, 75]],
    ['Both leaders remained closeted for 50 minutes with only their interpreters.', [50, 50]],
    ['The bilateral lasted about 70 minutes.', [63, 77]],
    ['The plenary went on for two and a half hours.', [150, 150]],
  ])('%s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it('what the time was spent doing is what it measures', () => {
    expect(lengths('After the dinner the two leaders spent 40 minutes negotiating in the garden.')).toEqual([[40, 40]]);
  });

  it('a presser is a press conference', () => {
    expect(lengths('The presser lasted barely ten minutes.', 'press.duration' as never)).toEqual([[9, 10]]);
  });

  it('time spent touring or awake is not the talks', () => {
    expect(claimsIn(durationExtractor, 'Before the talks, the visitor spent two hours touring the shipyard.')).toEqual([]);
    expect(claimsIn(durationExtractor, 'After the summit, the delegation spent an hour sightseeing.')).toEqual([]);
    expect(claimsIn(durationExtractor, 'At the news conference the premier, awake for some 30 hours, looked tired.')).toEqual([]);
  });
});

describe('the schedule, in the words outlets use for it', () => {
  const expectedOnly = (text: string) => {
    expect(lengths(text)).toEqual([]);
    return claimsIn(durationExtractor, text, 'meeting.expected_duration').map((c) => [
      (c.value as { minMinutes: number }).minMinutes,
      (c.value as { maxMinutes: number }).maxMinutes,
    ]);
  };
  it.each([
    ['The programme had 20 minutes on the schedule for the one-on-one.', [20, 20]],
    ['Organisers set aside two hours for the talks.', [120, 120]],
    ['The private session was meant to last half an hour.', [30, 30]],
    ['The bilateral was pencilled in for 45 minutes.', [45, 45]],
    ['The timetable gave the meeting 40 minutes.', [40, 40]],
    ['The meeting was supposed to last no more than an hour.', [45, 60]],
  ])('%s', (text, expected) => {
    expect(expectedOnly(text)).toEqual([expected]);
  });

  it('a figure the schedule set aside, after "short of", is the plan', () => {
    const text = 'The two men talked for about 50 minutes, well short of the 60 minutes the organisers had allotted.';
    expect(lengths(text)).toEqual([[45, 55]]);
    expect(claimsIn(durationExtractor, text, 'meeting.expected_duration').map((c) => c.value)).toMatchObject([{ minMinutes: 60, maxMinutes: 60 }]);
  });

  it('a plan and then what happened, in one sentence', () => {
    const text = 'Their private meeting, originally slated for 30 minutes, stretched to nearly two hours.';
    expect(lengths(text)).toEqual([[100, 120]]);
    const [e] = claimsIn(durationExtractor, text, 'meeting.expected_duration');
    expect(e!.value).toMatchObject({ minMinutes: 30, maxMinutes: 30 });
    expect(e!.attribution).toBe('report');
  });

  it('an adverb opening the sentence is not the one who planned', () => {
    const [e] = claimsIn(durationExtractor, 'Originally planned to last two hours, the summit went on into the evening.', 'meeting.expected_duration');
    expect(e!.attribution).toBe('report');
  });

  it.each([
    'The session opened ten minutes later than planned and lasted 80 minutes.',
    'The talks lasted 80 minutes, longer than expected.',
    'The talks, which had been billed as short, lasted 80 minutes.',
  ])('"than planned" is a yardstick, not a plan: %s', (text) => {
    expect(lengths(text)).toEqual([[80, 80]]);
    expect(claimsIn(durationExtractor, text, 'meeting.expected_duration')).toEqual([]);
  });
});

describe('by how much, not how long', () => {
  it.each([
    'The talks ran 40 minutes over schedule.',
    'The meeting ran 25 minutes over.',
    'The talks went on an hour longer than planned.',
    'The session ran half an hour past its allotted time.',
  ])('%s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it('"over lunch" is where, not an overrun', () => {
    expect(lengths('The two leaders talked for two hours over lunch.')).toEqual([[120, 120]]);
  });
});

describe('a terse line leans on the sentence before it on the same line', () => {
  it('reads a liveblog entry', () => {
    const text = '- 14:05 Doors close on the one-on-one. Slot on the schedule: 45 minutes.\n- 15:20 Leaders emerge. Talks: 1 hour 15 minutes.';
    const doc = docOf(text, 'live.md');
    const claims = durationExtractor.extract(doc);
    expect(claims.map((c) => [c.type, (c.value as { minMinutes: number }).minMinutes])).toEqual([
      ['meeting.expected_duration', 45],
      ['meeting.duration', 75],
    ]);
  });

  it('does not reach across a line break', () => {
    const text = '- 14:05 Doors close on the one-on-one.\n- 16:00 Time zone change: 2 hours.';
    expect(durationExtractor.extract(docOf(text, 'live.md'))).toEqual([]);
  });

  it('does not lend a cue to a full sentence with none of its own', () => {
    const text = 'The summit opened at noon. Officials later counted 3 hours of power cuts across the district that week.';
    expect(durationExtractor.extract(docOf(text))).toEqual([]);
  });
});

describe('an earlier meeting, dated by month and year', () => {
  it.each([
    'The tone differed from Hanoi in February 2019, where their first one-on-one lasted about 30 minutes.',
    'It was longer than their previous one-on-one, which ran 40 minutes.',
  ])('%s', (text) => {
    expect(lengths(text)).toEqual([]);
  });
});

describe('one-sided hedges on either side of one figure', () => {
  const kind = durationExtractor.kinds[0]!;
  it('"nearly an hour" and "more than an hour" cannot both be right', () => {
    expect(kind.relate({ minMinutes: 50, maxMinutes: 60, strict: 'under' }, { minMinutes: 60, maxMinutes: 75, strict: 'over' })).toBe('conflict');
  });
  it('"nearly an hour" still fits a plain "an hour"', () => {
    expect(kind.relate({ minMinutes: 50, maxMinutes: 60, strict: 'under' }, { minMinutes: 60, maxMinutes: 60 })).toBe('wider');
  });
  it('marks the hedge that excludes its figure', () => {
    const [c] = claimsIn(durationExtractor, 'The talks lasted nearly an hour.', 'meeting.duration');
    expect(c!.value).toMatchObject({ minMinutes: 50, maxMinutes: 60, strict: 'under' });
    const [d] = claimsIn(durationExtractor, 'The talks lasted about an hour.', 'meeting.duration');
    expect((d!.value as { strict?: string }).strict).toBeUndefined();
  });
});

describe('who a length is put to, when the citation follows it', () => {
  const who = (text: string) => claimsIn(durationExtractor, text).map((c) => c.attribution);
  it.each([
    ['The talks lasted three hours, diplomats said.', 'diplomats'],
    ['The one-on-one ran 50 minutes, Kremlin aide Pavel Orlov told reporters.', 'Pavel Orlov'],
    ['The talks ran for two hours, said presidential spokesman Ivan Dorn.', 'Ivan Dorn'],
    ['The meeting lasted about an hour, said Dorn on Friday.', 'Dorn'],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual([expected]);
  });

  it('a name with a verb after it is the subject of what was said, not the one who said it', () => {
    expect(who('The premier, at a news conference that ran 40 minutes, said Ankara would not yield.')).toEqual(['report']);
  });
});

describe('more of what a length can measure', () => {
  it('addressing reporters is the press appearance', () => {
    expect(lengths('The two premiers then addressed journalists for 15 minutes.', 'press.duration' as never)).toEqual([[15, 15]]);
  });
  it('a meeting that would happen is an expectation', () => {
    expect(lengths('Aides said the two would meet for about an hour.')).toEqual([]);
    expect(claimsIn(durationExtractor, 'Aides said the two would meet for about an hour.', 'meeting.expected_duration')).toHaveLength(1);
  });
  it('"over in" tells what happened, whatever it was billed as', () => {
    expect(lengths('Billed as a day-long summit, it was over in three hours.')).toEqual([[180, 180]]);
  });
  it('footage of the talks is not the talks', () => {
    expect(claimsIn(durationExtractor, 'The channel aired 25 minutes of footage from the talks.')).toEqual([]);
  });
});

describe('round three: phrasings from outlets nobody here wrote', () => {
  const expectedOf = (text: string) =>
    claimsIn(durationExtractor, text, 'meeting.expected_duration').map((c) => [(c.value as { minMinutes: number }).minMinutes, (c.value as { maxMinutes: number }).maxMinutes]);

  it('a column\'s "marathon" names the talks', () => {
    expect(lengths('By dawn the 14-hour marathon had yielded a draft text.')).toEqual([[840, 840]]);
    expect(lengths('It was a nine-hour marathon in the end, aides said.')).toEqual([[540, 540]]);
  });
  it('a plan after the length\'s own phrase belongs to something else', () => {
    // the truce is what is "due"; the length is what happened
    expect(lengths('The 12-hour marathon produced a truce, due to start on Sunday.')).toEqual([[720, 720]]);
    expect(expectedOf('The 12-hour marathon produced a truce, due to start on Sunday.')).toEqual([]);
  });
  it('"told to expect" and "booked for" are plans', () => {
    expect(expectedOf('Hosts told reporters to expect three to four hours of talks.')).toEqual([[180, 240]]);
    expect(lengths('Hosts told reporters to expect three to four hours of talks.')).toEqual([]);
    expect(expectedOf('The session was booked for 45 minutes.')).toEqual([[45, 45]]);
  });
  it('a short sentence that drops the unit borrows it from the length before', () => {
    const text = 'Organisers had told the press to expect two hours of talks. It lasted nearly 7.';
    expect(expectedOf(text)).toEqual([[120, 120]]);
    expect(lengths(text)).toEqual([[360, 420]]);
  });
  it('a bare number with nothing before it to lend a unit stays silent', () => {
    expect(claimsIn(durationExtractor, 'The delegates were tired. It took roughly 9.')).toEqual([]);
    // a number that is no length: a count, or more words after it
    expect(claimsIn(durationExtractor, 'They met for two hours. It took 3 drafts to agree.')).toHaveLength(1);
  });
  it('a meal taken with the talks is part of them; a meal of its own is not', () => {
    expect(lengths('The day began with a private meeting and dinner that went on for almost five hours.')).toEqual([[250, 300]]);
    expect(lengths('The second session, a working lunch included, lasted more than two hours.')).toEqual([[120, 150]]);
    expect(lengths('Talks over lunch ran for 80 minutes.')).toEqual([[80, 80]]);
    expect(lengths('After the talks the leaders went on to a dinner that lasted two hours.')).toEqual([]);
  });
  it('another time named in the clause governs every length in it', () => {
    expect(claimsIn(durationExtractor, 'At Helsinki in 2018, their first summit, a chat planned for 20 minutes lasted an hour.')).toEqual([]);
    expect(lengths('There had been only twenty minutes of conversation at the funeral in March, when they last met.')).toEqual([]);
    expect(lengths('Their 2019 talks in Hanoi ended early; this time they talked for three hours.')).toEqual([[180, 180]]);
    // "since" a year says what the summit is the first of, not when the length was
    expect(lengths('They held a three-hour meeting since 2019 had seen none.')).toEqual([[180, 180]]);
    // a day of the month is the summit's own date, not another time
    expect(lengths('They talked for three hours on March 4, aides said.')).toEqual([[180, 180]]);
  });
  it('a hedge widens by the figure\'s rounding, not by a tenth of a long figure', () => {
    expect(lengths('The talks lasted about 15 hours.')).toEqual([[870, 930]]);
    expect(lengths('The talks lasted more than 16 hours.')).toEqual([[960, 990]]);
    expect(lengths('The talks lasted about 90 minutes.')).toEqual([[81, 99]]);
  });
});

describe('round 3: what a length measures, phrased as other outlets might', () => {
  const typed = (text: string, type: string) =>
    claimsIn(durationExtractor, text, type as never).map((c) => [(c.value as { minMinutes: number }).minMinutes, (c.value as { maxMinutes: number }).maxMinutes]);

  it.each([
    ['Aides told reporters to plan for about 90 minutes with the Chinese leader.', [81, 99]],
    ['The pool was told to budget two hours for the talks.', [120, 120]],
    ['Staff blocked out an hour for the meeting.', [60, 60]],
    ['Organisers allowed for three hours of talks.', [180, 180]],
    ['Scheduled length: one hour.', [60, 60]],
  ])('an instruction to set time aside is a plan: %s', (text, expected) => {
    expect(typed(text, 'meeting.expected_duration')).toEqual([expected]);
    expect(lengths(text)).toEqual([]);
  });

  it.each([
    ['Biden spent two hours with the Chinese leader.', [120, 120]],
    ['The prime minister got 40 minutes alone with his counterpart.', [40, 40]],
    ['Macron had nearly an hour with President Xi before the banquet.', [50, 60]],
    ['President Vladimir Putin arrived on Friday. Biden spent an hour with Putin.', [60, 60]],
  ])('time with a leader is time in talks: %s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it.each([
    'Biden held a video call with Putin that ran just over two hours.',
    'Moon spent 75 minutes on the phone with the president.',
    'The president flew for nine hours with his wife.',
  ])('"with" a leader further off belongs to what the clause names: %s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it.each([
    ['The talks, which spilled into a late dinner, ran nearly five hours.', [250, 300]],
    ['The conversation carried on through lunch and lasted four hours in all.', [240, 240]],
    ['The meeting continued over a working breakfast and lasted about three hours.', [162, 198]],
    ['The talks ran on over dinner for three hours.', [180, 180]],
  ])('talks that go on over a meal keep it inside the length: %s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it('a meal on its own is still not the talks', () => {
    expect(claimsIn(durationExtractor, 'The state banquet that followed lasted three hours.')).toEqual([]);
  });

  it.each([
    'The accords were signed seven years ago after a session that ran for some 16 hours.',
    'The two met in Geneva last June for talks that wrapped up in under four hours.',
    'A year earlier, their meeting in Osaka had lasted 80 minutes.',
    'Since their 2018 summit in Helsinki, which ran about two hours, ties have soured.',
  ])('a length placed at another time is not this summit’s: %s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it.each([
    ["They shook hands on Saturday, the first meeting between the two sides' leaders since the civil war ended in 1949, and then talked for about an hour.", [54, 66]],
    ['Their first face-to-face talks since 2019 ran for about three hours.', [162, 198]],
    ['The summit, the highest-level contact since 2015, lasted two hours.', [120, 120]],
  ])('the year a "first since" reaches back to is history, not the occasion measured: %s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it.each([
    ['How long: close to 50 minutes.', [42, 50]],
    ['Duration: 2 hrs 10 mins.', [130, 130]],
    ['Length — roughly 90 minutes', [81, 99]],
  ])('a briefing’s length label is about the summit: %s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it.each(['Flight time: nine hours.', 'Length of the flight: nine hours.'])('a label that names something else stays silent: %s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it.each([
    'Sullivan, the national security adviser, briefed reporters for about 20 minutes after the meeting.',
    'A senior administration official briefed reporters for half an hour on the plane.',
    'Kremlin spokesman Dmitry Peskov held a 15-minute briefing afterwards.',
  ])('an aide’s briefing is not the leaders’ press conference: %s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it.each([
    ['Kremlin spokesman Dmitry Peskov said the news conference lasted about 40 minutes.', [36, 44]],
    ['Putin took questions for about 20 minutes.', [18, 22]],
    ['President Xi, flanked by aides, spoke to reporters for ten minutes.', [10, 10]],
  ])('a leader’s own appearance, or an aide who only reports its length, still counts: %s', (text, expected) => {
    expect(typed(text, 'press.duration')).toEqual([expected]);
  });
});

describe('round 3: how figures are written', () => {
  const typed = (text: string, type: string) =>
    claimsIn(durationExtractor, text, type as never).map((c) => [(c.value as { minMinutes: number }).minMinutes, (c.value as { maxMinutes: number }).maxMinutes]);

  it.each([
    ['Key numbers: 1h40 of talks.', [100, 100]],
    ['The meeting lasted 2h40.', [160, 160]],
    ['Talks: 2 h 40 min.', [160, 160]],
    ['The talks lasted 2hrs.', [120, 120]],
    ['An hour-and-40-minute meeting ended at noon.', [100, 100]],
    ['After nearly three hours behind closed doors, the two emerged.', [150, 180]],
    ['Xi and Biden were closeted for four hours.', [240, 240]],
  ])('%s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it.each(['Doors closed at 15h30 and the talks began.', 'Talks ran 15h30–16h05.', 'Putin arrived three hours behind schedule.'])(
    'a clock time or a delay is no length: %s',
    (text) => {
      expect(claimsIn(durationExtractor, text)).toEqual([]);
    },
  );

  it('"between two and three hours" is the whole range, not its top', () => {
    expect(typed('The talks are expected to last between two and three hours.', 'meeting.expected_duration')).toEqual([[120, 180]]);
    expect(typed('Officials said the meeting could run between 90 and 120 minutes.', 'meeting.expected_duration')).toEqual([[90, 120]]);
  });

  it.each([
    ['The talks stretched past the three-hour mark.', [180, 210]],
    ['The meeting neared the 90-minute mark.', [75, 90]],
    ['The session topped the two-hour mark.', [120, 150]],
  ])('"the N-hour mark" takes its hedge from the verb: %s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it('a mark with no verb that places the length stays silent', () => {
    expect(claimsIn(durationExtractor, 'The three-hour mark came and went.')).toEqual([]);
  });

  it('a bracketed schedule does not turn the label’s figure into a plan', () => {
    const text = 'Talks: 1h40 (on the schedule: 1 hour)';
    expect(lengths(text)).toEqual([[100, 100]]);
    expect(typed(text, 'meeting.expected_duration')).toEqual([[60, 60]]);
  });
});

describe('round 3: parts and pauses are not the talks’ length', () => {
  it.each([
    'About 20 minutes of the talks were devoted to North Korea.',
    'The summit opened with a 10-minute photo session.',
    'Talks were interrupted by a 20-minute recess.',
    'The leaders broke for a 15-minute coffee break.',
  ])('%s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it.each([
    ['Talks resumed after a 15-minute break and ran for three hours in all.', [[180, 180]]],
    ['Roughly an hour of their two-hour meeting went to trade.', [[120, 120]]],
    ['After three hours of talks, they emerged.', [[180, 180]]],
    ['They met for two hours with a short break.', [[120, 120]]],
  ])('the whole is still read: %s', (text, expected) => {
    expect(lengths(text)).toEqual(expected);
  });
});

describe('round 3: schedules in the words of state agencies and wires', () => {
  const typed = (text: string, type: string) =>
    claimsIn(durationExtractor, text, type as never).map((c) => [(c.value as { minMinutes: number }).minMinutes, (c.value as { maxMinutes: number }).maxMinutes]);

  it.each([
    ['The programme provided for two hours of talks.', [120, 120]],
    ['According to the programme, the talks are to last three hours.', [180, 180]],
    ['The leaders are to hold three hours of talks.', [180, 180]],
    ['The summit could stretch to five hours, officials said.', [300, 300]],
  ])('%s', (text, expected) => {
    expect(typed(text, 'meeting.expected_duration')).toEqual([expected]);
    expect(lengths(text)).toEqual([]);
  });

  it.each([
    'The talks ranged over the full agenda during three hours.',
    "Iran's nuclear programme came up during three hours of talks.",
    'With Ukraine at the top of the agenda, the talks lasted three hours.',
  ])('an agenda or a programme as a topic is no plan: %s', (text) => {
    expect(lengths(text)).toEqual([[180, 180]]);
  });

  it.each([
    ['The two presidents emerged to face the cameras for nine minutes.', [9, 9]],
    ['The leaders addressed the media for a quarter of an hour.', [15, 15]],
    ['Both men spoke with reporters for about 20 minutes.', [18, 22]],
  ])('press appearances in other verbs: %s', (text, expected) => {
    expect(typed(text, 'press.duration')).toEqual([expected]);
  });
});

describe('round 3: columns and liveblogs', () => {
  it.each([
    ['Three hours. That is how long the two men sat across from each other.', [[180, 180]]],
    ['Ninety minutes. That was the whole time they spent at the table.', [[90, 90]]],
    ['The meeting? Ninety minutes, give or take.', [[81, 99]]],
    ['They had been talking for three hours when Trump walked out.', [[180, 180]]],
  ])('%s', (text, expected) => {
    expect(lengths(text)).toEqual(expected);
  });

  it.each([
    'Ninety minutes. That was how long the flight took.',
    'The leaders have been talking for three hours now.',
    'Talks: three hours and counting.',
    'The talks have lasted three hours so far.',
  ])('a running count or another thing explained after is no length of the talks: %s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });
});

describe('round 3: hedges in other registers', () => {
  it.each([
    ['Talks went on for the best part of four hours.', [144, 240]],
    ['The talks lasted the guts of three hours.', [108, 180]],
    ['The meeting lasted a shade under two hours.', [100, 120]],
    ['The talks lasted a touch over three hours.', [180, 198]],
    ['The talks lasted in the region of three hours.', [162, 198]],
    ['They talked for three hours or thereabouts.', [162, 198]],
    ['The talks lasted an hour, perhaps more.', [60, 75]],
    ['The talks lasted three hours, maybe less.', [135, 180]],
    ['The meeting ran past two hours.', [120, 150]],
    ['The talks stretched beyond three hours.', [180, 210]],
  ])('%s', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it('"the past two hours" is a window of time, not a hedge', () => {
    expect(claimsIn(durationExtractor, 'In the past two hours, the talks have stalled.')).toEqual([]);
  });
});

describe('round 3: other occasions and habits', () => {
  it.each([
    'The last time they met, talks lasted over four hours.',
    'On that occasion the talks ran for five hours.',
    "Unlike Bali, where they met for three hours, Friday's talks were brief.",
    'Such meetings rarely last more than an hour.',
    'Normandy format talks typically last four hours, a spokesman said.',
  ])('%s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it.each([
    ['The talks, which usually last an hour, ran for three hours.', [[180, 180]]],
    ['Unlike the press conference, the talks lasted three hours.', [[180, 180]]],
    ['The talks lasted three hours, longer than usual.', [[180, 180]]],
  ])('this summit’s length next to a habit or a contrast: %s', (text, expected) => {
    expect(lengths(text)).toEqual(expected);
  });
});

describe('round 3: forecasts and increments', () => {
  const typed = (text: string, type: string) =>
    claimsIn(durationExtractor, text, type as never).map((c) => [(c.value as { minMinutes: number }).minMinutes, (c.value as { maxMinutes: number }).maxMinutes]);

  it.each([
    ['Trump said the meeting could be over in five minutes.', [5, 5]],
    ['Aides said the meeting would wrap up in an hour.', [60, 60]],
    ['Officials said the talks would run to about three hours.', [162, 198]],
  ])('a modal turns a measuring verb into a forecast: %s', (text, expected) => {
    expect(typed(text, 'meeting.expected_duration')).toEqual([expected]);
    expect(lengths(text)).toEqual([]);
  });

  it.each([
    'Putin said he could have talked for another two hours.',
    'The talks ran an extra hour.',
    'After a further 30 minutes alone, the leaders joined the delegations.',
  ])('an increment is not a length: %s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });

  it('a plan mentioned as a yardstick leaves the actual length actual', () => {
    expect(lengths('The talks, which had been expected to be brief, ran for three hours.')).toEqual([[180, 180]]);
  });
});

describe('round 3: "with" someone who is not a head of state or government', () => {
  it.each([
    "He spent an hour with the Chinese president's wife.",
    'Biden spent two hours with business leaders.',
    'Biden spent 30 minutes with the opposition leader.',
    'Xi spent an hour with the vice president.',
    'Biden held a video call with the Russian leader in December that ran for two hours.',
  ])('%s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });
});

describe('round 4: meeting verbs that need no "talks"', () => {
  const expected = (text: string) => lengths(text, 'meeting.expected_duration' as never);
  it.each([
    ['The president said the two men might see each other for only five minutes.', [5, 5]],
    ['"We\'ll get together for twenty minutes," the prime minister told reporters.', [20, 20]],
    ['He predicted they would “see each other for ten minutes” at the border.', [10, 10]],
    ['The prime minister told aides the leaders would sit down for an hour and no more.', [60, 60]],
    ["It'll be a quick one, they'll meet for maybe half an hour.", [27, 33]],
  ])('a forecast: %s', (text, value) => {
    expect(expected(text)).toEqual([value]);
    expect(lengths(text)).toEqual([]);
  });
  it('what happened stays a length of the talks', () => {
    expect(lengths('The two leaders saw each other for three hours on Sunday.')).toEqual([[180, 180]]);
    expect(expected('The two leaders saw each other for three hours on Sunday.')).toEqual([]);
  });
  it.each([
    'They will see each other again in two hours.',
    "The talks will resume in two hours' time.",
    'The envoy said he could see the border post after a two-hour drive.',
  ])('no length of the talks: %s', (text) => {
    expect(claimsIn(durationExtractor, text)).toEqual([]);
  });
});

describe('round 4: a headline repeats a hedged figure bare', () => {
  it.each([
    ['An hour at the table\n\nThe two leaders talked for close to an hour.', [[50, 60]]],
    ['Three hours of talks\n\nThe talks lasted more than three hours.', [[180, 210]]],
    ['Talks: 90 minutes\n\nThe meeting ran nearly 90 minutes.', [[75, 90]]],
    // a different figure is a claim of its own
    ['Forty minutes of talks\n\nThe meeting lasted close to an hour.', [[40, 40], [50, 60]]],
  ])('%s', (text, values) => {
    expect(lengths(text)).toEqual(values);
  });
});

describe('round 4: "it lasted" goes back to the subject of the sentence before', () => {
  it.each([
    ['The negotiations on 3 March were held at the lakeside residence of the host, a former hunting lodge in the hills above the capital. They lasted more than three hours.', [[180, 210]]],
    ['The summit between the two neighbours opened at the seaside resort on Tuesday morning under heavy police guard, with roads closed for kilometres around. It lasted about four hours.', [[216, 264]]],
    // a subject that is no meeting says nothing of the talks
    ['The convoy from the airport reached the seaside resort on Tuesday morning under heavy police guard, with roads closed for kilometres around. It took about two hours.', []],
    ['The flight from the capital landed at the seaside resort on Tuesday morning under heavy police guard, with roads closed for kilometres around. It lasted about two hours.', []],
  ])('%s', (text, values) => {
    expect(lengths(text)).toEqual(values);
  });
});

describe('round 4: another occasion a month back', () => {
  it.each([
    'Their short encounter in Lima last month, a little over an hour on the sidelines of the trade forum, had hinted at this.',
    'When they met at the G20 the previous month, the talks lasted 40 minutes.',
    'The pair had talked for two hours at the regional forum last month.',
  ])('%s', (text) => {
    expect(lengths(text)).toEqual([]);
  });
  it('a plain past meeting word is no other occasion', () => {
    expect(lengths('The leaders, who last spoke by phone in the spring, talked for two hours.')).toEqual([[120, 120]]);
  });
});

describe('round 4: plans in other words', () => {
  const expected = (text: string) => lengths(text, 'meeting.expected_duration' as never);
  it.each([
    ["The talks had a one-hour window on the leaders' calendars.", [60, 60]],
    ['Organisers had foreseen an hour for the talks.', [60, 60]],
    ['The talks were envisaged to last 1.5 hours.', [90, 90]],
    ['The talks, projected to run two hours, ended early.', [120, 120]],
    ['Protocol officers had reckoned on forty minutes of talks.', [40, 40]],
    ['The duration of the talks was set at 40 minutes.', [40, 40]],
    ['The premier had agreed to an hour of talks.', [60, 60]],
    ['The two sides had agreed on a one-hour meeting.', [60, 60]],
    ['The leaders had been given 40 minutes for their talks.', [40, 40]],
  ])('%s', (text, value) => {
    expect(expected(text)).toEqual([value]);
    expect(lengths(text)).toEqual([]);
  });
  it('a plan that did not hold is a plan: "was to have lasted"', () => {
    const text = "The first day's talks were to have lasted only an hour, but went on for more than five.";
    expect(expected(text)).toEqual([[60, 60]]);
    expect(lengths(text)).toEqual([]);
  });
  it('"is said to have lasted" reports what happened', () => {
    expect(lengths('The meeting is said to have lasted two hours.')).toEqual([[120, 120]]);
  });
  it('"after being given a tour" is no allotment of the meeting', () => {
    expect(lengths('After being given a tour of the palace, the leaders held a two-hour meeting.')).toEqual([[120, 120]]);
    expect(expected('After being given a tour of the palace, the leaders held a two-hour meeting.')).toEqual([]);
  });
});

describe('round 4: "by" a length is a difference', () => {
  it.each([
    ['The talks overran their 40-minute slot by an hour.', [], [[40, 40]]],
    ['The talks were extended by an hour.', [], []],
    ['The meeting was cut short by about 20 minutes.', [], []],
  ])('%s', (text, actual, plan) => {
    expect(lengths(text)).toEqual(actual);
    expect(lengths(text, 'meeting.expected_duration' as never)).toEqual(plan);
  });
  it('"followed by 30 minutes of questions" keeps its length', () => {
    expect(lengths('The talks were followed by 30 minutes of questions from reporters.', 'press.duration' as never)).toEqual([[30, 30]]);
  });
});

describe('round 4: forecasts and caps in more words', () => {
  const expected = (text: string) => lengths(text, 'meeting.expected_duration' as never);
  it.each([
    ['Officials said in advance that the session would run no longer than three hours.', [135, 180]],
    ['The premier allowed only five hours for the talks.', [300, 300]],
    ['The talks were programmed to last one hour.', [60, 60]],
    ['The leaders are likely to spend about 45 minutes together, officials said.', [41, 50]],
    ['The two presidents will hold talks for about 50 minutes on Friday, officials said.', [45, 55]],
    ['The meeting, which protocol had limited to 40 minutes, was the first of the day.', [40, 40]],
    ['The talks would be brief, 20 minutes at most, aides had said.', [15, 20]],
  ])('%s', (text, value) => {
    expect(expected(text)).toEqual([value]);
    expect(lengths(text)).toEqual([]);
  });
  it.each([
    ['The two presidents held talks for about 50 minutes on Friday, officials said.', [[45, 55]]],
    ['The leaders, who may have hoped for more, held a two-hour meeting.', [[120, 120]]],
    ['The talks are likely to have lasted about two hours.', [[108, 132]]],
    ['The talks ran two hours, tops.', [[90, 120]]],
    ['They talked for an hour at the most.', [[45, 60]]],
  ])('what happened: %s', (text, values) => {
    expect(lengths(text)).toEqual(values);
    expect(expected(text)).toEqual([]);
  });
});

describe("round 4: a briefing's plan labels", () => {
  const expected = (text: string) => lengths(text, 'meeting.expected_duration' as never);
  it.each([
    ['Time allotted: 40 minutes', [40, 40]],
    ['Allotted time — 30 min', [30, 30]],
    ['- **Slot on the schedule:** 45 min', [45, 45]],
    ['A brief 15-minute pull-aside was all the schedule allowed.', [15, 15]],
  ])('%s', (text, value) => {
    expect(expected(text)).toEqual([value]);
    expect(lengths(text)).toEqual([]);
  });
  it('a bare "Time:" is no label of the talks', () => {
    expect(claimsIn(durationExtractor, 'Time: two hours')).toEqual([]);
  });
  it('an actual label stays the length', () => {
    expect(lengths('Actual time at the table: 50 minutes')).toEqual([[50, 50]]);
  });
});

describe('meeting.duration: a summit held as a meal', () => {
  it('the dinner is the meeting when the report says the meeting was a working dinner', () => {
    const text =
      'Donald Trump and Xi Jinping agreed a truce over a working dinner at a hotel in the capital. The dinner ran 2 hrs 30 min, an hour longer than planned.';
    expect(lengths(text)).toEqual([[150, 150]]);
  });

  it('a dinner after the talks is still another event', () => {
    expect(lengths('The talks lasted two hours. A state dinner later ran for three hours.')).toEqual([[120, 120]]);
  });
});

describe('round 5: a courtesy call is a meeting, a phone call is not', () => {
  it.each([
    ['The palace had pencilled in a courtesy call of 15 minutes; it ran to an hour.', 'meeting.expected_duration', [[15, 15]]],
    ['Protocol had set aside 20 minutes for the courtesy call on the king.', 'meeting.expected_duration', [[20, 20]]],
    ['The president paid a 30-minute courtesy call on the emperor.', 'meeting.duration', [[30, 30]]],
    ['The envoy made a 25-minute call on the prime minister at his residence.', 'meeting.duration', [[25, 25]]],
    ['The two leaders spoke by phone; the call lasted 40 minutes.', 'meeting.duration', []],
    ['A video call of an hour was scheduled for the afternoon.', 'meeting.expected_duration', []],
  ] as [string, 'meeting.duration', number[][]][])('%s', (text, type, expected) => {
    expect(lengths(text, type)).toEqual(expected);
  });
});

describe('round 5: a plan after the length that gives its own figure', () => {
  it.each([
    ['The talks ran 90 minutes, in a slot scheduled for 45.', [[90, 90]], []],
    ['The meeting lasted two hours in a window planned at forty-five.', [[120, 120]], []],
    ['The summit went on for three hours on a day budgeted for 2.', [[180, 180]], []],
    // (a plan that gives its figure in words, right after it)
    ['They faced reporters after roughly two hours of talks that aides had scheduled to last about an hour.', [[108, 132]], [[54, 66]]],
    ['It turned into a two-and-a-half-hour meeting, well short of the six to seven hours Moscow had floated beforehand.', [[150, 150]], [[360, 420]]],
    // (no figure of its own: the plan is the length's)
    ['Talks of about an hour were scheduled for the morning.', [], [[54, 66]]],
  ] as [string, number[][], number[][]][])('%s', (text, actual, planned) => {
    expect(lengths(text)).toEqual(actual);
    expect(lengths(text, 'meeting.expected_duration' as 'meeting.duration')).toEqual(planned);
  });
});

describe('round 5: a participle goes on with the forecast it hangs from', () => {
  it.each([
    ['The presidential office had said the talks would open with a small-group session and widen to the delegations, lasting about 90 minutes in total.', [81, 99]],
    ['Officials said the meeting would open with a tête-à-tête and then take in the delegations, running roughly two hours in all.', [108, 132]],
    ['The summit is to include a plenary and a closed session, taking some three hours.', [162, 198]],
    ['Aides expected the leaders to go through trade and security in one session lasting 45 minutes.', [45, 45]],
  ])('%s', (text, expected) => {
    expect(lengths(text, 'meeting.expected_duration' as 'meeting.duration')).toEqual([expected]);
    expect(lengths(text)).toEqual([]);
  });

  it.each([
    ['Though it was expected to be brief, the conversation turned to Ukraine, lasting nearly four hours.', [200, 240]],
    ['The talks were to cover trade, but ran on into the night, lasting five hours.', [300, 300]],
    ['Officials said the meeting would be short; the leaders then sat together, talking for two hours.', [120, 120]],
  ])('%s is what happened', (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
    expect(lengths(text, 'meeting.expected_duration' as 'meeting.duration')).toEqual([]);
  });
});

describe('round 5: plans and talks in more registers', () => {
  it.each([
    ['14:05 Officials are telling us to expect roughly 90 minutes in the room.', [81, 99]],
    ['The aides budgeted an hour in the meeting room.', [60, 60]],
    ['A senior administration official previewed a meeting of "roughly an hour."', [54, 66]],
    ['The agenda foresaw about 45 minutes for the bilateral.', [41, 50]],
    ['The protocol foresees a tête-à-tête of 30 minutes.', [30, 30]],
  ])('%s', (text, expected) => {
    expect(lengths(text, 'meeting.expected_duration' as 'meeting.duration')).toEqual([expected]);
    expect(lengths(text)).toEqual([]);
  });

  it('time in the room is the talks, whatever else the day held', () => {
    expect(lengths('In the end the leaders spent two hours in the room.')).toEqual([[120, 120]]);
    expect(lengths('Reporters waited two hours in the room next door.')).toEqual([]);
  });
});

describe('round 5: a plan given as clock times', () => {
  const planned = (text: string) => lengths(text, 'meeting.expected_duration' as 'meeting.duration');
  it.each([
    ['The talks were scheduled from 10:00 to 11:30.', [90, 90]],
    ['The meeting was scheduled to run from 3 p.m. until 4:30 p.m.', [90, 90]],
    ['The one-on-one is planned from 11 to 12:30 p.m., officials said.', [90, 90]],
    ['The leaders are due to meet between 14h00 and 14h45.', [45, 45]],
    ['The talks were scheduled from 11 a.m. to noon, but ran until 2 p.m.', [60, 60]],
  ])('%s', (text, expected) => {
    expect(planned(text)).toEqual([expected]);
    expect(lengths(text)).toEqual([]);
  });

  it.each([
    // what happened by the clock, a flight, a bare "from 2 to 3" with its unit, a single time
    'The talks ran from 10:05 to 12:40.',
    'The flight was scheduled from 9:00 to 11:00.',
    'The talks are scheduled to start at 10 a.m.',
  ])('%s gives no planned slot', (text) => {
    expect(planned(text)).toEqual([]);
  });
  it('leaves "from 2 to 3 hours" to the length reader', () => {
    expect(planned('Talks were expected to last from 2 to 3 hours.')).toEqual([[120, 180]]);
  });
});

describe('round 6: whose length, and which occasion', () => {
  const planned = (text: string) => lengths(text, 'meeting.expected_duration' as 'meeting.duration');

  it('"more than three hours" stops short of four: past the figure by less than the next half hour', () => {
    expect(lengths('The talks lasted more than three hours.')).toEqual([[180, 210]]);
    expect(lengths('The leaders conferred for over two hours.')).toEqual([[120, 150]]);
    const kind = durationExtractor.kinds[0]!;
    expect(kind.relate({ minMinutes: 180, maxMinutes: 210, strict: 'over' }, { minMinutes: 216, maxMinutes: 264 })).toBe('conflict');
    // (three and a half hours is still "more than three")
    expect(kind.relate({ minMinutes: 180, maxMinutes: 210, strict: 'over' }, { minMinutes: 210, maxMinutes: 210 })).not.toBe('conflict');
  });

  it('takes the meal a headline names for the meeting', () => {
    expect(lengths('What the lunch in Oslo settled\n\nOver a roughly three-hour lunch at the palace, the prime minister agreed to lift the tariffs.')).toEqual([[162, 198]]);
    expect(planned('The breakfast that saved the truce\n\nAides had blocked out forty minutes for it, and the two men stayed on.')).toEqual([[40, 40]]);
    // (a meal after the talks, in a report that does not headline it, is not the talks)
    expect(lengths('Leaders agree truce in Oslo\n\nAfter the talks they sat down to a two-hour dinner at the palace.')).toEqual([]);
    // (a meal a headline names as a time is not what the piece is about)
    for (const headline of ['Summit ends before lunch', 'Summit Ends Before Lunch', 'Leaders part ahead of dinner']) {
      expect(lengths(`${headline}\n\nThe two leaders met for two hours. Later they had a lunch that lasted 40 minutes.`)).toEqual([[120, 120]]);
    }
  });

  it('lets a line with no subject lean on the line before it', () => {
    expect(planned('- The two presidents sit down for talks at the palace after the plenary.\n- Scheduled to run 45 minutes.')).toEqual([[45, 45]]);
    expect(lengths('- The two presidents met in the library.\n- Lasted just over an hour.')).toEqual([[60, 66]]);
    expect(planned('- Originally slated for two hours, the talks were cut short.')).toEqual([[120, 120]]);
    expect(planned('- The motorcade left the airport at noon.\n- Scheduled to take 40 minutes.')).toEqual([]);
  });

  it('reads a line after a label as the label\'s, however long', () => {
    expect(planned('- **Duration:** 2 hours 20 minutes, dinner included. The protocol office in the capital had pencilled in about ninety minutes.')).toEqual([[81, 99]]);
    expect(planned('- Length: about 40 minutes. The official schedule drawn up by the hosts had foreseen twenty-five minutes in all.')).toEqual([[25, 25]]);
    expect(planned('- Venue: the old palace. The official schedule drawn up by the hosts had foreseen twenty-five minutes in all.')).toEqual([]);
  });

  it('leaves out a length another day\'s event took', () => {
    expect(lengths('The summit came a day after the foreign ministers met in Geneva for talks that officials said lasted four hours.')).toEqual([]);
    expect(lengths('Only two days earlier, the defence chiefs had talked for two hours in Vienna.')).toEqual([]);
    expect(lengths('The night before, the sherpas had negotiated for six hours.')).toEqual([]);
    // (an expectation voiced the day before is still the summit's)
    expect(planned('A day before the summit, aides said the talks would last about an hour.')).toEqual([[54, 66]]);
    // (a day set before the main clause dates only what the clause itself tells)
    expect(lengths('Two days after arriving in Geneva, the two presidents met for three hours.')).toEqual([[180, 180]]);
    expect(lengths('The day after the regional forum closed, the two leaders talked for 90 minutes.')).toEqual([[90, 90]]);
  });

  it('gives a length in an apposition to what a first is counted from to that occasion', () => {
    expect(lengths('It was their first meeting since the quarrel in the Oval Office, a bruising session of some 40 minutes.')).toEqual([]);
    expect(lengths('It was the first summit since the collapse at Hanoi, which ended after two hours.')).toEqual([]);
    expect(lengths('It was their first summit since 2019, a two-hour session at the palace.')).toEqual([[120, 120]]);
  });

  it('leaves out a meeting months away from the report\'s own', () => {
    expect(lengths('OSLO, June 12, 2024 (Wire) - The two presidents met in Oslo on Wednesday. Before that, the two had met in Rome in February for about half an hour.')).toEqual([]);
    expect(lengths('OSLO, June 12, 2024 (Wire) - The two met in Oslo in June for about half an hour.')).toEqual([[27, 33]]);
    // (last month's summit, covered by a weekly, is still the summit)
    expect(lengths('OSLO, July 2, 2024 (Weekly) - The two met in Oslo in June for about half an hour.')).toEqual([[27, 33]]);
  });

  it('leaves out an aide\'s own meeting, not an aide reporting the leaders\'', () => {
    expect(lengths('On Friday, envoy Mark Fenwick spent three hours with President Lukashenko in Minsk.')).toEqual([]);
    expect(lengths("The talks came after Foreign Minister Anna Berg's two-hour session with her counterpart.")).toEqual([]);
    expect(lengths('Spokesman Tom Reyes said the two presidents talked for two hours.')).toEqual([[120, 120]]);
  });
});

describe('round 6: more words for a plan', () => {
  const planned = (text: string) => lengths(text, 'meeting.expected_duration' as 'meeting.duration');
  it('takes "on the agenda", the day\'s programme and "their allotted hour" as the plan', () => {
    expect(planned('A 20-minute courtesy call was on the schedule.')).toEqual([[20, 20]]);
    expect(planned("The visit's official itinerary gave the two leaders 45 minutes of talks.")).toEqual([[45, 45]]);
    expect(planned('The talks overran their allotted hour by half an hour.')).toEqual([[60, 60]]);
    expect(planned('The meeting ended well inside the scheduled hour.')).toEqual([[60, 60]]);
    // (a programme that is a policy is no schedule)
    expect(planned('The leaders discussed the nuclear programme for two hours.')).toEqual([]);
    expect(lengths('The leaders discussed the nuclear programme for two hours.')).toEqual([[120, 120]]);
    expect(planned('Trade was on the agenda, and the talks lasted two hours.')).toEqual([]);
  });
});

describe('round 6: a plan in a few words', () => {
  const planned = (text: string) => lengths(text, 'meeting.expected_duration' as 'meeting.duration');
  it('reads a chat, a bare "Planned:" label, "the hour-long talks" and the itinerary', () => {
    expect(planned('A 25-minute chat was all the hosts had planned.')).toEqual([[25, 25]]);
    expect(lengths('The two presidents chatted for 20 minutes on the terrace.')).toEqual([[20, 20]]);
    expect(planned('Scheduled: 40 min')).toEqual([[40, 40]]);
    expect(planned('Allotted — 1 hour')).toEqual([[60, 60]]);
    expect(planned('The hour-long talks planned for Monday were cut short.')).toEqual([[60, 60]]);
    expect(lengths('The hour-long talks ended with a handshake.')).toEqual([[60, 60]]);
    expect(planned('The itinerary showed a 35-minute bilateral.')).toEqual([[35, 35]]);
    expect(planned('The session, timed for 45 minutes, stretched to two hours.')).toEqual([[45, 45]]);
    // (a label that is no plan stays out)
    expect(planned('Venue: 40 min from the airport')).toEqual([]);
  });
});

describe('round 6: a plan said with "should", or after a dash', () => {
  const planned = (text: string) => lengths(text, 'meeting.expected_duration' as 'meeting.duration');
  it('takes "should" and "ought to" as a forecast', () => {
    expect(planned('The meeting should last about an hour, diplomats said.')).toEqual([[54, 66]]);
    expect(planned('All told, the talks ought to run 90 minutes.')).toEqual([[90, 90]]);
    expect(lengths('All told, the talks ought to run 90 minutes.')).toEqual([]);
  });
  it('gives a bare length after a dash the plan of the clause before it', () => {
    expect(planned('Aides expected the encounter to be brief — perhaps 25 minutes.')).toEqual([[23, 28]]);
    expect(lengths('Aides expected the encounter to be brief — perhaps 25 minutes.')).toEqual([]);
    // (what happened stays what happened)
    expect(lengths('The talks dragged on — some four hours in all.')).toEqual([[216, 264]]);
  });
});

describe('round 8: the plan as a document, and what one side only asked for', () => {
  const planned = (text: string) => lengths(text, 'meeting.expected_duration' as 'meeting.duration');
  it('takes a schedule, a programme or an agenda that "called for", "listed" or "had" a length as the plan', () => {
    expect(planned('The programme called for two hours of discussions.')).toEqual([[120, 120]]);
    expect(planned('The agenda listed a 30-minute meeting between the two presidents.')).toEqual([[30, 30]]);
    expect(planned('Their schedule showed 50 minutes of talks before lunch.')).toEqual([[50, 50]]);
    expect(planned('The plan was for an hour of talks, then a walk.')).toEqual([[60, 60]]);
    expect(planned('The talks had been blocked for 45 minutes, a diplomat said.')).toEqual([[45, 45]]);
    expect(planned('Protocol officers had timed the talks at 40 minutes.')).toEqual([[40, 40]]);
    expect(planned('The encounter had been announced as a 90-minute session.')).toEqual([[90, 90]]);
    expect(planned('Aides had hoped to keep the meeting to 30 minutes.')).toEqual([[30, 30]]);
    // (a schedule that only sets the scene leaves what happened alone)
    expect(lengths('Despite a packed schedule, the two leaders talked for two hours.')).toEqual([[120, 120]]);
    expect(planned('Despite a packed schedule, the two leaders talked for two hours.')).toEqual([]);
  });
  it('leaves a length one side proposed, requested or offered silent', () => {
    for (const text of [
      'The Chinese side had proposed a one-hour meeting.',
      "Seoul's aides had asked for a two-hour meeting.",
      'Tokyo offered 30 minutes of talks.',
      'Delhi requested an hour-long session with the premier.',
    ]) {
      expect(lengths(text)).toEqual([]);
      expect(planned(text)).toEqual([]);
    }
    // (what was agreed is still the plan)
    expect(planned('The two sides had agreed on a 40-minute meeting.')).toEqual([[40, 40]]);
  });
  it('leaves a length given to each of many speakers out', () => {
    expect(planned('Allotted five minutes like every other leader, the president spoke at the plenary.')).toEqual([]);
    expect(planned('Leaders at the summit session were given 8 minutes each.')).toEqual([]);
    expect(planned('The heads of delegation had three minutes apiece at the plenary session.')).toEqual([]);
  });
});

describe('round 8: what a length measures, when the sentence names it only by a pronoun or a label', () => {
  const planned = (text: string) => lengths(text, 'meeting.expected_duration' as 'meeting.duration');
  it('reads "for it" and "gave it" back to the line before', () => {
    expect(planned('10:05 — The bilateral begins. The schedule had about half an hour blocked out for it.')).toEqual([[27, 33]]);
    expect(planned('The tête-à-tête opens the day. The organisers set aside 40 minutes for it.')).toEqual([[40, 40]]);
    expect(planned('Next comes the one-on-one. The programme gave it only 25 minutes.')).toEqual([[25, 25]]);
    // (a pronoun that points at a flight is no meeting)
    expect(planned('The leader then boards his plane. Aides had set aside two hours for it.')).toEqual([]);
  });
  it('does not guess between a walk and the talks in the line before a bare length', () => {
    expect(lengths('9:00: The two presidents set off on a stroll through the gardens, interpreters only. About 40 minutes.')).toEqual([]);
    expect(lengths('9:00: The two presidents return to the table, interpreters only. About 40 minutes.')).toEqual([[36, 44]]);
  });
  it('reads a "talk time" label and a briefing\'s "8+ hours"', () => {
    expect(lengths('- **Talk time:** 8+ hours over two days')).toEqual([[480, 510]]);
    expect(lengths('Meeting time: 3+ hours')).toEqual([[180, 210]]);
    expect(lengths('Talks ran 2+ hours.')).toEqual([[120, 150]]);
  });
  it('takes what "spent" measures from after it, whatever scene the clause opened on', () => {
    expect(lengths('For all the ceremony in Seoul, the two presidents spent barely an hour in formal talks.')).toEqual([[54, 60]]);
    expect(lengths('After the parade, the two leaders spent 40 minutes in one-on-one talks.')).toEqual([[40, 40]]);
    expect(lengths('After the talks, the two leaders spent two hours at the ceremony.')).toEqual([]);
  });
  it('leaves "that September", "the following spring" to the occasion they point back to', () => {
    expect(lengths('When the two leaders met in Xiamen that September, they managed an hour-long conversation.')).toEqual([]);
    expect(lengths('They met again the following spring for talks that ran three hours.')).toEqual([]);
    expect(lengths('When the two leaders met in Xiamen on Friday, they managed an hour-long conversation.')).toEqual([[60, 60]]);
  });
});

describe('meeting.duration: round 13, a year after a place and its region', () => {
  it('reads the year after a place and its region as another occasion\'s', () => {
    expect(lengths('The two men met in Vienna. Johnson and Kosygin talked for the better part of ten hours at Glassboro, New Jersey, in 1967 and settled nothing.')).toEqual([]);
  });
});

describe('meeting.expected_duration: round 13, an initial is no full stop', () => {
  const planned = (text: string) => lengths(text, 'meeting.expected_duration' as 'meeting.duration');
  it('reads the plan past "U.S. officials" in the same clause', () => {
    const text = 'The prime ministers parted after about 90 minutes of talks, half the three hours U.K. officials had said the meeting could run.';
    expect(lengths(text)).toEqual([[81, 99]]);
    expect(planned(text)).toEqual([[180, 180]]);
  });
});
