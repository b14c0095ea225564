// Markdown syntax is blanked out with spaces rather than removed, so every offset in the
// cleaned text is still the offset in the file as given: spans need no mapping back.

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/** HTML comments, found with indexOf: a lazy regex would rescan to the end from every unclosed "<!--". */
function blankComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  const parts: string[] = [];
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    parts.push(text.slice(from, open), blank(text.slice(open, close + 3)));
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  parts.push(text.slice(from));
  return parts.join('');
}

export function blankMarkdown(text: string): string {
  let out = text;
  // YAML front matter
  out = out.replace(/^---[ \t]*\n[\s\S]*?\n---[ \t]*(?=\n|$)/, blank);
  // fenced code block markers (the content stays: it is rare in reports and harmless)
  out = out.replace(/^[ \t]*(?:```|~~~)[^\n]*$/gm, blank);
  // headings, block quotes, list markers, horizontal rules, table rules
  out = out.replace(/^([ \t]*)(#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+|\d{1,3}[.)][ \t]+)/gm, (_m, indent: string, mark: string) => indent + blank(mark));
  out = out.replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, blank);
  // (each run of blanks is read once: the lookahead and lookbehind keep a long run of spaces
  // from being split between neighbouring [ \t]* in every possible way, which is quadratic)
  out = out.replace(/^[ \t]*(?=[|:-])\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-+:?)?[ \t]*$/gm, blank);
  // trailing heading hashes
  out = out.replace(/(?<![ \t])[ \t]+#+[ \t]*$/gm, blank);
  // images and links: keep the visible text, blank the syntax and the target (a label or target
  // stops at the next bracket, so a line of unbalanced brackets is scanned once, not once per bracket)
  out = out.replace(/!?\[([^[\]\n]*)\]\(([^)[\]\n]*)\)/g, (m: string, label: string) => {
    const lead = m.startsWith('!') ? 2 : 1;
    return ' '.repeat(lead) + label + ' '.repeat(m.length - lead - label.length);
  });
  out = out.replace(/!?\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, (m: string, label: string) => {
    const lead = m.startsWith('!') ? 2 : 1;
    return ' '.repeat(lead) + label + ' '.repeat(m.length - lead - label.length);
  });
  // reference definitions
  out = out.replace(/^[ \t]*\[[^[\]\n]{1,300}\]:[^\n]*$/gm, blank);
  // HTML tags and comments
  out = blankComments(out);
  out = out.replace(/<\/?[A-Za-z][^<>\n]{0,200}>/g, blank);
  // emphasis and code marks: only runs that touch a word, so "a * b" in prose stays
  out = out.replace(/(\*{1,3}|_{1,3}|`+|~~)(?=\S)|(?<=\S)(\*{1,3}|_{1,3}|`+|~~)/g, (m: string, _a, _b, offset: number, whole: string) => {
    // intra-word underscores (snake_case, URLs) are not emphasis
    if (m[0] === '_' && /\w/.test(whole[offset - 1] ?? '') && /\w/.test(whole[offset + m.length] ?? '')) return m;
    return ' '.repeat(m.length);
  });
  // table cell separators
  out = out.replace(/^[ \t]*\|.*\|[ \t]*$/gm, (line: string) => line.replace(/\|/g, ' '));
  return out;
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(path);
}
