// Markdown for a pull-request comment: GitHub-flavoured tables that still read as plain text.
// Report text is untrusted and lands in someone's pull request, so cells are escaped: no table
// breakage ("|"), no HTML, no links or emphasis made up by a report, no @-mentions that would
// notify strangers.
import type { Evidence, Matrix, Verdict } from '../types.js';
import { cite, claimName, failing, type DraftReport, type FailOn, type Finding, type Severity } from '../draft.js';

const VERDICT: Record<Verdict, string> = { agree: '✅ agree', 'adds-detail': '➕ adds detail', diverge: '❌ diverge' };
const SEVERITY: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };

/** Text for one table cell (or a line of prose): one line, Markdown and HTML inert. */
export function cell(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*[\]~|]/g, (c) => `\\${c}`)
    // intra-word underscores (source ids such as "000_ap") are no emphasis in GFM: left as they are
    .replace(/(?<!\w)_|_(?!\w)/g, '\\_')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@\u200b');
}

function clip(s: string, n: number): string {
  const chars = [...s.replace(/\s+/g, ' ').trim()];
  return chars.length <= n ? chars.join('') : chars.slice(0, n - 1).join('').trimEnd() + '…';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const where = (e: Evidence) => `${e.source} ${e.line}:${e.column} “${clip(e.text, 60)}”`;

function matrixTable(m: Matrix): string[] {
  const ids = m.sources.map((s) => s.id);
  const out = [
    `| verdict | claim | ${ids.map(cell).join(' | ')} | evidence |`,
    `| --- | --- | ${ids.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const row of m.rows) {
    const values = ids.map((id) => {
      const mine = [...new Set(row.values.filter((v) => v.source === id).map((v) => clip(v.display, 120)))];
      return mine.length ? cell(mine.join(' / ')) : '—';
    });
    out.push(`| ${VERDICT[row.verdict]} | ${cell(claimName(row))} | ${values.join(' | ')} | ${cell(row.values.map(where).join('; '))} |`);
  }
  return out;
}

function summaryLine(m: Matrix): string {
  const n = { agree: 0, 'adds-detail': 0, diverge: 0 };
  for (const r of m.rows) n[r.verdict]++;
  return `${plural(m.rows.length, 'claim')}: ${n.agree} agree, ${n['adds-detail']} add detail, ${n.diverge} diverge`;
}

function reasons(m: Matrix): string[] {
  const diverging = m.rows.filter((r) => r.verdict === 'diverge');
  if (!diverging.length) return [];
  return ['', '**Divergences**', '', ...diverging.map((r) => `- ${cell(claimName(r))}: ${cell(r.reason)}`)];
}

function warnings(m: Matrix): string[] {
  return m.warnings.length ? ['', ...m.warnings.map((w) => `> warning: ${cell(w)}`)] : [];
}

function renderMatrix(m: Matrix): string {
  const lines = [`### summit-check: ${summaryLine(m)}`, ''];
  if (m.rows.length === 0) lines.push('No claims found in these reports.');
  else lines.push(...matrixTable(m), ...reasons(m));
  lines.push(...warnings(m));
  return lines.join('\n') + '\n';
}

function findingRow(f: Finding): string {
  const at = f.evidence ? `${f.evidence.line}:${f.evidence.column} “${clip(f.evidence.text, 60)}”` : '—';
  const says = f.evidence ? clip(f.evidence.display, 120) : f.kind === 'omitted' || f.kind === 'contested' ? '(nothing)' : '—';
  const refs = f.references.length ? f.references.map(cite).join('; ') : 'no reference states it';
  return `| ${SEVERITY[f.severity]} | ${cell(f.label)} | ${cell(at)} | ${cell(says)} | ${cell(refs)} |`;
}

function renderDraft(m: Matrix, report: DraftReport, findings: readonly Finding[], failOn: FailOn): string {
  const path = m.sources.find((s) => s.id === report.draft)?.path ?? report.draft;
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const fails = findings.some((f) => failing(f, failOn));
  const lines = [
    `### summit-check: draft ${cell(path)}: ${fails ? '❌ fails' : '✅ passes'}`,
    '',
    `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('notice'), 'notice')} (failing at --fail-on ${failOn}); ${m.sources.length - 1} reference${m.sources.length === 2 ? '' : 's'}: ${cell(m.sources.filter((s) => s.id !== report.draft).map((s) => s.id).join(', '))}`,
    '',
  ];
  if (findings.length) {
    lines.push('| severity | claim | draft line:column | the draft says | the references say |', '| --- | --- | --- | --- | --- |');
    for (const f of findings) lines.push(findingRow(f));
  } else {
    lines.push('Nothing to report: the draft agrees with the references on every claim found.');
  }
  lines.push('', '<details>', `<summary>Claim matrix: ${summaryLine(m)}</summary>`, '');
  if (m.rows.length === 0) lines.push('No claims found.');
  else lines.push(...matrixTable(m), ...reasons(m));
  lines.push('', '</details>', ...warnings(m));
  return lines.join('\n') + '\n';
}

export interface MarkdownInput {
  failOn: FailOn;
  /** draft mode: the comparison, and its findings as shown (--quiet may have dropped some) */
  draft?: { report: DraftReport; findings: readonly Finding[] };
}

export function renderMarkdown(m: Matrix, input: MarkdownInput): string {
  return input.draft ? renderDraft(m, input.draft.report, input.draft.findings, input.failOn) : renderMatrix(m);
}
