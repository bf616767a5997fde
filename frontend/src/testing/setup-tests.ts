import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { initI18n } from '@/lib/i18n';

initI18n('zh-CN');

// findBy… and waitFor wait up to 5 s (not 1 s): on the 2 shared cores of the build machine an antd form's async
// validation can take longer than a second to show when other builds run beside the tests
configure({ asyncUtilTimeout: 5000 });

// antd needs these in jsdom
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    }),
  });
}
if (!('ResizeObserver' in window)) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (window as any).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
const originalGetComputedStyle = window.getComputedStyle;
// jsdom does not implement pseudo-elements; antd asks for ::-webkit-scrollbar
window.getComputedStyle = (elt: Element) => originalGetComputedStyle(elt);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.cookie.split('; ').forEach((c) => {
    const name = c.split('=')[0];
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });
  localStorage.clear();
});
