#!/usr/bin/env node
// npm run eval: scores summit-check on the evaluation sets (samples/<event>/ with gold.json)
// by the contract's rules, per claim type, and separately for the sets held out from tuning.
// usage: node scripts/eval.mjs [set-dir...] [--verbose] [--tuning]   (default: every samples/*/ with a gold.json)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../dist/check.js';
import { toDocument } from '../dist/render/json.js';
import { decode } from '../dist/load/index.js';
import { dice, valueMatches } from './scoring.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
let sets = args.filter((a) => !a.startsWith('--'));
if (!sets.length) sets = readdirSync(join(root, 'samples')).map((d) => join(root, 'samples', d));
sets = sets.filter((d) => existsSync(join(d, 'gold.json')));
const listed = (file) => {
  const path = join(root, 'samples', file);
  return new Set(existsSync(path) ? readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean) : []);
};
// held out: the final check; validation: a round's fresh sets, scored before and after the
// round's changes. Neither is tuned on, so neither has its misses listed.
const heldOut = listed('held-out.txt');
const validation = listed('validation.txt');
const groupOf = (name) => (heldOut.has(name) ? 'held out' : validation.has(name) ? 'validation' : 'tuning');
// --tuning: while working on the extractors, the held-out and validation sets are not even run
if (args.includes('--tuning')) sets = sets.filter((d) => groupOf(basename(d.replace(/\/+$/, ''))) === 'tuning');

const valuesBySource = (claim) => {
  const m = new Map();
  for (const v of claim.values ?? []) m.set(v.source, [...(m.get(v.source) ?? []), v.value]);
  return m;
};

const blank = () => ({ claims: 0, found: 0, verdict: 0, tp: 0, fp: 0, fn: 0, vOK: 0, vN: 0 });
// which way the verdicts go wrong ("adds-detail for agree (a source missed)", "diverge for
// adds-detail (same sources)"), tallied per group without naming a claim
const confusion = new Map();

/** Score one set's output against its gold, tallied per claim type. */
export function score(gold, out, misses) {
  const by = {};
  const t = (type) => (by[type] ??= blank());
  const used = new Set();
  for (const g of gold.claims) {
    const b = t(g.type);
    if (Object.values(g.values).every((v) => v == null)) {
      for (const c of out.claims.filter((c) => c.type === g.type)) for (const src of valuesBySource(c).keys()) if (src in g.values) { b.fp++; misses.push(`${g.type}: ${src} should be silent`); }
      continue;
    }
    b.claims++;
    let cand = out.claims.filter((c) => c.type === g.type && !used.has(c));
    if (g.type === 'quote') {
      let best = null;
      let bestS = 0;
      for (const c of cand) {
        const vs = valuesBySource(c);
        for (const [src, gv] of Object.entries(g.values)) {
          if (gv == null || !vs.has(src)) continue;
          const s = Math.max(...vs.get(src).map((v) => dice(gv, v?.text ?? '')));
          if (s > bestS) { bestS = s; best = c; }
        }
      }
      cand = best && bestS >= 0.5 ? [best] : [];
    }
    const c = cand[0];
    if (!c) {
      misses.push(`${g.type}${g.speaker ? ' ' + g.speaker : ''}: not found`);
      misses.confused?.push('not found');
      for (const v of Object.values(g.values)) if (v != null) b.fn++;
      continue;
    }
    used.add(c);
    b.found++;
    if (c.verdict === g.verdict) b.verdict++;
    else {
      misses.push(`${c.key}: verdict ${c.verdict}, gold ${g.verdict}`);
      // and whether the row's sources were gold's: a source missed, one too many, or the same
      // sources read with other values or specificity
      const stating = valuesBySource(c);
      const missed = Object.entries(g.values).some(([src, v]) => v != null && !stating.has(src));
      const extra = [...stating.keys()].some((src) => g.values[src] == null);
      const why = missed && extra ? 'sources differ' : missed ? 'a source missed' : extra ? 'a source too many' : 'same sources';
      misses.confused?.push(`${c.verdict} for ${g.verdict} (${why})`);
    }
    const vs = valuesBySource(c);
    for (const [src, gv] of Object.entries(g.values)) {
      const has = vs.has(src);
      if (gv == null && has) { b.fp++; misses.push(`${c.key}: ${src} should be silent`); }
      else if (gv != null && !has) { b.fn++; misses.push(`${c.key}: ${src} value missed`); }
      else if (gv != null) {
        b.tp++;
        b.vN++;
        if (vs.get(src).some((v) => valueMatches(g.type, gv, v))) b.vOK++;
        else misses.push(`${c.key}: ${src} value ${JSON.stringify(vs.get(src))} vs gold ${JSON.stringify(gv)}`);
      }
    }
  }
  return by;
}

function runSet(dir) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const reports = files.map((f) => ({ id: basename(f, extname(f)), path: join(dir, f), text: decode(readFileSync(join(dir, f)), f).text }));
  return { gold, out: toDocument(check(reports)) };
}

const add = (a, b) => { for (const k of Object.keys(a)) a[k] += b[k]; };
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '  — ');
const f1 = (b) => {
  const p = b.tp / (b.tp + b.fp || 1);
  const r = b.tp / (b.tp + b.fn || 1);
  return p + r ? (200 * p * r) / (p + r) : 0;
};

function table(title, byType, group) {
  const lines = [`\n${title}`, `  ${'claim type'.padEnd(26)} ${'gold'.padStart(4)}  ${'P'.padStart(6)}  ${'R'.padStart(6)}  ${'F1'.padStart(6)}  ${'value'.padStart(6)}  ${'verdict'.padStart(7)}`];
  const total = blank();
  for (const [type, b] of Object.entries(byType).sort(([a], [b]) => a.localeCompare(b))) {
    add(total, b);
    lines.push(`  ${type.padEnd(26)} ${String(b.claims).padStart(4)}  ${pct(b.tp, b.tp + b.fp).padStart(6)}  ${pct(b.tp, b.tp + b.fn).padStart(6)}  ${f1(b).toFixed(1).padStart(6)}  ${pct(b.vOK, b.vN).padStart(6)}  ${pct(b.verdict, b.claims).padStart(7)}`);
  }
  lines.push(`  ${'TOTAL'.padEnd(26)} ${String(total.claims).padStart(4)}  ${pct(total.tp, total.tp + total.fp).padStart(6)}  ${pct(total.tp, total.tp + total.fn).padStart(6)}  ${f1(total).toFixed(1).padStart(6)}  ${pct(total.vOK, total.vN).padStart(6)}  ${pct(total.verdict, total.claims).padStart(7)}`);
  lines.push(`  claim recall ${pct(total.found, total.claims)}%, verdict accuracy ${pct(total.verdict, total.claims)}%, presence F1 ${f1(total).toFixed(1)}%, value accuracy ${pct(total.vOK, total.vN)}%`);
  const wrong = [...confusion].filter(([k]) => k.startsWith(`${group}|`)).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k.slice(group.length + 1)} ×${n}`);
  if (wrong.length) lines.push(`  verdicts given wrongly: ${wrong.join(', ')}`);
  return lines.join('\n');
}

const groups = { all: {}, tuning: {}, validation: {}, 'held out': {} };
for (const dir of sets) {
  const name = basename(dir.replace(/\/+$/, ''));
  const misses = [];
  misses.confused = [];
  const { gold, out } = runSet(dir);
  const by = score(gold, out, misses);
  const sum = blank();
  for (const b of Object.values(by)) add(sum, b);
  const group = groupOf(name);
  console.log(`${name}${group === 'tuning' ? '' : ` (${group})`}: found ${sum.found}/${sum.claims}, verdict ${sum.verdict}/${sum.claims}, values ${sum.vOK}/${sum.vN}, presence P ${pct(sum.tp, sum.tp + sum.fp)} R ${pct(sum.tp, sum.tp + sum.fn)}`);
  if (verbose && group === 'tuning') for (const m of misses) console.log(`   - ${m}`);
  for (const g of ['all', group]) for (const [type, b] of Object.entries(by)) add((groups[g][type] ??= blank()), b);
  for (const g of ['all', group]) for (const k of misses.confused) confusion.set(`${g}|${k}`, (confusion.get(`${g}|${k}`) ?? 0) + 1);
}
console.log(table(`All ${sets.length} sets`, groups.all, 'all'));
if (Object.keys(groups['held out']).length || Object.keys(groups.validation).length) {
  console.log(table('Tuning sets', groups.tuning, 'tuning'));
  if (Object.keys(groups.validation).length) console.log(table(`Validation sets (${[...validation].join(', ')})`, groups.validation, 'validation'));
  if (Object.keys(groups['held out']).length) console.log(table(`Held-out sets (${[...heldOut].join(', ')})`, groups['held out'], 'held out'));
}
