/**
 * The routes of /brand/ (src/pages/brand/): one per extension, as a route
 * whose file name ends in its extension is served without a trailing slash.
 * /brand/style.css is the brand's colours and typefaces and the report's own
 * `styles/*.css`, loaded after the built-in styles; /brand/logo-<size>.<ext>
 * the brand's logos (brand-assets.ts). Nothing when the report has no brand
 * and no styles.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { brandFiles, getBrand, MIME, reportCss } from './brand-assets.ts';

export function brandRoute(ext: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const files = () => brandFiles(getBrand()).filter((f) => f.name.endsWith(`.${ext}`));
  return {
    getStaticPaths: () => files().map(({ name }) => ({ params: { name: name.slice(0, -ext.length - 1) } })),
    GET: ({ params }) => {
      const entry = files().find((f) => f.name === `${params.name}.${ext}`);
      if (!entry) return new Response('not found', { status: 404 });
      const body = entry.file ? readFileSync(entry.file) : reportCss(getBrand(), 'web');
      return new Response(body, { headers: { 'Content-Type': MIME[`.${ext}`]! } });
    },
  };
}
