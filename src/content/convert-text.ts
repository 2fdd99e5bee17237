/**
 * `bifolio convert --to <variant> [--profile <name>]`: plain text from stdin
 * to stdout through the converter the build uses for that variant — its
 * profile, vocabulary setting and the report glossary. Outside a report, the
 * built-in profile alone.
 */
import { existsSync } from 'node:fs';
import { getConverter, type Converter } from '../convert/converter.ts';
import { converterResolver } from '../convert/page.ts';
import { isProfileName, profileNames } from '../convert/profiles.ts';
import { ReportError } from '../diagnostics.ts';
import { loadGlossary } from './glossary.ts';
import { reportFile } from '../sources/paths.ts';
import { loadReport, type Variant } from './report.ts';

function unknownProfile(name: string): ReportError {
  return new ReportError([
    { file: '--profile', message: `unknown profile "${name}"`, hint: `known profiles: ${profileNames.join(', ')}`, severity: 'error' },
  ]);
}

/** The converter the build uses for variant `code` (or with `profile` instead of the variant's own). */
export function converterForVariant(code: string, profile?: string): Converter {
  if (profile !== undefined && !isProfileName(profile)) throw unknownProfile(profile);
  const file = reportFile();
  if (existsSync(file)) {
    const report = loadReport(file);
    const variant = report.variants.find((v) => v.code.toLowerCase() === code.toLowerCase());
    if (!variant?.profile) {
      const targets = report.variants.filter((v) => v.profile).map((v) => v.code);
      throw new ReportError([
        {
          file,
          message:
            variant !== undefined
              ? `${variant.code} is the source script; there is nothing to convert`
              : `the report publishes no variant "${code}"`,
          hint: `use --to ${targets.join(' or --to ')}`,
          severity: 'error',
        },
      ]);
    }
    const chosen: Variant = profile && isProfileName(profile) ? { ...variant, profile } : variant;
    return converterResolver({ variants: [chosen], glossary: loadGlossary() })(chosen.code)!;
  }
  const name = profile ?? code;
  if (isProfileName(name)) return getConverter(name);
  throw new ReportError([
    { file: code, message: `unknown variant "${code}"`, hint: `known variants: ${profileNames.join(', ')}`, severity: 'error' },
  ]);
}

export async function convertStdin(to: string, profile?: string): Promise<void> {
  const converter = converterForVariant(to, profile);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  process.stdout.write(converter.convert(Buffer.concat(chunks).toString('utf8')));
}
