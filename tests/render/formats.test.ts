// Every format is well-formed on real input: the seed reports and the evaluation sets, compared
// as a matrix and with each set's first report taken as the draft. The held-out sets are not
// named here and never read.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { main } from '../../src/cli.js';
import { root, seeds } from '../e2e/run.js';
import { documentProblems, githubProblems, markdownProblems, sarifProblems } from '../snapshots/validate.js';

const SETS = ['alaska-2025', 'singapore-2018', 'reykjavik-1986', 'bali-2022'];

const inputs: [string, string[]][] = [];
if (existsSync(seeds)) inputs.push(['seeds', readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f))]);
for (const set of SETS) {
  const dir = join(root, 'samples', set);
  if (!existsSync(join(dir, 'gold.json'))) continue;
  inputs.push([set, readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join(dir, f))]);
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: (async function* () {})(),
    env: {},
  });
  return { status, stdout, stderr };
}

const check: Record<string, (out: string) => string[]> = {
  json: (out) => documentProblems(JSON.parse(out)),
  sarif: (out) => sarifProblems(JSON.parse(out)),
  github: githubProblems,
  markdown: markdownProblems,
  text: (out) => (out.endsWith('\n') && !out.includes('\u001b') ? [] : ['text output is not plain, or does not end a line']),
};

describe('every format on real reports', () => {
  it('has the seeds and at least one evaluation set to run on', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(2);
  });

  const cases = inputs.flatMap(([name, files]) =>
    Object.keys(check).flatMap((format) => [
      [`${name} ${format}`, format, files] as const,
      [`${name} ${format} --draft`, format, ['--draft', ...files]] as const,
    ]),
  );

  it.each(cases)('%s', async (_name, format, files) => {
    const paths = files.map((f) => (f.startsWith('--') ? f : relative(process.cwd(), f)));
    const r = await run(['--format', format, '--fail-on', 'adds-detail', ...paths]);
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('summit-check: warning: '))).toEqual([]);
    expect([0, 1]).toContain(r.status);
    expect(check[format]!(r.stdout)).toEqual([]);
    if (format === 'json' && paths[0] === '--draft') expect(Array.isArray(JSON.parse(r.stdout).findings)).toBe(true);
  });
});
