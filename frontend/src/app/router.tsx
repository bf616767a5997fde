import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { RequireAuth } from '@/lib/auth';
import { AppShell } from '@/components/layout/app-shell';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { lazyPage } from './lazy-page';

// every page is a lazy chunk (see lazyPage); the login page and the shell are in the initial bundle
export const routes = [
  { path: '/login', element: <LoginRoute /> },
  // public, no login (典型案例曝光)
  {
    path: '/public/typical-cases',
    element: lazyPage(() => import('./routes/public-typical-cases'), (m) => m.PublicTypicalCasesRoute),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/tasks" replace /> },
      { path: 'tasks', element: lazyPage(() => import('./routes/tasks'), (m) => m.TasksRoute) },
      { path: 'tasks/:taskId', element: lazyPage(() => import('./routes/task'), (m) => m.TaskRoute) },
      { path: 'done', element: lazyPage(() => import('./routes/done'), (m) => m.DoneRoute) },
      { path: 'started', element: lazyPage(() => import('./routes/started'), (m) => m.StartedRoute) },
      { path: 'cc', element: lazyPage(() => import('./routes/cc'), (m) => m.CcRoute) },
      { path: 'leads/new', element: lazyPage(() => import('./routes/new-lead'), (m) => m.NewLeadRoute) },
      { path: 'cases', element: lazyPage(() => import('./routes/cases'), (m) => m.CasesRoute) },
      { path: 'cases/:caseRef', element: lazyPage(() => import('./routes/case'), (m) => m.CaseRoute) },
      {
        path: 'spot-checks/import',
        element: lazyPage(() => import('./routes/spot-check-import'), (m) => m.SpotCheckImportRoute),
      },
      { path: 'modeling', element: lazyPage(() => import('./routes/models'), (m) => m.ModelsRoute) },
      { path: 'modeling/:kind/:key', element: lazyPage(() => import('./routes/model'), (m) => m.ModelRoute) },
      { path: 'dashboard', element: lazyPage(() => import('./routes/dashboard'), (m) => m.DashboardRoute) },
      { path: 'ad-monitoring', element: lazyPage(() => import('./routes/ad-monitoring'), (m) => m.AdMonitoringRoute) },
      {
        path: 'ad-monitoring/key-periods',
        element: lazyPage(() => import('./routes/ad-monitoring'), (m) => m.KeyPeriodsRoute),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const router = createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
