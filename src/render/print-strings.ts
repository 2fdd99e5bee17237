/**
 * The print edition's own words, written once in Simplified Chinese like the
 * chapters; the Traditional edition gets them converted with the page.
 */
export const printStrings = {
  contents: '目录',
  /** After a table's caption on the pages it continues on. */
  continued: '（续）',
  /** After the variant's label on the cover: 简体中文版. */
  edition: '版',
  period: '报告期',
  published: '发布日期',
  stockCode: '股份代号',
  /** Around the page number of a cross-reference: （见第12页）. */
  seePageBefore: '（见第',
  seePageAfter: '页）',
} as const;
