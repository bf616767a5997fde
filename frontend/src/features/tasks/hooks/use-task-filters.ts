import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TASK_SCOPES, type TaskFilters, type TaskScope } from '../types';

const PAGE_SIZE = 20;

/** Filters live in the URL query, so a refresh or a shared link keeps them. */
export function useTaskFilters() {
  const [params, setParams] = useSearchParams();

  const filters: TaskFilters = useMemo(() => {
    const scope = params.get('scope') as TaskScope | null;
    return {
      scope: scope && TASK_SCOPES.includes(scope) ? scope : 'mine',
      processKey: params.get('processKey') ?? undefined,
      activityId: params.get('activityId') ?? undefined,
      campaign: params.get('campaign') ?? undefined,
      overdue: params.get('overdue') === 'true' || undefined,
      q: params.get('q') ?? undefined,
      sort: params.get('sort') === 'due,desc' ? 'due,desc' : 'due,asc',
      page: Math.max(0, Number(params.get('page') ?? 0) || 0),
      size: Math.min(200, Math.max(1, Number(params.get('size') ?? PAGE_SIZE) || PAGE_SIZE)),
    };
  }, [params]);

  /** Changing any filter but the page goes back to the first page. */
  const update = useCallback(
    (changes: Partial<TaskFilters>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === null || value === '' || value === false) next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes)) next.delete('page');
          if (next.get('scope') === 'mine') next.delete('scope');
          if (next.get('sort') === 'due,asc') next.delete('sort');
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );

  const reset = useCallback(() => {
    setParams((previous) => {
      const next = new URLSearchParams();
      const scope = previous.get('scope');
      if (scope) next.set('scope', scope);
      return next;
    });
  }, [setParams]);

  const hasFilters = !!(filters.processKey || filters.activityId || filters.campaign || filters.overdue || filters.q);
  return { filters, update, reset, hasFilters };
}
