/** `03-environment` → `environment`: a leading number only orders files. */
export function slugFromFileId(id: string): string {
  return id.replace(/^\d+[-_.]/, '');
}
