/** Components available in every chapter without an import. */
import CaseStudy from './CaseStudy.astro';
import ChapterOpener from './ChapterOpener.astro';
import DisclosureIndex from './DisclosureIndex.astro';
import Disclosures from './Disclosures.astro';
import FeedbackForm from './FeedbackForm.astro';
import Figure from './Figure.astro';
import Heading from './Heading.astro';
import Highlight from './Highlight.astro';
import KeyFigure from './KeyFigure.astro';
import KeyFigures from './KeyFigures.astro';
import Kpi from './Kpi.astro';
import KpiChart from './KpiChart.astro';
import KpiTable from './KpiTable.astro';
import Milestone from './Milestone.astro';
import NoConvert from './NoConvert.astro';
import PullQuote from './PullQuote.astro';
import Ref from './Ref.astro';
import Signature from './Signature.astro';
import Table from './Table.astro';
import Term from './Term.astro';
import TermList from './TermList.astro';
import Timeline from './Timeline.astro';
import Zh from './Zh.astro';
import type { ComponentName } from '../../content/components.ts';

export const mdxComponents = {
  Zh,
  NoConvert,
  Kpi,
  KpiTable,
  KpiChart,
  KeyFigure,
  KeyFigures,
  CaseStudy,
  Highlight,
  PullQuote,
  Figure,
  Table,
  Signature,
  Timeline,
  Milestone,
  ChapterOpener,
  TermList,
  Term,
  Ref,
  Disclosures,
  DisclosureIndex,
  FeedbackForm,
  // Not written by editors: the Markdown pipeline turns headings into it.
  Heading,
} satisfies Record<ComponentName | 'Heading', unknown>;
