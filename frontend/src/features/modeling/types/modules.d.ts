// Editor packages without their own type declarations.
declare module 'bpmn-js-bpmnlint' {
  const lintModule: import('didi').ModuleDeclaration;
  export default lintModule;
}
declare module 'bpmnlint/rules/*' {
  const rule: unknown;
  export default rule;
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  const behaviors: import('didi').ModuleDeclaration;
  export default behaviors;
}
declare module 'dmn-js/lib/Modeler' {
  export default class DmnModeler {
    constructor(options: Record<string, unknown>);
    importXML(xml: string): Promise<unknown>;
    saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>;
    getViews(): unknown[];
    open(view: unknown): Promise<unknown>;
    destroy(): void;
  }
}
declare module 'dmn-js/lib/Viewer' {
  export { default } from 'dmn-js/lib/Modeler';
}
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: import('didi').ModuleDeclaration;
  export const BpmnPropertiesProviderModule: import('didi').ModuleDeclaration;
  export const CamundaPlatformPropertiesProviderModule: import('didi').ModuleDeclaration;
}
