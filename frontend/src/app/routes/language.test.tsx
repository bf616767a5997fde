import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { LOCALE_STORAGE_KEY } from '@/lib/i18n';
import { mockFetch, type MockRoute } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { routes } from '@/app/router';

const me = (locale: string | null) => ({
  username: 'officer1',
  displayName: '张警官',
  groups: ['officers'],
  agency: { code: 'NX-YC', name: '银川市市场监督管理局', shortName: '银' },
  locale,
});

const appRoutes: MockRoute[] = [
  { method: 'PUT', path: '/api/me/preferences', status: 204 },
  { path: '/api/tasks/counts', body: { mine: 0, candidates: 0, agency: 0 } },
  { path: '/api/tasks/urged', body: [] },
  { path: '/api/tasks/facets', body: { processes: [] } },
  { path: '/api/notifications/unread-count', body: { unread: 0 } },
  { path: /\/api\/tasks\?/, body: { items: [], total: 0, page: 0, size: 20 } },
  { path: '/api/campaigns', body: [] },
];

async function logIn(username: string, password: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(document.getElementById('username')!, username);
  await user.type(document.getElementById('password')!, password);
  await user.click(screen.getByTestId('login-submit'));
}

afterEach(async () => {
  localStorage.clear();
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('UI language and the user’s saved preference', () => {
  it('keeps English chosen on the login page and saves it as the user’s preference at login', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch([
      { path: '/api/me', status: 401, body: { code: 'UNAUTHORIZED' } },
      { method: 'POST', path: '/api/auth/login', body: me('zh-CN') },
      ...appRoutes,
    ]);
    renderRoutes(routes, '/login');
    await screen.findByLabelText('用户名');
    await userEvent.click(screen.getByText('English'));
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    await logIn('officer1', 'demo');
    expect(await screen.findByTestId('user-display-name')).toHaveTextContent('张警官');
    expect(i18n.language).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    const put = calls.find((c) => c.url === '/api/me/preferences');
    expect(put?.method).toBe('PUT');
    expect(put?.body).toEqual({ locale: 'en' });
    expect(calls.find((c) => c.url === '/api/auth/login')!.body).toEqual({ username: 'officer1', password: 'demo' });
  });

  it('applies the saved preference at login when nothing was chosen on the login page', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    await act(() => i18n.changeLanguage('en'));
    const { calls } = mockFetch([
      { path: '/api/me', status: 401, body: { code: 'UNAUTHORIZED' } },
      { method: 'POST', path: '/api/auth/login', body: me('zh-CN') },
      ...appRoutes,
    ]);
    renderRoutes(routes, '/login');
    await screen.findByLabelText('Username');
    await logIn('officer1', 'demo');
    await screen.findByTestId('user-display-name');
    await waitFor(() => expect(i18n.language).toBe('zh-CN'));
    expect(calls.some((c) => c.url === '/api/me/preferences')).toBe(false);
  });

  it('shows an existing session in the user’s saved language, not this browser’s last one', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    mockFetch([{ path: '/api/me', body: me('en') }, ...appRoutes]);
    renderRoutes(routes, '/tasks');
    await screen.findByTestId('user-display-name');
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('switches language in the header and saves it on the server', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch([{ path: '/api/me', body: me('zh-CN') }, ...appRoutes]);
    renderRoutes(routes, '/tasks');
    await screen.findByTestId('user-display-name');
    expect(i18n.language).toBe('zh-CN');
    await userEvent.click(screen.getByText('English'));
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    await waitFor(() => expect(calls.find((c) => c.url === '/api/me/preferences')?.body).toEqual({ locale: 'en' }));
    // the cached user follows: the preference is not set back to Chinese by the saved value
    expect(i18n.language).toBe('en');
    await userEvent.click(screen.getByText('中文'));
    await waitFor(() => expect(i18n.language).toBe('zh-CN'));
    expect(calls.filter((c) => c.url === '/api/me/preferences').map((c) => c.body)).toEqual([{ locale: 'en' }, { locale: 'zh-CN' }]);
  });
});
