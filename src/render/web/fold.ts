/**
 * Sidebar and page contents are disclosure widgets so small screens can fold
 * them without JavaScript. On wide screens they are opened here (and by CSS
 * where the browser supports ::details-content).
 */
const wide = matchMedia('(min-width: 60rem)');
function sync(): void {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-fold-wide-open]')) {
    if (wide.matches) d.open = true;
  }
}
wide.addEventListener('change', sync);
sync();
