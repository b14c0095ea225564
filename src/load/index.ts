// Loading: bytes from files or stdin, decoded to text. This is the only place that reads
// input; every problem becomes a LoadError whose message is the one line the user sees.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Report } from '../types.js';

export class LoadError extends Error {}

export interface Loaded {
  report: Report;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Decode a report's bytes: UTF-8 (BOM dropped), or UTF-16 when a byte-order mark says so. */
export function decode(bytes: Uint8Array, name: string): { text: string; warnings: string[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new LoadError(`${name}: binary file (contains NUL bytes), not a text report`);
  try {
    return { text: utf8.decode(body), warnings: [] };
  } catch {
    return { text: utf8Lenient.decode(body), warnings: [`${name}: invalid UTF-8, undecodable bytes replaced with U+FFFD`] };
  }
}

export function sourceId(path: string): string {
  return basename(path, extname(path)) || path;
}

export async function loadFile(path: string, maxBytes: number): Promise<Loaded> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new LoadError(`${path}: ${describe(e)}`);
  }
  if (info.isDirectory()) throw new LoadError(`${path}: is a directory, not a report`);
  if (info.size > maxBytes) throw new LoadError(`${path}: ${info.size} bytes is over the --max-bytes limit of ${maxBytes}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new LoadError(`${path}: ${describe(e)}`);
  }
  const { text, warnings } = decode(bytes, path);
  if (!text.trim()) warnings.push(`${path}: empty report`);
  return { report: { id: sourceId(path), path, text }, warnings };
}

export async function loadStream(stream: AsyncIterable<Uint8Array | string>, name: string, maxBytes: number): Promise<Loaded> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += b.length;
    if (size > maxBytes) throw new LoadError(`${name}: more than the --max-bytes limit of ${maxBytes} bytes`);
    chunks.push(b);
  }
  const { text, warnings } = decode(Buffer.concat(chunks), name);
  if (!text.trim()) warnings.push(`${name}: empty report`);
  return { report: { id: 'stdin', path: name, text }, warnings };
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a report';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return code ? `cannot read (${code})` : 'cannot read';
  }
}
