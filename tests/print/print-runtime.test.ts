/**
 * The print runtime (src/print/pdf/runtime/) without a browser: the parts of
 * it that are arithmetic or bookkeeping, and the bundle the PDF build and the
 * print preview evaluate in the page (built here and evaluated in a bare
 * context with a stand-in for Paged.js). What needs a layout is tested by
 * the PDF tests (tests/pdf/).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PAGED_JS_FILE } from '../../src/print/pdf/paged-file.ts';
import { printRuntimeSource } from '../../src/print/pdf/runtime-bundle.ts';
import { columnsOf, NUMBER, readableWidths, type ColumnMeasures } from '../../src/print/pdf/runtime/column-widths.ts';
import { seededRandom } from '../../src/print/pdf/runtime/determinism.ts';
import { setsNoString } from '../../src/print/pdf/runtime/join-parts.ts';
import { rowGroup } from '../../src/print/pdf/runtime/kpi-groups.ts';
import { keepLinesChoice, lineCount } from '../../src/print/pdf/runtime/lines.ts';
import { firstPages, pageNumberFor } from '../../src/print/pdf/runtime/page-references.ts';
import { CHECK_STEP, fewerOverflowChecks } from '../../src/print/pdf/runtime/overflow-checks.ts';
import { indexSource } from '../../src/print/pdf/runtime/source-index.ts';
import type { HandlerClass } from '../../src/print/pdf/runtime/paged.ts';

describe('ids: a seeded generator', () => {
  it('gives the sequence the PDFs were made with (ids in them stay the same)', () => {
    const first = seededRandom(0);
    expect([first(), first(), first()]).toEqual([0.5957655578386039, 0.8296308505814523, 0.3421715197619051]);
    const second = seededRandom(1);
    expect([second(), second(), second()]).toEqual([0.2699315301142633, 0.9730157991871238, 0.6381952199153602]);
  });

  it('is the same every time, differs between parts, and stays in [0, 1)', () => {
    const take = (part: number) => {
      const random = seededRandom(part);
      return Array.from({ length: 1000 }, () => random());
    };
    expect(take(2)).toEqual(take(2));
    expect(take(2)).not.toEqual(take(3));
    expect(take(4).every((n) => n >= 0 && n < 1)).toBe(true);
    expect(seededRandom()()).toBe(seededRandom(0)());
  });
});

describe('page references', () => {
  const pages = firstPages([
    { number: '1', ids: ['cover', 'toc'] },
    { number: '2', ids: ['toc', '章一', 'note-1'] },
    { number: '3', ids: ['章一', 'table-2'] },
  ]);

  it('a target is on the first page that holds its id (an element split over pages is on each)', () => {
    expect(pages.get('toc')).toBe('1');
    expect(pages.get('章一')).toBe('2');
    expect(pages.get('table-2')).toBe('3');
  });

  it('a reference prints its target page; addresses are decoded; anything else prints nothing', () => {
    expect(pageNumberFor('#table-2', pages)).toBe('3');
    expect(pageNumberFor(`#${encodeURIComponent('章一')}`, pages)).toBe('2');
    expect(pageNumberFor('#missing', pages)).toBe('');
    expect(pageNumberFor('https://example.com/#toc', pages)).toBe('');
    expect(pageNumberFor('', pages)).toBe('');
  });
});

describe('joining parts: running strings', () => {
  it('a page sets no string when its value is empty, open or closed', () => {
    for (const value of ['', ' ', '"', '""', ' "" ']) expect(setsNoString(value)).toBe(true);
    for (const value of ['"A', '"A"', 'x']) expect(setsNoString(value)).toBe(false);
  });
});

describe('orphans and widows', () => {
  it('counts lines by the tops of their characters', () => {
    expect(lineCount([])).toBe(0);
    expect(lineCount([{ top: 10 }, { top: 10 }, { top: 11 }, { top: 30 }, { top: 32 }, { top: 50 }])).toBe(3);
  });

  it('keeps two lines on either side of a break', () => {
    expect(keepLinesChoice(1, 5, true)).toBe('block');
    expect(keepLinesChoice(1, 1, false)).toBe('block');
    expect(keepLinesChoice(5, 1, true)).toBe('line');
    // Two lines before: none can go along.
    expect(keepLinesChoice(2, 1, true)).toBe('here');
    // The rest of the block is not laid out yet: its lines are not known.
    expect(keepLinesChoice(5, 1, false)).toBe('here');
    expect(keepLinesChoice(2, 2, true)).toBe('here');
  });
});

describe('KPI categories: rows tied by a cell spanning them', () => {
  /** Rows as far as rowGroup reads them: each cell's rowSpan, linked to the row before. */
  const rows = (...spans: number[][]) => {
    const out: Array<{ name: number; cells: Array<{ rowSpan: number }>; previousElementSibling: unknown }> = [];
    spans.forEach((cells, i) => out.push({ name: i, cells: cells.map((rowSpan) => ({ rowSpan })), previousElementSibling: out[i - 1] ?? null }));
    return out;
  };

  it('finds the row that starts the group, and how many rows it spans', () => {
    const table = rows([3, 1], [1], [1], [1]);
    expect(rowGroup(table[0]!)).toEqual({ start: table[0], span: 3 });
    expect(rowGroup(table[2]!)).toEqual({ start: table[0], span: 3 });
    expect(rowGroup(table[3]!)).toBeUndefined();
  });

  it('a row in no group, and a cell spanning to the end of its row group (rowspan 0)', () => {
    expect(rowGroup(rows([1, 1], [1, 1])[1]!)).toBeUndefined();
    const table = rows([1], [0, 1], [1], [1]);
    expect(rowGroup(table[3]!)?.start).toBe(table[1]);
  });
});

describe('readable column widths', () => {
  it('a number is text such as figures with signs, separators, percent, ranges and currency', () => {
    for (const text of ['1,234.5', '-12%', '（3.5）', '¥ 1,000', '2020–2024', ' 42 ', '±0.3‰']) expect(NUMBER.test(text)).toBe(true);
    for (const text of ['CO₂e', '约 3', 'N/A', '', '—']) expect(NUMBER.test(text)).toBe(false);
  });

  it('columns hold the cells that span them alone, cells spanning rows above accounted for', () => {
    const cell = (name: string, colSpan = 1, rowSpan = 1) => ({ name, colSpan, rowSpan });
    const names = (table: Parameters<typeof columnsOf<ReturnType<typeof cell>>>[0]) => columnsOf(table).map((c) => c.map((x) => x.name));
    expect(
      names({ rows: [{ cells: [cell('A', 1, 2), cell('B', 2)] }, { cells: [cell('C'), cell('D')] }, { cells: [cell('E'), cell('F'), cell('G')] }] }),
    ).toEqual([
      ['A', 'E'],
      ['C', 'F'],
      ['D', 'G'],
    ]);
    expect(names({ rows: [{ cells: [cell('A', 1, 0), cell('B')] }, { cells: [cell('C')] }, { cells: [cell('D')] }] })).toEqual([['A'], ['B', 'C', 'D']]);
  });

  /** Three columns of 10px text with 2px padding either side. */
  const measures = (m: Pick<ColumnMeasures, 'full' | 'auto' | 'max' | 'bodyMax' | 'min'>): ColumnMeasures => ({
    ...m,
    fontSize: [10, 10, 10],
    paddingLeft: [2, 2, 2],
    paddingRight: [2, 2, 2],
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  it("none where the browser's widths can be read", () => {
    expect(readableWidths(measures({ full: 300, auto: [100, 100, 100], max: [200, 200, 200], bodyMax: [150, 100, 100], min: [30, 40, 40] }))).toBeUndefined();
  });

  it('a squeezed label column gets six characters a line, the rest goes where body text still wraps', () => {
    const widths = readableWidths(measures({ full: 300, auto: [20, 140, 140], max: [200, 200, 200], bodyMax: [150, 100, 100], min: [30, 40, 40] }))!;
    expect(sum(widths)).toBeCloseTo(300, 9);
    // Floors: 6 × 10 + 4 for the label column, 3 × 10 + 4 but at least the 40 of the longest word for the others.
    expect(widths[0]).toBeGreaterThanOrEqual(64);
    expect(widths.slice(1).every((w) => w >= 40)).toBe(true);
    // All body text cannot be set without wrapping (150 + 100 + 100 > 300): shared as each column wants it beyond its floor.
    expect(widths[0]).toBeCloseTo(64 + (156 * 86) / 206, 9);
    expect(widths[1]).toBeCloseTo(widths[2]!, 9);
  });

  it('when every column body fits, what is left goes as the browser would share it', () => {
    const widths = readableWidths(measures({ full: 300, auto: [20, 140, 140], max: [200, 200, 200], bodyMax: [50, 50, 50], min: [30, 40, 40] }))!;
    expect(sum(widths)).toBeCloseTo(300, 9);
    expect(widths[0]).toBeCloseTo(64 + (136 * 136) / 436, 9);
  });

  it('four characters for the label column where six do not fit; none where nothing can be read', () => {
    const narrow = readableWidths(measures({ full: 130, auto: [20, 55, 55], max: [200, 200, 200], bodyMax: [150, 100, 100], min: [30, 40, 40] }))!;
    expect(sum(narrow)).toBeCloseTo(130, 9);
    expect(narrow[0]).toBeGreaterThanOrEqual(44);
    expect(readableWidths(measures({ full: 100, auto: [10, 45, 45], max: [200, 200, 200], bodyMax: [150, 100, 100], min: [30, 40, 40] }))).toBeUndefined();
  });
});

/** Paged.js's Handler, as far as a handler's own hooks need it. */
const FakeHandler = class {
  chunker = {};
} as unknown as HandlerClass;

describe('fewer overflow checks', () => {
  const Checks = fewerOverflowChecks(FakeHandler);
  const page = (chars: number) => ({ textContent: '字'.repeat(chars) }) as unknown as HTMLElement;

  it('after a check that found no overflow, the next comes a quarter of a page later, from where the page is now', () => {
    const handler = new Checks();
    const layout = { maxChars: 800 };
    handler.onOverflow!(undefined, page(800), {} as DOMRect, layout);
    expect(layout.maxChars).toBe(800 + 800 * CHECK_STEP);
    handler.onOverflow!(undefined, page(1000), {} as DOMRect, layout);
    // Always a quarter of the page's own average, not of the raised threshold.
    expect(layout.maxChars).toBe(1000 + 800 * CHECK_STEP);
  });

  it('leaves Paged.js alone when the check found overflow, or when it has no threshold', () => {
    const handler = new Checks();
    const layout = { maxChars: 800 };
    handler.onOverflow!({} as Range, page(900), {} as DOMRect, layout);
    expect(layout.maxChars).toBe(800);
    const none = { maxChars: 0 };
    handler.onOverflow!(undefined, page(10), {} as DOMRect, none);
    expect(none.maxChars).toBe(0);
  });
});

describe('the source index', () => {
  it('maps every data-ref of the parsed source to its first element', () => {
    const Index = indexSource(FakeHandler);
    const elements = [{ dataset: { ref: 'a' } }, { dataset: { ref: 'b' } }, { dataset: { ref: 'a' } }];
    const parsed = { querySelectorAll: (selector: string) => (selector === '[data-ref]' ? elements : []) } as unknown as DocumentFragment & {
      indexOfRefs?: Record<string, Element>;
    };
    new Index().afterParsed!(parsed);
    expect(parsed.indexOfRefs).toEqual({ a: elements[0], b: elements[1] });
    expect(parsed.indexOfRefs!.a).toBe(elements[0]);
  });
});

describe('the bundle', () => {
  /** Hooks Paged.js calls (the Chunker's, the Layout's, the Polisher's and the Previewer's), read from the script it loads. */
  const PAGED_HOOKS = new Set(Array.from(readFileSync(PAGED_JS_FILE, 'utf8').matchAll(/this\.hooks\.(\w+) = new Hook/g), (m) => m[1]!));

  /** Evaluates the bundle as the PDF build does, in a bare context whose Paged.js only records the handlers registered. */
  async function evaluate() {
    const registered: Array<{ name: string; prototype: object }> = [];
    class Handler {
      chunker: unknown;
      constructor(chunker: unknown) {
        this.chunker = chunker;
      }
    }
    const context = vm.createContext({
      document: { querySelector: () => null, querySelectorAll: () => [] },
      performance: { now: () => 123 },
      Paged: { Handler, registerHandlers: (...handlers: Array<{ name: string; prototype: object }>) => registered.push(...handlers) },
    });
    context.window = context;
    vm.runInContext(await printRuntimeSource(), context);
    return { context, registered, runtime: context.__bifolio as Record<string, (...args: unknown[]) => unknown> };
  }

  it('builds once per process and puts the runtime on window.__bifolio', async () => {
    expect(await printRuntimeSource()).toBe(await printRuntimeSource());
    const { runtime, registered } = await evaluate();
    expect(Object.keys(runtime).sort()).toEqual([
      'collectLayout',
      'fillPageReferences',
      'holdLinkTargets',
      'layOutPages',
      'partPages',
      'placePart',
      'registerPrintHandlers',
    ]);
    expect(Object.values(runtime).every((f) => typeof f === 'function')).toBe(true);
    // Evaluating it registers nothing and needs no Paged.js yet.
    expect(registered).toEqual([]);
  });

  it('registers the handlers in order, each on hooks Paged.js calls', async () => {
    const { runtime, registered } = await evaluate();
    runtime.registerPrintHandlers!({ part: 0 });
    const HOOKS: Record<string, string[]> = {
      RepeatTableHeaders: ['renderNode'],
      TableColumns: ['beforeParsed', 'renderNode'],
      CodeBlocks: ['beforeParsed', 'renderNode'],
      KeepTogether: ['onOverflow'],
      RecoverLateOverflow: ['afterPageLayout'],
      HyphensWhereHyphenated: ['onPageLayout'],
      FewerOverflowChecks: ['onOverflow'],
      IndexSource: ['afterParsed'],
      SkipFinishedPages: ['finalizePage'],
    };
    expect(registered.map((h) => h.name)).toEqual(Object.keys(HOOKS));
    for (const handler of registered) {
      // Paged.js binds every method named after a hook: exactly the ones meant, and all of them real hooks.
      expect(Object.getOwnPropertyNames(handler.prototype).filter((name) => PAGED_HOOKS.has(name))).toEqual(HOOKS[handler.name]);
      for (const hook of HOOKS[handler.name]!) expect(PAGED_HOOKS.has(hook)).toBe(true);
    }
  });

  it('the print preview keeps finished pages in view', async () => {
    const { runtime, registered } = await evaluate();
    runtime.registerPrintHandlers!({ skipFinishedPages: false });
    expect(registered.map((h) => h.name)).not.toContain('SkipFinishedPages');
    expect(registered).toHaveLength(8);
  });

  it("fixes the page's clock and seeds its random numbers by part", async () => {
    const { context, runtime } = await evaluate();
    runtime.registerPrintHandlers!({ part: 3 });
    const expected = seededRandom(3);
    expect(vm.runInContext('[Math.random(), Math.random(), new Date(2024, 5, 1).getTime(), performance.now()]', context)).toEqual([
      expected(),
      expected(),
      0,
      0,
    ]);
  });
});
