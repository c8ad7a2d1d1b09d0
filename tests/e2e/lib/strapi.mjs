// The real Strapi the tests run against: the sessions bootstrap saved (backend/.tmp/session.json),
// the admin API for checks made on the server side, and the content API a token is used on.
import assert from 'node:assert/strict';
import { createAdminClient } from '../../../backend/scripts/lib/admin-client.mjs';
import { readSession, writeSession } from '../../../backend/scripts/lib/session-store.mjs';
import { sessionEntry } from '../../../backend/scripts/lib/user-session.mjs';

// Access tokens live 30 minutes; a test file must not see its own expire halfway.
const MIN_LIFE_LEFT_MS = 15 * 60 * 1000;

// The sessions bootstrap saved, each renewed through its refresh token (no rate-limited login) when
// it has less than 15 minutes left; the renewed ones are saved back for the next reader.
export async function loadSession() {
  const session = readSession();
  assert.ok(session?.users?.admin?.jwt, 'backend/.tmp/session.json has no admin session: run scripts/strapi.sh start');
  const client = createAdminClient(session.baseUrl);
  let renewed = false;
  for (const [key, entry] of Object.entries(session.users)) {
    if (Date.parse(entry.expiresAt) - Date.now() > MIN_LIFE_LEFT_MS || !entry.refreshToken) continue;
    const answer = await client.call('POST', '/admin/access-token', { refreshToken: entry.refreshToken });
    assert.equal(answer.status, 200, `renewing the saved ${key} session: run scripts/strapi.sh start`);
    session.users[key] = sessionEntry(entry, answer.body.data.token, answer.refreshToken ?? entry.refreshToken, 'refresh');
    renewed = true;
  }
  if (renewed) writeSession(session);
  return session;
}

export class Strapi {
  // Use Strapi.connect(): the constructor needs a session loaded already.
  static async connect() {
    return new Strapi(await loadSession());
  }

  constructor(session) {
    this.session = session;
    this.baseUrl = session.baseUrl.replace(/\/$/, '');
    this.admin = createAdminClient(this.baseUrl);
  }

  jwt(user = 'admin') {
    const entry = this.session.users[user];
    assert.ok(entry?.jwt, `no saved session for ${user}`);
    return entry.jwt;
  }

  appUrl(page = 'index.html', query = '') {
    return `${this.baseUrl}/app/${page}${query ? `?${query}` : ''}`;
  }

  async tokens() {
    const { body } = await this.admin.expectOk('GET', '/admin/api-tokens', { jwt: this.jwt() });
    return body.data;
  }

  async tokensNamed(name) {
    return (await this.tokens()).filter((token) => token.name === name);
  }

  async tokenNamed(name) {
    const found = await this.tokensNamed(name);
    assert.equal(found.length, 1, `expected exactly one token named ${name} on the server, found ${found.length}`);
    return found[0];
  }

  async createToken({ name, description = '', type = 'read-only', lifespan = null, permissions }) {
    const body = { name, description, type, lifespan };
    if (type === 'custom') body.permissions = permissions ?? [];
    const { body: answer } = await this.admin.expectOk('POST', '/admin/api-tokens', { jwt: this.jwt(), body });
    return answer.data;
  }

  async deleteToken(id) {
    await this.admin.expectOk('DELETE', `/admin/api-tokens/${id}`, { jwt: this.jwt() });
  }

  // Removes every token whose name starts with prefix (what a test run created).
  async deleteTokensStartingWith(prefix) {
    const mine = (await this.tokens()).filter((token) => token.name.startsWith(prefix));
    for (const token of mine) await this.deleteToken(token.id);
    return mine.length;
  }

  // One call to the content API with an API token, as an application would make it.
  async contentApi(method, path, accessKey, body) {
    const headers = { Accept: 'application/json' };
    if (accessKey !== undefined) headers.Authorization = `Bearer ${accessKey}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  }
}

// A name prefix unique to this run, so runs never collide and cleanup finds its own tokens.
export function runPrefix(area) {
  return `e2e-${area}-${Date.now().toString(36)}-`;
}
