/** /fonts/<face>.ttf in `dev`: the whole font files the stylesheets name there (render/web/fonts.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fontPath } from '../../fonts/families.ts';
import { allFallbackFaces, serifFaces, fallbackFontName, WEB_FONTS, webFontFaces, webFontName } from '../../render/web/fonts.ts';
import { getBrand, reportCss } from '../../render/brand-assets.ts';

export const getStaticPaths = (() =>
  import.meta.env.DEV
    ? [
        ...new Map([
          ...WEB_FONTS.flatMap((font) => webFontFaces(font)).map((face) => [webFontName(face, 'ttf'), fontPath(face.file)] as const),
          ...[...allFallbackFaces(), ...serifFaces(reportCss(getBrand(), 'web'))].map((face) => [fallbackFontName(face, 'ttf'), fontPath(face.file)] as const),
        ]).entries(),
      ].map(([name, file]) => ({
        params: { file: name.replace(/\.ttf$/, '') },
        props: { file },
      }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { file: string }).file), { headers: { 'Content-Type': 'font/ttf' } });
