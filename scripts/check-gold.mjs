#!/usr/bin/env node
// Checks evaluation sets' gold.json files by the annotation rules (samples/ANNOTATION.md) without
// running summit-check, so a set can be written and checked before anyone sees how the tool does on it.
// It checks probe files (probes/<family>.<split>.json, see scripts/probe.mjs) by the same rules.
// usage: node scripts/check-gold.mjs <set-dir | probe-file>...   exit 1 when any problem is found
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = new Set([
  'meeting.duration', 'meeting.expected_duration', 'press.duration', 'meeting.date', 'meeting.venue',
  'meeting.participants', 'outcome.agreement', 'outcome.communique', 'outcome.ceasefire', 'press.conference',
  'press.questions', 'next_meeting.location', 'next_meeting.time', 'history.first_since', 'topics', 'quote',
]);
const VERDICTS = new Set(['agree', 'adds-detail', 'diverge']);
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const flat = (s) => s.replace(/\s+/g, ' ');
// A remark interrupted by its attribution (“We are interested,” Putin said, “but …”) is annotated
// joined, so the words may be printed in two pieces: try each split between words.
function prints(text, words) {
  if (text.includes(words)) return true;
  for (let i = words.indexOf(' '); i > 0; i = words.indexOf(' ', i + 1)) {
    const left = words.slice(0, i);
    const right = words.slice(i + 1);
    if ((text.includes(left) || text.includes(left.replace(/,$/, '') + ',')) && text.includes(right)) return true;
  }
  return false;
}

function shapeProblem(type, v) {
  if (type.endsWith('duration')) {
    if (type === 'next_meeting.time') return typeof v === 'string' ? null : 'a string';
    return Number.isFinite(v?.minMinutes) && Number.isFinite(v?.maxMinutes) && v.minMinutes <= v.maxMinutes ? null : '{ minMinutes <= maxMinutes }';
  }
  if (type === 'next_meeting.time') return typeof v === 'string' ? null : 'a string';
  if (type === 'meeting.date') {
    if (v?.date != null) return /^\d{4}-\d{2}-\d{2}$/.test(v.date) && !Number.isNaN(Date.parse(v.date)) ? null : 'date as YYYY-MM-DD';
    return WEEKDAYS.has(v?.weekday) ? null : '{ date } or { weekday }';
  }
  if (type === 'meeting.venue' || type === 'next_meeting.location') return typeof v === 'string' && v ? null : 'a place name';
  if (type === 'meeting.participants' || type === 'topics') return Array.isArray(v) && v.length && v.every((x) => typeof x === 'string') ? null : 'a list of strings';
  if (type.startsWith('outcome.') || type === 'press.conference' || type === 'press.questions') return ['yes', 'no', 'partial'].includes(v) ? null : '"yes", "no" or "partial"';
  if (type === 'history.first_since') return typeof v?.text === 'string' && (v.year === null || Number.isInteger(v.year)) ? null : '{ text, year }';
  if (type === 'quote') return typeof v === 'string' && v ? null : 'the quoted words';
  return null;
}

export function checkSet(dir) {
  const problems = [];
  const say = (m) => problems.push(`${dir}: ${m}`);
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) return [`${dir}: no gold.json`];
  let gold;
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (e) {
    return [`${goldPath}: not JSON (${e.message})`];
  }
  const reports = new Map(
    readdirSync(dir).filter((f) => ['.txt', '.md'].includes(extname(f))).map((f) => [basename(f, extname(f)), flat(readFileSync(join(dir, f), 'utf8'))]),
  );
  if (reports.size < 3) say(`only ${reports.size} reports (three or more wanted)`);
  if (typeof gold.event !== 'string') say('no "event"');
  if (!Array.isArray(gold.claims)) return [...problems, `${goldPath}: no "claims" list`];
  const seen = new Set();
  gold.claims.forEach((c, i) => {
    const at = `claim ${i + 1} (${c.type}${c.speaker ? `, ${c.speaker}` : ''})`;
    if (!TYPES.has(c.type)) say(`${at}: unknown type`);
    if (c.type !== 'quote') {
      if (seen.has(c.type)) say(`${at}: a second claim of this type`);
      seen.add(c.type);
    } else if (typeof c.speaker !== 'string') say(`${at}: a quote needs a speaker`);
    if (!VERDICTS.has(c.verdict)) say(`${at}: verdict "${c.verdict}"`);
    const ids = Object.keys(c.values ?? {});
    for (const id of reports.keys()) if (!ids.includes(id)) say(`${at}: no value (or null) for ${id}`);
    for (const id of ids) if (!reports.has(id)) say(`${at}: ${id} is not a report of the set`);
    const stated = ids.filter((id) => c.values[id] != null);
    if (!stated.length) say(`${at}: every source is silent; leave the claim out`);
    if (stated.length === 1 && c.verdict === 'agree') say(`${at}: one source cannot agree with itself`);
    for (const id of stated) {
      const want = shapeProblem(c.type, c.values[id]);
      if (want) say(`${at}: ${id}'s value should be ${want}`);
      if (c.type === 'quote' && typeof c.values[id] === 'string' && reports.has(id) && !prints(reports.get(id), flat(c.values[id])))
        say(`${at}: ${id} does not print these words: "${c.values[id]}"`);
    }
  });
  return problems;
}

const WEEKDAY_OF = (date) => new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });

/** A probe file: every passage's expectations shaped as gold values are, and true to the passage. */
export function checkProbes(path) {
  const problems = [];
  let file;
  try {
    file = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return [`${path}: not JSON (${e.message})`];
  }
  const [family, split] = basename(path, '.json').split('.');
  if (file.family !== family) problems.push(`${path}: family "${file.family}" is not the file's "${family}"`);
  if (!['study', 'check'].includes(split)) problems.push(`${path}: split "${split}" is neither study nor check`);
  if (!Array.isArray(file.cases) || !file.cases.length) return [...problems, `${path}: no cases`];
  const ids = new Set();
  for (const c of file.cases) {
    const say = (m) => problems.push(`${path}: ${c.id}: ${m}`);
    if (ids.has(c.id)) say('a second probe with this id');
    ids.add(c.id);
    if (typeof c.text !== 'string' || !c.text.trim()) say('no text');
    if (!c.expect || !Object.keys(c.expect).length) say('expects nothing');
    const text = flat(c.text ?? '');
    for (const [type, v] of Object.entries(c.expect ?? {})) {
      if (!TYPES.has(type)) say(`unknown type ${type}`);
      if (v == null) continue;
      if (type === 'quote') {
        if (!Array.isArray(v)) say('quote expects a list of remarks');
        else for (const r of v) if (typeof r?.text !== 'string' || !prints(text, flat(r.text))) say(`the passage does not print these words: "${r?.text}"`);
        continue;
      }
      const want = shapeProblem(type, v);
      if (want) say(`${type} should be ${want}`);
      if (type === 'meeting.date' && v.date && v.weekday && WEEKDAY_OF(v.date) !== v.weekday) say(`${v.date} is a ${WEEKDAY_OF(v.date)}, not a ${v.weekday}`);
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

function main() {
  const dirs = process.argv.slice(2);
  if (!dirs.length) {
    console.error('usage: node scripts/check-gold.mjs <set-dir | probe-file>...');
    process.exit(2);
  }
  const problems = dirs.flatMap((d) => (d.endsWith('.json') ? checkProbes(d) : checkSet(d)));
  for (const p of problems) console.log(p);
  console.log(problems.length ? `${problems.length} problem(s)` : `${dirs.length} set(s) or probe file(s): well formed`);
  process.exit(problems.length ? 1 : 0);
}
