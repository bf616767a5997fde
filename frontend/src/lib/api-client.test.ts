import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { api } from './api-client';

describe('api client', () => {
  it('asks for XML when it wants text (the BPMN endpoint answers 406 to a JSON-only Accept)', async () => {
    const { calls } = mockFetch([{ path: '/api/process-definitions/p/xml', body: '<definitions/>' }]);
    expect(await api.getText('/api/process-definitions/p/xml')).toBe('<definitions/>');
    expect(calls[0].headers.Accept).toContain('application/xml');
  });

  it('asks for JSON otherwise', async () => {
    const { calls } = mockFetch([{ path: '/api/me', body: { username: 'officer1' } }]);
    await api.get('/api/me');
    expect(calls[0].headers.Accept).toBe('application/json');
  });
});
