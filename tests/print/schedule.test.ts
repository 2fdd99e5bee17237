import { describe, expect, it } from 'vitest';
import { documentMemoryMb, planLayout } from '../../src/print/pdf/schedule.ts';

const MB = 2 ** 20;

describe('how many PDFs are laid out at once, and in how many parts', () => {
  it('with memory to spare, keeps every core busy: the documents side by side, the cores left over on their parts', () => {
    expect(planLayout({ cores: 2, documentBytes: [MB, MB], memoryMb: 16_000 })).toEqual({ parallel: 2, parts: 1 });
    expect(planLayout({ cores: 8, documentBytes: [MB, MB], memoryMb: 16_000 })).toEqual({ parallel: 2, parts: 4 });
    expect(planLayout({ cores: 4, documentBytes: [MB], memoryMb: 16_000 })).toEqual({ parallel: 1, parts: 4 });
    expect(planLayout({ cores: 1, documentBytes: [MB, MB], memoryMb: 16_000 })).toEqual({ parallel: 1, parts: 1 });
  });

  it('lays large documents out one at a time, each in parts on the cores left, when both at once would take more than the budget', () => {
    const large = 3 * MB; // about 600 pages
    const one = documentMemoryMb(large);
    expect(one).toBeGreaterThan(1000);
    expect(planLayout({ cores: 2, documentBytes: [large, large], memoryMb: 2 * one })).toEqual({ parallel: 2, parts: 1 });
    // Not two at once: one, in two parts (parts cost no more memory).
    expect(planLayout({ cores: 2, documentBytes: [large, large], memoryMb: 1.6 * one })).toEqual({ parallel: 1, parts: 2 });
    expect(planLayout({ cores: 8, documentBytes: [large, large, large, large], memoryMb: 3 * one })).toEqual({ parallel: 3, parts: 2 });
    // A budget too small for even one: still one at a time, never nothing.
    expect(planLayout({ cores: 8, documentBytes: [large, large], memoryMb: 100 })).toEqual({ parallel: 1, parts: 8 });
  });

  it('plans for the largest document, and keeps the parts asked for', () => {
    const small = 0.5 * MB;
    const large = 3 * MB;
    expect(planLayout({ cores: 2, documentBytes: [small, large], memoryMb: 1.5 * documentMemoryMb(large) }).parallel).toBe(1);
    expect(planLayout({ cores: 8, documentBytes: [MB, MB], memoryMb: 16_000, parts: 1 })).toEqual({ parallel: 2, parts: 1 });
    expect(planLayout({ cores: 2, documentBytes: [MB, MB], memoryMb: 16_000, parts: 3 })).toEqual({ parallel: 2, parts: 3 });
  });

  it('estimates more memory for a longer document', () => {
    expect(documentMemoryMb(0.6 * MB)).toBeGreaterThan(300);
    expect(documentMemoryMb(0.6 * MB)).toBeLessThan(documentMemoryMb(3 * MB));
  });
});
