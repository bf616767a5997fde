import { Alert, App, Button, Card, Col, Divider, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { LEAD_SOURCES, useCampaigns } from '@/lib/reference-data';
import { isValidPersonIdNo } from '@/lib/person-id';
import { checkUscc, normalizeUscc, type UsccProblem } from '@/lib/uscc';
import { type CreateLeadInput, type CreateLeadResult, type PartyType, useCreateLead } from '../api/create-lead';

export function usccMessage(problem: UsccProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'length':
      return t('uscc.length', { count: problem.count });
    case 'badChar':
      return t('uscc.badChar', { position: problem.position, char: problem.char });
    case 'checkChar':
      return t('uscc.checkChar', { expected: problem.expected });
  }
}

type Values = CreateLeadInput;

export function LeadForm({ onCreated }: { onCreated?: (result: CreateLeadResult) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const campaigns = useCampaigns();
  const createLead = useCreateLead();
  const partyType = Form.useWatch('partyType', form) as PartyType | undefined;
  const uscc = Form.useWatch('partyUscc', form) as string | undefined;
  const usccProblem = uscc ? checkUscc(uscc) : null;
  // the lead just registered: a link to its case page (where verification starts) stays until the next one
  const [created, setCreated] = useState<CreateLeadResult | null>(null);

  const onFinish = (values: Values) => {
    const input: CreateLeadInput = {
      ...values,
      partyUscc: values.partyType === 'ORGANISATION' && values.partyUscc ? normalizeUscc(values.partyUscc) : undefined,
      partyIdNo: values.partyType === 'PERSON' && values.partyIdNo ? values.partyIdNo.trim() : undefined,
    };
    setCreated(null);
    createLead.mutate(input, {
      onSuccess: (result) => {
        message.success(t('lead.created', { id: result.leadId }));
        setCreated(result);
        form.resetFields();
        onCreated?.(result);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fieldErrors.length) {
          form.setFields(error.fieldErrors.map((fe) => ({ name: fe.field as keyof Values, errors: [fe.message] })));
        }
      },
    });
  };

  const serverError =
    createLead.error && !(createLead.error instanceof ApiError && createLead.error.fieldErrors.length)
      ? errorMessage(createLead.error, t)
      : null;

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('lead.title')}
      </Typography.Title>
      {created && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setCreated(null)}
          style={{ marginBottom: 16 }}
          data-testid="lead-created"
          message={t('lead.created', { id: created.leadId })}
          description={
            <Link to={`/cases/${created.leadId}`} data-testid="lead-created-link">
              {t('lead.openCreated')}
            </Link>
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ partyType: 'ORGANISATION' }}
        onFinish={onFinish}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="campaignCode" label={t('lead.campaign')} rules={[{ required: true, message: t('lead.campaignRequired') }]}>
              <Select
                id="campaignCode"
                loading={campaigns.isLoading}
                options={(campaigns.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="source" label={t('lead.source')} rules={[{ required: true, message: t('lead.sourceRequired') }]}>
              <Select id="source" options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="partyType" label={t('lead.partyType')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'ORGANISATION', label: t('partyType.ORGANISATION') },
                  { value: 'PERSON', label: t('partyType.PERSON') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="partyName" label={t('lead.partyName')} rules={[{ required: true, whitespace: true, message: t('lead.partyNameRequired') }]}>
              <Input id="partyName" maxLength={200} />
            </Form.Item>
          </Col>
          {partyType !== 'PERSON' && (
            <Col xs={24} md={8}>
              <Form.Item
                name="partyUscc"
                label={t('lead.partyUscc')}
                validateTrigger={['onChange', 'onBlur']}
                hasFeedback
                // the check result is shown live under the field (extra); the rule only blocks submit
                extra={
                  uscc ? (
                    <Typography.Text type={usccProblem ? 'danger' : 'success'} data-testid="uscc-feedback" role="status">
                      {usccProblem ? usccMessage(usccProblem, t) : t('lead.usccValid')}
                    </Typography.Text>
                  ) : undefined
                }
                normalize={(v: string) => (v ? v.toUpperCase() : v)}
                rules={[
                  { required: true, message: t('lead.usccRequired') },
                  {
                    validator: (_, value: string) => {
                      if (!value) return Promise.resolve();
                      return checkUscc(value) ? Promise.reject(new Error('')) : Promise.resolve();
                    },
                  },
                ]}
              >
                <Input id="partyUscc" maxLength={18} style={{ fontFamily: 'monospace' }} autoComplete="off" />
              </Form.Item>
            </Col>
          )}
          {partyType === 'PERSON' && (
            <Col xs={24} md={8}>
              <Form.Item
                name="partyIdNo"
                label={t('lead.partyIdNo')}
                validateTrigger={['onChange', 'onBlur']}
                rules={[
                  {
                    validator: (_, value: string) =>
                      !value || isValidPersonIdNo(value) ? Promise.resolve() : Promise.reject(new Error(t('lead.partyIdNoInvalid'))),
                  },
                ]}
              >
                <Input id="partyIdNo" maxLength={32} style={{ fontFamily: 'monospace' }} autoComplete="off" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={16}>
            <Form.Item name="partyAddress" label={t('lead.partyAddress')}>
              <Input id="partyAddress" maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t('lead.description')} rules={[{ required: true, whitespace: true, message: t('lead.descriptionRequired') }]}>
              <Input.TextArea id="description" rows={3} maxLength={2000} showCount />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left">{t('lead.productSection')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="productName" label={t('lead.productName')} rules={[{ required: true, whitespace: true, message: t('lead.productNameRequired') }]}>
              <Input id="productName" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="brand" label={t('lead.brand')}>
              <Input id="brand" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="model" label={t('lead.model')}>
              <Input id="model" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="batchNo" label={t('lead.batchNo')}>
              <Input id="batchNo" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="standardCode" label={t('lead.standardCode')}>
              <Input id="standardCode" placeholder="GB 2626-2019" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="reportNo" label={t('lead.reportNo')}>
              <Input id="reportNo" />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item name="nonConformingItems" label={t('lead.nonConformingItems')}>
              <Input id="nonConformingItems" />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item name="samplingPlace" label={t('lead.samplingPlace')}>
              <Input id="samplingPlace" />
            </Form.Item>
          </Col>
        </Row>
        {serverError && <Alert type="error" showIcon message={serverError} role="alert" style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={createLead.isPending} data-testid="lead-submit">
          {t('lead.submit')}
        </Button>
      </Form>
    </Card>
  );
}
