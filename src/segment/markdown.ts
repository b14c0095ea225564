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

const isBlankChar = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** A run of `-`, with an optional colon each side and blanks around: one cell of a table rule. */
function isRuleCell(line: string, from: number, to: number, minDashes: number): boolean {
  while (from < to && isBlankChar(line[from])) from++;
  while (to > from && isBlankChar(line[to - 1])) to--;
  if (line[from] === ':') from++;
  if (to > from && line[to - 1] === ':') to--;
  if (to - from < minDashes) return false;
  for (let i = from; i < to; i++) if (line[i] !== '-') return false;
  return true;
}

/** "|---|:---:|", "--- | ---": every cell but the last closed by a pipe and three dashes long. */
function isTableRule(line: string): boolean {
  let i = 0;
  while (isBlankChar(line[i])) i++;
  if (line[i] === '|') i++;
  let cells = 0;
  for (let bar = line.indexOf('|', i); bar >= 0; bar = line.indexOf('|', i)) {
    if (!isRuleCell(line, i, bar, 3)) return false;
    cells++;
    i = bar + 1;
  }
  if (cells === 0) return false;
  let j = i;
  while (isBlankChar(line[j])) j++;
  return j === line.length || isRuleCell(line, i, line.length, 1);
}

/** A horizontal rule: three or more of `-`, `*`, `_`, blanks between them allowed. */
function isRule(line: string): boolean {
  let marks = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '-' || c === '*' || c === '_') marks++;
    else if (!isBlankChar(c)) return false;
  }
  return marks >= 3;
}

/** End of the block mark at `i` (heading hashes, quote marks, a list bullet or number), or `i`. */
function markEnd(line: string, i: number): number {
  let j = i;
  const blanksAfter = (k: number): number => {
    let e = k;
    while (isBlankChar(line[e])) e++;
    return e > k ? e : i;
  };
  if (line[j] === '#') {
    while (line[j] === '#' && j - i < 7) j++;
    return j - i <= 6 ? blanksAfter(j) : i;
  }
  if (line[j] === '>') {
    while (line[j] === '>') {
      j++;
      if (isBlankChar(line[j])) j++;
    }
    return j;
  }
  if (line[j] === '-' || line[j] === '*' || line[j] === '+') return blanksAfter(j + 1);
  while (j - i < 3 && line[j]! >= '0' && line[j]! <= '9') j++;
  if (j > i && (line[j] === '.' || line[j] === ')')) return blanksAfter(j + 1);
  return i;
}

/**
 * The line-level marks of one line, as ranges to blank. Written as scans, not patterns: a pattern
 * over a line's repeated marks keeps a backtrack entry per mark, and one rule line of a few
 * megabytes overflows the regular expression engine's stack.
 */
function lineMarks(line: string): [number, number][] {
  let indent = 0;
  while (isBlankChar(line[indent])) indent++;
  const whole: [number, number][] = [[0, line.length]];
  // code fence markers (the code stays: it is rare in reports and harmless); a rule takes
  // precedence over a list bullet ("* * *")
  if (line.startsWith('```', indent) || line.startsWith('~~~', indent) || isRule(line)) return whole;
  const end = markEnd(line, indent);
  const rest = end > indent ? ' '.repeat(end) + line.slice(end) : line;
  if (isRule(rest) || isTableRule(rest)) return whole;
  const out: [number, number][] = end > indent ? [[indent, end]] : [];
  // table cells: every pipe of a line that starts and ends with one
  let last = rest.length;
  while (last > 0 && isBlankChar(rest[last - 1])) last--;
  let first = end;
  while (isBlankChar(rest[first])) first++;
  if (rest[first] === '|' && last - 1 > first && rest[last - 1] === '|') {
    for (let bar = first; bar >= 0 && bar < last; bar = rest.indexOf('|', bar + 1)) out.push([bar, bar + 1]);
    return out;
  }
  // closing hashes of a heading ("## Talks end ##"), after a blank
  let hashes = last;
  while (hashes > 0 && rest[hashes - 1] === '#') hashes--;
  if (hashes < last && hashes > 0 && isBlankChar(rest[hashes - 1])) {
    let from = hashes - 1;
    while (from > 0 && isBlankChar(rest[from - 1])) from--;
    out.push([Math.max(from, end), line.length]);
  }
  return out;
}

/** Line-level marks blanked, one line at a time. */
function blankLineMarks(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let start = 0; start <= text.length; ) {
    let end = start;
    while (end < text.length && !isLineEnd(text.charCodeAt(end))) end++;
    for (const [a, b] of lineMarks(text.slice(start, end))) {
      // (ranges that meet or overlap are blanked once: the text keeps its length)
      const from = Math.max(start + a, copied);
      if (start + b <= from) continue;
      parts.push(text.slice(copied, from), ' '.repeat(start + b - from));
      copied = start + b;
    }
    start = end + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

export function blankMarkdown(text: string): string {
  let out = text;
  // YAML front matter
  out = out.replace(/^---[ \t]*\n[\s\S]*?\n---[ \t]*(?=\n|$)/, blank);
  // headings, block quotes, list markers, horizontal rules, tables, fences
  out = blankLineMarks(out);
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
  return out;
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(path);
}
