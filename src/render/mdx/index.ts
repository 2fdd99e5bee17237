/** Components available in every chapter without an import. */
import Kpi from './Kpi.astro';
import KpiChart from './KpiChart.astro';
import KpiTable from './KpiTable.astro';
import NoConvert from './NoConvert.astro';
import Zh from './Zh.astro';

export const mdxComponents = { Zh, NoConvert, Kpi, KpiTable, KpiChart };
