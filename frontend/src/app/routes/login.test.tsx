import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { routes } from '@/app/router';

const me = {
  username: 'officer1',
  displayName: '张警官',
  groups: ['officers'],
  agency: { code: 'NX-YC', name: '银川市市场监督管理局', shortName: '银' },
  locale: 'zh-CN',
};

async function fillAndSubmit(username: string, password: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText('用户名'), username);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('login', () => {
  it('sends an unauthenticated user to the login page', async () => {
    mockFetch([{ path: '/api/me', status: 401, body: { code: 'UNAUTHORIZED' } }]);
    const { router } = renderRoutes(routes, '/tasks');
    await screen.findByLabelText('用户名');
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?redirect=%2Ftasks');
  });

  it('logs in with the CSRF header and shows the user in the header', async () => {
    document.cookie = 'XSRF-TOKEN=tok123';
    const { calls } = mockFetch([
      { path: '/api/me', status: 401, body: { code: 'UNAUTHORIZED' } },
      { method: 'POST', path: '/api/auth/login', body: me },
      { path: '/api/tasks/counts', body: { mine: 0, candidates: 0, agency: 0 } },
      { path: /\/api\/tasks/, body: { items: [], total: 0, page: 0, size: 20 } },
      { path: '/api/campaigns', body: [] },
    ]);
    renderRoutes(routes, '/login');
    await fillAndSubmit('officer1', 'demo');
    expect(await screen.findByTestId('user-display-name')).toHaveTextContent('张警官');
    expect(screen.getByTestId('user-agency')).toHaveTextContent('银川市市场监督管理局');
    const loginCall = calls.find((c) => c.url === '/api/auth/login')!;
    expect(loginCall.headers['X-XSRF-TOKEN']).toBe('tok123');
    expect(loginCall.body).toEqual({ username: 'officer1', password: 'demo' });
  });

  it('shows a clear message for bad credentials', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([
      { path: '/api/me', status: 401 },
      { method: 'POST', path: '/api/auth/login', status: 401, body: { code: 'BAD_CREDENTIALS' } },
    ]);
    renderRoutes(routes, '/login');
    await fillAndSubmit('officer1', 'wrong');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('用户名或密码错误');
  });

  it('shows a network error when the server cannot be reached', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([
      { path: '/api/me', status: 401 },
      { method: 'POST', path: '/api/auth/login', networkError: true },
    ]);
    renderRoutes(routes, '/login');
    await fillAndSubmit('officer1', 'demo');
    await waitFor(() => expect(screen.getByTestId('login-error')).toHaveTextContent('无法连接服务器'));
  });
});
