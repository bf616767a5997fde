import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';

export type DeadlineLevel = 'none' | 'ok' | 'soon' | 'overdue';

/** amber when 3 working days or fewer are left, red when overdue */
export function deadlineLevel(workingDaysLeft: number | null | undefined, overdue?: boolean): DeadlineLevel {
  if (overdue) return 'overdue';
  if (workingDaysLeft === null || workingDaysLeft === undefined) return 'none';
  if (workingDaysLeft < 0) return 'overdue';
  if (workingDaysLeft <= 3) return 'soon';
  return 'ok';
}

const colors: Record<DeadlineLevel, string> = { none: 'default', ok: 'green', soon: 'gold', overdue: 'red' };

export function DeadlineBadge({
  due,
  workingDaysLeft,
  overdue,
}: {
  due?: string | null;
  workingDaysLeft?: number | null;
  overdue?: boolean;
}) {
  const { t } = useTranslation();
  const level = deadlineLevel(workingDaysLeft, overdue);
  let label: string;
  if (level === 'none') {
    label = due ? t('deadline.dueOn', { date: dayjs(due).format('YYYY-MM-DD') }) : t('deadline.noDeadline');
  } else if (level === 'overdue') {
    label =
      workingDaysLeft !== null && workingDaysLeft !== undefined && workingDaysLeft < 0
        ? t('deadline.overdue', { count: -workingDaysLeft })
        : t('deadline.overdueShort');
  } else if (workingDaysLeft === 0) {
    label = t('deadline.dueToday');
  } else {
    label = t('deadline.daysLeft', { count: workingDaysLeft ?? 0 });
  }
  const tag = (
    <Tag color={colors[level]} data-level={level} data-testid="deadline-badge">
      {label}
    </Tag>
  );
  return due ? <Tooltip title={t('deadline.dueOn', { date: dayjs(due).format('YYYY-MM-DD HH:mm') })}>{tag}</Tooltip> : tag;
}
