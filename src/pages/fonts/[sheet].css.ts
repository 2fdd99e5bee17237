/**
 * /fonts/<family>.css: the web font stylesheet of one script; /fonts/fallback.css:
 * the characters beyond it (render/web/fonts.ts). `dev` serves them over the
 * whole font files; a build writes them with subsets once the pages exist
 * (output/web-fonts.ts), and until then they only name the fallback chain.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fontFaceCss } from '../../fonts/css.ts';
import { allFallbackFaces, serifFaces, FALLBACK_STYLESHEET, fallbackStylesheet, WEB_FONTS, webFontFaces, webFontStylesheet, type WebFont } from '../../render/web/fonts.ts';
import { getBrand, reportCss } from '../../render/brand-assets.ts';

export const getStaticPaths = (() => [...WEB_FONTS, FALLBACK_STYLESHEET].map((sheet) => ({ params: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const css = !import.meta.env.DEV
    ? `${fontFaceCss([])}\n`
    : params.sheet !== FALLBACK_STYLESHEET
      ? webFontStylesheet(webFontFaces(params.sheet as WebFont), 'truetype')
      : fallbackStylesheet([...allFallbackFaces(), ...serifFaces(reportCss(getBrand(), 'web'))], 'truetype');
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
