// Hostile input, as a user would meet it: the built binary run on broken encodings, files that
// are not text, huge inputs and odd paths. Every case ends with a documented exit status, one
// line on stderr that names the file and the cause, nothing but valid JSON on stdout under
// --json, and never a stack trace. The child's timeout (60 s, in run.ts) is the guard against a
// hang; nothing here asserts a duration (the benchmark measures time).
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, root, run, type Run } from './run.js';
import { documentProblems } from '../snapshots/validate.js';

interface Value {
  source: string;
  text: string;
  line: number;
  column: number;
  value: { minMinutes?: number; maxMinutes?: number };
}
interface Row {
  type: string;
  verdict: string;
  values: Value[];
  silent: string[];
}
interface Doc {
  sources: { id: string; path: string }[];
  claims: Row[];
  warnings: string[];
}

let dir: string;
const f = (name: string) => join(dir, name);

// two ordinary reports that disagree on the length of the talks (so a clean run exits 1)
const WIRE = 'The two leaders met in Geneva on Tuesday.\nTheir talks lasted about two hours.\n';
const DAILY = 'Summit wrap\n\nThe presidents held four hours of talks behind closed doors in Geneva.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'summit-check-hostile-'));
  // open to the unprivileged user that the permission case runs the binary as
  chmodSync(dir, 0o755);
  writeFileSync(f('wire.txt'), WIRE);
  writeFileSync(f('daily.txt'), DAILY);
  mkdirSync(f('folder'));
});

/** A refusal: exit 2, nothing on stdout, one line on stderr naming the file and the cause. */
function refused(r: Run, file: string, cause: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`summit-check: ${file}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(cause);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

/** A run that went to the end with --json: exit 0 or 1, stdout a valid document, stderr empty. */
function document(r: Run): Doc {
  expect(r.status === 0 || r.status === 1, `status ${r.status}: ${r.stderr}`).toBe(true);
  expect(r.stderr).toBe('');
  const doc = JSON.parse(r.stdout) as Doc;
  expect(documentProblems(doc)).toEqual([]);
  return doc;
}

const row = (doc: Doc, type: string) => doc.claims.find((c) => c.type === type);

/** Lines of a decoded file as an editor shows them: CRLF, lone CR and LF each end a line. */
const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

/** Every value's line and column (1-based, in characters) point at its text in `text`. */
function pointsIntoFile(doc: Doc, source: string, text: string): number {
  const lines = linesOf(text);
  let checked = 0;
  for (const c of doc.claims) {
    for (const v of c.values) {
      if (v.source !== source) continue;
      const line = lines[v.line - 1];
      expect(line, `line ${v.line} of ${source}`).toBeDefined();
      const rest = Array.from(line!).slice(v.column - 1).join('');
      expect(rest.startsWith(v.text.split(/\r\n|\r|\n/)[0]!), `${source} ${v.line}:${v.column} should start "${v.text}", has "${rest.slice(0, 40)}"`).toBe(true);
      checked++;
    }
  }
  return checked;
}

describe('empty and whitespace-only reports: a warning, the others still compared', () => {
  it.each([
    ['empty.txt', ''],
    ['blank.txt', '   \n\t\n\r\n  \u00a0 \n'],
  ])('%s', (name, content) => {
    writeFileSync(f(name), content);
    const doc = document(run(['--json', f('wire.txt'), f(name), f('daily.txt')]));
    expect(doc.sources.map((s) => s.id)).toEqual(['wire', name.replace('.txt', ''), 'daily']);
    expect(doc.warnings.filter((w) => w.includes(name))).toEqual([`${f(name)}: empty report, nothing to compare`]);
    const length = row(doc, 'meeting.duration')!;
    expect(length.verdict).toBe('diverge');
    expect(length.silent).toEqual([name.replace('.txt', '')]);

    // the text format: the warning is one line on stderr, the matrix on stdout
    const text = run([f('wire.txt'), f(name), f('daily.txt')]);
    expect(text.status).toBe(1);
    expect(text.stderr).toBe(`summit-check: warning: ${f(name)}: empty report, nothing to compare\n`);
    expect(text.stdout).toMatch(/Meeting length/);
  });
});

describe('files that are not text are refused', () => {
  it('NUL bytes in the middle of a text', () => {
    writeFileSync(f('nul.txt'), Buffer.concat([Buffer.from('The talks lasted two hours.\n'), Buffer.from([0, 0, 1, 2]), Buffer.from('more\n')]));
    refused(run(['--json', f('wire.txt'), f('nul.txt')]), f('nul.txt'), /binary file \(contains NUL bytes\)/);
  });

  it('an image', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    writeFileSync(f('photo.png'), png);
    refused(run([f('photo.png'), f('wire.txt')]), f('photo.png'), /binary file/);
  });

  it('binary on stdin', () => {
    refused(run(['--json', f('wire.txt'), '-'], { input: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]) }), '<stdin>', /binary file/);
  });

  it.skipIf(process.platform !== 'linux')('an endless device is refused, not read forever', () => {
    refused(run([f('wire.txt'), '/dev/zero']), '/dev/zero', /binary file/);
  });
});

describe('encodings', () => {
  it('invalid UTF-8: a warning that counts the damage and names the line; positions still right', () => {
    const bytes = Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9]), // Latin-1 é in a UTF-8 file
      Buffer.from(' diplomacy.\nIn Gen'),
      Buffer.from([0xe8, 0xff]),
      Buffer.from('ve the talks lasted three hours.\n'),
    ]);
    writeFileSync(f('latin.txt'), bytes);
    const doc = document(run(['--json', f('wire.txt'), f('latin.txt')]));
    expect(doc.warnings).toContain(`${f('latin.txt')}: invalid UTF-8, 3 undecodable sequences replaced with U+FFFD, the first on line 1`);
    const v = row(doc, 'meeting.duration')!.values.find((x) => x.source === 'latin')!;
    expect(v).toMatchObject({ text: 'three hours', line: 2, value: { minMinutes: 180, maxMinutes: 180 } });
    expect(pointsIntoFile(doc, 'latin', new TextDecoder().decode(bytes))).toBeGreaterThan(0);

    const text = run([f('wire.txt'), f('latin.txt')]);
    expect(text.stderr).toBe(`summit-check: warning: ${f('latin.txt')}: invalid UTF-8, 3 undecodable sequences replaced with U+FFFD, the first on line 1\n`);
  });

  const report = 'Overnight summit\r\n\r\nThe leaders talked for three hours in Reykjavík.\r\nThe press conference lasted 40 minutes.\r\n';
  const utf16 = (s: string, le: boolean) => {
    const b = Buffer.from(s, 'utf16le');
    if (!le) b.swap16();
    return b;
  };

  it.each([
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(report, true)])],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(report, false)])],
    ['utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(report)])],
  ])('%s with a byte-order mark is decoded, with no warning', (name, bytes) => {
    writeFileSync(f(name), bytes);
    const doc = document(run(['--json', f('wire.txt'), f(name)]));
    const id = name.replace('.txt', '');
    expect(doc.warnings).toEqual([]);
    expect(row(doc, 'meeting.duration')!.values.find((v) => v.source === id)).toMatchObject({ text: 'three hours', line: 3, column: 24 });
    expect(row(doc, 'press.duration')!.values.find((v) => v.source === id)).toMatchObject({ text: '40 minutes', line: 4, column: 29 });
    expect(pointsIntoFile(doc, id, report)).toBeGreaterThanOrEqual(2);
  });

  it('UTF-16 without a byte-order mark is recognised by its zero bytes, with a warning', () => {
    writeFileSync(f('nobom.txt'), utf16(report, true));
    const doc = document(run(['--json', f('wire.txt'), f('nobom.txt')]));
    expect(doc.warnings).toEqual([`${f('nobom.txt')}: no byte-order mark, decoded as UTF-16LE from its zero bytes`]);
    expect(pointsIntoFile(doc, 'nobom', report)).toBeGreaterThanOrEqual(2);
  });

  it('UTF-32 with a byte-order mark is decoded', () => {
    const cps = Array.from('\ufeff' + report).map((c) => c.codePointAt(0)!);
    const b = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => b.writeUInt32LE(cp, i * 4));
    writeFileSync(f('utf32.txt'), b);
    const doc = document(run(['--json', f('wire.txt'), f('utf32.txt')]));
    expect(pointsIntoFile(doc, 'utf32', report)).toBeGreaterThanOrEqual(2);
  });

  it('UTF-16 with a lone surrogate: a warning, not a crash', () => {
    const b = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('The talks lasted two hours. ', true), Buffer.from([0x00, 0xd8]), utf16(' End.\n', true)]);
    writeFileSync(f('surrogate.txt'), b);
    const doc = document(run(['--json', f('wire.txt'), f('surrogate.txt')]));
    expect(doc.warnings).toEqual([`${f('surrogate.txt')}: invalid UTF-16, 1 undecodable sequence replaced with U+FFFD, the first on line 1`]);
  });
});

describe('line endings and wide characters: lines and columns still right', () => {
  const cases: [string, string][] = [
    ['crlf.txt', 'Night talks\r\nAfter a day of delays, the leaders met for about 90 minutes.\r\nLater they talked for two hours.\r\n'],
    ['cr.txt', 'Night talks\rAfter a day of delays, the leaders met for about 90 minutes.\rLater they talked for two hours.\r'],
    ['mixed.txt', 'Night talks\r\n\rAfter a day of delays, the leaders met for about 90 minutes.\nLater they talked for two hours.\r'],
    // astral characters before the span: a column counts characters, not UTF-16 units
    ['emoji.txt', 'Night talks 🇺🇸🇷🇺\r\n👉 𝐔𝐩𝐝𝐚𝐭𝐞: the leaders met for about 90 minutes.\r\nLater they talked for two hours.\r\n'],
  ];
  it.each(cases)('%s', (name, content) => {
    writeFileSync(f(name), content);
    const doc = document(run(['--json', f('wire.txt'), f(name)]));
    const id = name.replace('.txt', '');
    const values = row(doc, 'meeting.duration')!.values.filter((v) => v.source === id);
    expect(values.map((v) => v.text)).toEqual(['about 90 minutes', 'two hours']);
    expect(values.map((v) => v.line)).toEqual(name === 'mixed.txt' ? [3, 4] : [2, 3]);
    expect(pointsIntoFile(doc, id, content)).toBeGreaterThanOrEqual(2);
  });
});

describe('the same input twice', () => {
  it('the same file named twice: compared as two sources, with a warning', () => {
    const doc = document(run(['--json', f('wire.txt'), f('wire.txt')]));
    expect(doc.sources.map((s) => s.id)).toEqual(['wire', 'wire-2']);
    expect(doc.warnings).toEqual([`${f('wire.txt')}: given more than once, compared as a separate source (wire-2)`]);
    expect(row(doc, 'meeting.duration')!.verdict).toBe('agree');
    const text = run([f('wire.txt'), f('wire.txt')]);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe(`summit-check: warning: ${f('wire.txt')}: given more than once, compared as a separate source (wire-2)\n`);
  });

  it('the same file by another path, and the same text under another name', () => {
    writeFileSync(f('copy.txt'), WIRE);
    const doc = document(run(['--json', f('wire.txt'), join(dir, '.', 'folder', '..', 'wire.txt'), f('copy.txt')]));
    expect(doc.warnings).toEqual([
      `${join(dir, '.', 'folder', '..', 'wire.txt')}: given more than once, compared as a separate source (wire-2)`,
      `${f('copy.txt')}: same text as ${f('wire.txt')}, so the two agree on everything`,
    ]);
  });
});

describe('paths that cannot be read', () => {
  it('a directory', () => {
    refused(run(['--json', f('wire.txt'), f('folder')]), f('folder'), /is a directory, not a report/);
  });

  it('a missing file, and a path through a file', () => {
    refused(run([f('wire.txt'), f('missing.txt')]), f('missing.txt'), /no such file$/);
    refused(run([f('wire.txt'), join(f('wire.txt'), 'x.txt')]), join(f('wire.txt'), 'x.txt'), /not a directory/);
  });

  it('a symbolic link loop', () => {
    symlinkSync(f('loop-b'), f('loop-a'));
    symlinkSync(f('loop-a'), f('loop-b'));
    refused(run([f('wire.txt'), f('loop-a')]), f('loop-a'), /too many symbolic links/);
  });

  it('a file without read permission', (ctx) => {
    writeFileSync(f('locked.txt'), WIRE);
    chmodSync(f('locked.txt'), 0o000);
    const args = [bin, f('wire.txt'), f('locked.txt')];
    const asRoot = process.getuid?.() === 0;
    // root reads a mode-000 file anyway, so run the binary as an unprivileged user instead
    const as = asRoot ? { uid: 65534, gid: 65534 } : {};
    const probe = spawnSync(process.execPath, [bin, '--version'], { ...as, cwd: root, encoding: 'utf8' });
    if (probe.status !== 0) ctx.skip(`cannot run the binary as an unprivileged user here (${probe.stderr || probe.error}), and root can read a mode-000 file`);
    const r = spawnSync(process.execPath, args, { ...as, cwd: root, encoding: 'utf8', timeout: 60000 });
    refused({ status: r.status, stdout: r.stdout, stderr: r.stderr }, f('locked.txt'), /permission denied$/);
  });

  it.skipIf(process.platform !== 'linux')('a file that fails on read even for root (input/output error)', () => {
    refused(run([f('wire.txt'), '/proc/self/mem']), '/proc/self/mem', /input\/output error$/);
  });

  it('a file name with a line break in it: the message stays one line', () => {
    const odd = f('two\nlines.txt');
    refused(run([f('wire.txt'), odd]), f('two\\x0alines.txt'), /no such file$/);
  });
});

describe('size', () => {
  it('a 50 MB report is refused above the --max-bytes limit (20 MiB by default)', () => {
    const para = 'The leaders met again on Thursday. Their talks lasted about two hours, aides said.\n';
    writeFileSync(f('huge.txt'), para.repeat(Math.ceil((50 * 1024 * 1024) / para.length)));
    const size = Math.ceil((50 * 1024 * 1024) / para.length) * para.length;
    refused(run(['--json', f('wire.txt'), f('huge.txt')]), f('huge.txt'), new RegExp(`${size} bytes is over the --max-bytes limit of ${20 * 1024 * 1024}$`));
  });

  it('the same on stdin, where the size is known only by reading', () => {
    const input = Buffer.alloc(21 * 1024 * 1024, 'Talks. ');
    refused(run(['--json', f('wire.txt'), '-'], { input }), '<stdin>', /more than the --max-bytes limit of 20971520 bytes$/);
  });

  it('--max-bytes sets the limit', () => {
    refused(run(['--max-bytes', '40', f('wire.txt'), f('daily.txt')]), f('wire.txt'), /over the --max-bytes limit of 40$/);
    expect(run(['--max-bytes', String(DAILY.length), f('wire.txt'), f('daily.txt')]).status).toBe(1);
    const bad = run(['--max-bytes', 'lots', f('wire.txt'), f('daily.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^summit-check: --max-bytes lots: expected a positive whole number/);
  });
});

describe('pathological text finishes and gives a valid document', () => {
  it('a single 2 MB line', () => {
    const clause = 'the talks lasted two hours and a half, "he said", and the leaders met in Geneva; ';
    const line = clause.repeat(Math.ceil((2 * 1024 * 1024) / clause.length));
    writeFileSync(f('oneline.txt'), line + '\n');
    const doc = document(run(['--json', f('wire.txt'), f('oneline.txt')]));
    const values = row(doc, 'meeting.duration')!.values.filter((v) => v.source === 'oneline');
    expect(values.length).toBeGreaterThan(1000);
    expect(values.every((v) => v.line === 1)).toBe(true);
    // spot-check the far end of the line: columns stay exact
    const last = values[values.length - 1]!;
    expect(line.slice(last.column - 1).startsWith(last.text)).toBe(true);
  });

  it('a report that states the same length 150,000 times (more claims than a call may take arguments)', () => {
    writeFileSync(f('many.txt'), 'The talks lasted two hours. '.repeat(150_000) + '\n');
    const doc = document(run(['--json', f('wire.txt'), f('many.txt')]));
    expect(row(doc, 'meeting.duration')!.values.filter((v) => v.source === 'many')).toHaveLength(150_000);
  });

  it('20,000 short lines that each name a weekday and no sentence of prose (no lede to find)', () => {
    writeFileSync(f('days.txt'), Array.from({ length: 20_000 }, (_, i) => `Friday ${i}`).join('\n') + '\n');
    const doc = document(run(['--json', f('wire.txt'), f('days.txt')]));
    expect(doc.sources.map((s) => s.id)).toEqual(['wire', 'days']);
  });

  it('thousands of unbalanced quote marks', () => {
    const marks = ['"', '“', '”', '«', '»', "'", '‘', '’', '„'];
    let text = 'Summit day\n\n';
    for (let i = 0; i < 6000; i++) text += `${marks[i % marks.length]}${i % 7 === 0 ? 'The talks lasted two hours. ' : 'and '}`;
    text += '\n"He said it lasted an hour.\n';
    writeFileSync(f('quotes.txt'), text);
    const doc = document(run(['--json', f('wire.txt'), f('quotes.txt')]));
    expect(pointsIntoFile(doc, 'quotes', text)).toBeGreaterThan(0);
  });

  it('a run of 200,000 digits is no length', () => {
    const digits = '7'.repeat(200_000);
    const text = `The talks lasted ${digits} hours.\nThey met for ${digits.slice(0, 100_000)}.${digits.slice(0, 100_000)} minutes.\n`;
    writeFileSync(f('digits.txt'), text);
    const doc = document(run(['--json', f('wire.txt'), f('digits.txt')]));
    for (const c of doc.claims) for (const v of c.values) if (v.source === 'digits') expect(v.text.length).toBeLessThan(200);
    expect(row(doc, 'meeting.duration')!.values.filter((v) => v.source === 'digits')).toEqual([]);
  });

  it('a megabyte of base64 and a 200,000-character hyphenated word (no spaces for the tokenizer)', () => {
    const blob = Buffer.alloc(750_000, 'summit\u0001\u00ff').toString('base64');
    const text = `Photo: ![leaders](data:image/png;base64,${blob})\n\n${'Xx-'.repeat(70_000)}\n\nThe talks lasted two hours.\n`;
    writeFileSync(f('blob.md'), text);
    const doc = document(run(['--json', f('wire.txt'), f('blob.md')]));
    expect(row(doc, 'meeting.duration')!.values.find((v) => v.source === 'blob')).toMatchObject({ text: 'two hours', line: 5, column: 18 });
  });

  it('a Markdown file of unbalanced brackets, unclosed comments and long runs of blanks', () => {
    const text =
      '# Summit ' + ' '.repeat(200_000) + 'x\n\n' + '['.repeat(100_000) + '\n\n' + '[a]('.repeat(25_000) + '\n\n' + '<!--'.repeat(25_000) + '\n\n' +
      '| --- ' + ' '.repeat(100_000) + 'x\n\n' + '<a'.repeat(50_000) + '\n\nThe talks lasted **two hours**.\n';
    writeFileSync(f('brackets.md'), text);
    const doc = document(run(['--json', f('wire.txt'), f('brackets.md')]));
    expect(row(doc, 'meeting.duration')!.values.find((v) => v.source === 'brackets')).toMatchObject({ text: 'two hours', line: 13, column: 20 });
  });

  // each round of a repeated group in a regular expression keeps a backtrack entry: run over the
  // whole text, a few million repeated words or rule marks once overflowed the engine's stack
  it('a report at the size limit of one capitalised word, and a Markdown rule line of megabytes', () => {
    const head = 'The talks lasted two hours.\n';
    writeFileSync(f('words.txt'), head + 'Putin '.repeat(Math.floor((20 * 1024 * 1024 - head.length - 1) / 6)) + '\n');
    writeFileSync(f('rule.md'), head + '|---'.repeat(2_000_000) + '\n\n' + '> '.repeat(4_000_000) + '\n');
    const doc = document(run(['--json', f('wire.txt'), f('words.txt'), f('rule.md')]));
    for (const source of ['words', 'rule']) expect(row(doc, 'meeting.duration')!.values.find((v) => v.source === source)).toMatchObject({ text: 'two hours', line: 1 });
  }, 120_000);

  it('control characters and terminal escapes in a report do not reach the one-line messages', () => {
    writeFileSync(f('esc.txt'), '\u001b[2J\u001b]0;owned\u0007Their talks lasted about two hours.\u000b\u000c\n');
    const doc = document(run(['--json', f('wire.txt'), f('esc.txt')]));
    expect(row(doc, 'meeting.duration')!.verdict).toBe('agree');
  });
});
