import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import { type ImportInput, uploadCheck, uploadImport } from '@/lib/file-import';

/** 广告监测 (docs/API.md "Ad monitoring"). */
export const CATEGORIES = ['MEDICAL', 'DRUG', 'HEALTH_FOOD', 'MEDICAL_DEVICE', 'EDUCATION'] as const;
export const VIOLATIONS = ['FAKE_EXPERT', 'DISGUISED_HEALTH_ADVICE', 'INSTITUTION_ENDORSEMENT', 'FALSE_CLAIM', 'NONE'] as const;
export const KEY_PERIODS = ['JUNE_18', 'DOUBLE_11', 'CHILDRENS_DAY', 'SCHOOL_BREAK', 'SCHOOL_START'] as const;

export type AdRecord = {
  id: number;
  campaignCode: string;
  agencyCode: string;
  media: string;
  advertiserName: string;
  advertiserUscc: string;
  productCategory: string;
  productName: string;
  adDate: string;
  violationType: string;
  violation: boolean;
  description: string | null;
  entryMode: 'ENTERED' | 'IMPORTED';
  keyPeriods: string[];
  leadId: number | null;
  createdAt: string;
  createdBy: string;
};

export type AdRecordInput = {
  campaignCode: string;
  agencyCode?: string;
  media: string;
  advertiserName: string;
  advertiserUscc: string;
  productCategory: string;
  productName: string;
  adDate: string;
  violationType: string;
  description?: string;
};

export type RecordFilter = {
  campaign?: string;
  category?: string;
  violation?: string;
  keyPeriod?: string;
  from?: string;
  to?: string;
  page?: number;
  size?: number;
};

export type FigureRow = { code: string; label: string; records: number; violations: number };
export type Figures = {
  records: number;
  violations: number;
  leads: number;
  outsideKeyPeriods: number;
  byCategory: FigureRow[];
  byViolationType: FigureRow[];
  byKeyPeriod: FigureRow[];
};

export type KeyPeriodRange = { code: string; label?: string; startDate: string; endDate: string };
export type KeyPeriods = { year: number; years: number[]; periods: KeyPeriodRange[]; updatedAt: string | null; updatedBy: string | null };

export const getAdRecords = (filter: RecordFilter) => api.get<Page<AdRecord>>('/api/ad-monitoring/records', filter);
export const createAdRecord = (input: AdRecordInput) => api.post<AdRecord>('/api/ad-monitoring/records', input);
export const getAdFigures = (params: { campaign?: string; from?: string; to?: string }) =>
  api.get<Figures>('/api/ad-monitoring/figures', params);
export const getKeyPeriods = (year: number) => api.get<KeyPeriods>('/api/ad-monitoring/key-periods', { year });
export const putKeyPeriods = (body: { year: number; periods: KeyPeriodRange[] }) =>
  api.put<KeyPeriods>('/api/ad-monitoring/key-periods', body);
export const importAdRecords = (input: ImportInput) => uploadImport('/api/ad-monitoring/records/import', input);
/** Validates the file as the import does and stores nothing (`?dryRun=true`). */
export const checkAdRecords = (input: ImportInput) => uploadCheck('/api/ad-monitoring/records/import', input);

export function useAdRecords(filter: RecordFilter) {
  return useQuery({ queryKey: ['ad-records', filter], queryFn: () => getAdRecords(filter) });
}

export function useAdFigures(params: { campaign?: string; from?: string; to?: string }) {
  return useQuery({ queryKey: ['ad-figures', params], queryFn: () => getAdFigures(params) });
}

export function useKeyPeriods(year: number) {
  return useQuery({ queryKey: ['ad-key-periods', year], queryFn: () => getKeyPeriods(year) });
}

function useInvalidateAds() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['ad-records'] });
    void queryClient.invalidateQueries({ queryKey: ['ad-figures'] });
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
  };
}

export function useCreateAdRecord() {
  const invalidate = useInvalidateAds();
  return useMutation({ mutationFn: createAdRecord, onSuccess: invalidate });
}

export function useImportAdRecords() {
  const invalidate = useInvalidateAds();
  return useMutation({ mutationFn: importAdRecords, onSuccess: invalidate });
}

export function useCheckAdRecords() {
  return useMutation({ mutationFn: checkAdRecords });
}

export function usePutKeyPeriods() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAds();
  return useMutation({
    mutationFn: putKeyPeriods,
    onSuccess: (data) => {
      queryClient.setQueryData(['ad-key-periods', data.year], data);
      invalidate();
    },
  });
}
