import { Badge, Button, Empty, List, Popover, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount, type Notification } from '../api/notifications';
import { keyboardClickable } from '@/lib/keyboard';

/** 通知中心: unread count in the header, the latest notifications in a popover; a click opens the link. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const count = useUnreadCount();
  const list = useNotifications(false, open);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const openItem = (n: Notification) => {
    if (n.unread) markRead.mutate(n.id);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  const content = (
    <div style={{ width: 360 }} data-testid="notification-list">
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }}>
        <Typography.Text strong>{t('habits.notifications.title')}</Typography.Text>
        <Button size="small" data-testid="notifications-read-all" onClick={() => markAll.mutate()} loading={markAll.isPending}>
          {t('habits.notifications.readAll')}
        </Button>
      </Space>
      {list.data && list.data.items.length === 0 ? (
        <Empty description={t('habits.notifications.empty')} />
      ) : (
        <List
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          style={{ maxHeight: 400, overflow: 'auto' }}
          renderItem={(n) => (
            <List.Item
              data-testid="notification-item"
              data-unread={n.unread}
              style={{ cursor: 'pointer', background: n.unread ? '#e6f4ff' : undefined, paddingInline: 8 }}
              role="button"
              {...keyboardClickable(() => openItem(n))}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {n.unread && <Badge status="processing" />}
                    <span>{n.title}</span>
                  </Space>
                }
                description={
                  <>
                    <div>{n.body}</div>
                    <Typography.Text type="secondary">{dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={count.data?.unread ?? 0} size="small" data-testid="notification-count">
        <Button shape="circle" icon={<BellOutlined />} aria-label={t('habits.notifications.title')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
