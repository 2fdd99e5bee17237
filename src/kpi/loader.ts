/**
 * Astro's loader of the KPI tables (`content/data/kpi/*.json`): reads them
 * with the sources' reader (a byte-order mark is fine), so the site sees the
 * tables exactly as `check` does. A table that cannot be read is left out;
 * the check names the problem.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readSourceFile } from '../sources/source-file.ts';

export function kpiLoader(dir: string): Loader {
  return {
    name: 'bifolio-kpi',
    async load({ store, parseData, generateDigest, watcher }) {
      const sync = async () => {
        const seen = new Set<string>();
        const names = existsSync(dir)
          ? readdirSync(dir)
              .filter((f) => f.endsWith('.json'))
              .sort()
          : [];
        for (const name of names) {
          const file = path.join(dir, name);
          const id = path.basename(name, '.json');
          let data: Record<string, unknown>;
          try {
            const { text, problem } = readSourceFile(file);
            if (problem) continue;
            data = JSON.parse(text) as Record<string, unknown>;
          } catch {
            continue;
          }
          const digest = generateDigest(data);
          seen.add(id);
          if (store.get(id)?.digest === digest) continue;
          try {
            store.set({ id, data: await parseData({ id, data, filePath: file }), digest });
          } catch {
            store.delete(id);
          }
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      if (watcher) {
        watcher.add(dir);
        const changed = (file: string) => {
          if (path.dirname(file) === dir && file.endsWith('.json')) void sync();
        };
        watcher.on('change', changed);
        watcher.on('add', changed);
        watcher.on('unlink', changed);
      }
    },
  };
}
