import { PublicTypicalCases } from '@/features/typical-cases/components/public-typical-cases';

export function PublicTypicalCasesRoute() {
  return <PublicTypicalCases />;
}
