import { vi } from 'vitest';

/** How the fake server answers one upload, chosen from the request. */
export type XhrAnswer = { status: number; body: unknown; delay?: number; progress?: number };
export type XhrRequest = { method: string; url: string; headers: Record<string, string>; form: FormData };

/**
 * Replaces XMLHttpRequest (used by uploadWithProgress) with a fake whose answer comes from `answer`;
 * records every request. Reports upload progress (`progress`, default 50) before answering after `delay` ms.
 */
export function fakeXhr(answer: (request: XhrRequest) => XhrAnswer) {
  const requests: XhrRequest[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(form: FormData) {
      const request = { method: this.method, url: this.url, headers: this.headers, form };
      requests.push(request);
      const a = answer(request);
      setTimeout(() => this.upload.onprogress?.({ lengthComputable: true, loaded: a.progress ?? 50, total: 100 }), 0);
      setTimeout(() => {
        this.status = a.status;
        this.responseText = a.body === undefined ? '' : JSON.stringify(a.body);
        this.onload?.();
      }, a.delay ?? 5);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return requests;
}
