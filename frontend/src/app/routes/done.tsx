import { DoneList } from '@/features/done/components/done-list';

export function DoneRoute() {
  return <DoneList />;
}
