// GitHub Actions workflow commands: one annotation per finding, so the runner marks the very
// line of the draft (or of each side of a divergence) in the pull request. Report text is
// untrusted: everything that goes into a command is escaped as the runner unescapes it, so a
// report can neither break a command apart nor start one of its own.
import type { Matrix } from '../types.js';
import { spanEnd, type Finding, type Severity } from '../draft.js';

/** The message part of a command: the runner turns %25, %0D and %0A back into %, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file=, title=): additionally ":" and "," that would end the property. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };
const TITLE: Record<Finding['kind'], string> = {
  diverge: 'diverges from the references',
  unsupported: 'not supported by the references',
  omitted: 'left out',
  contested: 'the references disagree',
  attribution: 'attributed otherwise by the references',
  'adds-detail': 'adds detail',
};

/** Annotations need a file in the repository; stdin has none, so its findings name no file. */
function fileOf(path: string | undefined): string | undefined {
  if (!path || path === '<stdin>') return undefined;
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

export function annotation(f: Finding, path: string | undefined, matrixMode: boolean): string {
  const props: string[] = [];
  const file = fileOf(path);
  if (file) props.push(`file=${escapeProperty(file)}`);
  if (file && f.evidence) {
    props.push(`line=${f.evidence.line}`, `col=${f.evidence.column}`);
    const { endLine } = spanEnd(f.evidence);
    if (endLine !== f.evidence.line) props.push(`endLine=${endLine}`);
  }
  const title = matrixMode && f.kind === 'diverge' ? `${f.label}: the sources diverge` : `${f.label}: ${TITLE[f.kind]}`;
  props.push(`title=${escapeProperty(`summit-check: ${title}`)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

export interface GithubInput {
  findings: readonly Finding[];
  /** draft mode: the draft's source id */
  draft?: string;
}

export function renderGithub(m: Matrix, input: GithubInput): string {
  const paths = new Map(m.sources.map((s) => [s.id, s.path]));
  const bySource = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const list = bySource.get(f.source);
    if (list) list.push(f);
    else bySource.set(f.source, [f]);
  }
  const lines: string[] = [];
  // one group per file, in the order the sources were given
  for (const s of m.sources) {
    const list = bySource.get(s.id);
    if (!list) continue;
    lines.push(`::group::${escapeData(`summit-check: ${s.path} (${list.length} finding${list.length === 1 ? '' : 's'})`)}`);
    for (const f of list) lines.push(annotation(f, paths.get(f.source), input.draft === undefined));
    lines.push('::endgroup::');
  }
  const count = (sev: Severity) => input.findings.filter((f) => f.severity === sev).length;
  const tally = `${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`;
  const verdicts = { agree: 0, 'adds-detail': 0, diverge: 0 };
  for (const r of m.rows) verdicts[r.verdict]++;
  lines.push(
    input.draft !== undefined
      ? `summit-check: draft ${escapeData(paths.get(input.draft) ?? input.draft)}: ${tally}`
      : `summit-check: ${m.rows.length} claim${m.rows.length === 1 ? '' : 's'}: ${verdicts.agree} agree, ${verdicts['adds-detail']} add detail, ${verdicts.diverge} diverge; ${tally}`,
  );
  return lines.join('\n') + '\n';
}
