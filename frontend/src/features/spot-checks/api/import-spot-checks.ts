import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ImportInput, uploadCheck, uploadImport } from '@/lib/file-import';

export const importSpotChecks = (input: ImportInput) => uploadImport('/api/spot-checks/import', input);

/** Validates the file as the import does and stores nothing (`?dryRun=true`). */
export const checkSpotChecks = (input: ImportInput) => uploadCheck('/api/spot-checks/import', input);

export function useImportSpotChecks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSpotChecks,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export function useCheckSpotChecks() {
  return useMutation({ mutationFn: checkSpotChecks });
}
