/**
 * Conversion profiles, declared as data. Each is a stack of layers:
 * OpenCC base tables → Bifolio's built-in phrase table (entries for the
 * profile's register) → the report glossary → inline overrides (in the page)
 * → punctuation rules.
 */
import type { OpenccDictionaryName } from './opencc-dictionaries.ts';
import type { QuoteStyle } from './punctuation.ts';

/**
 * Which built-in entries apply: `hk` for the usage of Hong Kong-listed
 * companies' Chinese editions (平台, 了解, 匯報, 盡可能, 周年), `tw` for
 * Taiwan's (平臺, 瞭解, 彙報, 儘可能, 計畫, 雇主). Every choice where the two
 * differ, and why, is in tables/REGISTER.md.
 */
export type Register = 'hk' | 'tw';

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
    /** Dictionary groups applied in order within each segment; the first gives OpenCC's standard forms, the rest regional forms. */
    chain: OpenccDictionaryName[][];
    /** Regional vocabulary an editor may switch on for this profile (never on by default). */
    vocabulary?: OpenccDictionaryName;
    /** Dictionary groups leading from the profile's output back to Simplified (to recognise converted text). */
    reverse: OpenccDictionaryName[][];
  };
  register: Register;
  /** How quotation marks are written. */
  quotes: QuoteStyle;
}

const STANDARD: OpenccDictionaryName[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases', 'STCharacters'];
const SEGMENTATION: OpenccDictionaryName[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'];
const NORMALIZE: OpenccDictionaryName[] = ['CJK_Compatibility_Ideographs'];
const TRADITIONAL_TO_SIMPLIFIED: OpenccDictionaryName[] = ['TSPhrases', 'TSCharacters'];
const FROM_TAIWAN: OpenccDictionaryName[][] = [['TWVariantsRevPhrases', 'TWVariantsRev'], TRADITIONAL_TO_SIMPLIFIED];
const FROM_HONG_KONG: OpenccDictionaryName[][] = [['HKVariantsRevPhrases', 'HKVariantsRev'], TRADITIONAL_TO_SIMPLIFIED];

export const profiles = {
  'zh-Hant': {
    label: '繁體中文',
    description:
      "The usage of Hong Kong-listed companies' Chinese editions: standard Traditional character forms (OpenCC's Taiwan variant table: 溫 戶 說 為 著 裡), Mainland/Hong Kong vocabulary kept as written (數據 信息 網絡 軟件), the choices of the Stock Exchange and the Hong Kong government where a character has several Traditional forms (平台 了解 匯報 盡快 公布 股東周年大會), corner-bracket quotes.",
    opencc: {
      normalize: NORMALIZE,
      segmentation: SEGMENTATION,
      chain: [STANDARD, ['TWVariantsPhrases', 'TWVariants']],
      reverse: FROM_TAIWAN,
    },
    register: 'hk',
    quotes: 'corner',
  },
  'zh-Hant-TW': {
    label: '繁體中文（台灣）',
    description:
      "Taiwan's standard forms and choices (平臺 瞭解 彙報 儘可能 週年 占比), and the forms of Taiwan's statutes that reports cite (公布 污染 雇主 計畫 身分), corner-bracket quotes. Taiwan vocabulary (軟體 資料 網路) only when the variant sets `vocabulary: regional`.",
    opencc: {
      normalize: NORMALIZE,
      segmentation: SEGMENTATION,
      chain: [STANDARD, ['TWVariantsPhrases', 'TWVariants']],
      vocabulary: 'TWPhrases',
      reverse: FROM_TAIWAN,
    },
    register: 'tw',
    quotes: 'corner',
  },
  'zh-Hant-HK': {
    label: '繁體中文（香港）',
    description:
      "The Hong Kong character-form table (常用字字形表, as OpenCC's HK variants give it: 温 户 説 衞 着 裏 峯), Hong Kong choices as zh-Hant (平台 了解 匯報 周年), corner-bracket quotes.",
    opencc: {
      normalize: NORMALIZE,
      segmentation: SEGMENTATION,
      chain: [STANDARD, ['HKVariantsPhrases', 'HKVariants']],
      vocabulary: 'HKPhrases',
      reverse: FROM_HONG_KONG,
    },
    register: 'hk',
    quotes: 'corner',
  },
} as const satisfies Record<string, ProfileDefinition>;

export type ProfileName = keyof typeof profiles;
export const profileNames = Object.keys(profiles) as ProfileName[];

export function isProfileName(name: string): name is ProfileName {
  return Object.hasOwn(profiles, name);
}

export function profile(name: ProfileName): ProfileDefinition {
  return profiles[name];
}
