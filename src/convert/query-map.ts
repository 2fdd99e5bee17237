/**
 * The character map a search page uses to convert a reader's query into the
 * page's script, so 温室气体 finds 溫室氣體 and the other way round. A map
 * of single characters (a few thousand entries) rather than OpenCC itself:
 * what the browser loads for search stays small.
 */
import type { ProfileName } from './profiles.ts';
import { getConverter } from './converter.ts';
import { openccDictionary } from './opencc-dictionaries.ts';

/**
 * For a Traditional variant: Simplified → the profile's Traditional form,
 * then the other forms the character may take (台 → 臺台颱: 台风 is 颱風);
 * for the source: Traditional → Simplified. Each value lists the forms,
 * preferred first; the search page tries the combinations.
 */
export function queryCharacterMap(profile: ProfileName | undefined): Record<string, string> {
  const forms = new Map<string, string[]>();
  const add = (from: string, more: string[]) => {
    if ([...from].length !== 1) return;
    const list = forms.get(from) ?? [];
    for (const f of more) if ([...f].length === 1 && !list.includes(f)) list.push(f);
    forms.set(from, list);
  };
  const [characters, phrases] = profile ? (['STCharacters', 'STPhrases'] as const) : (['TSCharacters', 'TSPhrases'] as const);
  const converter = profile ? getConverter(profile) : undefined;
  for (const [from, candidates] of openccDictionary(characters)) {
    add(from, [...(converter ? [converter.convert(from)] : []), ...candidates.split(' ')]);
  }
  // Forms a character takes only inside phrases: 台 is 颱 in 台风.
  for (const [from, to] of openccDictionary(phrases)) {
    const a = [...from];
    const b = [...to.split(' ')[0]!];
    if (a.length !== b.length) continue;
    a.forEach((c, i) => {
      if (b[i] !== c && forms.has(c)) add(c, [b[i]!]);
    });
  }
  const map: Record<string, string> = {};
  for (const [from, list] of forms) if (!(list.length === 1 && list[0] === from)) map[from] = list.join('');
  return map;
}
