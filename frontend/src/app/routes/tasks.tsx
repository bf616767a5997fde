import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function TasksRoute() {
  const { t } = useTranslation();
  return <Typography.Title level={4}>{t('tasks.title')}</Typography.Title>;
}
