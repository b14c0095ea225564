// The claim matrix for a terminal. Side by side while the sources fit the width; beyond that,
// grouped: each distinct value once, followed by the sources that give it. Divergent rows
// carry their evidence: source, line:column, and the sentence with the span highlighted.
import type { ChalkInstance } from 'chalk';
import type { Evidence, Matrix, MatrixRow, Verdict } from '../types.js';
import { listSources } from '../judge/index.js';
import { wordingLines } from './wording.js';

export interface TextOptions {
  width: number;
  chalk: ChalkInstance;
}

const VERDICT_TEXT: Record<Verdict, string> = { agree: 'agree', 'adds-detail': 'adds detail', diverge: 'DIVERGE' };
const LABEL_WIDTH = 18;
const VERDICT_WIDTH = 11;
const MIN_CELL = 14;

const len = (s: string) => [...s].length;
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - len(s)));

/** Greedy word wrap; words longer than the width are cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (len(word) > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      // a long name breaks after a hyphen where it can ("Elmendorf-" / "Richardson"), else anywhere
      const chars = [...word];
      const hyphen = chars.slice(0, width).lastIndexOf('-');
      const cut = hyphen > 0 ? hyphen + 1 : width - 1;
      lines.push(chars.slice(0, cut).join('') + (hyphen > 0 ? '' : '…'));
      word = chars.slice(cut).join('');
    }
    if (!line) line = word;
    else if (len(line) + 1 + len(word) <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

function paint(c: ChalkInstance, v: Verdict, s: string): string {
  return v === 'agree' ? c.green(s) : v === 'adds-detail' ? c.cyan(s) : c.red.bold(s);
}

/**
 * A quote row is titled by its speaker; the remark itself is in the cells. The full name, since
 * the last word is not everyone's family name ("Xi Jinping", "Kim Jong Un").
 */
function rowTitle(row: MatrixRow): string {
  if (row.type !== 'quote') return row.label;
  const speakers = [...new Set(row.values.map((v) => (v.value as { speaker?: string }).speaker ?? 'unknown'))];
  return `Quote: ${speakers.join(' / ')}`;
}

function cellText(row: MatrixRow, source: string): string | undefined {
  const vals = row.values.filter((v) => v.source === source).map((v) => v.display);
  return vals.length ? [...new Set(vals)].join(' / ') : undefined;
}

/** Word-wrap that keeps each line's start and end offsets in the text. */
function wrapRanges(text: string, width: number): [number, number][] {
  const lines: [number, number][] = [];
  let from = -1;
  let to = -1;
  for (const m of text.matchAll(/\S+/g)) {
    let ws = m.index!;
    const we = ws + m[0].length;
    while (we - ws > width) {
      // a word longer than a line: cut it
      if (from >= 0) lines.push([from, to]);
      lines.push([ws, ws + width]);
      ws += width;
      from = -1;
    }
    if (from < 0) [from, to] = [ws, we];
    else if (we - from <= width) to = we;
    else {
      lines.push([from, to]);
      [from, to] = [ws, we];
    }
  }
  if (from >= 0) lines.push([from, to]);
  return lines;
}

/** The sentence around a span, shortened to about two lines, the span highlighted. */
function evidenceLine(e: Evidence, room: number, c: ChalkInstance): string[] {
  const s = e.sentence;
  const a = Math.max(0, e.span.start - s.start);
  const b = Math.min(s.text.length, e.span.end - s.start);
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  let before = flat(s.text.slice(0, a));
  let after = flat(s.text.slice(b));
  const span = flat(s.text.slice(a, b));
  const budget = Math.max(20, room * 2 - len(span));
  if (len(before) > budget / 2) before = '…' + [...before].slice(-Math.floor(budget / 2)).join('').replace(/^\S*\s/, '');
  if (len(after) > budget / 2) after = [...after].slice(0, Math.floor(budget / 2)).join('').replace(/\s\S*$/, '') + '…';
  const plain = before + span + after;
  const [hs, he] = [before.length, before.length + span.length];
  const mark = (x: string) => (c.level > 0 ? c.yellow.bold.underline(x) : x);
  return wrapRanges(plain, room).map(([from, to]) => {
    const x = Math.max(from, hs);
    const y = Math.min(to, he);
    if (x >= y) return plain.slice(from, to);
    // without colour the span is set off by guillemets, at its true start and end only
    const open = c.level === 0 && x === hs ? '«' : '';
    const close = c.level === 0 && y === he ? '»' : '';
    return plain.slice(from, x) + open + mark(plain.slice(x, y)) + close + plain.slice(y, to);
  });
}

/** Evidence per distinct value: the first source's sentence, and where the others say the same. */
function evidenceBlock(row: MatrixRow, width: number, c: ChalkInstance): string[] {
  const out: string[] = [];
  const byDisplay = new Map<string, Evidence[]>();
  for (const e of row.values) byDisplay.set(e.display, [...(byDisplay.get(e.display) ?? []), e]);
  for (const [, list] of byDisplay) {
    const e = list[0]!;
    out.push(`    ${c.bold(`${e.source} ${e.line}:${e.column}`)}`);
    for (const l of evidenceLine(e, width - 6, c)) out.push(`      ${l}`);
    if (list.length > 1) {
      const also = `also ${listSources(list.slice(1).map((x) => `${x.source} ${x.line}:${x.column}`), 6)}`;
      for (const l of wrap(also, width - 6)) out.push(c.dim(`      ${l}`));
    }
  }
  return out;
}

function sideBySide(m: Matrix, o: TextOptions, cell: number): string[] {
  const c = o.chalk;
  const ids = m.sources.map((s) => s.id);
  const out: string[] = [];
  const header = pad('claim', LABEL_WIDTH) + ids.map((id) => pad(wrap(id, cell - 1)[0]!, cell)).join('') + 'verdict';
  out.push(c.bold(header));
  out.push(c.dim('─'.repeat(Math.min(o.width, len(header) + 4))));
  for (const row of m.rows) {
    const title = rowTitle(row);
    // a speaker's name that does not fit beside "Quote:" goes whole on the next line
    const label = len(title) < LABEL_WIDTH || row.type !== 'quote' ? wrap(title, LABEL_WIDTH - 1) : ['Quote:', ...wrap(title.slice('Quote: '.length), LABEL_WIDTH - 1)];
    const cells = ids.map((id) => {
      const t = cellText(row, id);
      return t === undefined ? undefined : wrap(t, cell - 1);
    });
    const height = Math.max(label.length, ...cells.map((x) => x?.length ?? 1));
    for (let i = 0; i < height; i++) {
      let line = pad(label[i] ?? '', LABEL_WIDTH);
      for (const x of cells) {
        if (x === undefined) line += i === 0 ? c.dim(pad('—', cell)) : ' '.repeat(cell);
        else line += pad(x[i] ?? '', cell);
      }
      if (i === 0) line += paint(c, row.verdict, VERDICT_TEXT[row.verdict]);
      out.push(line.trimEnd());
    }
    if (row.verdict === 'diverge') {
      for (const l of wrap(row.reason, o.width - 4)) out.push(c.dim(`  ${l}`));
      out.push(...evidenceBlock(row, o.width, c));
      out.push(...wordingLines(row, c, o.width));
    }
  }
  return out;
}

function grouped(m: Matrix, o: TextOptions): string[] {
  const c = o.chalk;
  const out: string[] = [];
  out.push(c.bold(`${m.sources.length} sources: ${m.sources.map((s) => s.id).join(', ')}`));
  for (const row of m.rows) {
    out.push('');
    const title = rowTitle(row);
    out.push(`${c.bold(title)}  ${paint(c, row.verdict, VERDICT_TEXT[row.verdict])}`);
    const byValue = new Map<string, Set<string>>();
    for (const v of row.values) {
      const set = byValue.get(v.display) ?? new Set<string>();
      set.add(v.source);
      byValue.set(v.display, set);
    }
    for (const [display, sources] of byValue) {
      const lines = wrap(`${display}  ← ${[...sources].join(', ')}`, o.width - 4);
      lines.forEach((l, i) => out.push(`${i ? '    ' : '  • '}${l}`));
    }
    if (row.silent.length) for (const l of wrap(`— silent: ${row.silent.join(', ')}`, o.width - 4)) out.push(c.dim(`    ${l}`));
    if (row.verdict === 'diverge') {
      for (const l of wrap(row.reason, o.width - 4)) out.push(c.dim(`  ${l}`));
      out.push(...evidenceBlock(row, o.width, c));
      out.push(...wordingLines(row, c, o.width));
    }
  }
  return out;
}

export function renderText(m: Matrix, o: TextOptions): string {
  const c = o.chalk;
  const n = Math.max(1, m.sources.length);
  const cell = Math.floor((o.width - LABEL_WIDTH - VERDICT_WIDTH) / n);
  const lines = m.rows.length === 0 ? ['No claims found in these reports.'] : cell >= MIN_CELL ? sideBySide(m, o, Math.min(cell, 40)) : grouped(m, o);
  const counts = { agree: 0, 'adds-detail': 0, diverge: 0 };
  for (const r of m.rows) counts[r.verdict]++;
  lines.push('');
  lines.push(
    `${m.rows.length} claims: ${paint(c, 'agree', `${counts.agree} agree`)}, ${paint(c, 'adds-detail', `${counts['adds-detail']} add detail`)}, ${paint(c, 'diverge', `${counts.diverge} diverge`)}`,
  );
  return lines.join('\n') + '\n';
}
