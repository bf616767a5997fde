import i18n from '@/lib/i18n';

/**
 * Strings of the case file's follow-up sections (信用公示, 召回, 涉嫌犯罪移送) and of the party's ID number,
 * merged into the app's translations (src/locales) the first time a case page renders. Chinese is the
 * reference: `en` must have the same shape. The labels of these three sections live only here.
 */
const zhCN = {
  caseField: {
    credit: {
      status: '公示状态',
      decisionNo: '处罚决定书文号',
      decisionDate: '决定日期',
      publicationDueDate: '法定公示期限（决定之日起20个工作日）',
      overdue: '是否逾期',
      publishedDate: '公示日期',
      publicationRecordId: '公示系统记录编号',
      idempotencyKey: '推送幂等键',
      penaltyKind: '处罚种类',
      publicationPeriod: '公示期',
      handlingOfficer: '录入责任人',
      attempts: '推送次数',
      lastError: '最近一次推送错误',
      endReason: '停止公示原因',
      endedAt: '停止公示时间',
    },
    recall: {
      productName: '召回产品',
      defectSource: '缺陷线索来源',
      defectDescription: '缺陷描述',
      hazardLevel: '危害程度',
      defectConclusion: '缺陷认定',
      recallOrdered: '是否责令召回',
      recallOrderNo: '责令召回通知书编号',
      recallOrderDate: '责令召回日期',
      recallPlanDueDate: '召回计划提交期限',
      recallPlanRef: '召回计划编号',
      recallPlanPublishedDate: '召回计划公布日期',
      summaryReportDueDate: '总结报告提交期限',
      recallSummaryRef: '召回总结报告编号',
      recalledQuantity: '已召回数量',
      evaluationResult: '效果评估',
      recallOutcome: '召回结果',
    },
    referral: {
      referrals: '移送次数',
      suspectedCrime: '涉嫌罪名',
      documentNo: '涉嫌犯罪案件移送书文号',
      referralDecision: '移送审批',
      referralRejectionReason: '不批准理由',
      receivingAuthority: '接收的公安机关',
      transferDate: '移送日期',
      transferReceiptNo: '移送回执编号',
      procuratorateCopied: '已抄送检察院',
      policeAccepted: '公安机关是否立案',
      policeDecisionNo: '公安机关决定文号',
      policeDecisionDate: '公安机关决定日期',
      reconsiderationDecision: '复议决定',
      referralOutcome: '移送结果',
    },
    followUp: {
      state: '流程状态',
      currentSteps: '当前环节',
      startedAt: '开始时间',
      endedAt: '结束时间',
    },
  },
  caseFollowUp: {
    state: { RUNNING: '办理中', FINISHED: '已结束' },
    incident: '故障',
    noStep: '无',
    idNoMasked: '身份证件号码已部分隐藏，仅本案承办人员和本局负责人可查看完整号码',
  },
  creditStatus: {
    PENDING: '待公示',
    FAILED: '推送失败',
    PUBLISHED: '已公示',
    ENDED: '已停止公示',
    NOT_PUBLISHED: '不予公示',
  },
  creditEndReason: { PERIOD_ELAPSED: '公示期满', CREDIT_REPAIR: '信用修复' },
  hazardLevel: { SERIOUS: '严重', GENERAL: '一般', MINOR: '轻微' },
  evaluationResult: { EFFECTIVE: '召回有效', MORE_NEEDED: '责令继续召回', NOT_COMPLIED: '生产者拒不履行' },
  suspectedCrime: {
    CRIMINAL_LAW_140: '生产、销售伪劣产品罪（刑法第140条）',
    CRIMINAL_LAW_146: '生产、销售不符合安全标准的产品罪（刑法第146条）',
    CRIMINAL_LAW_213_215: '假冒注册商标类犯罪（刑法第213–215条）',
    OTHER: '其他',
  },
  reconsiderationDecision: { REQUEST: '提请复议', NO_REQUEST: '不提请复议' },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

const en: Strings<typeof zhCN> = {
  caseField: {
    credit: {
      status: 'Publication status',
      decisionNo: 'Decision number',
      decisionDate: 'Decision date',
      publicationDueDate: 'Statutory deadline (20 working days after the decision)',
      overdue: 'Overdue',
      publishedDate: 'Published on',
      publicationRecordId: 'Publicity system record',
      idempotencyKey: 'Idempotency key',
      penaltyKind: 'Penalty kind',
      publicationPeriod: 'Publication period',
      handlingOfficer: 'Responsible officer',
      attempts: 'Attempts',
      lastError: 'Last error',
      endReason: 'Ended because',
      endedAt: 'Ended at',
    },
    recall: {
      productName: 'Recalled product',
      defectSource: 'Defect lead source',
      defectDescription: 'Defect',
      hazardLevel: 'Hazard level',
      defectConclusion: 'Defect finding',
      recallOrdered: 'Recall ordered',
      recallOrderNo: 'Recall order number',
      recallOrderDate: 'Recall ordered on',
      recallPlanDueDate: 'Recall plan due',
      recallPlanRef: 'Recall plan',
      recallPlanPublishedDate: 'Plan published on',
      summaryReportDueDate: 'Summary report due',
      recallSummaryRef: 'Summary report',
      recalledQuantity: 'Units recalled',
      evaluationResult: 'Evaluation',
      recallOutcome: 'Recall outcome',
    },
    referral: {
      referrals: 'Referrals',
      suspectedCrime: 'Suspected crime',
      documentNo: 'Referral document number',
      referralDecision: 'Head decision',
      referralRejectionReason: 'Reason for refusal',
      receivingAuthority: 'Receiving public security organ',
      transferDate: 'Transferred on',
      transferReceiptNo: 'Receipt number',
      procuratorateCopied: 'Copy to the procuratorate',
      policeAccepted: 'Accepted by the police',
      policeDecisionNo: 'Police decision number',
      policeDecisionDate: 'Police decision date',
      reconsiderationDecision: 'Reconsideration',
      referralOutcome: 'Referral outcome',
    },
    followUp: {
      state: 'Process state',
      currentSteps: 'Current steps',
      startedAt: 'Started',
      endedAt: 'Ended',
    },
  },
  caseFollowUp: {
    state: { RUNNING: 'Running', FINISHED: 'Finished' },
    incident: 'Incident',
    noStep: 'None',
    idNoMasked: 'ID number partly hidden: only the officers handling the case and the agency heads see it in full',
  },
  creditStatus: {
    PENDING: 'Pending',
    FAILED: 'Publishing failed',
    PUBLISHED: 'Published',
    ENDED: 'Publication ended',
    NOT_PUBLISHED: 'Not published',
  },
  creditEndReason: { PERIOD_ELAPSED: 'Period elapsed', CREDIT_REPAIR: 'Credit repair' },
  hazardLevel: { SERIOUS: 'Serious', GENERAL: 'General', MINOR: 'Minor' },
  evaluationResult: { EFFECTIVE: 'Effective', MORE_NEEDED: 'Further recall ordered', NOT_COMPLIED: 'Producer refused' },
  suspectedCrime: {
    CRIMINAL_LAW_140: 'Producing or selling fake or substandard products (Criminal Law Art. 140)',
    CRIMINAL_LAW_146: 'Producing or selling products not meeting safety standards (Art. 146)',
    CRIMINAL_LAW_213_215: 'Trademark counterfeiting (Art. 213–215)',
    OTHER: 'Other',
  },
  reconsiderationDecision: { REQUEST: 'Reconsideration requested', NO_REQUEST: 'No reconsideration' },
};

export const caseStrings = { 'zh-CN': zhCN, en };

let registered = false;

/** Adds the strings above to the app's translations once (deep merge; they win over older copies). */
export function ensureCaseStrings() {
  if (registered || !i18n.store) return;
  for (const [lng, bundle] of Object.entries(caseStrings)) {
    i18n.addResourceBundle(lng, 'translation', bundle, true, true);
  }
  registered = true;
}
