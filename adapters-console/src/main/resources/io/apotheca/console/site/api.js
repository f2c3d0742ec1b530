// The console's only way to the pharmacy: the public REST API under /api/v1.
//
// The access token lives in this module's memory only, never in storage a script could read later.
// The refresh token is kept in this tab's sessionStorage, so a reload signs the tab in again
// (one refresh, which rotates it); it dies with the tab, is never sent but to /auth/refresh and
// /auth/logout, and a refresh token used twice makes the API revoke its whole family
// (docs/security.md, "The console").

const REFRESH_KEY = 'apotheca.console.refresh';
let accessToken = null;
let refreshing = null;

/** A refusal of the API: its problem document (status, code, detail, field errors). */
export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.code = body.code || 'unknown';
    this.title = body.title || '';
    this.errors = Array.isArray(body.errors) ? body.errors : [];
  }
}

async function problemOf(response) {
  let body = {};
  try {
    body = await response.json();
  } catch (notJson) {
    body = { detail: `The server answered ${response.status}.` };
  }
  return new Problem(response.status, body);
}

async function call(method, path, body, retried = false) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  const init = { method, headers, credentials: 'omit', cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(`/api/v1${path}`, init);
  if (response.status === 401 && accessToken && !retried && (await refresh())) {
    return call(method, path, body, true);
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

async function json(method, path, body) {
  const response = await call(method, path, body);
  return response.status === 204 ? null : response.json();
}

export const api = {
  get: (path) => json('GET', path),
  post: (path, body = {}) => json('POST', path, body),
  patch: (path, body = {}) => json('PATCH', path, body),
  /** A document as a blob, with the type the server gave it. */
  blob: async (path) => (await call('GET', path)).blob(),
};

function keep(pair) {
  accessToken = pair.accessToken;
  sessionStorage.setItem(REFRESH_KEY, pair.refreshToken);
}

function forget() {
  accessToken = null;
  sessionStorage.removeItem(REFRESH_KEY);
}

/** One refresh at a time: two at once would present the same token twice and revoke the session. */
function refresh() {
  if (!refreshing) {
    refreshing = (async () => {
      const refreshToken = sessionStorage.getItem(REFRESH_KEY);
      if (!refreshToken) return false;
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
        credentials: 'omit',
        cache: 'no-store',
      });
      if (!response.ok) {
        forget();
        window.dispatchEvent(new Event('apotheca:session-ended'));
        return false;
      }
      keep(await response.json());
      return true;
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

/** Signs in: the user the API says signed in. */
export async function signIn(email, password) {
  keep(await json('POST', '/auth/login', { email, password }));
  return api.get('/users/me');
}

/** After a reload: signed in again from this tab's refresh token, or null. */
export async function resume() {
  if (!sessionStorage.getItem(REFRESH_KEY)) return null;
  if (!(await refresh())) return null;
  return api.get('/users/me');
}

/** Ends the session at the API (its refresh token revoked) and forgets both tokens. */
export async function signOut() {
  const refreshToken = sessionStorage.getItem(REFRESH_KEY);
  try {
    if (refreshToken && accessToken) await call('POST', '/auth/logout', { refreshToken });
  } catch (ignored) {
    // signed out here whatever the API said
  } finally {
    forget();
  }
}
