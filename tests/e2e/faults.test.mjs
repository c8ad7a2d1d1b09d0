// When the backend misbehaves (stopped, slow, failing, talking nonsense), the page says so clearly,
// keeps what the admin typed, and works again once the backend does. Faults are injected with
// Playwright's request routing in front of the real Strapi; the retries reach the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBrowserSession } from './lib/fixture.mjs';
import { fillForm, openCreateForm, save } from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('faults');
let session;
let app;

const CREATE = '**/admin/api-tokens';
const json = (status, body) => ({ status, contentType: 'application/json; charset=utf-8', body });

// Each fault answers the first POST that creates a token; later requests reach Strapi.
const faults = [
  {
    what: 'the backend is stopped',
    answer: (route) => route.abort('connectionrefused'),
    error: 'offline',
    toast: 'error.offline',
  },
  {
    what: 'the server fails with 500',
    answer: (route) =>
      route.fulfill(
        json(500, JSON.stringify({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } })),
      ),
    error: 'http',
    toast: 'notification.error', // with Strapi's own message as its detail
  },
  {
    what: 'the answer is malformed JSON',
    answer: (route) => route.fulfill(json(201, '{"data": {"id": 12, "name": "half an answ')),
    error: 'malformed_json',
    toast: 'error.malformed_json',
  },
  {
    what: 'the server does not answer in time',
    answer: async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      await route.abort('timedout').catch(() => {}); // the page gave up already
    },
    error: 'timeout',
    toast: 'error.timeout',
  },
];

before(async () => {
  session = await startBrowserSession();
  // A short request time limit, so "too slow" is quick to test.
  app = await session.open('admin', { options: { timeoutMs: 2500 } });
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

describe('saving a new token', () => {
  for (const [i, fault] of faults.entries()) {
    test(`when ${fault.what}: a clear message, the form kept, and Save works afterwards`, async () => {
      const name = `${prefix}${i} ${fault.error}`;
      const description = `typed before: ${fault.what}`;
      await app.goto(session.strapi.appUrl());
      await openCreateForm(app);
      await fillForm(app, { name, description, type: 'Full access', duration: '90 days' });

      let injected = 0;
      await app.page.route(CREATE, async (route) => {
        if (route.request().method() === 'POST' && injected === 0) {
          injected += 1;
          await fault.answer(route);
        } else {
          await route.fallback();
        }
      });
      await save(app);
      const state = await app.waitForState((s) => !s.saving && s.inFlight === 0 && s.saveError !== null, {
        message: `the ${fault.error} error`,
        timeout: 15_000,
      });
      assert.equal(state.saveError, fault.error);
      assert.equal(state.view, 'create', 'still on the form');
      assert.deepEqual(state.draft, { name, description }, 'what was typed is kept');
      // The toast names the failure (its key is a catalogue text such as "The server can't be reached…").
      const toast = state.notifications.find((n) => n.key === fault.toast);
      assert.ok(toast, `a "${fault.toast}" toast, got ${JSON.stringify(state.notifications)}`);
      if (fault.toast === 'notification.error') assert.equal(toast.detail, 'Internal Server Error');
      assert.ok(await app.has((item) => item.label.includes('##dismiss-')), 'the toast is on screen');
      assert.deepEqual(await session.strapi.tokensNamed(name), [], 'nothing was created');

      await save(app);
      await app.waitForState((s) => s.view === 'edit' && s.banner, { message: 'the token created on retry' });
      const token = await session.strapi.tokenNamed(name);
      assert.equal(token.description, description);
      assert.equal(token.type, 'full-access');
      await app.page.unroute(CREATE);
    });
  }
});

describe('loading the list', () => {
  test('with the backend stopped: an error with Retry, which loads the list once it is back', async () => {
    await app.page.route(CREATE, (route) =>
      route.request().method() === 'GET' ? route.abort('connectionrefused') : route.fallback(),
    );
    await app.goto(session.strapi.appUrl(), { waitFor: 'frame' });
    const state = await app.waitForState((s) => s.list === 'failed', { message: 'the failed list' });
    assert.equal(state.listError, 'offline');
    await app.page.unroute(CREATE);
    await app.click('##retry');
    await app.waitForState((s) => s.list === 'ready', { message: 'the list after Retry' });
  });

  test('slowly: the page waits and then shows the list', async () => {
    await app.page.route(CREATE, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    await app.goto(session.strapi.appUrl(), { waitFor: 'none' });
    const loading = await app.waitForState((s) => s.list === 'loading', { message: 'the loading list' });
    assert.equal(loading.listError, null);
    await app.waitForState((s) => s.list === 'ready', { message: 'the list after a slow answer' });
    await app.page.unroute(CREATE);
  });
});

describe('an answer over 64 MB', () => {
  test('the list says it is too large, read ahead or not, and none of it enters the wasm memory', async () => {
    const limit = 64 * 1024 * 1024;
    const huge = Buffer.alloc(limit + 1024 * 1024, ' ');
    huge.write('{"data": []}'); // valid JSON all the same: only its size is wrong
    // Its own page, with time enough to send 65 MB: a timeout would hide the answer's size.
    const big = await session.open('admin', { options: { timeoutMs: 60_000 }, waitFor: 'none' });
    let served = 0;
    await big.page.route(CREATE, (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      served += 1;
      return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: huge });
    });
    try {
      await big.goto(session.strapi.appUrl(), { waitFor: 'frame' });
      let state = await big.waitForState((s) => s.list === 'failed', { timeout: 60_000, message: 'the refused list' });
      assert.equal(state.listError, 'too_large', 'the list read ahead while the wasm loaded');
      // Retry sends the page's own request, which stops as soon as its size is known.
      await big.click('##retry', { settle: false });
      state = await big.waitForState((s) => s.list === 'failed' && s.inFlight === 0 && served >= 2, {
        timeout: 60_000,
        message: 'the list refused again',
      });
      assert.equal(served, 2, 'one GET for the page, one for Retry');
      assert.equal(state.listError, 'too_large', "the page's own request");
      const said = await big.page.evaluate(() => document.querySelector('.imtokens-mirror')?.textContent ?? '');
      assert.ok(said.includes('larger than 64 MB'), `the page says why, to a screen reader too: ${said}`);
      const memory = await big.page.evaluate(() => window.imtokens.debug.heap().length);
      assert.ok(memory < limit, `wasm memory is ${memory} bytes`);
      await big.page.unroute(CREATE);
      await big.click('##retry');
      await big.waitForState((s) => s.list === 'ready', { message: 'the list once the answer is normal' });
    } finally {
      await big.page.close();
    }
  });
});

describe('a double-click on Save', () => {
  test('creates exactly one token on the server', async () => {
    const name = `${prefix}double click`;
    await app.goto(session.strapi.appUrl());
    await openCreateForm(app);
    await fillForm(app, { name });
    const start = app.requests.length;
    await app.doubleClick('##save', { settle: false });
    await app.waitForState((s) => s.view === 'edit' && s.banner && s.inFlight === 0, { message: 'the created token' });
    // The state says the banner is there; the page takes a frame or two to lay it out above the form,
    // and a click aimed before that lands where the form was (on the Name field).
    await app.settle();
    // A request sent after the double-click was handled: a second POST, had one left, comes before it.
    await fillForm(app, { description: 'saved once' });
    await save(app);
    await app.waitForState((s) => s.notifications.some((n) => n.key === 'notification.edited'), {
      message: 'the edit after the double-click',
    });
    const tokenCalls = app.requests
      .slice(start)
      .map(({ method, url }) => `${method} ${new URL(url).pathname.replace(/\/\d+$/, '/:id')}`)
      .filter((call) => call.includes(' /admin/api-tokens'));
    assert.deepEqual(tokenCalls, ['POST /admin/api-tokens', 'PUT /admin/api-tokens/:id']);
    assert.equal((await session.strapi.tokensNamed(name)).length, 1);
  });
});
