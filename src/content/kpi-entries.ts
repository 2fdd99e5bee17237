/** KPI tables on the Astro side, by id, with plain errors for unknown references. */
import { getCollection } from 'astro:content';
import { findKpiRow } from '../kpi/read.ts';
import type { KpiRow, KpiTable } from '../kpi/schema.ts';

export async function kpiTables(): Promise<Map<string, KpiTable>> {
  const entries = await getCollection('kpi');
  return new Map(entries.map((e) => [e.data.id, e.data]));
}

export async function kpiTable(id: string, usedBy: string): Promise<KpiTable> {
  const tables = await kpiTables();
  const table = tables.get(id);
  if (!table) throw new Error(`${usedBy}: no KPI table "${id}" (tables: ${[...tables.keys()].join(', ')})`);
  return table;
}

export async function kpiRow(ref: string, usedBy: string): Promise<{ table: KpiTable; row: KpiRow }> {
  const found = findKpiRow(await kpiTables(), ref);
  if (!found) throw new Error(`${usedBy}: no KPI row "${ref}" (write it as table.row, e.g. environment.ghg_total)`);
  return found;
}
