/**
 * Checks what `<KpiTable>`, `<Kpi>` and `<KpiChart>` in a chapter refer to:
 * the table, the row, the year, and a figure that is disclosed.
 */
import type { KpiTable } from '../../kpi/schema.ts';
import { findKpiRow } from '../../kpi/read.ts';
import { parseChartRows, parseChartYears } from '../../kpi/chart-props.ts';
import { componentDeclaration } from '../components.ts';

export interface ReferenceProblem {
  message: string;
  hint?: string;
}

/** Attribute values as written: a string, or the source of an expression (`{2024}` → "2024"). */
export type Attributes = Record<string, string | undefined>;

function tableHint(tables: ReadonlyMap<string, KpiTable>, broken: ReadonlySet<string>): string {
  const names = [...tables.keys()].join(', ') || 'none';
  const unreadable = broken.size ? `; not readable, see their errors: ${[...broken].join(', ')}` : '';
  return `KPI tables in data/kpi: ${names}${unreadable}`;
}

function rowProblem(tables: ReadonlyMap<string, KpiTable>, broken: ReadonlySet<string>, ref: string, component: string): ReferenceProblem | undefined {
  const [tableId, rowId] = ref.split('.');
  const table = tables.get(tableId ?? '');
  if (!table) return { message: `${component} refers to KPI table "${tableId}", which does not exist`, hint: tableHint(tables, broken) };
  if (!rowId || !findKpiRow(tables, ref)) {
    const rows = table.groups.flatMap((g) => g.rows).filter((r) => r.kind !== 'header').map((r) => r.id);
    return { message: `${component} refers to row "${rowId ?? ''}" of table ${tableId}, which does not exist`, hint: `write table.row; rows of ${tableId}: ${rows.slice(0, 12).join(', ')}${rows.length > 12 ? ' …' : ''}` };
  }
  return undefined;
}

export function checkKpiReference(
  component: string,
  attrs: Attributes,
  tables: ReadonlyMap<string, KpiTable>,
  broken: ReadonlySet<string> = new Set(),
): ReferenceProblem[] {
  const tag = `<${component}>`;
  const use = componentDeclaration(component)?.kpi;
  // A table that failed to load is reported once, at its file, not at every use.
  const refs = [use === 'key-figure' ? attrs.kpi : attrs.id, attrs.total, ...(attrs.rows ? parseChartRows(attrs.rows) : [])].filter(Boolean) as string[];
  if (refs.some((ref) => broken.has(ref.split('.')[0]!))) return [];
  switch (use) {
    case 'key-figure': {
      if (!attrs.kpi) return attrs.value === undefined ? [{ message: `${tag} needs a value or a kpi`, hint: 'e.g. <KeyFigure value="99.9" unit="%" caption="…" /> or <KeyFigure kpi="environment.pue_avg" year="2024" caption="…" />' }] : [];
      return checkKpiReference('Kpi', { ...attrs, id: attrs.kpi }, tables, broken).map((p) => ({ ...p, message: p.message.replace('<Kpi>', tag) }));
    }
    case 'table': {
      if (!attrs.id) return [{ message: `${tag} needs an id`, hint: 'e.g. <KpiTable id="environment" />' }];
      if (!tables.has(attrs.id)) return [{ message: `${tag} refers to KPI table "${attrs.id}", which does not exist`, hint: tableHint(tables, broken) }];
      if (attrs.unit !== undefined && attrs.unit !== 'label' && attrs.unit !== 'column') {
        return [{ message: `${tag} unit="${attrs.unit}" is not label or column` }];
      }
      return [];
    }
    case 'figure': {
      if (!attrs.id || !attrs.year) return [{ message: `${tag} needs an id and a year`, hint: 'e.g. <Kpi id="environment.ghg_total" year="2024" />' }];
      const problem = rowProblem(tables, broken, attrs.id, tag);
      if (problem) return [problem];
      const { table, row } = findKpiRow(tables, attrs.id)!;
      if (!table.years.includes(Number(attrs.year))) {
        return [{ message: `${tag} asks for ${attrs.id} in ${attrs.year}, a year table ${table.id} does not have`, hint: `its years: ${table.years.join(', ')}` }];
      }
      if (row.kind === 'header') return [{ message: `${tag} refers to the sub-heading row ${attrs.id}, which has no figures` }];
      const value = row.values[attrs.year];
      if (value === null || value === undefined) {
        return [{ message: `${tag} asks for ${attrs.id} in ${attrs.year}, which is not disclosed`, hint: 'choose a year with a figure, or add the figure to the data' }];
      }
      return [];
    }
    case 'chart': {
      if (!attrs.rows) return [{ message: `${tag} needs rows`, hint: 'e.g. <KpiChart rows="environment.ghg_scope1, environment.ghg_scope2" />' }];
      const refs = parseChartRows(attrs.rows);
      const problems = [...refs, ...(attrs.total ? [attrs.total] : [])]
        .map((ref) => rowProblem(tables, broken, ref, tag))
        .filter((p): p is ReferenceProblem => p !== undefined);
      if (problems.length) return problems;
      const rows = refs.map((ref) => findKpiRow(tables, ref)!);
      const units = new Set(rows.map(({ row }) => row.unit ?? ''));
      if (units.size > 1) return [{ message: `${tag} mixes units (${[...units].map((u) => u || 'no unit').join(', ')}); chart rows of one unit only` }];
      if (attrs.type && !['bar', 'stacked', 'line'].includes(attrs.type)) return [{ message: `${tag} type="${attrs.type}" is not bar, stacked or line` }];
      const years = parseChartYears(attrs.years, rows[0]!.table.years);
      const unknown = years.filter((y) => Number.isNaN(y) || !rows[0]!.table.years.includes(y));
      if (unknown.length || years.length === 0) return [{ message: `${tag} years="${attrs.years}" does not name years of table ${rows[0]!.table.id}`, hint: `its years: ${rows[0]!.table.years.join(', ')}` }];
      const labels = attrs.labels?.split(',');
      if (labels && labels.length !== refs.length) return [{ message: `${tag} has ${labels.length} labels for ${refs.length} rows` }];
      return [];
    }
    default:
      return [];
  }
}
