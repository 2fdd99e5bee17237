/**
 * The sample report's PDFs, as the build wrote them, read back with poppler
 * (pdffonts, pdfinfo, pdftotext) and pdf-lib.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/content/report.ts';
import { getConverter } from '../../src/convert/converter.ts';
import { pdfFonts, pdfInfo, pdfText } from '../support/poppler.ts';
import { pdfName } from '../../src/render/print-routes.ts';
import { pdfOutline, pdfPages, pageText, textIn, type PdfPage } from '../support/pdf.ts';
import { ROOT, SAMPLE_SITE } from '../support/paths.ts';

const report = loadReport(path.join(ROOT, 'content', 'report.yaml'));
const hant = getConverter('zh-Hant');
const MM = 72 / 25.4;
const file = (prefix: string, edition: 'reading' | 'printer' = 'reading') => path.join(SAMPLE_SITE, 'pdf', pdfName(report, { prefix }, edition));
const VARIANTS = report.variants.map((v) => ({ prefix: v.prefix, code: v.code, text: (s: string) => (v.profile ? hant.convert(s) : s) }));

describe.each(VARIANTS)('$code PDFs', ({ prefix, code, text }) => {
  const reading = file(prefix);
  const printer = file(prefix, 'printer');
  const pages = pdfPages(reading);

  it('are written for both editions', () => {
    expect(existsSync(reading)).toBe(true);
    expect(existsSync(printer)).toBe(true);
  });

  it('embed every font as a real subset: no Type 3, nothing synthesised', () => {
    for (const f of [reading, printer]) {
      const fonts = pdfFonts(f);
      expect(fonts.length).toBeGreaterThanOrEqual(3);
      for (const font of fonts) {
        expect(font.type, font.name).not.toMatch(/Type 3/);
        expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      }
      const names = fonts.map((x) => x.name.replace(/^[A-Z]{6}\+/, ''));
      // Bold comes from the bold file, not from an emboldened regular.
      expect(names).toContain(code === 'zh-Hans' ? 'NotoSansSC-Bold' : 'NotoSansTC-Bold');
      expect(names).toContain(code === 'zh-Hans' ? 'NotoSansSC-Regular' : 'NotoSansTC-Regular');
    }
  });

  it('have a plausible number of A4 pages, the same in both editions', () => {
    const info = pdfInfo(reading);
    expect(Number(info.Pages)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.length).toBeLessThanOrEqual(120);
    expect(pages.length % 2).toBe(0); // the back cover is a left-hand page
    expect(Number(pdfInfo(printer).Pages)).toBe(pages.length);
    expect(pages[0]!.width).toBeCloseTo(210 * MM, -0.5);
    expect(pages[0]!.height).toBeCloseTo(297 * MM, -0.5);
  });

  it('carry the report metadata, tagged, with a fixed date', () => {
    const info = pdfInfo(reading);
    expect(info.Title).toBe(text(report.title));
    expect(info.Author).toBe(text(report.organisation.name));
    expect(info.Subject).toBe(text(report.description!));
    expect(info.Tagged).toBe('yes');
    expect(info.CreationDate).toBe(`${report.published}T12:00:00Z`);
    expect(info.ModDate).toBe(`${report.published}T12:00:00Z`);
  });

  it('open on the cover, in the right script', () => {
    const cover = pageText(pages[0]!);
    expect(cover).toContain(text(report.title).replace(/\s/g, ''));
    expect(cover).toContain(code === 'zh-Hans' ? '简体中文版' : '繁體中文版');
    expect(pageText(pages.at(-1)!)).toContain(text(report.organisation.name));
  });

  it('have bookmarks for every chapter and section', async () => {
    const outline = await pdfOutline(reading);
    const chapters = outline.filter((e) => e.depth === 0 && e.title !== text('目录'));
    expect(chapters.length).toBe(readdirSync(path.join(ROOT, 'content', 'chapters')).filter((f) => f.endsWith('.mdx')).length);
    expect(outline.filter((e) => e.depth === 1).length).toBeGreaterThanOrEqual(30);
    for (const entry of outline) expect(entry.page, entry.title).toBeGreaterThan(0);
  });

  it('print in the table of contents the page where each heading really is', async () => {
    // Bookmarks (made by Chromium from the headings) and contents lines (Paged.js's target-counter) in the same order.
    const outline = await pdfOutline(reading);
    const contents = outline.find((e) => e.title === text('目录'))!;
    const entries = outline.filter((e) => e.depth <= 1 && e !== contents);
    // Contents lines end with the page number: "能源管理 ....... 12".
    const lines = pdfText(reading, { first: contents.page, last: entries[0]!.page - 1, layout: true })
      .split('\n')
      .map((l) => /^\s*(\S.*?)\s+(\d+)\s*$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
    // Contents lines of chapters carry the chapter's number (第一章, 附录一); its bookmark, the title alone.
    const chapterNumber = new RegExp(`^(?:${text('第[一二三四五六七八九十]+章')}|${text('附录[一二三四五六七八九十]+')})\\s*`);
    for (const line of lines) line.title = line.title.replace(chapterNumber, '');
    expect(lines.map((l) => l.title)).toEqual(entries.map((e) => e.title));
    lines.forEach((line, i) => {
      expect(line.page, line.title).toBe(entries[i]!.page);
      // The heading is on that page, and that page's folio says so.
      const page = pages[line.page - 1]!;
      expect(pageText(page), line.title).toContain(line.title.replace(/\s/g, ''));
      expect(textIn(page, page.height - 24 * MM, page.height)).toBe(String(line.page));
    });
  });

  it('print with each cross-reference the page its target is on', async () => {
    // "1.2 能源管理（见第20页）": the section's bookmark is on page 20. "表3 环境绩效（见第53页）": its caption is.
    const outline = await pdfOutline(reading);
    const sections = new Map(outline.filter((e) => e.depth === 1).map((e) => [e.title.replace(/\s/g, ''), e.page]));
    const texts = pages.map((p) => pageText(p));
    const [before, after] = [text('（见第'), text('页）')];
    const pattern = new RegExp(`(\\d+\\.\\d+[^（(]{1,24}?|[${text('表图')}]\\d+[^（(]{1,24}?)${before}(\\d+)${after}`, 'g');
    let sectionsChecked = 0;
    let itemsChecked = 0;
    texts.forEach((t, i) => {
      for (const m of t.matchAll(pattern)) {
        const label = m[1]!;
        const page = Number(m[2]);
        if (sections.has(label)) {
          expect(page, `${label} on page ${i + 1}`).toBe(sections.get(label));
          sectionsChecked++;
        } else if (/^\D\d+/.test(label)) {
          // A table or figure: its caption (the label not followed by a page reference) is on that page.
          const caption = texts.findIndex((pt) => pt.split(`${label}${before}`).join('').includes(label));
          expect(caption + 1, `${label} on page ${i + 1}`).toBe(page);
          itemsChecked++;
        }
      }
    });
    expect(sectionsChecked).toBeGreaterThanOrEqual(20);
    expect(itemsChecked).toBeGreaterThanOrEqual(3);
  });

  it('open every chapter on a right-hand page, headed by nothing', async () => {
    const outline = await pdfOutline(reading);
    for (const chapter of outline.filter((e) => e.depth === 0)) {
      expect(chapter.page % 2, chapter.title).toBe(1);
      expect(textIn(pages[chapter.page - 1]!, 0, 24 * MM), chapter.title).toBe('');
    }
  });

  it('run the report title over left pages and the chapter title over right pages', async () => {
    const outline = await pdfOutline(reading);
    const chapters = outline.filter((e) => e.depth === 0 && e.title !== text('目录'));
    const firstChapter = chapters[0]!.page;
    let checked = 0;
    pages.forEach((page, i) => {
      const number = i + 1;
      if (number < firstChapter || number === pages.length) return;
      const body = textIn(page, 24 * MM, page.height - 24 * MM);
      const header = textIn(page, 0, 24 * MM);
      const opener = chapters.find((c) => c.page === number);
      if (body === '' || opener) {
        // Blank pages and chapter openers carry no header.
        expect(header, `page ${number}`).toBe('');
        return;
      }
      const chapter = chapters.filter((c) => c.page <= number).at(-1)!;
      expect(header, `page ${number}`).toBe(number % 2 === 0 ? text(report.title) : chapter.title);
      expect(textIn(page, page.height - 24 * MM, page.height), `folio of page ${number}`).toBe(String(number));
      checked++;
    });
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('repeat the header rows of a KPI table on every page it continues on', () => {
    const continued = (title: string) => pages.map((p, i) => ({ p, i })).filter(({ p }) => pageText(p).includes(`${title}${text('（续）')}`));
    const environment = text('环境绩效');
    const pagesOfTable = continued(environment);
    expect(pagesOfTable.length).toBeGreaterThanOrEqual(1);
    for (const { p, i } of pagesOfTable) {
      const t = pageText(p);
      for (const head of ['类别', '指标', '截至十二月三十一日止年度', '二零二四年', '二零二一年']) expect(t, `page ${i + 1}`).toContain(text(head));
      // The header comes before the first row of the page.
      expect(t.indexOf(text('指标'))).toBeLessThan(t.indexOf(text('吨')));
    }
  });

  it('never begin a line with closing punctuation or end one with opening punctuation', () => {
    const closing = /^[，。、；：？！）」』》〉】〕,.;:?!)]/;
    const opening = /[（「『《〈【〔(]$/;
    let lines = 0;
    for (const page of pages) {
      for (const line of visualLines(page)) {
        if (!/[\u4e00-\u9fff]/.test(line)) continue;
        lines++;
        expect(line, line).not.toMatch(closing);
        expect(line, line).not.toMatch(opening);
      }
    }
    expect(lines).toBeGreaterThan(500);
  });

  it('put footnotes at the foot of the page that calls them', () => {
    // Chapter 01 has a footnote on the GHG Protocol; its call and its text share a page.
    const note = pages.findIndex((p) => textIn(p, p.height / 2, p.height - 24 * MM).includes('The Greenhouse Gas Protocol'.replace(/\s/g, '')));
    expect(note).toBeGreaterThan(0);
    const page = pages[note]!;
    const noteLine = page.lines.find((l) =>
      l
        .map((w) => w.text)
        .join('')
        .includes('Greenhouse'),
    )!;
    // Below every line of the body text on that page.
    const bodyLines = page.lines.filter((l) => l[0]!.yMin < noteLine[0]!.yMin);
    expect(bodyLines.length).toBeGreaterThan(3);
    expect(noteLine[0]!.xMin).toBeGreaterThan(0);
  });
});

describe('printer edition', () => {
  const printer = file('zh-hant', 'printer');

  it("is the reading edition's print for the press: the same text, no tags, no links, nothing left of them", async () => {
    expect(pdfInfo(printer).Tagged).toBe('no');
    const doc = await PDFDocument.load(readFileSync(printer), { updateMetadata: false });
    expect(doc.catalog.has(PDFName.of('StructTreeRoot'))).toBe(false);
    expect(doc.getPages().every((page) => !page.node.has(PDFName.of('Annots')))).toBe(true);
    const types = doc.context.enumerateIndirectObjects().map(([, o]) => (o instanceof PDFDict ? o.get(PDFName.of('Type'))?.toString() : undefined));
    expect(types.filter((t) => t === '/StructElem' || t === '/Annot')).toEqual([]);
    // The reading edition keeps its tags and links.
    const reading = await PDFDocument.load(readFileSync(file('zh-hant')), { updateMetadata: false });
    expect(reading.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    expect(reading.getPages().some((page) => page.node.has(PDFName.of('Annots')))).toBe(true);
    // The same characters on every page (pdftotext may read a table in another order on the larger sheet).
    const characters = (f: string) =>
      pdfText(f)
        .split('\f')
        .map((page) => [...page.replace(/\s/g, '')].sort().join(''));
    expect(characters(printer)).toEqual(characters(file('zh-hant')));
  });

  it('has a TrimBox of the page size inside a 3 mm BleedBox, and room for crop marks outside', async () => {
    const doc = await PDFDocument.load(readFileSync(printer), { updateMetadata: false });
    for (const page of doc.getPages()) {
      const trim = page.getTrimBox();
      const bleed = page.getBleedBox();
      const media = page.getMediaBox();
      expect(trim.width).toBeCloseTo(210 * MM, -0.5);
      expect(trim.height).toBeCloseTo(297 * MM, -0.5);
      expect(trim.x - bleed.x).toBeCloseTo(3 * MM, 1);
      expect(bleed.x + bleed.width - (trim.x + trim.width)).toBeCloseTo(3 * MM, 1);
      expect(bleed.x - media.x).toBeGreaterThan(5 * MM);
    }
  });

  it('draws crop marks at the trim lines outside the bleed, and the cover colour fills the bleed', async () => {
    const doc = await PDFDocument.load(readFileSync(printer), { updateMetadata: false });
    const cover = doc.getPages()[0]!;
    const media = cover.getMediaBox();
    const trim = cover.getTrimBox();
    const bleed = cover.getBleedBox();
    // The top left corner at 4 pixels per point, as grey levels (0 black, 255 white).
    const scale = 4;
    const size = Math.ceil((trim.x - media.x + 30) * scale);
    const image = greyImage(printer, 1, scale * 72, size);
    const at = (xPt: number, yFromTopPt: number) => image.pixel(Math.round(xPt * scale), Math.round(yFromTopPt * scale));
    const trimLeft = trim.x - media.x;
    const trimTop = media.y + media.height - (trim.y + trim.height);
    const bleedLeft = bleed.x - media.x;
    // The horizontal mark lies on the trim line, left of the bleed; the vertical one above it.
    expect(at(bleedLeft - 4 * MM, trimTop)).toBeLessThan(128);
    expect(at(trimLeft, trimTop - (bleedLeft > 0 ? 3 * MM + 4 * MM : 0))).toBeLessThan(128);
    // Nothing is drawn between the marks and the bleed.
    expect(at(bleedLeft - 0.5 * MM, trimTop)).toBeGreaterThan(200);
    // The cover's colour runs into the bleed, up to its edge.
    expect(at(bleedLeft + 1, trimTop + 20)).toBeLessThan(160);
    expect(at(bleedLeft - 1, trimTop + 20)).toBeGreaterThan(200);
  });
});

/**
 * The lines of a page as a reader sees them: words whose baselines are
 * within 3 pt, left to right (pdftotext's own lines split at punctuation
 * whose glyphs sit higher or lower).
 */
function visualLines(page: PdfPage): string[] {
  const words = page.lines.flat().sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin);
  const lines: Array<typeof words> = [];
  for (const w of words) {
    const line = lines.find((l) => Math.abs(l[0]!.yMax - w.yMax) <= 3);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) =>
    l
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(''),
  );
}

/** A corner of a page rendered by pdftoppm in grey. */
function greyImage(pdf: string, page: number, dpi: number, size: number): { pixel(x: number, y: number): number } {
  const out = execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-x', '0', '-y', '0', '-W', String(size), '-H', String(size), pdf],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(0, 50).toString('latin1'))!;
  const width = Number(header[1]);
  const data = out.subarray(header[0].length);
  return { pixel: (x, y) => data[y * width + x]! };
}
