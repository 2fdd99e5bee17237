/**
 * The benchmark's synthetic reports: deterministic, growing with the scale,
 * new sentences rather than the sample's, and a report `bifolio check`
 * accepts as it is (KPI sums hold, every HKEX item covered, references resolve).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SentenceModel } from '../../src/bench/markov.ts';
import { chapterSentences, seededRandom } from '../../src/bench/sample-text.ts';
import { PROSE_PER_SCALE, writeSyntheticReport, type SyntheticReport } from '../../src/bench/synthetic-report.ts';
import { runCli } from '../support/cli.ts';
import { ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { treeHashes } from '../support/tree.ts';

const SAMPLE = path.join(ROOT, 'content');
const WORK = path.join(TEST_OUTPUT, 'synthetic');
const dir = (name: string) => path.join(WORK, name);
const chapterText = (root: string) =>
  readdirSync(path.join(root, 'chapters'))
    .sort()
    .map((f) => readFileSync(path.join(root, 'chapters', f), 'utf8'));

describe('synthetic reports', () => {
  let one: SyntheticReport;
  let four: SyntheticReport;
  beforeAll(() => {
    one = writeSyntheticReport({ sampleDir: SAMPLE, outDir: dir('1x'), scale: 1 });
    writeSyntheticReport({ sampleDir: SAMPLE, outDir: dir('1x-again'), scale: 1 });
    writeSyntheticReport({ sampleDir: SAMPLE, outDir: dir('1x-seed-7'), scale: 1, seed: 7 });
    four = writeSyntheticReport({ sampleDir: SAMPLE, outDir: dir('4x'), scale: 4 });
  });

  it('are the same files for the same scale and seed, and different for another seed', () => {
    expect(treeHashes(dir('1x-again'))).toEqual(treeHashes(dir('1x')));
    expect(chapterText(dir('1x-seed-7'))).not.toEqual(chapterText(dir('1x')));
  });

  it('grow with the scale: about four times the prose at 4×, in more chapters', () => {
    const sampleChars = readdirSync(path.join(SAMPLE, 'chapters'))
      .flatMap((f) => chapterSentences(readFileSync(path.join(SAMPLE, 'chapters', f), 'utf8')))
      .reduce((n, s) => n + s.length, 0);
    expect(one.characters / (sampleChars * PROSE_PER_SCALE)).toBeGreaterThan(0.95);
    expect(one.characters / (sampleChars * PROSE_PER_SCALE)).toBeLessThan(1.25);
    expect(four.characters / one.characters).toBeGreaterThan(3.6);
    expect(four.characters / one.characters).toBeLessThan(4.4);
    expect(four.chapters).toBeGreaterThan(one.chapters);
    expect(four.kpiTables).toBeGreaterThan(one.kpiTables);
  });

  it('write new sentences, not the sample’s: fewer than one in ten is a sample sentence', () => {
    const sample = new Set(readdirSync(path.join(SAMPLE, 'chapters')).flatMap((f) => chapterSentences(readFileSync(path.join(SAMPLE, 'chapters', f), 'utf8'))));
    const generated = chapterText(dir('1x')).flatMap(chapterSentences);
    expect(generated.length).toBeGreaterThan(200);
    expect(generated.filter((s) => sample.has(s)).length / generated.length).toBeLessThan(0.1);
  });

  it('use every block a real report has', () => {
    const all = chapterText(dir('1x')).join('\n');
    for (const block of [
      '\n## ',
      '\n### ',
      '\n- ',
      '\n1. ',
      '[^n',
      '<KpiTable id="gen_',
      '<KpiChart ',
      '<Kpi id="gen_',
      '<Ref to="topic-',
      '<Table id=',
      '<CaseStudy ',
      '<DisclosureIndex framework="hkex" />',
      '](../images/',
    ]) {
      expect(all, block).toContain(block);
    }
  });

  it('pass `bifolio check`: valid MDX, KPI sums that hold, every HKEX item covered, references that resolve', () => {
    const result = runCli(['check', '--content', dir('4x')]);
    expect(result.stderr + result.stdout).toMatch(/Checked \d+ chapters: no problems/);
    expect(result.status).toBe(0);
  });

  // Many more page breaks than the sample: long tables, figures and footnotes at page feet.
  // Each PDF is read back by the build, which fails on any passage lost or printed twice.
  it('build at 1×: site and four PDFs of about the sample’s length, no text lost or repeated', () => {
    const out = dir('1x-site');
    const result = runCli(['build', '--content', dir('1x'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const pages = [...result.stdout.matchAll(/synthetic-1x-zh-han[st](?:-print)?\.pdf: (\d+) pages/g)].map((m) => Number(m[1]));
    expect(pages).toHaveLength(4);
    for (const n of pages) expect(n).toBeGreaterThan(55);
  }, 240_000); // a whole build with four PDFs: a limit for a hang, not a speed target (the bench times it)
});

describe('the sentence model', () => {
  it('ends every sentence with a full stop and drops characters MDX would read as code', () => {
    const model = new SentenceModel(['我们持续提升数据中心的能效。', '我们持续推进员工培训，覆盖全部园区。', '数据中心的用水<主要>用于{冷却}。']);
    const random = seededRandom(1);
    for (let i = 0; i < 50; i++) {
      const s = model.sentence(random, 4);
      expect(s).toMatch(/[。！？]$/);
      expect(s).not.toMatch(/[<>{}]/);
    }
  });
});
