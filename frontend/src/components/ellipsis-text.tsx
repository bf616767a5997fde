import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * Text cut with … to its table column (one line, never broken character by character), the full
 * text in a tooltip when it is cut. `children` may wrap the text, e.g. in a link.
 */
export function EllipsisText({
  text,
  children,
  type,
  style,
}: {
  text: string;
  children?: ReactNode;
  type?: 'secondary';
  style?: CSSProperties;
}) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} type={type} style={{ maxWidth: '100%', ...style }}>
      {children ?? text}
    </Typography.Text>
  );
}
