// Well-formedness of every output format, for the tests: the JSON document against the published
// schema, SARIF against the SARIF 2.1.0 schema (a copy of the one Microsoft's sarif-js-sdk ships,
// MIT licence), GitHub workflow commands and Markdown tables against their grammar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { root } from '../e2e/run.js';

export const documentSchema = JSON.parse(readFileSync(join(root, 'schema', 'summit-check.schema.json'), 'utf8'));
const sarifSchema = JSON.parse(readFileSync(join(root, 'tests', 'render', 'sarif-2.1.0-rtm.5.schema.json'), 'utf8'));

// ajv ships CommonJS; under ESM the class may sit on .default
const Ajv = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
const Ajv04 = ((AjvDraft04 as unknown as { default?: typeof AjvDraft04 }).default ?? AjvDraft04) as typeof AjvDraft04;
const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
export const validDocument = ajv.compile(documentSchema);
const ajv04 = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
formats(ajv04);
export const validSarif = ajv04.compile(sarifSchema);

function explain(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}

/** Problems with a JSON document, or [] when it is valid and its claim keys are unique. */
export function documentProblems(doc: unknown): string[] {
  const problems: string[] = [];
  if (!validDocument(doc)) problems.push(explain(validDocument.errors));
  const keys = ((doc as { claims?: { key: string }[] }).claims ?? []).map((c) => c.key);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) problems.push(`claim key ${dup} is not unique`);
  return problems;
}

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    artifacts?: { location: { uri: string } }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations?: { physicalLocation: { artifactLocation: { uri: string; index: number }; region: { startLine: number; startColumn: number } } }[];
    }[];
  }[];
}

/** Problems with a SARIF log: the schema, and what code scanning needs beyond it. */
export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  if (!validSarif(log)) problems.push(explain(validSarif.errors));
  for (const run of (log as SarifLog).runs ?? []) {
    const rules = run.tool.driver.rules;
    for (const r of run.results) {
      if (rules[r.ruleIndex]?.id !== r.ruleId) problems.push(`result ${r.ruleId}: ruleIndex ${r.ruleIndex} names another rule`);
      if (!r.message.text) problems.push(`result ${r.ruleId}: empty message`);
      for (const l of r.locations ?? []) {
        const p = l.physicalLocation;
        if (run.artifacts?.[p.artifactLocation.index]?.location.uri !== p.artifactLocation.uri) problems.push(`result ${r.ruleId}: artifact index does not match its uri`);
        if (!(p.region.startLine >= 1 && p.region.startColumn >= 1)) problems.push(`result ${r.ruleId}: no start line and column`);
      }
    }
  }
  return problems;
}

// a command, its properties (no raw ":" or "," inside a value) and its message (no raw CR or LF)
const COMMAND = /^::(error|warning|notice)(?: ((?:file|line|col|endLine|endColumn|title)=[^:,\r\n]*(?:,(?:file|line|col|endLine|endColumn|title)=[^:,\r\n]*)*))?::[^\r\n]*$/;

/** Problems with GitHub workflow-command output: each line a well-formed command, groups balanced. */
export function githubProblems(out: string): string[] {
  const problems: string[] = [];
  let open = false;
  const lines = out.split('\n');
  if (lines.pop() !== '') problems.push('output does not end with a line break');
  for (const line of lines) {
    if (line.startsWith('::group::')) {
      if (open) problems.push('nested ::group::');
      open = true;
    } else if (line === '::endgroup::') {
      if (!open) problems.push('::endgroup:: without ::group::');
      open = false;
    } else if (line.startsWith('::')) {
      const m = line.match(COMMAND);
      if (!m) problems.push(`malformed command: ${line}`);
      else {
        if (!open) problems.push(`annotation outside a group: ${line}`);
        const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((p) => p.split('=') as [string, string]));
        for (const k of ['line', 'col', 'endLine']) if (k in props && !/^[1-9]\d*$/.test(props[k]!)) problems.push(`${k} is not a positive number: ${line}`);
        if (('line' in props || 'col' in props) && !('file' in props)) problems.push(`a line without a file: ${line}`);
      }
    } else if (!line.startsWith('summit-check: ')) problems.push(`stray line: ${line}`);
  }
  if (open) problems.push('::group:: not closed');
  return problems;
}

/** The cells of a Markdown table row, splitting on pipes that are not escaped. */
export function tableCells(row: string): string[] {
  return row.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Problems with Markdown tables: every row of a table has as many cells as its header. */
export function markdownProblems(out: string): string[] {
  const problems: string[] = [];
  let width = -1;
  for (const line of out.split('\n')) {
    if (!line.startsWith('|')) {
      width = -1;
      continue;
    }
    const n = tableCells(line).length;
    if (width < 0) width = n;
    else if (n !== width) problems.push(`row with ${n} cells in a table of ${width}: ${line}`);
  }
  if (/<(?!\/?(?:details|summary)>)[A-Za-z!/]/.test(out)) problems.push('raw HTML other than <details>/<summary>');
  return problems;
}
