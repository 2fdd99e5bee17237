// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/render/markdown/index.ts';
import { watchContentFiles } from './src/content/watch-plugin.ts';
import { reviewInPreview } from './src/render/review/integration.ts';
import { printPreview } from './src/print/preview/integration.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // Scripts and styles stay in files of their own (no inline code), so pages
  // can be served with a Content-Security-Policy that forbids inline script.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified(markdownOptions),
  },
  integrations: [mdx(), reviewInPreview(), printPreview()],
  vite: {
    plugins: [watchContentFiles()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Known harmless Astro 7 warning about its own MDX head-injection
          // marker (withastro/astro#18087); every chapter would print it.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
