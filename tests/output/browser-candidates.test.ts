/** Where the browser is looked for on each system (nothing is downloaded). */
import { describe, expect, it } from 'vitest';
import { chromiumCandidates } from '../../src/platform/browser.ts';

describe('chromiumCandidates', () => {
  it('finds Chrome, Chromium and Edge in the applications folders on macOS', () => {
    const found = chromiumCandidates('darwin', { HOME: '/Users/editor' });
    expect(found[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(found).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(found).toContain('/Users/editor/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('finds Chrome and Edge under Program Files and the user’s local programs on Windows', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\editor\\AppData\\Local' };
    const found = chromiumCandidates('win32', env);
    expect(found[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(found).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(found).toContain('C:\\Users\\editor\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('finds the distribution’s Chromium first on Linux', () => {
    const found = chromiumCandidates('linux', {});
    expect(found[0]).toBe('/usr/bin/chromium');
    expect(found).toContain('/usr/bin/google-chrome-stable');
    expect(found).toContain('/opt/microsoft/msedge/msedge');
  });
});
