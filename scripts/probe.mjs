#!/usr/bin/env node
// npm run probe: scores the extractors on short passages (probes/<family>.<split>.json), each
// read as a report of its own, against what a reader says the passage asserts. A set gives a
// claim type three or four data points; a probe file gives forty, with a trap in most, so a
// rule that only fits the sentence it was written for shows up here.
//
// A probe file's split says how it may be used: "study" probes are read while changing the
// extractors and have their misses listed with --verbose; "check" probes are about other
// meetings and worded afresh, and only their scores are printed, so that they measure whether
// a change carries over.
// usage: node scripts/probe.mjs [probe-file...] [--verbose]   (default: every probes/*.json)
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../dist/check.js';
import { toDocument } from '../dist/render/json.js';
import { dice, norm, sameSpeaker, surname, valueMatches } from './scoring.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
let files = args.filter((a) => !a.startsWith('--'));
if (!files.length) files = readdirSync(join(root, 'probes')).filter((f) => f.endsWith('.json')).sort().map((f) => join(root, 'probes', f));

const blank = () => ({ n: 0, right: 0, missed: 0, wrong: 0 });
const short = (v) => JSON.stringify(v, (k, x) => (k === 'stated' ? undefined : x));

/**
 * One expected value against the passage's claims of its type. Right: something is said and
 * all of it matches (a second, wrong value makes a row diverge as surely as a lone wrong one);
 * missed: nothing is said; wrong: a value that does not match, or any value where the passage
 * asserts none.
 */
function judgeValue(type, expected, values) {
  if (expected == null) return values.length ? ['wrong', `should be silent, said ${short(values)}`] : ['right'];
  if (!values.length) return ['missed', `missed ${short(expected)}`];
  if (type === 'meeting.participants') return judgePeople(expected, values);
  if (type === 'history.first_since') {
    const ok = values.every((v) => expected.year == null || v?.year === expected.year);
    return ok ? ['right'] : ['wrong', `${short(values)} vs ${short(expected)}`];
  }
  return values.every((v) => valueMatches(type, expected, v)) ? ['right'] : ['wrong', `${short(values)} vs ${short(expected)}`];
}

/** Participants exactly: no one left out and no one added (a critic at the table is the error). */
function judgePeople(expected, values) {
  const want = new Set(expected.map(surname));
  for (const v of values) {
    const got = new Set((Array.isArray(v) ? v : []).map(surname));
    if (got.size !== want.size || [...want].some((s) => !got.has(s))) return ['wrong', `${short(values)} vs ${short(expected)}`];
  }
  return ['right'];
}

/** Each expected remark: found by its words, then right when given to the right speaker. */
function judgeQuotes(expected, values, tally, note) {
  const used = new Set();
  for (const remark of expected) {
    const t = tally('quote');
    t.n++;
    const found = values.find((v) => !used.has(v) && dice(remark.text, v.text ?? '') >= 0.8);
    if (!found) {
      t.missed++;
      note(`quote missed: ${remark.speaker ?? 'unattributed'}: “${remark.text}”`);
      continue;
    }
    used.add(found);
    const said = norm(found.speaker ?? '');
    const ok = remark.speaker == null ? !said || said === 'unknown' : sameSpeaker(remark.speaker, found.speaker);
    if (ok) t.right++;
    else {
      t.wrong++;
      note(`quote given to ${found.speaker ?? 'nobody'}, not ${remark.speaker ?? 'nobody'}: “${remark.text}”`);
    }
  }
  // words quoted as a remark that the reader says are no remark (scare quotes, titles)
  for (const v of values) {
    if (used.has(v) || expected.some((r) => dice(r.text, v.text ?? '') >= 0.5)) continue;
    const t = tally('quote');
    t.n++;
    t.wrong++;
    note(`quote invented: ${v.speaker}: “${v.text}”`);
  }
}

const groups = new Map();
for (const file of files) {
  const { family, cases } = JSON.parse(readFileSync(file, 'utf8'));
  const split = basename(file).split('.').at(-2);
  const group = `${family} (${split})`;
  const byType = groups.get(group) ?? new Map();
  groups.set(group, byType);
  const tally = (type) => byType.get(type) ?? byType.set(type, blank()).get(type);
  for (const c of cases) {
    const out = toDocument(check([{ id: 'probe', path: `${basename(file)}#${c.id}`, text: c.text }]));
    // a stated absence ("was not invited") is part of the participants claim but no list of who
    // was at the table: only the lists are held against the reader's
    const said = (type, v) => !(type === 'meeting.participants' && v.modality === 'denied');
    const valuesOf = (type) => out.claims.filter((x) => x.type === type).flatMap((x) => x.values.filter((v) => said(type, v)).map((v) => v.value));
    const notes = [];
    const note = (s) => notes.push(s);
    for (const [type, expected] of Object.entries(c.expect)) {
      if (type === 'quote') {
        judgeQuotes(expected ?? [], valuesOf('quote'), tally, note);
        continue;
      }
      const [how, why] = judgeValue(type, expected, valuesOf(type));
      const t = tally(type);
      t.n++;
      t[how]++;
      if (why) note(`${type} ${why}`);
    }
    if (verbose && split === 'study') for (const n of notes) console.log(`${c.id}: ${n}`);
  }
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '—');
console.log(`\n  ${'probes'.padEnd(24)} ${'claim type'.padEnd(26)} ${'n'.padStart(4)} ${'right'.padStart(6)} ${'missed'.padStart(6)} ${'wrong'.padStart(6)}`);
for (const [group, byType] of groups) {
  for (const [type, t] of byType) {
    console.log(`  ${group.padEnd(24)} ${type.padEnd(26)} ${String(t.n).padStart(4)} ${pct(t.right, t.n).padStart(6)} ${pct(t.missed, t.n).padStart(6)} ${pct(t.wrong, t.n).padStart(6)}`);
  }
}
