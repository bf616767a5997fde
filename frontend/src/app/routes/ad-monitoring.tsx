import { AdMonitoringPage } from '@/features/ad-monitoring/components/ad-monitoring-page';
import { KeyPeriodsPage } from '@/features/ad-monitoring/components/key-periods';

export function AdMonitoringRoute() {
  return <AdMonitoringPage />;
}

export function KeyPeriodsRoute() {
  return <KeyPeriodsPage />;
}
