/**
 * Named entities of Hong Kong: firms, banks, utilities, regulators and
 * public bodies, ordinances, housing estates, railway lines, districts and
 * places, written as their owners write them (滙豐 with 滙, 恒生 with 恒,
 * 港鐵, 東涌綫 with 綫, 衞生署 with 衞, 香港天文台 with 台, estates with 邨).
 *
 * Source policy. An entry is added only where its written form is certain.
 * `source` is where it can be checked: the owner's own Traditional-Chinese
 * web page, or for an ordinance its gazetted short title and chapter number
 * (Cap. 57, elegislation.gov.hk). `checked: true` means the written form was
 * seen in a public page, named in `seen` (the owner's page where one was at
 * hand, otherwise a page quoting the name in that form: a news report, a
 * listing, an encyclopaedia); `checked: false` means the entry was written
 * from knowledge of the owner's usage and is still to be compared with
 * `source`. An entry whose form a source contradicts is corrected or
 * removed, never kept on knowledge alone (啟德: the Urban Renewal Authority
 * and the Civil Engineering and Development Department write 啟, not 啓).
 * Editors change how the report writes any of these with a glossary entry,
 * which beats this table.
 *
 * Entries are final forms: the same in every Traditional profile (an
 * owner's name does not change with the reader's region: 啟德 and 衞生署 on
 * zh-Hant-HK pages as on zh-Hant pages, 東涌綫 on zh-Hant-TW pages) and not
 * passed through the regional variant stage. The one exception: a form with
 * a character the profile's own table counts as Simplified (污 for
 * zh-Hant-TW; 稅 說 臺 for zh-Hant-HK) is left to that profile, whose leak
 * check would refuse it (see `entityTrie`). They match whole words only: never
 * starting or ending inside a longer word of the text (汇丰 not in 汇丰富),
 * and the longest entry wins where two start at the same place.
 */
import { SIMPLIFIED_ONLY } from '../charsets.ts';
import type { OverlayEntry } from '../engine.ts';
import { Trie } from '../trie.ts';

export type EntityKind =
  | 'company'
  | 'bank'
  | 'utility'
  | 'transport'
  | 'regulator'
  | 'government'
  | 'public-body'
  | 'ordinance'
  | 'railway'
  | 'estate'
  | 'district'
  | 'place';

export interface Entity {
  /** As written in Simplified text. */
  hans: string;
  /** As the owner writes it. */
  hant: string;
  kind: EntityKind;
  /** Where the form can be checked: the owner's page, or the ordinance's chapter. */
  source: string;
  /** The written form was seen in a public page (`seen`). */
  checked: boolean;
  /** The page the form was seen in. */
  seen?: string;
}

const E = (hans: string, hant: string, kind: EntityKind, source: string, seen?: string): Entity => ({
  hans,
  hant,
  kind,
  source,
  checked: seen !== undefined,
  ...(seen !== undefined ? { seen } : {}),
});

export const entities: readonly Entity[] = [
  // Companies, property groups and auditors
  E('电讯盈科', '電訊盈科', 'company', 'https://www.pccw.com/zh-hk', 'http://aastocks.com.hk/tc/stocks/analysis/stock-aafn-con/01988/AAFN/NOW.1424693/hk-stock-news'),
  E('恒生指数', '恒生指數', 'company', 'https://www.hsi.com.hk/chi', 'https://www.syfe.com/hk/magazine/zh-hant/%e9%a6%99%e6%b8%af-%e8%97%8d%e7%b1%8c%e8%82%a1-%e5%90%8d%e5%96%ae'),
  E('恒生指数有限公司', '恒生指數有限公司', 'company', 'https://www.hsi.com.hk/chi', 'http://aastocks.com.hk/tc/stocks/analysis/stock-aafn-con/01988/AAFN/NOW.1424693/hk-stock-news'),
  E('友邦保险', '友邦保險', 'company', 'https://www.aia.com.hk/zh-hk'),
  E('领展', '領展', 'company', 'https://www.linkreit.com/tc/', 'http://elexue.com/2015-8-20/a270b1a6-e604-1e97-ae2a-5a76529eccc7.html'),
  E('领展房地产投资信托基金', '領展房地產投資信託基金', 'company', 'https://www.linkreit.com/tc/', 'http://elexue.com/2015-8-20/a270b1a6-e604-1e97-ae2a-5a76529eccc7.html'),
  E('新鸿基地产', '新鴻基地產', 'company', 'https://www.shkp.com/zh-hk/', 'https://ans.fyi/c/question/20070113000051KK00930'),
  E('新鸿基地产发展有限公司', '新鴻基地產發展有限公司', 'company', 'https://www.shkp.com/zh-hk/'),
  E('长江实业集团有限公司', '長江實業集團有限公司', 'company', 'https://www.ckph.com.hk/tc/'),
  E('长江实业', '長江實業', 'company', 'https://www.ckph.com.hk/tc/'),
  E('长江和记实业有限公司', '長江和記實業有限公司', 'company', 'https://www.ckh.com.hk/tc/'),
  E('长和', '長和', 'company', 'https://www.ckh.com.hk/tc/', 'https://hk.finance.yahoo.com/news/%E4%B8%AD%E9%9B%BB-00002-%E5%8F%8A%E6%B8%AF%E7%87%88-02638-%E9%A6%99%E6%B8%AF%E6%B5%B7%E4%B8%8A%E6%B6%B2%E5%8C%96%E5%A4%A9%E7%84%B6%E6%B0%A3%E6%8E%A5%E6%94%B6%E7%AB%99%E9%96%8B%E5%B9%95-094715910.html'),
  E('和记黄埔', '和記黃埔', 'company', 'https://www.ckh.com.hk/tc/'),
  E('九龙仓集团有限公司', '九龍倉集團有限公司', 'company', 'https://www.wharfholdings.com/tc/'),
  E('九龙仓集团', '九龍倉集團', 'company', 'https://www.wharfholdings.com/tc/'),
  E('九龙仓置业', '九龍倉置業', 'company', 'https://www.wharfreic.com/tc/'),
  E('会德丰', '會德豐', 'company', 'https://www.wheelockcompany.com/tc/'),
  E('太古股份有限公司', '太古股份有限公司', 'company', 'https://www.swirepacific.com/tc/'),
  E('太古地产', '太古地產', 'company', 'https://www.swireproperties.com/zh-hk/'),
  E('恒基兆业地产有限公司', '恒基兆業地產有限公司', 'company', 'https://www.hld.com/tc/'),
  E('恒基兆业地产', '恒基兆業地產', 'company', 'https://www.hld.com/tc/'),
  E('新世界发展有限公司', '新世界發展有限公司', 'company', 'https://www.nwd.com.hk/zh-hk'),
  E('新世界发展', '新世界發展', 'company', 'https://www.nwd.com.hk/zh-hk'),
  E('信和置业', '信和置業', 'company', 'https://www.sino.com/zh-hk/'),
  E('恒隆地产', '恒隆地產', 'company', 'https://www.hanglung.com/zh-hk/', 'http://aastocks.com.hk/tc/stocks/analysis/stock-aafn-con/01988/AAFN/NOW.1424693/hk-stock-news'),
  E('嘉里建设', '嘉里建設', 'company', 'https://www.kerryprops.com/hk/tc/'),
  E('希慎兴业', '希慎興業', 'company', 'https://www.hysan.com.hk/zh-hk/'),
  E('周大福', '周大福', 'company', 'https://www.ctf.com.hk/tc/'),
  E('周大福创建', '周大福創建', 'company', 'https://www.ctfs.com.hk/tc/'),
  E('罗兵咸永道会计师事务所', '羅兵咸永道會計師事務所', 'company', 'https://www.pwchk.com/zh.html'),
  E('罗兵咸永道', '羅兵咸永道', 'company', 'https://www.pwchk.com/zh.html', 'https://www.tastymoney.hk/2025/06/%e7%be%85%e5%85%b5%e5%92%b8%e9%81%ad%e8%87%b3%e5%b0%9120%e9%96%93%e6%9c%ac%e6%b8%af%e4%b8%8a%e5%b8%82%e5%85%ac%e5%8f%b8%e3%80%8c%e6%a3%84%e7%94%a8%e3%80%8d%e6%b6%88%e6%81%af%e6%8c%8750%e5%90%8d'),
  E('德勤·关黄陈方会计师行', '德勤‧關黃陳方會計師行', 'company', 'https://www2.deloitte.com/cn/zh.html', 'https://orientaldaily.on.cc/cnt/finance/20200722/00202_012.html'),
  E('毕马威会计师事务所', '畢馬威會計師事務所', 'company', 'https://kpmg.com/cn/zh/home.html', 'https://hk01.com/%E8%B2%A1%E7%B6%93%E5%BF%AB%E8%A8%8A/1028717/%E7%BE%85%E5%85%B5%E5%92%B8%E5%86%8D%E5%A4%B1%E5%9C%8B%E4%BC%81%E5%AE%A2-%E6%8B%9B%E5%95%86%E5%B1%80%E6%88%BF%E8%A8%97agm%E5%89%8D%E5%A4%95%E7%AA%81%E6%94%B9%E8%81%98%E7%95%A2%E9%A6%AC%E5%A8%81'),
  E('毕马威', '畢馬威', 'company', 'https://kpmg.com/cn/zh/home.html', 'https://www.tastymoney.hk/2025/06/%e7%be%85%e5%85%b5%e5%92%b8%e9%81%ad%e8%87%b3%e5%b0%9120%e9%96%93%e6%9c%ac%e6%b8%af%e4%b8%8a%e5%b8%82%e5%85%ac%e5%8f%b8%e3%80%8c%e6%a3%84%e7%94%a8%e3%80%8d%e6%b6%88%e6%81%af%e6%8c%8750%e5%90%8d'),
  E('香港立信德豪会计师事务所有限公司', '香港立信德豪會計師事務所有限公司', 'company', 'https://www.bdo.com.hk/zh-hk/home'),
  // Banks and the index
  E('汇丰', '滙豐', 'bank', 'https://www.hsbc.com.hk/zh-hk/', 'http://202.62.215.9/www/tc/stocks/realtime/quote_ci_detail.php?code=823&eyear=1&pyear=4'),
  E('汇丰银行', '滙豐銀行', 'bank', 'https://www.hsbc.com.hk/zh-hk/'),
  E('汇丰控股', '滙豐控股', 'bank', 'https://www.hsbc.com.hk/zh-hk/', 'http://aastocks.com.hk/tc/stocks/analysis/stock-aafn-con/01988/AAFN/NOW.1424693/hk-stock-news'),
  E('香港上海汇丰银行有限公司', '香港上海滙豐銀行有限公司', 'bank', 'https://www.hsbc.com.hk/zh-hk/'),
  E('恒生银行', '恒生銀行', 'bank', 'https://www.hangseng.com/zh-hk/', 'https://wiwiwikim.kfd.me/zh-hk/%E9%A6%99%E6%B8%AF%E9%8A%80%E8%A1%8C%E5%88%97%E8%A1%A8'),
  E('恒生银行有限公司', '恒生銀行有限公司', 'bank', 'https://www.hangseng.com/zh-hk/'),
  E('渣打银行', '渣打銀行', 'bank', 'https://www.sc.com/hk/zh/', 'https://wiwiwikim.kfd.me/zh-hk/%E9%A6%99%E6%B8%AF%E9%8A%80%E8%A1%8C%E5%88%97%E8%A1%A8'),
  E('东亚银行', '東亞銀行', 'bank', 'https://www.hkbea.com/html/tc/index.html', 'https://wiwiwikim.kfd.me/zh-hk/%E9%A6%99%E6%B8%AF%E9%8A%80%E8%A1%8C%E5%88%97%E8%A1%A8'),
  E('星展银行', '星展銀行', 'bank', 'https://www.dbs.com.hk/personal-zh/default.page', 'https://wiwiwikim.kfd.me/zh-hk/%E9%A6%99%E6%B8%AF%E9%8A%80%E8%A1%8C%E5%88%97%E8%A1%A8'),
  E('招商永隆银行', '招商永隆銀行', 'bank', 'https://www.cmbwinglungbank.com/', 'https://wiwiwikim.kfd.me/zh-hk/%E9%A6%99%E6%B8%AF%E9%8A%80%E8%A1%8C%E5%88%97%E8%A1%A8'),
  E('大新银行', '大新銀行', 'bank', 'https://www.dahsing.com/html/tc/index.html', 'https://wiwiwikim.kfd.me/zh-hk/%E9%A6%99%E6%B8%AF%E9%8A%80%E8%A1%8C%E5%88%97%E8%A1%A8'),
  E('创兴银行', '創興銀行', 'bank', 'https://www.chbank.com/', 'https://wiwiwikim.kfd.me/zh-hk/%E9%A6%99%E6%B8%AF%E9%8A%80%E8%A1%8C%E5%88%97%E8%A1%A8'),
  // Utilities and telecommunications
  E('中华电力有限公司', '中華電力有限公司', 'utility', 'https://www.clp.com.hk/zh', 'https://zh.wikipedia.org/wiki/%E4%B8%AD%E9%9B%BB%E6%8E%A7%E8%82%A1'),
  E('中华电力', '中華電力', 'utility', 'https://www.clp.com.hk/zh', 'https://twwiki.net/wiki/6xq9g79eyqygwnl.html'),
  E('中电控股', '中電控股', 'utility', 'https://www.clpgroup.com/zh', 'https://zh.wikipedia.org/wiki/%E4%B8%AD%E9%9B%BB%E6%8E%A7%E8%82%A1'),
  E('中电', '中電', 'utility', 'https://www.clpgroup.com/zh', 'https://zh.wikipedia.org/wiki/%E4%B8%AD%E9%9B%BB%E6%8E%A7%E8%82%A1'),
  E('港灯', '港燈', 'utility', 'https://www.hkelectric.com/zh', 'https://twwiki.net/wiki/6xq9g79eyqygwnl.html'),
  E('港灯电力投资', '港燈電力投資', 'utility', 'https://www.hkei.hk/tc/'),
  E('香港电灯有限公司', '香港電燈有限公司', 'utility', 'https://www.hkelectric.com/zh', 'https://twwiki.net/wiki/6xq9g79eyqygwnl.html'),
  E('香港中华煤气有限公司', '香港中華煤氣有限公司', 'utility', 'https://www.towngas.com/tc/'),
  E('煤气公司', '煤氣公司', 'utility', 'https://www.towngas.com/tc/'),
  E('港华智慧能源', '港華智慧能源', 'utility', 'https://www.towngassmartenergy.com/tc/'),
  E('电能实业', '電能實業', 'utility', 'https://www.powerassets.com/tc/', 'https://www.etnet.com.hk/www/tc/lifestyle/96065'),
  E('长江基建集团有限公司', '長江基建集團有限公司', 'utility', 'https://www.cki.com.hk/tc/', 'https://twwiki.net/wiki/6xq9g79eyqygwnl.html'),
  E('长江基建', '長江基建', 'utility', 'https://www.cki.com.hk/tc/'),
  E('香港电讯', '香港電訊', 'utility', 'https://www.hkt.com/zh'),
  // Transport
  E('港铁', '港鐵', 'transport', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://metroradio.com.hk/news/live.aspx?NewsId=20241022162603&page=0'),
  E('港铁公司', '港鐵公司', 'transport', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://metroradio.com.hk/news/live.aspx?NewsId=20241022162603&page=0'),
  E('香港铁路有限公司', '香港鐵路有限公司', 'transport', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://zh.wikipedia-on-ipfs.org/wiki/%E6%A9%9F%E5%A0%B4%E5%BF%AB%E7%B6%AB'),
  E('九龙巴士', '九龍巴士', 'transport', 'https://www.kmb.hk/'),
  E('天星小轮', '天星小輪', 'transport', 'https://www.starferry.com.hk/'),
  E('国泰航空', '國泰航空', 'transport', 'https://www.cathaypacific.com/cx/zh_HK.html'),
  // Exchanges, regulators and statutory commissions
  E('香港交易及结算所有限公司', '香港交易及結算所有限公司', 'regulator', 'https://www.hkexgroup.com/?sc_lang=zh-HK', 'https://www.asensystem.com/news/xingyezixun/997.html'),
  E('香港交易所', '香港交易所', 'regulator', 'https://www.hkexgroup.com/?sc_lang=zh-HK'),
  E('港交所', '港交所', 'regulator', 'https://www.hkexgroup.com/?sc_lang=zh-HK'),
  E('香港联合交易所有限公司', '香港聯合交易所有限公司', 'regulator', 'https://www.hkex.com.hk/?sc_lang=zh-HK', 'https://www.asensystem.com/news/xingyezixun/997.html'),
  E('联交所', '聯交所', 'regulator', 'https://www.hkex.com.hk/?sc_lang=zh-HK'),
  E('证券及期货事务监察委员会', '證券及期貨事務監察委員會', 'regulator', 'https://www.sfc.hk/tc/'),
  E('证监会', '證監會', 'regulator', 'https://www.sfc.hk/tc/', 'https://www.tastymoney.hk/2025/06/%e7%be%85%e5%85%b5%e5%92%b8%e9%81%ad%e8%87%b3%e5%b0%9120%e9%96%93%e6%9c%ac%e6%b8%af%e4%b8%8a%e5%b8%82%e5%85%ac%e5%8f%b8%e3%80%8c%e6%a3%84%e7%94%a8%e3%80%8d%e6%b6%88%e6%81%af%e6%8c%8750%e5%90%8d'),
  E('香港金融管理局', '香港金融管理局', 'regulator', 'https://www.hkma.gov.hk/chi/', 'https://udfspace.com/article/5473975834967174'),
  E('金管局', '金管局', 'regulator', 'https://www.hkma.gov.hk/chi/', 'https://udfspace.com/article/5473975834967174'),
  E('强制性公积金计划管理局', '強制性公積金計劃管理局', 'regulator', 'https://www.mpfa.org.hk/tc'),
  E('积金局', '積金局', 'regulator', 'https://www.mpfa.org.hk/tc', 'https://www.tastymoney.hk/2025/06/%e7%be%85%e5%85%b5%e5%92%b8%e9%81%ad%e8%87%b3%e5%b0%9120%e9%96%93%e6%9c%ac%e6%b8%af%e4%b8%8a%e5%b8%82%e5%85%ac%e5%8f%b8%e3%80%8c%e6%a3%84%e7%94%a8%e3%80%8d%e6%b6%88%e6%81%af%e6%8c%8750%e5%90%8d'),
  E('保险业监管局', '保險業監管局', 'regulator', 'https://www.ia.org.hk/tc/'),
  E('保监局', '保監局', 'regulator', 'https://www.ia.org.hk/tc/', 'https://www.tastymoney.hk/2025/06/%e7%be%85%e5%85%b5%e5%92%b8%e9%81%ad%e8%87%b3%e5%b0%9120%e9%96%93%e6%9c%ac%e6%b8%af%e4%b8%8a%e5%b8%82%e5%85%ac%e5%8f%b8%e3%80%8c%e6%a3%84%e7%94%a8%e3%80%8d%e6%b6%88%e6%81%af%e6%8c%8750%e5%90%8d'),
  E('会计及财务汇报局', '會計及財務匯報局', 'regulator', 'https://www.afrc.org.hk/zh-hk/'),
  E('香港会计师公会', '香港會計師公會', 'regulator', 'https://www.hkicpa.org.hk/zh-hk'),
  E('竞争事务委员会', '競爭事務委員會', 'regulator', 'https://www.compcomm.hk/tc/'),
  E('个人资料私隐专员公署', '個人資料私隱專員公署', 'regulator', 'https://www.pcpd.org.hk/tc_chi/', 'https://cmab.gov.hk/mobile/tc/issues/protection.htm'),
  E('平等机会委员会', '平等機會委員會', 'regulator', 'https://www.eoc.org.hk/zh-hk'),
  E('廉政公署', '廉政公署', 'regulator', 'https://www.icac.org.hk/tc/'),
  E('消费者委员会', '消費者委員會', 'regulator', 'https://www.consumer.org.hk/tc'),
  // Government bureaux and departments
  E('环境保护署', '環境保護署', 'government', 'https://www.epd.gov.hk/epd/tc_chi/', 'http://www.dsd.gov.hk/Documents/EPR/EPR2007/Foreword_c.html'),
  E('机电工程署', '機電工程署', 'government', 'https://www.emsd.gov.hk/tc/', 'https://yearbook.gov.hk/2006/tc/14_02.htm'),
  E('渠务署', '渠務署', 'government', 'https://www.dsd.gov.hk/TC/', 'http://www.dsd.gov.hk/Documents/EPR/EPR2007/Foreword_c.html'),
  E('屋宇署', '屋宇署', 'government', 'https://www.bd.gov.hk/tc/', 'https://dictionary.chienwen.net/word/58/43/d85e3d-%E5%B7%A5%E5%8B%99%E5%B1%80.html'),
  E('劳工处', '勞工處', 'government', 'https://www.labour.gov.hk/tc/', 'http://ecma.org.hk/zh-hant/2024/10/04/%E5%8B%9E%E5%B7%A5%E8%99%95-%E5%8F%96%E6%B6%88%E5%BC%B7%E7%A9%8D%E9%87%91%E3%80%8C%E5%B0%8D%E6%B2%96%E3%80%8D%E5%AE%89%E6%8E%92%E5%B0%88%E9%A1%8C%E7%B6%B2%E7%AB%99'),
  E('水务署', '水務署', 'government', 'https://www.wsd.gov.hk/tc/', 'https://dictionary.chienwen.net/word/58/43/d85e3d-%E5%B7%A5%E5%8B%99%E5%B1%80.html'),
  E('路政署', '路政署', 'government', 'https://www.hyd.gov.hk/tc/'),
  E('运输署', '運輸署', 'government', 'https://www.td.gov.hk/tc/', 'https://ohkfweb-backup.s3-hk.smartcloud.site/ebook/LH_NEW/NTSUD_report_20210706/PPT_CHI/files/basic-html/page65.html'),
  E('规划署', '規劃署', 'government', 'https://www.pland.gov.hk/pland_tc/', 'https://yearbook.gov.hk/2006/tc/14_02.htm'),
  E('地政总署', '地政總署', 'government', 'https://www.landsd.gov.hk/tc/', 'https://dictionary.chienwen.net/word/58/43/d85e3d-%E5%B7%A5%E5%8B%99%E5%B1%80.html'),
  E('建筑署', '建築署', 'government', 'https://www.archsd.gov.hk/tc/', 'https://dictionary.chienwen.net/word/58/43/d85e3d-%E5%B7%A5%E5%8B%99%E5%B1%80.html'),
  E('土木工程拓展署', '土木工程拓展署', 'government', 'https://www.cedd.gov.hk/tc/', 'https://yearbook.gov.hk/2006/tc/14_02.htm'),
  E('渔农自然护理署', '漁農自然護理署', 'government', 'https://www.afcd.gov.hk/tc_chi/', 'https://yearbook.gov.hk/2006/tc/14_02.htm'),
  E('卫生署', '衞生署', 'government', 'https://www.dh.gov.hk/tc_chi/', 'https://www.tradenet.hk/blogs/%E9%A6%99%E6%B8%AF%E6%94%BF%E5%BA%9C%E6%96%B0%E8%81%9E%E7%B6%B2-%E7%A4%BE%E5%8D%80%E8%88%87%E5%81%A5%E5%BA%B7?page=21'),
  E('食物环境卫生署', '食物環境衞生署', 'government', 'https://www.fehd.gov.hk/tc_chi/', 'https://fehd.gov.hk/tc_chi/publications/environmental_report/2017/COER_1.html'),
  E('卫生防护中心', '衞生防護中心', 'government', 'https://www.chp.gov.hk/tc/', 'https://www.tradenet.hk/blogs/%E9%A6%99%E6%B8%AF%E6%94%BF%E5%BA%9C%E6%96%B0%E8%81%9E%E7%B6%B2-%E7%A4%BE%E5%8D%80%E8%88%87%E5%81%A5%E5%BA%B7?page=21'),
  E('房屋署', '房屋署', 'government', 'https://www.housingauthority.gov.hk/tc/', 'https://www.tradenet.hk/blogs/%E9%A6%99%E6%B8%AF%E6%94%BF%E5%BA%9C%E6%96%B0%E8%81%9E%E7%B6%B2-%E7%A4%BE%E5%8D%80%E8%88%87%E5%81%A5%E5%BA%B7?page=21'),
  E('香港房屋委员会', '香港房屋委員會', 'government', 'https://www.housingauthority.gov.hk/tc/', 'https://test.strore.xyz/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E5%B1%8B%E9%82%A8'),
  E('房委会', '房委會', 'government', 'https://www.housingauthority.gov.hk/tc/'),
  E('香港房屋协会', '香港房屋協會', 'government', 'https://www.hkhs.com/tc/', 'https://test.strore.xyz/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E5%B1%8B%E9%82%A8'),
  E('市区重建局', '市區重建局', 'government', 'https://www.ura.org.hk/tc', 'https://ura.org.hk/tc/news-centre/feature-stories/feature_20230411'),
  E('医院管理局', '醫院管理局', 'government', 'https://www.ha.org.hk/', 'https://www.tradenet.hk/blogs/%E9%A6%99%E6%B8%AF%E6%94%BF%E5%BA%9C%E6%96%B0%E8%81%9E%E7%B6%B2-%E7%A4%BE%E5%8D%80%E8%88%87%E5%81%A5%E5%BA%B7?page=21'),
  E('香港天文台', '香港天文台', 'government', 'https://www.hko.gov.hk/tc/'),
  E('天文台', '天文台', 'government', 'https://www.hko.gov.hk/tc/'),
  E('发展局', '發展局', 'government', 'https://www.devb.gov.hk/tc/', 'https://zh.wikipedia.org/wiki/機電工程署'),
  E('环境及生态局', '環境及生態局', 'government', 'https://www.eeb.gov.hk/tc/', 'https://hk.finance.yahoo.com/news/%E4%B8%AD%E9%9B%BB-00002-%E5%8F%8A%E6%B8%AF%E7%87%88-02638-%E9%A6%99%E6%B8%AF%E6%B5%B7%E4%B8%8A%E6%B6%B2%E5%8C%96%E5%A4%A9%E7%84%B6%E6%B0%A3%E6%8E%A5%E6%94%B6%E7%AB%99%E9%96%8B%E5%B9%95-094715910.html'),
  E('劳工及福利局', '勞工及福利局', 'government', 'https://www.lwb.gov.hk/tc/'),
  E('税务局', '稅務局', 'government', 'https://www.ird.gov.hk/chi/'),
  E('立法会', '立法會', 'government', 'https://www.legco.gov.hk/tc/', 'https://www.passiontimes.hk/article/11-19-2024/131923'),
  E('香港特别行政区政府', '香港特別行政區政府', 'government', 'https://www.gov.hk/tc/about/govdirectory/govstructure.htm'),
  // Public bodies
  E('香港机场管理局', '香港機場管理局', 'public-body', 'https://www.hongkongairport.com/tc/'),
  E('香港生产力促进局', '香港生產力促進局', 'public-body', 'https://www.hkpc.org/zh-HK'),
  E('香港贸易发展局', '香港貿易發展局', 'public-body', 'https://www.hktdc.com/sc/'),
  E('职业训练局', '職業訓練局', 'public-body', 'https://www.vtc.edu.hk/html/tc/'),
  E('雇员再培训局', '僱員再培訓局', 'public-body', 'https://www.erb.org/tc/'),
  E('建造业议会', '建造業議會', 'public-body', 'https://www.cic.hk/chi/'),
  E('职业安全健康局', '職業安全健康局', 'public-body', 'https://www.oshc.org.hk/tc/'),
  E('环境运动委员会', '環境運動委員會', 'public-body', 'https://www.ecc.org.hk/tc/'),
  E('香港绿色建筑议会', '香港綠色建築議會', 'public-body', 'https://www.hkgbc.org.hk/tch/'),
  E('香港品质保证局', '香港品質保證局', 'public-body', 'https://www.hkqaa.org/tc/'),
  E('香港社会服务联会', '香港社會服務聯會', 'public-body', 'https://www.hkcss.org.hk/'),
  E('数码港', '數碼港', 'public-body', 'https://www.cyberport.hk/zh_hk/'),
  E('香港科学园', '香港科學園', 'public-body', 'https://www.hkstp.org/zh-hk/'),
  // Ordinances: gazetted Chinese short titles (the entry matches the title without 《》)
  E('雇佣条例', '僱傭條例', 'ordinance', 'Cap. 57, elegislation.gov.hk'),
  E('个人资料（私隐）条例', '個人資料（私隱）條例', 'ordinance', 'Cap. 486, elegislation.gov.hk', 'https://cmab.gov.hk/mobile/tc/issues/protection.htm'),
  E('职业安全及健康条例', '職業安全及健康條例', 'ordinance', 'Cap. 509, elegislation.gov.hk'),
  E('废物处置条例', '廢物處置條例', 'ordinance', 'Cap. 354, elegislation.gov.hk'),
  E('空气污染管制条例', '空氣污染管制條例', 'ordinance', 'Cap. 311, elegislation.gov.hk'),
  E('水污染管制条例', '水污染管制條例', 'ordinance', 'Cap. 358, elegislation.gov.hk'),
  E('噪音管制条例', '噪音管制條例', 'ordinance', 'Cap. 400, elegislation.gov.hk'),
  E('环境影响评估条例', '環境影響評估條例', 'ordinance', 'Cap. 499, elegislation.gov.hk'),
  E('最低工资条例', '最低工資條例', 'ordinance', 'Cap. 608, elegislation.gov.hk'),
  E('性别歧视条例', '性別歧視條例', 'ordinance', 'Cap. 480, elegislation.gov.hk'),
  E('残疾歧视条例', '殘疾歧視條例', 'ordinance', 'Cap. 487, elegislation.gov.hk'),
  E('家庭岗位歧视条例', '家庭崗位歧視條例', 'ordinance', 'Cap. 527, elegislation.gov.hk', 'https://sjsse13.wixsite.com/supported-employment/家庭崗位歧視條例'),
  E('种族歧视条例', '種族歧視條例', 'ordinance', 'Cap. 602, elegislation.gov.hk'),
  E('防止贿赂条例', '防止賄賂條例', 'ordinance', 'Cap. 201, elegislation.gov.hk'),
  E('雇员补偿条例', '僱員補償條例', 'ordinance', 'Cap. 282, elegislation.gov.hk'),
  E('强制性公积金计划条例', '強制性公積金計劃條例', 'ordinance', 'Cap. 485, elegislation.gov.hk'),
  E('职业退休计划条例', '職業退休計劃條例', 'ordinance', 'Cap. 426, elegislation.gov.hk'),
  E('工厂及工业经营条例', '工廠及工業經營條例', 'ordinance', 'Cap. 59, elegislation.gov.hk'),
  E('公司条例', '公司條例', 'ordinance', 'Cap. 622, elegislation.gov.hk'),
  E('证券及期货条例', '證券及期貨條例', 'ordinance', 'Cap. 571, elegislation.gov.hk'),
  E('竞争条例', '競爭條例', 'ordinance', 'Cap. 619, elegislation.gov.hk'),
  E('商品说明条例', '商品說明條例', 'ordinance', 'Cap. 362, elegislation.gov.hk'),
  E('建筑物条例', '建築物條例', 'ordinance', 'Cap. 123, elegislation.gov.hk'),
  E('建筑物能源效益条例', '建築物能源效益條例', 'ordinance', 'Cap. 610, elegislation.gov.hk'),
  E('能源效益（产品标签）条例', '能源效益（產品標籤）條例', 'ordinance', 'Cap. 598, elegislation.gov.hk'),
  E('产品环保责任条例', '產品環保責任條例', 'ordinance', 'Cap. 603, elegislation.gov.hk'),
  E('汽车引擎空转（定额罚款）条例', '汽車引擎空轉（定額罰款）條例', 'ordinance', 'Cap. 611, elegislation.gov.hk'),
  E('臭氧层保护条例', '臭氧層保護條例', 'ordinance', 'Cap. 403, elegislation.gov.hk'),
  E('有毒化学品管制条例', '有毒化學品管制條例', 'ordinance', 'Cap. 595, elegislation.gov.hk', 'http://ecma.org.hk/zh-hant/2024/10/04/%E5%8B%9E%E5%B7%A5%E8%99%95-%E5%8F%96%E6%B6%88%E5%BC%B7%E7%A9%8D%E9%87%91%E3%80%8C%E5%B0%8D%E6%B2%96%E3%80%8D%E5%AE%89%E6%8E%92%E5%B0%88%E9%A1%8C%E7%B6%B2%E7%AB%99'),
  E('汞管制条例', '汞管制條例', 'ordinance', 'Cap. 640, elegislation.gov.hk'),
  E('危险品条例', '危險品條例', 'ordinance', 'Cap. 295, elegislation.gov.hk'),
  E('消防安全（商业处所）条例', '消防安全（商業處所）條例', 'ordinance', 'Cap. 502, elegislation.gov.hk'),
  E('公众卫生及市政条例', '公眾衞生及市政條例', 'ordinance', 'Cap. 132, elegislation.gov.hk', 'https://fehd.gov.hk/tc_chi/publications/annualrpt/2003/1_photo_02.html'),
  E('吸烟（公众卫生）条例', '吸煙（公眾衞生）條例', 'ordinance', 'Cap. 371, elegislation.gov.hk'),
  E('食物安全条例', '食物安全條例', 'ordinance', 'Cap. 612, elegislation.gov.hk'),
  E('电力条例', '電力條例', 'ordinance', 'Cap. 406, elegislation.gov.hk'),
  E('气体安全条例', '氣體安全條例', 'ordinance', 'Cap. 51, elegislation.gov.hk'),
  E('升降机及自动梯条例', '升降機及自動梯條例', 'ordinance', 'Cap. 618, elegislation.gov.hk'),
  E('打击洗钱及恐怖分子资金筹集条例', '打擊洗錢及恐怖分子資金籌集條例', 'ordinance', 'Cap. 615, elegislation.gov.hk'),
  E('税务条例', '稅務條例', 'ordinance', 'Cap. 112, elegislation.gov.hk'),
  E('保险业条例', '保險業條例', 'ordinance', 'Cap. 41, elegislation.gov.hk'),
  E('银行业条例', '銀行業條例', 'ordinance', 'Cap. 155, elegislation.gov.hk', 'https://udfspace.com/article/5473975834967174'),
  E('保护濒危动植物物种条例', '保護瀕危動植物物種條例', 'ordinance', 'Cap. 586, elegislation.gov.hk'),
  E('城市规划条例', '城市規劃條例', 'ordinance', 'Cap. 131, elegislation.gov.hk'),
  E('专业会计师条例', '專業會計師條例', 'ordinance', 'Cap. 50, elegislation.gov.hk'),
  E('会计及财务汇报局条例', '會計及財務匯報局條例', 'ordinance', 'Cap. 588, elegislation.gov.hk'),
  E('雇员再培训条例', '僱員再培訓條例', 'ordinance', 'Cap. 423, elegislation.gov.hk'),
  // Railway lines (港鐵 writes 綫)
  E('东涌线', '東涌綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('屯马线', '屯馬綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('观塘线', '觀塘綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('荃湾线', '荃灣綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('港岛线', '港島綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'http://uat.inews.stheadline.com/inews-content.php?cat=a&nid=918216'),
  E('将军澳线', '將軍澳綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://hkrail.net/hk/Future/TKLE'),
  E('南港岛线', '南港島綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html'),
  E('东铁线', '東鐵綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('机场快线', '機場快綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html', 'https://zh.wikipedia-on-ipfs.org/wiki/%E6%A9%9F%E5%A0%B4%E5%BF%AB%E7%B6%AB'),
  E('迪士尼线', '迪士尼綫', 'railway', 'https://www.mtr.com.hk/ch/customer/main/index.html'),
  // Public housing estates (邨)
  E('石硖尾邨', '石硤尾邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('华富邨', '華富邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('苏屋邨', '蘇屋邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('博康邨', '博康邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh.wikipedia.org/zh-tw/馬鞍山綫?oldformat=true'),
  E('乙明邨', '乙明邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh.wikipedia.org/zh-tw/馬鞍山綫?oldformat=true'),
  E('宝林邨', '寶林邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://www.passiontimes.hk/article/11-19-2024/131923'),
  E('广福邨', '廣福邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('东头邨', '東頭邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('乐富邨', '樂富邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('横头磡邨', '橫頭磡邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('竹园南邨', '竹園南邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('黄大仙下邨', '黃大仙下邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('蓝田邨', '藍田邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('油丽邨', '油麗邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html'),
  E('康东邨', '康東邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('翠乐邨', '翠樂邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('华厦邨', '華廈邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('连翠邨', '連翠邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('常乐邨', '常樂邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('显耀邨', '顯耀邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('金坪邨', '金坪邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('慈云山邨', '慈雲山邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('沙头角邨', '沙頭角邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('葵涌邨', '葵涌邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  E('模范邨', '模範邨', 'estate', 'https://www.housingauthority.gov.hk/tc/global-elements/estate-locator/index.html', 'https://zh-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/%E9%A6%99%E6%B8%AF%E5%85%AC%E5%85%B1%E6%88%BF%E5%B1%8B%E7%B4%80%E9%8C%84%E5%88%97%E8%A1%A8'),
  // Districts
  E('中西区', '中西區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://zh.wikipedia-on-ipfs.org/wiki/%E6%A9%9F%E5%A0%B4%E5%BF%AB%E7%B6%AB'),
  E('湾仔区', '灣仔區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm'),
  E('油尖旺区', '油尖旺區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('深水埗区', '深水埗區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('九龙城区', '九龍城區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('黄大仙区', '黃大仙區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('观塘区', '觀塘區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm'),
  E('葵青区', '葵青區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://zh.wikipedia-on-ipfs.org/wiki/%E6%A9%9F%E5%A0%B4%E5%BF%AB%E7%B6%AB'),
  E('荃湾区', '荃灣區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('屯门区', '屯門區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('元朗区', '元朗區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('大埔区', '大埔區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm'),
  E('沙田区', '沙田區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('西贡区', '西貢區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm'),
  E('离岛区', '離島區', 'district', 'https://www.had.gov.hk/tc/18_districts/my_map.htm', 'https://zh.wikipedia-on-ipfs.org/wiki/%E6%A9%9F%E5%A0%B4%E5%BF%AB%E7%B6%AB'),
  // Places
  E('香港国际机场', '香港國際機場', 'place', 'https://www.hongkongairport.com/tc/', 'https://zh.wikipedia-on-ipfs.org/wiki/%E6%A9%9F%E5%A0%B4%E5%BF%AB%E7%B6%AB'),
  E('鲗鱼涌', '鰂魚涌', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://www.tradenet.hk/blogs/%E9%A6%99%E6%B8%AF%E6%94%BF%E5%BA%9C%E6%96%B0%E8%81%9E%E7%B6%B2-%E7%A4%BE%E5%8D%80%E8%88%87%E5%81%A5%E5%BA%B7?page=21'),
  E('鸭脷洲', '鴨脷洲', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://twwiki.net/wiki/6xq9g79eyqygwnl.html'),
  E('深水埗', '深水埗', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('将军澳', '將軍澳', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://www.passiontimes.hk/article/11-19-2024/131923'),
  E('大屿山', '大嶼山', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://hkrail.fandom.com/wiki/%E5%A4%A7%E5%B6%BC%E5%B1%B1%E7%B6%AB'),
  E('南丫岛', '南丫島', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://twwiki.net/wiki/6xq9g79eyqygwnl.html'),
  E('天水围', '天水圍', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('红磡', '紅磡', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://wiwikim.kfd.me/wiki/%E5%B1%AF%E9%A6%AC%E7%B6%AB%E4%B8%80%E6%9C%9F'),
  E('启德', '啟德', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://ura.org.hk/tc/news-centre/feature-stories/feature_20230411'),
  E('宋皇台', '宋皇臺', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://ura.org.hk/tc/news-centre/feature-stories/feature_20230411'),
  E('土瓜湾', '土瓜灣', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://ura.org.hk/tc/news-centre/feature-stories/feature_20230411'),
  E('九龙城', '九龍城', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://ura.org.hk/tc/news-centre/feature-stories/feature_20230411'),
  E('铜锣湾', '銅鑼灣', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('湾仔', '灣仔', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('中环', '中環', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('金钟', '金鐘', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('观塘', '觀塘', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('荃湾', '荃灣', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('葵涌', '葵涌', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://hkrail.fandom.com/wiki/%E5%A4%A7%E5%B6%BC%E5%B1%B1%E7%B6%AB'),
  E('屯门', '屯門', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('东涌', '東涌', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('马鞍山', '馬鞍山', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://zh.wikipedia.org/zh-tw/馬鞍山綫?oldformat=true'),
  E('九龙湾', '九龍灣', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('黄大仙', '黃大仙', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html'),
  E('维多利亚港', '維多利亞港', 'place', 'https://www.landsd.gov.hk/tc/resources/mapping-information/geographical-names.html', 'https://docslib.org/doc/7175013/kai-tak-office-kowloon-development-office-civil-engineering-and-development-department'),
];

/** Brackets an editor may type either full-width or ASCII inside a name (个人资料(私隐)条例). */
const ASCII_BRACKETS: Record<string, string> = { '（': '(', '）': ')' };

const tries = new WeakMap<Uint8Array, Trie<OverlayEntry>>();

/**
 * The table as a words trie for a profile whose character classes are
 * `classes`, matching whole words only. An entry whose form has a character
 * the profile counts as Simplified-only is left out there (污 on zh-Hant-TW
 * pages, where Taiwan's table writes 汙): the page's leak check would refuse
 * it, so OpenCC's form is printed instead. An ordinance title also matches
 * with ASCII brackets; an entry's own output, met again, stays as it is
 * (converting converted text changes nothing).
 */
export function entityTrie(classes: Uint8Array): Trie<OverlayEntry> {
  let trie = tries.get(classes);
  if (trie) return trie;
  trie = new Trie<OverlayEntry>();
  const printable = entities.filter((e) => [...e.hant].every((ch) => classes[ch.charCodeAt(0)] !== SIMPLIFIED_ONLY));
  const entry = (e: Entity): OverlayEntry => ({ value: e.hant, layer: 'entity', final: true, whole: true, source: `entity: ${e.hant} (${e.source})` });
  for (const e of printable) {
    trie.set(e.hans, entry(e));
    const ascii = e.hans.replace(/[（）]/gu, (b) => ASCII_BRACKETS[b]!);
    if (ascii !== e.hans) trie.set(ascii, entry(e));
  }
  for (const e of printable) {
    if (e.hant !== e.hans && trie.match(e.hant, 0)?.end !== e.hant.length) trie.set(e.hant, entry(e));
  }
  tries.set(classes, trie);
  return trie;
}
