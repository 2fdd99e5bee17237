/**
 * Vite plugin for the live preview: files read outside Vite's module graph
 * (the glossary) reload the page when saved.
 */
import type { Plugin } from 'vite';
import { glossaryFile } from './paths.ts';

export function watchContentFiles(): Plugin {
  return {
    name: 'bifolio:watch-content-files',
    configureServer(server) {
      const files = [glossaryFile()];
      server.watcher.add(files);
      const reload = (file: string) => {
        if (files.includes(file)) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
