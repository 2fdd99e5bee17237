/**
 * Words the blocks print, written once in Simplified Chinese like the
 * chapters; Traditional pages get them converted with the page.
 */
export const blockStrings = {
  openerLabel: '本章概览',
  openerSections: '本章内容',
  sdgs: '联合国可持续发展目标',
  ungc: '联合国全球契约原则',
  principle: (n: string) => `原则${n}`,
  caseStudy: '案例',
  highlight: '要点',
  disclosureCode: '指标',
  disclosureTitle: '内容',
  disclosureWhere: '披露位置',
  notReported: '未披露说明：',
} as const;
