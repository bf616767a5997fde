import { CasesList } from '@/features/cases/components/cases-list';

export function CasesRoute() {
  return <CasesList />;
}
