/** Reading `<KpiChart>` props written by editors. */

/** "a.b, c.d" → ["a.b", "c.d"] */
export function parseChartRows(rows: string): string[] {
  return rows
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "2022-2024" or "2021, 2023" → years in ascending order; default: every year of the table. */
export function parseChartYears(years: string | undefined, tableYears: number[]): number[] {
  if (!years) return [...tableYears].sort((a, b) => a - b);
  const range = /^\s*(\d{4})\s*[-–~至]\s*(\d{4})\s*$/.exec(years);
  const list = range ? tableYears.filter((y) => y >= Number(range[1]) && y <= Number(range[2])) : years.split(',').map((s) => Number(s.trim()));
  return [...new Set(list)].sort((a, b) => a - b);
}
