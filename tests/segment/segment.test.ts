import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';
import { blankMarkdown } from '../../src/segment/markdown.js';

const sentences = (text: string, path?: string) => docOf(text, path).sentences.map((s) => s.text);

describe('sentences', () => {
  it('keeps abbreviations and times whole', () => {
    expect(sentences('U.S. President Donald Trump met Mr. Smith at 3 p.m. Friday in Anchorage. They talked.')).toEqual([
      'U.S. President Donald Trump met Mr. Smith at 3 p.m. Friday in Anchorage.',
      'They talked.',
    ]);
  });

  it('joins pieces cut after a capital initial', () => {
    expect(sentences('It was the first DPRK-U.S. summit in history. M. S. Gorbachev spoke next.')).toEqual([
      'It was the first DPRK-U.S. summit in history.',
      'M. S. Gorbachev spoke next.',
    ]);
  });

  it('a line without a full stop (a dateline, a heading) is its own sentence', () => {
    expect(sentences('Shafaq News – Anchorage\nThe presidents met on Friday. They talked for hours.')).toEqual([
      'Shafaq News – Anchorage',
      'The presidents met on Friday.',
      'They talked for hours.',
    ]);
  });

  it('hard-wrapped prose is joined across single line breaks, split at blank lines', () => {
    const wrapped = [
      'The two presidents met for nearly three hours at the base, aides to',
      'both men said afterwards, and then appeared together before a small',
      'group of reporters who had been kept waiting outside in the cold air',
      'for most of the long afternoon while the delegations were inside.',
      '',
      'Neither man took questions from the press at the end of the event.',
    ].join('\n');
    const got = sentences(wrapped);
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^The two presidents met .* inside\.$/s);
  });
});

describe('positions', () => {
  it('lines and columns count CRLF and lone CR line ends', () => {
    const doc = docOf('First line.\r\nSecond line.\rThird line here.');
    const at = doc.report.text.indexOf('Third');
    expect(doc.position(at)).toEqual({ line: 3, column: 1 });
    expect(doc.sentences.map((s) => s.text)).toEqual(['First line.', 'Second line.', 'Third line here.']);
  });

  it('columns count characters, not UTF-16 units', () => {
    const doc = docOf('😀 Talks began.');
    expect(doc.position(doc.report.text.indexOf('Talks'))).toEqual({ line: 1, column: 3 });
  });
});

describe('Markdown is blanked, not removed', () => {
  it.each([
    ['# Heading here', '  Heading here'],
    ['The **talks** lasted *long*.', 'The   talks   lasted  long .'],
    ['See [the readout](https://example.org/x) now.', 'See  the readout' + ' '.repeat(25) + 'now.'],
    ['> quoted line', '  quoted line'],
    ['- a list item', '  a list item'],
    ['a snake_case_name stays', 'a snake_case_name stays'],
    ['## Talks end ##', '   Talks end   '],
    ['We are #1', 'We are #1'],
    ['####### seven hashes is text', '####### seven hashes is text'],
    ['* * *', '     '],
    ['- - -', '     '],
    ['|---|:---:|', '           '],
    ['--- | ---', '         '],
    [':-- | ---', ':-- | ---'],
    ['| Putin | Trump |', '  Putin   Trump  '],
    ['a | b', 'a | b'],
    ['> | quoted | table |', '    quoted   table  '],
    ['```ts', '     '],
    ['12) twelfth', '    twelfth'],
    ['1234. a year', '1234. a year'],
    ['text -- dash', 'text -- dash'],
    // a mark whose closing hashes follow it at once: blanked once, the line keeps its length
    ['## ##', '     '],
    ['- ##', '    '],
    ['> #', '   '],
    ['* #', '   '],
  ])('%s', (md, plain) => {
    const out = blankMarkdown(md);
    expect(out).toBe(plain);
    expect(out.length).toBe(md.length);
  });

  // a rule line of a few megabytes once overflowed the regular expression engine's stack
  it.each([
    ['a table rule', '|---'],
    ['a horizontal rule', '-'],
    ['nested quote marks', '> '],
    ['a spaced rule', '_ '],
  ])('a line of megabytes of %s is blanked like a short one', (_what, unit) => {
    const line = unit.repeat(Math.ceil(16_000_000 / unit.length));
    const md = `Talks began.\r\n${line}\r\nThey ended.`;
    const out = blankMarkdown(md);
    expect(out.length).toBe(md.length);
    expect(out.startsWith('Talks began.\r\n')).toBe(true);
    expect(out.endsWith('\r\nThey ended.')).toBe(true);
    expect(out.slice(14, 14 + line.length).trim()).toBe('');
  });

  it('sentence offsets point into the original file', () => {
    const text = '# Summit\n\n**Putin** and Trump met in *Anchorage*.';
    const doc = docOf(text, 'x.md');
    const s = doc.sentences.find((x) => x.text.includes('Anchorage'))!;
    // the span starts at the first visible word: the marks before it are blank in the text read
    expect(text.slice(s.start, s.end)).toBe('Putin** and Trump met in *Anchorage*.');
  });
});

describe('a lone capital before a quotation', () => {
  it('ends a sentence: no initial is followed by a quotation mark', () => {
    expect(sentences('Zelensky gave an upbeat account on X. “Good meeting,” he wrote.')).toEqual(['Zelensky gave an upbeat account on X.', '“Good meeting,” he wrote.']);
    // an initial inside a name stays inside its sentence
    expect(sentences('John F. Kennedy met Nikita Khrushchev in Vienna.')).toHaveLength(1);
  });
});
