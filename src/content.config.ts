/**
 * Content collections: the chapters (`content/chapters/*.mdx`), the report
 * configuration (`content/report.yaml`) and the KPI tables
 * (`content/data/kpi/*.json`). The schemas live beside the loaders
 * in `src/content/` so the command line validates with the same rules.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './content/chapter-schema.ts';
import { kpiLoader } from './kpi/loader.ts';
import { kpiTableSchema } from './kpi/schema.ts';
import { chaptersDir, kpiDir, reportFile } from './sources/paths.ts';
import { readReportData } from './content/report.ts';
import { reportSchema } from './content/report-schema.ts';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: chaptersDir() }),
  schema: chapterSchema,
});

const report = defineCollection({
  loader: {
    name: 'bifolio-report',
    async load({ store, parseData, watcher }) {
      const file = reportFile();
      const sync = async () => {
        const data = await parseData({ id: 'report', data: readReportData(file) });
        store.clear();
        store.set({ id: 'report', data });
      };
      await sync();
      watcher?.add(file);
      watcher?.on('change', async (changed) => {
        if (changed === file) await sync();
      });
    },
  },
  schema: reportSchema,
});

/** KPI tables, `content/data/kpi/*.json`: the source of every figure. */
const kpi = defineCollection({
  loader: kpiLoader(kpiDir()),
  schema: kpiTableSchema,
});

export const collections = { chapters, report, kpi };
