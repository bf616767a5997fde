import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import type { ReactElement } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { AppProvider } from '@/app/provider';

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

/** Renders an element at a URL inside the app providers (i18n zh-CN, antd, query client, router). */
export function renderWithApp(element: ReactElement, { url = '/', path = '/', routes = [] as RouteObject[] } = {}) {
  const router = createMemoryRouter([{ path, element }, ...routes, { path: '*', element: <div data-testid="elsewhere" /> }], {
    initialEntries: [url],
  });
  const queryClient = testQueryClient();
  const result = render(
    <AppProvider queryClient={queryClient}>
      {/* no animations: rc-motion waits for transition events jsdom never fires */}
      <ConfigProvider theme={{ token: { motion: false } }}>
        <RouterProvider router={router} />
      </ConfigProvider>
    </AppProvider>,
  );
  return { ...result, router, queryClient };
}

export function renderRoutes(routes: RouteObject[], url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = testQueryClient();
  const result = render(
    <AppProvider queryClient={queryClient}>
      {/* no animations: rc-motion waits for transition events jsdom never fires */}
      <ConfigProvider theme={{ token: { motion: false } }}>
        <RouterProvider router={router} />
      </ConfigProvider>
    </AppProvider>,
  );
  return { ...result, router, queryClient };
}
