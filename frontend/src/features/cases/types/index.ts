export type CaseRow = {
  id: number;
  leadId: number | null;
  caseNo: string | null;
  partyName: string;
  partyUscc: string | null;
  /** a natural person's ID number, masked (6401**********1234) */
  partyIdNo?: string | null;
  campaignCode: string | null;
  campaignName: string | null;
  agencyCode: string;
  agencyName: string;
  stage: string;
  source: string;
  registeredAt: string;
  filedAt: string | null;
  due: string | null;
  overdue: boolean;
  /** working days to `due` on the statutory calendar (negative when overdue); null when unknown */
  workingDaysLeft?: number | null;
};

export type TimelineEntry = {
  time: string;
  kind: string;
  user: string | null;
  userName: string | null;
  activityId: string | null;
  activityName: string | null;
  message: string | null;
  comment: string | null;
};

export type CaseDocument = { id: number; type: string; number: string | null; title: string; version: number; createdBy: string; createdAt: string };
export type CaseEvidence = {
  id: number;
  type: string;
  description: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
  version: number;
  supersedesId: number | null;
};

/** CaseDetail.Party: `idNo` masked unless the caller handles the case (`idNoMasked`). */
export type CaseParty = {
  type: 'ORGANISATION' | 'PERSON' | null;
  name: string | null;
  uscc: string | null;
  idNo: string | null;
  idNoMasked?: boolean;
  address: string | null;
};

/** CaseDetail.FollowUp: the follow-up process instance behind a section. */
export type FollowUpProcess = {
  processInstanceId: string;
  processDefinitionId: string;
  state: 'RUNNING' | 'FINISHED';
  startedAt: string;
  endedAt: string | null;
  currentSteps: { activityId: string; name: string | null; incident: boolean }[];
};

/** CaseDetail.Credit (credit-publication and cf_credit_publication) */
export type CreditSection = {
  status: 'PENDING' | 'FAILED' | 'PUBLISHED' | 'ENDED' | 'NOT_PUBLISHED';
  decisionNo: string | null;
  decisionDate: string | null;
  publicationDueDate: string | null;
  overdue: boolean;
  publishedDate: string | null;
  publicationRecordId: string | null;
  idempotencyKey: string | null;
  penaltyKind: string | null;
  publicationPeriod: string | null;
  handlingOfficer: string | null;
  attempts: number;
  lastError: string | null;
  endReason: string | null;
  endedAt: string | null;
  process: FollowUpProcess | null;
};

/** CaseDetail.Recall (product-recall) */
export type RecallSection = {
  productName: string | null;
  defectSource: string | null;
  defectDescription: string | null;
  hazardLevel: string | null;
  defectConclusion: string | null;
  recallOrdered: boolean;
  recallOrderNo: string | null;
  recallOrderDate: string | null;
  recallPlanDueDate: string | null;
  recallPlanRef: string | null;
  recallPlanPublishedDate: string | null;
  summaryReportDueDate: string | null;
  recallSummaryRef: string | null;
  recalledQuantity: number | null;
  evaluationResult: string | null;
  recallOutcome: string | null;
  process: FollowUpProcess;
};

/** CaseDetail.Referral (the latest judicial-referral of the case) */
export type ReferralSection = {
  referrals: number;
  suspectedCrime: string | null;
  documentNo: string | null;
  referralDecision: string | null;
  referralRejectionReason: string | null;
  receivingAuthority: string | null;
  transferDate: string | null;
  transferReceiptNo: string | null;
  procuratorateCopied: boolean | null;
  policeAccepted: boolean | null;
  policeDecisionNo: string | null;
  policeDecisionDate: string | null;
  reconsiderationDecision: string | null;
  referralOutcome: string | null;
  process: FollowUpProcess;
};

/** Product.java (cf_case_product) */
export type CaseProduct = {
  id?: number | null;
  caseId?: number | null;
  name: string | null;
  brand?: string | null;
  model?: string | null;
  batchNo?: string | null;
  standardCode?: string | null;
  reportNo?: string | null;
  nonConformingItems?: string | null;
  samplingPlace?: string | null;
  goodsValue?: number | null;
};

/** CaseDetail.Penalty */
export type CasePenalty = {
  decisionNo: string | null;
  decisionDate: string | null;
  fineAmount: number | null;
  confiscationValue: number | null;
  illegalGains: number | null;
  paidAmount: number | null;
  discretionLevel: string | null;
  caseResult: string | null;
};

export type CaseDetail = CaseRow & {
  procedure?: string | null;
  description?: string | null;
  party: CaseParty | null;
  products: CaseProduct[];
  officers: { username: string; displayName: string }[];
  deadlines: { name: string; due: string; overdue: boolean; workingDaysLeft?: number | null }[];
  penalty: CasePenalty | null;
  credit: CreditSection | null;
  recall: RecallSection | null;
  referral: ReferralSection | null;
  notifications?: string[];
  documents: CaseDocument[];
  evidence: CaseEvidence[];
  timeline: TimelineEntry[];
  processInstanceId: string | null;
  processDefinitionId: string | null;
  activeActivityIds: string[];
  passedActivityIds: string[];
};

export type CaseFilters = {
  campaign?: string;
  stage?: string;
  party?: string;
  caseNo?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  page: number;
  size: number;
  sort: string;
};
