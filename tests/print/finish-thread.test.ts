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
  it('joins the parts’ prints, checks the print once and finishes every edition from it, in order', async () => {
    const thread = new FinishThread();
    try {
      const prints = [await blankPdf(1), await blankPdf(1)];
      const result = await thread.run({
        prints,
        layoutProblems: [],
        text: [page(), page()],
        editions: [{ metadata }, { metadata, bleedPt: 8.5 }],
      });
      // The prints' bytes were handed over, not copied.
      expect(prints.map((pdf) => pdf.byteLength)).toEqual([0, 0]);
      expect(result.problems).toEqual([]);
      expect(result.editions).toHaveLength(2);
      const [reading, printer] = await Promise.all(result.editions.map((e) => PDFDocument.load(e.bytes, { updateMetadata: false })));
      expect(reading!.getTitle()).toBe('年度报告');
      expect(reading!.getPageCount()).toBe(2);
      expect(reading!.getPage(0).getTrimBox().width).toBeCloseTo(595);
      // The printer edition: the sheet grows by the bleed and the slug for the crop marks; the trim box is the page.
      expect(printer!.getPage(0).getMediaBox().width).toBeGreaterThan(595 + 17);
      expect(printer!.getPage(0).node.get(PDFName.of('TrimBox'))).toBeDefined();
    } finally {
      await thread.stop();
    }
  });

  it('reads the print back: text laid out but not in the PDF is missing, beside what the layout lost', async () => {
    const thread = new FinishThread();
    try {
      const lost = { kind: 'duplicated' as const, text: '范围一', pages: [1] };
      const laidOut = page([{ text: '温室气体排放', boxes: [{ x: 100, y: 100, w: 72, h: 12 }] }]);
      const result = await thread.run({ prints: [await blankPdf(1)], layoutProblems: [lost], text: [laidOut], editions: [{ metadata }] });
      expect(result.problems[0]).toEqual(lost);
      expect(result.problems.slice(1)).toEqual([
        expect.objectContaining({ kind: 'missing', text: expect.stringContaining('温室气体排放') as string, pages: [1] }),
      ]);
    } finally {
      await thread.stop();
    }
  });

  it('fails with the reason when the print cannot be read', async () => {
    const thread = new FinishThread();
    try {
      await expect(
        thread.run({ prints: [new TextEncoder().encode('not a PDF')], layoutProblems: [], text: [page()], editions: [{ metadata }] }),
      ).rejects.toThrow(/could not check and finish the PDF/);
    } finally {
      await thread.stop();
    }
  });
});
