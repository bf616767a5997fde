import { useEffect, useRef, useState } from 'react';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import 'bpmn-js/dist/assets/diagram-js.css';
import './dashboard.css';
import { ErrorState } from '@/components/error-state';
import { useProcessDiagram } from '../api/get-process-diagram';
import type { ActivityCount } from '../types';

type Canvas = { zoom(level: string): void; addMarker(id: string, marker: string): void };
type Overlays = { add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): void };
type ElementRegistry = { get(id: string): unknown };
type EventBus = { on(event: string, cb: (e: { element: { id: string } }) => void): void };

/**
 * The process diagram (bpmn-js NavigatedViewer, loaded on demand) with a badge on every activity that has
 * waiting instances: active count, and overdue count in red. Clicking an activity selects it.
 */
export function ProcessOverlay({
  processKey,
  counts,
  selected,
  onSelect,
}: {
  processKey: string;
  counts: ActivityCount[];
  selected: string | null;
  onSelect: (activityId: string) => void;
}) {
  const { t } = useTranslation();
  const xml = useProcessDiagram(processKey);
  const container = useRef<HTMLDivElement>(null);
  const [renderError, setRenderError] = useState<string | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!xml.data || !container.current) return;
    let cancelled = false;
    let viewer: { destroy(): void } | null = null;
    const host = container.current;
    import('bpmn-js/lib/NavigatedViewer')
      .then(async ({ default: NavigatedViewer }) => {
        if (cancelled) return;
        const v = new NavigatedViewer({ container: host });
        viewer = v;
        await v.importXML(xml.data!);
        if (cancelled) return;
        const canvas = v.get('canvas') as Canvas;
        const overlays = v.get('overlays') as Overlays;
        const registry = v.get('elementRegistry') as ElementRegistry;
        (v.get('eventBus') as EventBus).on('element.click', (e) => {
          if (counts.some((c) => c.activityId === e.element.id)) onSelectRef.current(e.element.id);
        });
        for (const c of counts) {
          if (c.active === 0 || !registry.get(c.activityId)) continue;
          const badge = document.createElement('div');
          badge.className = 'cf-count-badge';
          badge.dataset.testid = `overlay-${c.activityId}`;
          badge.setAttribute('data-testid', `overlay-${c.activityId}`);
          badge.title = `${c.name}: ${t('dashboard.active')} ${c.active}, ${t('dashboard.overdue')} ${c.overdue}`;
          badge.innerHTML = '';
          const active = document.createElement('span');
          active.className = 'cf-count-active';
          active.textContent = String(c.active);
          badge.appendChild(active);
          if (c.overdue > 0) {
            const overdue = document.createElement('span');
            overdue.className = 'cf-count-overdue';
            overdue.textContent = String(c.overdue);
            badge.appendChild(overdue);
          }
          badge.addEventListener('click', () => onSelectRef.current(c.activityId));
          overlays.add(c.activityId, 'cf-counts', { position: { top: -12, right: 12 }, html: badge });
          if (c.activityId === selected) canvas.addMarker(c.activityId, 'cf-selected');
        }
        canvas.zoom('fit-viewport');
      })
      .catch((e: Error) => !cancelled && setRenderError(e.message));
    return () => {
      cancelled = true;
      viewer?.destroy();
    };
  }, [xml.data, counts, selected, t]);

  if (xml.isPending) return <Spin />;
  if (xml.isError) return <ErrorState error={xml.error} onRetry={() => xml.refetch()} />;
  return (
    <div>
      {renderError && <Alert type="error" showIcon message={t('dashboard.diagramError')} description={renderError} />}
      <div ref={container} className="cf-dashboard-diagram" data-testid="dashboard-diagram" />
    </div>
  );
}
