// No pathological regular expression anywhere in src/. Every regex is collected two ways:
//   - statically: every regex literal and every `new RegExp` / `RegExp()` call site in src/**/*.ts,
//     read with the TypeScript parser;
//   - at run time: the RegExp constructor is wrapped (recording each pattern built in src/ and its
//     call site) and RegExp.prototype.exec is wrapped (every match, test, replace, split and
//     matchAll goes through it: recording the longest input each pattern was run on), while the
//     whole tool runs in-process on the seeds, the open evaluation sets, a generated corpus and
//     hostile texts, in every output format and in draft mode.
// recheck then judges each pattern. An exponential one fails outright. A polynomial one must
// survive its worst case (recheck's attack string, pumped) at the longest input it can meet: a
// few sentences' worth when the corpus only ever ran it on sentence-sized input (segment caps
// sentences at MAX_SENTENCE characters), else the largest report the tool accepts (--max-bytes).
// "Survive" means a child process runs it to the end within a generous guard; nothing here
// asserts a duration.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check as recheck, type Diagnostics } from 'recheck';
import { root, seeds } from './e2e/run.js';
// @ts-expect-error: a plain ES module without types
import { corpus } from '../scripts/corpus.mjs';

const SRC = join(root, 'src');
// only the open evaluation sets: the held-out ones are never run here
const OPEN_SETS = ['alaska-2025', 'singapore-2018', 'reykjavik-1986', 'bali-2022'];
const UNBOUNDED_PROBE = 20_000; // the corpus has inputs this long: a pattern run on them is not sentence-bound
const SENTENCE_BOUND = UNBOUNDED_PROBE / 4; // longest input seen at most this: sentence or window sized
const GUARD_MS = 30_000;

interface Site {
  file: string;
  line: number;
}
interface Pattern {
  source: string;
  flags: string;
  /** where it is written (literals) or built (constructor calls), as file:line */
  sites: Set<string>;
  literal: boolean;
}

/** Only the flags that change what a pattern can match; g, y and d only change how it is driven. */
function matchFlags(flags: string): string {
  let out = '';
  for (const c of 'imsuv') if (flags.includes(c)) out += c;
  return out;
}
const keyOf = (source: string, flags: string) => `/${source}/${matchFlags(flags)}`;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every regex literal and every RegExp constructor call in src/. */
function inventory(): { literals: (Site & { source: string; flags: string })[]; constructors: Site[] } {
  const literals: (Site & { source: string; flags: string })[] = [];
  const constructors: Site[] = [];
  for (const path of tsFiles(SRC)) {
    const file = relative(root, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const t = n.getText(sf);
        const end = t.lastIndexOf('/');
        literals.push({ file, line: lineOf(n), source: t.slice(1, end), flags: t.slice(end + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        constructors.push({ file, line: lineOf(n) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, constructors };
}

// ---------------------------------------------------------------------------------------
// Run-time capture. The hooks use no regex themselves (exec would recurse into them).

const NativeRegExp = RegExp;
const nativeExec = RegExp.prototype.exec;
const longest = new Map<string, number>();
const built = new Map<string, Pattern>();

/** The src/ file and line that called the RegExp constructor, or undefined for a library. */
function callerSite(): string | undefined {
  const stack = new Error().stack ?? '';
  // the first frame outside this file (the hooks) is the caller
  const caller = stack.split('\n').slice(1).find((f) => !f.includes('regex.test.ts')) ?? '';
  const at = caller.indexOf(SRC + '/');
  if (at < 0) return undefined;
  const rest = caller.slice(at + root.length + 1);
  const parts = rest.split(':');
  const file = parts[0]!;
  return `${file}:${parts[1]}`;
}

function recordBuilt(re: RegExp): void {
  const site = callerSite();
  if (!site) return;
  const key = keyOf(re.source, re.flags);
  const p = built.get(key);
  if (p) p.sites.add(site);
  else built.set(key, { source: re.source, flags: matchFlags(re.flags), sites: new Set([site]), literal: false });
}

function install(): () => void {
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    const key = keyOf(this.source, this.flags);
    const n = String(input).length;
    if ((longest.get(key) ?? -1) < n) longest.set(key, n);
    return nativeExec.call(this, input);
  };
  const proxy = new Proxy(NativeRegExp, {
    construct(target, args) {
      const re = Reflect.construct(target, args) as RegExp;
      recordBuilt(re);
      return re;
    },
    apply(target, self, args) {
      const re = Reflect.apply(target, self, args) as RegExp;
      recordBuilt(re);
      return re;
    },
  });
  globalThis.RegExp = proxy;
  return () => {
    globalThis.RegExp = NativeRegExp;
    RegExp.prototype.exec = nativeExec;
  };
}

// ---------------------------------------------------------------------------------------
// The inputs that drive the tool while the hooks record.

const MARKDOWN = `---
title: Summit notes
---

# Leaders meet in *Geneva*

> The talks lasted **about two hours**, officials said.

- [Full transcript](https://example.org/t?x=1_2) and ![photo](a.png)
- A [reference link][ref] and \`code\`

| who | said |
| --- | ---: |
| Lindqvist | “We will keep talking,” she said. |

<div class="note">They met at the <b>Villa La Grange</b> on Tuesday.</div>
<!-- an editor's comment -->

***

[ref]: https://example.org/ref
`;

function hostileTexts(base: string): Record<string, string> {
  const paragraph = base.replace(/\s*\n\s*/g, ' ');
  return {
    'long-paragraph.txt': paragraph.repeat(Math.ceil((UNBOUNDED_PROBE * 1.25) / paragraph.length)),
    'long-line.txt': 'the talks lasted two hours, the leaders met in Geneva, “we agreed”, '.repeat(400) + '\n',
    'brackets.md': '[[[[ ((( <<< <!-- ** __ `` ~~ ||| ### '.repeat(600) + '\n' + '   '.repeat(2000) + 'x #\n',
    'quotes.txt': '“ " « » ‘ ’ \' „ '.repeat(2000) + '\n',
    'digits.txt': `The talks lasted ${'9'.repeat(30_000)} hours.\n`,
    'spaces.txt': `${' \t'.repeat(10_000)}The leaders met.\n${'-S'.repeat(10_000)}\n${'Aa '.repeat(5000)}\n`,
    'crlf.txt': base.replace(/\n/g, '\r\n'),
    'notes.md': MARKDOWN,
  };
}

interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
}
const quietIo = (): Io => ({ stdout: { write: () => true }, stderr: { write: () => true }, stdin: (async function* () {})(), env: {} });

let literals: ReturnType<typeof inventory>['literals'] = [];
let constructors: Site[] = [];
let patterns: Pattern[] = [];
let groupsRun = 0;
let maxBytes = 20 * 1024 * 1024;

beforeAll(async () => {
  ({ literals, constructors } = inventory());
  const dir = mkdtempSync(join(tmpdir(), 'summit-check-regex-'));
  const groups: string[][] = [];
  if (existsSync(seeds)) groups.push(readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f)));
  for (const set of OPEN_SETS) {
    const d = join(root, 'samples', set);
    if (existsSync(d)) groups.push(readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(d, f)));
  }
  const reports = corpus(24, 2).concat(corpus(24, 3)) as { path: string; text: string }[];
  mkdirSync(join(dir, 'corpus'));
  const files = reports.map((r, i) => {
    const p = join(dir, 'corpus', `${i}-${r.path}`);
    writeFileSync(p, r.text);
    return p;
  });
  groups.push(files.slice(0, 24), files.slice(24));
  const hostile = Object.entries(hostileTexts(reports[0]!.text + reports[1]!.text)).map(([name, text]) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  });
  groups.push([...hostile, files[2]!]);

  const uninstall = install();
  try {
    const { main, DEFAULT_MAX_BYTES } = await import('../src/cli.js');
    maxBytes = DEFAULT_MAX_BYTES;
    const { formats } = await import('../src/render/index.js');
    for (const g of groups.filter((x) => x.length >= 2)) {
      // the hostile group is slow (its texts are long): the renderers see it once, in text and JSON
      const shown = g === groups[groups.length - 1] ? ['text', 'json'] : Object.keys(formats);
      for (const format of shown) await main(['--format', format, ...g], quietIo());
      await main(['--json', '--draft', g[0]!, ...g.slice(1)], quietIo());
      await main(['--format', 'markdown', '--quiet', '--draft', g[g.length - 1]!, ...g.slice(0, -1)], quietIo());
      groupsRun++;
    }
  } finally {
    uninstall();
  }

  const all = new Map<string, Pattern>();
  for (const l of literals) {
    const key = keyOf(l.source, l.flags);
    const p = all.get(key);
    if (p) p.sites.add(`${l.file}:${l.line}`);
    else all.set(key, { source: l.source, flags: matchFlags(l.flags), sites: new Set([`${l.file}:${l.line}`]), literal: true });
  }
  // a site that builds a pattern per report (a list of the names it found) yields many variants:
  // the longest three of each site stand for the rest
  const perSite = new Map<string, Pattern[]>();
  for (const p of built.values()) {
    if (all.has(keyOf(p.source, p.flags))) continue;
    const site = [...p.sites].sort().join(' ');
    perSite.set(site, [...(perSite.get(site) ?? []), p]);
  }
  for (const list of perSite.values()) for (const p of list.sort((a, b) => b.source.length - a.source.length).slice(0, 3)) all.set(keyOf(p.source, p.flags), p);
  patterns = [...all.values()];
}, 1_800_000);

// ---------------------------------------------------------------------------------------
// recheck's verdicts are recorded beside the tests (tests/regex-verdicts.json): a verdict depends
// only on the pattern and recheck's version (its fuzzer is seeded), and judging all of them takes
// from ten minutes to far more than half an hour, depending on the machine. A run judges only the
// patterns not recorded yet, so its cost follows what changed. UPDATE_GOLDEN=1 rewrites the record
// for today's patterns (stale ones dropped, timeouts judged again); without the file every
// pattern is judged afresh.

type Verdict = Pick<Diagnostics, 'status'> & { complexity?: { type: string; summary: string; degree?: number }; attack?: { pumps: { prefix: string; pump: string }[]; suffix: string }; error?: string };
const recheckVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'recheck', 'package.json'), 'utf8')).version as string;
const verdictFile = join(root, 'tests', 'regex-verdicts.json');
const updating = !!process.env.UPDATE_GOLDEN;

function recorded(): Record<string, Verdict> {
  if (!existsSync(verdictFile)) return {};
  const file = JSON.parse(readFileSync(verdictFile, 'utf8')) as { recheck: string; verdicts: Record<string, Verdict> };
  return file.recheck === recheckVersion ? file.verdicts : {};
}

/** Whether a pattern meets whole texts (or was never run, so nothing bounds its input). */
const unbounded = (p: Pattern) => (longest.get(keyOf(p.source, p.flags)) ?? Infinity) > SENTENCE_BOUND;

/** Every pattern's verdict, and the patterns that had none recorded and were judged now. */
async function judgeAll(list: Pattern[]): Promise<{ verdicts: Map<Pattern, Verdict>; judged: Pattern[] }> {
  const record = recorded();
  const out = new Map<Pattern, Verdict>();
  const todo = list.filter((p) => {
    const hit = record[keyOf(p.source, p.flags)];
    if (hit && !(updating && hit.status === 'unknown')) out.set(p, hit);
    return !out.has(p);
  });
  const one = async (p: Pattern, timeout: number): Promise<Verdict> => {
    const d = await recheck(p.source, p.flags, { timeout });
    const v: Verdict = { status: d.status };
    if (d.status === 'vulnerable') {
      v.complexity = d.complexity as Verdict['complexity'];
      v.attack = { pumps: d.attack.pumps.map((x) => ({ prefix: x.prefix, pump: x.pump })), suffix: d.attack.suffix };
    } else if (d.status === 'safe') v.complexity = d.complexity;
    else v.error = d.error.kind;
    return v;
  };
  // two at a time, as the machines have two cores
  const each = async (ps: Pattern[], timeout: number) => {
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        while (next < ps.length) {
          const p = ps[next++]!;
          out.set(p, await one(p, timeout));
        }
      }),
    );
  };
  await each(todo, 10_000);
  // a timeout may be the machine's load: once more with more time, but only where a verdict is
  // needed (a sentence-bound pattern without one is allowed, see below)
  await each(
    todo.filter((p) => out.get(p)!.error === 'timeout' && unbounded(p)),
    60_000,
  );
  if (updating) {
    const keyed = [...out].map(([p, v]) => [keyOf(p.source, p.flags), v] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const lines = keyed.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    writeFileSync(verdictFile, `{\n  "recheck": ${JSON.stringify(recheckVersion)},\n  "verdicts": {\n${lines.join(',\n')}\n  }\n}\n`);
  }
  return { verdicts: out, judged: todo };
}

/**
 * Run a pattern on recheck's attack, each pump repeated until the string is about `length` long,
 * the way the tool runs patterns (a global scan, a test, a replace), in a child process under a
 * guard. The string is built in the child: at --max-bytes it is 20 million characters.
 */
function survives(p: Pattern, v: Verdict, length: number): { finished: boolean; ms: number; failure?: string } {
  const code = `const [s, f, pumps, suffix, length] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const fixed = pumps.reduce((n, x) => n + x.prefix.length, 0) + suffix.length;
const round = pumps.reduce((n, x) => n + x.pump.length, 0) || 1;
const k = Math.max(1, Math.floor((length - fixed) / round));
const x = pumps.map((q) => q.prefix + q.pump.repeat(k)).join('') + suffix;
const t = process.hrtime.bigint();
const g = new RegExp(s, f + 'g'); let n = 0; for (const m of x.matchAll(g)) n++;
new RegExp(s, f).test(x); x.replace(g, '');
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  const input = JSON.stringify([p.source, p.flags, v.attack!.pumps, v.attack!.suffix, length]);
  const r = spawnSync(process.execPath, ['-e', code], { input, encoding: 'utf8', timeout: GUARD_MS });
  // a child that threw (the engine's stack overflowing, say) did not run out of time
  const thrown = r.status !== 0 && r.signal === null ? /^\w*Error: .*$/m.exec(r.stderr)?.[0] : undefined;
  return { finished: r.status === 0, ms: Number(r.stdout), failure: thrown ?? `no result within ${GUARD_MS / 1000} s` };
}

/**
 * Whether a pattern repeats a group without bound ("(?:a|b)+", "(…)*", "(…){2,}"). V8 keeps a
 * backtrack entry for each round of such a group, so one run over a few megabytes of a single
 * repeated word overflows the engine's stack, whatever its time complexity.
 */
function repeatsGroupWithoutBound(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === ')' && /^(?:[*+]|\{\d+,\})/.test(source.slice(i + 1, i + 12))) return true;
  }
  return false;
}

const where = (p: Pattern) => [...p.sites].sort().join(', ');
const show = (p: Pattern) => `${where(p)}  /${p.source.length > 90 ? p.source.slice(0, 90) + '…' : p.source}/${p.flags}`;

describe('every regular expression in src/', () => {
  let verdicts: Map<Pattern, Verdict>;
  let judged: Pattern[];
  beforeAll(async () => {
    ({ verdicts, judged } = await judgeAll(patterns));
  }, 1_800_000);

  it('every pattern has its verdict recorded in tests/regex-verdicts.json', () => {
    if (judged.length) console.info(`judged now, not recorded before: ${judged.length}`);
    // (the verdicts judged now are used by the tests below all the same)
    if (!updating) expect(judged.map(show), 'record them: UPDATE_GOLDEN=1 npx vitest run tests/regex.test.ts').toEqual([]);
  });

  it('inventory: the tool ran on every input group, and every RegExp construction site was reached', () => {
    expect(groupsRun).toBeGreaterThanOrEqual(4);
    expect(literals.length).toBeGreaterThan(100);
    const reached = new Set([...built.values()].flatMap((p) => [...p.sites]));
    // a module none of whose patterns ever ran is not loaded by the tool (an extractor not yet
    // registered): its literals are still checked, but its constructor sites cannot be reached
    const live = new Set([...reached].map((site) => site.split(':')[0]!));
    for (const l of literals) if (longest.has(keyOf(l.source, l.flags))) live.add(l.file);
    const dead = [...new Set(constructors.map((c) => c.file))].filter((f) => !live.has(f));
    if (dead.length) console.info(`not loaded by the tool, constructor sites unchecked: ${dead.join(', ')}`);
    const missed = constructors.filter((c) => live.has(c.file) && !reached.has(`${c.file}:${c.line}`));
    const exercised = patterns.filter((p) => longest.has(keyOf(p.source, p.flags))).length;
    console.info(
      `regex coverage: ${literals.length} literals (${new Set(literals.map((l) => keyOf(l.source, l.flags))).size} distinct), ` +
        `${constructors.length} constructor sites (${constructors.length - missed.length} reached, ${built.size} distinct patterns built), ` +
        `${patterns.length} patterns checked, ${exercised} of them run by the corpus`,
    );
    // a site the corpus never reaches builds a pattern nobody checked
    expect(missed.map((m) => `${m.file}:${m.line}`)).toEqual([]);
  });

  it('none is exponential', () => {
    const bad = patterns.filter((p) => verdicts.get(p)?.complexity?.type === 'exponential').map((p) => `${show(p)}: ${verdicts.get(p)!.complexity!.summary}`);
    expect(bad).toEqual([]);
  });

  it('recheck reaches a verdict on each (or, failing that, none is run on more than a sentence)', () => {
    const unknown = patterns.filter((p) => verdicts.get(p)?.status === 'unknown');
    const unboundedUnknown = unknown.filter(unbounded);
    if (unknown.length) console.info(`recheck gave no verdict on ${unknown.length}:\n${unknown.map((p) => `  ${show(p)} (${verdicts.get(p)!.error})`).join('\n')}`);
    expect(unboundedUnknown.map((p) => `${show(p)}: ${verdicts.get(p)!.error}, longest input ${longest.get(keyOf(p.source, p.flags)) ?? 'never run'}`)).toEqual([]);
  });

  it('none that reads a whole text repeats a group without bound', () => {
    expect(repeatsGroupWithoutBound('(?:a|-)+x')).toBe(true);
    expect(repeatsGroupWithoutBound('(?:a|-){2,}')).toBe(true);
    expect(repeatsGroupWithoutBound('(?:a|-){0,24}[(]\\)+')).toBe(false);
    const repeating = patterns.filter((p) => (longest.get(keyOf(p.source, p.flags)) ?? 0) > SENTENCE_BOUND && repeatsGroupWithoutBound(p.source));
    expect(repeating.map((p) => `${show(p)}: longest input ${longest.get(keyOf(p.source, p.flags))}`)).toEqual([]);
  });

  it("recheck's worst case for each super-linear one runs to the end at the longest input it can meet", () => {
    const stuck: string[] = [];
    const lines: string[] = [];
    for (const p of patterns) {
      const v = verdicts.get(p)!;
      if (v.status !== 'vulnerable' || !v.attack) continue;
      const seen = longest.get(keyOf(p.source, p.flags));
      const bounded = seen !== undefined && seen <= SENTENCE_BOUND;
      // sentence-bound: a few sentences' worth; otherwise (or never run): the largest report accepted
      const length = bounded ? 4 * 1500 : maxBytes;
      const r = survives(p, v, length);
      const input = seen === undefined ? 'never run by the corpus' : `longest input ${seen}`;
      lines.push(`  ${r.finished ? `${r.ms.toFixed(1)} ms` : 'DID NOT FINISH'} on ${length} chars (${v.complexity!.summary}; ${input})  ${show(p)}`);
      if (!r.finished) stuck.push(`${show(p)}: ${v.complexity!.summary}, ${input}: ${r.failure} on ${length} characters of recheck's attack`);
    }
    console.info(`worst cases:\n${lines.join('\n')}`);
    expect(stuck).toEqual([]);
  }, 3_600_000);
});
