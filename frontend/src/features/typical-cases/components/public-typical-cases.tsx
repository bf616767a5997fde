import { Alert, Card, Descriptions, Empty, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { usePublicTypicalCases } from '../api/get-public-typical-cases';

/** 典型案例曝光: read-only public page, no login; shows only what the API publishes. */
export function PublicTypicalCases() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const campaign = params.get('campaign') ?? undefined;
  const query = usePublicTypicalCases(campaign);
  const campaigns = Array.from(new Map((query.data ?? []).map((c) => [c.campaignCode, c.campaignName])).entries());

  return (
    <div style={{ maxWidth: 960, margin: '0 auto', padding: 24 }}>
      <Typography.Title level={2}>{t('typicalCases.publicTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('typicalCases.publicIntro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <span>{t('typicalCases.campaign')}</span>
        <Select
          allowClear
          style={{ minWidth: 320 }}
          aria-label={t('typicalCases.campaign')}
          placeholder={t('typicalCases.allCampaigns')}
          value={campaign}
          onChange={(value?: string) => setParams(value ? { campaign: value } : {})}
          options={campaigns.map(([code, name]) => ({ value: code, label: name }))}
        />
      </Space>
      {query.isLoading && <Spin />}
      {query.isError && <Alert type="error" showIcon message={t('typicalCases.loadError')} />}
      {query.data && query.data.length === 0 && <Empty description={t('typicalCases.empty')} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {(query.data ?? []).map((c) => (
          <Card key={c.id} title={c.title} data-testid="typical-case">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('typicalCases.party')}>{c.partyDisplay}</Descriptions.Item>
              <Descriptions.Item label={t('typicalCases.agency')}>{c.agencyName}</Descriptions.Item>
              <Descriptions.Item label={t('typicalCases.campaign')}>{c.campaignName}</Descriptions.Item>
              <Descriptions.Item label={t('typicalCases.facts')}>{c.facts}</Descriptions.Item>
              {c.legalBasis && <Descriptions.Item label={t('typicalCases.legalBasis')}>{c.legalBasis}</Descriptions.Item>}
              {c.penalty && <Descriptions.Item label={t('typicalCases.penalty')}>{c.penalty}</Descriptions.Item>}
              {c.decisionNo && <Descriptions.Item label={t('typicalCases.decisionNo')}>{c.decisionNo}</Descriptions.Item>}
              <Descriptions.Item label={t('typicalCases.publishedAt')}>{c.publishedAt?.substring(0, 10)}</Descriptions.Item>
            </Descriptions>
          </Card>
        ))}
      </Space>
    </div>
  );
}
