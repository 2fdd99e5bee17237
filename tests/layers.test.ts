/**
 * The shape of the code: imports run one way, from the entry points (the
 * command line, Astro's pages and middleware, the bench) down through the
 * output, print, render, content, kpi and convert layers to shared leaves;
 * and unit tests stay in-process (no build, no browser, no child process),
 * so `npm run test:unit` stays fast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths.ts';

/**
 * Top-level folders (and files) of `src/` from the top down. A module may
 * import from its own folder and from any folder of a later rank; entry
 * points never import each other.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['cli', 'bench', 'pages', 'middleware', 'content.config'],
  ['output'],
  ['print'],
  ['render'],
  ['content'],
  ['kpi'],
  ['convert'],
  ['sources', 'platform'],
  ['fonts', 'diagnostics', 'html', 'pdf-text'],
];

const RANK = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank] as const)));

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Relative module specifiers of a file: static imports and exports, dynamic imports, side-effect imports. */
function relativeImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|\bimport\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

/** The layer of a file under `src/`: its top folder, or its own name without extension. */
function layerOf(file: string): string {
  const [first, ...rest] = path.relative(path.join(ROOT, 'src'), file).split(path.sep);
  return rest.length ? first! : first!.replace(/\.\w+$/, '');
}

describe('imports run one way', () => {
  const SRC = path.join(ROOT, 'src');
  const sources = filesUnder(SRC, /\.(ts|mts|astro)$/);

  it('every folder of src/ has its place in the list of layers', () => {
    expect(sources.map(layerOf).filter((layer) => !RANK.has(layer))).toEqual([]);
  });

  it('no module imports from a layer above it, and entry points do not import each other', () => {
    const against: string[] = [];
    for (const file of sources) {
      const from = layerOf(file);
      for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(SRC + path.sep)) continue;
        const to = layerOf(target);
        if (to === from) continue;
        if ((RANK.get(to) ?? -1) <= RANK.get(from)!)
          against.push(`${path.relative(ROOT, file)} → ${path.relative(ROOT, target)} (${from} may not import ${to})`);
      }
    }
    expect(against).toEqual([]);
  });

  it('finds imports as written (the check cannot pass by reading nothing)', () => {
    expect(relativeImports(`import a from './a.ts';\nexport { b } from "../b.ts";\nawait import('./c.ts');\nimport './d.css';`)).toEqual([
      './a.ts',
      '../b.ts',
      './c.ts',
      './d.css',
    ]);
    const all = sources.flatMap((file) => relativeImports(readFileSync(file, 'utf8')));
    expect(all.length).toBeGreaterThan(300);
  });
});

describe('unit tests stay in-process', () => {
  /** The end-to-end folders (vitest.config.ts): a build, the command line, Chromium. */
  const E2E = ['cli', 'site', 'pdf', 'bench'].map((dir) => path.join(ROOT, 'tests', dir) + path.sep);
  const unit = filesUnder(path.join(ROOT, 'tests'), /\.test\.ts$/).filter(
    (file) => !E2E.some((dir) => file.startsWith(dir)) && file !== fileURLToPath(import.meta.url),
  );
  /** What only end-to-end tests may reach for. */
  const E2E_ONLY = [
    { what: 'a child process', pattern: /\bnode:child_process\b/ },
    { what: 'the command line', pattern: /support\/cli\.ts/ },
    { what: 'Chromium', pattern: /\blaunchChromium\b|support\/site-browser\.ts|playwright/ },
    { what: 'the sample build', pattern: /\bSAMPLE_(SITE|PRINT)\b|support\/build-sample\.ts/ },
  ];

  it('a unit test reaches for no build, browser or child process', () => {
    expect(unit.length).toBeGreaterThan(30);
    const found = unit.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return E2E_ONLY.filter(({ pattern }) => pattern.test(text)).map(
        ({ what }) => `${path.relative(ROOT, file)} uses ${what}: move it under tests/{cli,site,pdf,bench}/`,
      );
    });
    expect(found).toEqual([]);
  });
});
