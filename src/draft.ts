// Draft mode: one source (the draft) is checked against the others (the references). Pure: it
// reads the claim matrix that check() built over draft and references together, so the draft's
// claims are aligned with the references' by the same rules as any other source's.
//
// Only the draft's own findings decide the exit status. References that disagree among
// themselves are reported as notices: a newsroom needs to see that the wires conflict (the
// draft should not pick a side silently), but that is no fault of the draft.
import { kinds } from './extract/index.js';
import type { ClaimKind } from './extract/kind.js';
import { judge } from './judge/index.js';
import type { ClaimType, Evidence, Matrix, MatrixRow, Relation } from './types.js';

export type FailOn = 'diverge' | 'adds-detail' | 'never';
export type Severity = 'error' | 'warning' | 'notice';

/**
 * diverge: the source says what the references contradict; unsupported: no reference states it
 * (or none as specifically); omitted: the references agree on it, the draft leaves it out;
 * contested: the references contradict each other; attribution: the draft states in its own
 * voice what the references only attribute to someone, or attributes it to someone else; adds-detail: matrix mode, a value more
 * specific than the other sources' (a finding only with --fail-on adds-detail).
 */
export type FindingKind = 'diverge' | 'unsupported' | 'omitted' | 'contested' | 'attribution' | 'adds-detail';

export interface Finding {
  severity: Severity;
  kind: FindingKind;
  key: string;
  type: ClaimType;
  label: string;
  /** the source whose text the finding is about (the draft, in draft mode) */
  source: string;
  /** the span the finding points at; absent when the source says nothing of the claim */
  evidence?: Evidence;
  /** the other sources' evidence it rests on */
  references: Evidence[];
  message: string;
}

export interface DraftReport {
  /** the draft's source id */
  draft: string;
  findings: Finding[];
}

/** Does a finding make the exit status 1 at this --fail-on level? */
export function failing(f: Finding, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return f.severity === 'error' || (failOn === 'adds-detail' && f.severity === 'warning');
}

export function findingsStatus(findings: readonly Finding[], failOn: FailOn): 0 | 1 {
  return findings.some((f) => failing(f, failOn)) ? 1 : 0;
}

/** Where a span ends, as editors count: the line of its last character and the column after it. */
export function spanEnd(e: Pick<Evidence, 'text' | 'line' | 'column'>): { endLine: number; endColumn: number } {
  const lines = e.text.split(/\r\n|\r|\n/);
  const last = [...lines[lines.length - 1]!].length;
  return lines.length === 1 ? { endLine: e.line, endColumn: e.column + last } : { endLine: e.line + lines.length - 1, endColumn: last + 1 };
}

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= n ? flat : chars.slice(0, n - 1).join('').trimEnd() + '…';
};

/** How a row is named to a reader: quotes by their speaker, since a story has many. */
export function claimName(row: Pick<MatrixRow, 'type' | 'label' | 'values'>): string {
  if (row.type !== 'quote') return row.label;
  const speaker = (row.values[0]?.value as { speaker?: unknown } | undefined)?.speaker;
  return typeof speaker === 'string' && speaker ? `${row.label} (${speaker})` : row.label;
}

/** The claim inside a sentence: "meeting length", "the wording of a remark by Vladimir Putin". */
function subject(row: MatrixRow): string {
  if (row.type !== 'quote') return row.label.toLowerCase();
  const speaker = (row.values[0]?.value as { speaker?: unknown } | undefined)?.speaker;
  return typeof speaker === 'string' && speaker ? `the wording of a remark by ${speaker}` : 'the wording of a remark';
}

/** A reason as one sentence: judges' reasons may or may not end in a full stop. */
const stop = (s: string) => {
  // a loop, not /[.\s]+$/, which backtracks quadratically on long runs of spaces
  let t = s.trimEnd();
  while (t.endsWith('.')) t = t.slice(0, -1).trimEnd();
  return t + '.';
};

/** "3 h (001-reuters 14:40 “met for three hours”)": a reference's value with where it says so. */
export function cite(e: Evidence): string {
  return `${e.display} (${e.source} ${e.line}:${e.column} “${clip(e.text, 60)}”)`;
}

function distinctValues(kind: ClaimKind, evidence: Evidence[]): Evidence[][] {
  const groups = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const id = kind.identity(e.value);
    const g = groups.get(id);
    if (g) g.push(e);
    else groups.set(id, [e]);
  }
  return [...groups.values()];
}

/**
 * How the draft's value stands to one reference value. Families that judge rows themselves
 * (quotes: the same remark worded differently diverges although no value "conflicts") are asked
 * about the pair, so the draft is held to the same rule as any two sources.
 */
function relation(kind: ClaimKind, d: Evidence, r: Evidence, relate: ClaimKind['relate']): Relation {
  const rel = relate(d.value, r.value);
  if (!kind.judge) return rel;
  const pair = kind.judge([d, r]);
  if (!pair) return rel;
  if (pair.verdict === 'diverge') return 'conflict';
  return rel === 'conflict' ? 'same' : rel;
}

function rowFindings(row: MatrixRow, draft: string): Finding[] {
  const kind = kinds.get(row.type);
  if (!kind) return [];
  const base = { key: row.key, type: row.type, label: claimName(row), source: draft };
  const what = subject(row);
  const own = row.values.filter((v) => v.source === draft);
  const refs = row.values.filter((v) => v.source !== draft);
  const refSources = [...new Set(refs.map((r) => r.source))];
  const refJudgement = refs.length ? judge(kind, refs) : undefined;
  const contested = refJudgement?.verdict === 'diverge';
  const out: Finding[] = [];

  if (own.length === 0) {
    if (contested) {
      out.push({ ...base, severity: 'notice', kind: 'contested', references: refs, message: `The references disagree on ${what} and the draft does not say: ${stop(refJudgement.reason)}` });
    } else if (refSources.length >= 2) {
      const values = distinctValues(kind, refs).map((g) => `${g[0]!.display} (${[...new Set(g.map((e) => e.source))].join(', ')})`);
      out.push({
        ...base,
        severity: 'notice',
        kind: 'omitted',
        references: refs,
        message: `The draft leaves out ${what}, which ${refSources.length} references state: ${values.join('; ')}.`,
      });
    }
    return out;
  }

  const refValues = distinctValues(kind, refs);
  const relate = kind.relateAmong?.(row.values.map((v) => v.value)) ?? kind.relate;
  let sided: { draft: Evidence; with: string[]; against: string[] } | undefined;
  for (const d of own) {
    if (refs.length === 0) {
      out.push({ ...base, severity: 'warning', kind: 'unsupported', evidence: d, references: [], message: `No reference states ${what}; the draft says ${d.display}.` });
      continue;
    }
    const conflicting: Evidence[] = [];
    const supporting: Evidence[] = [];
    const lessSpecific: Evidence[] = [];
    for (const group of refValues) {
      const rel = relation(kind, d, group[0]!, relate);
      if (rel === 'conflict') for (const g of group) conflicting.push(g);
      else if (rel === 'narrower') for (const g of group) lessSpecific.push(g);
      else for (const g of group) supporting.push(g);
    }
    // a reference that also states what the draft says is not against it: its other reading is
    // the one the matrix sets aside (an official's figure beside its own), or its own quarrel
    const fitting = new Set([...supporting, ...lessSpecific].map((e) => e.source));
    const against = conflicting.filter((e) => !fitting.has(e.source));
    if (against.length && (!contested || supporting.length + lessSpecific.length === 0)) {
      out.push({
        ...base,
        severity: 'error',
        kind: 'diverge',
        evidence: d,
        references: against,
        message: `The draft says ${d.display}; ${against.length === refs.length ? 'the references say' : 'but'} ${against.map(cite).join('; ')}${kind.conflict ? ` — ${kind.conflict}` : ''}.`,
      });
    } else if (against.length) {
      sided ??= {
        draft: d,
        with: [...new Set([...supporting, ...lessSpecific].map((e) => e.source))],
        against: [...new Set(against.map((e) => e.source))],
      };
    } else if (supporting.length === 0) {
      out.push({
        ...base,
        severity: 'warning',
        kind: 'unsupported',
        evidence: d,
        references: lessSpecific,
        message: `The draft says ${d.display}, more than the references support: ${lessSpecific.map(cite).join('; ')}.`,
      });
    } else {
      const note = attributionNote(d, supporting);
      if (note) out.push({ ...base, severity: 'notice', kind: 'attribution', evidence: d, references: supporting, message: note });
    }
  }
  if (contested) {
    const at = sided?.draft ?? own[0]!;
    const side = sided ? `the draft sides with ${sided.with.join(', ')} against ${sided.against.join(', ')}` : `the draft says ${at.display}`;
    out.push({ ...base, severity: 'notice', kind: 'contested', evidence: at, references: refs, message: `The references disagree on ${what} (${refJudgement.reason}); ${side}.` });
  }
  return out;
}

/** "Vladimir Putin", "Putin", "President Putin": the same speaker for this purpose. */
const surname = (who: string) => who.trim().split(/\s+/).pop()!.toLowerCase();

/**
 * The value is right but its voice is not: the draft asserts what the references only report
 * someone as saying, or puts it in another mouth. A reference that asserts it itself, or one
 * that cites the same speaker, settles it.
 */
function attributionNote(d: Evidence, supporting: Evidence[]): string | undefined {
  if (supporting.some((r) => r.attribution === 'report')) return undefined;
  const whose = [...new Set(supporting.map((r) => r.attribution))];
  const cites = `${whose.join(' or ')}: ${supporting.map(cite).join('; ')}`;
  if (d.attribution === 'report') return `The draft states ${d.display} in its own voice; the references attribute it to ${cites}.`;
  if (whose.some((w) => surname(w) === surname(d.attribution))) return undefined;
  // "Russian officials" and "Russian aides" are too loose to tell apart: only people are compared
  const person = (who: string) => /^\p{Lu}/u.test(who.trim().split(/\s+/).pop()!);
  if (!person(d.attribution) || !whose.every(person)) return undefined;
  const bare = kinds.get(d.type)?.display(d.value) ?? d.display;
  return `The draft attributes ${bare} to ${d.attribution}; the references attribute it to ${cites}.`;
}

/** Order for reading top to bottom: what points into the draft by position, the rest after, in row order. */
function byPosition(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const sa = a.f.evidence?.span.start ?? Infinity;
      const sb = b.f.evidence?.span.start ?? Infinity;
      return sa === sb ? a.i - b.i : sa - sb;
    })
    .map((x) => x.f);
}

/** The draft's findings, from a matrix built over the draft and its references together. */
export function compareDraft(matrix: Matrix, draft: string): DraftReport {
  if (!matrix.sources.some((s) => s.id === draft)) throw new Error(`draft ${draft} is not a source of the matrix`);
  return { draft, findings: byPosition(matrix.rows.flatMap((row) => rowFindings(row, draft))) };
}

/**
 * Matrix mode has no subject: every value of a row that fails at the --fail-on level is a
 * finding on its own source, so annotations land on each side of a divergence.
 */
export function matrixFindings(matrix: Matrix, failOn: FailOn): Finding[] {
  const out: Finding[] = [];
  for (const row of matrix.rows) {
    const kind: FindingKind | undefined = row.verdict === 'diverge' ? 'diverge' : row.verdict === 'adds-detail' && failOn === 'adds-detail' ? 'adds-detail' : undefined;
    if (!kind) continue;
    // the other side of each value: one example per distinct value (a few at most), so a row of
    // thousands of restatements costs thousands of findings, not millions of references
    const examples: Evidence[] = [];
    const seen = new Set<string>();
    for (const v of row.values) {
      if (examples.length >= 8) break;
      if (!seen.has(v.display)) {
        seen.add(v.display);
        examples.push(v);
      }
    }
    for (const e of row.values) {
      out.push({
        severity: kind === 'diverge' ? 'error' : 'warning',
        kind,
        key: row.key,
        type: row.type,
        label: claimName(row),
        source: e.source,
        evidence: e,
        references: examples.filter((v) => v.source !== e.source && v.display !== e.display),
        message: `${e.source} says ${e.display} (“${clip(e.text, 60)}”). ${stop(row.reason)}`,
      });
    }
  }
  return out;
}

/** The findings part of the JSON document (draft mode). */
export function findingsDocument(report: DraftReport) {
  return {
    draft: report.draft,
    findings: report.findings.map((f) => ({
      severity: f.severity,
      kind: f.kind,
      key: f.key,
      type: f.type,
      label: f.label,
      message: f.message,
      span: f.evidence
        ? { text: f.evidence.text, line: f.evidence.line, column: f.evidence.column, ...spanEnd(f.evidence), value: f.evidence.value, display: f.evidence.display }
        : null,
      references: f.references.map((r) => ({
        source: r.source,
        text: r.text,
        value: r.value,
        display: r.display,
        attribution: r.attribution,
        line: r.line,
        column: r.column,
      })),
    })),
  };
}
