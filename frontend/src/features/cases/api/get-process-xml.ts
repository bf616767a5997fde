import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const getProcessXml = (processDefinitionId: string) =>
  api.getText(`/api/process-definitions/${encodeURIComponent(processDefinitionId)}/xml`);

export function useProcessXml(processDefinitionId: string | null | undefined) {
  return useQuery({
    queryKey: ['process-definitions', processDefinitionId, 'xml'],
    queryFn: () => getProcessXml(processDefinitionId!),
    enabled: !!processDefinitionId,
    staleTime: Infinity, // a deployed definition never changes
  });
}
