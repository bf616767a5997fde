import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress } from '@/lib/api-client';
import type { Evidence } from '../types';
import { evidenceQueryKey } from './get-evidence';

export type UploadEvidenceInput = {
  caseRef: string | number;
  type: string;
  description?: string;
  file: File;
  onProgress?: (percent: number) => void;
};

export function uploadEvidence({ caseRef, type, description, file, onProgress }: UploadEvidenceInput) {
  const form = new FormData();
  form.append('type', type);
  form.append('description', description ?? '');
  form.append('file', file);
  return uploadWithProgress<Evidence>(`/api/cases/${encodeURIComponent(String(caseRef))}/evidence`, form, onProgress);
}

export function useUploadEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadEvidence,
    onSuccess: (_, input) => {
      void queryClient.invalidateQueries({ queryKey: evidenceQueryKey(input.caseRef) });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'detail'] });
    },
  });
}
