import { ModelList } from '@/features/modeling/components/model-list';

export function ModelsRoute() {
  return <ModelList />;
}
