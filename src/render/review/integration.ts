/** Adds the conversion review to the live preview (never to a build). */
import type { AstroIntegration } from 'astro';

export function reviewInPreview(): AstroIntegration {
  return {
    name: 'bifolio:review-in-preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/_bifolio/review', entrypoint: new URL('./endpoint.ts', import.meta.url), prerender: false });
      },
    },
  };
}
