import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { DeadlineBadge, deadlineLevel } from './deadline-badge';

const renderBadge = (props: Parameters<typeof DeadlineBadge>[0]) =>
  render(
    <AppProvider>
      <DeadlineBadge {...props} />
    </AppProvider>,
  );

describe('deadlineLevel', () => {
  it.each([
    [null, false, 'none'],
    [10, false, 'ok'],
    [4, false, 'ok'],
    [3, false, 'soon'],
    [0, false, 'soon'],
    [-1, false, 'overdue'],
    [5, true, 'overdue'],
  ] as const)('%s working days left, overdue=%s → %s', (left, overdue, level) => {
    expect(deadlineLevel(left, overdue)).toBe(level);
  });
});

describe('DeadlineBadge', () => {
  it('counts working days and stays neutral when far away', () => {
    renderBadge({ due: '2021-10-21', workingDaysLeft: 12, overdue: false });
    const badge = screen.getByTestId('deadline-badge');
    expect(badge).toHaveTextContent('剩 12 个工作日');
    expect(badge).toHaveAttribute('data-level', 'ok');
  });

  it('is amber with three working days or fewer', () => {
    renderBadge({ due: '2021-10-21', workingDaysLeft: 3, overdue: false });
    const badge = screen.getByTestId('deadline-badge');
    expect(badge).toHaveAttribute('data-level', 'soon');
    expect(badge.className).toMatch(/gold/);
  });

  it('says due today at zero', () => {
    renderBadge({ due: '2021-10-21', workingDaysLeft: 0, overdue: false });
    expect(screen.getByTestId('deadline-badge')).toHaveTextContent('今日到期');
  });

  it('is red and counts the days when overdue', () => {
    renderBadge({ due: '2021-10-21', workingDaysLeft: -2, overdue: true });
    const badge = screen.getByTestId('deadline-badge');
    expect(badge).toHaveTextContent('逾期 2 个工作日');
    expect(badge.className).toMatch(/red/);
  });

  it('shows no deadline when there is none', () => {
    renderBadge({ due: null, workingDaysLeft: null, overdue: false });
    expect(screen.getByTestId('deadline-badge')).toHaveTextContent('无期限');
  });
});
