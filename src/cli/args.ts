/**
 * The `bifolio` command line: its commands, the options each one takes, their
 * help texts, and reading `argv` into checked values. A mistake on the
 * command line (an unknown command or option, a missing or bad value) is a
 * `UsageError`: one plain line, what is wrong and how to fix it.
 */

export type Command = 'init' | 'check' | 'build' | 'pdf' | 'dev' | 'preview' | 'convert' | 'review' | 'learn' | 'help';

export type OptionName =
  | 'content'
  | 'out'
  | 'to'
  | 'variant'
  | 'edition'
  | 'profile'
  | 'port'
  | 'pdf-timeout'
  | 'timings'
  | 'layout-parts'
  | 'pdf-memory'
  | 'cmyk'
  | 'simplified'
  | 'traditional'
  | 'write'
  | 'min-count'
  | 'name'
  | 'period'
  | 'stock-code'
  | 'yes'
  | 'quiet'
  | 'verbose'
  | 'help'
  | 'version';

/** The options as read, each checked. */
export interface CliOptions {
  content?: string;
  out?: string;
  to?: string;
  variant?: string;
  edition?: 'reading' | 'printer';
  profile?: string;
  port?: number;
  /** Seconds. */
  pdfTimeout?: number;
  timings?: string;
  layoutParts?: number;
  pdfMemory?: number;
  cmyk: boolean;
  /** learn: last year's editions. */
  simplified?: string;
  traditional?: string;
  write: boolean;
  minCount?: number;
  /** init: the company, the reporting period, the stock code; `--yes` takes the defaults for the rest. */
  name?: string;
  period?: string;
  stockCode?: string;
  yes: boolean;
  quiet: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

export interface CommandLine {
  /** Undefined when none was given (`bifolio`, `bifolio --help`). */
  command?: Command;
  /** `bifolio help <topic>`. */
  topic?: Command;
  /** `bifolio init <dir>`: the folder to write the new report into. */
  dir?: string;
  options: CliOptions;
}

/** A mistake on the command line: printed as one line, exit status 2. */
export class UsageError extends Error {
  readonly hint?: string;
  /** The command it was given to, when known. */
  command?: Command;
  /** Point to the help that lists the options. */
  readonly listOptions: boolean;
  constructor(message: string, hint?: string, listOptions = false) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
    this.listOptions = listOptions;
  }

  /** `bifolio build: --port takes a port number from 1 to 65535, not "abc"  (e.g. --port 4321)` */
  toString(): string {
    const help = this.listOptions ? (this.command ? `bifolio ${this.command} --help lists its options` : 'bifolio --help lists the options') : undefined;
    const hint = this.hint && help ? `${this.hint}${this.hint.endsWith('?') ? ' ' : '; '}${help}` : (this.hint ?? help);
    return `bifolio${this.command ? ` ${this.command}` : ''}: ${this.message}${hint ? `  (${hint})` : ''}`;
  }
}

interface OptionSpec {
  /** How the value is shown in help, e.g. `<dir>`; none for a switch. */
  value?: string;
  short?: string;
  /** One line of help, per command when it differs (`undefined`: the overview, for every command). */
  help: string | ((command: Command | undefined) => string);
  /** An example value, for messages. */
  example?: string;
}

const OPTIONS: Record<OptionName, OptionSpec> = {
  content: {
    value: '<dir>',
    example: 'content',
    help: "the report's content directory (default: the first folder from the current one up that holds report.yaml, or content/report.yaml)",
  },
  out: {
    value: '<dir>',
    example: 'site',
    help: (command) =>
      command === 'review'
        ? "where the review pages go (default: review/ beside the report's content/ folder)"
        : command === 'preview'
          ? "the built site to serve (default: dist/ beside the report's content/ folder)"
          : command === undefined
            ? "output directory (default: dist/, for review review/, beside the report's content/ folder)"
            : "output directory (default: dist/ beside the report's content/ folder)",
  },
  to: { value: '<code>', example: 'zh-Hant', help: 'the variant to convert to, e.g. zh-Hant' },
  variant: {
    value: '<code>',
    example: 'zh-Hant',
    help: (command) =>
      command === 'pdf'
        ? "only this variant's PDFs (e.g. zh-Hant)"
        : command === 'learn'
          ? "the variant the Traditional edition is (default: the report's first Traditional variant, or zh-Hant)"
          : 'only this variant (e.g. zh-Hant)',
  },
  edition: { value: '<name>', example: 'printer', help: 'only this edition: reading or printer' },
  profile: { value: '<name>', example: 'zh-Hant-HK', help: "convert with this profile instead of the variant's (zh-Hant, zh-Hant-TW, zh-Hant-HK)" },
  port: {
    value: '<n>',
    example: '4321',
    help: (command) =>
      command === 'preview' ? 'port to serve the built site on (default: 4321)' : 'port of the preview (default: 4321, or the next free one)',
  },
  'pdf-timeout': { value: '<s>', example: '300', help: 'time limit for laying out one PDF, in seconds (default: 180)' },
  timings: { value: '<file>', example: 'timings.json', help: 'write the time of each step and each PDF as JSON' },
  'layout-parts': {
    value: '<n>',
    example: '2',
    help: 'lay each PDF out in up to n parts at once, split between chapters (default: the processor cores not busy with other PDFs)',
  },
  'pdf-memory': {
    value: '<MB>',
    example: '2048',
    help: 'memory the PDFs laid out at once may take, in MB: fewer at once when theirs would take more (default: half the machine’s memory)',
  },
  cmyk: { help: 'also convert the printer editions to CMYK PDF/X-3 (…-print-cmyk.pdf; needs Ghostscript)' },
  simplified: { value: '<file>', example: 'esg-2023-sc.pdf', help: "last year's Simplified edition: a PDF, Markdown/MDX or a text file" },
  traditional: { value: '<file>', example: 'esg-2023-tc.pdf', help: "last year's Traditional edition, as published: a PDF, Markdown/MDX or a text file" },
  write: { help: "add the proposals without conflicts to the report's glossary.yaml, each with a note saying where it was learned" },
  'min-count': { value: '<n>', example: '3', help: 'write only words the publisher printed at least n times (default: 2)' },
  name: { value: '<text>', example: '示例科技有限公司', help: "the company's name, as printed in the report" },
  period: { value: '<period>', example: '2025', help: 'the reporting period: a year (2025) or two dates (2024-04-01/2025-03-31)' },
  'stock-code': { value: '<code>', example: '00700', help: "the company's stock code (left out when not given)" },
  yes: { short: 'y', help: 'ask nothing: take the defaults for what is not given' },
  quiet: { help: 'print only problems and the last line' },
  verbose: {
    help: (command) =>
      command === 'build' || command === 'pdf'
        ? "show the website build's own output, each PDF's steps, and stack traces"
        : command === undefined
          ? "show stack traces, and for build and pdf the website build's own output and each PDF's steps"
          : 'show stack traces',
  },
  help: { short: 'h', help: 'show this help' },
  version: { short: 'v', help: "show Bifolio's version" },
};

interface CommandSpec {
  /** The synopsis after `bifolio `. */
  synopsis: string;
  /** The overview's line(s). */
  summary: string;
  /** What `bifolio <command> --help` says it does. */
  description: string;
  options: OptionName[];
}

/** Every command takes these. */
const COMMON: OptionName[] = ['verbose', 'help', 'version'];

const COMMANDS: Record<Command, CommandSpec> = {
  check: {
    synopsis: 'check [--content <dir>]',
    summary: "check the report's sources (content, data, references, links) and list every problem; builds nothing",
    description:
      'Checks everything the build checks, without building: the report configuration, the glossary,\nthe KPI data, every chapter, images, cross-references and links. Lists every problem and exits\nwith status 1 if any is an error.',
    options: ['content'],
  },
  build: {
    synopsis: 'build [options]',
    summary: 'build the website and the PDFs of every script into dist/',
    description:
      'Checks the sources, then builds the website of every script and its PDFs into dist/ beside the\nreport. It prints each step as it starts and each PDF as it is finished. A failed build leaves the\nprevious output as it was.',
    options: ['content', 'out', 'pdf-timeout', 'timings', 'layout-parts', 'pdf-memory', 'cmyk', 'quiet'],
  },
  pdf: {
    synopsis: 'pdf [options]',
    summary: 'build only the PDFs (dist/pdf/)',
    description: 'Builds the PDFs only and replaces dist/pdf/ (with --variant or --edition, only those PDFs);\nthe rest of dist/ stays as it was.',
    options: ['content', 'out', 'variant', 'edition', 'pdf-timeout', 'timings', 'layout-parts', 'pdf-memory', 'cmyk', 'quiet'],
  },
  dev: {
    synopsis: 'dev [--port <n>]',
    summary: 'live preview at http://127.0.0.1:4321/',
    description: 'Serves a live preview of both scripts at http://127.0.0.1:4321/; saving a source updates the page.',
    options: ['content', 'port'],
  },
  preview: {
    synopsis: 'preview [--port <n>]',
    summary: 'serve the built site (dist/) as a host would, at http://127.0.0.1:4321/',
    description:
      'Serves the built site, dist/ beside the report, at http://127.0.0.1:4321/ as a static host would:\nunder the path of `site` in report.yaml when it has one (/ redirects there), with the 404 page\nfor addresses that do not exist. Run bifolio build first; Ctrl+C stops it.',
    options: ['content', 'out', 'port'],
  },
  convert: {
    synopsis: 'convert --to <code> [--profile <name>]',
    summary: 'convert plain text from stdin to the variant <code> (e.g. zh-Hant)',
    description:
      "Converts plain text from stdin to stdout with the converter the build uses for that variant\n(its profile and the report's glossary); outside a report, with the built-in profile alone.",
    options: ['to', 'profile', 'content'],
  },
  review: {
    synopsis: 'review [--variant <code>]',
    summary: 'list every character with more than one Traditional form, the form chosen and who chose it, as review/<variant>.html',
    description:
      'Writes review/<variant>.html beside the report: every character with more than one Traditional\nform, the form chosen and which layer chose it.',
    options: ['content', 'out', 'variant'],
  },
  learn: {
    synopsis: 'learn --simplified <file> --traditional <file> [--variant <code>] [--write] [--min-count <n>]',
    summary: "propose glossary entries from last year's edition in both scripts: where the publisher printed other forms than the converter writes",
    description:
      "Reads last year's edition in both scripts (PDFs, Markdown/MDX or text), aligns them, converts the\nSimplified one with the report's converter (profile and current glossary) and lists, where the\npublisher printed something else, the glossary entry that would print it: the word, the form, how\noften, examples, and conflicts where the publisher wrote both forms. --write adds the entries\nwithout conflicts to the report's glossary.yaml.",
    options: ['simplified', 'traditional', 'variant', 'write', 'min-count', 'content'],
  },
  init: {
    synopsis: 'init <dir> [--name <text>] [--period <period>] [--stock-code <code>] [--yes]',
    summary: 'write a new report into <dir>: configuration, three chapters, KPI data, glossary, brand, README and a publishing workflow',
    description:
      "Writes a new report that builds as it is into <dir> (a new or empty folder; nothing is ever\noverwritten): report.yaml with the company's name, reporting period and stock code, three\nchapters showing the main components, a KPI table with a chart, a glossary, _brand.yml, a README\nfor editors, package.json and a GitHub Pages workflow. On a terminal it asks for what the options\ndo not give; --yes takes the defaults.",
    options: ['name', 'period', 'stock-code', 'yes'],
  },
  help: {
    synopsis: 'help [<command>]',
    summary: "show the commands, or one command's options",
    description: "Shows the commands, or with a command's name the options it takes.",
    options: [],
  },
};

export const COMMAND_NAMES = Object.keys(COMMANDS) as Command[];

const isCommand = (name: string): name is Command => Object.hasOwn(COMMANDS, name);
const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

function optionsOf(command: Command): OptionName[] {
  return [...COMMANDS[command].options, ...COMMON];
}

/** Two columns: the left padded to `width`, the right wrapped at 100 characters. */
function columns(rows: [string, string][], width: number): string {
  const out: string[] = [];
  for (const [left, right] of rows) {
    const lines: string[] = [];
    let line = '';
    for (const word of right.split(' ')) {
      if (line && width + line.length + 1 + word.length > 100) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    const head = `  ${left}`;
    out.push(`${head.padEnd(width)}${head.length >= width ? `\n${' '.repeat(width)}` : ''}${lines[0]}`);
    for (const rest of lines.slice(1)) out.push(`${' '.repeat(width)}${rest}`);
  }
  return out.join('\n');
}

function optionLabel(name: OptionName): string {
  const spec = OPTIONS[name];
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
}

function optionHelp(name: OptionName, command: Command | undefined): string {
  const { help } = OPTIONS[name];
  return typeof help === 'function' ? help(command) : help;
}

/** `bifolio --help`: every command, and the options with the commands that take them. */
export function overview(): string {
  const commands = columns(
    COMMAND_NAMES.filter((c) => c !== 'help').map((c) => [c === 'convert' ? 'convert --to <code>' : c, COMMANDS[c].summary]),
    24,
  );
  const owners = (name: OptionName) => COMMAND_NAMES.filter((c) => c !== 'help' && COMMANDS[c].options.includes(name));
  const names = (Object.keys(OPTIONS) as OptionName[]).filter((n) => n !== 'to');
  const options = columns(
    names.map((name) => {
      const who = owners(name);
      // Every command that works on a report (init writes a new one): no need to name them.
      const all = who.length === 0 || who.length >= COMMAND_NAMES.filter((c) => c !== 'help' && c !== 'init').length;
      const help = optionHelp(name, undefined);
      return [optionLabel(name), all ? help : `${who.join(', ')}: ${help}`];
    }),
    24,
  );
  return `Usage: bifolio <command> [options]

Commands:
${commands}

Options:
${options}

bifolio <command> --help shows the options of one command.
`;
}

/** `bifolio <command> --help`. */
export function commandHelp(command: Command): string {
  const spec = COMMANDS[command];
  const options = columns(
    optionsOf(command).map((name) => [optionLabel(name), optionHelp(name, command)]),
    24,
  );
  return `Usage: bifolio ${spec.synopsis}

${spec.description}

Options:
${options}
`;
}

/** Restricted Damerau–Levenshtein distance: a swapped pair of letters counts once. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate closest to `word`, when it is close enough to be what was meant. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = lower.length >= 2 && candidate.startsWith(lower) ? 0.5 : distance(lower, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.min(2, Math.floor(lower.length / 3))) ? best : undefined;
}

function number(name: OptionName, raw: string, check: (n: number) => boolean, what: string): number {
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!check(n)) throw new UsageError(`--${name} takes ${what}, not "${raw}"`, `e.g. --${name} ${OPTIONS[name].example}`);
  return n;
}

/** Reads one option's value into `options`. */
function setOption(options: CliOptions, name: OptionName, raw: string | undefined): void {
  switch (name) {
    case 'cmyk':
    case 'write':
    case 'yes':
    case 'quiet':
    case 'verbose':
    case 'help':
    case 'version':
      options[name] = true;
      return;
  }
  const value = raw!;
  switch (name) {
    case 'port':
      options.port = number(name, value, (n) => Number.isInteger(n) && n >= 1 && n <= 65535, 'a port number from 1 to 65535');
      return;
    case 'pdf-timeout':
      options.pdfTimeout = number(name, value, (n) => Number.isFinite(n) && n > 0, 'a number of seconds greater than 0');
      return;
    case 'layout-parts':
      options.layoutParts = number(name, value, (n) => Number.isInteger(n) && n >= 1, 'a whole number of parts, 1 or more');
      return;
    case 'pdf-memory':
      options.pdfMemory = number(name, value, (n) => Number.isFinite(n) && n >= 100, 'a number of megabytes, 100 or more');
      return;
    case 'min-count':
      options.minCount = number(name, value, (n) => Number.isInteger(n) && n >= 1, 'a whole number of occurrences, 1 or more');
      return;
    case 'edition':
      if (value !== 'reading' && value !== 'printer') throw new UsageError(`--edition is reading or printer, not "${value}"`, 'e.g. --edition printer');
      options.edition = value;
      return;
    case 'content':
    case 'out':
    case 'to':
    case 'variant':
    case 'profile':
    case 'timings':
    case 'simplified':
    case 'traditional':
    case 'name':
    case 'period':
      if (value === '') throw new UsageError(`--${name} needs a value`, `e.g. --${name} ${OPTIONS[name].example}`);
      options[name] = value;
      return;
    case 'stock-code':
      options.stockCode = value;
  }
}

/**
 * Reads the command line. Help and version win over every other mistake
 * (`bifolio build --port x --help` shows build's help); otherwise the first
 * mistake is thrown as a UsageError.
 */
export function parseCommandLine(argv: string[]): CommandLine {
  const options: CliOptions = { cmyk: false, write: false, yes: false, quiet: false, verbose: false, help: false, version: false };
  const positionals: string[] = [];
  const given: OptionName[] = [];
  let problem: UsageError | undefined;
  const fail = (e: UsageError) => {
    problem ??= e;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const written = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const name = long ? written.slice(2) : ((Object.keys(OPTIONS) as OptionName[]).find((n) => OPTIONS[n].short === written.slice(1)) ?? written);
    if (!isOption(name)) {
      const guess = nearest(
        long ? written.slice(2) : written.slice(1),
        Object.keys(OPTIONS).filter((n) => n.length > 1 || long),
      );
      fail(new UsageError(`unknown option ${written}`, guess ? `did you mean --${guess}?` : undefined, true));
      continue;
    }
    given.push(name);
    const spec = OPTIONS[name];
    let value = inline;
    if (spec.value) {
      if (value === undefined) {
        const next = argv[i + 1];
        // A value may start with one dash (--pdf-timeout -1 is a bad number, not a missing one); never with two.
        if (next !== undefined && !next.startsWith('--')) {
          value = next;
          i++;
        }
      }
      if (value === undefined) {
        fail(new UsageError(`--${name} needs a value`, `e.g. --${name} ${spec.example}`));
        continue;
      }
    } else if (inline !== undefined) {
      fail(new UsageError(`--${name} takes no value`, `write just --${name}`));
      continue;
    }
    try {
      setOption(options, name, value);
    } catch (e) {
      if (e instanceof UsageError) fail(e);
      else throw e;
    }
  }

  const [first, ...rest] = positionals;
  let command: Command | undefined;
  if (first !== undefined) {
    if (isCommand(first)) command = first;
    else {
      const guess = nearest(first, COMMAND_NAMES);
      problem = new UsageError(
        `unknown command "${first}"`,
        `${guess ? `did you mean bifolio ${guess}? ` : ''}the commands are ${COMMAND_NAMES.filter((c) => c !== 'help').join(', ')}`,
      );
    }
  }
  let topic: Command | undefined;
  let dir: string | undefined;
  if (command === 'init' && rest.length > 0) {
    dir = rest[0];
    if (rest.length > 1 && !problem) problem = new UsageError(`unexpected argument "${rest[1]}"`, 'init takes one folder, e.g. bifolio init my-report');
  } else if (command === 'help' && rest.length > 0) {
    const name = rest[0]!;
    if (isCommand(name) && rest.length === 1) topic = name;
    else {
      const guess = nearest(name, COMMAND_NAMES);
      problem = new UsageError(
        `no command "${rest.join(' ')}" to show help for`,
        `${guess ? `did you mean bifolio help ${guess}? ` : ''}bifolio --help lists the commands`,
      );
    }
  } else if (command && rest.length > 0 && !problem) {
    problem = new UsageError(`unexpected argument "${rest[0]}"`, `bifolio ${command} --help shows how to use it`);
  }
  if (options.version || (options.help && (command || first === undefined))) return { command, topic, dir, options };
  if (!problem && command) {
    const stray = given.find((name) => !optionsOf(command).includes(name));
    if (stray) {
      const owners = COMMAND_NAMES.filter((c) => COMMANDS[c].options.includes(stray));
      problem = new UsageError(`--${stray} is not an option of ${command}${owners.length ? `, only of ${owners.join(' and ')}` : ''}`, undefined, true);
    }
  }
  if (!problem && command === 'learn') {
    const missing = (['simplified', 'traditional'] as const).filter((name) => options[name] === undefined);
    if (missing.length)
      problem = new UsageError(
        `say which ${missing.length === 2 ? 'editions' : 'edition'} to learn from`,
        `e.g. ${missing.map((name) => `--${name} ${OPTIONS[name].example}`).join(' ')}`,
      );
  }
  if (!problem && options.quiet && options.verbose) problem = new UsageError('--quiet and --verbose ask for opposite things', 'use one of them');
  if (problem) {
    if (command !== 'help') problem.command = command;
    throw problem;
  }
  return { command, topic, dir, options };
}
