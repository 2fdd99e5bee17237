/** /fonts/<slice>.woff2: one unicode-range slice of a web font (render/web/fonts.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { webFontFiles } from '../../render/web/fonts.ts';

export const getStaticPaths = (() =>
  webFontFiles().map(({ name, file }) => ({ params: { file: name.replace(/\.woff2$/, '') }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { file: string }).file), { headers: { 'Content-Type': 'font/woff2' } });
