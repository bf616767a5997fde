import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { RequireAuth } from '@/lib/auth';
import { AppShell } from '@/components/layout/app-shell';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { TasksRoute } from './routes/tasks';
import { NewLeadRoute } from './routes/new-lead';
import { TaskRoute } from './routes/task';
import { CasesRoute } from './routes/cases';
import { CaseRoute } from './routes/case';
import { DoneRoute } from './routes/done';
import { StartedRoute } from './routes/started';
import { CcRoute } from './routes/cc';
import { SpotCheckImportRoute } from './routes/spot-check-import';
import { PublicTypicalCasesRoute } from './routes/public-typical-cases';
import { ModelsRoute } from './routes/models';
import { ModelRoute } from './routes/model';
import { DashboardRoute } from './routes/dashboard';
import { AdMonitoringRoute, KeyPeriodsRoute } from './routes/ad-monitoring';

export const routes = [
  { path: '/login', element: <LoginRoute /> },
  // public, no login (典型案例曝光)
  { path: '/public/typical-cases', element: <PublicTypicalCasesRoute /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/tasks" replace /> },
      { path: 'tasks', element: <TasksRoute /> },
      { path: 'tasks/:taskId', element: <TaskRoute /> },
      { path: 'done', element: <DoneRoute /> },
      { path: 'started', element: <StartedRoute /> },
      { path: 'cc', element: <CcRoute /> },
      { path: 'leads/new', element: <NewLeadRoute /> },
      { path: 'cases', element: <CasesRoute /> },
      { path: 'cases/:caseRef', element: <CaseRoute /> },
      { path: 'spot-checks/import', element: <SpotCheckImportRoute /> },
      { path: 'modeling', element: <ModelsRoute /> },
      { path: 'modeling/:kind/:key', element: <ModelRoute /> },
      { path: 'dashboard', element: <DashboardRoute /> },
      { path: 'ad-monitoring', element: <AdMonitoringRoute /> },
      { path: 'ad-monitoring/key-periods', element: <KeyPeriodsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const router = createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
