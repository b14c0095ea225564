import { describe, expect, it } from 'vitest';
import { isNotDiscussed, notDiscussed, relateTopics, topicsExtractor } from '../../src/extract/topics.js';
import { docOf } from '../helpers.js';

const claims = (text: string, path = 'report.txt') => topicsExtractor.extract(docOf(text, path)).map((c) => ({ ...c, text: text.slice(c.span.start, c.span.end) }));
// what a report says was discussed (its denials are read apart, below)
const topics = (text: string, path?: string) =>
  claims(text, path)
    .filter((c) => c.modality !== 'denied')
    .flatMap((c) => c.value as string[]);

describe('topics: what the report says was discussed', () => {
  it.each([
    ['The talks focused on the war in Ukraine and on sanctions.', ['Ukraine', 'sanctions']],
    ['Discussions touched on nuclear treaties and strategic arms control.', ['arms control']],
    ['The two leaders discussed Ukraine, trade and energy.', ['Ukraine', 'trade', 'energy']],
    ['Taiwan was high on the agenda.', ['Taiwan']],
    ['The agenda was long: Taiwan, trade, climate change and fentanyl.', ['Taiwan', 'trade', 'climate', 'fentanyl']],
    ['Biden raised human rights in Xinjiang and Tibet.', ['human rights']],
    ['The two sides agreed to resume military-to-military communications.', ['military communications']],
    ['The talks ranged over arms control, nuclear testing and human rights.', ['arms control', 'nuclear testing', 'human rights']],
    ['Views were exchanged on building a lasting peace mechanism and on denuclearization.', ['peace', 'denuclearization']],
    ['Trump said the United States would halt its war games with the South.', ['military exercises']],
    ['They spoke of cooperation in the Arctic and in space exploration.', ['Arctic', 'space']],
    ['The Soviet side proposed deep cuts in strategic offensive arms and the elimination of medium-range missiles.', ['arms control', 'intermediate-range missiles']],
    ['The meeting deadlocked over the Strategic Defense Initiative.', ['SDI']],
    ['The talks produced no breakthrough on Taiwan.', ['Taiwan']],
    ['The summit came and went with no deal to end the war in Ukraine.', ['Ukraine']],
    ['On the Taiwan question, the Chinese leader set out his position at length.', ['Taiwan']],
    ['Russian meddling in the 2016 election came up as well.', ['election interference']],
    ['Fentanyl and export controls were on the table.', ['fentanyl', 'export controls']],
    ['The Chinese leader warned his guest over Taiwan.', ['Taiwan']],
    ['The talks also included artificial intelligence and the Middle East.', ['artificial intelligence', 'Middle East']],
    ['Biden pushed Xi on fentanyl and on North Korea.', ['fentanyl', 'North Korea']],
    ['Xi stressed that the Taiwan question is the most sensitive issue in relations.', ['Taiwan']],
    ['The two heads of state had an exchange of views on China-U.S. relations.', ['bilateral relations']],
    ['“We will be stopping the war games,” the president said.', ['military exercises']],
  ] as [string, string[]][])('%s', (text, expected) => {
    // vocabulary names come first; the report's own phrases may follow them
    expect(topics(text).slice(0, expected.length)).toEqual(expected);
  });

  it('names one topic however the report words it', () => {
    expect(topics('They discussed the war in Ukraine.')[0]).toEqual(topics('They discussed Ukraine.')[0]);
    expect(topics('They discussed strategic arms control.')[0]).toEqual(topics('They discussed arms control.')[0]);
  });

  it.each([
    // "detained activists" is the vocabulary's "prisoners": a phrase the vocabulary covers stands as its name
    ['The talks covered the blockade, detained activists and the future of the naval base.', ['blockade', 'prisoners', 'future of the naval base']],
    ['The two sides discussed fishing rights, visa rules and the return of cultural relics.', ['fishing rights', 'visa rules', 'return of cultural relics']],
    ['Also raised were port fees and river pollution.', []],
    ['Port fees and river pollution were also raised.', ['Port fees', 'river pollution']],
    ['Xinhua said the leaders exchanged views on international and regional security, including the situation on the Korean Peninsula.', ['international and regional security', 'Korean Peninsula']],
    ['There was no breakthrough on the disputed islands.', ['disputed islands']],
    ['On grain corridors: the two men traded figures.', ['grain corridors']],
    ['Regarding the dam project, the minister was brief.', ['dam project']],
  ] as [string, string[]][])('keeps the report’s own words: %s', (text, expected) => {
    for (const t of expected) expect(topics(text)).toContain(t);
  });

  it.each([
    'Tariffs covering $300 billion of goods stay in place.',
    'The teams will discuss specific issues later.',
    'On Thursday, the leaders walked in the garden.',
    'They discussed at length, officials said.',
    'The two did not discuss the pipeline.',
  ])('reads no open topic where none is named: %s', (text) => {
    for (const t of topics(text)) expect(['trade', 'energy']).toContain(t);
  });

  it('does not add North Korea to a summit about its denuclearization', () => {
    expect(topics('Kim committed to complete denuclearization, and North Korea pledged to return war remains.')).not.toContain('North Korea');
  });

  it('lists a phrase the vocabulary covers under the vocabulary name only, so sources align on it', () => {
    const found = topics('The leaders discussed the war in Ukraine, strategic arms control and fishing quotas.');
    expect(found).toEqual(expect.arrayContaining(['Ukraine', 'arms control', 'fishing quotas']));
    expect(found).not.toContain('war in Ukraine');
    expect(found).not.toContain('strategic arms control');
  });

  it('reads a Markdown list introduced by a cue', () => {
    const md = ['# Notes', '', 'What came up:', '', '- **Trade.** Both sides want fewer tariffs.', '- **Fentanyl.** Beijing promised to act.', '- **Weather.** It rained.', '', 'More later.'].join('\n');
    expect(topics(md, 'notes.md')).toEqual(['trade', 'fentanyl']);
  });

  it('merges a report into one list per modality, in its own voice when it has one', () => {
    const found = claims('Officials said the talks covered trade. The leaders also discussed Taiwan.');
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toEqual(['trade', 'Taiwan']);
    expect(found[0]!.attribution).toBe('report');
  });

  it('keeps what was only expected apart', () => {
    const found = claims('The leaders are expected to discuss fentanyl and military communications.');
    expect(found.map((c) => [c.value, c.modality])).toEqual([[['fentanyl', 'military communications'], 'expected']]);
  });

  it('gives the span from the cue to the last topic', () => {
    expect(claims('Aides said the discussions touched on trade and sanctions, among other things.')[0]!.text).toBe('discussions touched on trade and sanctions');
  });

  it.each([
    ['Taiwan was not discussed, officials said.'],
    ['It was unclear whether sanctions came up.'],
    ['In a phone call last month, the two leaders discussed trade.'],
    ['Trump said he would brief Ukrainian President Volodymyr Zelensky later.'],
    ['Sanctions have battered the Russian economy for years.'],
    ['The leaders declined to discuss Taiwan with reporters.'],
    ['Analysts agree that sanctions have hurt the economy.'],
    ['He said North Korea would be the most dangerous problem on his desk.'],
  ])('no topics in: %s', (text) => {
    expect(topics(text)).toEqual([]);
  });

  it('keeps a negation to its own clause', () => {
    expect(topics('The leaders did not discuss Taiwan but talked about trade.')).toEqual(['trade']);
  });

  it('does not take a point in time for a topic', () => {
    expect(topics('They agreed to recover the remains of soldiers missing since the Korean War.')).toEqual(['war remains']);
  });
});

describe('topics: comparing lists', () => {
  it.each([
    [['Ukraine', 'sanctions'], ['sanctions', 'Ukraine'], 'same'],
    [['Ukraine', 'sanctions', 'trade'], ['Ukraine'], 'narrower'],
    [['Ukraine'], ['Ukraine', 'trade'], 'wider'],
  ] as [string[], string[], string][])('%j vs %j: %s', (a, b, relation) => {
    expect(relateTopics(a, b)).toBe(relation);
  });
  it('never finds a conflict between lists', () => {
    expect(relateTopics(['Ukraine'], ['trade'])).not.toBe('conflict');
    expect(relateTopics(['Ukraine', 'NATO'], ['Ukraine', 'trade'])).not.toBe('conflict');
  });
  it('compares lists regardless of order', () => {
    const kind = topicsExtractor.kinds[0]!;
    expect(kind.identity(['trade', 'Taiwan'])).toBe(kind.identity(['Taiwan', 'trade']));
  });
});

describe('topics: what a source says was not discussed', () => {
  const denied = (text: string) => claims(text).filter((c) => c.modality === 'denied').flatMap((c) => c.value as string[]);
  it('reads topics the verb denies as not discussed, and only those', () => {
    expect(denied('An aide said Taiwan and the Senkaku islands were not discussed at the summit.')).toEqual(['Taiwan', 'territory']);
    expect(denied('Officials insisted that sanctions had not been raised.')).toEqual(['sanctions']);
    expect(denied('Human rights never came up, the spokesman said.')).toEqual(['human rights']);
    expect(denied('Trade wasn’t discussed either.')).toEqual(['trade']);
    expect(denied('The nuclear weapons issue was not on the agenda.')).toEqual(['nuclear weapons']);
    expect(denied('Taiwan was discussed at length.')).toEqual([]);
    // another occasion's agenda is not this one's
    expect(denied('Taiwan was not raised in a phone call last year.')).toEqual([]);
  });
  it('names disputed islands and wartime sexual slavery as topics', () => {
    expect(topics('Kishida raised the Senkaku islands.')).toEqual(['territory']);
    expect(topics('The leaders discussed the comfort women issue.')).toEqual(['comfort women']);
    expect(topics('He pressed his guest on the victims of wartime military brothels.')).toEqual(['comfort women']);
  });
  it('makes a topic one source raises and another denies a conflict, and nothing else', () => {
    const kind = topicsExtractor.kinds[0]!;
    expect(kind.relate(notDiscussed(['Taiwan']), ['trade', 'Taiwan'])).toBe('conflict');
    expect(kind.relate(['trade'], notDiscussed(['Taiwan']))).not.toBe('conflict');
    expect(isNotDiscussed(notDiscussed(['Taiwan']))).toBe(true);
    const ev = (source: string, value: string[]) => ({ source, value, modality: 'stated', attribution: 'report', display: value.join(', ') }) as never;
    expect(kind.judge!([ev('a', ['trade', 'Taiwan']), ev('b', notDiscussed(['Taiwan']))])?.verdict).toBe('diverge');
    // a denial that contradicts nobody leaves the lists to agree on their own
    expect(kind.judge!([ev('a', ['trade']), ev('b', ['trade']), ev('b', notDiscussed(['Taiwan']))])?.verdict).toBe('agree');
  });
});

