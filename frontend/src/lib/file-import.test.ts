import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { importResultFromError } from './file-import';

describe('importResultFromError', () => {
  it('reads row errors from a rejected all-or-nothing import', () => {
    const error = new ApiError(400, 'IMPORT_REJECTED', '导入失败', [], {
      imported: 0,
      rejected: 2,
      errors: [{ row: 3, field: 'uscc', message: '校验码错误' }],
    });
    expect(importResultFromError(error)).toEqual({ imported: 0, rejected: 2, errors: [{ row: 3, field: 'uscc', message: '校验码错误' }] });
  });

  it('accepts the rows under fieldErrors too', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '', [], { fieldErrors: [{ row: 5, field: 'batchNo', message: '必填' }] });
    expect(importResultFromError(error)?.errors).toEqual([{ row: 5, field: 'batchNo', message: '必填' }]);
  });

  it('ignores other errors', () => {
    expect(importResultFromError(new ApiError(413, 'TOO_LARGE', ''))).toBeNull();
    expect(importResultFromError(new Error('x'))).toBeNull();
  });
});
