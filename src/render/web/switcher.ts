/**
 * Keeps the reader's place when switching scripts: heading ids are the same
 * in every script, so the switcher links get the id of the heading the
 * reader is at (the last one scrolled past, or the one in the address bar).
 */
const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-script-switch]'));

function currentHeadingId(): string {
  const headings = Array.from(document.querySelectorAll<HTMLElement>('main h2[id], main h3[id], main h4[id]'));
  let current = '';
  for (const h of headings) {
    if (h.getBoundingClientRect().top > 96) break;
    current = h.id;
  }
  if (!current && location.hash) current = decodeURIComponent(location.hash.slice(1));
  return current;
}

function update(): void {
  const id = currentHeadingId();
  for (const a of links) {
    const url = new URL(a.href);
    url.hash = id;
    a.href = url.href;
  }
}

if (links.length) {
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  addEventListener('hashchange', update);
  for (const a of links) {
    a.addEventListener('pointerdown', update);
    a.addEventListener('focus', update);
  }
  update();
}
