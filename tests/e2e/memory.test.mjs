// Secrets leave no copy in the component's wasm memory once they are no longer needed, before any
// unmount: an admin signs in by typing the password, creates a token, copies and dismisses its
// key, regenerates it, and signs out. After each step the whole memory is searched for any 16-byte
// run of the key, the JWT and the password, as UTF-8 and as UTF-16 (lib/memory-scan.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBrowserSession } from './lib/fixture.mjs';
import { confirmDialog, copySecret, createToken } from './lib/flows.mjs';
import { assertNotInWasmMemory, foundInWasmMemory } from './lib/memory-scan.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('memory');
let session;
let app;
const seen = {}; // what the memory must not hold: keys, the JWT, the password

before(async () => {
  session = await startBrowserSession();
  await session.context.clearCookies(); // no refresh cookie: the page shows its sign-in form
  app = await session.open(null);
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

async function dismissBanner() {
  await app.click('##dismiss-banner');
  await app.waitForState((s) => !s.banner, { message: 'the banner dismissed' });
}

describe('secrets in wasm memory', () => {
  test('signs in by typing the password', async () => {
    const admin = session.strapi.session.users.admin;
    await app.fill('##Email', admin.email);
    await app.fill('##Password', admin.password);
    // The search finds the typed password while the form holds it: it can see what it looks for.
    assert.deepEqual(await foundInWasmMemory(app, { password: admin.password }), ['password'], 'the form holds the password');
    const login = app.page.waitForResponse((r) => r.url().endsWith('/admin/login'));
    await app.click('##login', { settle: false });
    const answer = await login;
    assert.equal(answer.status(), 200, 'POST /admin/login');
    seen.jwt = (await answer.json()).data.token;
    seen.password = admin.password;
    await app.waitForState((s) => s.signedIn && s.list === 'ready', { message: 'the list after signing in' });
    assert.ok(seen.password.length >= 12, 'a password of 12 characters or more');
    // The password has gone once handed over; the session holds the JWT.
    await assertNotInWasmMemory(app, { password: seen.password }, { when: 'once signed in' });
    assert.deepEqual(await foundInWasmMemory(app, { jwt: seen.jwt }), ['jwt'], 'the session holds the JWT');
  });

  test('after create, Copy and Dismiss, no 16 bytes of the key are left', async () => {
    await createToken(app, { name: `${prefix}scanned`, type: 'Full access', duration: '7 days' });
    seen.key = await copySecret(session, app);
    // The search finds the key while the banner shows it: it can see what it looks for.
    assert.deepEqual(await foundInWasmMemory(app, { key: seen.key }), ['key'], 'the banner holds the key');
    await dismissBanner();
    await assertNotInWasmMemory(app, { key: seen.key }, { when: 'after Dismiss' });
  });

  test('after Regenerate, Copy and Dismiss, neither key is left', async () => {
    await app.click('##regenerate');
    await confirmDialog(app);
    await app.waitForState((s) => s.banner && !s.dialog, { message: 'the regenerated key' });
    seen.regenerated = await copySecret(session, app);
    assert.notEqual(seen.regenerated, seen.key);
    assert.deepEqual(await foundInWasmMemory(app, { regenerated: seen.regenerated }), ['regenerated']);
    await dismissBanner();
    await assertNotInWasmMemory(app, { key: seen.key, regenerated: seen.regenerated }, { when: 'after Dismiss' });
  });

  test('after signing out, neither the JWT nor the typed password is left, and the password field is empty', async () => {
    assert.ok(seen.jwt && seen.key, 'the steps above ran');
    await app.click('##sign-out');
    await app.waitForState((s) => !s.signedIn && s.inFlight === 0, { message: 'signed out' });
    await app.find('##Password');
    const fields = await app.page.evaluate(() =>
      [...document.querySelectorAll('.imtokens-mirror input')].map((input) => ({ type: input.type, value: input.value })),
    );
    assert.ok(fields.some((f) => f.type === 'password'), `the sign-in form is shown again: ${JSON.stringify(fields)}`);
    assert.deepEqual(fields.filter((f) => f.type === 'password'), [{ type: 'password', value: '' }]);
    await assertNotInWasmMemory(app, seen, { when: 'after signing out' });
  });

  test('no secret stayed in the browser', async () => {
    await session.secrets.assertNothingKeptIn(session.context, session.apps);
    await session.closeAndCheckDisk();
  });
});
