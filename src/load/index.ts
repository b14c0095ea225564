// Loading: bytes from files or stdin, decoded to text. This is the only place that reads
// input; every problem becomes a LoadError whose message is the one line the user sees, and
// every doubt about the input (bad bytes, a missing byte-order mark, the same text twice)
// becomes a warning that names the file.
import { open, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Report } from '../types.js';

export class LoadError extends Error {}

export interface Loaded {
  report: Report;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const CHUNK = 1 << 20;

/**
 * A file name as it may appear in a one-line message: a name with a line break or a terminal
 * escape in it would otherwise split the line or repaint the terminal.
 */
export function shown(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f\u0080-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** 1-based line of an offset, for pointing at the first bad byte in a warning. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * Decode with a fatal decoder first (the common case costs one pass); only when that fails is
 * the text decoded again leniently and the damage counted for the warning.
 */
function decodeChecked(decoder: TextDecoder, lenient: TextDecoder, bytes: Uint8Array, name: string, what: string, warnings: string[]): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const text = lenient.decode(bytes);
    let count = 0;
    let first = -1;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
      if (first < 0) first = i;
      count++;
    }
    const where = first >= 0 ? `, the first on line ${lineOf(text, first)}` : '';
    warnings.push(`${shown(name)}: invalid ${what}, ${count} undecodable sequence${count === 1 ? '' : 's'} replaced with U+FFFD${where}`);
    return text;
  }
}

/** UTF-32 is rare enough that no TextDecoder knows it; a code point at a time is plenty. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean, name: string, warnings: string[]): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let bad = 0;
  let run: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      bad++;
      run.push(0xfffd);
    } else run.push(cp);
    if (run.length >= 4096) {
      parts.push(String.fromCodePoint(...run));
      run = [];
    }
  }
  parts.push(String.fromCodePoint(...run));
  if (bad || bytes.length % 4) warnings.push(`${shown(name)}: invalid UTF-32, ${bad + (bytes.length % 4 ? 1 : 0)} undecodable sequences replaced with U+FFFD`);
  return parts.join('');
}

/**
 * UTF-16 saved without a byte-order mark: ASCII-heavy text then has a zero in every other byte,
 * all on the same side. Anything less regular is not guessed at.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2) return undefined;
  const n = Math.min(bytes.length, 8192) >> 1;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < n; i++) {
    const lo = bytes[2 * i]!;
    const hi = bytes[2 * i + 1]!;
    if (lo === 0 && hi === 0) return undefined;
    if (hi === 0) zeroHigh++;
    if (lo === 0) zeroLow++;
  }
  if (zeroHigh >= n * 0.9 && zeroLow === 0) return 'utf-16le';
  if (zeroLow >= n * 0.9 && zeroHigh === 0) return 'utf-16be';
  return undefined;
}

function refuseBinary(text: string, name: string): void {
  if (text.includes('\u0000')) throw new LoadError(`${shown(name)}: binary file (contains NUL bytes), not a text report`);
}

/**
 * Decode a report's bytes: UTF-8 (BOM dropped), or UTF-16 / UTF-32 when a byte-order mark says
 * so (or, for UTF-16, the zero bytes make it plain). NUL bytes mean a binary file: refused.
 */
export function decode(bytes: Uint8Array, name: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  const b = bytes;
  let text: string;
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) text = decodeUtf32(b.subarray(4), true, name, warnings);
  else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) text = decodeUtf32(b.subarray(4), false, name, warnings);
  else if (b[0] === 0xff && b[1] === 0xfe)
    text = decodeChecked(new TextDecoder('utf-16le', { fatal: true }), new TextDecoder('utf-16le'), b.subarray(2), name, 'UTF-16', warnings);
  else if (b[0] === 0xfe && b[1] === 0xff)
    text = decodeChecked(new TextDecoder('utf-16be', { fatal: true }), new TextDecoder('utf-16be'), b.subarray(2), name, 'UTF-16', warnings);
  else {
    const body = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
    if (body.includes(0)) {
      const guess = utf16WithoutBom(body);
      if (!guess) throw new LoadError(`${shown(name)}: binary file (contains NUL bytes), not a text report`);
      warnings.push(`${shown(name)}: no byte-order mark, decoded as ${guess === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} from its zero bytes`);
      text = decodeChecked(new TextDecoder(guess, { fatal: true }), new TextDecoder(guess), body, name, 'UTF-16', warnings);
    } else {
      text = decodeChecked(utf8, utf8Lenient, body, name, 'UTF-8', warnings);
    }
  }
  refuseBinary(text, name);
  return { text, warnings };
}

export function sourceId(path: string): string {
  return basename(path, extname(path)) || path;
}

/**
 * Read at most `maxBytes` (one more byte proves the input is over the limit). Reading in
 * chunks instead of by the size stat reports keeps pipes, process substitutions and devices
 * such as /dev/zero bounded too.
 */
async function readBounded(chunks: AsyncIterable<Uint8Array | string>, name: string, maxBytes: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += b.length;
    if (size > maxBytes) {
      // an endless device (/dev/zero, /dev/urandom) is binary more than it is big: say so
      const head = parts[0] ?? b;
      if (head.includes(0) && !utf16WithoutBom(head.subarray(0, 8192))) refuseBinary('\u0000', name);
      throw new LoadError(`${shown(name)}: more than the --max-bytes limit of ${maxBytes} bytes`);
    }
    parts.push(b);
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
}

async function* fileChunks(path: string, maxBytes: number): AsyncGenerator<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    for (;;) {
      // a fresh buffer per chunk: the parts are kept until the whole file is in
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

export async function loadFile(path: string, maxBytes: number): Promise<Loaded> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new LoadError(`${shown(path)}: ${describe(e)}`);
  }
  if (info.isDirectory()) throw new LoadError(`${shown(path)}: is a directory, not a report`);
  if (info.isFile() && info.size > maxBytes) throw new LoadError(`${shown(path)}: ${info.size} bytes is over the --max-bytes limit of ${maxBytes}`);
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(fileChunks(path, maxBytes), path, maxBytes);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError(`${shown(path)}: ${describe(e)}`);
  }
  const { text, warnings } = decode(bytes, path);
  return { report: { id: sourceId(path), path, text }, warnings };
}

export async function loadStream(stream: AsyncIterable<Uint8Array | string>, name: string, maxBytes: number): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(stream, name, maxBytes);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError(`${shown(name)}: ${describe(e)}`);
  }
  const { text, warnings } = decode(bytes, name);
  return { report: { id: 'stdin', path: name, text }, warnings };
}

/**
 * The same file named twice, or two files with the same text: allowed (they are compared as
 * two sources, and of course agree), but worth a warning, since it inflates agreement.
 */
export function duplicateWarnings(loaded: readonly Loaded[]): string[] {
  const warnings: string[] = [];
  const byPath = new Map<string, string>();
  const byText = new Map<string, string>();
  for (const { report } of loaded) {
    const where = report.path === '<stdin>' ? report.path : resolve(report.path);
    const samePath = byPath.get(where);
    if (samePath !== undefined) {
      warnings.push(`${shown(report.path)}: given more than once, compared as a separate source (${report.id})`);
      continue;
    }
    byPath.set(where, report.path);
    if (!report.text.trim()) continue;
    const sameText = byText.get(report.text);
    if (sameText !== undefined) warnings.push(`${shown(report.path)}: same text as ${shown(sameText)}, so the two agree on everything`);
    else byText.set(report.text, report.path);
  }
  return warnings;
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
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return code ? `cannot read (${code})` : 'cannot read';
  }
}
