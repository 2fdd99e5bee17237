/**
 * `/_bifolio/review/` in the live preview: the conversion review of the
 * pages as they are now, one variant at a time (`?variant=zh-Hant`).
 */
import type { APIRoute } from 'astro';
import { getChapters, getReport } from '../../content/chapters.ts';
import { summarizeReview, type Occurrence } from '../../convert/review.ts';
import { renderReviewHtml } from './page.ts';
import { fontStylesheetsForPreview } from './fonts.ts';
import { reviewRegistry } from './requests.ts';
import { chapterUrl, variantHomeUrl } from '../web/routes.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url }) => {
  const report = await getReport();
  const chapters = await getChapters();
  const targets = report.variants.filter((v) => v.profile);
  const variant = targets.find((v) => v.code === url.searchParams.get('variant')) ?? targets[0];
  if (!variant) return new Response('This report publishes no converted variant.', { status: 404 });
  const pages = [variantHomeUrl(variant), ...chapters.map((c) => chapterUrl(variant, c.slug))];
  const registry = reviewRegistry();
  const occurrences: Occurrence[] = [];
  for (const page of pages) {
    registry.wanted.add(page);
    await (await fetch(new URL(page, url))).arrayBuffer();
    occurrences.push(...(registry.results.get(page) ?? []).filter((o) => o.variant === variant.code));
    registry.results.delete(page);
  }
  const html = renderReviewHtml(summarizeReview(variant.code, occurrences, pages.length), {
    title: `Conversion review: ${report.shortTitle} (${variant.code})`,
    stylesheets: fontStylesheetsForPreview(),
  });
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
