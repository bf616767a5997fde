import { Button, DatePicker, Select, Space, Tabs, TreeSelect, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAgencies, useCampaigns, type AgencyNode } from '@/lib/reference-data';
import { reportUrl } from '../api/get-figures';
import type { DashboardFilters } from '../types';
import { FiguresPanel } from './figures-panel';
import { ProcessDashboard } from './process-dashboard';

type TreeNode = { value: string; title: string; children?: TreeNode[] };
const toTree = (nodes: AgencyNode[] = []): TreeNode[] =>
  nodes.map((n) => ({ value: n.code, title: n.name, children: toTree(n.children) }));

/** Manager dashboard: filters in the URL (campaign, agency subtree, period), process overlay and figures. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const campaigns = useCampaigns();
  const agencies = useAgencies();
  const filters: DashboardFilters = {
    campaign: params.get('campaign') ?? undefined,
    agency: params.get('agency') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const set = (changes: Partial<DashboardFilters>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const tab = params.get('tab') ?? 'processes';

  return (
    <div>
      <Typography.Title level={3}>{t('dashboard.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          data-testid="filter-campaign"
          placeholder={t('dashboard.campaign')}
          style={{ minWidth: 260 }}
          value={filters.campaign}
          onChange={(v) => set({ campaign: v })}
          options={(campaigns.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
        <TreeSelect
          allowClear
          data-testid="filter-agency"
          placeholder={t('dashboard.agency')}
          style={{ minWidth: 240 }}
          value={filters.agency}
          onChange={(v) => set({ agency: v })}
          treeData={toTree(agencies.data)}
          treeDefaultExpandAll
        />
        <DatePicker.RangePicker
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) =>
            set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
        {filters.campaign && (
          <>
            <Button icon={<DownloadOutlined />} href={reportUrl(filters.campaign, 'xlsx', filters)} data-testid="report-xlsx">
              {t('dashboard.reportXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} href={reportUrl(filters.campaign, 'pdf', filters)} data-testid="report-pdf">
              {t('dashboard.reportPdf')}
            </Button>
          </>
        )}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k } as Partial<DashboardFilters>)}
        destroyOnHidden
        items={[
          { key: 'processes', label: t('dashboard.processes'), children: <ProcessDashboard filters={filters} /> },
          { key: 'figures', label: t('dashboard.figures'), children: <FiguresPanel filters={filters} /> },
        ]}
      />
    </div>
  );
}
