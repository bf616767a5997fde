import { StartedList } from '@/features/started/components/started-list';

export function StartedRoute() {
  return <StartedList />;
}
