import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { type LoginInput, useLogin, useUser } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n';
import { LanguageSwitch } from '@/components/layout/language-switch';

function safeRedirect(value: string | null) {
  // only same-app paths, never another origin
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/tasks';
}

export function LoginRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const user = useUser();
  const login = useLogin();
  const redirect = safeRedirect(params.get('redirect'));
  // a language picked here becomes the user's saved preference at login
  const [chosenLocale, setChosenLocale] = useState<AppLocale | null>(null);

  if (user.data) return <Navigate to={redirect} replace />;

  const error = login.error;
  const message = error
    ? error instanceof ApiError && error.status === 401
      ? t('login.badCredentials')
      : errorMessage(error, t)
    : null;

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f7fa' }}>
      <Card style={{ width: 380 }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LanguageSwitch saveOnServer={false} onChange={setChosenLocale} />
        </div>
        <Typography.Title level={3} style={{ marginTop: 8, marginBottom: 4 }}>
          {t('app.brand')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <Form<LoginInput>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => login.mutate({ ...values, chosenLocale }, { onSuccess: () => navigate(redirect, { replace: true }) })}
        >
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input id="username" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password id="password" autoComplete="current-password" />
          </Form.Item>
          {message && (
            <Form.Item>
              <Alert type="error" showIcon message={message} data-testid="login-error" role="alert" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
