import { vi } from 'vitest';

export type MockRoute = {
  method?: string;
  /** matched against pathname + search; a string matches the pathname exactly */
  path: string | RegExp;
  status?: number;
  body?: unknown;
  /** throw a TypeError as fetch does when the network is down */
  networkError?: boolean;
};

export type RecordedCall = { method: string; url: string; headers: Record<string, string>; body: unknown };

/**
 * A small fetch mock: routes are tried in order, the first match answers. Every call is recorded
 * so tests can assert on query strings, headers and bodies.
 */
export function mockFetch(routes: MockRoute[]) {
  const calls: RecordedCall[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = (init?.headers ?? {}) as Record<string, string>;
    let body: unknown = init?.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        // keep text
      }
    }
    calls.push({ method, url: url.pathname + url.search, headers, body });
    const route = routes.find(
      (r) =>
        (r.method ?? 'GET').toUpperCase() === method &&
        (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname + url.search)),
    );
    if (!route) return new Response(JSON.stringify({ code: 'NOT_MOCKED', message: `${method} ${url.pathname}` }), { status: 404 });
    if (route.networkError) throw new TypeError('Failed to fetch');
    const status = route.status ?? 200;
    if (status === 204) return new Response(null, { status });
    const text = typeof route.body === 'string' ? route.body : JSON.stringify(route.body ?? {});
    return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}
