// "The session ended elsewhere": the admin signs in on this page, starts a token, and meanwhile ends
// this page's session from another device (Strapi 5's DELETE /admin/users/me/sessions/:sessionId,
// made here with the session bootstrap opened, as another browser would). The next action is
// refused by the real Strapi, the refresh cookie no longer renews anything, and the page asks to
// sign in again, keeping the draft; signing in saves the token once. The editor account: its one
// login per run elsewhere (session.test.mjs) leaves room in Strapi's 5-logins-per-5-minutes limit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBrowserSession } from './lib/fixture.mjs';
import { fillForm, openCreateForm, save } from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('revoked');
const name = `${prefix}draft`;
let session;
let app;
let pageSession; // the id of the session this page signed in to
const exchanges = [];

// The session id an admin access token was issued for (its payload's sessionId).
function sessionIdOf(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')).sessionId;
}

before(async () => {
  session = await startBrowserSession();
  await session.context.clearCookies(); // no refresh cookie: the page shows its sign-in form
  app = await session.open(null);
  app.page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/admin/')) exchanges.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
  });
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

async function signIn(user) {
  await app.fill('##Email', user.email);
  await app.fill('##Password', user.password);
  const login = app.page.waitForResponse((r) => r.url().endsWith('/admin/login'));
  await app.click('##login', { settle: false });
  const answer = await login;
  assert.equal(answer.status(), 200, 'POST /admin/login');
  return (await answer.json()).data.token;
}

describe('the session ended on another device', () => {
  test('the admin signs in here and starts a token', async () => {
    pageSession = sessionIdOf(await signIn(session.strapi.session.users.editor));
    await app.waitForState((s) => s.signedIn && s.list === 'ready', { message: 'the list after signing in' });
    await openCreateForm(app);
    await fillForm(app, { name, description: 'typed before the session ended elsewhere' });
  });

  test('another device lists the sessions and ends this one', async () => {
    const elsewhere = session.strapi.jwt('editor');
    assert.notEqual(sessionIdOf(elsewhere), pageSession, 'the other device has a session of its own');
    const listed = await session.strapi.admin.expectOk('GET', '/admin/users/me/sessions', { jwt: elsewhere });
    const mine = listed.body.data.find((s) => s.id === pageSession);
    assert.ok(mine, `this page's session is listed: ${JSON.stringify(listed.body.data)}`);
    assert.equal(mine.current, false);
    const revoked = await session.strapi.admin.call('DELETE', `/admin/users/me/sessions/${pageSession}`, { jwt: elsewhere });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    const after = await session.strapi.admin.expectOk('GET', '/admin/users/me/sessions', { jwt: elsewhere });
    assert.equal(after.body.data.some((s) => s.id === pageSession), false, 'the session is gone from the list');
  });

  test('the next action asks to sign in again and keeps the draft; nothing was written', async () => {
    const before = exchanges.length;
    await save(app);
    const state = await app.waitForState((s) => s.sessionExpired && s.inFlight === 0, { message: 'the sign-in dialog' });
    assert.equal(state.view, 'create');
    assert.deepEqual(state.draft, { name, description: 'typed before the session ended elsewhere' });
    await app.find('##session-expired');
    const seen = exchanges.slice(before);
    assert.ok(seen.includes('POST /admin/api-tokens 401'), `the save was refused: ${seen.join(', ')}`);
    assert.ok(seen.includes('POST /admin/access-token 401'), `the refresh cookie renews nothing: ${seen.join(', ')}`);
    assert.equal(seen.filter((e) => e.startsWith('POST /admin/api-tokens')).length, 1, 'one click, one request');
    assert.deepEqual(await session.strapi.tokensNamed(name), []);
  });

  test('signing in again saves the draft once', async () => {
    await signIn(session.strapi.session.users.editor);
    const state = await app.waitForState((s) => !s.sessionExpired && s.inFlight === 0, { message: 'the resumed session' });
    assert.equal(state.view, 'create');
    assert.deepEqual(state.draft, { name, description: 'typed before the session ended elsewhere' });
    await app.waitGone('##session-expired');
    await save(app);
    await app.waitForState((s) => s.view === 'edit' && s.banner, { message: 'the token saved after signing in again' });
    assert.equal((await session.strapi.tokensNamed(name)).length, 1);
  });
});
