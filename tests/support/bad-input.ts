/**
 * The catalogue of bad input: edits that break a copy of the minimal fixture
 * report, each with the located messages `check` and `build` must print.
 * `tests/content/check-catalogue.test.ts` runs the source check on every case
 * in-process; `tests/cli/build-fixtures.test.ts` builds every case with the
 * command line and checks that the previous output is left untouched.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeLegacy, encodeUtf16 } from './legacy-encoding.ts';
import { FIXTURES } from './paths.ts';

/** A fresh copy of a fixture report, to break at will. */
export function copyFixture(name: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(FIXTURES, 'reports', name), dir, { recursive: true });
  return dir;
}

/** A rewrite of one file of a copy: its text in, the new text (or bytes, for another encoding) out. */
export type Edit = (text: string) => string | Uint8Array;

/** Breaks a copy: rewrites files, then makes other changes (new files, folders, links). */
export function breakCopy(content: string, edits: Record<string, Edit>, prepare?: (content: string) => void): void {
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(content, file);
    writeFileSync(full, edit(readFileSync(full, 'utf8')));
  }
  prepare?.(content);
}

export interface BadInput {
  name: string;
  edits: Record<string, Edit>;
  /** Other changes to the copy: new files, folders, links. */
  prepare?: (content: string) => void;
  /** What stderr must say, one pattern per problem. */
  messages: RegExp[];
  /** Found only by building (the browser, the bundler): not by `check`. */
  buildOnly?: true;
  args?: string[];
  env?: NodeJS.ProcessEnv;
}

export const BAD_INPUT: BadInput[] = [
  {
    name: 'invalid frontmatter value',
    edits: { 'chapters/b-written-second.mdx': (t) => t.replace('order: 10', 'order: 第十') },
    messages: [/chapters\/b-written-second\.mdx:4:8 {2}`order`: expected a number/],
  },
  {
    name: 'missing required frontmatter field',
    edits: { 'chapters/c-written-third.mdx': (t) => t.replace('title: 中间一章\n', '') },
    messages: [/chapters\/c-written-third\.mdx:2:1 {2}missing required field `title`/],
  },
  {
    name: 'MDX that does not compile: an unclosed tag',
    edits: { 'chapters/a-written-first.mdx': (t) => t.replace('本章到此结束。', '本章<Zh hant="結">结束。') },
    messages: [/chapters\/a-written-first\.mdx:10:\d+ {2}MDX does not compile: .*closing tag/i],
  },
  {
    name: 'every problem at once: a stray brace and an unknown field',
    edits: {
      'chapters/a-written-first.mdx': (t) => t.replace('本章到此结束。', '价格{不详。'),
      'chapters/b-written-second.mdx': (t) => t.replace('order: 10', 'order: 10\ncolour: green'),
    },
    messages: [/a-written-first\.mdx:10:\d+ {2}MDX does not compile/, /b-written-second\.mdx:5:1 {2}unknown field "colour"/, /build failed: 2 errors/],
  },
  {
    name: 'a missing image and an unknown component',
    edits: { 'chapters/a-written-first.mdx': (t) => t + '\n![图](../images/does-not-exist.png)\n\n<Chart id="x" />\n' },
    messages: [
      /a-written-first\.mdx:20:1 {2}image not found: \.\.\/images\/does-not-exist\.png/,
      /a-written-first\.mdx:22:1 {2}unknown component <Chart> {2}\(components available in chapters: <Zh>, <NoConvert>, <Kpi>, <KpiTable>, <KpiChart>, <KeyFigure>, .*<Ref>/,
    ],
  },
  {
    name: 'report configuration with an unknown variant',
    edits: { 'report.yaml': (t) => t + 'variants:\n  - code: zh-Hans\n  - code: zh-Latn\n' },
    messages: [/report\.yaml:10:11 {2}`variants\.1\.code`: unknown variant "zh-Latn"/],
  },
  {
    name: 'a glossary entry that conflicts with another',
    edits: { 'glossary.yaml': (t) => t.replace('protected:', '  - zh-Hans: 软件\n    zh-Hant: 軟件\nprotected:') },
    messages: [/glossary\.yaml:5:5 {2}glossary entry "软件" conflicts with the entry at line 2/],
  },
  {
    name: 'a protected term written as a mapping',
    edits: { 'glossary.yaml': (t) => t + '  - 余志明: 余志明\n' },
    messages: [/glossary\.yaml:7:5 {2}`protected\.1`: a protected term is written as text/],
  },
  {
    name: 'a chapter glossary that names an unknown variant',
    edits: {
      'chapters/c-written-third.mdx': (t) =>
        t.replace('slug: middle-chapter', 'slug: middle-chapter\nglossary:\n  terms:\n    - zh-Hans: 网址\n      zh-Hant-SG: 網址'),
    },
    messages: [/c-written-third\.mdx:8:7 {2}glossary entry "网址" names an unknown variant "zh-Hant-SG"/],
  },
  {
    name: 'KPI data that is not valid JSON',
    edits: { 'data/kpi/energy.json': (t) => t.replace('"precision": 1 },\n        { "id": "fuel"', '"precision": 1 }\n        { "id": "fuel"') },
    messages: [
      /data\/kpi\/energy\.json:11:157 {2}a comma is missing here, between two values {2}\(add , after this value; the next one starts at line 12, column 9\)/,
    ],
  },
  {
    name: 'KPI data that breaks the schema',
    edits: { 'data/kpi/energy.json': (t) => t.replace('"2024": 8800', '"2024": "8,800"') },
    messages: [/data\/kpi\/energy\.json:13:77 {2}`groups\[0\]\.rows\[3\]\.values\.2024`: Invalid input: expected number, received string/],
  },
  {
    name: 'a failing KPI check',
    edits: { 'data/kpi/energy.json': (t) => t.replace('"2024": 250.0', '"2024": 260.0') },
    messages: [
      /data\/kpi\/energy\.json:18:14 {2}check "energy_split" fails for 2024 in table energy: total is 1,250\.5, but electricity \+ fuel = 1,260\.5 \(difference 10, tolerance 0\.05\)/,
    ],
  },
  {
    name: 'an unknown KPI table, row and year, and a figure that is not disclosed',
    edits: {
      'chapters/a-written-first.mdx': (t) =>
        t
          .replace('<KpiTable id="energy" />', '<KpiTable id="energy_use" />')
          .replace('energy.electricity" year="2024"', 'energy.gas" year="2024"')
          .replace('energy.total" year="2024"', 'energy.total" year="2019"')
          .replace('title="能源消耗" />', 'title="能源消耗" />\n\n耗水<Kpi id="energy.water" year="2023" />。'),
    },
    messages: [
      /a-written-first\.mdx:14:11 {2}<Kpi> asks for energy\.total in 2019, a year table energy does not have {2}\(its years: 2024, 2023\)/,
      /a-written-first\.mdx:14:55 {2}<Kpi> refers to row "gas" of table energy, which does not exist {2}\(write table\.row; rows of energy: total, electricity, fuel, water\)/,
      /a-written-first\.mdx:16:1 {2}<KpiTable> refers to KPI table "energy_use", which does not exist {2}\(KPI tables in data\/kpi: energy\)/,
      /a-written-first\.mdx:20:3 {2}<Kpi> asks for energy\.water in 2023, which is not disclosed/,
      /build failed: 4 errors/,
    ],
  },
  {
    name: 'cross-references to a chapter, a heading and a KPI table that do not exist',
    edits: { 'chapters/a-written-first.mdx': (t) => t + '\n见<Ref to="nowhere" />、<Ref to="middle-chapter#没有的标题" />和<Ref to="kpi:water" />。\n' },
    messages: [
      /a-written-first\.mdx:20:2 {2}<Ref to="nowhere"> refers to a chapter "nowhere" that does not exist {2}\(chapters: b-written-second, middle-chapter, a-written-first\)/,
      /a-written-first\.mdx:20:23 {2}<Ref to="middle-chapter#没有的标题">: chapter middle-chapter has no heading, table or figure with the id "没有的标题" {2}\(ids in middle-chapter: none\)/,
      /a-written-first\.mdx:20:57 {2}<Ref to="kpi:water"> refers to a KPI table no chapter shows {2}\(KPI tables shown with <KpiTable>: kpi:energy\)/,
      /build failed: 3 errors/,
    ],
  },
  {
    name: 'links to a chapter and to a heading that do not exist',
    edits: {
      'chapters/a-written-first.mdx': (t) =>
        t + '\n见[另一章](../other-chapter/)和[中间一章](../middle-chapter/#没有的标题)，以及<a href="#本章没有">本章</a>。\n',
    },
    messages: [
      /a-written-first\.mdx:20:2 {2}the link "\.\.\/other-chapter\/" goes to a chapter "other-chapter" that does not exist {2}\(chapter addresses: .*middle-chapter/,
      /a-written-first\.mdx:20:27 {2}the link "\.\.\/middle-chapter\/#没有的标题" goes to "#没有的标题", which chapter middle-chapter does not have {2}\(headings and ids in middle-chapter: none\)/,
      /a-written-first\.mdx:20:\d+ {2}the link "#本章没有" goes to "#本章没有", which chapter a-written-first does not have/,
      /build failed: 3 errors/,
    ],
  },
  {
    name: 'unknown disclosure codes, in frontmatter and in a section',
    edits: {
      'chapters/a-written-first.mdx': (t) =>
        t.replace('order: 30\n', 'order: 30\ndisclosures:\n  hkex: [A1, A1.7]\n') + '\n<Disclosures gri="305-1 305-9" />\n',
    },
    messages: [
      /a-written-first\.mdx:5:14 {2}unknown 联交所ESG守则 code "A1\.7" {2}\(did you mean A1\.1, A1\.2/,
      /a-written-first\.mdx:22:1 {2}<Disclosures gri>: unknown GRI标准 code "305-9" {2}\(did you mean 305-1/,
      /build failed: 2 errors/,
    ],
  },
  {
    name: 'an HKEX disclosure index with a mandatory item nobody covers',
    edits: { 'report.yaml': (t) => t + 'disclosures:\n  frameworks: [hkex]\n  explanations:\n    A2.5: 不适用\n' },
    messages: [
      /report\.yaml {2}HKEX MDR-13 \(.*\) is mandatory but no chapter covers it {2}\(declare it where it is reported: <Disclosures hkex="MDR-13" \/>/,
      /report\.yaml {2}HKEX A1\.1 \(.*\) is comply-or-explain but no chapter covers it {2}\(declare it with <Disclosures hkex="A1\.1" \/> where it is reported, or explain why not under disclosures\.explanations in report\.yaml\)/,
    ],
  },
  {
    name: 'characters no shipped font has, in a chapter and in KPI data',
    edits: {
      'chapters/a-written-first.mdx': (t) => t.replace('这一章的文件名排在最前', '这一章的文件名𪚥排在最前'),
      'data/kpi/energy.json': (t) => t.replace('"label": "燃料"', '"label": "燃料\uE000"'),
    },
    messages: [
      /chapters\/a-written-first\.mdx:6:8 {2}no font Bifolio ships has the character 𪚥 \(U\+2A6A5\): it would print as an empty box {2}\(use another character, or show it as an image/,
      /data\/kpi\/energy\.json:\d+:\d+ {2}no font Bifolio ships has the character \uE000 \(U\+E000\)/,
      /build failed: 2 errors/,
    ],
  },
  {
    name: 'a chapter saved as GBK',
    edits: { 'chapters/a-written-first.mdx': (t) => encodeLegacy(t, 'gbk') },
    messages: [
      /chapters\/a-written-first\.mdx {2}saved as GBK, not UTF-8: it would be published as garbled text {2}\(save it as UTF-8: in VS Code "Save with Encoding" → UTF-8; in Notepad Save As → Encoding: UTF-8\)/,
      /build failed: 1 error\b/,
    ],
  },
  {
    name: 'a glossary saved as Big5',
    edits: { 'glossary.yaml': () => encodeLegacy('terms:\n  - zh-Hans: 網絡\n    zh-Hant: 網路\n    note: 這份報告用臺灣的說法\n', 'big5') },
    messages: [/glossary\.yaml {2}saved as Big5, not UTF-8: it would be published as garbled text/, /build failed: 1 error\b/],
  },
  {
    name: 'KPI data saved as UTF-16',
    edits: { 'data/kpi/energy.json': (t) => encodeUtf16(t) },
    messages: [/data\/kpi\/energy\.json {2}saved as UTF-16, not UTF-8: it would be published as garbled text/, /build failed: 1 error\b/],
  },
  {
    name: 'a byte that is not UTF-8 in the report configuration',
    edits: { 'report.yaml': (t) => Buffer.concat([Buffer.from(t.slice(0, 10)), Buffer.from([0xe9]), Buffer.from(t.slice(10))]) },
    messages: [
      /report\.yaml:1:11 {2}not UTF-8: the byte 0xE9 here is not part of a UTF-8 character {2}\(save it as UTF-8: .*; then check the characters around this point\)/,
      /build failed: 1 error\b/,
    ],
  },
  {
    name: 'a Markdown chapter',
    edits: {},
    prepare: (content) => writeFileSync(path.join(content, 'chapters', 'd-notes.md'), '---\ntitle: 附注\norder: 40\n---\n\n附注。\n'),
    messages: [
      /chapters\/d-notes\.md {2}d-notes\.md is a Markdown file: chapters are MDX files, so it would be left out of the report {2}\(rename it to d-notes\.mdx; in MDX, write \\\{ and \\< for a literal brace or angle bracket\)/,
      /build failed: 1 error\b/,
    ],
  },
  {
    name: 'a folder and a broken link named like chapters',
    edits: {},
    prepare: (content) => {
      mkdirSync(path.join(content, 'chapters', 'drafts.mdx'));
      symlinkSync('moved-away.mdx', path.join(content, 'chapters', 'e-link.mdx'));
    },
    messages: [
      /chapters\/drafts\.mdx {2}drafts\.mdx is a folder, not a chapter file {2}\(a chapter is one \.mdx file; rename the folder or move it out of content\/chapters\/\)/,
      /chapters\/e-link\.mdx {2}e-link\.mdx is a link to moved-away\.mdx, which does not exist {2}\(point the link at an existing chapter file, or replace it with the file itself\)/,
      /build failed: 2 errors/,
    ],
  },
  {
    name: 'a trailing comma in KPI data',
    edits: { 'data/kpi/energy.json': (t) => t.replace('"parts": ["electricity", "fuel"]', '"parts": ["electricity", "fuel",]') },
    messages: [
      /data\/kpi\/energy\.json:18:102 {2}a trailing comma before \] {2}\(remove it: JSON allows no comma after the last item of a list\)/,
      /build failed: 1 error\b/,
    ],
  },
  {
    name: 'curly quotes in KPI data',
    edits: { 'data/kpi/energy.json': (t) => t.replace('"label": "燃料"', '"label": “燃料”') },
    messages: [
      /data\/kpi\/energy\.json:12:34 {2}JSON needs straight double quotes "…", not “…” {2}\(replace “…” by "…", typed with the input method in English mode\)/,
      /build failed: 1 error\b/,
    ],
  },
  {
    name: 'NaN in KPI data',
    edits: { 'data/kpi/energy.json': (t) => t.replace('"2023": null', '"2023": NaN') },
    messages: [
      /data\/kpi\/energy\.json:13:91 {2}NaN is not a JSON value {2}\(write `null` for a figure that is not disclosed, or the number itself\)/,
      /build failed: 1 error\b/,
    ],
  },
  {
    name: 'a double colon in KPI data',
    edits: { 'data/kpi/energy.json': (t) => t.replace('"title": "能源使用"', '"title":: "能源使用"') },
    messages: [
      /data\/kpi\/energy\.json:3:11 {2}a second colon, `::` {2}\(a name and its value are separated by one colon: remove this one\)/,
      /build failed: 1 error\b/,
    ],
  },
  {
    name: 'an empty KPI file',
    edits: { 'data/kpi/energy.json': () => '' },
    messages: [/data\/kpi\/energy\.json:1:1 {2}the file is empty/, /build failed: 1 error\b/],
  },
  {
    name: 'YAML problems at their lines: an unclosed quote, a tab, a field written twice',
    edits: {
      'report.yaml': (t) => t.replace('title: 测试集团', 'title: "测试集团'),
      'glossary.yaml': (t) => t.replace('    zh-Hant: 軟體', '\t  zh-Hant: 軟體'),
      'chapters/b-written-second.mdx': (t) => t.replace('order: 10', 'order: 10\norder: 11'),
    },
    messages: [
      /report\.yaml:1:8 {2}the quote " opened here is never closed {2}\(end the value with " on its line; inside "…" write \\" for a quote mark\)/,
      /glossary\.yaml:3:1 {2}a tab indents this line {2}\(YAML indents with spaces only: replace the tab with spaces\)/,
      /b-written-second\.mdx:5:1 {2}the field "order" is written twice; the first is at line 4 {2}\(keep one of them: the later one would silently replace the first\)/,
      /build failed: 3 errors/,
    ],
  },
  {
    name: 'a glossary form that still has Simplified characters',
    edits: { 'glossary.yaml': (t) => t.replace('zh-Hant: 軟體', 'zh-Hant: 软体') },
    messages: [
      /glossary\.yaml:3:14 {2}glossary entry "软件": the zh-Hant form "软体" still has Simplified characters: 软 → 軟, 体 → 體 {2}\(the form is printed exactly as written; write "軟體", or list the term under `protected:` if it stays as written in every variant\)/,
      /build failed: 1 error\b/,
    ],
  },
  {
    name: 'a chapter glossary form and an inline override that still have Simplified characters',
    edits: {
      'chapters/c-written-third.mdx': (t) =>
        t.replace('slug: middle-chapter', 'slug: middle-chapter\nglossary:\n  terms:\n    - zh-Hans: 网址\n      zh-Hant: 网址') +
        '\n<Zh hant="结束">结束</Zh>。\n',
    },
    messages: [
      /c-written-third\.mdx:8:16 {2}glossary entry "网址": the zh-Hant form "网址" still has Simplified characters: 网 → 網/,
      /c-written-third\.mdx:13:1 {2}<Zh hant="结束">: the text for Traditional pages still has Simplified characters: 结 → 結 {2}\(an override is printed exactly as written; write it in Traditional characters: hant="結束"\)/,
      /build failed: 2 errors/,
    ],
  },
  {
    name: 'a footnote called without its note, and a note nobody calls',
    edits: { 'chapters/a-written-first.mdx': (t) => t + '\n可用性达到**99.99%**的水平[^sla]。\n\n[^unused]: 没有人调用的注释。\n' },
    messages: [
      /a-written-first\.mdx:20:19 {2}the footnote call \[\^sla\] has no note: it would be printed as it is written {2}\(add the note on a line of its own, e\.g\. at the end of the chapter: \[\^sla\]: /,
      /a-written-first\.mdx:22:1 {2}warning: the note \[\^unused\] is never called, so it is not published/,
      /build failed: 1 error/,
    ],
  },
  {
    name: 'HTML a chapter may not hold: a script, an event handler, script and data links, a frame',
    edits: {
      'chapters/a-written-first.mdx': (t) =>
        t +
        '\n<script>alert(1)</script>\n\n<img src="x.png" alt="图" onerror="alert(1)" />\n\n[点这里](javascript:alert(1)) <a href="data:text/html,x">数据</a>\n\n<iframe src="https://example.com/embed"></iframe>\n\n<div set:html={"<b>粗体</b>"} />\n',
    },
    messages: [
      /a-written-first\.mdx:20:1 {2}<script> is not allowed in a chapter {2}\(a chapter cannot run scripts/,
      /a-written-first\.mdx:22:1 {2}the onerror attribute of <img> would run a script {2}\(remove it/,
      /a-written-first\.mdx:24:1 {2}the link “javascript:alert\(1\)”: a javascript: address runs a script when followed/,
      /a-written-first\.mdx:24:\d+ {2}<a href>: a data: address as a link target can carry a page or a script/,
      /a-written-first\.mdx:26:1 {2}<iframe> is not allowed in a chapter {2}\(a report embeds nothing from other sites: link to it/,
      /a-written-first\.mdx:28:1 {2}set:html gives <div> HTML as a string, which nothing checks/,
      /build failed: 6 errors/,
    ],
  },
  {
    name: 'images that cannot be published: from another site, outside the report, by an absolute path',
    edits: { 'chapters/a-written-first.mdx': (t) => t + '\n![远程](https://example.com/a.png) ![外面](../../outside.png) ![绝对](/home/editor/a.png)\n' },
    messages: [
      /a-written-first\.mdx:20:1 {2}the image “https:\/\/example\.com\/a\.png”: an image from another site cannot be published .*\(copy the file into the report’s images\/ folder/,
      /a-written-first\.mdx:20:\d+ {2}the image “\.\.\/\.\.\/outside\.png”: the file is outside the report’s folder/,
      /a-written-first\.mdx:20:\d+ {2}the image “\/home\/editor\/a\.png”: an absolute path points at a file on this computer/,
      /build failed: 3 errors/,
    ],
  },
  {
    name: 'one syntax error in a chapter that others refer to: that error only',
    edits: {
      'chapters/a-written-first.mdx': (t) => t.replace('本章到此结束。', '价格{不详。'),
      'chapters/b-written-second.mdx': (t) => t + '\n见<Ref to="a-written-first#能源" />。\n',
    },
    messages: [/a-written-first\.mdx:10:\d+ {2}MDX does not compile/, /build failed: 1 error\./],
  },
  {
    name: 'a block component never closed',
    edits: { 'chapters/a-written-first.mdx': (t) => t + '\n<CaseStudy title="案例">\n\n案例的正文。\n' },
    messages: [
      /a-written-first\.mdx:20:1 {2}MDX does not compile: Expected a closing tag for `<CaseStudy>`.* {2}\(close it with <\/CaseStudy> after its content, or write it self-closing: <CaseStudy … \/>\)/,
    ],
  },
  {
    // An MDX expression can build elements that check cannot see: the sanitiser takes them out of the
    // built pages and the build fails on it rather than publish the page.
    name: 'an expression that builds an event handler',
    edits: { 'chapters/a-written-first.mdx': (t) => t + '\n{<img src="x.png" alt="图" onError="alert(1)" />}\n' },
    buildOnly: true,
    messages: [
      /zh-hans\/a-written-first\/index\.html {2}the chapter text holds what a report may not publish: the onerror attribute of <img> would run a script/,
    ],
  },
  {
    name: 'no Chromium where the environment says',
    edits: {},
    env: { BIFOLIO_CHROMIUM: '/nonexistent/chromium' },
    buildOnly: true,
    messages: [
      /\/nonexistent\/chromium {2}the Chromium named by BIFOLIO_CHROMIUM \(or CHROME_PATH\) does not exist {2}\(point it at a Chromium or Chrome executable/,
    ],
  },
  {
    name: 'a PDF layout that runs past its time limit',
    edits: {},
    args: ['--pdf-timeout', '0.001'],
    buildOnly: true,
    messages: [/pdf\/test-report-2024-zh-hans\.pdf {2}layout did not finish within the time limit of 0\.001 s \(raise it with --pdf-timeout <seconds>\)/],
  },
  {
    // An import of a file that does not exist compiles as MDX and fails only
    // when the site is bundled: this exercises the temporary-directory swap.
    name: 'a failure inside the site build itself',
    edits: { 'chapters/a-written-first.mdx': (t) => t.replace('---\n\n', '---\n\nimport Missing from "./missing-component.astro";\n\n') },
    buildOnly: true,
    messages: [/a-written-first\.mdx:6:22 {2}Could not resolve '\.\/missing-component\.astro'/],
  },
];
