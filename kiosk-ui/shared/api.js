// The one way pages talk to the HTTP API.
//
// Every failure becomes an ApiError with a stable `code`: the server's own
// `{"error": {"code", "message"}}`, or `offline` when the request never got
// an answer, or `timeout` when it took too long. Pages decide what to tell
// people from the code, never from the message (which is English, for logs).

/** Where a page keeps its device token: one slot per page kind. */
const TOKEN_KEY = (kind) => `madoguchi.token.${kind}`;

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, or 0 when no answer came.
   * @param {string} code snake_case, e.g. `illegal_transition`, `offline`.
   * @param {string} message for logs only.
   */
  constructor(status, code, message) {
    super(message || code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }

  /** True when the server was not reached at all. */
  get offline() {
    return this.status === 0;
  }
}

/**
 * Takes `access_token` out of the address bar (so it is not bookmarked,
 * shared or left on screen), keeps it in localStorage for this page kind,
 * and returns the token to use: the new one, else the stored one.
 */
export function adoptToken(kind) {
  const url = new URL(window.location.href);
  const fresh = url.searchParams.get('access_token');
  if (fresh) {
    storeToken(kind, fresh);
    url.searchParams.delete('access_token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return storedToken(kind);
}

export function storedToken(kind) {
  try {
    return window.localStorage.getItem(TOKEN_KEY(kind)) || null;
  } catch {
    return null;
  }
}

export function storeToken(kind, token) {
  try {
    if (token) window.localStorage.setItem(TOKEN_KEY(kind), token);
    else window.localStorage.removeItem(TOKEN_KEY(kind));
  } catch {
    // Private mode or full storage: the token lives for this page only.
  }
}

/** A query parameter of the page's address. */
export function param(name) {
  return new URL(window.location.href).searchParams.get(name);
}

/**
 * Calls the API. Resolves with the parsed JSON body (or `null` for 204 and
 * empty bodies, `{status}` is on the result of `apiResponse`). Rejects with
 * ApiError.
 *
 * @param {string} path e.g. `/api/v1/offices/yahatanishi/tickets`
 * @param {{method?: string, body?: any, token?: string|null, timeout?: number, signal?: AbortSignal}} [options]
 */
export async function api(path, options = {}) {
  const { body } = await apiResponse(path, options);
  return body;
}

/** Like `api`, but resolves with `{status, body}` so callers can tell 200 from 204. */
export async function apiResponse(path, { method = 'GET', body, token = null, timeout = 10000, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
  if (signal) signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (e) {
    const timedOut = controller.signal.reason?.name === 'TimeoutError';
    throw new ApiError(0, timedOut ? 'timeout' : 'offline', String(e?.message || e));
  } finally {
    clearTimeout(timer);
  }
  const text = await res.text().catch(() => '');
  let parsed = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!res.ok) {
    const err = parsed?.error;
    throw new ApiError(res.status, err?.code || `http_${res.status}`, err?.message || res.statusText);
  }
  return { status: res.status, body: parsed };
}

/** Fetches a binary or text resource with the bearer token; returns the Response or throws ApiError. */
export async function fetchRaw(path, { token = null, timeout = 15000, accept = '*/*' } = {}) {
  const headers = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const res = await fetch(path, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit' });
    if (!res.ok) {
      let code = `http_${res.status}`;
      try {
        code = (await res.json())?.error?.code || code;
      } catch {
        // not JSON
      }
      throw new ApiError(res.status, code, res.statusText);
    }
    return res;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(0, 'offline', String(e?.message || e));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The office a page serves: `?office=`, else the first office the server
 * lists (so a bare `/kiosk/` still works on a one-office install).
 */
export async function resolveOffice() {
  const fromUrl = param('office');
  if (fromUrl) return fromUrl;
  const offices = await api('/api/v1/offices');
  return offices?.[0]?.id || 'yahatanishi';
}
