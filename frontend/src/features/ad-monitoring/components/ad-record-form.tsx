import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { useCampaigns } from '@/lib/reference-data';
import { checkUscc, normalizeUscc } from '@/lib/uscc';
import { usccMessage } from '@/features/leads/components/lead-form';
import { type AdRecord, type AdRecordInput, CATEGORIES, VIOLATIONS, useCreateAdRecord } from '../api/ad-monitoring';

/** 登记一条广告监测记录; a violation opens an AD_MONITORING lead on the server. */
export function AdRecordForm({ onCreated }: { onCreated?: (record: AdRecord) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdRecordInput>();
  const campaigns = useCampaigns();
  const create = useCreateAdRecord();
  const uscc = Form.useWatch('advertiserUscc', form) as string | undefined;
  const usccProblem = uscc ? checkUscc(uscc) : null;

  const onFinish = (values: AdRecordInput) => {
    create.mutate(
      { ...values, advertiserUscc: normalizeUscc(values.advertiserUscc) },
      {
        onSuccess: (record) => {
          message.success(record.leadId ? t('adMonitoring.createdWithLead', { id: record.leadId }) : t('adMonitoring.created'));
          form.resetFields();
          onCreated?.(record);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fieldErrors.length) {
            form.setFields(error.fieldErrors.map((fe) => ({ name: fe.field as keyof AdRecordInput, errors: [fe.message] })));
          }
        },
      },
    );
  };
  const serverError =
    create.error && !(create.error instanceof ApiError && create.error.fieldErrors.length) ? errorMessage(create.error, t) : null;
  const required = { required: true, message: t('adMonitoring.required') };

  return (
    <Form<AdRecordInput> form={form} layout="vertical" onFinish={onFinish} data-testid="ad-record-form">
      <Form.Item name="campaignCode" label={t('adMonitoring.campaign')} rules={[required]}>
        <Select
          loading={campaigns.isLoading}
          options={(campaigns.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
          placeholder={t('adMonitoring.campaign')}
        />
      </Form.Item>
      <Form.Item name="media" label={t('adMonitoring.media')} rules={[required]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="advertiserName" label={t('adMonitoring.advertiserName')} rules={[required]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="advertiserUscc"
        label={t('adMonitoring.advertiserUscc')}
        rules={[required]}
        validateStatus={usccProblem ? 'error' : undefined}
        help={usccProblem ? usccMessage(usccProblem, t) : undefined}
      >
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="productCategory" label={t('adMonitoring.category')} rules={[required]}>
        <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`adMonitoring.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item name="productName" label={t('adMonitoring.productName')} rules={[required]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="adDate" label={t('adMonitoring.adDate')} rules={[required]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="violationType" label={t('adMonitoring.violation')} rules={[required]}>
        <Select options={VIOLATIONS.map((v) => ({ value: v, label: t(`adMonitoring.violations.${v}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('adMonitoring.description')}>
        <Input.TextArea maxLength={2000} rows={3} />
      </Form.Item>
      {serverError && <Alert type="error" showIcon role="alert" message={serverError} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="ad-record-submit">
        {t('adMonitoring.save')}
      </Button>
    </Form>
  );
}
