// Output formats: each is one small module that turns a matrix into text.
import type { ChalkInstance } from 'chalk';
import type { Matrix } from '../types.js';
import { renderJson } from './json.js';
import { renderText } from './text.js';

export interface RenderOptions {
  chalk: ChalkInstance;
  width: number;
}

export const formats = {
  text: (m: Matrix, o: RenderOptions) => renderText(m, o),
  json: (m: Matrix) => renderJson(m),
} satisfies Record<string, (m: Matrix, o: RenderOptions) => string>;

export type FormatName = keyof typeof formats;
