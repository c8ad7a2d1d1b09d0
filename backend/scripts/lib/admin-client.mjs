// Thin JSON client for Strapi's /admin REST API, built on the global fetch.
const REFRESH_COOKIE = 'strapi_admin_refresh';

export class AdminApiError extends Error {
  constructor(method, path, status, body) {
    const detail = body?.error?.message ?? JSON.stringify(body);
    super(`${method} ${path} -> ${status}: ${detail}`);
    this.status = status;
    this.body = body;
  }
}

export function createAdminClient(baseUrl) {
  async function call(method, path, { jwt, body, refreshToken } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (jwt) headers.Authorization = `Bearer ${jwt}`;
    if (refreshToken) headers.Cookie = `${REFRESH_COOKIE}=${refreshToken}`;
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: response.status, body: json, refreshToken: readRefreshCookie(response) };
  }

  // Like call(), but any status outside 2xx is an error.
  async function expectOk(method, path, options) {
    const result = await call(method, path, options);
    if (result.status < 200 || result.status > 299) {
      throw new AdminApiError(method, path, result.status, result.body);
    }
    return result;
  }

  return { call, expectOk };
}

function readRefreshCookie(response) {
  const cookies = response.headers.getSetCookie?.() ?? [];
  for (const cookie of cookies) {
    const [pair] = cookie.split(';');
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq).trim() === REFRESH_COOKIE) return pair.slice(eq + 1).trim();
  }
  return null;
}
