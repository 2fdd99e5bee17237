/**
 * /fonts/<family>.css: the web font stylesheet of one script; /fonts/fallback.css:
 * the characters beyond the slices (render/web/fonts.ts). A build writes the
 * fallback sheet once the pages exist (output/web-fonts.ts); until then it
 * only names the fallback chain.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fontFaceCss } from '../../fonts/css.ts';
import { allFallbackFaces, serifFaces, FALLBACK_STYLESHEET, fallbackStylesheet, WEB_FONTS, webFontStylesheet, type WebFont } from '../../render/web/fonts.ts';
import { getBrand, reportCss } from '../../render/brand-assets.ts';

export const getStaticPaths = (() => [...WEB_FONTS, FALLBACK_STYLESHEET].map((sheet) => ({ params: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const css =
    params.sheet !== FALLBACK_STYLESHEET
      ? webFontStylesheet(params.sheet as WebFont)
      : import.meta.env.DEV
        ? fallbackStylesheet([...allFallbackFaces(), ...serifFaces(reportCss(getBrand(), 'web'))], 'truetype')
        : `${fontFaceCss([])}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
