/**
 * Finished pages are taken out of the browser's layout (display: none) while later pages are
 * laid out: every overflow check forces a layout, which otherwise grows with the pages
 * before it (content-visibility: auto helped less). layOutPages shows them again.
 */
import type { HandlerClass } from './paged.ts';

export function skipFinishedPages(Handler: HandlerClass) {
  return class SkipFinishedPages extends Handler {
    finalizePage(pageElement: HTMLElement) {
      pageElement.style.display = 'none';
    }
  };
}
