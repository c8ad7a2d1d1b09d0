// A production page has no back door: opened the way a user opens it (no test hooks), the page puts
// no handle on window and the handle has no debug surface (items, state, the wasm memory); the JWT a
// host hands over is gone from window.IMTOKENS_OPTIONS and from the options object once mounted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBrowserSession } from './lib/fixture.mjs';

let session;

before(async () => {
  session = await startBrowserSession();
});

after(async () => {
  await session?.close();
});

// Opens a bundle page with a JWT handed over, without the test hooks tests/e2e/lib/app-page.mjs asks
// for, and waits until the accessible mirror shows the token table.
async function openProductionPage(pageName) {
  const page = await session.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript((jwt) => {
    window.IMTOKENS_OPTIONS = { auth: { token: jwt } };
  }, session.strapi.jwt('admin'));
  await page.goto(session.strapi.appUrl(pageName));
  await page.waitForSelector('.imtokens-mirror [role=table]', { state: 'attached', timeout: 30_000 });
  return { page, errors };
}

// Everything on window that the page's own scripts added, with any handle-like object among it.
function windowSurface() {
  const fresh = document.createElement('iframe');
  document.body.append(fresh);
  const builtIn = new Set(Object.getOwnPropertyNames(fresh.contentWindow));
  fresh.remove();
  const added = Object.getOwnPropertyNames(window).filter((name) => !builtIn.has(name));
  const handles = added.filter((name) => {
    const value = window[name];
    return value !== null && typeof value === 'object' && ('debug' in value || 'unmount' in value || 'heap' in value);
  });
  return { added, handles, options: 'IMTOKENS_OPTIONS' in window, hooks: 'IMTOKENS_TEST_HOOKS' in window };
}

describe('a production page', () => {
  for (const pageName of ['index.html', 'embed-demo.html']) {
    test(`${pageName} puts no handle on window and keeps no JWT in its options`, async () => {
      const { page, errors } = await openProductionPage(pageName);
      const surface = await page.evaluate(windowSurface);
      assert.deepEqual(surface.handles, [], `handle-like globals: ${surface.added.join(', ')}`);
      assert.equal(surface.options, false, 'window.IMTOKENS_OPTIONS is removed once read');
      assert.equal(surface.hooks, false);
      assert.equal(await page.evaluate(() => window.imtokens), undefined);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('a mounted handle has no debug surface, and mount() takes the token out of the options', async () => {
    const { page } = await openProductionPage('index.html');
    const jwt = session.strapi.jwt('admin');
    const result = await page.evaluate(async (token) => {
      const { mount } = await import('./imtokens.mjs');
      const element = document.createElement('div');
      element.style.cssText = 'position:fixed;left:0;top:0;width:640px;height:480px';
      document.body.append(element);
      const options = { auth: { token }, baseUrl: location.origin };
      const handle = await mount(element, options);
      // Everything reachable from the handle, walked to a depth of 3 (the canvas and mirror aside).
      const reachable = [];
      const walk = (value, depth) => {
        if (value === null || typeof value !== 'object' || depth > 3 || value instanceof Node) return;
        for (const key of Object.keys(value)) {
          reachable.push(key);
          const inner = value[key];
          if (typeof inner === 'string') reachable.push(inner);
          else walk(inner, depth + 1);
        }
      };
      walk(handle, 0);
      const keys = Object.keys(handle).sort();
      const inHandle = reachable.some((text) => text.includes(token));
      const inOptions = JSON.stringify(options).includes(token);
      handle.unmount();
      element.remove();
      return { keys, debug: 'debug' in handle, inHandle, inOptions, options: Object.keys(options.auth) };
    }, jwt);
    assert.deepEqual(result.keys, ['canvas', 'mirror', 'mounted', 'setLocale', 'setTheme', 'unmount']);
    assert.equal(result.debug, false, 'no handle.debug without testHooks');
    assert.equal(result.inHandle, false, 'the JWT is nowhere in the handle');
    assert.equal(result.inOptions, false, 'the JWT is gone from the options object the host passed');
    assert.deepEqual(result.options, [], 'auth.token was removed');
    await page.close();
  });

  test('the test hooks exist only when asked for, and the JWT is gone from their page too', async () => {
    const app = await session.open('admin');
    const surface = await app.page.evaluate(() => ({
      debug: typeof window.imtokens?.debug?.heap,
      options: 'IMTOKENS_OPTIONS' in window,
    }));
    assert.deepEqual(surface, { debug: 'function', options: false });
  });
});
