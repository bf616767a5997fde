import { SpotCheckImport } from '@/features/spot-checks/components/spot-check-import';

export function SpotCheckImportRoute() {
  return <SpotCheckImport />;
}
