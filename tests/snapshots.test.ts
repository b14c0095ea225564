// Snapshot cases: one folder each under tests/snapshots/, holding case.json (the arguments, and
// optionally a file to feed on stdin), the draft and any reports of its own, and what the CLI
// must print: expected.stdout, expected.stderr (absent: nothing on stderr) and expected.status.
//
// In case.json, "$CASE/" stands for the case's folder, "$SNAPSHOTS/" for tests/snapshots and
// "$SEEDS/" for the seed reports in ../shared/seeds (real articles, never copied into the repo).
// Paths reach the CLI relative to the repository root, so the output names them the same way on
// every machine.
//
// Other claim families change what the tool finds, and so these outputs: after a deliberate
// change, regenerate with UPDATE_SNAPSHOTS=1 npx vitest run tests/snapshots.test.ts and review
// the diff. Without it the comparison is byte for byte.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { main } from '../src/cli.js';
import { root } from './e2e/run.js';
import { documentProblems, githubProblems, markdownProblems, sarifProblems } from './snapshots/validate.js';

const snapshots = join(root, 'tests', 'snapshots');
const seeds = join(root, '..', 'shared', 'seeds');
const update = !!process.env.UPDATE_SNAPSHOTS;

interface Case {
  description: string;
  args: string[];
  /** a file of the case fed on stdin */
  stdin?: string;
}

function resolveArg(arg: string, dir: string): string {
  const m = arg.match(/^\$(CASE|SNAPSHOTS|SEEDS)\/([\s\S]*)$/);
  if (!m) return arg;
  const base = m[1] === 'CASE' ? dir : m[1] === 'SNAPSHOTS' ? snapshots : seeds;
  return relative(process.cwd(), join(base, m[2]!)).split('\\').join('/');
}

async function runCase(dir: string, c: Case) {
  let stdout = '';
  let stderr = '';
  const input = c.stdin ? readFileSync(join(dir, c.stdin)) : Buffer.alloc(0);
  const status = await main(
    c.args.map((a) => resolveArg(a, dir)),
    {
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: (async function* () {
        if (input.length) yield input;
      })(),
      env: {},
    },
  );
  return { status, stdout, stderr };
}

const cases = readdirSync(snapshots, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(snapshots, d.name, 'case.json')))
  .map((d) => d.name)
  .sort();

describe('snapshot cases', () => {
  it('has cases, and runs from the repository root so that paths in the output are stable', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(process.cwd()).toBe(root);
  });

  it.for(cases)('%s', async (name, ctx) => {
    const dir = join(snapshots, name);
    const c = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
    expect(c.description, 'case.json needs a description').toBeTruthy();
    if (c.args.some((a) => a.startsWith('$SEEDS/')) && !existsSync(seeds)) {
      // the seed reports are real articles, kept beside the repository (as on CI and the
      // developers' machines) and never copied into it: a clone elsewhere cannot run these cases
      ctx.skip(`seed reports not found at ${seeds}`);
    }
    const got = await runCase(dir, c);
    const files = { stdout: join(dir, 'expected.stdout'), stderr: join(dir, 'expected.stderr'), status: join(dir, 'expected.status') };
    if (update) {
      writeFileSync(files.stdout, got.stdout);
      if (got.stderr) writeFileSync(files.stderr, got.stderr);
      else rmSync(files.stderr, { force: true });
      writeFileSync(files.status, `${got.status}\n`);
    }
    expect(existsSync(files.status), `no expectations for ${name}: run UPDATE_SNAPSHOTS=1 npx vitest run tests/snapshots.test.ts`).toBe(true);
    expect(got.status).toBe(Number(readFileSync(files.status, 'utf8').trim()));
    expect(got.stdout).toBe(readFileSync(files.stdout, 'utf8'));
    expect(got.stderr).toBe(existsSync(files.stderr) ? readFileSync(files.stderr, 'utf8') : '');
    if (got.status === 2) return;
    const at = c.args.indexOf('--format');
    const format = c.args.includes('--json') ? 'json' : at >= 0 ? c.args[at + 1] : 'text';
    const problems =
      format === 'json' ? documentProblems(JSON.parse(got.stdout))
      : format === 'sarif' ? sarifProblems(JSON.parse(got.stdout))
      : format === 'github' ? githubProblems(got.stdout)
      : format === 'markdown' ? markdownProblems(got.stdout)
      : [];
    expect(problems).toEqual([]);
  });
});
