// Every flow of the API Tokens page, in headless Chromium, against the real Strapi: an admin creates,
// copies, uses, regenerates, edits, deletes, sorts and searches tokens. The last steps prove the
// browser kept no secret and that an idle page draws nothing. Names in any script are drawn.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshotPath, startBrowserSession } from './lib/fixture.mjs';
import { decodePng } from './lib/png.mjs';
import {
  DURATIONS,
  RESTAURANT_ACTIONS,
  TYPES,
  assertStatus,
  backToList,
  clipboardWrites,
  confirmDialog,
  copySecret,
  createToken,
  fillForm,
  openToken,
  save,
  searchFor,
  selectAllOf,
  visibleRows,
  watchClipboardWrites,
} from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('tokens');
let session;
let app;
const keys = {}; // token name -> secret copied from the page

// The colour most pixels of a screenshot have (the page behind the cards), and its luminance.
function backgroundOf(png) {
  const counts = new Map();
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    const rgb = (png.pixels[i] << 16) | (png.pixels[i + 1] << 8) | png.pixels[i + 2];
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const [rgb] = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const [r, g, b] = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255];
  return { rgb: [r, g, b], luminance: 0.2126 * r + 0.7152 * g + 0.0722 * b };
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

describe('an admin creates a token of each type and each duration', () => {
  const cases = [
    { name: `${prefix}read-only 7 days`, duration: '7 days', type: 'Read-only', post: 403 },
    { name: `${prefix}full access 30 days`, duration: '30 days', type: 'Full access', post: 201 },
    { name: `${prefix}custom 90 days`, duration: '90 days', type: 'Custom', post: 201, selectAll: true },
    { name: `${prefix}read-only unlimited`, duration: 'Unlimited', type: 'Read-only', post: 403 },
  ];

  for (const c of cases) {
    test(`creates "${c.name}" (${c.type}, ${c.duration}) and copies its secret`, async () => {
      await app.goto(session.strapi.appUrl());
      const permissions = c.selectAll
        ? async (page) => {
            await selectAllOf(page, 'api::restaurant', 'restaurant');
            await page.click('##cog:api::restaurant.restaurant.create');
            await page.screenshot(await screenshotPath('web-permissions.png'));
          }
        : undefined;
      await createToken(app, { name: c.name, description: `made by ${c.type}`, duration: c.duration, type: c.type }, {
        permissions,
      });

      const writesBefore = (await clipboardWrites(app)).length;
      keys[c.name] = await copySecret(session, app);
      if (c.type === 'Full access') await app.screenshot(await screenshotPath('web-banner.png'));

      // Written once, inside the click's own DOM event, with its user activation (what Safari requires).
      const writes = (await clipboardWrites(app)).slice(writesBefore);
      assert.equal(writes.length, 1, `one clipboard write per Copy click, saw ${JSON.stringify(writes)}`);
      assert.equal(writes[0].event, 'pointerup');
      assert.equal(writes[0].activation, true);
      assert.equal(writes[0].length, 256);

      const token = await session.strapi.tokenNamed(c.name);
      assert.equal(token.type, TYPES[c.type]);
      assert.equal(token.lifespan, DURATIONS[c.duration]);
      assert.equal(token.description, `made by ${c.type}`);
      if (c.selectAll) assert.deepEqual([...token.permissions].sort(), RESTAURANT_ACTIONS);
    });

    test(`the secret of "${c.name}" reads restaurants and gets ${c.post} when creating one`, async () => {
      const key = keys[c.name];
      assert.ok(key, 'the secret was copied in the previous step');
      assertStatus(await session.strapi.contentApi('GET', '/api/restaurants', key), 200, 'GET /api/restaurants');
      const created = await session.strapi.contentApi('POST', '/api/restaurants', key, {
        data: { name: `${prefix}restaurant`, description: 'made with an API token' },
      });
      assertStatus(created, c.post, 'POST /api/restaurants');
    });
  }
});

describe('the secret is shown once', () => {
  const name = `${prefix}shown once`;

  test('the banner is gone after navigating away and back to the token', async () => {
    await app.goto(session.strapi.appUrl());
    await createToken(app, { name, type: 'Read-only', duration: '7 days' });
    await copySecret(session, app);
    await backToList(app);
    await openToken(app, name);
    const state = await app.state();
    assert.equal(state.banner, false);
    assert.equal(await app.has('##copy'), false, 'no Copy button without a secret');
  });

  test('the banner is gone after a reload', async () => {
    await app.goto(session.strapi.appUrl());
    await createToken(app, { name: `${name} 2`, type: 'Read-only', duration: '7 days' });
    await copySecret(session, app);
    await app.reload();
    assert.equal((await app.state()).banner, false);
    await openToken(app, `${name} 2`);
    assert.equal((await app.state()).banner, false);
    assert.equal(await app.has('##copy'), false);
  });

  test('the banner is gone after leaving the page and coming back with the browser', async () => {
    await app.goto(session.strapi.appUrl());
    await createToken(app, { name: `${name} 3`, type: 'Read-only', duration: '7 days' });
    await copySecret(session, app);
    await app.page.goto('about:blank');
    await app.page.goBack();
    await app.ready('table');
    assert.equal((await app.state()).banner, false);
  });
});

describe('regenerate', () => {
  const name = `${prefix}full access 30 days`;

  test('the old secret stops working and the new one works', async () => {
    const old = keys[name];
    assert.ok(old, 'the token was created above');
    await app.goto(session.strapi.appUrl());
    await openToken(app, name);
    await app.click('##regenerate');
    await confirmDialog(app);
    await app.waitForState((s) => s.banner && !s.dialog, { message: 'the regenerated secret' });
    const fresh = await copySecret(session, app);
    assert.notEqual(fresh, old);
    assertStatus(await session.strapi.contentApi('GET', '/api/restaurants', old), 401, 'the old secret');
    assertStatus(await session.strapi.contentApi('GET', '/api/restaurants', fresh), 200, 'the new secret');
  });
});

describe('edit', () => {
  test('changes the name, the description and the type; the duration stays locked', async () => {
    // A token with a limited duration, so that a duration sent along would show on the server.
    const before = `${prefix}custom 90 days`;
    const after = `${prefix}edited`;
    const original = await session.strapi.tokenNamed(before);
    assert.equal(original.lifespan, DURATIONS['90 days']);
    await app.goto(session.strapi.appUrl());
    await openToken(app, before);
    assert.equal((await app.find('##Token duration')).enabled, false, 'the duration cannot be changed');
    await fillForm(app, { name: after, description: 'now read-only', type: 'Read-only' });
    await save(app);
    await app.waitForState((s) => s.notifications.some((n) => n.key === 'notification.edited'), {
      message: 'the edited notification',
    });
    const token = await session.strapi.tokenNamed(after);
    assert.equal(token.description, 'now read-only');
    assert.equal(token.type, 'read-only');
    assert.equal(token.lifespan, original.lifespan, 'the duration never changes');
    assert.equal(token.expiresAt, original.expiresAt, 'nor the expiration date');
    assert.deepEqual(await session.strapi.tokensNamed(before), []);
    // The secret copied at creation still works, now read-only: it may read but no longer create.
    assertStatus(await session.strapi.contentApi('GET', '/api/restaurants', keys[before]), 200, 'GET with the edited token');
    assertStatus(
      await session.strapi.contentApi('POST', '/api/restaurants', keys[before], { data: { name: `${prefix}edited` } }),
      403,
      'POST with the edited token',
    );
  });
});

describe('delete', () => {
  test('deletes a token from the list after confirmation', async () => {
    const name = `${prefix}read-only 7 days`;
    await app.goto(session.strapi.appUrl());
    await searchFor(app, name);
    await app.click((item) => item.label === `Delete ${name}##delete`);
    await confirmDialog(app);
    await app.waitForState((s) => !s.dialog && s.notifications.some((n) => n.key === 'notification.deleted'), {
      message: 'the deleted notification',
    });
    assert.deepEqual(await session.strapi.tokensNamed(name), []);
    assert.deepEqual(await visibleRows(app, [name]), []);
    assertStatus(await session.strapi.contentApi('GET', '/api/restaurants', keys[name]), 401, 'a deleted token');
  });
});

describe('sort and search', () => {
  const names = ['bravo', 'alpha', 'charlie'].map((n) => `${prefix}sort ${n}`);

  before(async () => {
    for (const [i, name] of names.entries()) {
      await session.strapi.createToken({ name, description: i === 2 ? 'the special one' : 'plain' });
    }
  });

  test('search narrows the list by name and by description', async () => {
    await app.goto(session.strapi.appUrl());
    await searchFor(app, `${prefix}sort`);
    assert.equal((await app.state()).rows, 3);
    await searchFor(app, 'the special one');
    assert.deepEqual(await visibleRows(app, names), [names[2]]);
  });

  test('the Name header sorts both ways', async () => {
    await searchFor(app, `${prefix}sort`);
    const ascending = [...names].sort();
    assert.deepEqual(await visibleRows(app, names), ascending);
    await app.click((item) => item.label.endsWith('##sort-name'));
    assert.deepEqual(await visibleRows(app, names), [...ascending].reverse());
    await app.click((item) => item.label.endsWith('##sort-name'));
    assert.deepEqual(await visibleRows(app, names), ascending);
  });
});

describe('names in any script', () => {
  // Beyond Latin-1: Polish, Greek and Cyrillic, which this machine's fonts cover. Drawn with the
  // replacement glyph instead, the first name would look exactly like the second.
  const written = `${prefix}ę Ωμ Кл`;
  const missing = `${prefix}? ?? ??`;

  before(async () => {
    await session.strapi.createToken({ name: written });
    await session.strapi.createToken({ name: missing });
  });

  test('a name in Polish, Greek and Cyrillic is drawn with its own letters', async () => {
    await app.goto(session.strapi.appUrl());
    await searchFor(app, prefix);
    const nameLine = async (name) => {
      const row = await app.find(`##${name}`);
      await app.settle();
      return decodePng(await app.page.screenshot({ clip: { x: row.x, y: row.y, width: 320, height: row.h } }));
    };
    const drawn = await nameLine(written);
    const fallback = await nameLine(missing);
    let differing = 0;
    for (let i = 0; i < drawn.pixels.length; i += drawn.channels) {
      if (Math.abs(drawn.pixels[i] - fallback.pixels[i]) > 48) differing += 1;
    }
    assert.ok(differing > 100, `pixels that differ between "${written}" and "${missing}": ${differing}`);
    await app.screenshot(await screenshotPath('web-names-any-script.png'));
  });
});

describe('what travels compressed', () => {
  test("the page's own files do; API answers, secrets among them, do not", async () => {
    const seen = new Map(); // "METHOD /path" -> { encoding, bytes }
    const pending = [];
    const record = (response) => {
      const key = `${response.request().method()} ${new URL(response.url()).pathname}`;
      const encoding = response.headers()['content-encoding'] ?? 'identity';
      pending.push(response.body().then((body) => seen.set(key, { encoding, bytes: body.length }), () => {}));
    };
    // Without the HTTP cache, so that the bundle comes from Strapi again instead of a 304.
    const devtools = await app.page.context().newCDPSession(app.page);
    await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
    app.page.on('response', record);
    try {
      await app.reload();
      await createToken(app, { name: `${prefix}compression`, duration: '7 days', type: 'Read-only' });
    } finally {
      app.page.off('response', record);
      await devtools.send('Network.setCacheDisabled', { cacheDisabled: false });
      await devtools.detach();
    }
    await Promise.all(pending);
    const report = JSON.stringify(Object.fromEntries(seen));
    assert.match(seen.get('GET /app/imtokens-app.wasm')?.encoding ?? '', /^(br|gzip)$/, report);
    // koa-compress leaves answers under 1 KB alone anyway: the list, well over that, is what shows
    // the API is kept out of compression on purpose.
    const list = seen.get('GET /admin/api-tokens');
    assert.ok(list && list.bytes > 1024, report);
    assert.equal(list.encoding, 'identity', report);
    assert.equal(seen.get('POST /admin/api-tokens')?.encoding, 'identity', report);
  });
});

describe('after every flow', () => {
  test('light and dark screenshots: a light page and a dark one', async () => {
    await app.goto(session.strapi.appUrl('index.html', 'theme=light'));
    await searchFor(app, prefix);
    const light = backgroundOf(decodePng(await app.screenshot(await screenshotPath('web-light.png'))));
    await app.goto(session.strapi.appUrl('index.html', 'theme=dark'));
    await searchFor(app, prefix);
    const dark = backgroundOf(decodePng(await app.screenshot(await screenshotPath('web-dark.png'))));
    assert.ok(light.luminance > 200, `light page background ${JSON.stringify(light)}`);
    assert.ok(dark.luminance < 60, `dark page background ${JSON.stringify(dark)}`);
  });

  test('an idle page draws no frame for 2 seconds', async () => {
    await app.waitForState((s) => s.notifications.length === 0 && !s.framesScheduled && s.inFlight === 0, {
      timeout: 15_000,
      message: 'a quiet page',
    });
    await app.quiet(); // the frames of the last mouse move are drawn
    const start = await app.frames();
    await app.page.waitForTimeout(2000);
    assert.equal(await app.frames(), start, 'frames drawn while nothing happened');
  });

  test('no secret is kept in storage, cookies, URLs or the console', async () => {
    assert.ok(session.secrets.size >= 6, `secrets seen: ${session.secrets.size}`);
    await session.secrets.assertNothingKeptIn(session.context, session.apps);
    const errors = session.apps.flatMap((a) => a.errors);
    assert.deepEqual(errors, [], `uncaught page errors: ${errors.join(' | ')}`);
  });

  test('nor anywhere in the browser profile on disk', async () => {
    await session.closeAndCheckDisk();
  });
});
