/** /brand/<name>.png: render/brand-route.ts. */
import { brandRoute } from '../../render/brand-route.ts';

export const { getStaticPaths, GET } = brandRoute('png');
