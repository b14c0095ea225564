// Output formats: each is one small module that turns a matrix into text.
import type { ChalkInstance } from 'chalk';
import type { Matrix } from '../types.js';
import { failing, findingsDocument, matrixFindings, type DraftReport, type FailOn, type Finding } from '../draft.js';
import { renderGithub } from './github.js';
import { renderJson, toDocument } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText, wrap } from './text.js';

export interface RenderOptions {
  chalk: ChalkInstance;
  width: number;
  /** default "diverge" */
  failOn?: FailOn;
  /** show only the findings that fail at the --fail-on level */
  quiet?: boolean;
  /** draft mode: the draft's comparison with the references */
  draft?: DraftReport;
}

/** The findings a format shows: the draft's, or in matrix mode each value of a failing row. */
export function findingsFor(m: Matrix, o: Pick<RenderOptions, 'failOn' | 'quiet' | 'draft'>): Finding[] {
  const failOn = o.failOn ?? 'diverge';
  const all = o.draft ? o.draft.findings : matrixFindings(m, failOn);
  return o.quiet ? all.filter((f) => failing(f, failOn)) : all;
}

const SEVERITY_WIDTH = 8;

/** Draft mode in a terminal: the findings, each with the draft's span, above the matrix. */
function findingsText(m: Matrix, o: RenderOptions, findings: Finding[]): string {
  const c = o.chalk;
  const path = m.sources.find((s) => s.id === o.draft!.draft)?.path ?? o.draft!.draft;
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const paint = (f: Finding, s: string) => (f.severity === 'error' ? c.red.bold(s) : f.severity === 'warning' ? c.yellow(s) : c.cyan(s));
  const lines = [c.bold(`draft ${path}: ${n('error')} error(s), ${n('warning')} warning(s), ${n('notice')} notice(s)`)];
  for (const f of findings) {
    const at = f.evidence ? `${f.evidence.line}:${f.evidence.column}` : '-';
    lines.push(`  ${paint(f, f.severity.padEnd(SEVERITY_WIDTH))}${at.padEnd(8)}${c.bold(f.label)}`);
    if (f.evidence) lines.push(`      ${c.dim('«')}${f.evidence.text.replace(/\s+/g, ' ')}${c.dim('»')}`);
    for (const l of wrap(f.message, Math.max(20, o.width - 6))) lines.push(`      ${l}`);
  }
  if (!findings.length) lines.push('  nothing to report: the draft agrees with the references on every claim found');
  return lines.join('\n') + '\n\n';
}

export const formats = {
  text: (m: Matrix, o: RenderOptions) => (o.draft ? findingsText(m, o, findingsFor(m, o)) : '') + renderText(m, o),
  json: (m: Matrix, o: RenderOptions) =>
    o.draft ? JSON.stringify({ ...toDocument(m), ...findingsDocument({ ...o.draft, findings: findingsFor(m, o) }) }, null, 2) + '\n' : renderJson(m),
  markdown: (m: Matrix, o: RenderOptions) =>
    renderMarkdown(m, { failOn: o.failOn ?? 'diverge', draft: o.draft ? { report: o.draft, findings: findingsFor(m, o) } : undefined }),
  github: (m: Matrix, o: RenderOptions) => renderGithub(m, { findings: findingsFor(m, o), draft: o.draft?.draft }),
  sarif: (m: Matrix, o: RenderOptions) => renderSarif(m, { findings: findingsFor(m, o), draft: o.draft?.draft }),
} satisfies Record<string, (m: Matrix, o: RenderOptions) => string>;

export type FormatName = keyof typeof formats;
