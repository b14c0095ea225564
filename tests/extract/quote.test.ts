import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { quoteExtractor, normalizeWording, isExcerpt, speakerKeys, scanQuotes, type Quote } from '../../src/extract/quote.js';
import { check } from '../../src/check.js';
import { wordingLines } from '../../src/render/wording.js';
import type { Claim, MatrixRow, Report } from '../../src/types.js';
import { docOf } from '../helpers.js';

const quotes = (text: string, path = 'report.txt') => quoteExtractor.extract(docOf(text, path)) as Claim<Quote>[];
const remarks = (text: string) => quotes(text).map((c) => [c.value.speaker, c.value.text, c.value.phrase ? 'phrase' : 'remark']);
const one = (text: string) => {
  const all = quotes(text);
  expect(all).toHaveLength(1);
  return all[0]!;
};

const LEDE_PUTIN = 'Russian President Vladimir Putin met U.S. President Donald Trump in the city on Friday.';

function matrix(texts: Record<string, string>) {
  const reports: Report[] = Object.entries(texts).map(([id, text]) => ({ id, path: `${id}.txt`, text }));
  return check(reports);
}
const quoteRows = (texts: Record<string, string>) => matrix(texts).rows.filter((r) => r.type === 'quote');
const rowWith = (rows: MatrixRow[], words: string) => {
  const row = rows.find((r) => r.values.some((v) => normalizeWording((v.value as Quote).text).includes(normalizeWording(words))));
  expect(row, `a row quoting "${words}"`).toBeDefined();
  return row!;
};

describe('quotation marks', () => {
  it.each([
    ['curly double', `${LEDE_PUTIN} “We had a good talk,” Putin said.`],
    ['straight double', `${LEDE_PUTIN} "We had a good talk," Putin said.`],
    ['curly single, British style', `${LEDE_PUTIN} ‘We had a good talk’, Putin said.`],
    ['guillemets', `${LEDE_PUTIN} «We had a good talk», Putin said.`],
  ])('%s', (_name, text) => {
    expect(remarks(text)).toEqual([['Vladimir Putin', 'We had a good talk', 'remark']]);
  });

  it('an apostrophe inside a single-quoted remark does not close it', () => {
    const text = `${LEDE_PUTIN} ‘The leaders’ talks were useful, and we’re pleased,’ Putin said.`;
    expect(remarks(text)).toEqual([['Vladimir Putin', 'The leaders’ talks were useful, and we’re pleased', 'remark']]);
  });

  it('a quote inside a quote stays part of the outer remark', () => {
    const text = `${LEDE_PUTIN} “He told me, ‘We will sign it,’ and I believed him,” Trump said.`;
    expect(remarks(text)).toEqual([['Donald Trump', 'He told me, ‘We will sign it,’ and I believed him', 'remark']]);
  });

  it('a stray opening mark does not swallow the next quotation', () => {
    const text = `${LEDE_PUTIN} He spoke of “progress. Later he added: “We will meet again.”`;
    expect(quotes(text).map((c) => c.value.text)).toEqual(['We will meet again.']);
  });

  it('a straight single mark closes a scare quote before the next one opens', () => {
    const text = "The White House said the leaders had a 'candid' exchange. Officials described the meeting as 'long overdue'.";
    expect(quotes(text).map((c) => c.value.text)).toEqual(['candid', 'long overdue']);
  });

  it('scans straight marks pairwise within a paragraph', () => {
    const t = 'He said "yes" and she said "no".';
    expect(scanQuotes(t).map((f) => t.slice(f.start, f.end))).toEqual(['yes', 'no']);
  });
});

describe('remarks: joined, split into sentences, run over paragraphs', () => {
  it('joins a quote interrupted by its attribution into one remark', () => {
    const text = `${LEDE_PUTIN}\n“We are ready to talk,” Putin said, “but only about the substance.”`;
    const c = one(text);
    expect(c.value).toEqual({ speaker: 'Vladimir Putin', text: 'We are ready to talk, but only about the substance.' });
    // the evidence span runs from the first fragment to the last, interruption included
    expect(text.slice(c.span.start, c.span.end)).toBe('We are ready to talk,” Putin said, “but only about the substance.');
  });

  it('joins an interrupted quote across a layout line break', () => {
    const text = `${LEDE_PUTIN} Asked about it, “We are ready to talk,” Putin\nsaid, “but only about the substance.”`;
    expect(remarks(text)).toEqual([['Vladimir Putin', 'We are ready to talk, but only about the substance.', 'remark']]);
  });

  it('joins around "said the Russian leader" and "he added"', () => {
    const text = `${LEDE_PUTIN} “There is a chance,” he added, “and we will take it.”`;
    expect(remarks(text)).toEqual([['Vladimir Putin', 'There is a chance, and we will take it.', 'remark']]);
  });

  it('does not join two quotes with a whole sentence between them', () => {
    const text = `${LEDE_PUTIN} “It was a good meeting,” Trump said. Putin added, “We will see.”`;
    expect(remarks(text)).toEqual([
      ['Donald Trump', 'It was a good meeting', 'remark'],
      ['Vladimir Putin', 'We will see.', 'remark'],
    ]);
  });

  it('splits a quotation of several sentences into one remark each', () => {
    const text = `${LEDE_PUTIN} “The talks were long. They were useful. We agreed on a lot,” Putin said.`;
    expect(remarks(text)).toEqual([
      ['Vladimir Putin', 'The talks were long.', 'remark'],
      ['Vladimir Putin', 'They were useful.', 'remark'],
      ['Vladimir Putin', 'We agreed on a lot', 'remark'],
    ]);
  });

  it('does not split at "U.S." or "Mr." inside a remark', () => {
    const text = `${LEDE_PUTIN} “The U.S. side and Mr. Lavrov did good work,” Putin said.`;
    expect(quotes(text)).toHaveLength(1);
  });

  it('a quotation left open at a paragraph end continues in the next paragraph', () => {
    const text = `${LEDE_PUTIN}\n\nPutin told reporters: “The first part of the talks was about trade.\n\n“The second part was about security,” he said.`;
    expect(remarks(text)).toEqual([
      ['Vladimir Putin', 'The first part of the talks was about trade.', 'remark'],
      ['Vladimir Putin', 'The second part was about security', 'remark'],
    ]);
  });

  it('hard-wrapped text: a quotation and its attribution run over line breaks', () => {
    const text = `${LEDE_PUTIN} On the way out the two\nleaders stopped. "We talked about many things.\nThe mood was good," Putin told\nreporters. "Next time in Moscow."\n`;
    expect(remarks(text)).toEqual([
      ['Vladimir Putin', 'We talked about many things.', 'remark'],
      ['Vladimir Putin', 'The mood was good', 'remark'],
      ['Vladimir Putin', 'Next time in Moscow.', 'remark'],
    ]);
  });

  it('Markdown emphasis, block quotes and bold names around quotes', () => {
    const text = '# Summit\n\n> “We are ready to work,” Putin said.\n\n*“It was great,”* Trump told reporters.\n\n- **Putin:** “We expect progress.”\n';
    expect(quotes(text, 'report.md').map((c) => [c.value.speaker, c.value.text])).toEqual([
      ['Putin', 'We are ready to work'],
      ['Trump', 'It was great'],
      ['Putin', 'We expect progress.'],
    ]);
  });

  it('each evidence span is the exact quoted words in the file', () => {
    const text = `${LEDE_PUTIN} “One. Two,” Putin said.`;
    for (const c of quotes(text)) expect(text.slice(c.span.start, c.span.end)).toBe(c.value.text);
  });
});

describe('remark or phrase', () => {
  it.each([
    ['a scare-quoted term', `${LEDE_PUTIN} Trump blamed the so-called “Russia hoax” for the delay.`, 'Russia hoax'],
    ['a fragment after "that"', `${LEDE_PUTIN} Putin said that the talks were “constructive and useful.”`, 'constructive and useful'],
    ['a fragment after "as"', `${LEDE_PUTIN} Trump described the meeting as “extremely productive,” and left.`, 'extremely productive'],
    ['a capitalised noun phrase used in the sentence', `${LEDE_PUTIN} The “Spirit of Anchorage” was his phrase.`, 'Spirit of Anchorage'],
  ])('%s is a phrase', (_name, text, words) => {
    const c = one(text);
    expect(c.value.phrase).toBe(true);
    expect(c.value.text).toBe(words);
  });

  it.each([
    ['opening the sentence', `${LEDE_PUTIN} “We are close,” Trump said.`],
    ['after a colon', `${LEDE_PUTIN} Trump told reporters: “We are close.”`],
    ['after "noted,"', `${LEDE_PUTIN} Speaking later, Trump noted, “We are close.”`],
    ['after a comma, a full sentence closing the report’s sentence', `${LEDE_PUTIN} Trump looked at the map, “We are close to a deal here.”`],
  ])('a remark %s', (_name, text) => {
    expect(one(text).value.phrase).toBeUndefined();
  });
});

describe('who said it', () => {
  it.each([
    ['"X said" after', `${LEDE_PUTIN} “We are close,” Putin said.`, 'Vladimir Putin'],
    ['"said X" after', `${LEDE_PUTIN} “We are close,” said Putin.`, 'Vladimir Putin'],
    ['"X noted, “…”"', `${LEDE_PUTIN} Putin noted, “We are close.”`, 'Vladimir Putin'],
    ['"X told Fox News"', `${LEDE_PUTIN} “We are close,” Trump told Fox News.`, 'Donald Trump'],
    ['an aside between speaker and verb', `${LEDE_PUTIN} “We are close,” Putin, speaking through an interpreter, said.`, 'Vladimir Putin'],
    ['"X was quoted as saying"', `${LEDE_PUTIN} “We are close,” Putin was quoted as saying.`, 'Vladimir Putin'],
    ['"X, asked about it, said: “…”"', `${LEDE_PUTIN} Trump, asked about Moscow, said: “We are close.”`, 'Donald Trump'],
    ['an appositive name: "his adviser, Jake Sullivan, told"', 'President Joe Biden flew in. Biden’s national security adviser, Jake Sullivan, had told reporters: “It will be long.”', 'Jake Sullivan'],
    ['past a dateline: "BALI (AP) — President Joe Biden said"', 'BALI, Indonesia (AP) — President Joe Biden said the talks were “very blunt” and frank.', 'Joe Biden'],
    ['"according to the Kremlin"', `${LEDE_PUTIN} The meeting was “very warm,” according to the Kremlin.`, 'Kremlin'],
    ['"According to the head of state, …" opening the sentence', `${LEDE_PUTIN} Putin spoke first. According to the head of state, the sides “will keep talking.”`, 'Vladimir Putin'],
    ['"the Russian leader said"', `${LEDE_PUTIN} “We are close,” the Russian leader said.`, 'Vladimir Putin'],
    ['"the U.S. president said"', `${LEDE_PUTIN} “We are close,” the U.S. president said.`, 'Donald Trump'],
    ['"President Putin said"', `${LEDE_PUTIN} “We are close,” President Putin said.`, 'Vladimir Putin'],
    ['"he said" after the person just named', `${LEDE_PUTIN} Trump left first. “We are close,” he said.`, 'Donald Trump'],
    ['a titled spokesman', 'Kremlin spokesman Dmitry Peskov spoke to reporters. “Nothing was signed,” Peskov said.', 'Dmitry Peskov'],
    ['"quoted X as saying"', `${LEDE_PUTIN} State media quoted Ambassador Anatoly Antonov as saying the mood was “businesslike.”`, 'Anatoly Antonov'],
    ['a speech noun: "Trump’s reply"', `${LEDE_PUTIN} Trump’s reply was short: “Maybe next time.”`, 'Donald Trump'],
    ['a pull quote signed "— Vladimir Putin"', `${LEDE_PUTIN}\n\n“We are close.” — Vladimir Putin\n\nThe talks went on.`, 'Vladimir Putin'],
    ['a transcript line "Putin: “…”"', `${LEDE_PUTIN}\nPutin: “We are close.”`, 'Vladimir Putin'],
    ['the subject of a participle', `${LEDE_PUTIN} Trump praised the hosts, calling the visit “a great honor.”`, 'Donald Trump'],
    ['the sentence subject after "and said"', `${LEDE_PUTIN} At the end, the Russian leader stood up and said: “Next time in Moscow.”`, 'Vladimir Putin'],
  ])('%s', (_name, text, speaker) => {
    expect(one(text).value.speaker).toBe(speaker);
  });

  it('"he" is the subject, not the last name before it: "Putin thanked Trump for what he called …"', () => {
    expect(one(`${LEDE_PUTIN} Putin thanked Trump for what he called an “atmosphere of trust.”`).value.speaker).toBe('Vladimir Putin');
  });

  it('a name in what the subject reported is not the next "he": "Trump said … that Putin told him “…”. He described Putin as “…”"', () => {
    const text = `${LEDE_PUTIN} Trump said he had raised the prisoners, and that Putin told him the matter “was not closed.” He said he had also pressed for a ceasefire. He described Putin as “tough, smart and candid.”`;
    expect(remarks(text).map((r) => r[0])).toEqual(['Vladimir Putin', 'Donald Trump']);
  });

  it('but a name the sentence opens with is: "Putin said the matter “…”. He described Trump as “…”"', () => {
    const text = `${LEDE_PUTIN} Putin said the matter “was not closed.” He described Trump as “tough, smart and candid.”`;
    expect(remarks(text).map((r) => r[0])).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('"he said" skips a name that is inside the quotation', () => {
    const text = `${LEDE_PUTIN} Putin spoke first. “I agree with President Trump on this,” he said.`;
    expect(one(text).value.speaker).toBe('Vladimir Putin');
  });

  it('a quote after its speaker’s quote in the same paragraph keeps the speaker', () => {
    const text = `${LEDE_PUTIN} “That is interesting,” Trump said. “I could see it happening.”`;
    expect(remarks(text).map((r) => r[0])).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('and past a long attribution sentence that names no one else ("… told Putin in opening remarks …, according to …")', () => {
    const text = `${LEDE_PUTIN} “A solution cannot be found on the battlefield,” Trump told Putin in opening remarks delivered in English before reporters were ushered out of the room, according to the text released by his office. “Amid bombs, peace talks cannot succeed.”`;
    expect(remarks(text).map((r) => r[0])).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('but not past another sentence, nor into a paragraph that goes on after the quotation', () => {
    const a = `${LEDE_PUTIN} “That is interesting,” Trump said.\n\n“I could see it happening.” Putin had left by then.`;
    expect(remarks(a).map((r) => r[0])).toEqual(['Donald Trump', null]);
    const b = `${LEDE_PUTIN} “That is interesting,” Trump said. Putin smiled. “I could see it happening.”`;
    expect(remarks(b).map((r) => r[0])).toEqual(['Donald Trump', null]);
  });

  it('a quote with no attribution is kept with speaker unknown', () => {
    const c = one('The day was long.\n\n“Nobody expected a deal.”');
    expect(c.value.speaker).toBeNull();
    expect(c.attribution).toBe('unknown');
  });

  it('"they said" and an unnamed official are no speaker', () => {
    expect(one(`${LEDE_PUTIN} “We are close,” they said.`).value.speaker).toBeNull();
    expect(one(`${LEDE_PUTIN} “We are close,” an official said.`).value.speaker).toBeNull();
    expect(one(`${LEDE_PUTIN} A senior U.S. official said: “We are close.”`).value.speaker).toBeNull();
  });

  it('a document or an article is no speaker', () => {
    expect(one(`${LEDE_PUTIN} The joint statement said the sides "agreed to keep talking."`).value.speaker).toBeNull();
  });

  it('a description the report ties to no one stays unknown', () => {
    expect(one('Xi Jinping and Joe Biden met in Bali. “We must manage our differences,” the Chinese leader said.').value.speaker).toBeNull();
  });

  it('a speaker who denies saying it', () => {
    expect(one(`${LEDE_PUTIN} Trump denied calling the deal “a disaster.”`).modality).toBe('denied');
  });

  it.each([
    ['"the President of the United States said"', 'U.S. President Joe Biden received Chancellor Olaf Scholz. “The alliance is strong,” the President of the United States said.', 'Joe Biden'],
    ['a state agency’s formal name of a country: "the head of state of the Russian Federation"', 'Pyongyang, June 20 -- Kim Jong Un, general secretary of the Workers’ Party of Korea, held talks with Vladimir Putin, President of the Russian Federation, at the guesthouse.\n\nKim Jong Un said that the treaty is a peace-loving one.\n\nThe head of state of the Russian Federation said that the document would last.\n\n“The treaty provides for mutual assistance,” he stated.', 'Vladimir Putin'],
    ['"the head of state" in a state agency whose headline shortens its own head’s name', 'Raúl Castro and Barack Obama hold meeting\n\nHAVANA (Agency) — The President of the Councils of State and of Ministers of the Republic of Cuba, Army General Raúl Castro Ruz, met the President of the United States of America, Barack Obama, on Saturday.\n\nIn his speech he acknowledged the steps taken by President Obama.\n\n“In my view, President Obama is an honest man,” the head of state affirmed.', 'Raúl Castro Ruz'],
    ['"said the President of the United States"', 'U.S. President Joe Biden received Chancellor Olaf Scholz. “The alliance is strong,” said the President of the United States.', 'Joe Biden'],
    ['a modifier before the speech noun: "Merkel’s guest-book entry"', 'Chancellor Angela Merkel arrived at noon. Merkel’s guest-book entry: “Peace needs patience.”', 'Angela Merkel'],
    ['a colon after a clause with a person for subject', 'Chancellor Olaf Scholz and President Joe Biden met.\n\n**10:40** From the chancellery, Scholz at the lectern, on the pipeline: “It is finished for now.”', 'Olaf Scholz'],
    ['"he had written" before a colon', 'Chancellor Olaf Scholz arrived early. Minutes later he had written in the visitors’ book: “With hope for lasting friendship.”', 'Olaf Scholz'],
    ['a verb that pronounces a verdict governs the phrase', `${LEDE_PUTIN} Trump, for his part, pronounced the talks “a real turning point” before leaving.`, 'Donald Trump'],
    ['a title only one person holds', 'Supreme Leader Ali Khamenei received President Ebrahim Raisi. Opening the session, the Supreme Leader said: “Patience is our strength.”', 'Ali Khamenei'],
  ])('%s', (_name, text, speaker) => {
    expect(one(text).value.speaker).toBe(speaker);
  });

  it.each([
    ['a topic before a colon is no speaker: "On tariffs: “…”"', 'President Joe Biden spoke for an hour.\n\n- On tariffs: “Nothing changes this year.”'],
    ['a document before a colon is no speaker', 'Chancellor Olaf Scholz and President Joe Biden met. The declaration reads: “Both sides renounce force.”'],
    ['a specific title nobody holds names no one, not the nearest leader', 'President Moon Jae-in received the delegation. Opening the session, the supreme leader said: “Patience is our strength.”'],
  ])('%s', (_name, text) => {
    expect(one(text).value.speaker).toBeNull();
  });

  it('a liveblog entry "14:05 Macron again: “…”"', () => {
    const text = 'French President Emmanuel Macron hosted the talks.\n\n**14:05** Macron again: “We will meet in spring.”';
    expect(quotes(text, 'report.md').map((c) => c.value.speaker)).toEqual(['Emmanuel Macron']);
  });

  it('"he" after a description more recent than any name is who it describes, or no one', () => {
    const named = 'President Ronald Reagan met Mikhail Gorbachev.\n\nGorbachev pressed for a ban. On that point the president was immovable. “The research goes on,” he said.';
    expect(one(named).value.speaker).toBe('Ronald Reagan');
    const unnamed = 'Ronald Reagan met Mikhail Gorbachev.\n\nGorbachev pressed for a ban. On that point the president was immovable. “The research goes on,” he said.';
    expect(one(unnamed).value.speaker).toBeNull();
    // an object is no subject: "thanked the president"
    const object = 'President Ronald Reagan met Mikhail Gorbachev.\n\nGorbachev thanked the president for lunch. “The talks were useful,” he said.';
    expect(one(object).value.speaker).toBe('Mikhail Gorbachev');
  });

  it('"he" in a paragraph that names one person only, when the named subject is paragraphs back', () => {
    const text = 'President Vladimir Putin landed at noon.\n\n- **18:00** North Korean leader Kim Jong Un’s train pulls in at the station. Speaking to state TV, he said: “I hope this visit will be useful.”';
    expect(quotes(text, 'report.md').map((c) => c.value.speaker)).toEqual(['Kim Jong Un']);
  });

  it('phrases governed by the same cue share a speaker: “great” and “historic”', () => {
    const text = `${LEDE_PUTIN} Trump called the day “truly great” and “deeply historic” before leaving.`;
    expect(remarks(text).map((r) => r[0])).toEqual(['Donald Trump', 'Donald Trump']);
  });
});

describe('lining up and judging across sources', () => {
  const A = 'Russian President Vladimir Putin and U.S. President Donald Trump met on Friday.';

  it('the same words, however the marks, dashes and case differ, agree', () => {
    const rows = quoteRows({
      a: `${A} “We could not — and will not — do this,” Putin said.`,
      b: `${A} "We could not -- and will not -- do this," Putin said.`,
      c: `${A} ‘we could not and will not do this,’ Putin said.`,
    });
    const row = rowWith(rows, 'we could not');
    expect(row.verdict).toBe('agree');
    expect(row.values.map((v) => v.source)).toEqual(['a', 'b', 'c']);
  });

  it('a phrase that is an exact excerpt of another source’s remark adds detail', () => {
    const rows = quoteRows({
      a: `${A} “We are convinced that all the root causes of the conflict must be removed,” Putin said.`,
      b: `${A} Putin insisted on removing “all the root causes of the conflict” first.`,
    });
    const row = rowWith(rows, 'root causes');
    expect(row.verdict).toBe('adds-detail');
    expect(row.reason).toMatch(/excerpt/);
    expect(row.values).toHaveLength(2);
  });

  it('a remark trimmed by one source adds detail', () => {
    const rows = quoteRows({
      a: `${A} “I’ll get some heat for that, but I could see it happening,” Trump said.`,
      b: `${A} “I could see it happening,” Trump said.`,
    });
    expect(rowWith(rows, 'could see it happening').verdict).toBe('adds-detail');
  });

  it('two translations of one remark diverge, worded differently', () => {
    const rows = quoteRows({
      a: `${A} “That includes restoring a fair balance of security in Europe and worldwide,” Putin said.`,
      b: `${A} “To reinstate a fair balance of security in Europe and the world, Ukraine’s security must be ensured too,” Putin said.`,
    });
    const row = rowWith(rows, 'fair balance');
    expect(row.values).toHaveLength(2);
    expect(row.verdict).toBe('diverge');
    expect(row.reason).toMatch(/^worded differently/);
  });

  it('two translations that choose different words for the same sense are one remark: diverge', () => {
    const rows = quoteRows({
      a: `${A} “We had a frank and useful conversation about the big problems between our countries,” Putin said.`,
      b: `${A} “We held a candid and productive dialogue on the major issues between our nations,” Putin said.`,
    });
    const row = rowWith(rows, 'candid');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    expect(row.verdict).toBe('diverge');
  });

  it('two loose translations that share several content words, each the other’s best match, are one remark', () => {
    const rows = quoteRows({
      a: `${A} “The chancellor and I spoke as partners, openly and at length, about the hard questions between our two nations,” Putin told reporters.`,
      b: `${A} “We had frank, heartfelt conversations like partners about the relationship between our countries,” Putin told reporters.`,
    });
    const row = rowWith(rows, 'heartfelt');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    expect(row.verdict).toBe('diverge');
  });

  it('a loose translation pairs with the closer of two remarks of its speaker, and the other stays apart', () => {
    const rows = quoteRows({
      a: `${A} “The chancellor and I spoke as partners, openly and at length, about the hard questions between our two nations,” Putin said. “Our nations must also trade more grain and build more bridges together,” Putin said.`,
      b: `${A} “We had frank, heartfelt conversations like partners about the relationship between our countries,” Putin said.`,
    });
    expect(rowWith(rows, 'heartfelt').values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    expect(rowWith(rows, 'grain').values.map((v) => v.source)).toEqual(['a']);
  });

  it('a capital or an office speaking for its government is no rival speaker to the leader quoted elsewhere', () => {
    const rows = quoteRows({
      a: `${A} “The world is changing faster than at any time in a century, and our countries must seize the moment together,” Putin said.`,
      b: `${A} Moscow said the world was “changing faster than at any time in a century” as the talks began.`,
    });
    const row = rowWith(rows, 'any time in a century');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    expect(row.verdict).toBe('adds-detail');
  });

  it('two remarks that share a sense word or two stay apart', () => {
    const rows = quoteRows({
      a: `${A} “Our countries face big problems this winter,” Putin said. “The talks were frank and they were long,” Putin said.`,
      b: `${A} “It was a major day for both nations and for the whole region,” Putin said.`,
    });
    expect(rowWith(rows, 'major day').values.map((v) => v.source)).toEqual(['b']);
  });

  it('a paraphrased fragment joins the full remark it comes from: diverge', () => {
    const rows = quoteRows({
      a: `${A} Putin blamed the war on “basic threats to Russian security,” he said.`,
      b: `${A} “The crisis has to do with basic threats to our security,” Putin said.`,
    });
    const row = rowWith(rows, 'basic threats');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    expect(row.verdict).toBe('diverge');
  });

  it('the same words given to different speakers diverge, attributed differently', () => {
    const rows = quoteRows({
      a: 'Foreign Minister Sergei Lavrov and aide Yuri Ushakov flew in. “We have clear arguments and we will present them,” Lavrov told journalists.',
      b: 'Kremlin aide Yuri Ushakov spoke at the hotel. “We have clear arguments and we will present them,” Ushakov told reporters.',
    });
    const row = rowWith(rows, 'clear arguments');
    expect(row.verdict).toBe('diverge');
    expect(row.reason).toMatch(/^attributed differently/);
  });

  it('a quote only one source has adds detail', () => {
    const rows = quoteRows({ a: `${A} “The weather was kind to us,” Putin said.`, b: `${A} The leaders met.` });
    const row = rowWith(rows, 'weather was kind');
    expect(row.verdict).toBe('adds-detail');
    expect(row.silent).toEqual(['b']);
  });

  it('different remarks of one speaker stay apart', () => {
    const rows = quoteRows({
      a: `${A} “Sanctions hurt everyone in Europe,” Putin said.`,
      b: `${A} “Our relations with Washington are improving,” Putin said.`,
    });
    expect(rows).toHaveLength(2);
  });

  it('the same words from different sources do not merge when the speakers share no words and sources overlap', () => {
    const rows = quoteRows({
      a: `${A} “Thank you,” Putin said. “Thank you,” Trump said.`,
      b: `${A} “Thank you,” Putin said.`,
    });
    const putin = rows.find((r) => r.key.startsWith('quote:vladimir-putin'))!;
    expect(putin.verdict).toBe('agree');
  });

  it('a lone scare-quoted term is not a row, a term two sources quote is', () => {
    const lone = quoteRows({ a: `${A} Trump blamed the “Russia hoax” again.`, b: `${A} The leaders met.` });
    expect(lone).toHaveLength(0);
    const shared = quoteRows({ a: `${A} Trump called the talks “extremely productive” on Friday.`, b: `${A} Trump described the talks as “extremely productive” later.` });
    expect(shared).toHaveLength(1);
    expect(shared[0]!.verdict).toBe('agree');
  });

  it('a short run of a remark another source quotes whole joins it, though it holds one content word', () => {
    const rows = quoteRows({
      a: `${A} “We are willing to discuss everything, but we need to be patient, very patient,” Putin said.`,
      b: `${A} Putin’s line, that both sides must be “patient, very patient”, was the frankest of the day.`,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.values).toHaveLength(2);
    expect(rows[0]!.verdict).toBe('adds-detail');
  });

  it('a named run of five words or more joins the remark another source leaves unattributed', () => {
    const rows = quoteRows({
      a: `${A}\n\n“At the end of the talks I called Zelensky and began arranging a meeting, at a location to be determined.”`,
      b: `${A} Trump said he had begun arranging a meeting “at a location to be determined”.`,
    });
    expect(rowWith(rows, 'location to be determined').values).toHaveLength(2);
    // a pair of words is not enough
    const pair = quoteRows({
      a: `${A}\n\n“At the end of the talks I called Zelensky and began arranging a meeting, at a location to be determined.”`,
      b: `${A} Trump said the place was still “to be determined”.`,
    });
    expect(pair).toHaveLength(1);
    expect(pair[0]!.values).toHaveLength(1);
  });

  it('two renderings that share few words but keep the build of the remark line up', () => {
    const rows = quoteRows({
      a: `${A} “It was not simple to reach this day,” Putin said.`,
      b: `${A} “It has not been simple to arrive at this moment,” Putin said.`,
    });
    const row = rowWith(rows, 'not simple to reach');
    expect(row.values).toHaveLength(2);
    expect(row.verdict).toBe('diverge');
  });

  it('but only each other’s best match, and only among remarks one source alone quotes', () => {
    const rows = quoteRows({
      a: `${A} “It was not simple to reach this day,” Putin said. “The weather was not kind to us,” Putin added.`,
      b: `${A} “It has not been simple to arrive at this moment,” Putin said.`,
    });
    expect(rowWith(rows, 'weather was not kind').values).toHaveLength(1);
    expect(rowWith(rows, 'not simple to reach').values).toHaveLength(2);
  });

  it('remarks of one speaker that share a word but not their build stay apart', () => {
    const rows = quoteRows({
      a: `${A} “The weather was not kind to us today,” Putin said.`,
      b: `${A} “Trade will not wait for the politicians, whatever the weather,” Putin said.`,
    });
    expect(rows).toHaveLength(2);
  });

  it('a quote with no speaker joins a named speaker’s remark it translates, when nothing else comes close', () => {
    const rows = quoteRows({
      a: `${A} “Russia and America both gain from openness and both lose from walls,” Putin said.`,
      b: `${A}\n\n“Russia and America both benefit from openness and lose in walls.”`,
    });
    const row = rowWith(rows, 'both gain from openness');
    expect(row.values).toHaveLength(2);
    expect(row.verdict).toBe('diverge');
  });

  it('a quote with no speaker that is as close to two remarks joins neither', () => {
    const rows = quoteRows({
      a: `${A} “Russia and America both gain from open borders,” Putin said. “Russia and America both gain from open seas,” he added.`,
      c: `${A}\n\n“Russia and America both benefit from openness.”`,
    });
    expect(rows).toHaveLength(3);
    expect(rowWith(rows, 'both benefit from openness').values).toHaveLength(1);
  });

  it('a quote with no speaker joins the same words from a named speaker', () => {
    const rows = quoteRows({ a: `${A}\n\n“Next time in Moscow.”`, b: `${A} “Next time in Moscow,” Putin said in English.` });
    const row = rowWith(rows, 'next time in moscow');
    expect(row.values).toHaveLength(2);
    expect(row.verdict).toBe('agree');
  });

  it('"the Chinese leader" in one report lines up with the Xi another report titles so', () => {
    const rows = quoteRows({
      a: 'Chinese President Xi Jinping met U.S. President Joe Biden. “The world expects us to manage this relationship properly,” Xi said.',
      b: 'Xi Jinping and Joe Biden met in Bali. “The world expects us to manage this relationship properly,” the Chinese leader said.',
    });
    const row = rowWith(rows, 'world expects');
    expect(row.verdict).toBe('agree');
    expect(row.key).toMatch(/^quote:xi-jinping:/);
  });

  it('each row has a unique key quote:<speaker>:<slug>', () => {
    const rows = quoteRows({ a: `${A} “Yes,” Putin said. “No,” Trump said.`, b: `${A} “We will see,” Putin said.` });
    const keys = rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('quote:vladimir-putin:we-will-see');
  });

  it('the JSON value carries speaker and text; display trims a long remark', () => {
    const long = 'We discussed trade, energy, the Arctic, space, arms control, cyber security and the situation in several regions at length';
    const row = quoteRows({ a: `${A} “${long},” Putin said.`, b: `${A}` })[0]!;
    expect(row.values[0]!.value).toEqual({ speaker: 'Vladimir Putin', text: long });
    expect(row.values[0]!.display.length).toBeLessThan(long.length);
  });

  it('lines up many sources in time that grows about linearly', () => {
    const sources = (n: number) => {
      const texts: Record<string, string> = {};
      for (let i = 0; i < n; i++) {
        texts[`s${i}`] =
          `${A} “We discussed topic number ${i} at length,” Putin said. “Relations are at a turning point ${i % 7},” Trump said. ` +
          `Putin called it a “constructive step ${i % 5}.”`;
      }
      return texts;
    };
    const time = (n: number) => {
      const t = performance.now();
      quoteRows(sources(n));
      return performance.now() - t;
    };
    time(20);
    const small = time(60);
    const large = time(240);
    // four times the sources: well under sixteen times the work
    expect(large / small).toBeLessThan(10);
  }, 60_000);
});

describe('wording', () => {
  it('normalises marks, dashes, case and spacing', () => {
    expect(normalizeWording('We could not — and   will NOT — do “this”.')).toBe(normalizeWording('we could not -- and will not -- do "this"'));
    expect(normalizeWording('what’s')).toBe(normalizeWording("what's"));
  });

  it('an excerpt is a run of whole words', () => {
    expect(isExcerpt('root causes', 'all the root causes of it')).toBe(true);
    expect(isExcerpt('root cause', 'all the root causes of it')).toBe(false);
  });

  it('house spelling and dotted initials are not differences of wording', () => {
    expect(normalizeWording('Our defence programme is a matter of honour for the U.S.')).toBe(normalizeWording('Our defense program is a matter of honor for the US'));
    expect(normalizeWording('We must organise a dialogue at the centre')).toBe(normalizeWording('We must organize a dialog at the center'));
    expect(normalizeWording('We travelled far')).toBe(normalizeWording('We traveled far'));
    // short words are left alone: "four" is not "for", "hour" is not "hor"
    expect(normalizeWording('four hours')).not.toBe(normalizeWording('for hors'));
  });

  it('an excerpt may leave words out where the report marks it, and only there', () => {
    const whole = normalizeWording('We are ready, as we have always been, to work with the United States on security');
    expect(isExcerpt(normalizeWording('We are ready ... to work with the United States'), whole)).toBe(true);
    expect(isExcerpt(normalizeWording('We are ready … on security'), whole)).toBe(true);
    expect(isExcerpt(normalizeWording('We are ready to work with [Washington] on security'), normalizeWording('We are ready to work with them on security'))).toBe(true);
    // the pieces must come in the order they were said, and an unmarked gap is no excerpt
    expect(isExcerpt(normalizeWording('on security … We are ready'), whole)).toBe(false);
    expect(isExcerpt(normalizeWording('We are ready to work with the United States'), whole)).toBe(false);
  });

  it('judges an elided rendering an excerpt of the fuller one', () => {
    const rows = quoteRows({
      a: `${LEDE_PUTIN} "We are ready, as we have always been, to work with the United States on security," Putin said.`,
      b: `${LEDE_PUTIN} "We are ready ... to work with the United States on security," Putin said.`,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.verdict).toBe('adds-detail');
  });

  it('speakers are one person across sources when the names fit', () => {
    const keys = speakerKeys(['Vladimir Putin', 'Putin', 'Mikhail Gorbachev', 'M. S. Gorbachev', 'Raisa Gorbachev']);
    expect(keys.get('Putin')).toBe(keys.get('Vladimir Putin'));
    expect(keys.get('M. S. Gorbachev')).toBe(keys.get('Mikhail Gorbachev'));
    expect(keys.get('Raisa Gorbachev')).not.toBe(keys.get('Mikhail Gorbachev'));
    const accents = speakerKeys(['François Hollande', 'Francois Hollande', 'Recep Tayyip Erdoğan', 'Erdogan']);
    expect(accents.get('Francois Hollande')).toBe(accents.get('François Hollande'));
    expect(accents.get('Erdogan')).toBe(accents.get('Recep Tayyip Erdoğan'));
    // an initial that is also the article's letter is still an initial
    const initials = speakerKeys(['Aleksei N. Kosygin', 'A. N. Kosygin', 'A.N. Kosygin', 'Alexander Lukashenko', 'A. Lukashenko', 'Nikolai Kosygin']);
    expect(initials.get('A. N. Kosygin')).toBe(initials.get('Aleksei N. Kosygin'));
    expect(initials.get('A.N. Kosygin')).toBe(initials.get('Aleksei N. Kosygin'));
    expect(initials.get('A. Lukashenko')).toBe(initials.get('Alexander Lukashenko'));
    expect(initials.get('Nikolai Kosygin')).not.toBe(initials.get('Aleksei N. Kosygin'));
    // "Bill" is "William", "Ron" is "Ronald": one speaker, not a divergence of attribution
    const familiar = speakerKeys(['William Jefferson Clinton', 'Bill Clinton', 'Ronald L. Ziegler', 'Ron Ziegler', 'Hillary Clinton']);
    expect(familiar.get('Bill Clinton')).toBe(familiar.get('William Jefferson Clinton'));
    expect(familiar.get('Ron Ziegler')).toBe(familiar.get('Ronald L. Ziegler'));
    expect(familiar.get('Hillary Clinton')).not.toBe(familiar.get('William Jefferson Clinton'));
    const spelt = speakerKeys(['Sergey Lavrov', 'Sergei Lavrov', 'Yury Ushakov', 'Yuri Ushakov']);
    expect(spelt.get('Sergei Lavrov')).toBe(spelt.get('Sergey Lavrov'));
    expect(spelt.get('Yuri Ushakov')).toBe(spelt.get('Yury Ushakov'));
    // a form of address is no part of the name
    const address = speakerKeys(['Willi Stoph', 'Comrade Stoph', 'Herr Brandt', 'Willy Brandt']);
    expect(address.get('Comrade Stoph')).toBe(address.get('Willi Stoph'));
    expect(address.get('Herr Brandt')).toBe(address.get('Willy Brandt'));
    // "-iy" and "-ii" are the "-y" other transliterations end on
    const ends = speakerKeys(['Volodymyr Zelenskiy', 'Volodymyr Zelensky', 'Dmitriy Peskov', 'Dmitrii Peskov', 'Dmitry Peskov']);
    expect(ends.get('Volodymyr Zelensky')).toBe(ends.get('Volodymyr Zelenskiy'));
    expect(ends.get('Dmitriy Peskov')).toBe(ends.get('Dmitry Peskov'));
    expect(ends.get('Dmitrii Peskov')).toBe(ends.get('Dmitry Peskov'));
  });

  it('shows a word diff under a diverging quote row', () => {
    const rows = quoteRows({
      a: 'Russian President Vladimir Putin met Trump. “We see fundamental threats to Russian security,” Putin said.',
      b: 'Russian President Vladimir Putin met Trump. “We see fundamental threats to our security,” Putin said.',
    });
    const lines = wordingLines(rowWith(rows, 'fundamental threats'), new Chalk({ level: 0 }), 80);
    expect(lines.join('\n')).toContain('[-Russian-]{+our+}');
    expect(lines[0]).toContain('a → b');
  });
});

describe('attribution, second round', () => {
  const LEDE = 'President Emmanuel Macron hosted Chancellor Olaf Scholz in Paris on Tuesday.';

  it('a pull quote signed "— Name, occasion" is the name’s', () => {
    const text = `${LEDE}\n\n> "A bridge we will keep crossing." — **Emmanuel Macron**, at the dinner\n`;
    expect(quotes(text, 'notes.md').map((c) => [c.value.speaker, c.value.text])).toEqual([['Emmanuel Macron', 'A bridge we will keep crossing.']]);
  });

  it('but a dash, a name and a comma in a running sentence sign nothing', () => {
    const text = `${LEDE} The talks were "long and useful" — Scholz, who had flown in late, later told aides he agreed with the description and with most of the plans that had been drawn up before the trip began.`;
    expect(quotes(text).every((c) => c.value.speaker !== 'Olaf Scholz' || c.value.phrase)).toBe(true);
  });

  it('"the agency quoted him as saying" gives the words to him, not the agency', () => {
    const text = `${LEDE} Scholz took questions at the embassy. Reuters quoted him as saying Berlin would be "ready to host the next round of talks".`;
    expect(remarks(text)).toEqual([['Olaf Scholz', 'ready to host the next round of talks', 'phrase']]);
  });

  it('a named speaker before the colon keeps a closed quotation, whoever the next sentence names', () => {
    const text = `${LEDE} Over lunch Macron told his guest: "We have read your proposals with care." Berlin said it would answer within a week.`;
    expect(remarks(text)).toEqual([['Emmanuel Macron', 'We have read your proposals with care.', 'remark']]);
  });

  it('"In his reply Scholz stressed:" is Scholz, not whoever "his" points back to', () => {
    const text = `${LEDE} Macron spoke first. In his reply Scholz stressed: "Our two countries carry a common duty."`;
    expect(remarks(text)).toEqual([['Olaf Scholz', 'Our two countries carry a common duty.', 'remark']]);
  });

  it('a speech noun with a capitalised adjective: "offered his French saying"', () => {
    const text = `${LEDE} Macron, fond of the line, offered his French saying once more, "little by little the bird builds its nest", and Scholz laughed.`;
    expect(quotes(text)[0]!.value.speaker).toBe('Emmanuel Macron');
  });

  it('phrasal speech verbs: "shot back", "broke in"', () => {
    const a = `${LEDE} Macron praised the menu, and Scholz shot back, "You say that at every dinner."`;
    expect(remarks(a)).toEqual([['Olaf Scholz', 'You say that at every dinner.', 'remark']]);
    const b = `${LEDE} "We will need more time," Macron said. Scholz broke in: "Then let us take it."`;
    expect(remarks(b)).toEqual([
      ['Emmanuel Macron', 'We will need more time', 'remark'],
      ['Olaf Scholz', 'Then let us take it.', 'remark'],
    ]);
  });

  it('a verb opening a colon after a closed quotation introduces the next one, not the last', () => {
    const text = `${LEDE} Macron recited his favourite maxim, "Patience is a form of courage." Scholz cut in: "And of stubbornness."`;
    const got = remarks(text);
    expect(got[0]![0]).toBe('Emmanuel Macron');
    expect(got.at(-1)).toEqual(['Olaf Scholz', 'And of stubbornness.', 'remark']);
  });

  it('"shot" or "cut" alone is no speech verb', () => {
    const text = `${LEDE} Scholz cut the ribbon, "a symbol of open borders" as the programme put it.`;
    expect(quotes(text).map((c) => c.value.speaker)).not.toContain('Olaf Scholz');
  });

  it('"the French leader" is a description, not a person called so', () => {
    const text = `The two presidents met in Lyon. "It is a relief for us all," the French leader said.`;
    expect(quotes(text)[0]!.value.speaker).not.toBe('French leader');
  });

  it('a run of four words with one content word joins the same speaker’s remark; a shorter one does not', () => {
    const rows = quoteRows({
      a: `${LEDE} "This trip has proved that we can act together even where we differ," Scholz said.`,
      b: `${LEDE} Scholz said the trip showed the two could act together "even where we differ". Macron called it "very useful".`,
    });
    const row = rowWith(rows, 'This trip has proved');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    const c = quoteRows({
      a: `${LEDE} "We differ," Scholz said. "We differ often."`,
      b: `${LEDE} Scholz admitted that they "differ".`,
    });
    expect(c.every((r) => r.values.every((v) => v.source === 'a'))).toBe(true);
  });
});

describe('attribution, second round (2)', () => {
  const LEDE = 'President Emmanuel Macron hosted Chancellor Olaf Scholz in Paris on Tuesday.';

  it('a quotation that completes "said … that" to the sentence’s end is a remark of the speaker', () => {
    const text = `${LEDE} Elysee spokeswoman Claire Morel said in a statement that "the President considers this the most useful of their meetings." French officials said Scholz had also raised energy prices.`;
    expect(remarks(text)).toEqual([['Claire Morel', 'the President considers this the most useful of their meetings.', 'remark']]);
  });

  it('but a short quoted fragment after "that", or one the sentence goes on past, stays a phrase', () => {
    const a = `${LEDE} Macron said that "progress" had been made.`;
    expect(remarks(a)).toEqual([['Emmanuel Macron', 'progress', 'phrase']]);
    const b = `${LEDE} Macron said that "the talks went well and ended on time" before he left for the airport.`;
    expect(remarks(b)[0]![2]).toBe('phrase');
  });

  it('a long description before a known name resolves to the name', () => {
    const text = `${LEDE} German Federal Foreign Office spokesperson Anna Keller told reporters: "The visit went as planned."`;
    expect(remarks(text)).toEqual([['Anna Keller', 'The visit went as planned.', 'remark']]);
  });

  it('"he" in a paragraph that opens with someone else than the last subject is the one it opens with', () => {
    const text = `${LEDE} Scholz's spokesman Peter Brandt said the agenda was full.\n\nLater Macron surprised his guards by stopping on the Rue de Rivoli, with Scholz following behind. "Paris is glad to see you," he told the crowd.`;
    expect(remarks(text)).toEqual([['Emmanuel Macron', 'Paris is glad to see you', 'remark']]);
  });
});

describe('attribution, second round (3)', () => {
  it('"the head of state said" in an agency’s copy is the head its lead names first', () => {
    const text = `ROME, May 3. President of Italy Sergio Mattarella received President of Austria Alexander Van der Bellen and Chancellor Karl Nehammer on Monday.\n\nThe talks were held in the Quirinal Palace.\n\n"We have agreed on the essentials," the head of state said.`;
    expect(quotes(text)[0]!.value.speaker).toBe('Sergio Mattarella');
  });

  it('but not when the lead names no head: the description stays no one', () => {
    const text = `The talks were held in the Quirinal Palace on Monday, officials said, and lasted well into the evening while crowds waited outside in the square for any word at all.\n\nLater, Sergio Mattarella and Karl Nehammer met the press.\n\n"We have agreed on the essentials," the head of state said.`;
    expect(quotes(text)[0]!.value.speaker).toBeNull();
  });

  it('a surname several people share is the one named in full before the quote', () => {
    const text = `President Lee Jae-myung met Lee Hae-chan on Friday. "We will keep talking," Lee said.\n\nIn the evening Lee Soo-jin, a musician, played for the guests.`;
    expect(quotes(text)[0]!.value.speaker).toBe('Lee Jae-myung');
  });

  it('two lone renderings pair up whichever side finds the other first', () => {
    const rows = quoteRows({
      a: `${LEDE_PUTIN} "We will see to it that this treaty does not go the way of earlier ones, which never left the starting blocks," Putin said.`,
      b: `${LEDE_PUTIN} "We will work so that this treaty doesn't end up like past treaties that stalled in the starting blocks," Putin said.`,
    });
    const row = rowWith(rows, 'We will work so that');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
  });
});

describe('round 3: who speaks next', () => {
  it.each([
    ['"told X"', `${LEDE_PUTIN} “We have had hard years,” Trump told Putin as the cameras rolled. “These talks keep us from a war.”`],
    ['"said to the Russian president"', `${LEDE_PUTIN} “We have had hard years,” Trump said to the Russian president Putin. “These talks keep us from a war.”`],
    ['"turning toward X"', `${LEDE_PUTIN} “We have had hard years,” Trump said, turning toward Putin. “These talks keep us from a war.”`],
  ])('the one spoken to does not take over the speech: %s', (_name, text) => {
    expect(remarks(text).map((r) => r[0])).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('a name that opens a clause of its own ends the speech', () => {
    const a = `${LEDE_PUTIN} “We have had hard years,” Trump said, and Putin nodded. “These talks keep us from a war.”`;
    expect(remarks(a).map((r) => r[0])).toEqual(['Donald Trump', null]);
    const b = `${LEDE_PUTIN} “We have had hard years,” Trump said as Putin listened. “These talks keep us from a war.”`;
    expect(remarks(b).map((r) => r[0])).toEqual(['Donald Trump', null]);
  });
});

describe('round 3: lining up translations', () => {
  const A = 'Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met on Thursday.';

  it('a translation that adds words of its own still meets the rendering two other sources share', () => {
    const rows = quoteRows({
      a: `${A} “I trust this accord will be a firm footing for halting the shelling around Aleppo,” Putin said.`,
      b: `${A} Putin: “I trust this accord will be a firm footing for halting the shelling around Aleppo.”`,
      c: `${A} “I voice my confidence that this accord will become a firm footing for halting the shelling around Aleppo and will end the misery of the refugees crowding the border,” Putin said.`,
    });
    const row = rowWith(rows, 'voice my confidence');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b', 'c']);
    expect(row.verdict).toBe('diverge');
  });

  it.each([
    ['“Nobody, including Syrian troops, knew where they were”', '“Unfortunately, as I said on the phone, no one, including the Syrian military, knew their location”'],
    ['“No one among the Syrian soldiers knew where they stood”', '“Nobody among the Syrian troops knew their whereabouts”'],
    ['“Everyone in the Syrian army knew of the convoy”', '“Everybody in the Syrian military knew about the convoy”'],
  ])('words translators swap ("nobody"/"no one", "troops"/"military") line up: %s', (x, y) => {
    const rows = quoteRows({ a: `${A} ${x}, Putin said.`, b: `${A} ${y}, Putin said.` });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.verdict).toBe('diverge');
  });

  it('"nobody" does not pull together remarks that share nothing else', () => {
    const rows = quoteRows({
      a: `${A} “Nobody wants a war in Idlib,” Putin said.`,
      b: `${A} “No one can say when the refugees return home,” Putin said.`,
    });
    expect(rows).toHaveLength(2);
  });
});

describe('round 3: initials and topic words', () => {
  const A = 'Chinese President Xi Jinping and U.S. President Joe Biden met on Monday.';

  it.each([
    ['“the China-U.S. relationship”', '“the relationship between China and the United States”'],
    ['“U.S. farmers”', '“farmers of the United States”'],
    ['“the U.K. and the E.U.”', '“the United Kingdom and the European Union”'],
  ])('"U.S." and "United States" are one word when lining up: %s', (x, y) => {
    const rows = quoteRows({
      a: `${A} “We must keep ${x.slice(1, -1)} steady through hard years,” Xi said.`,
      b: `${A} “We must keep ${y.slice(1, -1)} steady through hard years,” Xi said.`,
    });
    expect(rows).toHaveLength(1);
  });

  it('a translation is ranked by the words it shares, not by a topic both remarks name', () => {
    const rows = quoteRows({
      a: `${A} “As the leaders of two big countries, we have to find the right path for the China-U.S. relationship,” Xi said. “The world hopes that China and the United States will manage the relationship well,” Xi added.`,
      b: `${A} “As the leaders of China and the United States, we must hold the rudder and steer the relationship in the right direction,” Xi said.`,
    });
    const row = rowWith(rows, 'hold the rudder');
    expect(row.values.map((v) => normalizeWording((v.value as Quote).text).slice(0, 20)).sort()).toEqual(['as the leaders of ch', 'as the leaders of tw']);
  });
});

describe('round 3: who said it', () => {
  const LEDE = 'French President Emmanuel Macron met Russian President Vladimir Putin in Moscow on Monday.';

  it.each([
    ['"He told … that Putin …"', `${LEDE}\n\nMacron was more reserved. He told reporters that Putin had listened closely. “The next days will tell,” he said.`],
    ['"He said … Putin’s offer …"', `${LEDE}\n\nMacron spoke last. He said Putin had made an offer worth studying. “The next days will tell,” he said.`],
    ['"Later, he met Putin again"', `${LEDE}\n\nMacron stayed on. Later, he met Putin alone for an hour. “The next days will tell,” he added.`],
  ])('a run of sentences on one "he" keeps its subject: %s', (_name, text) => {
    expect(one(text).value.speaker).toBe('Emmanuel Macron');
  });

  it.each([
    ['the next paragraph', `${LEDE}\n\nAsked about the channel, Macron did not hedge. “It behaved as an organ of propaganda,” he said, while Putin looked on.\n\nOn Syria he drew a line of his own. “Any use of chemical weapons will be answered,” he said.`],
    ['the same paragraph', `${LEDE}\n\nAsked about the channel, Macron did not hedge. “It behaved as an organ of propaganda,” he said, while Putin looked on. “Any use of chemical weapons will be answered,” he added.`],
  ])('a name after the pronoun that said the last quotation does not take over: %s', (_name, text) => {
    const said = quoteExtractor.extract(docOf(text)).map((c) => [c.value.speaker, c.value.text.slice(0, 12)]);
    expect(said).toEqual([['Emmanuel Macron', 'It behaved a'], ['Emmanuel Macron', 'Any use of c']]);
  });

  it('a named subject in between still takes over', () => {
    const text = `${LEDE}\n\nMacron was more reserved. Putin, in turn, praised the talks. “The next days will tell,” he said.`;
    expect(one(text).value.speaker).toBe('Vladimir Putin');
  });

  it.each([
    ['"was insisting that"', `${LEDE} Within a day Kremlin spokesman Dmitry Peskov was insisting that Moscow "had promised nothing".`, 'Dmitry Peskov'],
    ['"has been saying"', `${LEDE} Kremlin spokesman Dmitry Peskov has been saying for weeks that talks are "the only way".`, 'Dmitry Peskov'],
    ['"kept calling"', `${LEDE} Dmitry Peskov kept calling the visit "a working one".`, 'Dmitry Peskov'],
  ])('the subject of a progressive, not the first name of the sentence: %s', (_name, text, speaker) => {
    expect(one(text).value.speaker).toBe(speaker);
  });

  it.each([
    ['"That was Peskov."', `${LEDE} Kremlin spokesman Dmitry Peskov spoke later.\n\n“Nothing was signed and nothing will be.” That was Peskov, and the mood soured.`],
    ['"Those were the words of …"', `${LEDE} Kremlin spokesman Dmitry Peskov spoke later.\n\n“Nothing was signed and nothing will be.” Those were the words of Dmitry Peskov.`],
    ['"So said …"', `${LEDE} Kremlin spokesman Dmitry Peskov spoke later.\n\n“Nothing was signed and nothing will be.” So said Peskov on the Kremlin steps.`],
  ])('a sentence that only names the speaker: %s', (_name, text) => {
    expect(one(text).value.speaker).toBe('Dmitry Peskov');
  });

  it('"That was Tuesday." names no one', () => {
    expect(one(`${LEDE}\n\n“Nothing was signed and nothing will be.” That was Tuesday, and the mood soured.`).value.speaker).toBeNull();
  });

  it.each([
    ['a relative clause with its own object before a colon', `${LEDE} He also had a word for Kyiv over the accords, which Volodymyr Zelensky has said he dislikes: “You will have to live with it.”`, 'Emmanuel Macron'],
    ['"Later, turning to …, he reached for …:"', `${LEDE} Later, turning to the question of Kyiv, he reached for an old proverb: “You will have to live with it.”`, 'Emmanuel Macron'],
  ])('the main clause speaks: %s', (_name, text, speaker) => {
    expect(one(text).value.speaker).toBe(speaker);
  });

  it('a relative clause that governs the quotation keeps its own subject', () => {
    expect(one(`${LEDE} They discussed the accords, which Volodymyr Zelensky has called “a dead letter”.`).value.speaker).toBe('Volodymyr Zelensky');
  });
});

describe('round 3: remarks and names', () => {
  const LEDE = 'Chinese President Xi Jinping met U.S. President Joe Biden on Saturday.';

  it.each([
    ['"his remark that “A …,” and …"', `${LEDE} Set that beside his remark that “A calm relationship helps both our peoples and the whole world,” and the message is plain.`],
    ['"Xi’s warning that “A …”"', `${LEDE} Xi’s warning that “A calm relationship helps both our peoples and the whole world” drew little comment.`],
    ['"his insistence that “A ….”"', `${LEDE} Xi spoke second. Note his insistence that “A calm relationship helps both our peoples and the whole world.”`],
  ])('a speech noun’s clause that quotes a whole sentence is a remark: %s', (_name, text) => {
    const c = one(text);
    expect(c.value.speaker).toBe('Xi Jinping');
    expect(c.value.phrase).toBeUndefined();
  });

  it('a lower-case fragment after a speech noun stays a phrase', () => {
    const c = one(`${LEDE} Set that beside his remark that ties were “in a better place than a year ago” and the message is plain.`);
    expect(c.value.phrase).toBe(true);
  });

  it('a plural title before two names is no part of the first', () => {
    const text = 'MOSCOW — Presidents Vladimir Putin and Tayyip Erdogan talked for six hours on Thursday.\n\n“We found common ground,” Putin said.';
    expect(one(text).value.speaker).toBe('Vladimir Putin');
  });
});

describe('round 3: a title one report leaves unnamed', () => {
  it.each([
    ['the chancellor', 'German Chancellor Angela Merkel and French President Francois Hollande met Putin.', 'Mrs Merkel flew home. The chancellor spoke only of “a glimmer of light”.'],
    ['the foreign minister', 'Russian Foreign Minister Sergei Lavrov joined Putin.', 'Mr Lavrov was there. The foreign minister spoke only of “a glimmer of light”.'],
    ['the prime minister', 'Indian Prime Minister Narendra Modi met Putin.', 'Mr Modi left early. The prime minister spoke only of “a glimmer of light”.'],
  ])('"%s" lines up with the one person the other report titles so', (_name, a, b) => {
    const rows = quoteRows({ a: `${a} “We now see a glimmer of light,” ${a.split(' ').slice(2, 4).join(' ')} said.`, b });
    const row = rowWith(rows, 'glimmer of light');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    expect(row.verdict).toBe('adds-detail');
  });

  it('a title two people hold elsewhere stays unknown', () => {
    const rows = quoteRows({
      a: 'German Chancellor Angela Merkel met Austrian Chancellor Werner Faymann. “We now see a glimmer of light,” Merkel said.',
      b: 'Mrs Merkel flew home. The chancellor spoke only of “a glimmer of light”.',
    });
    const row = rowWith(rows, 'we now see a glimmer');
    expect(row.values.map((v) => v.source)).toEqual(['a']);
  });
});

describe('round 4: a surname the report made its own', () => {
  it.each([
    ['a relative named in the travelling party', 'Trump landed at noon. Trump toured the border. Later Trump met the troops. Ivanka Trump and Jared Kushner came along.\n\n“This is a great day,” Trump said.', 'Trump'],
    ['a sister among those present', 'Kim crossed the line. Kim waved to the cameras. Kim then sat down. His sister Kim Yo Jong stood behind him.\n\nKim, through an interpreter: “Good to meet you.”', 'Kim'],
    ['a pronoun after the namesake', 'Obama reached the palace. Obama laid a wreath. Obama shook hands. Michelle Obama toured a school.\n\nObama spoke first. “We will keep talking,” he said.', 'Obama'],
  ])('%s keeps the bare surname', (_name, text, speaker) => {
    expect(quotes(text).map((c) => c.value.speaker)).toEqual([speaker]);
  });

  it('a headline surname before the lede’s full name is that person', () => {
    const text = 'Putin meets Trump\n\nRussian President Vladimir Putin met U.S. President Donald Trump on Friday.\n\n“We are ready,” Putin said.';
    expect(one(text).value.speaker).toBe('Vladimir Putin');
  });

  it('the relative named in full speaks as herself', () => {
    const text = 'Trump landed at noon. Trump toured the border. Later Trump met the troops.\n\nIvanka Trump said: “It was moving.”';
    expect(one(text).value.speaker).toBe('Ivanka Trump');
  });

  it('lines up with the full name another report gives', () => {
    const rows = quoteRows({
      a: 'Trump landed at noon. Trump toured the border. Later Trump met the troops. Ivanka Trump came along.\n\n“Stepping over that line was an honor,” Trump said.',
      b: 'U.S. President Donald Trump met Kim Jong Un on Sunday. “Stepping over that line was an honor,” Trump said.',
    });
    const row = rowWith(rows, 'stepping over that line');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    expect(row.verdict).toBe('agree');
  });
});

describe('round 4: labels and narration', () => {
  it.each([
    ['a topic label', '- **Embargo:** Obama: "The embargo is going to end."'],
    ['a dash label', 'Sanctions — Obama: “The embargo is going to end.”'],
    ['a day label', 'Day two: Obama: “The embargo is going to end.”'],
  ])('%s before the speaker’s label is no part of the name', (_name, line) => {
    const text = `U.S. President Barack Obama met Raul Castro in Havana.\n\n${line}`;
    expect(quotes(text, 'live.md').map((c) => c.value.speaker)).toEqual(['Barack Obama']);
  });

  it.each([['- **S-400:** "Our process regarding the S-400 continues."'], ['- **G20:** "Our process regarding the S-400 continues."']])(
    'a label with a digit names a topic, not a speaker: %s',
    (line) => {
      const text = `Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi.\n\nErdogan's remarks to journalists travelling with him. Key points:\n\n${line}`;
      const found = quotes(text, 'live.md');
      expect(found).toHaveLength(1);
      expect(String(found[0]!.value.speaker)).not.toMatch(/\d/);
    },
  );

  it.each([
    ['Then:', 'Then:'],
    ['Later:', 'Later:'],
    ['Finally:', 'Finally:'],
  ])('"%s" alone goes on with the one the account was telling of', (_name, lead) => {
    const text = `Cuban President Raul Castro met Barack Obama.\n\nAsked about prisoners, Castro adjusted his earpiece and looked at the reporter. ${lead}`;
    expect(quotes(`${text}\n\n> "What prisoners?"`, 'live.md').map((c) => c.value.speaker)).toEqual(['Raul Castro']);
    expect(one(`${text} “What prisoners?”`).value.speaker).toBe('Raul Castro');
  });

  it('"Then:" after a sentence about no one stays unknown', () => {
    const text = 'The hall fell silent for a long moment. Then:\n\n> "What prisoners?"';
    expect(quotes(text, 'live.md').map((c) => c.value.speaker)).toEqual([null]);
  });

  it.each([
    ['Dissidents say such lists were handed over long ago.'],
    ['Critics said the talks had achieved little.'],
    ['Aides insisted it was a joke.'],
  ])('a sentence after a closed quotation that reports a clause of its own is no attribution: %s', (next) => {
    const text = `Cuban President Raul Castro met Barack Obama. The talks ran long.\n\n“Give me the names.” ${next}`;
    expect(one(text).value.speaker).toBeNull();
  });

  it('a verb with only an adjunct after a closed question still attributes it', () => {
    const text = 'Cuban President Raul Castro met Barack Obama. The talks ran long.\n\n“What prisoners?” Castro said on Monday.';
    expect(one(text).value.speaker).toBe('Raul Castro');
  });

  it.each([
    ['a manner sentence', 'Obama was candid about the embargo. “It is going to end.”', 'Barack Obama'],
    ['a pronoun subject after an opener', 'Castro seemed surprised by the format. Asked about prisoners, he bristled. “Give me the names.”', 'Raul Castro'],
    ['a titled subject', 'Putin was blunt. The Russian leader did not hedge. “Give me the names.”', 'Vladimir Putin'],
  ])('a quotation standing alone after %s is its subject’s', (_name, para, speaker) => {
    const text = `U.S. President Barack Obama met Cuban President Raul Castro in Havana, and Russian President Vladimir Putin.\n\n${para}`;
    expect(one(text).value.speaker).toBe(speaker);
  });

  it('a quotation standing alone after a sentence about no person stays unknown', () => {
    const text = 'U.S. President Barack Obama met Cuban President Raul Castro in Havana.\n\nThe talks ran long. “Nobody expected a deal.”';
    expect(one(text).value.speaker).toBeNull();
  });

  it('a short remark is no rendering of a long one that merely shares its topic', () => {
    const rows = quoteRows({
      a: 'Cuban President Raul Castro met Barack Obama. “What political prisoners?” Castro asked. “Give me a list of political prisoners now, and they will be released tonight,” Castro said.',
      b: 'Cuban President Raul Castro met Barack Obama. “Give me the list of political prisoners right now and I will let them go,” Castro said.',
    });
    expect(rowWith(rows, 'what political prisoners').values.map((v) => v.source)).toEqual(['a']);
    expect(rowWith(rows, 'give me the list').values.map((v) => v.source).sort()).toEqual(['a', 'b']);
  });
});

describe('round 4: namesakes, main clauses, unattributed remarks', () => {
  it.each([
    ['a father named after the son', 'Shinzo Abe hosted Vladimir Putin. The town is where the prime minister’s father, the former foreign minister Shintaro Abe, is buried.\n\nAbe insists patience is the point. “We have taken a step,” Abe said.'],
    ['history named before the protagonist', 'The last summit was in 2007, when Roh Moo-hyun met Kim Jong Il. So Moon and Kim Jong Un had history to live down.\n\n“We will not go back,” Kim said.'],
    ['a late grandfather', 'Kim Jong Un met Moon Jae-in. The late Kim Il Sung had planned such a summit.\n\n“We will not go back,” Kim said.'],
  ])('%s: a bare surname several people share is the one no past figure or relative, else stays bare', (_name, text) => {
    expect(quotes(text).map((c) => c.value.speaker)).toEqual([text.includes('Abe') ? 'Shinzo Abe' : text.includes('late Kim') ? 'Kim Jong Un' : 'Kim']);
  });

  it('the bare surname lines up with the one full name another report quotes', () => {
    const rows = quoteRows({
      a: 'Shinzo Abe hosted Vladimir Putin. The town is where the prime minister’s father, the former foreign minister Shintaro Abe, is buried.\n\n“We have taken a major step,” Abe said.',
      b: 'Japanese Prime Minister Shinzo Abe met Putin. “We have taken a major step,” Abe told reporters.',
    });
    expect(rowWith(rows, 'we have taken a major step').verdict).toBe('agree');
  });

  it.each([
    ['When Abe promised the waters would wash away the fatigue, Putin was polite but dry:'],
    ['After Abe joked about the baths, Putin was more guarded:'],
    ['As Abe praised the inn, the Russian leader turned to him:'],
  ])('a colon’s quotation belongs to the main clause, not to a speech verb the comma closed: %s', (lead) => {
    const text = `Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe.\n\n${lead} “It would be better not to get too tired.”`;
    expect(one(text).value.speaker).toBe('Vladimir Putin');
  });

  it.each([
    ['Putin was blunt:', 'Vladimir Putin'],
    ['On the ABM Treaty he does not budge:', 'Vladimir Putin'],
    ['At the dinner the Russian leader struck a warmer note:', 'Vladimir Putin'],
    ['On the ABM Treaty Abe was silent, and the mood was tense:', null],
    ['The statement Abe signed was short:', null],
    ['One retired diplomat put it more bluntly:', null],
  ])('a colon closing a clause whose subject is a person, with no verb of speaking, gives the words to that person: %s', (lead, speaker) => {
    const text = `Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe.\n\n${lead} “On missile defence our position remains unchanged.”`;
    expect(one(text).value.speaker).toBe(speaker);
  });

  it.each([
    ['The pictures drew sharp criticism from Ukrainian President Volodymyr Zelensky, who called the meeting “a huge disappointment”.', 'Volodymyr Zelensky'],
    ['The embrace angered Zelensky, who had said it was “a huge disappointment”.', 'Volodymyr Zelensky'],
    ['Peskov, who has often called such talk “pure speculation”, declined to comment.', 'Dmitry Peskov'],
    ['The accords, which Zelensky called “a trap for Ukraine”, were signed.', 'Volodymyr Zelensky'],
  ])('"<name>, who called it …" gives the words to the name the relative clause follows: %s', (sentence, speaker) => {
    const text = `Ukrainian President Volodymyr Zelensky and Kremlin spokesman Dmitry Peskov commented.\n\n${sentence}`;
    expect(one(text).value.speaker).toBe(speaker);
  });

  it('a liveblog entry "16:09 · Putin opens, on Ukraine:" gives the quotation below to Putin, and the next "He" is Putin too', () => {
    const text =
      '# Live: Putin meets Xi\n\nRussian President Vladimir Putin met Chinese President Xi Jinping in Samarkand.\n\n' +
      '**16:05** · At the table with Putin: Foreign Minister **Sergei Lavrov**. Facing them, with Xi: Foreign Minister **Wang Yi**.\n\n' +
      '**16:09** · Putin opens, on Ukraine:\n\n> "We understand your questions and concerns about this."\n\n' +
      'He also praised "the balanced stance of our Chinese friends" and left.\n';
    const found = quotes(text, 'live.md').map((c) => [c.value.speaker, c.value.text]);
    expect(found).toEqual([
      ['Vladimir Putin', 'We understand your questions and concerns about this.'],
      ['Vladimir Putin', 'the balanced stance of our Chinese friends'],
    ]);
  });

  it('"a Chennai Connect that opens “…”": a thing that opens an era says nothing', () => {
    const text = 'Indian Prime Minister Narendra Modi met Chinese President Xi Jinping.\n\nXi spoke first. He pitched the weekend as a "Chennai Connect" that opens "a new era of cooperation between our two countries".';
    const found = quotes(text);
    expect(found.map((c) => c.value.text)).toEqual(['Chennai Connect', 'a new era of cooperation between our two countries']);
    expect(found.map((c) => c.value.speaker)).not.toContain('Xi Jinping');
  });

  it('"His Eminence said", "His Excellency affirmed": an honorific stands for the one the report tells of, as "he" does', () => {
    const text =
      'Earlier in the day, the Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei, received President Putin. ' +
      'Khamenei described cooperation as beneficial.\n\nHis Eminence said: "War is a harsh and difficult matter."';
    expect(one(text).value.speaker).toBe('Seyyed Ali Khamenei');
  });

  it('"the President said" is not the other president the report names when "President Nixon" holds the title too', () => {
    const text =
      'SAN CLEMENTE, June 25 (Wire) - Soviet leader Leonid I. Brezhnev ended his visit with a communique he and President Nixon signed. ' +
      'He gave pride of place to Friday\'s accord. "The most significant agreement was the one we signed Friday," the President said. ' +
      'Brezhnev left for Paris, where he is to confer with President Georges Pompidou.';
    expect(one(text).value.speaker).not.toBe('Georges Pompidou');
  });

  it('a comma that opens no clause of its own leaves the speech verb its quotation', () => {
    const text = 'Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe.\n\nAbe said, after a pause: “We will meet again.”';
    expect(one(text).value.speaker).toBe('Shinzo Abe');
  });

  it.each([
    ['He described Xi as “pragmatic, flexible and candid.”'],
    ['He called Xi “pragmatic, flexible and candid”.'],
    ['He found Xi, in his words, “pragmatic, flexible and candid”.'],
  ])('a named phrase joins the remark another report leaves unattributed: %s', (phrase) => {
    const rows = quoteRows({
      a: `Ma Ying-jeou met Xi Jinping in Singapore. Ma spoke to reporters afterwards. ${phrase}`,
      b: 'Ma Ying-jeou met Xi Jinping in Singapore.\n\nWhat was said:\n\n- On the talks: “I found Mr. Xi pragmatic, flexible and candid in our exchanges.”',
    });
    const row = rowWith(rows, 'I found Mr. Xi');
    expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
    expect(row.verdict).toBe('adds-detail');
  });
});

describe('round 4: the verbs of a translated readout', () => {
  const LEDE_XI = 'Russian President Vladimir Putin held talks with Chinese President Xi Jinping in the city on Thursday.';
  it.each([
    ['“We value the balanced position of our friends,” the Russian leader pointed out.', 'Vladimir Putin'],
    ['“China is ready to work with Russia,” affirmed the Chinese President.', 'Xi Jinping'],
    ['“We understand your concerns,” Putin underlined.', 'Vladimir Putin'],
    ['“The partnership is not aimed at third countries,” Xi underscored.', 'Xi Jinping'],
    ['“We will meet again,” Putin went on, “and soon.”', 'Vladimir Putin'],
  ])('%s', (line, speaker) => {
    expect(quotes(`${LEDE_XI} ${line}`).map((c) => c.value.speaker)).toEqual([speaker]);
  });

  it('"pointed out that" before a whole sentence quotes a remark', () => {
    expect(remarks(`${LEDE_XI} Xi pointed out that “China is ready to work with Russia.”`)).toEqual([['Xi Jinping', 'China is ready to work with Russia.', 'remark']]);
  });

  it('"went on" of something that is not a person is no attribution', () => {
    expect(one(`${LEDE_XI} The talks “were frank and long,” and they went on past midnight.`).value.speaker).toBeNull();
  });

  it.each([
    ['Yuri Ushakov, a Kremlin aide, told reporters: “The talks were excellent.”'],
    ['Yuri Ushakov, the Kremlin’s foreign policy aide, said: “The talks were excellent.”'],
  ])('an appositive with an article describes the name before it: %s', (line) => {
    expect(one(`${LEDE_XI} ${line}`).value.speaker).toBe('Yuri Ushakov');
  });

  it('"Said Mr. Kosygin:" puts the verb first', () => {
    const text = 'President Johnson met Premier Aleksei N. Kosygin of the Soviet Union at Glassboro.\n\nSaid Mr. Kosygin: “We are satisfied.”';
    expect(one(text).value.speaker).toBe('Aleksei N. Kosygin');
  });
});

describe('who "he" is, when the report says who in other ways', () => {
  const LEDE = 'Chancellor Olaf Scholz of Germany hosted President Emmanuel Macron of France in Berlin on Tuesday.';
  it('a description that is the subject of an irregular verb, or of one after an aside', () => {
    expect(remarks(`${LEDE} The chancellor struck a cautious note. "We need a ceasefire now," he said.`)).toEqual([['Olaf Scholz', 'We need a ceasefire now', 'remark']]);
    expect(remarks(`${LEDE} Macron was upbeat. The chancellor, however, struck a cautious note. "We need a ceasefire now," he said.`)).toEqual([['Olaf Scholz', 'We need a ceasefire now', 'remark']]);
  });

  it('a nation given after the name ties the description to it', () => {
    expect(remarks(`${LEDE} "We have agreed to deepen our cooperation," the French president told reporters.`)).toEqual([['Emmanuel Macron', 'We have agreed to deepen our cooperation', 'remark']]);
  });

  it('the subject of a run of sentences is "he", whoever else the last one names', () => {
    const text = `${LEDE} Macron had struck a confident note. Yet within hours of leaving Berlin he was musing that Scholz might be stalling. "Too many people are dying," he wrote.`;
    expect(remarks(text)).toEqual([['Emmanuel Macron', 'Too many people are dying', 'remark']]);
  });

  it('a short remark after a platform named by one letter is speech, and the next one keeps its speaker', () => {
    const text = `${LEDE}\n\nMacron gave an upbeat account on X. "Good meeting," he wrote. "Face to face we managed to discuss a lot."`;
    expect(remarks(text)).toEqual([
      ['Emmanuel Macron', 'Good meeting', 'remark'],
      ['Emmanuel Macron', 'Face to face we managed to discuss a lot.', 'remark'],
    ]);
  });
});

describe('attribution, probes round', () => {
  const LEDE_KISHIDA = 'Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Sunday.';
  const LEDE_SCHOLZ = 'German Chancellor Olaf Scholz hosted French President Emmanuel Macron in Potsdam on Tuesday.';

  it.each([
    ['"With those words" and the speaker after them', `${LEDE_KISHIDA}\n\n“Let us not waste this chance.” With those words Kishida opened the dinner.`, 'Fumio Kishida'],
    ['"With that line," and a comma', `${LEDE_KISHIDA}\n\n“Our grandchildren will judge this table.” With that line, the South Korean president began his remarks.`, 'Yoon Suk Yeol'],
    ['a title that "delivered the line"', `${LEDE_SCHOLZ}\n\n“History is watching the two of us.” The chancellor delivered the line in German, standing beside Macron.`, 'Olaf Scholz'],
    ['a name that "opened the session with those words"', `${LEDE_KISHIDA}\n\n“We owe our children a quieter sea.” Yoon opened the session with those words.`, 'Yoon Suk Yeol'],
  ])('a quotation set apart, taken up by the next sentence: %s', (_name, text, who) => {
    expect(remarks(text)[0]).toEqual([who, expect.any(String), 'remark']);
  });

  it.each([
    ['a reaction to the words', `${LEDE_SCHOLZ}\n\n“Europe will stand alone.” Macron dismissed those words as gloom.`],
    ['no one the report names or titles', `${LEDE_SCHOLZ}\n\n“Peace in our time.” Protesters used the line on their placards.`],
    ['a sentence that does not take the words up', `${LEDE_SCHOLZ}\n\n“Nothing is settled.” Scholz opened the session at noon.`],
  ])('but not %s', (_name, text) => {
    expect(remarks(text)[0]![0]).toBeNull();
  });

  it.each([
    ['briefs', '**11:20** — Kremlin spokesman Dmitry Peskov briefs reporters: “The talks are going well.”', 'Dmitry Peskov'],
    ['jokes', `${LEDE_SCHOLZ}\n\n**15:05** — Scholz jokes: “I have brought the weather with me.”`, 'Olaf Scholz'],
    ['concedes', `${LEDE_KISHIDA}\n\nKishida concedes: “We did not settle the fisheries question.”`, 'Fumio Kishida'],
  ])('present-tense speech verbs of a liveblog or a wire: %s', (_name, text, who) => {
    expect(remarks(text)[0]).toEqual([who, expect.any(String), 'remark']);
  });

  it('the owner in "Putin’s aide Yuri Ushakov tells reporters:" is not the speaker', () => {
    const text = `${LEDE_PUTIN}\n\nPutin’s aide Yuri Ushakov tells reporters: “The schedule has slipped by an hour.”`;
    expect(remarks(text)).toEqual([['Yuri Ushakov', 'The schedule has slipped by an hour.', 'remark']]);
  });

  it.each([
    ['a headline word', 'The morning paper in Seoul ran a single word: “Breakthrough”.'],
    ['an inscription', `${LEDE_KISHIDA} The plaque by the gate reads: “Friendship Garden”.`],
    ['a banner', 'Outside the venue the banner read: "No More War"'],
  ])('a word or three after a colon that no one speaks is no remark: %s', (_name, text) => {
    expect(remarks(text).every((r) => r[2] === 'phrase')).toBe(true);
  });

  it('but a short answer that someone gives after a colon is one', () => {
    expect(remarks(`${LEDE_PUTIN} Asked whether he was tired, Putin said: “Not at all.”`)).toEqual([['Vladimir Putin', 'Not at all.', 'remark']]);
  });

  it('"the head of state" nobody is titled: the head the lead names first, even as a general; a minister named first is not', () => {
    const general = 'Field Marshal Ahmed Obi received visiting U.S. President Joe Biden at the palace on Monday.\n\n“Our doors are open to every friend,” the head of state said.';
    expect(remarks(general)[0]![0]).toBe('Ahmed Obi');
    const minister = 'Foreign Minister Ana Lopes greeted U.S. President Joe Biden at the airport on Monday.\n\n“Our doors are open to every friend,” the head of state said.';
    expect(remarks(minister)[0]![0]).toBe('Joe Biden');
  });
});

describe('attribution, probes round (2)', () => {
  const LEDE = 'U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida at Camp David on Friday.';
  it.each([
    ['an age', `${LEDE}\n\n“The old quarrels can wait,” the 80-year-old president said.`, 'Joe Biden'],
    ['"veteran"', `${LEDE}\n\n“We have a lot of catching up to do,” said the veteran prime minister.`, 'Fumio Kishida'],
    ['"outgoing"', `${LEDE}\n\n“I leave the file in good hands,” the outgoing prime minister told reporters.`, 'Fumio Kishida'],
  ])('a qualifier before a title does not change whose it is: %s', (_name, text, who) => {
    expect(remarks(text)[0]).toEqual([who, expect.any(String), 'remark']);
  });

  it('an aside "visiting Beijing" between the name and the verb is no speaker', () => {
    expect(remarks(`${LEDE_PUTIN} Putin, visiting Beijing, said: “The partnership has no limits.”`)[0]![0]).toBe('Vladimir Putin');
  });
});

describe('round 5: a name varied with a title in the attribution', () => {
  // the reporter names someone in one sentence and titles them in the next quotation's
  // attribution; the people index may not know the name or the title at all
  it.each([
    ['a nation and a title', 'The ceremony was brief.\n\nGiorgia Meloni kept her answer short. “We will not be rushed,” the Italian prime minister said.', 'Giorgia Meloni'],
    ['a lone surname and a nation', 'The dinner ran late.\n\nScholz, pressed on gas prices, would not commit. “Every option is on the table,” the German chancellor said.', 'Scholz'],
    ['a specific title', 'The talks ended at six.\n\nMikhail Gorbachev looked tired but calm. “Nothing here is lost,” the general secretary told the room.', 'Mikhail Gorbachev'],
    ['a subordinate clause before the subject', 'The treaty was ready by noon.\n\nWhen the pens were finally handed round in the hall, Hosni Mubarak was all smiles. “This is a good day,” the Egyptian president said.', 'Hosni Mubarak'],
    // a name with a verb's or an adverb's ending is still a name in full
    ['a full name ending like an adverb', 'Talks end.\n\nFred Kelly was gracious. “We owe them a hearing,” the Irish prime minister said.', 'Fred Kelly'],
  ])('%s', (_name, text, speaker) => {
    expect(quotes(text).map((c) => c.value.speaker)).toEqual([speaker]);
  });

  it.each([
    // two people in view: the title may be either's
    ['two people in view', 'Olaf Scholz met Emmanuel Macron at the palace. “Every option is on the table,” the German chancellor said.'],
    // the one named is an object, not the subject the sentence is about
    ['an object in view', 'Asked whether he trusted Putin, the president hedged. “I hold both sides responsible.”'],
    // "the president" alone may be anyone's, and a description before the quotation is no varied attribution
    ['a generic title', 'Ronald Reagan met Mikhail Gorbachev.\n\nGorbachev pressed hard. “Nothing is settled,” the president said.'],
    // a place opens the sentence, not a person
    ['a place for a subject', 'The summit closed early.\n\nMoscow was not amused. “This changes nothing,” the Russian president said.'],
  ])('stays unknown: %s', (_name, text) => {
    expect(quotes(text).map((c) => c.value.speaker)).toEqual([null]);
  });
});

describe('round 5: labels and pronouns', () => {
  it.each([
    ['a bold name in a bullet', 'The day in quotes:\n\n- **Angela Merkel**, at the lectern: "We have made progress."', 'Angela Merkel'],
    ['a bold name with an aside', 'Reactions:\n\n- **Shinzo Abe**, through an interpreter, after the dinner: "The door is open."', 'Shinzo Abe'],
    ['italic marks round the name', 'Reactions:\n\n- _Jacinda Ardern_, on the steps: "A fair deal."', 'Jacinda Ardern'],
  ])('%s', (_name, text, speaker) => {
    expect(quotes(text, 'report.md').map((c) => c.value.speaker)).toEqual([speaker]);
  });

  it.each([
    ['a label that names no one', 'Foreign Secretary **Priya Nair** briefed reporters at six. Key line: "Both leaders welcomed the plan."'],
    ['a participle opening the clause', 'Nobody spoke for a while. Pressed by a reporter, the room went quiet: "No comment."'],
    ['a time word for a label', '- **Later** — on the wires: "Thank you for the welcome."'],
  ])('no one: %s', (_name, text) => {
    const said = quotes(text, 'report.md').map((c) => c.value.speaker);
    expect(said.every((s) => s === null || !/^(?:Key|Pressed|Later|Priya)$/.test(s))).toBe(true);
  });

  it('"he" takes up the speaker a sentence has just named, though the names index does not know them', () => {
    const text = 'Then JD Vance spoke up, and Zelensky answered him.\n\n“With respect, this is not the place.” That was Vance, and the room froze. “Have you thanked anyone today?” he asked.';
    expect(quotes(text).map((c) => c.value.speaker)).toEqual(['Vance', 'Vance']);
  });

  it('"he" after someone else is named since stays with the index', () => {
    const text = 'President Joe Biden met Chinese President Xi Jinping.\n\n“We need guardrails,” Biden said. Xi listened and nodded. “We agree on much,” he said.';
    expect(quotes(text).map((c) => c.value.speaker)).toEqual(['Joe Biden', 'Xi Jinping']);
  });
});

describe('quote: round p9, a liveblog entry’s time stamp', () => {
  it('reads the subject after the time stamp as the speaker of the quotation that follows', () => {
    const lede = 'Chancellor Olaf Scholz received President Emmanuel Macron in Potsdam on Tuesday.\n\n';
    expect(quotes(lede + '**16:05** — Macron says the two agree on most things, and that the rest can wait. “We are not far apart on energy.”').map((c) => c.value.speaker)).toEqual(['Emmanuel Macron']);
    expect(quotes(lede + '16:05 — Scholz replies that Berlin is ready. “We will move quickly.”').map((c) => c.value.speaker)).toEqual(['Olaf Scholz']);
    expect(quotes(lede + '9.40pm Macron thanks his host for the dinner. “It was a wonderful evening.”').map((c) => c.value.speaker)).toEqual(['Emmanuel Macron']);
    // a time stamp before a sentence about a thing names no one
    expect(quotes(lede + '16:05 — The doors close. “No comment.”').map((c) => c.value.speaker)).toEqual([null]);
  });
});

describe('quote: round p9, a title spelt with capitals', () => {
  it('gives "the Army General" or "the Marshal" to the one person the report titles so, never to a name of its own', () => {
    const lede = 'The head of the armed forces, Army General Carlos Mendes, received President Ana Rocha on Monday.\n\n';
    expect(quotes(lede + '“Our doors are open,” the Army General stated.').map((c) => c.value.speaker)).toEqual(['Carlos Mendes']);
    expect(quotes(lede + 'The General added: “We will work with the new government.”').map((c) => c.value.speaker)).toEqual(['Carlos Mendes']);
    // a title nobody here holds is no one, and no speaker called "Field Marshal" either
    expect(quotes(lede + '“The army will stay neutral,” the Field Marshal said.').map((c) => c.value.speaker)).toEqual([null]);
    const two = 'General Carlos Mendes and General Luis Prado met President Ana Rocha.\n\n“We will serve,” the General said.';
    expect(quotes(two).map((c) => c.value.speaker)).toEqual([null]);
  });
});

describe('quote: round p9, a reply is the other voice', () => {
  const lede = 'ANKARA — Vladimir Putin and Recep Tayyip Erdogan met for three hours on Tuesday.\n\n';
  it('does not give a description that replies to the speaker it answers', () => {
    expect(quotes(lede + '“The corridor stays open,” Erdogan said.\n\n“We have no objection,” the Russian leader replied.').map((c) => c.value.speaker)).toEqual(['Recep Tayyip Erdogan', null]);
    expect(quotes(lede + '“The corridor stays open,” Erdogan said. The Kremlin chief shot back: “Only for a month.”').map((c) => c.value.speaker)).toEqual(['Recep Tayyip Erdogan', null]);
    expect(quotes(lede + '“The corridor stays open,” Erdogan said. “Only for a month,” retorted the Russian president.').map((c) => c.value.speaker)).toEqual(['Recep Tayyip Erdogan', null]);
  });
  it('keeps a reply given by name, and a description the report ties to its holder', () => {
    expect(quotes(lede + '“The corridor stays open,” Erdogan said. “Only for a month,” Putin replied.').map((c) => c.value.speaker)).toEqual(['Recep Tayyip Erdogan', 'Vladimir Putin']);
    const titled = 'ANKARA — Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met on Tuesday.\n\n';
    expect(quotes(titled + '“The corridor stays open,” Erdogan said. “Only for a month,” the Russian president replied.').map((c) => c.value.speaker)).toEqual(['Recep Tayyip Erdogan', 'Vladimir Putin']);
    // the same speaker going on ("added") is no reply
    expect(quotes(titled + '“The corridor stays open,” Erdogan said. “For now,” the Turkish president added.').map((c) => c.value.speaker)).toEqual(['Recep Tayyip Erdogan', 'Recep Tayyip Erdogan']);
  });
});

describe('quote: round p9, openings that are no part of a name', () => {
  it('ends the speaker at a day named without a comma', () => {
    const lede = 'Prime Minister Kaito Mori met President Lena Brandt in Berlin.\n\n';
    expect(quotes(lede + 'On Monday Kaito Mori told reporters: “The deadline is firm.”').map((c) => c.value.speaker)).toEqual(['Kaito Mori']);
    expect(quotes(lede + 'Late on Sunday Brandt wrote: “We have an understanding.”').map((c) => c.value.speaker)).toEqual(['Lena Brandt']);
    expect(quotes(lede + 'By Tuesday night Mori told aides: “We will sign.”').map((c) => c.value.speaker)).toEqual(['Kaito Mori']);
    // a month that is also a first name stays part of the name
    expect(quotes('Theresa May met Lena Brandt.\n\nOn Friday Theresa May said: “We agree.”').map((c) => c.value.speaker)).toEqual(['Theresa May']);
  });

  it('takes no sentence-opening preposition for a first name when resolving "he"', () => {
    const text =
      'President Tom Hale and President Wen Bo met over dinner.\n\nAlongside Grady, Hale brought two aides. Hale and Grady sat at one end.\n\nThe president, characteristically, went further. “We have a deal on cars,” he wrote on Sunday.';
    expect(quotes(text).map((c) => c.value.speaker)).not.toContain('Alongside Grady');
  });
});

describe('quote: round p9, a description right after another speaker’s quotation', () => {
  const lede = 'WASHINGTON — Hale received Mori at the White House on Friday.\n\n';
  it('leaves a description that only "said" to no one when the one in view was just quoted', () => {
    expect(quotes(lede + '“A new era begins,” Mori told reporters.\n\n“It is a big deal,” the American president said.').map((c) => c.value.speaker)).toEqual(['Mori', null]);
    expect(quotes(lede + '“A new era begins,” Mori told reporters. “We will see,” the Japanese leader said.').map((c) => c.value.speaker)).toEqual(['Mori', null]);
  });
  it('keeps the same speaker when the description goes on, or follows a sentence about him', () => {
    expect(quotes(lede + '“A new era begins,” Mori told reporters. “It starts today,” the Japanese leader added.').map((c) => c.value.speaker)).toEqual(['Mori', 'Mori']);
    expect(quotes(lede + '“A new era begins,” Mori told reporters. “It starts today,” continued the Japanese leader.').map((c) => c.value.speaker)).toEqual(['Mori', 'Mori']);
    expect(quotes(lede + 'Mori was in a good mood. “It is a big deal,” the Japanese leader said.').map((c) => c.value.speaker)).toEqual(['Mori']);
  });
});

describe('quote: round p9, datelines and texts are no speakers', () => {
  it('reads past a capitals dateline to the sentence’s own subject', () => {
    expect(quotes('OSLO — The meeting closed with what one delegate called “a quiet truce”.').map((c) => c.value.speaker)).toEqual([null]);
    expect(quotes('OSLO (AP) — The talks produced what one aide called “a quiet truce”.').map((c) => c.value.speaker)).toEqual([null]);
    expect(quotes('President Tom Hale met President Wen Bo.\n\nOSLO — Hale closed the day with what he called “a fresh start”.').map((c) => c.value.speaker)).toEqual(['Tom Hale']);
  });
  it('gives a quoted communiqué, readout or declaration no personal speaker', () => {
    expect(quotes('The NATO summit communiqué stated: “The door remains open.”').map((c) => c.value.speaker)).toEqual([null]);
    expect(quotes('The Kremlin readout said: “The presidents discussed energy.”').map((c) => c.value.speaker)).toEqual([null]);
    expect(quotes('“The presidents discussed energy,” the Elysée statement said.').map((c) => c.value.speaker)).toEqual([null]);
    // a person the readout quotes is still the speaker
    expect(quotes('President Tom Hale met President Wen Bo. The Chinese readout quoted Wen as saying: “Trade must grow.”').map((c) => c.value.speaker)).toEqual(['Wen Bo']);
  });
});

describe('quote: round p9, a quotation right after the dateline', () => {
  it('sets it off as speech, not as a phrase of the report’s own sentence', () => {
    for (const text of [
      'OSLO — “We have not agreed on everything,” Hale said.',
      'OSLO (Reuters) - “We have not agreed on everything,” Hale said on Thursday.',
      'OSLO, Feb 28 — “We have not agreed on everything,” Hale said.',
      'President Tom Hale met President Wen Bo.\n\n**14:33** — “We have not agreed on everything,” Hale says.',
    ]) {
      expect(remarks(text).map((r) => r[2]), text).toEqual(['remark']);
    }
    // a dash inside the report's own sentence still makes a phrase
    expect(remarks('President Tom Hale met President Wen Bo. The mood — “very friendly,” one aide said — held.').map((r) => r[2])).not.toContain('remark');
  });
});

describe('quote: round p9, a sentence of answering between two quotations', () => {
  const lede = 'OSLO — President Tom Hale welcomed President Wen Bo to the palace.\n\n';
  it('introduces the quotation after it, not the one before', () => {
    expect(quotes(lede + 'Hale spoke first. “Welcome, my friend.” Wen answered in kind. “I am glad to be here.”').map((c) => c.value.speaker)).toEqual(['Tom Hale', 'Wen Bo']);
    expect(quotes(lede + '“Welcome, my friend,” Hale said. Wen replied warmly. “I am glad to be here.”').map((c) => c.value.speaker)).toEqual(['Tom Hale', 'Wen Bo']);
    // a reply verb closing the paragraph still signs the quotation before it
    expect(quotes(lede + '“Will you come back?” Hale asked. “Never.” Wen replied with a smile.').map((c) => c.value.speaker)).toEqual(['Tom Hale', 'Wen Bo']);
    // a sentence that does not speak hands the floor to no one
    expect(quotes(lede + '“Welcome, my friend,” Hale said. Wen smiled. “I am glad to be here.”').map((c) => c.value.speaker)).toEqual(['Tom Hale', null]);
  });
});

describe('quote: round p9, the named subject over a possessive and an opening conjunction', () => {
  const lede = 'President Tom Hale met President Wen Bo in Oslo.\n\n';
  it('gives the quotation to the subject, not to the "his" of a speech noun before the verb', () => {
    expect(quotes(lede + '“We seek no quarrel,” Hale said. And Wen, in his own remarks, said: “The sea is wide enough.”').map((c) => c.value.speaker)).toEqual(['Tom Hale', 'Wen Bo']);
    expect(quotes(lede + '“We seek no quarrel,” Hale said. Wen, answering his host’s remarks, said: “The sea is wide enough.”').map((c) => c.value.speaker)).toEqual(['Tom Hale', 'Wen Bo']);
    expect(quotes(lede + '“We seek no quarrel,” Hale said. But Wen told reporters: “The sea is wide enough.”').map((c) => c.value.speaker)).toEqual(['Tom Hale', 'Wen Bo']);
    // the speech noun's owner named after it still speaks
    expect(quotes(lede + 'In his reply Wen stressed: “The sea is wide enough.”').map((c) => c.value.speaker)).toEqual(['Wen Bo']);
  });
});

describe('quote: round p9, displayed text, adverbs and more speech verbs', () => {
  const lede = 'President Tom Hale met President Wen Bo in Oslo.\n\n';
  it('reads no remark in a caption, banner or headline that "reads" a sentence', () => {
    expect(remarks(lede + 'The caption read: “Hale and Wen shake hands in Oslo.”').map((r) => r[2])).not.toContain('remark');
    expect(remarks(lede + 'A banner over the gate said: “Welcome to our friends from the East!”').map((r) => r[2])).not.toContain('remark');
    expect(remarks(lede + 'The front page of the evening paper ran: “A new chapter opens in Oslo.”').map((r) => r[2])).not.toContain('remark');
    // a statement that reads a sentence is still quoted, with no personal speaker
    expect(remarks(lede + 'The joint statement read: “The two sides will resume talks.”').map((r) => r[0])).toEqual([null]);
  });
  it('looks past an adverb in -ly to the speaker, and knows "demanded", "pleaded", "recounted"', () => {
    expect(quotes(lede + 'Hale once famously demanded, “Open the gates!”').map((c) => c.value.speaker)).toEqual(['Tom Hale']);
    expect(quotes(lede + 'Wen pointedly told Hale: “The strait is ours.”').map((c) => c.value.speaker)).toEqual(['Wen Bo']);
    expect(quotes(lede + '“Let us try once more,” Wen pleaded.').map((c) => c.value.speaker)).toEqual(['Wen Bo']);
    expect(quotes(lede + 'Hale later recounted: “We were very close.”').map((c) => c.value.speaker)).toEqual(['Tom Hale']);
  });
});

describe('quote: round p9, nicknames are no names', () => {
  it('gives a quotation signed by an epithet no name stands for to no one', () => {
    expect(quotes('Prime Minister Ada Lorne met President Wen Bo.\n\n“We can do business,” the Iron Lady declared.').map((c) => c.value.speaker)).toEqual([null]);
    expect(quotes('Prime Minister Ada Lorne met President Wen Bo.\n\n“The river will not wait,” the Great Helmsman said.').map((c) => c.value.speaker)).toEqual([null]);
    // institutions keep their names, and a name written without "the" is a name
    expect(quotes('“The talks were useful,” the Kremlin said.').map((c) => c.value.speaker)).toEqual(['Kremlin']);
    expect(quotes('“The door is open,” the Holy See said.').map((c) => c.value.speaker)).toEqual(['Holy See']);
    expect(quotes('Prime Minister Ada Lorne met President Wen Bo.\n\n“We can do business,” Lorne declared.').map((c) => c.value.speaker)).toEqual(['Ada Lorne']);
  });
});

// Invented passages, one fact each, worded the many ways outlets word it; about a third are
// traps whose answer is no speaker, another speaker, or no remark at all.
describe('paraphrase battery', () => {
  const XI = 'Chinese President Xi Jinping hosted South African President Cyril Ramaphosa in Beijing on Tuesday.';
  const KIM = 'North Korean leader Kim Jong Un met South Korean President Moon Jae-in at the border village.';
  const MACRON = 'French President Emmanuel Macron received German Chancellor Olaf Scholz at the Elysee on Monday.';
  const MODI = 'Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo.';

  const speakerOf = (text: string) => one(text).value.speaker;

  it.each([
    // the verb after the quotation, either order
    ['"X said" after, surname', `${XI} “Our friendship is as firm as a rock,” Xi said.`, 'Xi Jinping'],
    ['"said X" after, full name', `${XI} “Our friendship is as firm as a rock,” said Cyril Ramaphosa.`, 'Cyril Ramaphosa'],
    ['"X says" present tense, headline style', `${KIM}\n\nKim says “a new history begins now”`, 'Kim Jong Un'],
    ['"X told reporters" with a day', `${MACRON} “We will not let Europe be divided,” Macron told reporters on Monday.`, 'Emmanuel Macron'],
    ['"X added" in a later sentence', `${MACRON} Scholz spoke of energy. “Prices must fall this winter,” Scholz added.`, 'Olaf Scholz'],
    ['"X stressed" British spelling nearby', `${MODI} “Our partnership is a force for stability in the Indo-Pacific,” Modi stressed after the talks.`, 'Narendra Modi'],
    ['"X warned" before the quotation with a colon', `${MODI} Kishida warned: “No country should change borders by force.”`, 'Fumio Kishida'],
    ['"X said in a statement"', `${MACRON} “The talks were constructive,” Scholz said in a statement after the dinner.`, 'Olaf Scholz'],
    ['"X wrote on social media"', `${MODI} “A productive day with my friend,” Modi wrote on social media.`, 'Narendra Modi'],
    ['"X posted on X"', `${MODI} Kishida posted on X: “Grateful for a warm welcome.”`, 'Fumio Kishida'],
    ['"X told state television"', `${XI} “We oppose any bloc confrontation,” Xi told state television.`, 'Xi Jinping'],
    ['"according to X" after the quotation', `${XI} The two sides are “comprehensive strategic partners,” according to Ramaphosa.`, 'Cyril Ramaphosa'],
    ['"according to X" fronted', `${XI} According to Xi, the relationship is “at its best in history.”`, 'Xi Jinping'],
    // titles and descriptions instead of names
    ['"the Chinese president said"', `${XI} “We must resist protectionism,” the Chinese president said.`, 'Xi Jinping'],
    ['"the South African leader said"', `${XI} “Trade must be balanced,” the South African leader said.`, 'Cyril Ramaphosa'],
    ['"the French president told reporters"', `${MACRON} “Europe must stand on its own feet,” the French president told reporters.`, 'Emmanuel Macron'],
    ['"the German chancellor said" after both named', `${MACRON} “Our countries carry a special duty,” the German chancellor said.`, 'Olaf Scholz'],
    ['"the Japanese premier said"', `${MODI} “We share values and interests,” the Japanese premier said.`, 'Fumio Kishida'],
    ['"the North Korean leader said"', `${KIM} “We will not go back to the past,” the North Korean leader said.`, 'Kim Jong Un'],
    ['"President Moon said"', `${KIM} “This is a bold decision,” President Moon said.`, 'Moon Jae-in'],
    ['"Mr Moon said" British style', `${KIM} “This is a bold decision,” Mr Moon said.`, 'Moon Jae-in'],
    ['"Mr. Xi said" American style', `${XI} “We welcome our friends,” Mr. Xi said.`, 'Xi Jinping'],
    ['an age for a description: "the 71-year-old said"', `${XI} Ramaphosa thanked the hosts. “We came to listen and to learn,” the 71-year-old said.`, 'Cyril Ramaphosa'],
    // pronouns carried back to the last named person
    ['"he said" after the named subject', `${MODI} Modi arrived late. “India wants a free and open ocean,” he said.`, 'Narendra Modi'],
    ['"she said" after the only woman named', 'German Chancellor Angela Merkel met U.S. President Barack Obama in Berlin. Merkel smiled. “We are old friends,” she said.', 'Angela Merkel'],
    // speakers behind the speaker
    ['a spokesman speaks, not the leader: "X\'s spokesman said"', `${XI} Xi’s spokesman said the talks were “candid and deep.”`, null],
    ['a named spokesman', `${XI} Foreign ministry spokeswoman Mao Ning said the meeting was “a complete success.”`, 'Mao Ning'],
    ['"his office said" is no leader', `${MODI} “The visit deepened trust,” Modi’s office said.`, null],
    ['"X\'s press secretary told reporters" after the quotation', `${MACRON} “Nothing was signed,” Macron’s press secretary told reporters.`, null],
    ['"X\'s spokesman said:" before the quotation', `${XI} Xi’s spokeswoman said: “The talks were candid.”`, null],
    ['"he" after an unnamed official\'s sentence is the official', `${KIM} A presidential aide said Moon was satisfied. “It went well,” he said.`, null],
    ['"said X\'s spokesman"', `${XI} “Nothing was signed,” said Xi's spokesman.`, null],
    ['"his counterpart" with no nation names no one', `${MODI} Modi spoke first. “We share a vision,” his counterpart said.`, null],
    ['"China\'s foreign minister said" is no leader', `${XI} “Nothing was signed,” China's foreign minister said.`, null],
    ['"X, whose spokesman had called it …"', `${MACRON} Macron, whose spokesman had called the visit “overdue,” said little.`, null],
    ['"a spokesman for X said"', `${XI} “The talks were candid,” a spokesman for Xi said.`, null],
    ['an office named by its city: "the ministry in Beijing said"', `${XI} The foreign ministry in Beijing said the talks were “candid.”`, null],
    ['"the Prime Minister\'s Office in Tokyo said:"', `${MODI} In a statement, the Prime Minister's Office in Tokyo said: "Both leaders reaffirmed their ties."`, null],
    ['an anonymous official after a leader', `${MACRON} Macron left first. “Nothing was settled on gas,” a French official said.`, null],
    ['officials told reporters', `${MACRON} “There was no breakthrough,” officials told reporters.`, null],
    ['a diplomat speaking on condition of anonymity', `${MODI} “It went better than expected,” said a diplomat who spoke on condition of anonymity.`, null],
    // translations
    ['"said through an interpreter"', `${XI} “We must hold the rudder steady,” Xi said through an interpreter.`, 'Xi Jinping'],
    ['"said, according to a translation"', `${KIM} “We can run a marathon together,” Kim said, according to a translation.`, 'Kim Jong Un'],
    ['"speaking in French, X said"', `${MACRON} Speaking in French, Macron said: “This is a turning point.”`, 'Emmanuel Macron'],
    // a colon after a name, liveblogs, transcripts
    ['a headline "Xi: “…”"', `${XI}\n\nXi: “No force can stop our cooperation”`, 'Xi Jinping'],
    ['a liveblog time and a full name', `${MACRON}\n\n14:20 Olaf Scholz: “We will pay what is needed.”`, 'Olaf Scholz'],
    // two leaders in one sentence
    ['"X, standing beside Y, said"', `${MACRON} Macron, standing beside Scholz, said: “We are united.”`, 'Emmanuel Macron'],
    ['"X, flanked by Y, told reporters"', `${MODI} “Japan is our natural partner,” Modi, flanked by Kishida, told reporters.`, 'Narendra Modi'],
    ['"Y\'s host, X, said"', `${XI} Ramaphosa’s host, Xi, said the visit was “a milestone.”`, 'Xi Jinping'],
    ['"with Y at his side, X said"', `${KIM} With Moon at his side, Kim said: “The line can be crossed.”`, 'Kim Jong Un'],
    // passives and fronted clauses
    ['"was quoted by the agency as saying"', `${XI} Xi was quoted by the state news agency as saying that the sides should “seek common ground.”`, 'Xi Jinping'],
    ['a fronted participle: "Asked about Taiwan, X said"', `${XI} Asked about Taiwan, Xi said: “That is our internal affair.”`, 'Xi Jinping'],
    ['"the Kremlin chief said"', 'Russian President Vladimir Putin met U.S. President Donald Trump in Alaska. “We found understanding,” the Kremlin chief said.', 'Vladimir Putin'],
    ['an age for a description after a name: "the 72-year-old told reporters"', 'Russian President Vladimir Putin met U.S. President Donald Trump in Alaska. Putin spoke first. “We have much to do,” the 72-year-old told reporters.', 'Vladimir Putin'],
    ['"said X, a former lawyer"', `${KIM} “Peace has come,” said Moon, a former human rights lawyer.`, 'Moon Jae-in'],
    ['"X told Y" is X', `${XI} “We must not clash,” Xi told Ramaphosa.`, 'Xi Jinping'],
    ['"X to Y:" headline', `${XI}\n\nRamaphosa to Xi: “Africa wants partners, not patrons”`, 'Cyril Ramaphosa'],
    ['"X on Y:" headline', `${MACRON}\n\nMacron on Scholz: “He is a man of his word”`, 'Emmanuel Macron'],
    ['"X, 70, said"', `${MODI} “We will meet again,” Modi, 73, said.`, 'Narendra Modi'],
    ['"Asked whether …, X replied:"', `${MODI} Asked whether a deal was near, Kishida replied: “We are not there yet.”`, 'Fumio Kishida'],
    ['"the interpreter quoted X as saying" after the quotation', `${KIM} “The peninsula needs calm,” the interpreter quoted Kim as saying.`, 'Kim Jong Un'],
    ['"the crown prince said"', 'Saudi Crown Prince Mohammed bin Salman received French President Emmanuel Macron in Riyadh. “We share many goals,” the crown prince said.', 'Mohammed bin Salman'],
    ['a name spelt without its accent', 'Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in Sochi. “We want the corridor reopened,” Erdogan said.', 'Recep Tayyip Erdoğan'],
    ['"“…” was how X described it"', `${MACRON} “Frank and friendly” was how Mr Scholz described the dinner.`, 'Olaf Scholz'],
    ['"“…” — those were X\'s words"', `${MODI} “A new chapter” — those were Kishida’s words as he left.`, 'Fumio Kishida'],
    ['"Said X:" with the verb first', `${XI} Said Xi: “Friends should visit each other often.”`, 'Xi Jinping'],
    ['"in the words of the X"', `${XI} The visit was “a milestone,” in the words of the Chinese president.`, 'Xi Jinping'],
    ['"Japan\'s prime minister said"', `${MODI} “We share a vision,” Japan's prime minister said.`, 'Fumio Kishida'],
    ['"his Japanese counterpart said"', `${MODI} Modi spoke first. “We share a vision,” his Japanese counterpart said.`, 'Fumio Kishida'],
    ['"said X\'s adviser, Name Name"', `${XI} “Nothing was signed,” said Xi's adviser, Wang Yi.`, 'Wang Yi'],
    ['"he" after a clause put first: "After X finished, Y took the floor"', `${MACRON} After Scholz finished, Macron took the floor. “Europe must act,” he said.`, 'Emmanuel Macron'],
    ['a fronted time: "Later on Tuesday, X said"', `${XI} Later on Tuesday, Ramaphosa said: “We found common ground.”`, 'Cyril Ramaphosa'],
  ])('%s', (_name, text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  // what X said about Y: Y is not the speaker
  it.each([
    ['a remark about the other leader', `${MACRON} Macron said Scholz had been “a loyal partner.”`, 'Emmanuel Macron'],
    ['"X praised Y as"', `${MODI} Kishida praised Modi as “a visionary leader.”`, 'Fumio Kishida'],
    ['"X described Y\'s plan as"', `${XI} Ramaphosa described Xi’s plan as “worth studying.”`, 'Cyril Ramaphosa'],
    ['a reporter\'s question is no leader\'s remark', `${MACRON} A reporter asked Macron: “Will you veto the deal?”`, null],
    ['"Y, X said, was …"', `${KIM} Moon, Kim said, was “a man of courage.”`, 'Kim Jong Un'],
  ])('about another: %s', (_name, text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  // remarks of an earlier meeting or a hoped-for one are still remarks of the speaker who made them
  it.each([
    ['a quote from an earlier summit keeps its speaker', `${MACRON} At their first meeting in 2022, Scholz said: “We will never be naive again.”`, 'Olaf Scholz'],
    ['a hope quoted is still a remark', `${MODI} Modi said he hoped the next summit would be “even more fruitful.”`, 'Narendra Modi'],
  ])('other meetings and moods: %s', (_name, text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  // negation: words the speaker is said not to have used are no remark of theirs
  it.each([
    ['"did not say"', `${XI} Xi did not say the talks were “a failure,” his aides insisted.`],
    ['"never said"', `${MODI} Modi never said the border was “settled.”`],
    ['"didn\'t call"', `${MACRON} Scholz didn’t call the plan “reckless,” despite reports.`],
    ['"has never described"', `${KIM} Kim has never described the South as “an enemy state” in public.`],
  ])('negation: %s', (_name, text) => {
    expect(one(text).modality).toBe('denied');
  });

  // traps with no remark worth a speaker
  it.each([
    ['a so-called term', `${XI} Beijing rejects the so-called “de-risking” policy of the West.`],
    ['a quoted document', `${MACRON} The joint declaration said both countries would “deepen their cooperation.”`],
    ['a title of a work', `${MODI} Modi gave Kishida a copy of the book “Letters from India.”`],
    ['an unnamed source', `${KIM} “The mood was electric,” a person familiar with the talks said.`],
    ['a spokesperson without a name', `${KIM} A spokesperson for the presidential office said the summit was “meaningful.”`],
  ])('no speaker: %s', (_name, text) => {
    expect(quotes(text).every((c) => c.value.speaker === null)).toBe(true);
  });

  // how remarks are cut and joined
  it.each([
    ['a quote split by its attribution is one remark',
      `${XI} “We are ready,” Xi said, “to work with all partners.”`,
      [['Xi Jinping', 'We are ready, to work with all partners.']]],
    ['"X said, adding: “…”"',
      `${MODI} “We are close,” Modi said, adding: “Very close.”`,
      [['Narendra Modi', 'We are close'], ['Narendra Modi', 'Very close.']]],
    ['a reporter\'s question, then a transcript label in capitals: "MACRON: “…”"',
      `${MACRON} Q: “Will you go to Kyiv?” MACRON: “When it is useful.”`,
      [[null, 'Will you go to Kyiv?'], ['Emmanuel Macron', 'When it is useful.']]],
    ['"the German said" right after a sentence about him',
      `${MACRON} “We agree,” said Macron. Scholz nodded. “On almost everything,” the German said.`,
      [['Emmanuel Macron', 'We agree'], ['Olaf Scholz', 'On almost everything']]],
    ['"he added" after a named quotation',
      `${MACRON} “We will act,” Macron said on Monday. “And we will act together,” he added.`,
      [['Emmanuel Macron', 'We will act'], ['Emmanuel Macron', 'And we will act together']]],
    ['two sentences are two remarks of one speaker',
      `${KIM} “The war is over. The future begins today,” Kim said.`,
      [['Kim Jong Un', 'The war is over.'], ['Kim Jong Un', 'The future begins today']]],
    ['a quote inside a quote stays in the remark',
      `${MACRON} “Scholz told me, ‘We stand with you,’ and I believe him,” Macron said.`,
      [['Emmanuel Macron', 'Scholz told me, ‘We stand with you,’ and I believe him']]],
    ['two leaders quoted in one sentence',
      `${MODI} “We are friends,” Modi said, while Kishida replied: “We are partners.”`,
      [['Narendra Modi', 'We are friends'], ['Fumio Kishida', 'We are partners.']]],
    ['a paragraph of quotes after "said:"',
      `${MACRON} Macron said:\n\n“We have a plan. We have the money.”`,
      [['Emmanuel Macron', 'We have a plan.'], ['Emmanuel Macron', 'We have the money.']]],
  ])('remarks: %s', (_name, text, expected) => {
    expect(remarks(text).map((r) => [r[0], r[1]])).toEqual(expected);
  });

  describe('lining up', () => {
    const A = 'Chinese President Xi Jinping met U.S. President Joe Biden in Bali on Monday.';
    it('two translations of one remark are one row that diverges', () => {
      const rows = quoteRows({
        a: `${A} “The world is big enough for both our countries to develop,” Xi said.`,
        b: `${A} “The planet is wide enough for the two nations to prosper together,” Xi said.`,
      });
      const row = rowWith(rows, 'big enough');
      expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
      expect(row.verdict).toBe('diverge');
    });
    it('two remarks of one speaker are two rows', () => {
      const rows = quoteRows({
        a: `${A} “We will not seek a new Cold War,” Biden said.`,
        b: `${A} “Competition must not veer into conflict,” Biden said.`,
      });
      expect(rowWith(rows, 'new Cold War')).not.toBe(rowWith(rows, 'veer into conflict'));
    });
    it('a title in one report and the name in another line up as one speaker: agree', () => {
      const rows = quoteRows({
        a: `${A} “Both sides gained from the talks,” Xi said.`,
        b: `${A} “Both sides gained from the talks,” the Chinese president said.`,
      });
      expect(rowWith(rows, 'both sides gained').verdict).toBe('agree');
    });
    it('two translations that swap near-synonyms are one row that diverges', () => {
      const rows = quoteRows({
        a: `${A} “We are ready to work with the United States on climate,” Xi said.`,
        b: `${A} “We are prepared to cooperate with America on the climate,” Xi said.`,
      });
      const row = rowWith(rows, 'ready to work');
      expect(row.values.map((v) => v.source).sort()).toEqual(['a', 'b']);
      expect(row.verdict).toBe('diverge');
    });
    // left failing: short remarks that differ in one word are alike in their letters (Dice ≥ 0.7)
    // and pair in step 1 like two renderings would; telling a topic swapped from a word
    // translated takes knowing what the words mean
    it.fails('two short remarks of one speaker that share their frame are two rows', () => {
      const rows = quoteRows({
        a: `${A} “We discussed Taiwan,” Xi said.`,
        b: `${A} “We discussed trade,” Xi said.`,
      });
      expect(rowWith(rows, 'discussed Taiwan')).not.toBe(rowWith(rows, 'discussed trade'));
    });
    it('the same words given to the other leader diverge', () => {
      const rows = quoteRows({
        a: `${A} “We had a candid and in-depth exchange,” Xi said.`,
        b: `${A} “We had a candid and in-depth exchange,” Biden said.`,
      });
      expect(rowWith(rows, 'candid and in-depth').verdict).toBe('diverge');
    });
  });
});

describe('quote: round 11, block quotes and bullets of one speaker', () => {
  const LEDE = 'Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.';
  const said = (text: string) => quoteExtractor.extract(docOf(text, 'briefing.md')).map((c) => [c.value.speaker, c.value.text.slice(0, 14)]);

  it('a block quote right under the speaker’s last one goes on with the speech', () => {
    const text = `${LEDE}\n\nPutin on the treaty:\n\n> “The treaty provides for mutual assistance.”\n\n> “It is truly a breakthrough document.”`;
    expect(said(text)).toEqual([['Vladimir Putin', 'The treaty pro'], ['Vladimir Putin', 'It is truly a ']]);
  });

  it('bullets under one lead line are one speaker’s', () => {
    const text = `${LEDE}\n\nPutin, at the banquet:\n\n- “Good talks.”\n- “We will meet again in Moscow.”`;
    expect(said(text)).toEqual([['Vladimir Putin', 'Good talks.'], ['Vladimir Putin', 'We will meet a']]);
  });

  it('a paragraph that is only a quotation goes on with the attributed one before it', () => {
    const text = `${LEDE}\n\n“The treaty provides for mutual assistance,” Putin said.\n\n“It is truly a breakthrough document.”`;
    expect(said(text)).toEqual([['Vladimir Putin', 'The treaty pro'], ['Vladimir Putin', 'It is truly a ']]);
  });

  it('a line that signs the block quote names its speaker, whoever spoke before', () => {
    const text = `${LEDE}\n\n> “The leaders have decided,” Foreign Minister Choe Son Hui said, “to meet again.”\n\n> “I would be happy to see you in Moscow.”\n> Putin, inviting Kim`;
    expect(said(text)).toEqual([['Choe Son Hui', 'The leaders ha'], ['Vladimir Putin', 'I would be hap']]);
  });

  it('a narrative paragraph between ends the speech', () => {
    const text = `${LEDE}\n\n“The treaty provides for mutual assistance,” Putin said.\n\nKim smiled and raised a glass.\n\n“It is truly a breakthrough document.”`;
    expect(said(text)[1]![0]).not.toBe('Vladimir Putin');
  });
});

describe('quote: round 16, a nationality alone as the subject before "he said"', () => {
  const LEDE = 'Ukrainian President Volodymyr Zelensky met U.S. President Donald Trump at the White House on Monday.';
  it('takes "the Ukrainian" for the Ukrainian leader, not the last name before it', () => {
    const text = `${LEDE}\n\nTrump and Zelensky spent roughly an hour together. Afterwards the Ukrainian sounded almost relieved. “It was a really good conversation,” he said.`;
    expect(remarks(text)).toEqual([['Volodymyr Zelensky', 'It was a really good conversation', 'remark']]);
  });
  it('leaves a people in the plural or a nationality before a noun to the names', () => {
    const text = `${LEDE}\n\nTrump and Zelensky spent roughly an hour together. The Ukrainian delegation waited outside. “It was a really good conversation,” he said.`;
    expect(remarks(text)[0]![0]).not.toBe('Volodymyr Zelensky');
  });
});

describe('quote: round 17, Markdown block quotes without quotation marks', () => {
  const LEDE = 'German Chancellor Angela Merkel hosted Russian President Vladimir Putin in Berlin on Wednesday.';
  const md = (text: string) => quotes(text, 'briefing.md').map((c) => [c.value.speaker, c.value.text]);
  it('takes a block set under a line that ends in a colon as the remark of that line’s subject', () => {
    const text = `${LEDE}\n\n- **00:40** — Merkel, after the others had spoken, gives her statement:\n\n> We have agreed that a road map will be drawn up.\n\n- **01:05** — Putin, speaking to Russian reporters, on the pause:\n\n> We are prepared to extend the pause for as long as we can.\n`;
    expect(md(text)).toEqual([
      ['Angela Merkel', 'We have agreed that a road map will be drawn up.'],
      ['Vladimir Putin', 'We are prepared to extend the pause for as long as we can.'],
    ]);
  });
  it('reads a pronoun before the colon as the person just named', () => {
    const text = `${LEDE}\n\nMerkel spoke first, after midnight.\n\nShe was candid about the result:\n\n> It would have been wrong to expect miracles, and there were none.\n`;
    expect(md(text)).toEqual([['Angela Merkel', 'It would have been wrong to expect miracles, and there were none.']]);
  });
  it('names the speaker from a signature line below the block', () => {
    const text = `${LEDE}\n\n## What they said\n\n> The numbers are high, but they are equal.\n> — Vladimir Putin\n`;
    expect(md(text)).toEqual([['Vladimir Putin', 'The numbers are high, but they are equal.']]);
  });
  it('leaves a block under a heading or a full stop, or one that opens with a bold label, to the outlet', () => {
    const text = `${LEDE}\n\n## Summary\n\n> Day one of the visit. Talks with Merkel, a working dinner.\n\nThe evening went long.\n\n> **Our take:** the optics will travel further than any communiqué.\n`;
    expect(md(text)).toEqual([]);
  });
  it('leaves a plain-text mail quote alone', () => {
    const text = `${LEDE}\n\nThe Kremlin wrote:\n\n> We are prepared to extend the pause.\n`;
    expect(quotes(text, 'wire.txt')).toEqual([]);
  });
  it('a topic line under the speaker’s last block goes on with that speaker, unless someone else is named', () => {
    const text = `${LEDE}\n\nPutin, speaking to reporters, on the pause:\n\n> We are prepared to extend the pause.\n\nAnd on what comes next:\n\n> The road map should set out the sequence of steps.\n\nOn Merkel's proposal:\n\n> We will study it.\n`;
    expect(md(text).map((x) => x[0])).toEqual(['Vladimir Putin', 'Vladimir Putin', null]);
  });
  it('a possessive pronoun after a named owner’s speech noun stays the owner’s', () => {
    // ("Nixon" is never given in full, so the people index does not hold him: "his" would reach
    // back to the last person it does hold)
    const text = `Chairman Mao Zedong received the American visitor in his study on Monday.\n\n- Zhou thanked the guests at the banquet.\n- Nixon's own verdict, in his toast in Shanghai: “This was the week that changed the world.”`;
    expect(quotes(text).map((c) => c.value.speaker)).toEqual(['Nixon']);
  });
});

describe('quote: round 18, two renderings of a short remark that keep much of its word order', () => {
  const A = 'Russian President Vladimir Putin and U.S. President George W. Bush met on Tuesday.';
  it('lines up "We, for our part, will try to respond in kind" with "For our part, we will strive to respond in the same way"', () => {
    const rows = quoteRows({
      a: `${A} "We, for our part, will try to respond in kind," Putin said.`,
      b: `${A} "For our part, we will strive to respond in the same way," Putin said.`,
      c: `${A} Putin said: "And we, for our part, will try to respond in kind."`,
    });
    const row = rowWith(rows, 'for our part');
    expect(row.values.map((v) => v.source)).toEqual(['a', 'b', 'c']);
    expect(row.verdict).toBe('diverge');
  });
  it('keeps two different remarks of the speaker apart', () => {
    const rows = quoteRows({
      a: `${A} "We, for our part, will try to respond in kind," Putin said.`,
      b: `${A} "For our part, we will not sign anything in the coming days," Putin said.`,
    });
    expect(rowWith(rows, 'respond in kind').values.map((v) => v.source)).toEqual(['a']);
  });
});
