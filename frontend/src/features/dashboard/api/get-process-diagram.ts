import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const getProcessDiagram = (key: string) =>
  api.getText(`/api/dashboard/processes/${encodeURIComponent(key)}/xml`);

export function useProcessDiagram(key: string) {
  return useQuery({ queryKey: ['dashboard', 'xml', key], queryFn: () => getProcessDiagram(key), staleTime: 300_000 });
}
