/** `/<prefix>/search-map.json`: the character map the search page converts queries with. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { variantPaths } from '../../content/chapters.ts';
import type { Variant } from '../../content/report.ts';
import { queryCharacterMap } from '../../convert/query-map.ts';

export const getStaticPaths: GetStaticPaths = variantPaths;

export const GET: APIRoute = ({ props }) => {
  const { variant } = props as { variant: Variant };
  return new Response(JSON.stringify(queryCharacterMap(variant.profile)), { headers: { 'content-type': 'application/json' } });
};
