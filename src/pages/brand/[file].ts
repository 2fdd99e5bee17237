/**
 * /brand/style.css: the brand's colours and typefaces and the report's own
 * `styles/*.css`, loaded after the built-in styles; /brand/logo-<size>.<ext>:
 * the brand's logos (render/brand-assets.ts). Nothing when the report has no
 * brand and no styles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { brandFiles, getBrand, MIME, reportCss } from '../../render/brand-assets.ts';

export const getStaticPaths = (() => brandFiles(getBrand()).map(({ name }) => ({ params: { file: name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const brand = getBrand();
  const entry = brandFiles(brand).find((f) => f.name === params.file);
  if (!entry) return new Response('not found', { status: 404 });
  if (!entry.file) return new Response(reportCss(brand, 'web'), { headers: { 'Content-Type': MIME['.css']! } });
  return new Response(readFileSync(entry.file), { headers: { 'Content-Type': MIME[path.extname(entry.file).toLowerCase()]! } });
};
