import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { ApiError, api } from './api-client';
import { type AppLocale, normalizeLocale, setLocale } from './i18n';
import { ErrorState } from '@/components/error-state';

export type Agency = { code: string; name: string; shortName: string };
export type Me = {
  username: string;
  displayName: string;
  groups: string[];
  agency: Agency | null;
  locale: string | null;
};
export type LoginInput = { username: string; password: string };
/** A login; `chosenLocale`: the language picked on the login page, saved as the user's preference. */
export type LoginRequest = LoginInput & { chosenLocale?: AppLocale | null };

export const meQueryKey = ['me'] as const;

/** GET /api/me; a 401 means "nobody logged in" and is answered with null, not an error. */
export async function getMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function useUser() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false });
}

export const login = (input: LoginInput) => api.post<Me>('/api/auth/login', input);
export const logout = () => api.post<void>('/api/auth/logout');

function applyUserLocale(me: Me) {
  if (me.locale) setLocale(normalizeLocale(me.locale));
}

/**
 * After login the user's saved language counts: a language chosen on the login page becomes the saved
 * preference (PUT /api/me/preferences); otherwise the saved one replaces this browser's.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ chosenLocale, ...credentials }: LoginRequest) => {
      const me = await login(credentials);
      if (!chosenLocale || normalizeLocale(me.locale) === chosenLocale) return me;
      // not worth failing the login: the choice still applies in this browser
      await updatePreferences(chosenLocale).catch(() => undefined);
      return { ...me, locale: chosenLocale };
    },
    onSuccess: (me) => {
      queryClient.clear();
      applyUserLocale(me);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

/**
 * Applies the logged-in user's saved language (me.locale) when it becomes known or changes, so a
 * session opened in another browser shows the user's preference rather than that browser's last one.
 */
export function useUserLocale() {
  const locale = useUser().data?.locale;
  useEffect(() => {
    if (locale) setLocale(normalizeLocale(locale));
  }, [locale]);
}

/** After switching language while logged in: the cached user carries the new preference too. */
export function useRememberUserLocale() {
  const queryClient = useQueryClient();
  return (locale: AppLocale) =>
    queryClient.setQueryData<Me | null>(meQueryKey, (me) => (me ? { ...me, locale } : me));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

export const updatePreferences = (locale: string) => api.put<void>('/api/me/preferences', { locale });

export function hasGroup(me: Me | null | undefined, ...groups: string[]) {
  return !!me && groups.some((g) => me.groups.includes(g));
}

/** The groups that handle cases (Groups.CASE_WORKERS on the server); managers and administrators only read them. */
export const CASE_WORKER_GROUPS = ['officers', 'unit-heads', 'legal-reviewers', 'agency-heads', 'credit-officers', 'quality-officers'];

/** Whether the user may add evidence, documents and events to a case file. */
export function worksCases(me: Me | null | undefined) {
  return hasGroup(me, ...CASE_WORKER_GROUPS);
}

/** Renders children only with a session; otherwise sends the user to /login?redirect=… */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const user = useUser();
  useUserLocale();
  if (user.isPending) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', padding: 96 }}>
        <Spin size="large" />
      </div>
    );
  }
  if (user.isError) return <ErrorState error={user.error} onRetry={() => user.refetch()} />;
  if (!user.data) {
    const redirect = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?redirect=${redirect}`} replace />;
  }
  return <>{children}</>;
}
