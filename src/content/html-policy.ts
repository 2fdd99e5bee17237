/**
 * What HTML a chapter may hold, in one place: `check` refuses the rest at
 * its line (content/check/precheck.ts), and every built page's chapter text is
 * sanitised with the same rules before it is published (render/page/
 * sanitize.ts, hast-util-sanitize), so a chapter can never publish a script,
 * whatever it is written with.
 *
 * A chapter may hold the HTML of text, tables, figures and lists, and what
 * Bifolio's components produce (charts as inline SVG, the feedback form).
 * Never: scripts, style sheets, frames, plug-ins, forms of its own, event
 * handler attributes (`onerror=`), or links to `javascript:`, `vbscript:` or
 * `data:` addresses.
 */
import type { Schema } from 'hast-util-sanitize';

/** Elements a chapter may not hold, with what to write instead. */
const FORBIDDEN: Record<string, string> = {
  script: 'a chapter cannot run scripts; show data with <KpiTable>, <KpiChart> or a table',
  noscript: 'a chapter cannot run scripts, so it needs no fallback for them',
  style: 'the report’s look comes from its style sheets, not from a chapter',
  link: 'write a link as [text](https://…)',
  meta: 'page metadata comes from report.yaml and the chapter’s frontmatter',
  base: 'write links relative to the chapter, or as full addresses',
  iframe: 'a report embeds nothing from other sites: link to it with [text](https://…), or show a picture of it with ![description](../images/…)',
  frame: 'a report embeds nothing from other sites: link to it with [text](https://…)',
  frameset: 'a report embeds nothing from other sites: link to it with [text](https://…)',
  object: 'a report embeds nothing: link to the file with [text](…), or show a picture of it with ![description](../images/…)',
  embed: 'a report embeds nothing: link to the file with [text](…), or show a picture of it with ![description](../images/…)',
  applet: 'a report embeds nothing: link to the file with [text](…)',
  form: 'a report asks readers for feedback with <FeedbackForm />',
  input: 'a report asks readers for feedback with <FeedbackForm />',
  button: 'a report asks readers for feedback with <FeedbackForm />',
  select: 'a report asks readers for feedback with <FeedbackForm />',
  textarea: 'a report asks readers for feedback with <FeedbackForm />',
  svg: 'save the drawing as an .svg file in images/ and show it with ![description](../images/drawing.svg)',
  math: 'show the formula as an image, or write it as text',
  template: 'write the content itself',
  slot: 'write the content itself',
  portal: 'a report embeds nothing from other sites: link to it with [text](https://…)',
};

/** Attributes that hold an address, and the address schemes they may have (relative addresses always). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  href: ['http', 'https', 'mailto', 'tel'],
  src: ['http', 'https'],
  cite: ['http', 'https'],
  action: ['http', 'https', 'mailto'],
  formaction: [],
  poster: ['http', 'https'],
  background: ['http', 'https'],
  longdesc: ['http', 'https'],
  'xlink:href': [],
  xlinkhref: [],
};

export interface PolicyProblem {
  message: string;
  hint: string;
}

/** The scheme of an address (`javascript` in ` JavaScript:alert(1)`), or undefined for a relative one. */
function scheme(value: string): string | undefined {
  // Browsers ignore whitespace and control characters inside a scheme.
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** What is wrong with an address, if anything. `attribute`: where it is (`href`, `src`, a Markdown link…). */
export function addressProblem(attribute: string, value: string): PolicyProblem | undefined {
  const found = scheme(value);
  if (!found) return undefined;
  if (['javascript', 'vbscript', 'livescript'].includes(found)) {
    return { message: `a ${found}: address runs a script when followed`, hint: 'link to a page or file instead: [text](https://…) or [text](../images/file.pdf)' };
  }
  if (found === 'data' && attribute !== 'src') {
    return { message: 'a data: address as a link target can carry a page or a script', hint: 'link to a page or a file instead: [text](https://…)' };
  }
  return undefined;
}

/** What is wrong with an element written in a chapter, by its tag and attributes as written. */
export function elementProblems(tagName: string, attributes: Record<string, string | true>): PolicyProblem[] {
  const tag = tagName.toLowerCase();
  const problems: PolicyProblem[] = [];
  const forbidden = FORBIDDEN[tag];
  if (forbidden) problems.push({ message: `<${tag}> is not allowed in a chapter`, hint: forbidden });
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = name.toLowerCase();
    if (/^on/.test(attribute)) {
      problems.push({ message: `the ${name} attribute of <${tag}> would run a script`, hint: 'remove it: a chapter cannot run scripts' });
    } else if (attribute === 'set:html' || attribute === 'dangerouslysetinnerhtml' || attribute === 'innerhtml') {
      problems.push({ message: `${name} gives <${tag}> HTML as a string, which nothing checks`, hint: 'write the HTML in the chapter itself, where check reads it' });
    } else if (attribute === 'srcdoc') {
      problems.push({ message: `the srcdoc attribute of <${tag}> holds a page of its own`, hint: 'remove it: a report embeds nothing' });
    } else if (attribute in URL_ATTRIBUTES && typeof value === 'string') {
      const problem = addressProblem(attribute === 'src' && tag !== 'img' && tag !== 'source' ? 'src-of-frame' : attribute, value);
      if (problem) problems.push({ ...problem, message: `<${tag} ${name}>: ${problem.message}` });
    }
  }
  return problems;
}

/** Attributes every element of chapter text and component output may have. */
const GLOBAL_ATTRIBUTES = [
  'className',
  'id',
  'lang',
  'dir',
  'title',
  'role',
  'tabIndex',
  'style',
  'hidden',
  'translate',
  'data*',
  'ariaLabel',
  'ariaLabelledBy',
  'ariaDescribedBy',
  'ariaHidden',
  'ariaCurrent',
  'ariaLevel',
  'ariaRoleDescription',
];

/** SVG as Bifolio's charts draw it (inline, in the chapter's text). */
const SVG_TAGS = ['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc', 'defs', 'pattern', 'linearGradient', 'radialGradient', 'stop', 'clipPath'];
const SVG_ATTRIBUTES = [
  'viewBox',
  'xmlns',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'd',
  'points',
  'transform',
  'fill',
  'fillOpacity',
  'fillRule',
  'stroke',
  'strokeWidth',
  'strokeDasharray',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeOpacity',
  'opacity',
  'textAnchor',
  'dominantBaseline',
  'fontSize',
  'fontWeight',
  'patternUnits',
  'patternTransform',
  'gradientUnits',
  'gradientTransform',
  'offset',
  'stopColor',
  'stopOpacity',
  'clipPath',
  'clipPathUnits',
  'preserveAspectRatio',
  'focusable',
];

/**
 * The sanitiser's rules for the chapter text of built pages: the HTML of
 * text, tables, figures and lists, and what the components produce. Ids are
 * kept as written (no clobbering prefix): the site and the PDFs link to them.
 */
export const CHAPTER_HTML_SCHEMA: Schema = {
  tagNames: [
    ...['a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt'],
    ...['em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'nav', 'ol', 'p', 'picture', 'pre', 'q'],
    ...['rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr'],
    // The feedback form (<FeedbackForm />) and its fields.
    ...['form', 'fieldset', 'legend', 'label', 'input', 'textarea', 'select', 'option', 'button'],
    ...SVG_TAGS,
  ],
  attributes: {
    '*': GLOBAL_ATTRIBUTES,
    a: ['href', 'rel', 'target', 'download', 'hrefLang', 'type'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', 'srcSet', 'sizes'],
    source: ['srcSet', 'sizes', 'type', 'media'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    data: ['value'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    td: ['colSpan', 'rowSpan', 'headers', 'align'],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr', 'align'],
    col: ['span'],
    colgroup: ['span'],
    details: ['open'],
    form: ['action', 'method', 'encType', 'acceptCharset', 'name'],
    label: ['htmlFor'],
    input: ['type', 'name', 'value', 'checked', 'disabled', 'required', 'placeholder', 'min', 'max', 'step', 'maxLength'],
    textarea: ['name', 'rows', 'cols', 'required', 'placeholder', 'maxLength'],
    select: ['name', 'required', 'multiple'],
    option: ['value', 'selected'],
    button: ['type', 'name', 'value'],
    ...Object.fromEntries(SVG_TAGS.map((t) => [t, SVG_ATTRIBUTES])),
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    action: ['http', 'https', 'mailto'],
  },
  clobber: [],
  clobberPrefix: '',
  required: {},
  strip: ['script', 'style', 'template'],
};
