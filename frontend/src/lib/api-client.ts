/**
 * The one HTTP client for /api (see docs/API.md): session cookie, CSRF cookie echoed as header on
 * every mutating request, Accept-Language from the UI language, errors turned into ApiError.
 */
export type FieldError = { field: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  readonly body: unknown;

  constructor(status: number, code: string, message: string, fieldErrors: FieldError[] = [], body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.body = body;
  }

  get isNetworkError() {
    return this.status === 0;
  }
}

/** A page of a list; totalCapped: there are more than `total` items (the server stops counting at 10,000). */
export type Page<T> = { items: T[]; total: number; page: number; size: number; totalCapped?: boolean };

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

let languageProvider: () => string = () => 'zh-CN';
/** i18n registers itself here so the client does not import it (keeps tests simple). */
export function setLanguageProvider(provider: () => string) {
  languageProvider = provider;
}

export function readCookie(name: string): string | null {
  const match = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
  return match ? decodeURIComponent(match.substring(name.length + 1)) : null;
}

async function ensureCsrfToken(force = false): Promise<string | null> {
  let token = readCookie(CSRF_COOKIE);
  if (!token || force) {
    // Spring Security rotates the token at login; GET /api/csrf sets a fresh cookie.
    try {
      await fetch('/api/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch {
      // the real request below reports the network error
    }
    token = readCookie(CSRF_COOKIE);
  }
  return token;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function toQueryString(params?: QueryParams): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  params?: QueryParams;
  body?: unknown;
  /** 'json' (default), 'text' or 'none' */
  responseType?: 'json' | 'text' | 'none';
  signal?: AbortSignal;
};

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = undefined;
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const obj = (body && typeof body === 'object' ? body : {}) as {
    code?: string;
    message?: string;
    fieldErrors?: FieldError[];
  };
  return new ApiError(
    response.status,
    obj.code ?? `HTTP_${response.status}`,
    obj.message ?? response.statusText ?? '',
    Array.isArray(obj.fieldErrors) ? obj.fieldErrors : [],
    body,
  );
}

function isCsrfFailure(error: ApiError) {
  return error.status === 403 && (!error.code || error.code.startsWith('HTTP_') || /CSRF/i.test(error.code));
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    // text answers (BPMN XML) are not JSON: asking for JSON only gets 406 Not Acceptable
    Accept: options.responseType === 'text' ? 'application/xml, text/xml, text/plain, */*' : 'application/json',
    'Accept-Language': languageProvider(),
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') {
    const token = await ensureCsrfToken(retried);
    if (token) headers[CSRF_HEADER] = token;
  }

  let response: Response;
  try {
    response = await fetch(path + toQueryString(options.params), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK_ERROR', (e as Error)?.message ?? 'network error');
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (method !== 'GET' && !retried && isCsrfFailure(error)) {
      return apiRequest<T>(path, options, true);
    }
    throw error;
  }
  const responseType = options.responseType ?? 'json';
  if (responseType === 'none' || response.status === 204) return undefined as T;
  if (responseType === 'text') return (await response.text()) as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, params?: QueryParams, signal?: AbortSignal) => apiRequest<T>(path, { params, signal }),
  getText: (path: string) => apiRequest<string>(path, { responseType: 'text' }),
  post: <T>(path: string, body?: unknown, params?: QueryParams) => apiRequest<T>(path, { method: 'POST', body, params }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

/**
 * Multipart upload with progress (fetch has no upload progress, so XMLHttpRequest).
 */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress?: (percent: number) => void,
  params?: QueryParams,
): Promise<T> {
  return ensureCsrfToken().then(
    (token) =>
      new Promise<T>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', path + toQueryString(params));
        xhr.withCredentials = true;
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.setRequestHeader('Accept-Language', languageProvider());
        if (token) xhr.setRequestHeader(CSRF_HEADER, token);
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable && onProgress) onProgress(Math.round((event.loaded / event.total) * 100));
        };
        xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'network error'));
        xhr.onload = () => {
          let body: unknown = undefined;
          try {
            body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
          } catch {
            body = xhr.responseText;
          }
          if (xhr.status >= 200 && xhr.status < 300) {
            resolve(body as T);
          } else {
            const obj = (body && typeof body === 'object' ? body : {}) as {
              code?: string;
              message?: string;
              fieldErrors?: FieldError[];
            };
            reject(
              new ApiError(xhr.status, obj.code ?? `HTTP_${xhr.status}`, obj.message ?? '', obj.fieldErrors ?? [], body),
            );
          }
        };
        xhr.send(form);
      }),
  );
}
