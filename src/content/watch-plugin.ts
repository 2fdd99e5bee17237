/**
 * Vite plugin for the live preview: files read outside Vite's module graph
 * (the glossary, the brand, the report's styles/*.css) reload the page when saved.
 */
import type { Plugin } from 'vite';
import path from 'node:path';
import { BRAND_FILE_NAMES } from './brand.ts';
import { contentDir, glossaryFile } from '../sources/paths.ts';

export function watchContentFiles(): Plugin {
  return {
    name: 'bifolio:watch-content-files',
    configureServer(server) {
      const files = [glossaryFile(), ...BRAND_FILE_NAMES.map((name) => path.join(contentDir(), name))];
      const styles = path.join(contentDir(), 'styles');
      server.watcher.add([...files, styles]);
      const reload = (file: string) => {
        if (files.includes(file) || (path.dirname(file) === styles && file.endsWith('.css'))) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
