import { lazy, Suspense } from 'react';
import { Spin } from 'antd';

// bpmn-js and ECharts are large: the dashboard loads as its own chunk
const DashboardPage = lazy(() =>
  import('@/features/dashboard/components/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);

export function DashboardRoute() {
  return (
    <Suspense fallback={<Spin />}>
      <DashboardPage />
    </Suspense>
  );
}
