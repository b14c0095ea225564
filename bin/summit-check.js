#!/usr/bin/env node
// Thin shim: the CLI returns an exit status instead of calling process.exit, so it can be tested in-process.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
