import { useEffect, useRef, useState } from 'react';
import { Alert, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import './process-diagram.css';
import { ErrorState } from '@/components/error-state';
import { useProcessXml } from '../api/get-process-xml';

type Canvas = { addMarker(id: string, marker: string): void; zoom(level: string): void };
type BusinessObject = { id: string; $type: string; $parent?: BusinessObject };
type ElementRegistry = { get(id: string): { businessObject?: BusinessObject } | undefined };

/** The case's BPMN with current activities highlighted and passed ones marked (CSS markers). */
export function ProcessDiagram({
  processDefinitionId,
  activeActivityIds,
  passedActivityIds,
  skippedActivityIds = [],
}: {
  processDefinitionId: string;
  activeActivityIds: string[];
  passedActivityIds: string[];
  /** user steps the case did not pass (流程跟踪), shown greyed */
  skippedActivityIds?: string[];
}) {
  const { t } = useTranslation();
  const xml = useProcessXml(processDefinitionId);
  const container = useRef<HTMLDivElement>(null);
  const [renderError, setRenderError] = useState<string | null>(null);

  useEffect(() => {
    if (!xml.data || !container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let cancelled = false;
    viewer
      .importXML(xml.data)
      .then(() => {
        if (cancelled) return;
        const canvas = viewer.get('canvas') as Canvas;
        const registry = viewer.get('elementRegistry') as ElementRegistry;
        const mark = (ids: string[], marker: string) =>
          ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
        mark(passedActivityIds.filter((id) => !activeActivityIds.includes(id)), 'cf-passed');
        // an activity inside a collapsed sub-process is drawn on its own plane: mark the enclosing
        // sub-processes as current too, so the main plane shows where the case is
        const withAncestors = new Set(activeActivityIds);
        for (const id of activeActivityIds) {
          for (let bo = registry.get(id)?.businessObject?.$parent; bo && bo.$type === 'bpmn:SubProcess' && registry.get(bo.id); bo = bo.$parent) {
            withAncestors.add(bo.id);
          }
        }
        mark([...withAncestors], 'cf-active');
        mark(skippedActivityIds, 'cf-skipped');
        canvas.zoom('fit-viewport');
      })
      .catch((e: Error) => !cancelled && setRenderError(e.message));
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml.data, activeActivityIds, passedActivityIds, skippedActivityIds]);

  if (xml.isPending) return <Spin />;
  if (xml.isError) return <ErrorState error={xml.error} title={t('caseDetail.diagramError')} onRetry={() => xml.refetch()} />;
  return (
    <div>
      {renderError && <Alert type="error" showIcon message={t('caseDetail.diagramError')} description={renderError} />}
      <Space style={{ marginBottom: 8 }}>
        <span>
          <span className="cf-legend-swatch" style={{ background: '#e6f4ff', border: '2px solid #1677ff' }} />
          {t('caseDetail.legendActive')}
        </span>
        <span>
          <span className="cf-legend-swatch" style={{ background: '#f6ffed', border: '2px solid #52c41a' }} />
          {t('caseDetail.legendPassed')}
        </span>
        {skippedActivityIds.length > 0 && (
          <span>
            <span className="cf-legend-swatch" style={{ background: '#f5f5f5', border: '2px dashed #bfbfbf' }} />
            {t('habits.trace.legendSkipped')}
          </span>
        )}
      </Space>
      <div ref={container} className="cf-diagram" data-testid="process-diagram" />
    </div>
  );
}
