/**
 * Validates the report's sources before anything is written: the report
 * configuration, every chapter's frontmatter, and that every chapter
 * compiles as MDX. Returns every problem found, not just the first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { MARKDOWN_SYNTAX } from '../markdown-syntax.ts';
import type { Image, Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENT_NAMES } from '../components.ts';
import { readKpiTables, type KpiTables } from '../../kpi/read.ts';
import { checkKpiReference, type Attributes } from './kpi-references.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { ReportError } from '../../diagnostics.ts';
import { chapterSchema, type ChapterFrontmatter } from '../chapter-schema.ts';
import { ASCII_NAME, chapterSlug, clashes } from '../slugs.ts';
import { chaptersDir, contentDir, glossaryFile, kpiDir, reportFile } from '../../sources/paths.ts';
import remarkCheckChapterText from './chapter-text.ts';
import { describeCharacter, uncoveredPlaces } from '../../fonts/coverage.ts';
import { buildOutline } from '../outline/outline.ts';
import { readChapterSources, type ChapterSource } from '../outline/parse.ts';
import type { ReportData } from '../report-schema.ts';
import { readReportData } from '../report.ts';
import { brandFile, readBrand } from '../brand.ts';
import { validateYaml } from '../../sources/validate.ts';
import { checkGlossary, readGlossary } from '../glossary.ts';
import { yamlPositions } from '../../sources/yaml-positions.ts';
import { listChapterFiles } from '../chapter-files.ts';
import { frontmatterFieldPosition, splitFrontmatter } from '../frontmatter.ts';
import { readSourceFile } from '../../sources/source-file.ts';
import { overrideProblems } from '../traditional-forms.ts';

/** Page addresses of a script's own pages, not available to chapters. */
const RESERVED_SLUGS = ['search'];

/** A chapter whose frontmatter could be read. */
type CheckedChapter = Pick<ChapterSource, 'file' | 'frontmatter' | 'slug'>;

export async function precheck(): Promise<{ diagnostics: Diagnostic[]; chapters: CheckedChapter[] }> {
  const diagnostics: Diagnostic[] = [];
  let report: ReportData | undefined;
  try {
    report = readReportData();
  } catch (e) {
    if (e instanceof ReportError) diagnostics.push(...e.diagnostics);
    else throw e;
  }
  diagnostics.push(...readGlossary().diagnostics);
  const brand = brandFile();
  if (brand) diagnostics.push(...readBrand(brand).diagnostics);
  const coverImage = report?.cover.image;
  if (coverImage && !existsSync(path.resolve(contentDir(), coverImage))) {
    const source = readSourceFile(reportFile());
    diagnostics.push({
      file: reportFile(),
      ...yamlPositions(source.text)(['cover', 'image']),
      message: `cover image not found: ${coverImage}`,
      hint: `no file at ${path.relative(process.cwd(), path.resolve(contentDir(), coverImage))}; the path is relative to report.yaml`,
      severity: 'error',
    });
  }
  const kpi = readKpiTables();
  diagnostics.push(...kpi.diagnostics);

  for (const file of [reportFile(), glossaryFile(), ...(existsSync(kpiDir()) ? readdirSync(kpiDir()).filter((f) => f.endsWith('.json')).map((f) => path.join(kpiDir(), f)) : [])]) {
    // A file in another encoding is reported by its reader; its characters mean nothing.
    const source = existsSync(file) ? readSourceFile(file) : undefined;
    if (source && !source.problem) diagnostics.push(...characterProblems(file, source.text));
  }

  const dir = chaptersDir();
  const listing = listChapterFiles(dir);
  diagnostics.push(...listing.problems);
  const files = listing.chapters;
  if (files.length === 0 && !listing.problems.some((d) => d.severity === 'error')) {
    diagnostics.push({
      file: dir,
      message: 'no chapters found',
      hint: 'add at least one chapter as content/chapters/<name>.mdx',
      severity: 'error',
    });
  }

  const chapters: CheckedChapter[] = [];
  let unreadable = 0;
  for (const name of files) {
    const file = path.join(dir, name);
    const { text, problem } = readSourceFile(file);
    if (problem) {
      // Not readable as UTF-8: that alone is reported, and what depends on the whole report waits.
      diagnostics.push(problem);
      unreadable++;
      continue;
    }
    const { frontmatter, problems, readable } = await checkChapterCached({ file, text, kpi, contentDir: contentDir() });
    if (!readable) unreadable++;
    diagnostics.push(...problems);
    if (frontmatter) {
      const slug = chapterSlug(file, frontmatter);
      if (!ASCII_NAME.test(slug)) {
        diagnostics.push({
          file,
          line: 1,
          column: 1,
          message: `the file name does not give an ASCII page address (got "${slug}")`,
          hint: 'rename the file with lowercase ASCII letters, digits and hyphens, or add `slug: my-chapter` to the frontmatter',
          severity: 'error',
        });
      }
      if (RESERVED_SLUGS.includes(slug)) {
        diagnostics.push({
          file,
          line: 1,
          column: 1,
          message: `the page address "${slug}" is taken by the site's ${slug} page`,
          hint: 'give the chapter another `slug:` in its frontmatter',
          severity: 'error',
        });
      }
      chapters.push({ file, frontmatter, slug });
    }
  }

  // Cross-references, numbering and disclosure codes, across chapters: only when every chapter could
  // be read. A chapter that cannot be read is missing from the outline, and every reference to it and
  // every disclosure it covers would be reported as well: one mistake, one message.
  if (report && unreadable === 0) {
    const outline = buildOutline(readChapterSources(dir), {
      numbering: report.numbering,
      disclosures: report.disclosures,
      kpiTitles: new Map([...kpi.tables.values()].map((t) => [t.id, t.title])),
      reportFile: { file: reportFile(), text: readSourceFile(reportFile()).text },
    });
    diagnostics.push(...outline.diagnostics);
  }

  for (const { item, other } of clashes(chapters, (ch) => ch.slug)) {
    diagnostics.push({
      file: item.file,
      line: 1,
      column: 1,
      message: `page address "${item.slug}" is also used by ${path.basename(other.file)}`,
      hint: 'give one of the chapters a different `slug:` in its frontmatter',
      severity: 'error',
    });
  }
  for (const { item, other } of clashes(chapters, (ch) => ch.frontmatter.order)) {
    diagnostics.push({
      file: item.file,
      ...frontmatterFieldPosition(item.file, 'order'),
      message: `order ${item.frontmatter.order} is also used by ${path.basename(other.file)}; the file names decide which comes first`,
      hint: 'give each chapter its own `order:`',
      severity: 'warning',
    });
  }
  return { diagnostics, chapters };
}

/** Everything a chapter's own check reads: its cache key is made of all of it, so a new input cannot be forgotten there. */
interface ChapterCheckInputs {
  file: string;
  text: string;
  kpi: KpiTables;
  /** Where images are looked up. */
  contentDir: string;
}

/**
 * Chapter checks are cached by their inputs, so a check in the live preview
 * recompiles only the chapters that changed (or whose KPI data changed).
 */
const chapterChecks = new Map<string, Promise<ChapterCheck>>();

/** A chapter's own problems; `readable`: its frontmatter and its MDX could be read, so the outline has it whole. */
interface ChapterCheck {
  frontmatter?: ChapterFrontmatter;
  problems: Diagnostic[];
  readable: boolean;
}

/** Digests of the inputs that are objects (the KPI data), made once per object: every chapter of a check shares them. */
const digests = new WeakMap<object, string>();

/** A digest of one input: of its text, or of an object once however many chapters share it. */
function digestOf(value: unknown): string {
  const json = (v: unknown) => JSON.stringify(v, (_, inner) => (inner instanceof Map || inner instanceof Set ? [...inner] : inner));
  if (typeof value !== 'object' || value === null) return createHash('sha1').update(json(value)).digest('hex');
  let digest = digests.get(value);
  if (!digest) digests.set(value, (digest = createHash('sha1').update(json(value)).digest('hex')));
  return digest;
}

function checkChapterCached(inputs: ChapterCheckInputs): Promise<ChapterCheck> {
  const key = `${inputs.file}\0${Object.entries(inputs)
    .map(([name, value]) => `${name}=${digestOf(value)}`)
    .join('\0')}`;
  let result = chapterChecks.get(key);
  if (!result) {
    for (const k of chapterChecks.keys()) if (k.startsWith(`${inputs.file}\0`)) chapterChecks.delete(k);
    result = checkChapter(inputs);
    chapterChecks.set(key, result);
  }
  return result;
}

async function checkChapter({ file, text, kpi, contentDir }: ChapterCheckInputs): Promise<ChapterCheck> {
  const problems: Diagnostic[] = [];
  let readable = true;
  const split = splitFrontmatter(text);
  let frontmatter: ChapterFrontmatter | undefined;
  let body = text;
  if (!split) {
    readable = false;
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'the chapter has no frontmatter',
      hint: 'start the file with a block between two `---` lines holding at least `title:` and `order:`',
      severity: 'error',
    });
  } else {
    const result = validateYaml({ file, text: split.yaml, lineOffset: 1 }, chapterSchema);
    if (result.ok) {
      frontmatter = result.data;
      if (result.data.glossary) {
        const positions = yamlPositions(split.yaml, 1);
        problems.push(...checkGlossary(result.data.glossary, file, (p, at) => positions(['glossary', ...p], at)).diagnostics);
      }
    } else {
      readable = false;
      problems.push(...result.diagnostics);
    }
    body = split.body;
  }
  problems.push(...characterProblems(file, text));
  try {
    await compile(
      { value: body, path: file },
      { remarkPlugins: [...MARKDOWN_SYNTAX, [remarkCheckReferences, { file, problems, kpi }], [remarkCheckChapterText, { file, problems, contentDir }]], development: false },
    );
  } catch (e) {
    readable = false;
    problems.push(mdxDiagnostic(file, e));
  }
  return { frontmatter, problems, readable };
}

/**
 * Checks what the chapter refers to: images must exist (and should have alt
 * text), components must be ones Bifolio provides or the chapter imports.
 */
function remarkCheckReferences(options: { file: string; problems: Diagnostic[]; kpi: KpiTables }) {
  const { file, problems, kpi } = options;
  return (tree: MdastRoot) => {
    const imported = new Set<string>();
    visit(tree, 'mdxjsEsm', (node: { value: string }) => {
      for (const m of node.value.matchAll(/import\s+(?:\{([^}]*)\}|(\w+))/g)) {
        if (m[2]) imported.add(m[2]);
        for (const name of (m[1] ?? '').split(',')) {
          const local = name.trim().split(/\s+as\s+/).pop();
          if (local) imported.add(local);
        }
      }
    });
    const known = new Set<string>([...MDX_COMPONENT_NAMES, ...imported]);
    const at = (node: { position?: { start: { line: number; column: number } } }) => ({
      line: node.position?.start.line,
      column: node.position?.start.column,
    });
    visit(tree, (node) => {
      if (node.type === 'image') {
        const image = node as Image;
        if (!image.alt?.trim()) {
          problems.push({
            file,
            ...at(image),
            message: `image ${image.url} has no alt text`,
            hint: 'describe the image for readers who cannot see it: ![description](path "caption")',
            severity: 'warning',
          });
        }
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = (node as { name?: string | null }).name;
        if (name && /^[A-Z]/.test(name) && !known.has(name.split('.')[0]!)) {
          problems.push({
            file,
            ...at(node),
            message: `unknown component <${name}>`,
            hint: `components available in chapters: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}`,
            severity: 'error',
          });
        } else if (name && !imported.has(name)) {
          for (const problem of checkKpiReference(name, jsxAttributes(node), kpi.tables, kpi.broken)) {
            problems.push({ file, ...at(node), ...problem, severity: 'error' });
          }
          for (const problem of overrideProblems(name, jsxAttributes(node))) problems.push({ file, ...at(node), ...problem, severity: 'error' });
        }
      }
    });
  };
}

/** JSX attributes as written: strings, and expressions by their source (`year={2024}` → "2024"). */
function jsxAttributes(node: unknown): Attributes {
  const attrs: Attributes = {};
  for (const a of (node as { attributes?: Array<{ type: string; name?: string; value?: unknown }> }).attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    const v = a.value;
    attrs[a.name] = typeof v === 'string' ? v : v && typeof v === 'object' && 'value' in v ? String((v as { value: unknown }).value) : 'true';
  }
  return attrs;
}

interface VFileMessageLike {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

function mdxDiagnostic(file: string, e: unknown): Diagnostic {
  const err = (e ?? {}) as VFileMessageLike;
  const place = err.place && 'start' in err.place && err.place.start ? err.place.start : err.place;
  const reason = err.reason ?? err.message ?? String(e);
  // Some messages carry their place only in their text: "Expected a closing tag for `<X>` (20:1-20:23)".
  const written = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  return {
    file,
    line: err.line ?? place?.line ?? (written ? Number(written[1]) : undefined),
    column: err.column ?? place?.column ?? (written ? Number(written[2]) : undefined),
    message: `MDX does not compile: ${reason.replace(/\s+/g, ' ').trim()}`,
    hint: mdxHint(reason),
    severity: 'error',
  };
}

function mdxHint(reason: string): string {
  const unclosed = /Expected a closing tag for `<([^>\s`]+)/.exec(reason)?.[1];
  if (unclosed) return `close it with </${unclosed}> after its content, or write it self-closing: <${unclosed} … />`;
  if (/Expected a closing tag/i.test(reason)) return 'close the tag, e.g. `<Zh hant="…">…</Zh>`, or write it self-closing `<Tag />`';
  if (/Unexpected end of file in expression|Could not parse expression/i.test(reason)) return 'a `{` starts a JavaScript expression in MDX; write `\\{` for a literal brace';
  if (/before local name|before name/i.test(reason)) return 'a `<` starts a tag in MDX; write `\\<` for a literal less-than sign, and `[text](url)` for links';
  return 'see the MDX syntax notes in the authoring guide';
}

/** Characters no shipped font has: they would print as empty boxes (fonts/coverage.ts). */
function characterProblems(file: string, text: string): Diagnostic[] {
  return uncoveredPlaces(text).map(({ cp, line, column }) => ({
    file,
    line,
    column,
    message: `no font Bifolio ships has the character ${describeCharacter(cp)}: it would print as an empty box`,
    hint: 'use another character, or show it as an image with the character as its alt text',
    severity: 'error' as const,
  }));
}
