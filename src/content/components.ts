/**
 * Names of the components every chapter can use without an import. Kept
 * apart from the components themselves so the command line can check
 * chapters without loading Astro.
 */
export const MDX_COMPONENT_NAMES = [
  'Zh',
  'NoConvert',
  'Kpi',
  'KpiTable',
  'KpiChart',
  'KeyFigure',
  'KeyFigures',
  'CaseStudy',
  'Highlight',
  'PullQuote',
  'Figure',
  'Table',
  'Signature',
  'Timeline',
  'Milestone',
  'ChapterOpener',
  'TermList',
  'Term',
  'Ref',
  'Disclosures',
  'DisclosureIndex',
  'FeedbackForm',
] as const;
