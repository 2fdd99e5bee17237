/**
 * Publishing settings of report.yaml. `site`: an http(s) address, its path
 * the base path of the site. `head` in report.yaml: extra script, link and meta elements on every page.
 * Off by default; each entry is checked where it is written (https only,
 * three tags, no event handlers), and the Content-Security-Policy allows
 * exactly the origin of each entry's file for what it loads.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../src/diagnostics.ts';
import { readReportData } from '../../src/content/report.ts';
import { headEntrySchema, reportSchema, type HeadEntry } from '../../src/content/report-schema.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../src/render/web/csp.ts';
import { headHtml } from '../../src/render/web/head.ts';
import { absoluteUrl, basePath, siteRoot } from '../../src/content/site-address.ts';
import { precheck } from '../../src/content/check/precheck.ts';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import { FIXTURES } from '../support/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-head-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = `title: 测试报告
slug: test-report
organisation:
  name: 测试集团
period:
  start: 2024-01-01
  end: 2024-12-31
`;

/** The problems `check` reports for report.yaml with `extra` appended, as `line:column  message`. */
function problems(extra: string): string[] {
  const file = path.join(work, `report-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, REPORT + extra);
  try {
    readReportData(file);
    return [];
  } catch (e) {
    if (!(e instanceof ReportError)) throw e;
    return e.diagnostics.map((d) => `${d.line}:${d.column}  ${d.message}`);
  }
}

const entry = (input: unknown): HeadEntry => headEntrySchema.parse(input);
const directive = (policy: string, name: string) => new RegExp(`(?:^|; )${name} ([^;]*)`).exec(policy)?.[1];

describe('site in report.yaml', () => {
  it('gives the base path, the root and absolute addresses, with or without a path', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('https://esg.example.com')).toBe('/');
    expect(basePath('https://example.com/esg/2024/')).toBe('/esg/2024/');
    expect(basePath('https://example.com/esg/2024')).toBe('/esg/2024/');
    expect(siteRoot('https://example.com/esg/2024')).toBe('https://example.com/esg/2024/');
    expect(absoluteUrl('https://example.com/esg/2024/', '/esg/2024/zh-hans/')).toBe('https://example.com/esg/2024/zh-hans/');
    expect(absoluteUrl(undefined, '/zh-hans/')).toBeUndefined();
  });

  it('refuses, at its line, an address that is not http(s) or that holds a query', () => {
    expect(problems('site: ftp://example.com/esg/\n')).toEqual(['8:7  `site`: the site is published at an http:// or https:// address, e.g. https://example.com/esg/2024/']);
    expect(problems('site: https://example.com/esg/?year=2024\n')[0]).toMatch(/^8:7 {2}`site`: a site address has no \? or #/);
    expect(problems('site: https://example.com/esg/2024/\n')).toEqual([]);
  });
});

describe('head entries in report.yaml', () => {
  it('are none by default, and the policy is the site’s own', () => {
    const data = reportSchema.parse({ title: 't', slug: 't', organisation: { name: 'o' }, period: { start: '2024-01-01', end: '2024-12-31' } });
    expect(data.head).toEqual([]);
    expect(contentSecurityPolicy(data.head)).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https:/);
  });

  it('read a script with a boolean attribute, a stylesheet and a meta', () => {
    const file = path.join(work, 'good.yaml');
    writeFileSync(
      file,
      `${REPORT}head:
  - tag: script
    attrs: { src: 'https://plausible.io/js/script.js', defer: true, data-domain: esg.example.com }
  - { tag: link, attrs: { rel: stylesheet, href: 'https://cdn.example.net/brand.css' } }
  - { tag: meta, attrs: { name: baidu-site-verification, content: code-abc } }
`,
    );
    expect(readReportData(file).head).toEqual([
      { tag: 'script', attrs: { src: 'https://plausible.io/js/script.js', defer: true, 'data-domain': 'esg.example.com' } },
      { tag: 'link', attrs: { rel: 'stylesheet', href: 'https://cdn.example.net/brand.css' } },
      { tag: 'meta', attrs: { name: 'baidu-site-verification', content: 'code-abc' } },
    ]);
  });

  it('refuse, at their line, an address that is not https, another tag, an event handler and a missing address', () => {
    expect(problems(`head:\n  - tag: script\n    attrs: { src: 'http://plausible.io/js/script.js' }\n`)).toEqual([
      '10:19  `head.0.attrs.src`: a head script\'s src must be an https address, not "http://plausible.io/js/script.js"',
    ]);
    expect(problems(`head:\n  - tag: style\n    attrs: {}\n`)).toEqual(['9:10  `head.0.tag`: a head entry is a script, link or meta, not "style"']);
    expect(problems(`head:\n  - tag: link\n    attrs: { rel: stylesheet, href: /brand.css }\n`)).toEqual([
      '10:37  `head.0.attrs.href`: a head link\'s href must be an https address, not "/brand.css"',
    ]);
    expect(problems(`head:\n  - tag: script\n    attrs: { src: 'https://a.example/x.js', onload: 'go()' }\n`)[0]).toMatch(/^10:\d+ {2}`head\.0\.attrs\.onload`: the onload attribute would run a script/);
    expect(problems(`head:\n  - tag: script\n    attrs: { defer: true }\n`)[0]).toMatch(/^10:\d+ {2}`head\.0\.attrs`: a head script needs its src: the https address of the file$/);
    expect(problems(`head:\n  - tag: meta\n    attrs: { http-equiv: refresh, content: '0;url=https://x.example' }\n`)[0]).toMatch(/^10:\d+ {2}`head\.0\.attrs\.http-equiv`: a meta http-equiv could change/);
    expect(problems(`head:\n  - tag: script\n    body: 'alert(1)'\n    attrs: { src: 'https://a.example/x.js' }\n`)).toHaveLength(1);
  });

  it('the source check (`bifolio check`) reports a head entry that is not https at its place in report.yaml', async () => {
    const content = path.join(work, 'report');
    cpSync(path.join(FIXTURES, 'reports', 'minimal'), content, { recursive: true });
    const file = path.join(content, 'report.yaml');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').length;
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\nhead:\n  - tag: script\n    attrs: { src: 'http://stats.example/s.js' }\n`);
    const before = process.env.BIFOLIO_CONTENT;
    process.env.BIFOLIO_CONTENT = content;
    try {
      const { diagnostics } = await precheck();
      expect(diagnostics.map((d) => formatDiagnostic(d, content))).toContain(
        `report.yaml:${lines + 3}:19  \`head.0.attrs.src\`: a head script's src must be an https address, not "http://stats.example/s.js"`,
      );
    } finally {
      if (before === undefined) delete process.env.BIFOLIO_CONTENT;
      else process.env.BIFOLIO_CONTENT = before;
    }
  });

  it('are written as elements with escaped attributes', () => {
    expect(
      headHtml([
        entry({ tag: 'script', attrs: { src: 'https://plausible.io/js/script.js', defer: true, async: false, 'data-domain': 'a"b<c' } }),
        entry({ tag: 'meta', attrs: { name: 'x', content: '测试' } }),
      ]),
    ).toBe('<script src="https://plausible.io/js/script.js" defer data-domain="a&quot;b&lt;c"></script>\n<meta name="x" content="测试">');
  });

  it('add exactly the origin of a script to script-src and connect-src, and loosen nothing else', () => {
    const policy = contentSecurityPolicy([entry({ tag: 'script', attrs: { src: 'https://plausible.io/js/script.js', defer: true } })]);
    expect(directive(policy, 'script-src')).toBe("'self' 'wasm-unsafe-eval' https://plausible.io");
    expect(directive(policy, 'connect-src')).toBe("'self' https://plausible.io");
    for (const name of ['default-src', 'style-src', 'img-src', 'font-src', 'object-src', 'base-uri', 'form-action', 'style-src-attr']) {
      expect(directive(policy, name), name).toBe(directive(CONTENT_SECURITY_POLICY, name));
    }
  });

  it('add a stylesheet’s origin to style-src, an icon’s or preloaded image’s to img-src, and nothing for a meta or a preconnect', () => {
    const policy = contentSecurityPolicy([
      entry({ tag: 'link', attrs: { rel: 'stylesheet', href: 'https://cdn.example.net/brand.css' } }),
      entry({ tag: 'link', attrs: { rel: 'icon', href: 'https://img.example.org/icon.png' } }),
      entry({ tag: 'link', attrs: { rel: 'preload', as: 'image', href: 'https://img.example.org/cover.avif' } }),
      entry({ tag: 'link', attrs: { rel: 'preconnect', href: 'https://elsewhere.example' } }),
      entry({ tag: 'meta', attrs: { name: 'x', content: 'https://meta.example' } }),
    ]);
    expect(directive(policy, 'style-src')).toBe("'self' https://cdn.example.net");
    expect(directive(policy, 'img-src')).toBe("'self' data: https://img.example.org");
    expect(directive(policy, 'script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(directive(policy, 'connect-src')).toBe("'self'");
    expect(policy).not.toContain('elsewhere.example');
    expect(policy).not.toContain('meta.example');
  });
});
