/** /fonts/<family>.css: the web font stylesheet of one script (render/web/fonts.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { WEB_FONTS, webFontStylesheet, type WebFont } from '../../render/web/fonts.ts';

export const getStaticPaths = (() => WEB_FONTS.map((sheet) => ({ params: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(webFontStylesheet(params.sheet as WebFont), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
