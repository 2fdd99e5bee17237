/** The questions of the reader feedback form, in Simplified Chinese (converted with the page). */
export function feedbackQuestions(topics: string[]) {
  return {
    subject: '读者意见反馈',
    identity: {
      text: '您的身份',
      options: ['政府及监管机构', '投资者', '员工', '客户', '供应商及合作伙伴', '社区及公众', '非政府组织', '媒体', '其他'],
    },
    overall: { text: '您对本报告的总体评价', options: ['很好', '较好', '一般', '较差', '很差'] },
    topics: { text: '您最关注的议题（可多选）', options: topics },
    aspects: {
      text: '您对本报告以下方面的评价',
      aspect: '方面',
      rows: ['信息披露的完整性', '版式设计', '可读性'],
      scale: ['很好', '较好', '一般', '较差', '很差'],
    },
    suggestion: '您对我们的ESG工作和本报告有何意见和建议？',
    send: '通过电子邮件发送',
    orWrite: '您也可以直接发送电子邮件至',
    returnTo: '请将填写后的问卷扫描或拍照，发送至',
  };
}
