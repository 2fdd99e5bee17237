/**
 * A KPI table, `content/data/kpi/<id>.json`: one table of figures by year,
 * the single source of every number printed in tables, sentences, charts and
 * downloads.
 */
import { z } from 'astro/zod';

const asciiId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use lowercase ASCII letters, digits and underscores, starting with a letter')
  .meta({ title: 'ASCII id' });
const year = z
  .string()
  .regex(/^\d{4}$/, 'a year is written as four digits, e.g. "2024"')
  .meta({ title: 'year' });
const noteRefs = z.array(asciiId);
const decimals = z.number().int().min(0).max(6);

export const kpiRowSchema = z
  .object({
    id: asciiId.describe('Stable id, unique in the table: `<Kpi id="table.row">` and charts use it.'),
    label: z.string().min(1).describe('Label without its unit, as printed.'),
    unit: z.string().min(1).nullable().default(null).describe('Unit, printed in the label (排放量（吨）), in the unit column, or after each figure.'),
    kind: z
      .enum(['value', 'header', 'memo'])
      .default('value')
      .describe(
        '`value`: a row of figures; `header`: a sub-heading row without figures (按性别划分的员工人数); `memo`: figures for sentences and charts, not printed in the table.',
      ),
    level: z.number().int().min(0).max(2).default(0).describe('Indentation depth: 0, 1 or 2.'),
    parent: asciiId.nullable().default(null).describe('Id of the total or sub-heading row this row belongs to.'),
    values: z
      .record(year, z.number().nullable())
      .default({})
      .meta({
        description: "Figures by year; `null` = not disclosed, printed as the table's `missing` mark.",
        examples: [{ '2024': 6056610.1, '2023': null }],
      }),
    precision: decimals.default(0).describe('Decimals printed for this row.'),
    precisionByYear: z.record(year, decimals).default({}).describe('Decimals for single years, instead of `precision`.'),
    qualifiers: z
      .record(year, z.enum(['more-than', 'about']))
      .default({})
      .describe('By year: `more-than` prints 超过 before the figure, `about` prints 约.'),
    unitPlacement: z
      .enum(['label', 'value', 'column'])
      .optional()
      .describe("Where this row's unit goes: `value` prints it after every figure (17.0%). Default: the table's `unitPlacement`."),
    footnotes: noteRefs.default([]).describe('Note ids whose markers follow the label.'),
    valueFootnotes: z.record(year, noteRefs).default({}).describe("Note ids whose markers follow one year's figure."),
  })
  .strict()
  .describe('A row of the table.');

export const kpiGroupSchema = z
  .object({
    id: asciiId.describe('Id of the group.'),
    label: z.string().min(1).describe("The category cell printed across the group's rows (温室气体)."),
    footnotes: noteRefs.default([]).describe('Note ids whose markers follow the category.'),
    rows: z.array(kpiRowSchema).min(1).describe('The rows of the group (see "Row fields").'),
  })
  .strict();

export const kpiNoteSchema = z
  .object({
    id: asciiId.describe('Id the markers refer to.'),
    text: z.string().min(1).describe('The note, printed under the table and numbered in this order.'),
  })
  .strict();

const checkBase = {
  id: asciiId.describe('Id of the check.'),
  tolerance: z
    .number()
    .min(0)
    .optional()
    .describe('Largest accepted difference. Default: half a unit of the last printed decimal of the checked row (0.05 for one decimal).'),
  explainedBy: z.record(year, asciiId).default({}).describe('Years whose difference a note explains (a rounding gap): year → note id.'),
};

export const kpiCheckSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('sum').describe('`sum`: `total` equals the sum of `parts`, every year.'),
      total: asciiId.describe('`sum`: the row holding the total.'),
      parts: z.array(asciiId).min(2).describe('`sum`: the rows adding up to it.'),
      ...checkBase,
    })
    .strict(),
  z
    .object({
      type: z.literal('ratio').describe('`ratio`: `result` equals (sum of `numerator`) ÷ `denominator` × `scale`, every year.'),
      result: asciiId.describe('`ratio`: the row holding the ratio.'),
      numerator: z.array(asciiId).min(1).describe('`ratio`: the rows whose sum is divided.'),
      denominator: asciiId.describe('`ratio`: the row divided by.'),
      scale: z.number().positive().default(1).describe('`ratio`: factor applied to the quotient: 100 for a percentage.'),
      ...checkBase,
    })
    .strict(),
]);

export const kpiTableSchema = z
  .object({
    $schema: z.string().optional().describe("Where editors find this file's JSON Schema, for completion and inline errors; the build ignores it."),
    id: asciiId.describe('Table id: the file name without `.json`.'),
    title: z.string().min(1).describe('Caption of the table (环境绩效), converted in the Traditional editions.'),
    periodLabel: z.string().min(1).default('截至十二月三十一日止年度').describe('Header spanning the year columns.'),
    years: z
      .array(z.number().int().min(1900).max(2200).meta({ title: 'year' }))
      .min(1)
      .describe("The table's years."),
    yearOrder: z.enum(['desc', 'asc']).default('desc').describe('Column order: `desc`, newest first, or `asc`.'),
    yearLabels: z.enum(['chinese', 'arabic']).default('chinese').describe('Year headers: `chinese`, 二零二四年, or `arabic`, 2024年.'),
    unitPlacement: z.enum(['label', 'column']).default('label').describe('Where units go: `label`, 排放量（吨）, or `column`, a unit column.'),
    missing: z.string().min(1).default('－').describe('Printed for a figure that is not disclosed (U+FF0D by default).'),
    categoryLabel: z.string().min(1).default('类别').describe('Header of the category column.'),
    indicatorLabel: z.string().min(1).default('指标').describe('Header of the indicator column.'),
    groups: z.array(kpiGroupSchema).min(1).describe("Row groups; a group's `label` is the category cell spanning its rows."),
    notes: z.array(kpiNoteSchema).default([]).describe('Notes under the table, numbered in this order; markers refer to them by `id`.'),
    checks: z.array(kpiCheckSchema).default([]).describe('Relations the figures must satisfy, verified at every build (see "Checks").'),
  })
  .strict()
  .describe(
    'A KPI table (data/kpi/<id>.json): one table of figures by year, the single source of every number printed in tables, sentences, charts and downloads.',
  );

export type KpiTable = z.output<typeof kpiTableSchema>;
export type KpiGroup = z.output<typeof kpiGroupSchema>;
export type KpiRow = z.output<typeof kpiRowSchema>;
export type KpiCheck = z.output<typeof kpiCheckSchema>;
export type KpiNote = z.output<typeof kpiNoteSchema>;
