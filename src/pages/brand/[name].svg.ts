/** /brand/<name>.svg: render/brand-route.ts. */
import { brandRoute } from '../../render/brand-route.ts';

export const { getStaticPaths, GET } = brandRoute('svg');
