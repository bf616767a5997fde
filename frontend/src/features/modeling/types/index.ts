/** Types of /api/models (docs/API.md, "Models"). */
export type ModelKind = 'BPMN' | 'DMN' | 'FORM';

export type ModelSummary = {
  kind: ModelKind;
  key: string;
  name: string;
  latestVersion: number;
  versions: number;
  latestDefinitionId: string;
  resourceName: string;
  deployedAt: string | null;
  deployedBy: string | null;
  deploymentSource: string | null;
};

export type ModelList = { canEdit: boolean; items: ModelSummary[] };

export type ModelVersion = {
  kind: ModelKind;
  key: string;
  version: number;
  definitionId: string;
  name: string | null;
  versionTag: string | null;
  deploymentId: string;
  deploymentName: string | null;
  deploymentSource: string | null;
  deployedAt: string | null;
  deployedBy: string | null;
  comment: string | null;
  resourceName: string;
  runningInstances: number | null;
};

export type DeployInput = { kind: ModelKind; key: string; content: string; comment?: string };

export type DeployResult = {
  kind: ModelKind;
  key: string;
  version: number;
  definitionId: string;
  deploymentId: string;
  resourceName: string;
  deployedAt: string;
  deployedBy: string;
  comment: string | null;
};

export type DiffElement = { id: string; type: string; name: string | null };
export type DiffChanged = DiffElement & { baseName: string | null; changes: string[] };
export type ModelDiff = {
  kind: ModelKind;
  key: string | null;
  baseVersion: number | null;
  added: DiffElement[];
  removed: DiffElement[];
  changed: DiffChanged[];
};

export type InstanceCheck = {
  processInstanceId: string;
  businessKey: string | null;
  activityIds: string[];
  migratable: boolean;
  failures: string[];
};

export type MigrationPlan = {
  source: { id: string; key: string; version: number; name: string | null };
  target: { id: string; key: string; version: number; name: string | null };
  instructions: { sourceActivityId: string; sourceActivityName: string | null; targetActivityId: string; targetActivityName: string | null }[];
  unmappedActivities: { id: string; name: string | null; type: string }[];
  planFailures: string[];
  instanceCount: number;
  migratableCount: number;
  instances: InstanceCheck[];
};

export type MigrationStarted = { batchId: string; instances: number; skipped: InstanceCheck[] };

export type MigrationStatus = {
  batchId: string;
  type: string;
  totalJobs: number;
  jobsCreated: number;
  remainingJobs: number;
  completedJobs: number;
  failedJobs: number;
  finished: boolean;
  createdBy: string | null;
  startTime: string | null;
  endTime: string | null;
  failures: { jobId: string; retries: number; message: string }[];
};

/** A lint finding of bpmnlint, shown before deploying. */
export type LintIssue = { rule: string; id: string; name?: string | null; message: string; category: 'error' | 'warn' | string };

/** What the page needs from whichever editor is open. */
export type EditorHandle = {
  getContent: () => Promise<string>;
  lint?: () => Promise<LintIssue[]>;
};
