/**
 * Finds and starts the system's Chromium, Chrome or Edge. Nothing here
 * downloads a browser: `BIFOLIO_CHROMIUM` (or `CHROME_PATH`) names the
 * executable, otherwise the places each system installs them are tried
 * (Linux, macOS, Windows).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ReportError } from '../diagnostics.ts';
import { ALL_FAMILIES, CJK_FAMILIES, FALLBACK_FAMILIES, NOTO_SANS_MONO, SERIF_FAMILIES, fontPath } from '../fonts/families.ts';

/** Where Chrome, Chromium and Edge install themselves on each system, most likely first. */
export function chromiumCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
    const home = env.HOME ? [path.join(env.HOME, 'Applications')] : [];
    return ['/Applications', ...home].flatMap((dir) => apps.map((app) => path.posix.join(dir, app)));
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return exes.flatMap((exe) => roots.map((root) => path.win32.join(root, exe)));
  }
  const dirs = ['/usr/bin', '/usr/local/bin', '/snap/bin'];
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  return [...names.flatMap((name) => dirs.map((dir) => path.posix.join(dir, name))), '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
}

export function findChromium(): string {
  const fromEnv = process.env.BIFOLIO_CHROMIUM ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new ReportError([
      {
        file: fromEnv,
        message: 'the Chromium named by BIFOLIO_CHROMIUM (or CHROME_PATH) does not exist',
        hint: 'point it at a Chromium or Chrome executable, or unset it to use the system Chromium',
        severity: 'error',
      },
    ]);
  }
  const found = chromiumCandidates().find((p) => existsSync(p));
  if (found) return found;
  throw new ReportError([
    {
      file: 'chromium',
      message: 'no Chrome, Chromium or Edge found',
      hint: 'install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS and Windows: Google Chrome or Microsoft Edge) or set BIFOLIO_CHROMIUM to its path',
      severity: 'error',
    },
  ]);
}

/** Flags for a headless Chromium that never talks to the network on its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts Chromium; Playwright gives every launch a fresh, temporary profile.
 * The browser sees only the fonts Bifolio ships (shippedFontsConfig), never
 * the machine's: what it prints or shows does not depend on which fonts are
 * installed.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const env = { ...process.env, FONTCONFIG_FILE: shippedFontsConfig() };
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, env });
  return { browser, close: () => browser.close() };
}

/**
 * A fontconfig configuration that lists only the shipped font files, with the
 * generic families (sans-serif, serif, monospace) resolving to them in the
 * order of the fallback chain: text the print document's fonts do not reach
 * (an SVG image's labels, say) still never comes from the machine. Written
 * once per set of files into the temporary directory, with its cache beside it.
 */
export function shippedFontsConfig(): string {
  const dirs = [...new Set(ALL_FAMILIES.flatMap((f) => f.files.map((file) => path.dirname(fontPath(file)))))];
  const key = createHash('sha256').update(dirs.join('\n')).digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), `bifolio-fontconfig-${key}`);
  const file = path.join(dir, 'fonts.conf');
  if (existsSync(file)) return file;
  const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const prefer = (families: string[]) => families.map((f) => `<family>${xml(f)}</family>`).join('');
  const text = [...CJK_FAMILIES, ...FALLBACK_FAMILIES].map((f) => f.name);
  const alias = (generic: string, families: string[]) => `  <alias binding="strong"><family>${generic}</family><prefer>${prefer(families)}</prefer></alias>`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${file}.tmp-${process.pid}`,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      ...dirs.map((d) => `  <dir>${xml(d)}</dir>`),
      `  <cachedir>${xml(path.join(dir, 'cache'))}</cachedir>`,
      alias('sans-serif', text),
      alias('serif', [...SERIF_FAMILIES.map((f) => f.name), ...text]),
      alias('monospace', [NOTO_SANS_MONO.name, ...text]),
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  renameSync(`${file}.tmp-${process.pid}`, file);
  return file;
}
