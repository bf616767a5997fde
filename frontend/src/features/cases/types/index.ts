export type CaseRow = {
  id: number;
  leadId: number | null;
  caseNo: string | null;
  partyName: string;
  partyUscc: string | null;
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

/** Sections the backend fills from follow-up processes (CaseDetail.java: Map<String, Object>). */
export type OpenRecord = Record<string, unknown>;

/** CaseDetail.Party */
export type CaseParty = { type: 'ORGANISATION' | 'PERSON' | null; name: string | null; uscc: string | null; idNo: string | null; address: string | null };

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
  deadlines: { name: string; due: string; overdue: boolean }[];
  penalty: CasePenalty | null;
  credit: OpenRecord | null;
  recall: OpenRecord | null;
  referral: OpenRecord | null;
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
