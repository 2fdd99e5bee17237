/** Components available in every chapter without an import. */
import NoConvert from './NoConvert.astro';
import Zh from './Zh.astro';

export const mdxComponents = { Zh, NoConvert };
