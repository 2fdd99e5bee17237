/**
 * Text an editor writes for Traditional pages — a glossary entry's
 * Traditional form, an inline override `<Zh hant="…">` — is printed exactly
 * as written: the converter does not touch it. Simplified characters left in
 * it (`zh-Hant: 软件`) would reach the Traditional pages, so they are
 * reported at the place they are written, with what the converter makes of
 * them. "Simplified" is the build's leak check's own test: a character the
 * variant's profile always converts and never produces (convert/leaks.ts).
 */
import { SIMPLIFIED_ONLY } from '../convert/charsets.ts';
import { getConverter } from '../convert/converter.ts';
import { isProfileName, type ProfileName } from '../convert/profiles.ts';

export interface SimplifiedLeft {
  /** The Simplified characters, each once, in order. */
  characters: Array<{ char: string; becomes: string }>;
  /** The whole text as the converter writes it for the variant. */
  suggestion: string;
}

/** The profile whose pages print a form keyed by `variant` (`zh-Hant`, `zh-Hant-TW`, …). */
function profileOf(variant: string): ProfileName {
  return isProfileName(variant) ? variant : 'zh-Hant';
}

/** Simplified characters in `text`, written for pages of `variant`; undefined when there are none. */
export function simplifiedLeft(text: string, variant: string): SimplifiedLeft | undefined {
  const converter = getConverter(profileOf(variant));
  const found: string[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x10000 && converter.classes[cp] === SIMPLIFIED_ONLY && !found.includes(char)) found.push(char);
  }
  if (found.length === 0) return undefined;
  const suggestion = converter.convert(text);
  const chars = [...text];
  const out = [...suggestion];
  const aligned = chars.length === out.length;
  return {
    characters: found.map((char) => ({ char, becomes: aligned ? out[chars.indexOf(char)]! : converter.convert(char) })),
    suggestion,
  };
}

/** `软 → 軟, 体 → 體` */
export function listChanges(left: SimplifiedLeft): string {
  return left.characters.map((c) => `${c.char} → ${c.becomes}`).join(', ');
}

/** Override attributes of a component or element in a chapter, and the variant each writes for. */
const OVERRIDE_ATTRIBUTES: Record<string, string> = {
  hant: 'zh-Hant',
  hantTw: 'zh-Hant-TW',
  hantHk: 'zh-Hant-HK',
  'data-zh-hant': 'zh-Hant',
  'data-zh-hant-tw': 'zh-Hant-TW',
  'data-zh-hant-hk': 'zh-Hant-HK',
};

/**
 * Problems with the inline overrides of one element in a chapter:
 * `<Zh hant="…">` (or an element carrying `data-zh-hant="…"`).
 */
export function overrideProblems(name: string, attributes: Record<string, string | undefined>): Array<{ message: string; hint: string }> {
  const problems: Array<{ message: string; hint: string }> = [];
  for (const [attribute, value] of Object.entries(attributes)) {
    const variant = OVERRIDE_ATTRIBUTES[attribute];
    // <Zh> takes hant, hantTw, hantHk; any other element the data-zh-* attributes <Zh> renders.
    const own = name === 'Zh' ? !attribute.startsWith('data-') : attribute.startsWith('data-');
    if (!variant || !own || value === undefined) continue;
    const left = simplifiedLeft(value, variant);
    if (!left) continue;
    problems.push({
      message: `<${name} ${attribute}="${value}">: the text for Traditional pages still has Simplified characters: ${listChanges(left)}`,
      hint: `an override is printed exactly as written; write it in Traditional characters: ${attribute}="${left.suggestion}"`,
    });
  }
  return problems;
}
