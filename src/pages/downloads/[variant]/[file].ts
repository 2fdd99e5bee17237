/**
 * Data downloads per variant: `/downloads/<variant>/<table>.csv` for every
 * KPI table and `/downloads/<variant>/<report>-kpi.xlsx` with all tables.
 * Traditional downloads are converted by the same converter as the pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReport } from '../../../content/chapters.ts';
import { currentGlossary } from '../../../content/glossary.ts';
import { kpiTables } from '../../../content/kpi-entries.ts';
import type { Variant } from '../../../content/report.ts';
import { converterResolver } from '../../../convert/page.ts';
import { toCsv } from '../../../output/csv.ts';
import { exportTable } from '../../../output/kpi-export.ts';
import { kpiWorkbook } from '../../../output/kpi-workbook.ts';
import { workbookName } from '../../../render/web/downloads.ts';

export const getStaticPaths = (async () => {
  const report = await getReport();
  const tables = await kpiTables();
  return report.variants.flatMap((variant) => [
    ...[...tables.keys()].map((id) => ({ params: { variant: variant.prefix, file: `${id}.csv` }, props: { variant } })),
    ...(tables.size ? [{ params: { variant: variant.prefix, file: workbookName(report) }, props: { variant } }] : []),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const variant = (props as { variant: Variant }).variant;
  const report = await getReport();
  const tables = await kpiTables();
  const converter = converterResolver({ variants: report.variants, glossary: currentGlossary() })(variant.code);
  const text = (s: string) => (converter ? converter.convert(s) : s);
  const file = params.file!;
  if (file.endsWith('.csv')) {
    const table = tables.get(file.slice(0, -4))!;
    return new Response(toCsv(exportTable(table, text)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  }
  const workbook = kpiWorkbook([...tables.values()].map((t) => exportTable(t, text)));
  return new Response(Buffer.from(workbook), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
