import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { LeadSource } from '@/lib/reference-data';

export type PartyType = 'ORGANISATION' | 'PERSON';

export type CreateLeadInput = {
  campaignCode: string;
  source: LeadSource;
  partyName: string;
  partyUscc?: string;
  partyType: PartyType;
  /** a natural person's identity document number */
  partyIdNo?: string;
  partyAddress?: string;
  productName: string;
  description: string;
  brand?: string;
  model?: string;
  batchNo?: string;
  standardCode?: string;
  reportNo?: string;
  nonConformingItems?: string;
  samplingPlace?: string;
};

export type CreateLeadResult = { leadId: number; processInstanceId: string };

export const createLead = (input: CreateLeadInput) => api.post<CreateLeadResult>('/api/leads', input);

export function useCreateLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLead,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
