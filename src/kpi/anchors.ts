/** Where a KPI table is in a page: the anchors the table, its notes and the references to it share. */

/** `kpi-environment`: the id of the table's figure; notes are `kpi-environment-note-1` … */
export function kpiTableAnchor(tableId: string): string {
  return `kpi-${tableId.replace(/_/g, '-')}`;
}
