/**
 * `bifolio convert --to <variant>`: plain text from stdin to stdout through
 * the same converter and profile the build uses for that variant.
 */
import { existsSync } from 'node:fs';
import { getConverter } from '../convert/converter.ts';
import { isProfileName, profileNames, type ProfileName } from '../convert/profiles.ts';
import { ReportError } from '../diagnostics.ts';
import { reportFile } from '../content/paths.ts';
import { loadReport } from '../content/report.ts';

/** The profile the build uses for variant `code` of the current report. */
export function profileForVariant(code: string): ProfileName {
  const file = reportFile();
  if (existsSync(file)) {
    const report = loadReport(file);
    const variant = report.variants.find((v) => v.code.toLowerCase() === code.toLowerCase());
    if (variant?.profile) return variant.profile;
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
  if (isProfileName(code)) return code;
  throw new ReportError([
    { file: file, message: `unknown variant "${code}"`, hint: `known variants: ${profileNames.join(', ')}`, severity: 'error' },
  ]);
}

export async function convertStdin(to: string): Promise<void> {
  const converter = getConverter(profileForVariant(to));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  process.stdout.write(converter.convert(Buffer.concat(chunks).toString('utf8')));
}
