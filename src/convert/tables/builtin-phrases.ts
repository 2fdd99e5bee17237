/**
 * Bifolio's built-in phrase table: where OpenCC's first choice is wrong for
 * the register of corporate, financial, ESG and technology writing.
 *
 * Every entry carries an example sentence; the tests convert it with each
 * profile the entry applies to, and check that plain OpenCC gets it wrong.
 * Where Hong Kong and Taiwan usage differ, or Hong Kong print varies, the
 * choice made for each profile, and the reason and sources for it, are set
 * down in REGISTER.md beside this file; a test checks the two agree.
 *
 * `hant` is written as the zh-Hant profile prints it (Taiwan variant forms:
 * 為 著 裡); for the zh-Hant-HK profile the same entry passes through the Hong
 * Kong variant table (爲→為, 著→着, 裡→裏 …).
 */
import type { Register } from '../profiles.ts';

export interface BuiltinPhrase {
  /** The Simplified text matched. */
  hans: string;
  /** Its Traditional form. */
  hant: string;
  /**
   * `phrase` (default): competes with OpenCC's phrases where it starts — the
   * longer match wins, this entry on a tie. `word`: wins wherever it occurs,
   * even where OpenCC would have read a phrase across its boundary.
   */
  match?: 'phrase' | 'word';
  /** The registers it belongs to (default: both `hk` and `tw`). */
  registers?: readonly Register[];
  /**
   * A sentence showing it at work: Simplified, and the result in the
   * profiles the entry applies to (as zh-Hant prints it; for a Taiwan-only
   * entry, as zh-Hant-TW prints it).
   */
  example: readonly [string, string];
  /** Why OpenCC's choice is wrong here. */
  why: string;
  /** The entry only stops another entry from over-reaching; OpenCC alone is right here. */
  guard?: boolean;
}

/** A character the regional stage replaces for one register (after OpenCC's standard forms). */
export interface BuiltinForm {
  from: string;
  to: string;
  registers: readonly Register[];
  example: readonly [string, string];
  why: string;
}

const HK = ['hk'] as const;
const TW = ['tw'] as const;
const BOTH = ['hk', 'tw'] as const;

/** The zh-Hant form of the verbs before 明了 used below. */
function toHantVerb(verb: string): string {
  const forms: Record<string, string> = {
    列明: '列明', 阐明: '闡明', 标明: '標明', 写明: '寫明', 载明: '載明', 指明: '指明',
    查明: '查明', 声明: '聲明', 讲明: '講明', 点明: '點明', 申明: '申明', 辨明: '辨明',
  };
  return forms[verb]!;
}

export const builtinForms: readonly BuiltinForm[] = [
  {
    from: '臺',
    to: '台',
    registers: HK,
    example: ['我们在平台上发布了台湾地区的数据，并在电视台和舞台上展示', '我們在平台上發布了台灣地區的數據，並在電視台和舞台上展示'],
    why: 'Hong Kong writes 台 for 臺 (平台, 台灣, 電視台, 後台); 颱 (typhoon) and 檯 (desk) are other characters and stay.',
  },
  {
    from: '汙',
    to: '污',
    registers: BOTH,
    example: ['减少污染物排放，治理水污染', '減少污染物排放，治理水污染'],
    why: "OpenCC's Taiwan table writes 汙, the Ministry of Education's standard form; Hong Kong editions write 污, and so do Taiwan's statutes (水污染防治法, 空氣污染防制法) that reports cite.",
  },
  {
    from: '溼',
    to: '濕',
    registers: BOTH,
    example: ['保护湿地，控制湿度', '保護濕地，控制濕度'],
    why: "OpenCC gives 溼, the Ministry of Education's standard form; Hong Kong editions write 濕, and so does Taiwan's government (濕地保育法, 重要濕地).",
  },
  {
    from: '菸',
    to: '煙',
    registers: HK,
    example: ['办公区全面禁止吸烟，不派发香烟', '辦公區全面禁止吸煙，不派發香煙'],
    why: "Hong Kong writes 煙 for tobacco as for smoke (吸煙, 香煙, the 吸煙（公眾衞生）條例); 菸 is Taiwan's form, which OpenCC's Taiwan variant phrases give.",
  },
  {
    from: '佔',
    to: '占',
    registers: TW,
    example: ['女性员工占比提升，厂房占用土地减少', '女性員工占比提升，廠房占用土地減少'],
    why: "Taiwan's standard form for occupy and account for is 占 (占比, 占有), as its regulators write it; OpenCC gives 佔, which Hong Kong keeps.",
  },
];

export const builtinPhrases: readonly BuiltinPhrase[] = [
  // ---- 并: 並 (and) / 併 (merge) -------------------------------------------------
  { hans: '并为', hant: '並為', example: ['公司并为员工提供培训', '公司並為員工提供培訓'], why: '并为 is "and for" in report prose; OpenCC reads 併為 (merged into). 合并为 still matches 合并 first.' },
  { hans: '并成', hant: '並成', example: ['项目已完成并成为示范', '項目已完成並成為示範'], why: 'and became; OpenCC reads 併成 (merged into).' },
  { hans: '并发布', hant: '並發布', example: ['董事会审议并发布了本报告', '董事會審議並發布了本報告'], why: 'and published; OpenCC reads 并发 as 併發 (concurrency).' },
  { hans: '并发起', hant: '並發起', example: ['我们联合伙伴并发起倡议', '我們聯合夥伴並發起倡議'], why: 'and launched; OpenCC reads 併發.' },
  { hans: '并发挥', hant: '並發揮', example: ['整合资源并发挥优势', '整合資源並發揮優勢'], why: 'and brought into play; OpenCC reads 併發.' },
  { hans: '并发放', hant: '並發放', example: ['核实并发放补贴', '核實並發放補貼'], why: 'and distributed; OpenCC reads 併發.' },
  { hans: '并发出', hant: '並發出', example: ['识别风险并发出预警', '識別風險並發出預警'], why: 'and issued; OpenCC reads 併發.' },
  { hans: '并发送', hant: '並發送', example: ['生成报告并发送给用户', '生成報告並發送給用戶'], why: 'and sent; OpenCC reads 併發.' },
  { hans: '并发行', hant: '並發行', example: ['获得批准并发行绿色债券', '獲得批准並發行綠色債券'], why: 'and issued (bonds); OpenCC reads 併發.' },
  { hans: '并发给', hant: '並發給', example: ['整理信息并发给相关部门', '整理信息並發給相關部門'], why: 'and sent to; OpenCC reads 併發.' },
  { hans: '并合法', hant: '並合法', example: ['确保数据处理真实并合法', '確保數據處理真實並合法'], why: 'and lawful; OpenCC matches 并合 (merge).' },
  { hans: '并合规', hant: '並合規', example: ['运营安全并合规', '運營安全並合規'], why: 'and compliant; OpenCC matches 并合.' },
  { hans: '并合理', hant: '並合理', example: ['定价公开并合理', '定價公開並合理'], why: 'and reasonable; OpenCC matches 并合.' },

  // ---- 了: 了 / 瞭 ----------------------------------------------------------------
  { hans: '了如何', hant: '了如何', example: ['报告展示了如何管理风险', '報告展示了如何管理風險'], why: 'particle 了 + 如何; OpenCC matches 了如 (了如指掌) and writes 瞭.' },
  { hans: '了解', hant: '了解', match: 'word', registers: HK, example: ['深入了解持份者的期望', '深入了解持份者的期望'], why: 'Hong Kong writes 了解; OpenCC gives the Taiwan choice 瞭解.' },
  { hans: '了解到', hant: '了解到', registers: HK, example: ['我们了解到用户的需要', '我們了解到用戶的需要'], why: 'as 了解.' },
  ...['列明', '阐明', '标明', '写明', '载明', '指明', '查明', '声明', '讲明', '点明', '申明', '辨明'].map(
    (verb): BuiltinPhrase => ({
      hans: `${verb}了`,
      hant: `${toHantVerb(verb)}了`,
      example: [`文件${verb}了相关要求`, `文件${toHantVerb(verb)}了相關要求`],
      why: `${verb} + particle 了; OpenCC matches 明了 (clear) and writes 瞭.`,
    }),
  ),

  // ---- 发: 發 / 髮 ----------------------------------------------------------------
  { hans: '发布', hant: '發布', match: 'word', example: ['公司在发布会上发布了新产品', '公司在發布會上發布了新產品'], why: 'publish: 發布 is the standard form in Hong Kong and Taiwan; OpenCC gives 發佈, and inside 粉丝发布 reads 絲髮 (silk hair).' },
  { hans: '被发明', hant: '被發明', example: ['这项技术被发明出来', '這項技術被發明出來'], why: 'passive 被 + 發明; OpenCC matches 被发 (披髮) and writes 髮.' },
  { hans: '被发掘', hant: '被發掘', example: ['更多人才被发掘', '更多人才被發掘'], why: 'passive 被; OpenCC writes 被髮.' },
  { hans: '被发送', hant: '被發送', example: ['请求被发送到服务器', '請求被發送到服務器'], why: 'passive 被; OpenCC writes 被髮.' },
  { hans: '被发起', hant: '被發起', example: ['倡议被发起后', '倡議被發起後'], why: 'passive 被; OpenCC writes 被髮.' },
  { hans: '被发放', hant: '被發放', example: ['补贴被发放到农户手中', '補貼被發放到農戶手中'], why: 'passive 被; OpenCC writes 被髮.' },
  { hans: '丝发送', hant: '絲發送', example: ['向粉丝发送消息', '向粉絲發送消息'], why: '粉丝 + 发送; OpenCC matches 丝发 (silk and hair).' },
  { hans: '丝发起', hant: '絲發起', example: ['粉丝发起的公益活动', '粉絲發起的公益活動'], why: '粉丝 + 发起; OpenCC matches 丝发.' },
  { hans: '长发展', hant: '長發展', example: ['企业的成长发展', '企業的成長發展'], why: '成长 + 发展; OpenCC matches 长发 (long hair).' },
  { hans: '长发放', hant: '長發放', example: ['延长发放期限', '延長發放期限'], why: '延长 + 发放; OpenCC matches 长发.' },
  { hans: '长发挥', hant: '長發揮', example: ['让员工扬长发挥', '讓員工揚長發揮'], why: '扬长 + 发挥; OpenCC matches 长发.' },
  { hans: '长发起', hant: '長發起', example: ['由董事长发起', '由董事長發起'], why: '董事长 + 发起; OpenCC matches 长发.' },
  { hans: '长发布', hant: '長發布', example: ['行长发布年度报告', '行長發布年度報告'], why: '行长 + 发布; OpenCC matches 长发.' },

  // ---- 制: 制 / 製 ----------------------------------------------------------------
  { hans: '参与制造', hant: '參與製造', example: ['员工参与制造环节的改进', '員工參與製造環節的改進'], why: '参与 + 制造; OpenCC matches 参与制 (participation system) and keeps 制.' },
  { hans: '参与制作', hant: '參與製作', example: ['学生参与制作节目', '學生參與製作節目'], why: '参与 + 制作; OpenCC matches 参与制.' },
  { hans: '编制', hant: '編製', example: ['本报告的编制依据', '本報告的編製依據'], why: 'compiling a report or budget is 編製; 編制 is a staff establishment.' },
  { hans: '人员编制', hant: '人員編制', guard: true, example: ['核定人员编制', '核定人員編制'], why: 'staff establishment keeps 編制 (guards the entry 编制 → 編製).' },

  // ---- 台: 臺 / 台 / 檯 --------------------------------------------------------------
  { hans: '在台风', hant: '在颱風', example: ['在台风来临前加固设施', '在颱風來臨前加固設施'], why: '在 + 台风 (typhoon); OpenCC matches 在台 and writes 臺風.' },
  { hans: '总台', hant: '總台', example: ['中央广播电视总台报道', '中央廣播電視總台報道'], why: 'broadcaster 总台; OpenCC writes 總檯 (front desk).' },

  // ---- 复: 復 / 複 / 覆 ----------------------------------------------------------------
  { hans: '更复杂', hant: '更複雜', example: ['环境变得更复杂', '環境變得更複雜'], why: '更 + 复杂; OpenCC matches 更复 (更復) first.' },
  { hans: '复核', hant: '覆核', registers: HK, example: ['由独立第三方复核', '由獨立第三方覆核'], why: 'Hong Kong writes 覆核 (review); OpenCC gives the Taiwan 複核.' },
  { hans: '复审', hant: '覆審', registers: HK, example: ['通过年度复审', '通過年度覆審'], why: 'Hong Kong writes 覆審; OpenCC gives 複審.' },

  // ---- 历: 歷 / 曆 -------------------------------------------------------------------
  { hans: '年历史', hant: '年歷史', example: ['拥有百年历史的企业', '擁有百年歷史的企業'], why: '百年 + 历史; OpenCC matches 年历 (calendar).' },
  { hans: '年历程', hant: '年歷程', example: ['回顾十年历程', '回顧十年歷程'], why: '十年 + 历程; OpenCC matches 年历.' },
  { hans: '长历程', hant: '長歷程', example: ['员工的成长历程', '員工的成長歷程'], why: '成长 + 历程; OpenCC matches 长历 (長曆).' },

  // ---- 汇: 匯 / 彙 -------------------------------------------------------------------
  { hans: '汇报', hant: '匯報', match: 'word', registers: HK, example: ['定期向董事会汇报', '定期向董事會匯報'], why: 'Hong Kong writes 匯報; OpenCC gives the Taiwan 彙報.' },
  { hans: '汇总', hant: '匯總', match: 'word', registers: HK, example: ['汇总各部门数据', '匯總各部門數據'], why: 'Hong Kong writes 匯總; OpenCC gives 彙總.' },
  { hans: '汇集', hant: '匯集', match: 'word', registers: HK, example: ['平台汇集了各方资源', '平台匯集了各方資源'], why: 'Hong Kong writes 匯集; OpenCC gives 彙集.' },

  // ---- 伙: 夥 / 伙 -------------------------------------------------------------------
  { hans: '伙伴', hant: '夥伴', match: 'word', example: ['与合作伙伴和生态伙伴共同推进', '與合作夥伴和生態夥伴共同推進'], why: 'OpenCC writes 合作伙伴 but 生態夥伴: one report must use one form.' },

  // ---- 布: 布 / 佈 (announce, spread) ------------------------------------------------
  { hans: '公布', hant: '公布', match: 'word', example: ['公司今日公布年度业绩，并将结果公布于众', '公司今日公布年度業績，並將結果公布於眾'], why: 'The Stock Exchange of Hong Kong and the Hong Kong government write 公布, and so do Taiwan\'s statutes; OpenCC gives 公佈, also inside its phrases (公布于众).' },
  { hans: '宣布', hant: '宣布', match: 'word', example: ['董事会宣布派发末期股息', '董事會宣布派發末期股息'], why: 'Hong Kong and Taiwan governments write 宣布; OpenCC gives 宣佈.' },
  { hans: '分布', hant: '分布', match: 'word', example: ['门店分布于全国各地，人口分布较为均衡', '門店分布於全國各地，人口分布較為均衡'], why: 'Hong Kong\'s statistics (人口分布) and Taiwan\'s statutes write 分布; OpenCC gives 分佈, also inside its phrases (分布于, 人口分布).' },
  { hans: '颁布', hant: '頒布', match: 'word', example: ['国家颁布了新的环境保护法', '國家頒布了新的環境保護法'], why: 'Hong Kong\'s government (《基本法》頒布) and Taiwan\'s statutes write 頒布; OpenCC gives 頒佈.' },
  { hans: '办公布局', hant: '辦公佈局', match: 'word', guard: true, example: ['优化办公布局', '優化辦公佈局'], why: '办公 + 布局 keeps 佈局 (guards the entry 公布).' },
  { hans: '办公布置', hant: '辦公佈置', match: 'word', guard: true, example: ['调整办公布置', '調整辦公佈置'], why: '办公 + 布置 keeps 佈置 (guards the entry 公布).' },
  { hans: '部分布局', hant: '部分佈局', match: 'word', guard: true, example: ['调整部分布局', '調整部分佈局'], why: '部分 + 布局 keeps 佈局 (guards the entry 分布).' },

  // ---- Hong Kong choices where Taiwan differs --------------------------------------
  { hans: '借助', hant: '借助', match: 'word', registers: HK, example: ['借助数字技术提升效率', '借助數字技術提升效率'], why: 'Hong Kong writes 借助; OpenCC gives the Taiwan 藉助.' },
  { hans: '搜集', hant: '搜集', registers: HK, example: ['搜集持份者意见', '搜集持份者意見'], why: 'Hong Kong writes 搜集; OpenCC gives 蒐集.' },
  { hans: '局限', hant: '局限', registers: HK, example: ['方法存在局限', '方法存在局限'], why: 'Hong Kong writes 局限; OpenCC gives 侷限.' },
  { hans: '局限于', hant: '局限於', registers: HK, example: ['不局限于线上渠道', '不局限於線上渠道'], why: 'as 局限; OpenCC matches 局限于 (侷限於) as one phrase.' },
  { hans: '局限性', hant: '局限性', registers: HK, example: ['认识到模型的局限性', '認識到模型的局限性'], why: 'as 局限.' },
  { hans: '回归', hant: '回歸', registers: HK, example: ['香港回归以来', '香港回歸以來'], why: 'Hong Kong writes 回歸; OpenCC gives 迴歸.' },
  { hans: '回流', hant: '回流', registers: HK, example: ['吸引人才回流', '吸引人才回流'], why: 'Hong Kong writes 回流; OpenCC gives 迴流.' },
  { hans: '尽可能', hant: '盡可能', registers: HK, example: ['尽可能减少排放', '盡可能減少排放'], why: 'Hong Kong writes 盡可能; OpenCC gives 儘可能.' },
  { hans: '尽快', hant: '盡快', registers: HK, example: ['尽快完成整改', '盡快完成整改'], why: 'Hong Kong writes 盡快; OpenCC gives 儘快.' },
  { hans: '尽早', hant: '盡早', registers: HK, example: ['尽早识别风险', '盡早識別風險'], why: 'Hong Kong writes 盡早; OpenCC gives 儘早.' },
  { hans: '尽量', hant: '盡量', registers: HK, example: ['尽量减少纸张使用', '盡量減少紙張使用'], why: 'Hong Kong\'s government writes 盡量, as it writes 盡快 and 盡可能; OpenCC gives the Taiwan 儘量.' },
  { hans: '周年', hant: '周年', match: 'word', registers: HK, example: ['庆祝成立二十周年，并召开股东周年大会', '慶祝成立二十周年，並召開股東周年大會'], why: 'Hong Kong writes 周年 (the Listing Rules\' 股東周年大會, the government\'s 二十五周年); OpenCC gives the Taiwan 週年, also inside its phrases (二十周年).' },
  { hans: '周期', hant: '周期', match: 'word', registers: HK, example: ['产品的生命周期与经济周期', '產品的生命周期與經濟周期'], why: 'Hong Kong writes 周期 (逆周期, 使用周期); OpenCC gives the Taiwan 週期, also inside its phrases (生命周期).' },
  { hans: '烟草', hant: '煙草', registers: HK, example: ['不投资烟草行业', '不投資煙草行業'], why: 'Hong Kong writes 煙草; OpenCC gives the Taiwan 菸草.' },

  // ---- Taiwan choices where Hong Kong differs --------------------------------------
  { hans: '雇主', hant: '雇主', match: 'word', registers: TW, example: ['雇主须为劳工投保', '雇主須為勞工投保'], why: 'Taiwan\'s statutes write 雇主 (勞動基準法: 雇主：指僱用勞工之事業主); OpenCC gives 僱主, which Hong Kong keeps (《僱傭條例》).' },
  { hans: '雇员', hant: '雇員', match: 'word', registers: TW, example: ['全体雇员均已签约', '全體雇員均已簽約'], why: 'Taiwan writes the nouns with 雇 (雇主, 雇員) and the verb with 僱 (僱用, 受僱); OpenCC gives 僱員.' },
  { hans: '劳雇', hant: '勞雇', match: 'word', registers: TW, example: ['维持和谐的劳雇关系', '維持和諧的勞雇關係'], why: 'Taiwan\'s statutes write 勞雇關係; OpenCC gives 勞僱.' },
  { hans: '东周年', hant: '東週年', registers: TW, example: ['股东周年大会于六月召开', '股東週年大會於六月召開'], why: '股东 + 周年; OpenCC matches 东周 (Eastern Zhou) and keeps 周, where Taiwan writes 週年.' },
  { hans: '计划', hant: '計畫', match: 'word', registers: TW, example: ['按计划推进减碳行动计划', '按計畫推進減碳行動計畫'], why: 'Taiwan\'s government and statutes write 計畫 (國土計畫法, 長期照顧十年計畫); OpenCC gives 計劃, which Hong Kong keeps, also inside its phrases (按计划, 行动计划).' },
  { hans: '身份', hant: '身分', match: 'word', registers: TW, example: ['核实员工身份并保护身份证号码', '核實員工身分並保護身分證號碼'], why: 'Taiwan writes 身分 (國民身分證); OpenCC gives 身份, which Hong Kong keeps (身份證).' },

  // ---- other boundary errors --------------------------------------------------------
  { hans: '个中', hant: '個中', example: ['打造一个中心和一个中国区总部', '打造一個中心和一個中國區總部'], why: '个 + 中心/中国; OpenCC matches the literary 个中 (箇中, therein).' },
  { hans: '家什么', hant: '家什麼', example: ['这是一家什么样的公司', '這是一家什麼樣的公司'], why: '家 + 什么; OpenCC matches 家什 (furniture, 傢什).' },
  { hans: '公有云', hant: '公有雲', example: ['公有云上的数据', '公有雲上的數據'], why: 'public cloud; OpenCC matches 有云 ("it is said") and keeps 云.' },
  { hans: '私有云', hant: '私有雲', example: ['部署私有云', '部署私有雲'], why: 'private cloud; OpenCC matches 有云.' },
  { hans: '资金链', hant: '資金鏈', example: ['保障供应商资金链稳定', '保障供應商資金鏈穩定'], why: '资金 + 链; OpenCC matches 金链 (gold chain, 金鍊).' },
  { hans: '手游', hant: '手遊', example: ['手游上线前须通过内容审核', '手遊上線前須通過內容審核'], why: 'mobile game: 遊; OpenCC keeps the default 游 (swim).' },
  { hans: '下游戏', hant: '下遊戲', example: ['旗下游戏均已接入', '旗下遊戲均已接入'], why: '旗下 + 游戏; OpenCC matches 下游 (downstream) and keeps 游.' },
  { hans: '元后', hant: '元後', example: ['满100元后每笔减免', '滿100元後每筆減免'], why: 'after … yuan; OpenCC matches 元后 (empress).' },
  { hans: '相关系列', hant: '相關系列', example: ['发布相关系列政策', '發布相關系列政策'], why: '相关 + 系列; OpenCC matches 关系 and writes 係.' },
  { hans: '烟酒', hant: '煙酒', registers: HK, example: ['不得收受烟酒类礼品', '不得收受煙酒類禮品'], why: 'Hong Kong writes 煙酒; OpenCC gives the Taiwan 菸酒.' },
  { hans: '一只只', hant: '一隻隻', example: ['一只只候鸟飞回湖边', '一隻隻候鳥飛回湖邊'], why: 'OpenCC matches 一只 and leaves the second 只.' },
  { hans: '光采购', hant: '光採購', example: ['推行阳光采购', '推行陽光採購'], why: '阳光 + 采购; OpenCC matches 光采 (brilliance).' },
  { hans: '云为', hant: '雲為', example: ['澄川云为客户提供服务', '澄川雲為客戶提供服務'], why: '云 (cloud) + 为; OpenCC matches the classical 云为 and keeps 云.' },
  { hans: '和面向', hant: '和面向', example: ['面向员工和面向社区的项目', '面向員工和面向社區的項目'], why: '和 + 面向; OpenCC matches 和面 (knead dough) and writes 麵.' },
  { hans: '和面对', hant: '和面對', example: ['理解和面对挑战', '理解和面對挑戰'], why: '和 + 面对; OpenCC matches 和面.' },
  { hans: '和面临', hant: '和面臨', example: ['现状和面临的风险', '現狀和面臨的風險'], why: '和 + 面临; OpenCC matches 和面.' },
  { hans: '大冲击', hant: '大衝擊', example: ['带来巨大冲击', '帶來巨大衝擊'], why: '巨大 + 冲击; OpenCC matches the place name 大冲 (大沖).' },
  { hans: '高几率', hant: '高幾率', example: ['识别高几率事件', '識別高幾率事件'], why: '高 + 几率; OpenCC matches 高几 (tea table).' },
  { hans: '丰度', hant: '豐度', example: ['物种丰度持续提升', '物種豐度持續提升'], why: 'abundance is 豐度; OpenCC keeps 丰.' },
  { hans: '家私域', hant: '家私域', example: ['多家私域社群', '多家私域社群'], why: '家 + 私域 (private traffic); OpenCC matches 家私 (furniture, 傢俬).' },
  { hans: '冲压', hant: '衝壓', match: 'word', example: ['冲压车间加装了安全光幕', '衝壓車間加裝了安全光幕'], why: "stamping (metal forming) is 衝壓, as 衝床; OpenCC's phrase gives 沖壓 (rinse)." },
  { hans: '冲厕', hant: '沖廁', match: 'word', example: ['以海水冲厕可节约食水', '以海水沖廁可節約食水'], why: 'flushing is 沖 (the Water Supplies Department writes 海水沖廁); OpenCC gives the default 衝.' },
  { hans: '系由', hant: '係由', example: ['该设备系由本地供应商生产', '該設備係由本地供應商生產'], why: 'the formal copula 系 (is) is 係; OpenCC keeps 系.' },
  { hans: '销毁', hant: '銷毀', example: ['存储介质被安全销毁', '存儲介質被安全銷毀'], why: 'destroy is 銷毀; OpenCC gives the variant 銷燬.' },
];
