import type { ModelVersion } from '../types';

/** A deployed version of enforcement-case for the modeling pages' tests; `over` changes what a test is about. */
export const modelVersion = (v: number, over: Partial<ModelVersion> = {}): ModelVersion => ({
  kind: 'BPMN',
  key: 'enforcement-case',
  version: v,
  definitionId: `enforcement-case:${v}:id${v}`,
  name: '行政处罚案件',
  versionTag: null,
  deploymentId: `dep${v}`,
  deploymentName: 'enforcement-case',
  deploymentSource: 'CaseFlow',
  deployedAt: '2021-09-01T09:30:00+08:00',
  deployedBy: 'modeler1',
  comment: null,
  resourceName: 'caseflow/bpmn/enforcement-case.bpmn',
  runningInstances: 1,
  ...over,
});
