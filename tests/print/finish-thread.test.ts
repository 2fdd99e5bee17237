import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { FinishThread } from '../../src/print/pdf/finish-thread.ts';

const metadata = { title: '年度报告', subject: '', author: '某公司', lang: 'zh-Hans', keywords: ['ESG'], date: new Date('2024-04-25T00:00:00Z') };

/** A laid-out A4 page (CSS pixels) with these pieces of text. */
const page = (pieces: Array<{ text: string; boxes: Array<{ x: number; y: number; w: number; h: number }> }> = []) => ({
  width: 793.7,
  height: 1122.5,
  pieces,
  generated: [],
  emphasis: [],
  area: { x: 0, y: 0, w: 793.7, h: 1122.5 },
});

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return doc.save();
}

describe('the check and finishing in a worker thread', () => {
  it('checks each part’s print as it comes, joins them in order and finishes every edition from them', async () => {
    const thread = new FinishThread();
    try {
      const prints = [await blankPdf(1), await blankPdf(2)];
      // Handed over out of order: the second part was printed first.
      thread.check(1, { pdf: prints[1]!, text: [page(), page()], firstPage: 2 });
      thread.check(0, { pdf: prints[0]!, text: [page()], firstPage: 1 });
      const result = await thread.run({ layoutProblems: [], editions: [{ metadata }, { metadata, bleedPt: 8.5 }] });
      // The prints' bytes were handed over, not copied.
      expect(prints.map((pdf) => pdf.byteLength)).toEqual([0, 0]);
      expect(result.problems).toEqual([]);
      expect(result.editions).toHaveLength(2);
      const [reading, printer] = await Promise.all(result.editions.map((e) => PDFDocument.load(e.bytes, { updateMetadata: false })));
      expect(reading!.getTitle()).toBe('年度报告');
      expect(reading!.getPageCount()).toBe(3);
      expect(reading!.getPage(0).getTrimBox().width).toBeCloseTo(595);
      // The printer edition: the sheet grows by the bleed and the slug for the crop marks; the trim box is the page.
      expect(printer!.getPage(0).getMediaBox().width).toBeGreaterThan(595 + 17);
      expect(printer!.getPage(0).node.get(PDFName.of('TrimBox'))).toBeDefined();
    } finally {
      await thread.stop();
    }
  });

  it('reads each print back: text laid out but not in the PDF is missing on its page of the whole document, beside what the layout lost', async () => {
    const thread = new FinishThread();
    try {
      const lost = { kind: 'duplicated' as const, text: '范围一', pages: [1] };
      const laidOut = page([{ text: '温室气体排放', boxes: [{ x: 100, y: 100, w: 72, h: 12 }] }]);
      thread.check(0, { pdf: await blankPdf(2), text: [page(), page()], firstPage: 1 });
      thread.check(1, { pdf: await blankPdf(1), text: [laidOut], firstPage: 3 });
      const result = await thread.run({ layoutProblems: [lost], editions: [{ metadata }] });
      expect(result.problems[0]).toEqual(lost);
      expect(result.problems.slice(1)).toEqual([
        expect.objectContaining({ kind: 'missing', text: expect.stringContaining('温室气体排放') as string, pages: [3] }),
      ]);
    } finally {
      await thread.stop();
    }
  });

  it('fails with the reason when the print cannot be read', async () => {
    const thread = new FinishThread();
    try {
      thread.check(0, { pdf: new TextEncoder().encode('not a PDF'), text: [page()], firstPage: 1 });
      await expect(thread.run({ layoutProblems: [], editions: [{ metadata }] })).rejects.toThrow(/could not check and finish the PDF/);
    } finally {
      await thread.stop();
    }
  });
});
