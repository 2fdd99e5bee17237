/**
 * Reads and checks the KPI tables (`content/data/kpi/*.json`): JSON syntax
 * (line and column), the schema (JSON path), references inside a table
 * (rows, parents, notes, years) and the declared consistency checks.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { formatNumber } from './format.ts';
import { yamlPositions } from '../sources/yaml-positions.ts';
import { kpiTableSchema, type KpiCheck, type KpiRow, type KpiTable } from './schema.ts';
import { kpiDir } from '../sources/paths.ts';
import { readSourceFile } from '../sources/source-file.ts';
import { formatPath, validateYaml } from '../sources/validate.ts';

export interface KpiTables {
  tables: Map<string, KpiTable>;
  /** The file each table came from. */
  files: Map<string, string>;
  /** Ids (file names) of tables that could not be read; references to them are not reported again. */
  broken: Set<string>;
  diagnostics: Diagnostic[];
}

/** Reads every table in the KPI directory; a missing directory is no tables. */
export function readKpiTables(dir = kpiDir()): KpiTables {
  const result: KpiTables = { tables: new Map(), files: new Map(), broken: new Set(), diagnostics: [] };
  if (!existsSync(dir)) return result;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = path.join(dir, name);
    const { table, diagnostics } = readKpiTable(file);
    result.diagnostics.push(...diagnostics);
    if (table) {
      result.tables.set(table.id, table);
      result.files.set(table.id, file);
    } else {
      result.broken.add(path.basename(name, '.json'));
    }
  }
  return result;
}

export function readKpiTable(file: string): { table?: KpiTable; diagnostics: Diagnostic[] } {
  const { text, problem } = readSourceFile(file);
  if (problem) return { diagnostics: [problem] };
  const validated = validateYaml({ file, text, pathStyle: 'json' }, kpiTableSchema);
  if (!validated.ok) return { diagnostics: validated.diagnostics };
  const table = validated.data;
  const diagnostics = [...checkReferences(table, file, text), ...failedChecks(table, file, text)];
  return { table, diagnostics };
}

type Position = { line?: number; column?: number };

/** References that must hold inside a table: unique ids, parents, notes, years. */
function checkReferences(table: KpiTable, file: string, text: string): Diagnostic[] {
  const at = yamlPositions(text);
  const out: Diagnostic[] = [];
  const error = (where: Position, message: string, hint?: string) => out.push({ file, ...where, message, hint, severity: 'error' });
  const expectedId = path.basename(file, '.json');
  if (table.id !== expectedId) {
    error(at(['id']), `table id "${table.id}" differs from the file name`, `name the file ${table.id}.json, or set "id": "${expectedId}"`);
  }
  const years = new Set(table.years.map(String));
  const notes = new Set(table.notes.map((n) => n.id));
  const rows = new Map<string, KpiRow>();
  const noteRef = (ids: string[], where: (string | number)[]) => {
    ids.forEach((id, k) => {
      if (!notes.has(id))
        error(at([...where, k]), `note "${id}" is not among the table's notes`, `add {"id": "${id}", "text": "…"} to "notes", or correct the id`);
    });
  };
  const yearKeys = (record: Record<string, unknown>, where: (string | number)[]) => {
    for (const y of Object.keys(record)) {
      if (!years.has(y))
        error(at([...where, y], 'key'), `year ${y} is not one of the table's years (${table.years.join(', ')})`, 'add it to "years", or remove the figure');
    }
  };
  table.groups.forEach((group, g) => {
    noteRef(group.footnotes, ['groups', g, 'footnotes']);
    group.rows.forEach((row, r) => {
      const where = ['groups', g, 'rows', r];
      const ref = formatPath(where, 'json');
      if (rows.has(row.id)) error(at([...where, 'id']), `row id "${row.id}" is used twice (${ref})`, 'row ids must be unique in a table');
      if (row.parent !== null && !rows.has(row.parent)) {
        error(
          at([...where, 'parent']),
          `parent "${row.parent}" of row "${row.id}" is not a row above it`,
          'a parent is the total or sub-heading row listed before its children',
        );
      }
      rows.set(row.id, row);
      if (row.kind === 'header' && Object.keys(row.values).length > 0) {
        error(
          at([...where, 'values'], 'key'),
          `sub-heading row "${row.id}" has figures`,
          'a `header` row only labels the rows under it; move the figures to a `value` row',
        );
      }
      yearKeys(row.values, [...where, 'values']);
      yearKeys(row.precisionByYear, [...where, 'precisionByYear']);
      yearKeys(row.qualifiers, [...where, 'qualifiers']);
      yearKeys(row.valueFootnotes, [...where, 'valueFootnotes']);
      noteRef(row.footnotes, [...where, 'footnotes']);
      for (const [y, ids] of Object.entries(row.valueFootnotes)) noteRef(ids, [...where, 'valueFootnotes', y]);
    });
  });
  table.checks.forEach((check, c) => {
    for (const id of checkRows(check)) {
      const row = rows.get(id);
      if (!row) error(at(['checks', c]), `check "${check.id}" names row "${id}", which the table does not have`);
      else if (row.kind === 'header') error(at(['checks', c]), `check "${check.id}" names the sub-heading row "${id}", which has no figures`);
    }
    for (const [y, note] of Object.entries(check.explainedBy)) {
      if (!notes.has(note)) error(at(['checks', c, 'explainedBy', y]), `check "${check.id}" cites note "${note}", which the table does not have`);
      if (!years.has(y)) error(at(['checks', c, 'explainedBy', y], 'key'), `check "${check.id}" explains year ${y}, which the table does not have`);
    }
  });
  return out;
}

function checkRows(check: KpiCheck): string[] {
  return check.type === 'sum' ? [check.total, ...check.parts] : [check.result, ...check.numerator, check.denominator];
}

export interface CheckResult {
  check: KpiCheck;
  year: string;
  /** The row that is checked (total / result). */
  row: string;
  printed: number;
  computed: number;
  difference: number;
  tolerance: number;
  ok: boolean;
  /** Note id that explains a difference beyond the tolerance. */
  explainedBy?: string;
  /** The relation in words, e.g. `ghg_scope1 + ghg_scope2 + ghg_scope3`. */
  formula: string;
}

/** Evaluates every check for every year in which all its figures are disclosed. */
export function runKpiChecks(table: KpiTable): CheckResult[] {
  const rows = new Map(table.groups.flatMap((g) => g.rows).map((r) => [r.id, r]));
  const value = (id: string, y: string) => rows.get(id)?.values[y];
  const results: CheckResult[] = [];
  for (const check of table.checks) {
    const checked = check.type === 'sum' ? check.total : check.result;
    const row = rows.get(checked);
    if (!row) continue;
    for (const y of table.years.map(String)) {
      const inputs = checkRows(check).map((id) => value(id, y));
      if (inputs.some((v) => v === null || v === undefined)) continue;
      const printed = value(checked, y)!;
      let computed: number;
      let formula: string;
      if (check.type === 'sum') {
        computed = check.parts.reduce((s, id) => s + value(id, y)!, 0);
        formula = check.parts.join(' + ');
      } else {
        const numerator = check.numerator.reduce((s, id) => s + value(id, y)!, 0);
        computed = (numerator / value(check.denominator, y)!) * check.scale;
        const num = check.numerator.length > 1 ? `(${check.numerator.join(' + ')})` : check.numerator[0]!;
        formula = `${num} ÷ ${check.denominator}${check.scale !== 1 ? ` × ${check.scale}` : ''}`;
      }
      const precision = row.precisionByYear[y] ?? row.precision;
      const tolerance = check.tolerance ?? 0.5 * 10 ** -precision;
      const difference = Math.abs(printed - computed);
      // Figures are decimals printed to a fixed precision; compare at that scale.
      const ok = difference <= tolerance + 1e-9 * Math.max(1, Math.abs(printed));
      results.push({
        check,
        year: y,
        row: checked,
        printed,
        computed,
        difference,
        tolerance,
        ok,
        ...(check.explainedBy[y] ? { explainedBy: check.explainedBy[y] } : {}),
        formula,
      });
    }
  }
  return results;
}

function failedChecks(table: KpiTable, file: string, text: string): Diagnostic[] {
  const at = yamlPositions(text);
  return runKpiChecks(table)
    .filter((r) => !r.ok && !r.explainedBy)
    .map((r) => {
      const c = table.checks.indexOf(r.check);
      return {
        file,
        ...at(['checks', c]),
        message: `check "${r.check.id}" fails for ${r.year} in table ${table.id}: ${r.row} is ${figure(r.printed)}, but ${r.formula} = ${figure(r.computed)} (difference ${figure(r.difference)}, tolerance ${r.tolerance})`,
        hint: `correct the figures, or explain the difference with a note: "explainedBy": { "${r.year}": "<note id>" }`,
        severity: 'error' as const,
      };
    });
}

/** A figure in a message: thousands separators, at most four decimals, no trailing zeros. */
function figure(n: number): string {
  const rounded = Math.round(n * 1e4) / 1e4;
  const decimals = (String(rounded).split('.')[1] ?? '').length;
  return formatNumber(rounded, decimals);
}

/** A row of a table by `table.row` reference. */
export function findKpiRow(tables: ReadonlyMap<string, KpiTable>, ref: string): { table: KpiTable; row: KpiRow } | undefined {
  const [tableId, rowId] = ref.split('.');
  const table = tables.get(tableId ?? '');
  const row = table?.groups.flatMap((g) => g.rows).find((r) => r.id === rowId);
  return table && row ? { table, row } : undefined;
}
