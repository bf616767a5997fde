import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLogout, useUser } from '@/lib/auth';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from '@/features/notifications/components/notification-bell';

const { Header, Content, Sider } = Layout;

/** Who sees the manager dashboard (the API answers 403 to everyone else). */
const DASHBOARD_GROUPS = ['managers', 'agency-heads', 'unit-heads', 'camunda-admin'];

export function AppShell() {
  const { t } = useTranslation();
  const user = useUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const me = user.data;

  const items = [
    { key: '/tasks', label: <Link to="/tasks">{t('nav.tasks')}</Link> },
    { key: '/done', label: <Link to="/done">{t('nav.done')}</Link> },
    { key: '/started', label: <Link to="/started">{t('nav.started')}</Link> },
    { key: '/cc', label: <Link to="/cc">{t('nav.cc')}</Link> },
    { key: '/leads/new', label: <Link to="/leads/new">{t('nav.newLead')}</Link> },
    { key: '/cases', label: <Link to="/cases">{t('nav.cases')}</Link> },
    { key: '/spot-checks/import', label: <Link to="/spot-checks/import">{t('nav.spotChecks')}</Link> },
    { key: '/modeling', label: <Link to="/modeling">{t('nav.models')}</Link> },
    ...(me && DASHBOARD_GROUPS.some((g) => me.groups.includes(g))
      ? [{ key: '/dashboard', label: <Link to="/dashboard">{t('nav.dashboard')}</Link> }]
      : []),
    { key: '/ad-monitoring', label: <Link to="/ad-monitoring">{t('nav.adMonitoring')}</Link> },
  ];
  const selected = items.map((i) => i.key).filter((k) => location.pathname.startsWith(k));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* the first Tab stop: past the header and the menu, straight to the page */}
      <a
        href="#main-content"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <Header
        style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, background: '#fff', borderBottom: '1px solid #f0f0f0' }}
      >
        <Link to="/tasks" style={{ fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.brand')}
        </Link>
        <span style={{ flex: 1 }} />
        <Space size="middle" wrap={false}>
          <NotificationBell />
          <LanguageSwitch saveOnServer />
          {me && (
            <span data-testid="current-user" style={{ whiteSpace: 'nowrap' }}>
              <Typography.Text strong data-testid="user-display-name">
                {me.displayName}
              </Typography.Text>
              {me.agency && (
                <Typography.Text type="secondary" data-testid="user-agency" style={{ marginInlineStart: 8 }}>
                  {me.agency.name}
                </Typography.Text>
              )}
            </span>
          )}
          <Button
            data-testid="logout"
            loading={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
          >
            {t('header.logout')}
          </Button>
        </Space>
      </Header>
      {/* a side menu: a dozen entries do not fit a horizontal bar at 1366 px, where antd would fold them away */}
      <Layout>
        <Sider width={152} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <Menu
            mode="inline"
            selectedKeys={selected}
            items={items}
            aria-label={t('nav.menu')}
            style={{ borderInlineEnd: 'none' }}
          />
        </Sider>
        <Content id="main-content" tabIndex={-1} style={{ padding: 16, minWidth: 0, outline: 'none' }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
