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

/** Sections the API leaves open ({...}) are shown as key/value lists. */
export type OpenRecord = Record<string, unknown>;

export type CaseDetail = CaseRow & {
  party: OpenRecord | null;
  products: OpenRecord[];
  officers: { username: string; displayName: string }[];
  deadlines: { name: string; due: string; overdue: boolean }[];
  penalty: OpenRecord | null;
  credit: OpenRecord | null;
  recall: OpenRecord | null;
  referral: OpenRecord | null;
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
