import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, api } from './api-client';
import { normalizeLocale, setLocale } from './i18n';
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

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.clear();
      applyUserLocale(me);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
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

/** Renders children only with a session; otherwise sends the user to /login?redirect=… */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const user = useUser();
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
