/**
 * Finds and starts the system's Chromium. Nothing here downloads a browser:
 * `BIFOLIO_CHROMIUM` (or `CHROME_PATH`) names the executable, otherwise the
 * usual system paths are tried.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ReportError } from '../diagnostics.ts';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

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
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new ReportError([
    {
      file: 'chromium',
      message: 'no Chromium browser found',
      hint: 'install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set BIFOLIO_CHROMIUM to its path',
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

/** Starts Chromium; Playwright gives every launch a fresh, temporary profile. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return { browser, close: () => browser.close() };
}
