import { CarbonCopyList } from '@/features/cc/components/cc-list';

export function CcRoute() {
  return <CarbonCopyList />;
}
