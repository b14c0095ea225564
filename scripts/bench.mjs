#!/usr/bin/env node
// The benchmark: `npm run bench` (after `npm run build`). For N = 2, 100, 1,000 and 2,000 reports
// of a deterministic corpus (scripts/corpus.mjs) it runs the built binary end to end, as a user
// would, and prints wall time, reports and tokens per second, peak memory, and two yardsticks
// measured in the same run on the same files:
//   - start: a bare `node -e ''`, for the small case (two reports should cost under 4× that);
//   - floor: wink-nlp's own tokenisation of the files and nothing else (module and model load,
//     read, readDoc), for the large cases (1,000 reports should cost under 1.5× that).
// With --scaling, it instead runs one report made of a single repeated phrase (a capitalised word,
// quoted words, a Markdown rule line, a plain sentence, each on one line) at 1 and 4 MiB: a tool
// linear in its input takes about 4× as long on the second, a quadratic one about 16×.
// Usage: node scripts/bench.mjs [N ...] [--markdown] [--scaling]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'summit-check.js');
const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const NS = sizes.length ? sizes : [2, 100, 1000, 2000];

// peak memory and CPU time of a child, as it sees them, written by a preloaded hook as it exits
// (CPU time is what contention on a shared machine disturbs least; wall time is what a user waits)
const rssHook =
  'data:text/javascript,' +
  encodeURIComponent(
    "import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();if(process.env.BENCH_RSS_FILE)writeFileSync(process.env.BENCH_RSS_FILE,JSON.stringify([u.maxRSS,(u.userCPUTime+u.systemCPUTime)/1000]))})",
  );

// the floor: the NLP library tokenising the same files, nothing else
const floorScript = `
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model, []);
let tokens = 0;
for (const f of process.argv.slice(1)) tokens += nlp.readDoc(readFileSync(f, 'utf8')).tokens().length();
process.stdout.write(String(tokens));
`;

const work = mkdtempSync(join(tmpdir(), 'summit-check-bench-'));
let runs = 0;

/** One child run: wall time and CPU time in ms, peak RSS in KB, its stdout. */
function timed(argv, { input } = {}) {
  const rssFile = join(work, `rss-${runs++}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssHook, ...argv], {
    cwd: root,
    input,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.slice(0, 3).join(' ')} …: exit ${r.status}: ${r.stderr || r.error}`);
  let kb = NaN;
  let cpu = NaN;
  try {
    [kb, cpu] = JSON.parse(readFileSync(rssFile, 'utf8'));
  } catch {
    /* the hook did not run: memory and CPU time unknown */
  }
  return { ms, cpu, kb, stdout: r.stdout };
}

/** The median of `k` runs (and the peak memory of the largest). */
function median(k, argv, opts) {
  const all = [];
  for (let i = 0; i < k; i++) all.push(timed(argv, opts));
  all.sort((a, b) => a.ms - b.ms);
  return { ...all[Math.floor(all.length / 2)], kb: Math.max(...all.map((x) => x.kb)) };
}

const fmt = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const num = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));

const machine = {
  cpus: availableParallelism(),
  model: cpus()[0]?.model.trim() ?? 'unknown',
  node: process.version,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
};
console.log(`machine: ${machine.cpus} CPU (${machine.model}), ${machine.memory}, node ${machine.node}`);

if (args.includes('--scaling')) {
  const phrases = [
    ['capitalised word', 'a.txt', 'Putin '],
    ['quoted word', 'a.txt', '“Putin” '],
    ['Markdown table rule', 'a.md', '|---'],
    ['sentence', 'a.txt', 'The talks in Anchorage lasted nearly three hours on Friday, Putin said. '],
  ];
  const other = join(work, 'other.txt');
  writeFileSync(other, 'Putin and Trump met for two hours on Friday.\n');
  let worst = 0;
  try {
    for (const [what, name, phrase] of phrases) {
      try {
        const cpu = [1, 4].map((mib) => {
          const file = join(work, `${mib}-${name}`);
          writeFileSync(file, 'The talks lasted two hours.\n' + phrase.repeat(Math.floor((mib * 2 ** 20) / phrase.length)) + '\n');
          return median(1, [bin, '--json', '--fail-on', 'never', other, file]).cpu;
        });
        worst = Math.max(worst, cpu[1] / cpu[0]);
        console.log(`${what}: 1 MiB ${fmt(cpu[0])} CPU, 4 MiB ${fmt(cpu[1])} CPU → ${(cpu[1] / cpu[0]).toFixed(1)}×`);
      } catch (e) {
        worst = Infinity;
        console.log(`${what}: ${e.message.trim()}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n${worst <= 6 ? 'met ' : 'MISS'}  4× the input at most 6× the CPU time (linear: 4×, quadratic: 16×): ${worst.toFixed(1)}×`);
  process.exit(0);
}

const bare = median(9, ['-e', '']);
console.log(`bare node -e '': ${fmt(bare.ms)}, ${Math.round(bare.kb / 1024)} MB`);

const results = [];
try {
  for (const n of NS) {
    const files = writeCorpus(join(work, `n${n}`), n);
    const bytes = files.reduce((s, f) => s + readFileSync(f).length, 0);
    const k = n <= 2 ? 9 : n <= 100 ? 5 : n <= 1000 ? 3 : 2;
    const floor = median(k, ['--input-type=module', '-e', floorScript, ...files]);
    const tokens = Number(floor.stdout);
    const tool = median(k, [bin, '--json', '--fail-on', 'never', ...files]);
    const doc = JSON.parse(tool.stdout);
    const row = {
      n,
      kib: Math.round(bytes / 1024),
      tokens,
      ms: tool.ms,
      cpu: tool.cpu,
      floorCpu: floor.cpu,
      reportsPerS: (n / tool.ms) * 1000,
      tokensPerS: (tokens / tool.ms) * 1000,
      mb: tool.kb / 1024,
      floorMs: floor.ms,
      vsFloor: tool.ms / floor.ms,
      vsStart: tool.ms / bare.ms,
      rows: doc.claims.length,
    };
    results.push(row);
    console.log(
      `N=${n}: ${fmt(row.ms)}, CPU ${fmt(row.cpu)} (${num(row.reportsPerS)} reports/s, ${num(row.tokensPerS)} tokens/s), peak ${Math.round(row.mb)} MB, ` +
        `floor ${fmt(row.floorMs)} (CPU ${fmt(row.floorCpu)}) → ${row.vsFloor.toFixed(2)}× floor (CPU ${(row.cpu / row.floorCpu).toFixed(2)}×), ${row.vsStart.toFixed(1)}× bare start; ${row.rows} claim rows, ${n} reports, ${row.kib} KiB, ${tokens} tokens`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// the targets, judged on this run
const at = (n) => results.find((r) => r.n === n);
const verdicts = [];
if (at(2)) verdicts.push([`2 reports within 4× a bare node start`, at(2).vsStart <= 4, `${at(2).vsStart.toFixed(1)}×`]);
if (at(1000)) verdicts.push([`1,000 reports within 1.5× the tokenisation floor`, at(1000).vsFloor <= 1.5, `${at(1000).vsFloor.toFixed(2)}×`]);
if (at(1000) && at(2000)) {
  const g = at(2000).ms / at(1000).ms;
  const c = at(2000).cpu / at(1000).cpu;
  verdicts.push([`doubling N (1,000 → 2,000) at most doubles the time`, g <= 2, `${g.toFixed(2)}× wall, ${c.toFixed(2)}× CPU`]);
}
if (at(100) && at(1000)) {
  const g = at(1000).ms / at(100).ms;
  verdicts.push([`10× the reports (100 → 1,000) at most 10× the time`, g <= 10, `${g.toFixed(2)}×`]);
}
if (at(1000)) verdicts.push([`peak memory under 300 MB at 1,000 reports`, at(1000).mb < 300, `${Math.round(at(1000).mb)} MB`]);
console.log('');
for (const [what, ok, figure] of verdicts) console.log(`${ok ? 'met ' : 'MISS'}  ${what}: ${figure}`);

if (markdown) {
  console.log('\n| N | size | tokens | wall time | CPU time | reports/s | tokens/s | peak memory | floor (wall) | × floor | × bare start |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results)
    console.log(`| ${r.n.toLocaleString('en-US')} | ${r.kib.toLocaleString('en-US')} KiB | ${r.tokens.toLocaleString('en-US')} | ${fmt(r.ms)} | ${fmt(r.cpu)} | ${num(r.reportsPerS)} | ${num(r.tokensPerS)} | ${Math.round(r.mb)} MB | ${fmt(r.floorMs)} | ${r.vsFloor.toFixed(2)} | ${r.vsStart.toFixed(1)} |`);
  console.log(`\nbare \`node -e ''\`: ${fmt(bare.ms)}; machine: ${machine.cpus} CPU (${machine.model}), ${machine.memory}, node ${machine.node}`);
}
