/**
 * Personal names in report prose. A surname written as a word takes the
 * word's Traditional form (范 → 範, 余 → 餘, 于 → 於, 钟 → 鐘); in a name it
 * keeps its own (范, 余, 于, 鍾). This module finds the names of a text:
 * a surname (single, or compound: 欧阳 司徒 上官 诸葛 …) and a given name
 * of one or two characters, where the text shows that it is a person:
 *
 * - a title or an honorific right after it (钟伟先生, 范晓钟女士, 于立衡主席,
 *   钟南山院士; 范女士 with the surname alone);
 * - a role right before it (独立非执行董事余志明, 董事会主席于立衡, 首席财务官钟伟),
 *   also across a space or a colon (主席：于立衡, a signature line);
 * - a list of names after a lead-in (成员包括范晓钟、余志明及钟伟, 董事会由…组成,
 *   出席者：…);
 * - a line with only a name next to a line with only a role (a signature),
 *   and an attribution (——陈思远，运维经理);
 * - a name recognised once before in the same text or document.
 *
 * Ordinary words are not names: a candidate fails where it would start or
 * end inside a word of the text (the word boundaries of ICU's dictionary, as
 * `Intl.Segmenter` gives them), where its surname and given name form a word
 * (于是, 范围, 余额, 钟表, 谷物, 万元, 沈阳, 岳父, 姜黄, 涂料, 党建, 云计算), or
 * where its given name holds a character names do not use (的, 年, 元, 上 …).
 * A rejected candidate that a personal honorific follows (范文先生: 范文 is a
 * word) is reported as a possible name, for the review, and converted as the
 * word; the glossary settles it.
 *
 * A recognised name keeps the surname's own form (`SURNAME_FORMS`) and
 * converts its given name character by character, so that no phrase reaches
 * across the name's ends. The converter drops names a glossary term or a
 * named entity overlaps: those are decided by their entries.
 */
import type { FixedSpan } from './engine.ts';
import { Trie } from './trie.ts';

/**
 * Surnames whose Traditional form as a surname differs from the form the
 * character takes as a word, or must not follow a phrase: Simplified →
 * Traditional (OpenCC's standard forms; the profile's regional forms are
 * applied after, so 温 is 溫 in zh-Hant and 温 in zh-Hant-HK).
 */
export const SURNAME_FORMS: Readonly<Record<string, string>> = {
  于: '于', // 於 is the preposition
  余: '余', // 餘 is "surplus"
  范: '范', // 範 is "model"
  钟: '鍾', // 鐘 is "bell"; the surname is 鍾
  沈: '沈', // 瀋 is only 瀋陽
  谷: '谷', // 穀 is "grain"
  朴: '朴', // 樸 is "plain"; the Korean surname is 朴
  郁: '郁', // 鬱 is "gloomy"
  岳: '岳', // 嶽 is "high mountain"
  姜: '姜', // 薑 is "ginger"
  涂: '涂', // 塗 is "to smear"
  卜: '卜', // 蔔 is in 蘿蔔
  党: '党', // 黨 is "party"; the surname 党 is another character
  万: '萬', // the surname is mostly 萬; 万 is a rare form (glossary)
  叶: '葉',
  云: '雲', // mostly 雲; a few families write 云 (see SURNAME_DOUBTS)
  肖: '肖', // often a simplification of 蕭 (see SURNAME_DOUBTS)
  后: '后', // 後 is "after"
  台: '台',
  干: '干', // 幹, 乾 are words
  咸: '咸', // 鹹 is "salty"
  种: '种', // 種 is "kind"
  丰: '豐',
  游: '游', // 遊 is "to travel"
  周: '周', // 週 is "week"
  向: '向',
  曲: '曲',
  蒙: '蒙',
  凌: '凌',
  宁: '寧',
  修: '修',
  栗: '栗',
  席: '席',
  戚: '戚',
  胡: '胡', // 鬍 is "beard"
  朱: '朱',
  梁: '梁',
  苏: '蘇',
  系: '系',
  征: '征', // 徵 is "to levy, sign"
  万俟: '万俟', // the compound surname keeps 万
  澹台: '澹臺',
};

/** Surnames whose Traditional form depends on the family: the name gets a doubt for the review. */
export const SURNAME_DOUBTS: Readonly<Record<string, string>> = {
  肖: 'the surname 肖 is often the simplified 蕭: the person may write 蕭 (kept 肖; confirm in the glossary)',
  云: 'the surname 云 is mostly 雲 in Traditional; a few families write 云 (confirm in the glossary)',
  丰: 'the surname 丰 may be 豐, 酆 or 丰 (confirm in the glossary)',
  万: 'the surname 万 is mostly 萬; a few families write 万 (confirm in the glossary)',
};

/** Single-character surnames recognised (common in Mainland and Hong Kong). */
const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼区郜阚屠朴盖练廉禹祖漆丰卿狄宣晋云容芮扈晁浦戈鹿薄邸雍辜裘亓修邰赫杭况宿鲜逯隆茹诸慕嵇湛宾戎勾茅利干檀后台咸种系征';

// prettier-ignore
const COMPOUND_SURNAMES = [
  '欧阳', '司徒', '上官', '诸葛', '司马', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙',
  '宇文', '轩辕', '端木', '西门', '南宫', '万俟', '闻人', '澹台', '申屠', '呼延', '独孤', '司空',
];

/**
 * Surnames that are also everyday function words (于 "at", 余 "remaining",
 * 万 "ten thousand", 向 "towards"): with a role before them only, they need
 * a two-character given name, and a shorter reading wins a tie.
 */
const FUNCTION_SURNAMES = new Set(['于', '余', '万', '向']);

/** Personal honorifics and titles written after a name (钟伟先生); those of SURNAME_ALONE also after a surname alone (范女士). */
const HONORIFICS = ['先生', '女士', '小姐', '太太', '夫人', '博士', '教授', '院士', '医生', '医师', '律师', '大律师', '议员', '法官', '爵士', '太平绅士'];
const SURNAME_ALONE = new Set(['先生', '女士', '小姐', '太太', '夫人', '博士', '教授', '院士']);

/** Roles written before or after a name (主席于立衡, 于立衡主席). */
// prettier-ignore
const ROLES = [
  '主席', '副主席', '联席主席', '董事长', '副董事长', '名誉主席', '荣誉主席', '董事', '执行董事', '非执行董事', '独立非执行董事',
  '独立董事', '监事', '监事长', '监事会主席', '行政总裁', '首席执行官', '总裁', '副总裁', '总经理', '副总经理', '经理',
  '总监', '财务总监', '公司秘书', '秘书', '秘书长', '核数师', '会计师', '执业会计师', '注册会计师', '工程师', '总工程师',
  '主任', '副主任', '委员', '主管', '顾问', '合伙人', '项目合伙人', '创办人', '创始人', '联合创始人', '行长', '副行长',
  '局长', '署长', '处长', '司长', '部长', '校长', '院长', '所长', '厅长', '市长', '负责人', '发言人', '召集人',
  '审计师', '签署人', '法定代表人', '授权代表',
];

/** Characters after a title that make it part of an institution or another word (董事会, 主席团, 律师行, 博士后). */
const TITLE_CONTINUATIONS = new Set([...'会局部处团组室所行级后生衔职位制费人事公厅院们台']);

/** Lead-ins of a list of names (成员包括, 出席者：, 董事会由…组成). */
const LIST_LEAD =
  /(?:成员|委员|董事|出席者|出席人士|出席人员|与会者|参加者|获奖者|嘉宾|名单|组员|签署人)(?:包括|为|有|是|如下)?[：:]|(?:成员|委员|董事|出席者|与会者|参加者|嘉宾|组员)(?:包括|为|有|是)|由(?=[^。；;]{2,60}?组成)/gu;
/** Words that close a list (…及钟伟组成, …等人). */
const LIST_CLOSERS = ['组成', '担任', '出席', '参加', '等人', '等'];
const LIST_SEPARATORS = new Set([...'、，,；;']);

/** Words of one character that may stand before a surname alone (余女士和范先生). */
const BEFORE_SURNAME = new Set([...'和与及或的对向由请给让于在是为及同跟']);

/** Words of one character that may follow a name (于立衡于香港签署, 钟伟在会上): they end it. */
const AFTER_NAME = new Set([...'于在和与及的已将为亦也曾是对向以从被把并则就都均还又再说称指认等或']);

/**
 * Characters a given name does not use: function words, numerals, units,
 * directions (a given name holding one is a word: 于本年, 余下, 万元, 于会上).
 */
const NOT_GIVEN = new Set([
  ...'的了着过是在和与及或等为将把被对从于以之其这那该本各每所也都还并而且但就又再已不没无有上下内外前后里个们年日时分秒元亿万千百十九八七六五四三二零〇两几多少些次项名位人吨米号期届第者性率量额费款部处局署会委组办厅院校市省区县镇村路街层室章节条表图即若如因由至按据让使给往自当被曾应须需可能够正您我你他她它谁啥吗呢吧啊',
]);

/** Words that precede a role and are never a given name (由范晓钟担任主席: not 钟担任). */
// prettier-ignore
const NOT_GIVEN_WORDS = new Set([
  '担任', '出任', '兼任', '委任', '获委', '作为', '成为', '身为', '选为', '出席', '列席', '联席', '名誉', '荣誉', '常务', '执行',
  '独立', '首席', '现任', '前任', '继任', '新任', '曾任', '历任', '时任', '原任', '留任', '连任', '接任', '改任', '调任', '升任',
  '晋升', '当选', '获选', '获任', '任命', '提名', '推选', '选举', '负责', '分管', '主管', '担当', '专职', '兼职', '全职', '代理',
  '署理', '候任', '临时', '高级', '资深', '首位', '首任', '首届', '第一', '各位', '诸位', '全体', '所有', '其他', '其余',
  // Places and times after 于 (主席于香港签署, 董事于周年大会上): never a given name.
  '香港', '本港', '北京', '上海', '深圳', '广州', '澳门', '台湾', '中国', '海外', '境外', '国外', '全球', '当地', '本地',
  '现场', '线上', '线下', '周年', '以往', '未来', '同期', '此间', '其间', '稍后', '随后', '其后', '此前', '此后',
]);

/** Words starting with a surname that ICU's dictionary does not give as words (it splits 余额 into 余|额). */
// prettier-ignore
const ORDINARY_WORDS = new Set([
  '余额', '余热', '余量', '余款', '余数', '余地', '余粮', '余震', '余波', '余温', '余晖', '余生', '余味', '余音', '余兴',
  '党建', '党员', '党委', '党组', '党校', '党政', '党风', '党纪', '党章', '党史', '党性', '党务', '党课', '党群',
  '姜黄', '姜汁', '姜茶', '姜片', '万元', '万人', '万吨', '万户', '万家', '万千', '万一', '万物', '万能', '万年', '万股',
  '云计算', '云服务', '云平台', '云端', '云存储', '云上', '云南', '云集', '云图', '云盘', '钟点', '钟声', '钟楼', '钟头',
  '谷歌', '谷底', '谷地', '范文', '范例', '范本', '范畴', '范式', '于此', '于今', '于是', '涂层', '涂装', '涂鸦', '涂抹',
  '卜卦', '郁闷', '叶片', '叶子', '周年', '周期', '周边', '周末', '周围', '周到', '周全', '周转', '台风', '台阶', '台账',
  '后续', '后期', '后勤', '后来', '干部', '干线', '干预', '干燥', '丰富', '丰收', '游客', '游戏', '游览', '向来',
  '沈阳', '岳阳', '岳父', '岳母', '朴素', '朴实', '谷物', '钟表', '涂料', '范围', '种类', '种子', '种植', '系统', '系列',
]);

const SINGLE = new Set(SINGLE_SURNAMES);
const COMPOUND = new Set(COMPOUND_SURNAMES);

const titles = new Trie<'honorific' | 'role'>();
for (const r of ROLES) titles.set(r, 'role');
for (const h of HONORIFICS) titles.set(h, 'honorific');

/** A Han character (a surrogate counts: the ideographs beyond the BMP, 𠮷). */
function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff) || c === 0x3007;
}
const SPACE = /[\s\u3000：:]/u;

/** A role title of the form 首席…官 (首席财务官, 首席可持续发展官). */
const CHIEF = /首席(?:(?![和及与或、])\p{Script=Han}){1,6}?官/uy;

/** A personal name recognised in a text. */
export interface NameMatch {
  start: number;
  end: number;
  /** End of the surname (start + 1, or + 2 for a compound surname). */
  surnameEnd: number;
  /** The name as written (Simplified). */
  name: string;
  /** What shows it is a name: `honorific 女士`, `role 主席`, `list`, `signature`, `attribution`, `named before`. */
  evidence: string;
  /** Why the form chosen may be wrong, for the review. */
  doubt?: string;
}

/** A candidate that reads as an ordinary word here but may be a name: converted as the word, listed in the review. */
export interface PossibleName {
  start: number;
  end: number;
  name: string;
  doubt: string;
}

export interface FindNamesOptions {
  /** Names recognised before (in the same document). */
  known?: Iterable<string>;
  /** Whether the stretch is decided by a higher entry (a glossary term, a named entity); such candidates are dropped. */
  blocked?: (start: number, end: number) => boolean;
}

/**
 * Word boundaries of one text, by ICU's dictionary, worked out only where
 * asked: a window of the text around the offset is segmented, and only its
 * middle is trusted (a word can be cut at the window's edges).
 */
class Words {
  private static readonly WINDOW = 16;
  private static readonly MARGIN = 6;
  readonly text: string;
  /** Offsets whose word is known. */
  private known: Uint8Array | undefined;
  private wordStart: Int32Array | undefined;
  private wordEnd: Int32Array | undefined;
  constructor(text: string) {
    this.text = text;
  }
  private ensure(i: number): void {
    if (!this.known) {
      this.known = new Uint8Array(this.text.length);
      this.wordStart = new Int32Array(this.text.length);
      this.wordEnd = new Int32Array(this.text.length);
    } else if (this.known[i]) {
      return;
    }
    const { text } = this;
    const from = Math.max(0, i - Words.WINDOW);
    const to = Math.min(text.length, i + Words.WINDOW);
    const trustFrom = from === 0 ? 0 : from + Words.MARGIN;
    const trustTo = to === text.length ? to : to - Words.MARGIN;
    for (const s of segmenter().segment(text.slice(from, to))) {
      const start = from + s.index;
      const end = start + s.segment.length;
      for (let k = Math.max(start, trustFrom); k < Math.min(end, trustTo); k++) {
        this.known[k] = 1;
        this.wordStart![k] = start;
        this.wordEnd![k] = end;
      }
    }
  }
  /** Whether offset `i` is inside a title or role (首席财务官: its 官 is no surname). */
  inTitle(i: number): boolean {
    for (let k = Math.max(0, i - 9); k <= i; k++) {
      const t = isHan(this.text[k]) ? titleAt(this.text, k) : null;
      if (t && t.end > i) return true;
    }
    return false;
  }
  isBoundary(i: number): boolean {
    if (i <= 0 || i >= this.text.length) return true;
    this.ensure(i);
    return this.wordStart![i] === i;
  }
  /** The word holding offset `i`, as [start, end). */
  word(i: number): [number, number] {
    this.ensure(i);
    return [this.wordStart![i]!, this.wordEnd![i]!];
  }
}

let cachedSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  return (cachedSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
}

/** Word boundaries of recent texts (a text and the stretches of it the converter looks at). */
const recentWords = new Map<string, Words>();
function cachedWords(text: string): Words {
  let words = recentWords.get(text);
  if (!words) {
    if (recentWords.size >= 16) recentWords.delete(recentWords.keys().next().value!);
    words = new Words(text);
    recentWords.set(text, words);
  }
  return words;
}

/** Word boundaries of `text`, by ICU's dictionary. */
export function wordsOf(text: string): { isBoundary(i: number): boolean } {
  return cachedWords(text);
}

function surnameAt(text: string, i: number): number {
  if (COMPOUND.has(text.slice(i, i + 2))) return 2;
  return SINGLE.has(text[i]!) ? 1 : 0;
}

/** A title (role or honorific) starting at `i`, as its end and kind, if it is a whole word there. */
function titleAt(text: string, i: number): { end: number; kind: 'honorific' | 'role' } | null {
  let chief: RegExpExecArray | null = null;
  if (text.charCodeAt(i) === 0x9996 /* 首 */) {
    CHIEF.lastIndex = i;
    chief = CHIEF.exec(text);
  }
  const m = titles.mayStartAt(text, i) ? titles.match(text, i) : null;
  let best: { end: number; kind: 'honorific' | 'role' } | null = m ? { end: m.end, kind: m.value } : null;
  if (chief && (!best || i + chief[0].length > best.end)) best = { end: i + chief[0].length, kind: 'role' };
  if (!best) return null;
  if (TITLE_CONTINUATIONS.has(text[best.end]!)) return null;
  return best;
}

type Verdict = { ok: true; doubt?: string } | { ok: false; word?: string };

/**
 * Whether text[start, end) with a surname of `sLen` characters can be a
 * name here: Han characters a given name uses, whole words at both ends,
 * no title starting inside it, and no ordinary word made of its surname and
 * given name.
 */
function judge(text: string, words: Words, start: number, sLen: number, end: number, bounded = false): Verdict {
  const surnameEnd = start + sLen;
  if (end - surnameEnd > 2) return { ok: false };
  for (let i = surnameEnd; i < end; i++) {
    const ch = text[i]!;
    if (!isHan(ch) || NOT_GIVEN.has(ch)) return { ok: false };
  }
  if (NOT_GIVEN_WORDS.has(text.slice(surnameEnd, end))) return { ok: false };
  for (let i = start; i < end; i++) if (words.inTitle(i)) return { ok: false };
  if (!bounded && (!words.isBoundary(start) || !words.isBoundary(end))) return { ok: false };
  if (end === surnameEnd) return { ok: true };
  // The candidate is a word (于是, 范围, 余额, 云计算); a word made of the
  // surname and the first of two given-name characters is not (范文|涛, 李家|超).
  const name = text.slice(start, end);
  if (ORDINARY_WORDS.has(name)) return { ok: false, word: name };
  const [ws, we] = words.word(start);
  if (ws === start && we === end) return { ok: false, word: name };
  return { ok: true, doubt: givenNameDoubt(name.slice(sLen)) };
}

/**
 * Given-name characters whose form in a name is uncertain: the name gets a
 * doubt, and the form chosen here.
 */
export const GIVEN_NAME_FORMS: Readonly<Record<string, { form?: string; doubt: string }>> = {
  钟: { form: '鍾', doubt: '钟 in a given name is mostly 鍾, sometimes 鐘' },
  杰: { doubt: '杰 in a given name is 傑 or 杰, as the person writes it' },
  丰: { doubt: '丰 in a given name is 豐 or 丰, as the person writes it' },
  范: { form: '范', doubt: '范 in a given name is 范 or 範, as the person writes it' },
  余: { doubt: '余 in a given name is 餘 or 余, as the person writes it' },
  云: { doubt: '云 in a given name is 雲 or 云, as the person writes it' },
  干: { doubt: '干 in a given name is 幹, 乾 or 干, as the person writes it' },
  台: { doubt: '台 in a given name is 台 or 臺, as the person writes it' },
  松: { doubt: '松 in a given name is 松 or 鬆, as the person writes it' },
  发: { doubt: '发 in a given name is 發 or 髮, as the person writes it' },
  岳: { form: '岳', doubt: '岳 in a given name is 岳 or 嶽, as the person writes it' },
  谷: { doubt: '谷 in a given name is 谷 or 穀, as the person writes it' },
  郁: { form: '郁', doubt: '郁 in a given name is 郁 or 鬱, as the person writes it' },
};

function givenNameDoubt(given: string): string | undefined {
  const doubts = [...given].map((ch) => GIVEN_NAME_FORMS[ch]?.doubt).filter((d): d is string => d !== undefined);
  return doubts.length ? doubts.join('; ') : undefined;
}

/**
 * Cheap test before any word segmentation: could the text hold a name at
 * all? A surname near a title or a role, a list lead-in, an attribution
 * dash, or a name known before.
 */
function mayHoldName(text: string): boolean {
  if (text.includes('——')) return true;
  LIST_LEAD.lastIndex = 0;
  const lead = LIST_LEAD.test(text);
  LIST_LEAD.lastIndex = 0;
  if (lead) return true;
  for (let i = 0; i < text.length; i++) {
    if (!titles.mayStartAt(text, i) && text.charCodeAt(i) !== 0x9996 /* 首 */) continue;
    const end = titleAt(text, i)?.end;
    if (end === undefined) continue;
    // A surname up to four characters before the title, or just after it (past a space, a colon, 为 or 是).
    for (let k = Math.max(0, i - 4); k < Math.min(text.length, end + 3); k++) {
      if ((k < i || k >= end) && (SINGLE.has(text[k]!) || COMPOUND.has(text.slice(k, k + 2)))) return true;
    }
    i = end - 1;
  }
  return false;
}

/**
 * The personal names of `text`, left to right, not overlapping, and the
 * candidates that read as words here but may be names.
 */
export function findNames(text: string, options: FindNamesOptions = {}): { names: NameMatch[]; possible: PossibleName[] } {
  const known = [...(options.known ?? [])];
  const blocked = options.blocked ?? (() => false);
  const evidence = options.known instanceof NameMemory ? options.known.evidenceFor(text) : evidenceIn(text);
  const found = evidence.found.filter((n) => !blocked(n.start, n.end));
  // Names recognised before, and names recognised here met again in this text.
  const again = new Set([...known, ...found.map((n) => n.name)]);
  for (const name of again) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const sLen = surnameAt(text, at);
      const end = at + name.length;
      if (!sLen || found.some((n) => n.start < end && at < n.end) || blocked(at, end)) continue;
      const words = cachedWords(text);
      if (!words.isBoundary(at) || !words.isBoundary(end)) continue;
      found.push({ start: at, end, surnameEnd: at + sLen, name, evidence: 'named before', ...doubtOf(name.slice(0, sLen)) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const names: NameMatch[] = [];
  for (const n of found) if (!names.length || n.start >= names[names.length - 1]!.end) names.push(n);
  return { names, possible: evidence.possible.filter((p) => !names.some((n) => n.start < p.end && p.start < n.end)) };
}

const doubtOf = (surname: string, doubt?: string): { doubt?: string } => {
  const doubts = [SURNAME_DOUBTS[surname], doubt].filter(Boolean);
  return doubts.length ? { doubt: doubts.join('; ') } : {};
};

/** What a text shows of names by itself, before glossary terms and names known from elsewhere. */
interface Evidence {
  found: readonly NameMatch[];
  possible: readonly PossibleName[];
}

const NO_EVIDENCE: Evidence = { found: [], possible: [] };

/** The evidence of recent texts outside a document (a text is converted, then listed piece by piece). */
const recentEvidence = new Map<string, Evidence>();

function evidenceIn(text: string): Evidence {
  const cached = recentEvidence.get(text);
  if (cached) return cached;
  const evidence = mayHoldName(text) ? gatherEvidence(text) : NO_EVIDENCE;
  if (recentEvidence.size >= 64) recentEvidence.delete(recentEvidence.keys().next().value!);
  recentEvidence.set(text, evidence);
  return evidence;
}

/** Quotation marks as one: the converter reads a text after its quotes have become corner brackets. */
const quoteless = (text: string): string => text.replace(/[“”‘’"'「」『』]/gu, '"');

/** The names a text shows by its titles, roles, lists, signatures and attributions, overlapping. */
function gatherEvidence(text: string): { found: NameMatch[]; possible: PossibleName[] } {
  const words = cachedWords(text);
  const found: NameMatch[] = [];
  const possible: PossibleName[] = [];

  const add = (start: number, sLen: number, end: number, evidence: string, doubt?: string) => {
    const name = text.slice(start, end);
    found.push({ start, end, surnameEnd: start + sLen, name, evidence, ...doubtOf(name.slice(0, sLen), doubt) });
  };

  /** The name ending at `end`, before a title (given name of 2, 1 or, before an honorific, 0 characters). */
  const before = (end: number, title: string, kind: 'honorific' | 'role') => {
    const options: Array<{ start: number; sLen: number; verdict: Verdict }> = [];
    const valid: typeof options = [];
    search: for (const g of [2, 1, 0]) {
      // A surname alone (范先生) follows the start, a space or punctuation, or a word like 和.
      if (g === 0 && (!SURNAME_ALONE.has(title) || (isHan(text[end - 2]) && !BEFORE_SURNAME.has(text[end - 2]!)))) continue;
      for (const sLen of [2, 1]) {
        const start = end - g - sLen;
        if (start < 0 || surnameAt(text, start) !== sLen) continue;
        const option = { start, sLen, verdict: judge(text, words, start, sLen, end) };
        options.push(option);
        if (!option.verdict.ok) continue;
        valid.push(option);
        // The longest reading wins, unless its surname is also a function word (see below).
        if (valid.length > 1 || !FUNCTION_SURNAMES.has(text.slice(start, start + sLen))) break search;
      }
    }
    let pick = valid[0];
    // 于王先生: the function word 于 before the surname 王 is not a surname.
    if (pick && valid.length > 1 && FUNCTION_SURNAMES.has(text.slice(pick.start, pick.start + pick.sLen))) pick = valid[1];
    if (pick) {
      add(pick.start, pick.sLen, end, `${kind} ${title}`, pick.verdict.ok ? pick.verdict.doubt : undefined);
      return;
    }
    // 范文先生: an ordinary word right before an honorific may still be a name.
    if (kind === 'honorific') {
      const word = options.find((o) => !o.verdict.ok && o.verdict.word !== undefined && end - o.start >= 2);
      if (word && !word.verdict.ok && SURNAME_FORMS[text.slice(word.start, word.start + word.sLen)]) {
        possible.push({
          start: word.start,
          end,
          name: text.slice(word.start, end),
          doubt: `${text.slice(word.start, end)} is converted as a word, but ${title} follows: if it is a person's name, give its form in the glossary`,
        });
      }
    }
  };

  /** The name starting at `start` after a role (given name of 2 or 1 characters). */
  const after = (start: number, evidence: string, strictEnd: boolean) => {
    const sLen = surnameAt(text, start);
    if (!sLen) return;
    const surname = text.slice(start, start + sLen);
    const functional = FUNCTION_SURNAMES.has(surname);
    for (const g of [2, 1]) {
      const end = start + sLen + g;
      if (end > text.length) continue;
      const verdict = judge(text, words, start, sLen, end);
      if (!verdict.ok) continue;
      const next = text[end];
      const closes = end === text.length || !isHan(next) || titleAt(text, end) !== null || AFTER_NAME.has(next!);
      if (strictEnd && !closes) continue;
      if (g === 1 && functional && !closes) return;
      if (!closes) {
        // A word must follow the name (于立衡代表…), not a character that would lengthen it.
        const [ws, we] = words.word(end);
        if (ws !== end || we - ws < 2) {
          if (g === 2) continue;
          return;
        }
      }
      add(start, sLen, end, evidence, verdict.doubt);
      return;
    }
  };

  // Titles and roles: names before and after them.
  for (let i = 0; i < text.length;) {
    const t = isHan(text[i]) ? titleAt(text, i) : null;
    if (!t) {
      i++;
      continue;
    }
    const title = text.slice(i, t.end);
    before(i, title, t.kind);
    if (t.kind === 'role' || title === '博士' || title === '教授') {
      let j = t.end;
      while (j < text.length && SPACE.test(text[j]!)) j++;
      // Across a space or a colon (主席：于立衡, a signature line) the name must end there.
      if (j === t.end && (text[j] === '为' || text[j] === '是')) after(j + 1, `role ${title}${text[j]}`, false);
      else after(j, `role ${title}`, j > t.end);
    }
    i = t.end;
  }

  // Lists after a lead-in.
  for (const m of text.matchAll(LIST_LEAD)) listAt(m.index + m[0].length);
  function listAt(from: number) {
    let i = from;
    while (i < text.length && SPACE.test(text[i]!)) i++;
    for (;;) {
      let j = i;
      while (j < text.length && !LIST_SEPARATORS.has(text[j]!) && isHan(text[j])) j++;
      const items = splitItems(text.slice(i, j));
      if (items.length === 0) return;
      let at = i;
      for (const item of items) {
        const start = text.indexOf(item, at);
        const sLen = surnameAt(text, start);
        const plain = stripTitle(item);
        if (!sLen || plain.length - sLen < 1 || plain.length - sLen > 2) return;
        const verdict = judge(text, words, start, sLen, start + plain.length, true);
        if (!verdict.ok) return;
        add(start, sLen, start + plain.length, 'list', verdict.doubt);
        at = start + item.length;
      }
      if (!LIST_SEPARATORS.has(text[j]!) || text[j] === '；' || text[j] === ';') return;
      i = j + 1;
    }
  }

  // Attributions: ——陈思远，华北园区运维经理
  for (const m of text.matchAll(/——\s*/gu)) after(m.index + m[0].length, 'attribution', true);

  // Lines of a signature: a line with a role only next to a line with a name only.
  if (text.includes('\n')) {
    const lines = text.split('\n');
    let offset = 0;
    const starts = lines.map((l) => {
      const s = offset;
      offset += l.length + 1;
      return s;
    });
    lines.forEach((line, k) => {
      const trimmed = line.trim();
      const lead = line.indexOf(trimmed);
      const neighbourIsRole = isRoleLine(lines[k - 1]) || isRoleLine(lines[k + 1]);
      if (!neighbourIsRole) return;
      const start = starts[k]! + lead;
      const sLen = surnameAt(text, start);
      if (!sLen || trimmed.length - sLen < 1 || trimmed.length - sLen > 2) return;
      const verdict = judge(text, words, start, sLen, start + trimmed.length);
      if (verdict.ok) add(start, sLen, start + trimmed.length, 'signature', verdict.doubt);
    });
  }

  return { found, possible };
}

function stripTitle(item: string): string {
  for (const h of HONORIFICS) if (item.endsWith(h) && item.length > h.length) return item.slice(0, -h.length);
  return item;
}

/** Items of a list chunk: split at 及 / 以及 / 和 / 与, a closer (组成, 等) removed. */
function splitItems(chunk: string): string[] {
  let rest = chunk;
  for (const c of LIST_CLOSERS) if (rest.endsWith(c) && rest.length > c.length + 1) rest = rest.slice(0, -c.length);
  if (rest.length >= 2 && stripTitle(rest).length <= 4) return [rest];
  const parts = rest.split(/以及|及|和|与/u);
  if (parts.length > 1 && parts.every((p) => p.length >= 2 && stripTitle(p).length <= 4)) return parts;
  return [];
}

/** A line holding only a role (董事会主席; 嘉澜会计师事务所　执业会计师). */
function isRoleLine(line: string | undefined): boolean {
  if (line === undefined) return false;
  const t = line.trim();
  if (t === '' || t.length > 30 || /[。，、；！？,;!?]/u.test(t)) return false;
  for (let i = 0; i < t.length; i++) {
    const title = titleAt(t, i);
    if (title && title.kind === 'role' && title.end === t.length) return true;
  }
  return false;
}

/**
 * The names of a document, recognised in any of its texts; a name met in
 * one text is a name in all the others. Also recognises a signature given
 * as consecutive texts (a role, then a name, each its own paragraph).
 */
export class NameMemory {
  private readonly set = new Set<string>();
  /** What each text of the document shows (a page's texts are read twice: to learn its names, then to convert). */
  private readonly evidence = new Map<string, Evidence>();
  evidenceFor(text: string): Evidence {
    const key = quoteless(text);
    let evidence = this.evidence.get(key);
    if (!evidence) {
      evidence = mayHoldName(text) ? gatherEvidence(text) : NO_EVIDENCE;
      this.evidence.set(key, evidence);
    }
    return evidence;
  }
  get size(): number {
    return this.set.size;
  }
  has(name: string): boolean {
    return this.set.has(name);
  }
  add(name: string): void {
    this.set.add(name);
  }
  [Symbol.iterator](): Iterator<string> {
    return this.set[Symbol.iterator]();
  }
  /** Learns the names of a document's texts, in reading order. */
  learn(texts: readonly string[]): this {
    texts.forEach((text, k) => {
      for (const n of this.evidenceFor(text).found) this.set.add(n.name);
      const t = text.trim();
      if (!t) return;
      if (isRoleLine(texts[k - 1]) || isRoleLine(texts[k + 1])) {
        const sLen = surnameAt(t, 0);
        if (sLen && t.length - sLen >= 1 && t.length - sLen <= 2 && judge(t, new Words(t), 0, sLen, t.length).ok) this.set.add(t);
      }
    });
    return this;
  }
}

/**
 * The engine's spans for recognised names: the surname in its own form,
 * the given name character by character (a given-name character with a
 * chosen form gets it), every piece marked as a personal name.
 */
export function nameSpans(names: readonly NameMatch[]): FixedSpan[] {
  const spans: FixedSpan[] = [];
  for (const n of names) {
    const source = `personal name: ${n.name} (${n.evidence})`;
    const surname = n.name.slice(0, n.surnameEnd - n.start);
    const form = SURNAME_FORMS[surname];
    const surnameDoubt = SURNAME_DOUBTS[surname];
    spans.push({
      start: n.start,
      end: n.surnameEnd,
      ...(form !== undefined ? { value: form } : {}),
      layer: 'name',
      source,
      ...(surnameDoubt ? { doubt: surnameDoubt } : {}),
    });
    for (let i = n.surnameEnd; i < n.end; i++) {
      const g = GIVEN_NAME_FORMS[n.name[i - n.start]!];
      spans.push({
        start: i,
        end: i + 1,
        ...(g?.form !== undefined ? { value: g.form } : {}),
        layer: 'name',
        source,
        ...(g ? { doubt: g.doubt } : {}),
      });
    }
  }
  return spans;
}
