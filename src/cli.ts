// The command line: parse options, load, call the pure core, render, and return the exit
// status (0 nothing at the --fail-on level, 1 a finding, 2 trouble). It never calls
// process.exit, so tests can run it in-process.
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import { check } from './check.js';
import { duplicateWarnings, loadFile, loadStream, LoadError, type Loaded } from './load/index.js';
import { formats, type FormatName } from './render/index.js';
import { compareDraft, findingsStatus, type DraftReport } from './draft.js';
import type { Matrix, Verdict } from './types.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
}

type FailOn = 'diverge' | 'adds-detail' | 'never';
const VERDICTS: readonly Verdict[] = ['agree', 'adds-detail', 'diverge'];
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

class UsageError extends Error {}

function program(): Command {
  return new Command()
    .name('summit-check')
    .description('Cross-check news reports of one summit: a claim matrix of where they agree, add detail or diverge.')
    .argument('[reports...]', 'two or more report files (plain text or Markdown); "-" reads one from stdin')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(formats)).default('text'))
    .option('--json', 'same as --format json')
    .option('--draft <file>', 'check a draft against the reports: where it diverges, what no report supports, what it leaves out')
    .option('--quiet', 'show only the findings that fail at the --fail-on level (the exit status stays the same)')
    .option('--fail-on <level>', 'which finding makes the exit status 1: diverge, adds-detail or never', 'diverge')
    .option('--only <verdicts>', 'show only rows with these verdicts (comma-separated)')
    .option('--label <file=name>', 'name a source (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--no-color', 'plain output (also NO_COLOR)')
    .option('--max-bytes <n>', 'refuse reports larger than this many bytes', String(DEFAULT_MAX_BYTES))
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .helpOption('-h, --help', 'show this help')
    .version('0.1.0', '-V, --version');
}

function colorLevel(io: Io, noColor: boolean): 0 | 1 | 2 | 3 {
  const force = io.env.FORCE_COLOR;
  if (noColor) return 0;
  if (force !== undefined && force !== '0' && force !== 'false') return force === '2' ? 2 : force === '3' ? 3 : 1;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (force === '0' || force === 'false') return 0;
  return io.stdout.isTTY ? 1 : 0;
}

function parseLabels(labels: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const l of labels) {
    const eq = l.lastIndexOf('=');
    if (eq <= 0 || eq === l.length - 1) throw new UsageError(`--label ${l}: expected <file>=<name>`);
    map.set(l.slice(0, eq), l.slice(eq + 1));
  }
  return map;
}

/** Ids must be unique: a second "report.txt" from another folder becomes "report-2". */
function uniqueIds(loaded: Loaded[]): void {
  const seen = new Map<string, number>();
  for (const { report } of loaded) {
    const n = (seen.get(report.id) ?? 0) + 1;
    seen.set(report.id, n);
    if (n > 1) report.id = `${report.id}-${n}`;
  }
}

export function exitStatus(m: Matrix, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const hit = m.rows.some((r) => r.verdict === 'diverge' || (failOn === 'adds-detail' && r.verdict === 'adds-detail'));
  return hit ? 1 : 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const cmd = program();
  try {
    try {
      cmd.parse(argv, { from: 'user' });
    } catch (e) {
      if (e instanceof CommanderError) {
        if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help') {
          io.stdout.write(cmd.helpInformation());
          return 0;
        }
        if (e.code === 'commander.version') {
          io.stdout.write('0.1.0\n');
          return 0;
        }
        throw new UsageError(e.message.replace(/^error:\s*/, ''));
      }
      throw e;
    }
    const opts = cmd.opts<{ format: FormatName; json?: boolean; draft?: string; quiet?: boolean; failOn: string; only?: string; label: string[]; color: boolean; maxBytes: string }>();
    const format: FormatName = opts.json ? 'json' : opts.format;
    if (!['diverge', 'adds-detail', 'never'].includes(opts.failOn)) throw new UsageError(`--fail-on ${opts.failOn}: expected diverge, adds-detail or never`);
    const only = opts.only?.split(',').map((s) => s.trim()) as Verdict[] | undefined;
    for (const v of only ?? []) if (!VERDICTS.includes(v)) throw new UsageError(`--only ${v}: expected agree, adds-detail or diverge`);
    const maxBytes = Number(opts.maxBytes);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes ${opts.maxBytes}: expected a positive whole number`);
    const labels = parseLabels(opts.label);
    const refs: string[] = cmd.args;
    // the draft is the first source: it keeps its own id when a reference has the same file name
    const files = opts.draft !== undefined ? [opts.draft, ...refs] : refs;
    if (opts.draft !== undefined && refs.length < 1) throw new UsageError('--draft needs one or more reference reports to check the draft against');
    if (files.length < 2) throw new UsageError(`need two or more reports to compare, got ${files.length}`);
    if (files.filter((f) => f === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');

    const loaded: Loaded[] = [];
    for (const f of files) {
      const l = f === '-' ? await loadStream(io.stdin, '<stdin>', maxBytes) : await loadFile(f, maxBytes);
      const label = labels.get(f);
      if (label) l.report.id = label;
      loaded.push(l);
    }
    uniqueIds(loaded);
    const matrix = check(loaded.map((l) => l.report));
    matrix.warnings.unshift(...loaded.flatMap((l) => l.warnings), ...duplicateWarnings(loaded));
    const failOn = opts.failOn as FailOn;
    // draft mode: only the draft's own findings decide, not what the references dispute among themselves
    const draft: DraftReport | undefined = opts.draft !== undefined ? compareDraft(matrix, loaded[0]!.report.id) : undefined;
    const status = draft ? findingsStatus(draft.findings, failOn) : exitStatus(matrix, failOn);
    let shown: Matrix = only ? { ...matrix, rows: matrix.rows.filter((r) => only.includes(r.verdict)) } : matrix;
    if (opts.quiet && !draft) shown = { ...shown, rows: shown.rows.filter((r) => exitStatus({ ...shown, rows: [r] }, failOn) === 1) };

    const chalk = new Chalk({ level: colorLevel(io, !opts.color) });
    const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
    const out = formats[format](shown, { chalk, width, failOn, quiet: opts.quiet, draft });
    if (format !== 'json') for (const w of matrix.warnings) io.stderr.write(`summit-check: warning: ${w}\n`);
    io.stdout.write(out);
    return status;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`summit-check: ${e.message} (see --help)\n`);
      return 2;
    }
    if (e instanceof LoadError) {
      io.stderr.write(`summit-check: ${e.message}\n`);
      return 2;
    }
    // a bug of ours: still one line, no stack trace
    io.stderr.write(`summit-check: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
