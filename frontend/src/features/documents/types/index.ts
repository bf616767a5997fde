export type CaseDocument = { id: number; type: string; number: string | null; title: string; version: number; createdBy: string; createdAt: string };
