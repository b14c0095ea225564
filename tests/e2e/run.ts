// Runs the built binary as a user would: a child process, its stdout, stderr and exit status.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = join(root, 'bin', 'summit-check.js');
export const seeds = join(root, '..', 'shared', 'seeds');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Run {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  delete env.FORCE_COLOR;
  if (!opts.env?.NO_COLOR) delete env.NO_COLOR;
  if (opts.env?.FORCE_COLOR) env.FORCE_COLOR = opts.env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, env, encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
