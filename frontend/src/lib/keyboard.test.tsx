import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { keyboardClickable } from './keyboard';

describe('keyboardClickable', () => {
  it('is focusable and acts on a click, Enter and Space, not on other keys or keys of inner buttons', () => {
    const activate = vi.fn();
    render(
      <div data-testid="item" {...keyboardClickable(activate)}>
        <button type="button">inner</button>
      </div>,
    );
    const item = screen.getByTestId('item');
    expect(item).toHaveAttribute('tabindex', '0');
    fireEvent.click(item);
    fireEvent.keyDown(item, { key: 'Enter' });
    fireEvent.keyDown(item, { key: ' ' });
    fireEvent.keyDown(item, { key: 'a' });
    fireEvent.keyDown(screen.getByRole('button'), { key: 'Enter' });
    expect(activate).toHaveBeenCalledTimes(3);
  });
});
