import { ApiError, uploadWithProgress } from './api-client';

/** CSV/xlsx imports (spot checks, ad monitoring): the same modes, answer and row errors (docs/API.md). */
export type ImportMode = 'all-or-nothing' | 'good-rows';
export type RowError = { row: number; field: string; message: string };
export type ImportResult = { imported: number; rejected: number; errors: RowError[] };
export type ImportInput = { file: File; mode: ImportMode; onProgress?: (percent: number) => void };
/** What an import would do (`?dryRun=true`): nothing is stored; `valid` rows would be imported. */
export type CheckResult = { rows: number; valid: number; rejected: number; followUps?: number; errors: RowError[] };

/** POSTs the file as multipart `file` with `?mode=`, reporting upload progress. */
export function uploadImport(url: string, { file, mode, onProgress }: ImportInput) {
  const form = new FormData();
  form.append('file', file);
  return uploadWithProgress<ImportResult>(url, form, onProgress, { mode });
}

/** The check before an import: the same upload with `?dryRun=true&mode=`; the server stores nothing. */
export function uploadCheck(url: string, { file, mode, onProgress }: ImportInput) {
  const form = new FormData();
  form.append('file', file);
  return uploadWithProgress<CheckResult>(url, form, onProgress, { dryRun: true, mode });
}

/**
 * With errors in all-or-nothing mode the server answers 400 with the same counts; the row errors
 * come in `errors`, `rows` or `fieldErrors` (API.md is not precise), so all three are read.
 */
export function importResultFromError(error: unknown): ImportResult | null {
  if (!(error instanceof ApiError) || error.status !== 400 || !error.body || typeof error.body !== 'object') return null;
  const body = error.body as Partial<ImportResult> & { rows?: RowError[]; fieldErrors?: (RowError | { field: string; message: string })[] };
  const errors = (body.errors ?? body.rows ?? (body.fieldErrors as RowError[] | undefined) ?? []).map((e) => ({
    row: (e as RowError).row ?? 0,
    field: e.field,
    message: e.message,
  }));
  return { imported: body.imported ?? 0, rejected: body.rejected ?? errors.length, errors };
}
