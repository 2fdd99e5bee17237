/**
 * A KPI table, `content/data/kpi/<id>.json`: one table of figures by year,
 * the single source of every number printed in tables, sentences, charts and
 * downloads.
 */
import { z } from 'astro/zod';

const asciiId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lowercase ASCII letters, digits and underscores, starting with a letter');
const year = z.string().regex(/^\d{4}$/, 'a year is written as four digits, e.g. "2024"');
const noteRefs = z.array(asciiId);

export const kpiRowSchema = z
  .object({
    /** Stable ASCII id, unique in the table; `<Kpi id="table.row">` uses it. Required. */
    id: asciiId,
    /** Label without its unit, as printed. Required. */
    label: z.string().min(1),
    /** Unit, printed after the label (or in the unit column, or after each value). Default: none. */
    unit: z.string().min(1).nullable().default(null),
    /**
     * `value`: a row of figures; `header`: a sub-heading row without values
     * (按性别划分的员工人数); `memo`: figures kept for sentences and charts but
     * not printed in the table. Default: `value`.
     */
    kind: z.enum(['value', 'header', 'memo']).default('value'),
    /** Indentation depth: 0, 1 or 2. Default: 0. */
    level: z.number().int().min(0).max(2).default(0),
    /** Id of the total or sub-heading row this row belongs to. Default: none. */
    parent: asciiId.nullable().default(null),
    /** Figures by year; `null` means not disclosed and prints as the table's missing mark. Default: none. */
    values: z.record(year, z.number().nullable()).default({}),
    /** Decimals printed for this row. Default: 0. */
    precision: z.number().int().min(0).max(6).default(0),
    /** Decimals for single years, overriding `precision`. Default: none. */
    precisionByYear: z.record(year, z.number().int().min(0).max(6)).default({}),
    /** `more-than` prints 超过 before the figure, `about` prints 约, by year. Default: none. */
    qualifiers: z.record(year, z.enum(['more-than', 'about'])).default({}),
    /**
     * Where the unit goes: `label` (default, 排放量（吨）), `value` (after every
     * figure: 17.0%), or as the table says. Default: the table's setting.
     */
    unitPlacement: z.enum(['label', 'value', 'column']).optional(),
    /** Note ids whose markers follow the label. Default: none. */
    footnotes: noteRefs.default([]),
    /** Note ids whose markers follow one year's figure. Default: none. */
    valueFootnotes: z.record(year, noteRefs).default({}),
  })
  .strict();

export const kpiGroupSchema = z
  .object({
    /** ASCII id of the group. Required. */
    id: asciiId,
    /** The category cell printed across the group's rows (温室气体). Required. */
    label: z.string().min(1),
    /** Note ids whose markers follow the category. Default: none. */
    footnotes: noteRefs.default([]),
    rows: z.array(kpiRowSchema).min(1),
  })
  .strict();

export const kpiNoteSchema = z
  .object({
    /** ASCII id the markers refer to. Required. */
    id: asciiId,
    /** The note, printed under the table and numbered in this order. Required. */
    text: z.string().min(1),
  })
  .strict();

const checkBase = {
  /** ASCII id of the check. Required. */
  id: asciiId,
  /**
   * Largest accepted difference. Default: half a unit of the last printed
   * decimal of the checked row (0.05 for one decimal).
   */
  tolerance: z.number().min(0).optional(),
  /** Years whose difference a note explains (e.g. a rounding gap): year → note id. Default: none. */
  explainedBy: z.record(year, asciiId).default({}),
};

export const kpiCheckSchema = z.discriminatedUnion('type', [
  z
    .object({
      /** `total` equals the sum of `parts`, every year. */
      type: z.literal('sum'),
      total: asciiId,
      parts: z.array(asciiId).min(2),
      ...checkBase,
    })
    .strict(),
  z
    .object({
      /** `result` equals (sum of `numerator`) ÷ `denominator` × `scale`, every year. */
      type: z.literal('ratio'),
      result: asciiId,
      numerator: z.array(asciiId).min(1),
      denominator: asciiId,
      /** Factor applied to the quotient: 100 for a percentage. Default: 1. */
      scale: z.number().positive().default(1),
      ...checkBase,
    })
    .strict(),
]);

export const kpiTableSchema = z
  .object({
    /** Table id, the file name without `.json`. Required. */
    id: asciiId,
    /** Caption of the table (环境绩效). Required. */
    title: z.string().min(1),
    /** Header spanning the year columns. Default: 截至十二月三十一日止年度. */
    periodLabel: z.string().min(1).default('截至十二月三十一日止年度'),
    /** The years of the table. Required. */
    years: z.array(z.number().int().min(1900).max(2200)).min(1),
    /** Column order: `desc` (newest first, default) or `asc`. */
    yearOrder: z.enum(['desc', 'asc']).default('desc'),
    /** Year labels: `chinese` (二零二四年, default) or `arabic` (2024年). */
    yearLabels: z.enum(['chinese', 'arabic']).default('chinese'),
    /** Where units go: in the label (default), or in a column of their own. */
    unitPlacement: z.enum(['label', 'column']).default('label'),
    /** Printed for a figure that is not disclosed. Default: － (U+FF0D). */
    missing: z.string().min(1).default('－'),
    /** Header of the category column. Default: 类别. */
    categoryLabel: z.string().min(1).default('类别'),
    /** Header of the indicator column. Default: 指标. */
    indicatorLabel: z.string().min(1).default('指标'),
    groups: z.array(kpiGroupSchema).min(1),
    /** Notes, numbered in this order. Default: none. */
    notes: z.array(kpiNoteSchema).default([]),
    /** Relations the figures must satisfy, verified at every build. Default: none. */
    checks: z.array(kpiCheckSchema).default([]),
  })
  .strict();

export type KpiTable = z.output<typeof kpiTableSchema>;
export type KpiGroup = z.output<typeof kpiGroupSchema>;
export type KpiRow = z.output<typeof kpiRowSchema>;
export type KpiCheck = z.output<typeof kpiCheckSchema>;
export type KpiNote = z.output<typeof kpiNoteSchema>;
