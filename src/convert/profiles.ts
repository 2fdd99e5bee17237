/**
 * Conversion profiles, declared as data. A profile names the OpenCC tables it
 * stacks and the punctuation rules applied on top.
 */
import type { OpenccDictionaryName } from './opencc-dictionaries.ts';
import type { QuoteStyle } from './punctuation.ts';

export interface ProfileDefinition {
  /** Name of the script as readers know it, in that script. */
  label: string;
  /** What the profile produces, for editors choosing one. */
  description: string;
  opencc: {
    /** Character normalisation applied before anything else. */
    normalize: OpenccDictionaryName[];
    /** Dictionaries whose phrases define segment boundaries. */
    segmentation: OpenccDictionaryName[];
    /** Dictionary groups applied in order within each segment. */
    chain: OpenccDictionaryName[][];
  };
  /** How quotation marks are written. */
  quotes: QuoteStyle;
}

const SIMPLIFIED_TO_TRADITIONAL: OpenccDictionaryName[] = [
  'STPhrases',
  'STPhrases_GeneratedFromRegionalPhrases',
  'STCharacters',
];

export const profiles = {
  'zh-Hant': {
    label: '繁體中文',
    description:
      'Standard Traditional character forms (OpenCC s2tw tables), Mainland/Hong Kong vocabulary kept as written, corner-bracket quotes.',
    opencc: {
      normalize: ['CJK_Compatibility_Ideographs'],
      segmentation: ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'],
      chain: [SIMPLIFIED_TO_TRADITIONAL, ['TWVariantsPhrases', 'TWVariants']],
    },
    quotes: 'corner',
  },
} as const satisfies Record<string, ProfileDefinition>;

export type ProfileName = keyof typeof profiles;
export const profileNames = Object.keys(profiles) as ProfileName[];

export function isProfileName(name: string): name is ProfileName {
  return Object.hasOwn(profiles, name);
}
