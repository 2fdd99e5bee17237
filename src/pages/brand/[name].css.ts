/** /brand/<name>.css: render/brand-route.ts. */
import { brandRoute } from '../../render/brand-route.ts';

export const { getStaticPaths, GET } = brandRoute('css');
