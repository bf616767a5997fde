import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { CaseFilters, CaseRow } from '../types';

export const getCases = (filters: CaseFilters, signal?: AbortSignal) =>
  api.get<Page<CaseRow>>('/api/cases', { ...filters, overdue: filters.overdue ? true : undefined }, signal);

export function useCases(filters: CaseFilters) {
  return useQuery({
    queryKey: ['cases', 'list', filters],
    queryFn: ({ signal }) => getCases(filters, signal),
    placeholderData: keepPreviousData,
  });
}
