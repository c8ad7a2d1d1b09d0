#!/usr/bin/env node
// Prepares a running local Strapi for ImTokens, idempotently: the super admin, two restricted
// roles with their users (for RBAC tests), and backend/.tmp/session.json with a working access
// token per account. Saved tokens are reused while fresh and renewed through their refresh
// token; a login (rate-limited by Strapi) happens only when neither works.
import { createAdminClient } from './lib/admin-client.mjs';
import { ACCOUNTS, ROLES } from './lib/fixtures.mjs';
import { SESSION_PATH, readSession, writeSession, FRESH_FOR_MS } from './lib/session-store.mjs';
import { login, reuseOrRenew, sessionEntry } from './lib/user-session.mjs';

const baseUrl = process.env.STRAPI_URL ?? `http://127.0.0.1:${process.env.PORT ?? 1337}`;
const client = createAdminClient(baseUrl);
const saved = readSession()?.users ?? {};

async function waitForHealth(timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(new URL('/_health', baseUrl))).status === 204) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Strapi is not answering on ${baseUrl}/_health`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function ensureSuperAdmin() {
  const account = ACCOUNTS.admin;
  const init = await client.expectOk('GET', '/admin/init');
  if (!init.body.data.hasAdmin) {
    const { email, password, firstname, lastname } = account;
    const { body, refreshToken } = await client.expectOk('POST', '/admin/register-admin', {
      body: { email, password, firstname, lastname, rememberMe: true },
    });
    return sessionEntry(account, body.data.token, refreshToken, 'register-admin');
  }
  return (await reuseOrRenew(client, account, saved.admin)) ?? (await login(client, account));
}

async function ensureRole(jwt, role) {
  const roles = (await client.expectOk('GET', '/admin/roles', { jwt })).body.data;
  const found =
    roles.find((candidate) => candidate.name === role.name) ??
    (await client.expectOk('POST', '/admin/roles', { jwt, body: { name: role.name, description: role.description } })).body
      .data;
  const current = (await client.expectOk('GET', `/admin/roles/${found.id}/permissions`, { jwt })).body.data;
  const have = current.map((permission) => permission.action).sort();
  const want = [...role.actions].sort();
  if (JSON.stringify(have) !== JSON.stringify(want)) {
    const permissions = want.map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
    await client.expectOk('PUT', `/admin/roles/${found.id}/permissions`, { jwt, body: { permissions } });
  }
  return found.id;
}

async function findUser(jwt, email) {
  const query = new URLSearchParams({ 'filters[email][$eq]': email, pageSize: '10' });
  const { body } = await client.expectOk('GET', `/admin/users?${query}`, { jwt });
  return body.data.results.find((user) => user.email === email) ?? null;
}

async function ensureUser(jwt, key, roleId) {
  const account = ACCOUNTS[key];
  const { email, password, firstname, lastname } = account;
  const existing = await findUser(jwt, email);
  if (!existing) {
    const created = (await client.expectOk('POST', '/admin/users', { jwt, body: { email, firstname, lastname, roles: [roleId] } }))
      .body.data;
    // Accepting the invitation sets the password and opens a session, without a login.
    const { body, refreshToken } = await client.expectOk('POST', '/admin/register', {
      body: { registrationToken: created.registrationToken, userInfo: { firstname, lastname, password }, rememberMe: true },
    });
    return sessionEntry(account, body.data.token, refreshToken, 'register');
  }
  const roleIds = (existing.roles ?? []).map((role) => role.id);
  if (!existing.isActive || roleIds.length !== 1 || roleIds[0] !== roleId) {
    await client.expectOk('PUT', `/admin/users/${existing.id}`, { jwt, body: { roles: [roleId], isActive: true } });
  }
  const kept = await reuseOrRenew(client, account, saved[key]);
  if (kept) return kept;
  // No usable session: make sure the known password is in place before the one login.
  await client.expectOk('PUT', `/admin/users/${existing.id}`, { jwt, body: { password, isActive: true } });
  return login(client, account);
}

async function main() {
  await waitForHealth();
  const users = { admin: await ensureSuperAdmin() };
  for (const key of ['reader', 'editor']) {
    const roleId = await ensureRole(users.admin.jwt, ROLES[ACCOUNTS[key].role]);
    users[key] = await ensureUser(users.admin.jwt, key, roleId);
  }
  writeSession({
    baseUrl,
    writtenAt: new Date().toISOString(),
    freshForMinutes: FRESH_FOR_MS / 60_000,
    users,
  });

  console.log(`[bootstrap] Strapi: ${baseUrl}  (ImTokens app: ${baseUrl}/app/index.html)`);
  for (const [key, entry] of Object.entries(users)) {
    const role = key === 'admin' ? 'Super Admin' : ROLES[ACCOUNTS[key].role].name;
    console.log(`[bootstrap]   ${key.padEnd(6)} ${entry.email} / ${entry.password}  (${role}; session: ${entry.obtainedBy})`);
  }
  const logins = Object.values(users).filter((entry) => entry.obtainedBy === 'login').length;
  console.log(`[bootstrap] sessions saved to ${SESSION_PATH} (${logins} login call${logins === 1 ? '' : 's'} this run)`);
}

main().catch((error) => {
  console.error(`[bootstrap] failed: ${error.message}`);
  process.exit(1);
});
