/**
 * The site's own words (navigation, labels), written once in Simplified
 * Chinese like the chapters; Traditional pages get them converted.
 */
export const ui = {
  skipToContent: '跳到正文',
  chapters: '目录',
  chapterNav: '章节导航',
  onThisPage: '本页内容',
  scriptSwitcher: '选择文字版本',
  previous: '上一章',
  next: '下一章',
  pagination: '上下章',
  reportHome: '报告首页',
  period: '报告期',
  readIn: '阅读',
  contents: '报告目录',
  table: '表格（可左右滚动）',
  notFound: '找不到该页面',
  notFoundHelp: '您要找的页面不存在或已移动。请从报告首页进入，或使用搜索。',
  /** Link to the variant's PDF. */
  pdf: 'PDF版',
  pdfLong: '下载PDF版',
  /** Link to the printer edition (bleed and crop marks). */
  pdfPrinter: '印刷版PDF（含出血及裁切标记）',
  search: '搜索',
  searchLabel: '搜索本报告',
  searchPlaceholder: '搜索报告内容',
  searchResults: '搜索结果',
  searchNeedsScript: '搜索需要启用JavaScript。您也可以从目录浏览全部章节，或下载PDF版后在阅读器中搜索。',
  searchNothing: '没有找到与“{q}”相关的内容。',
  searchCount: '找到{n}个相关页面：',
  searchEmpty: '请输入要搜索的字词。',
  searchFailed: '搜索暂时无法使用。',
  /** Live preview only. */
  reviewConversion: '审阅繁体转换',
  printPreview: '印刷预览',
} as const;
