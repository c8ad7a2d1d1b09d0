// The banner's copy formats in headless Chromium against the real Strapi: each format lands on the
// clipboard exactly, written inside the click's own DOM event; the curl command, run for real, and
// the fetch() snippet, run in node, get 200; the .env name is edited in place; no text stays behind.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { screenshotPath, startBrowserSession } from './lib/fixture.mjs';
import { AxTree, axProperty } from './lib/a11y.mjs';
import { clipboardWrites, copySecret, createToken, watchClipboardWrites } from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const run = promisify(execFile);
const prefix = runPrefix('copy');
let session;
let app;
let key;

// Clicks one format's button and returns what the clipboard holds once the page says it took it.
async function copyFormat(format) {
  const before = (await clipboardWrites(app)).length;
  await app.click(`##copy-as:${format}`);
  await app.waitForState((s) => s.copiedFormat === format, { message: `the ${format} copied` });
  const writes = (await clipboardWrites(app)).slice(before);
  assert.equal(writes.length, 1, `one clipboard write per click, saw ${JSON.stringify(writes)}`);
  assert.equal(writes[0].event, 'pointerup', 'written inside the click’s own event');
  assert.equal(writes[0].activation, true);
  return session.readClipboard(app);
}

before(async () => {
  session = await startBrowserSession();
  await watchClipboardWrites(session.context);
  app = await session.open('admin');
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

describe('an admin copies the new key in the format they will paste it in', () => {
  const name = `${prefix}full access`;

  test('creates a full-access token and copies the raw key', async () => {
    await app.goto(session.strapi.appUrl());
    await createToken(app, { name, type: 'Full access', duration: '7 days' });
    key = await copySecret(session, app);
    assert.match(key, /^[0-9a-f]{256}$/);
    assert.equal((await app.state()).copiedFormat, 'raw');
  });

  test('More formats opens the other formats and says which route curl calls', async () => {
    const ax = await AxTree.open(app.page);
    const more = await ax.find('button', 'More formats');
    assert.equal(axProperty(more, 'expanded'), false);
    await app.click('##more-formats');
    await app.find('##copy-as:curl');
    assert.equal(axProperty(await ax.find('button', 'More formats'), 'expanded'), true);
    // A screen reader hears the route with the button, as the line under the buttons shows it.
    for (const name of ['Copy curl command', 'Copy fetch() snippet']) {
      const button = await ax.find('button', name);
      assert.equal(button.description?.value, 'curl and fetch() call GET /api/restaurants, a route this token can call.');
    }
    await ax.find('textbox', 'Variable name in the .env line');
  });

  test('the Authorization header is exact', async () => {
    assert.equal(await copyFormat('header'), `Authorization: Bearer ${key}`);
    assert.ok(await app.has('Copied: header###copy'), 'Copy says the header was copied last');
  });

  test('the .env line is exact, under the name the admin typed', async () => {
    assert.equal(await copyFormat('env'), `STRAPI_API_TOKEN=${key}`);
    await app.fill('##env-name', 'CMS_TOKEN');
    await app.click('##copy-as:header'); // another format first, so the next copy is seen
    await app.waitForState((s) => s.copiedFormat === 'header');
    assert.equal(await copyFormat('env'), `CMS_TOKEN=${key}`);
  });

  test('the curl command is exact and, run for real, gets 200', async () => {
    const origin = session.strapi.baseUrl;
    const curl = await copyFormat('curl');
    assert.equal(curl, `curl -H 'Authorization: Bearer ${key}' '${origin}/api/restaurants'`);
    await app.screenshot(await screenshotPath('web-copy-formats.png'));
    const { stdout } = await run('bash', ['-c', `${curl} -s -o /dev/null -w '%{http_code}'`]);
    assert.equal(stdout, '200');
  });

  test('the fetch() snippet is exact and, run in node, gets 200', async () => {
    const origin = session.strapi.baseUrl;
    const snippet = await copyFormat('fetch');
    assert.equal(
      snippet,
      `const response = await fetch('${origin}/api/restaurants', {\n` +
        `  headers: { Authorization: 'Bearer ${key}' },\n});\nconst body = await response.json();`,
    );
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    const status = await new AsyncFunction(`${snippet}\nreturn [response.status, Array.isArray(body.data)];`)();
    assert.deepEqual(status, [200, true]);
  });

  test('in dark and in French too', async () => {
    await app.page.evaluate(() => {
      window.imtokens.setTheme('dark');
      window.imtokens.setLocale('fr');
    });
    await app.find('Copier la commande curl###copy-as:curl');
    await app.screenshot(await screenshotPath('web-copy-formats-dark-fr.png'));
    await app.page.evaluate(() => {
      window.imtokens.setTheme('light');
      window.imtokens.setLocale('en');
    });
    await app.find('Copy curl command###copy-as:curl');
  });

  test('no copy text is kept in storage, cookies, URLs or the console', async () => {
    await app.click('##dismiss-banner');
    await app.waitForState((s) => !s.banner, { message: 'the banner gone' });
    await session.secrets.assertNothingKeptIn(session.context, session.apps);
  });
});
