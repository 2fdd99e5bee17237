/**
 * The Content-Security-Policy every built page carries (as a `<meta>`, so it
 * holds on any static host). Scripts only from the site's own files — no
 * inline script, no eval; WebAssembly for Pagefind's search. Style attributes
 * stay allowed (table column alignment, code highlighting), style elements
 * only from files. Not set in `dev`, where Vite injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' mailto:",
].join('; ');
