import { type ComponentType, lazy, Suspense } from 'react';
import { PageSpinner } from '@/components/page-spinner';

/**
 * A route element whose module loads on first visit (its own chunk), with a spinner meanwhile:
 * the initial bundle holds only the shell and the login page; bpmn-js, dmn-js, form-js, ECharts
 * come with the pages that use them.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Page = lazy(() => load().then((module) => ({ default: pick(module) })));
  return (
    <Suspense fallback={<PageSpinner />}>
      <Page />
    </Suspense>
  );
}
