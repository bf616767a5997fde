export type Evidence = {
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

/** 证据种类 (Procedure Rules); the API does not list them, so the client knows these codes. */
export const EVIDENCE_TYPES = [
  'DOCUMENTARY',
  'PHYSICAL',
  'AUDIOVISUAL',
  'ELECTRONIC',
  'WITNESS',
  'PARTY_STATEMENT',
  'EXPERT_OPINION',
  'INSPECTION_RECORD',
] as const;
