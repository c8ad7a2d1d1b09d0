// The admin session in the browser: the login form (used once per run: Strapi allows 5 logins per
// 5 minutes), an access token refused mid-session and renewed through the refresh cookie, a session
// that cannot be renewed, and a host page's token getter.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppPage } from './lib/app-page.mjs';
import { screenshotPath, startBrowserSession } from './lib/fixture.mjs';
import { fillForm, openCreateForm, save } from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('session');
let session;
let signedIn; // the page signed in through the form: its browser holds the refresh cookie

// A well-formed admin JWT that expired long ago: Strapi answers 401, as for any access token past its 30 minutes.
const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const EXPIRED_JWT = [
  base64url({ alg: 'HS256', typ: 'JWT' }),
  base64url({ userId: '1', sessionId: 'gone', type: 'access', iat: 1_700_000_000, exp: 1_700_001_800 }),
  'c2lnbmF0dXJlLW9mLWFuLWV4cGlyZWQtdG9rZW4',
].join('.');

const UNAUTHORIZED = {
  status: 401,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify({
    data: null,
    error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials', details: {} },
  }),
};

// Answers of the page to admin API calls, in order: "GET /admin/api-tokens 200".
function recordExchanges(page) {
  const seen = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/admin/')) seen.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
  });
  return seen;
}

// Secrets the server handed to the page (create and regenerate answers), for the hygiene check.
function watchCreatedSecrets(page) {
  page.on('response', async (response) => {
    if (response.request().method() !== 'POST' || !/\/admin\/api-tokens(\/\d+\/regenerate)?$/.test(response.url())) return;
    try {
      const key = (await response.json())?.data?.accessKey;
      if (key) session.secrets.add(key);
    } catch {
      // not JSON: nothing to remember
    }
  });
}

before(async () => {
  session = await startBrowserSession();
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

describe('the login form', () => {
  test('signs in with email and password; the session lives in memory and in the refresh cookie only', async () => {
    const admin = session.strapi.session.users.admin;
    signedIn = await session.open(null);
    watchCreatedSecrets(signedIn.page);
    await signedIn.find('##Email');
    await signedIn.screenshot(await screenshotPath('web-login.png'));
    await signedIn.fill('##Email', admin.email);
    await signedIn.fill('##Password', admin.password);
    const login = signedIn.page.waitForResponse((r) => r.url().endsWith('/admin/login'));
    await signedIn.click('##login', { settle: false });
    const answer = await login;
    assert.equal(answer.status(), 200, 'POST /admin/login');
    const jwt = (await answer.json()).data.token;
    await signedIn.waitForState((s) => s.signedIn && s.list === 'ready', { message: 'the list after login' });

    const cookies = await session.context.cookies(session.strapi.baseUrl + '/admin');
    const refresh = cookies.find((c) => c.name === 'strapi_admin_refresh');
    assert.ok(refresh, 'the refresh cookie is set');
    assert.equal(refresh.httpOnly, true);
    const stored = await signedIn.page.evaluate(() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie]));
    assert.equal(stored.includes(jwt), false, 'the JWT is in no storage the page can write');
    assert.equal(signedIn.page.url().includes(jwt), false);
  });

  test('a reload signs back in through the refresh cookie, without the form', async () => {
    const renewed = signedIn.page.waitForResponse((r) => r.url().endsWith('/admin/access-token'));
    await signedIn.page.reload();
    assert.equal((await renewed).status(), 200, 'POST /admin/access-token');
    await signedIn.waitForState((s) => s.signedIn && s.list === 'ready', { message: 'the list after the reload' });
  });
});

describe('an access token refused mid-session', () => {
  test('on a read: one POST /admin/access-token with the refresh cookie, then the read is replayed', async () => {
    const page = await session.context.newPage();
    const exchanges = recordExchanges(page);
    await page.addInitScript((jwt) => {
      window.IMTOKENS_OPTIONS = { auth: { token: jwt } };
    }, EXPIRED_JWT);
    const app = new AppPage(page);
    session.apps.push(app);
    await app.goto(session.strapi.appUrl());
    const state = await app.state();
    assert.equal(state.signedIn, true);
    assert.equal(state.sessionExpired, false);
    assert.equal(state.list, 'ready');
    assert.deepEqual(
      exchanges.filter((e) => e.startsWith('POST /admin/access-token')),
      ['POST /admin/access-token 200'],
      `exchanges: ${exchanges.join(', ')}`,
    );
    assert.ok(exchanges.indexOf('GET /admin/users/me/permissions 401') < exchanges.indexOf('POST /admin/access-token 200'));
    assert.ok(exchanges.includes('GET /admin/users/me/permissions 200'), 'the refused read was replayed');
    assert.ok(exchanges.includes('GET /admin/api-tokens 200'));
    await page.close();
  });

  test('on a save: the draft stays, the session is renewed, and Save again creates the token once', async () => {
    const name = `${prefix}after renewal`;
    // The page signed in above (a reload would forget its session: it lives in memory only).
    const exchanges = recordExchanges(signedIn.page);
    await signedIn.waitForState((s) => s.signedIn && s.view === 'list' && s.list === 'ready');
    await openCreateForm(signedIn);
    await fillForm(signedIn, { name, description: 'typed before the session ended' });

    // The server refuses the access token once, as when its 30 minutes are over.
    let refused = 0;
    await signedIn.page.route('**/admin/api-tokens', async (route) => {
      if (route.request().method() === 'POST' && refused === 0) {
        refused += 1;
        await route.fulfill(UNAUTHORIZED);
      } else {
        await route.fallback();
      }
    });
    await save(signedIn);
    const state = await signedIn.waitForState((s) => !s.saving && s.inFlight === 0, { message: 'the refused save' });
    assert.equal(state.view, 'create');
    assert.deepEqual(state.draft, { name, description: 'typed before the session ended' }, 'the draft is kept');
    assert.ok(state.notifications.some((n) => n.key === 'notification.session_expired'));
    assert.ok(exchanges.includes('POST /admin/access-token 200'), `exchanges: ${exchanges.join(', ')}`);
    assert.deepEqual(await session.strapi.tokensNamed(name), [], 'a write is never repeated on its own');

    await save(signedIn);
    await signedIn.waitForState((s) => s.view === 'edit' && s.banner, { message: 'the token created' });
    assert.equal((await session.strapi.tokensNamed(name)).length, 1);
    await signedIn.page.unroute('**/admin/api-tokens');
  });
});

describe('a session that cannot be renewed', () => {
  // The editor (read, create, update) this time: one login per account and run keeps clear of the rate limit.
  const name = `${prefix}kept draft`;
  let app;

  test('tells the host "session-expired", asks to sign in again and keeps the draft', async () => {
    app = await session.open('editor', {
      init: {
        script: (jwt) => {
          window.imtEvents = [];
          window.IMTOKENS_OPTIONS = {
            auth: { token: jwt },
            onEvent: (event, detail) => window.imtEvents.push({ event, detail }),
          };
        },
        arg: session.strapi.jwt('editor'),
      },
    });
    watchCreatedSecrets(app.page);
    await openCreateForm(app);
    await fillForm(app, { name, description: 'still here' });
    // From now on the access token is refused and the refresh cookie too.
    await app.page.route('**/admin/**', (route) =>
      route.request().url().includes('/admin/access-token') || route.request().method() === 'POST'
        ? route.fulfill(UNAUTHORIZED)
        : route.fallback(),
    );
    await save(app);
    const state = await app.waitForState((s) => s.sessionExpired, { message: 'the expired session' });
    assert.deepEqual(state.draft, { name, description: 'still here' });
    await app.find('##session-expired');
    const events = await app.page.evaluate(() => window.imtEvents);
    assert.deepEqual(events.map((e) => e.event), ['session-expired']);
    assert.deepEqual(events[0].detail, {});
    await app.page.unroute('**/admin/**');
  });

  test('signing in again in that dialog resumes the page where it was', async () => {
    const editor = session.strapi.session.users.editor;
    await app.fill('##Email', editor.email);
    await app.fill('##Password', editor.password);
    await app.click('##login');
    const state = await app.waitForState((s) => !s.sessionExpired && s.inFlight === 0, { message: 'the resumed session' });
    assert.equal(state.view, 'create');
    assert.deepEqual(state.draft, { name, description: 'still here' });
    await app.waitGone('##session-expired');
    await save(app);
    await app.waitForState((s) => s.view === 'edit' && s.banner, { message: 'the token saved after signing in again' });
    assert.equal((await session.strapi.tokensNamed(name)).length, 1);
  });
});

describe("a host page's token getter", () => {
  test('is asked again when the session ends, and the page carries on', async () => {
    const page = await session.context.newPage();
    const exchanges = recordExchanges(page);
    // No renewal through the cookie here: the host's getter is the only way back.
    await page.route('**/admin/access-token', (route) => route.fulfill(UNAUTHORIZED));
    await page.addInitScript((jwt) => {
      window.imtGetterCalls = 0;
      window.IMTOKENS_OPTIONS = {
        auth: {
          getToken: async () => {
            window.imtGetterCalls += 1;
            return window.imtGetterCalls === 1 ? 'not-a-valid-jwt' : jwt;
          },
        },
      };
    }, session.strapi.jwt('admin'));
    const app = new AppPage(page);
    session.apps.push(app);
    await app.goto(session.strapi.appUrl());
    assert.equal(await page.evaluate(() => window.imtGetterCalls), 2);
    const state = await app.state();
    assert.equal(state.list, 'ready');
    assert.equal(state.sessionExpired, false);
    assert.ok(exchanges.includes('GET /admin/api-tokens 200'), exchanges.join(', '));
    await page.close();
  });
});

describe('after the session flows', () => {
  test('no secret stayed in the browser', async () => {
    await session.secrets.assertNothingKeptIn(session.context, session.apps);
    await session.closeAndCheckDisk();
  });
});
