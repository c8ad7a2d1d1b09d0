// Keeping the list clean, in headless Chromium against the real Strapi: tokens of different
// durations, their expiry and last use moved in the database, then each status filter's count and
// rows, the summary line and its links, and the CSV and JSON exports (captured as downloads) holding
// exactly the rows shown and never a key.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { AxTree, axProperty, rowNames } from './lib/a11y.mjs';
import { setTokenDates } from './lib/database.mjs';
import { screenshotPath, startBrowserSession } from './lib/fixture.mjs';
import { searchFor } from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const DAY = 24 * 60 * 60 * 1000;
const prefix = runPrefix('hygiene');
let session;
let app;
let ax;
const keys = [];

// The five tokens of this file: how Strapi creates them, then where the database moves them in time.
const TOKENS = [
  { suffix: 'a soon', lifespan: 7 * DAY, description: 'rotates, "soon"', used: -1 / 24 },
  { suffix: 'b expired', lifespan: 30 * DAY, expires: -2 },
  { suffix: 'c stale', lifespan: null, used: -45 },
  { suffix: 'd fresh', lifespan: 90 * DAY },
  { suffix: 'e soon stale — é東京', lifespan: 30 * DAY, expires: 3, used: -31 },
];
const nameOf = (suffix) => `${prefix}${suffix}`;

// The filters' rules, written again from their definition, to judge Strapi's own list by.
const STATUSES = [
  { id: 'active', label: 'Active', has: (t, now) => !expired(t, now) },
  {
    id: 'expires-soon',
    label: 'Expires within 7 days',
    has: (t, now) => !expired(t, now) && t.expiresAt !== null && Date.parse(t.expiresAt) - now <= 7 * DAY,
  },
  { id: 'expired', label: 'Expired', has: (t, now) => expired(t, now) },
  { id: 'never-used', label: 'Never used', has: (t) => t.lastUsedAt === null },
  {
    id: 'unused-30-days',
    label: 'Not used for 30+ days',
    has: (t, now) => t.lastUsedAt !== null && now - Date.parse(t.lastUsedAt) >= 30 * DAY,
  },
];
function expired(token, now) {
  return token.expiresAt !== null && Date.parse(token.expiresAt) <= now;
}
const MINE = {
  active: ['a soon', 'c stale', 'd fresh', 'e soon stale — é東京'],
  'expires-soon': ['a soon', 'e soon stale — é東京'],
  expired: ['b expired'],
  'never-used': ['b expired', 'd fresh'],
  'unused-30-days': ['c stale', 'e soon stale — é東京'],
};

async function serverCounts() {
  const tokens = await session.strapi.tokens();
  const now = Date.now();
  return Object.fromEntries(STATUSES.map((s) => [s.id, tokens.filter((t) => s.has(t, now)).length]));
}

async function myTokensOnServer(suffixes) {
  const names = new Set(suffixes.map(nameOf));
  const tokens = (await session.strapi.tokens()).filter((t) => names.has(t.name));
  return tokens.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
}

function csvField(value) {
  const text = value ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// Clicks an export button and returns the name and text of the file the browser downloaded.
async function download(ref) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.click(ref)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

before(async () => {
  session = await startBrowserSession();
  const now = Date.now();
  for (const spec of TOKENS) {
    const created = await session.strapi.createToken({
      name: nameOf(spec.suffix),
      description: spec.description ?? '',
      lifespan: spec.lifespan,
    });
    keys.push(created.accessKey);
    await setTokenDates(created.id, {
      expiresAt: spec.expires === undefined ? undefined : new Date(now + spec.expires * DAY),
      lastUsedAt: spec.used === undefined ? undefined : new Date(now + spec.used * DAY),
    });
  }
  app = await session.open('admin');
  ax = await AxTree.open(app.page);
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

describe('an admin keeps the token list clean', () => {
  test('each filter shows the count Strapi’s list has for its status', async () => {
    const counts = await serverCounts();
    for (const status of STATUSES) {
      const node = await ax.find('button', `${status.label} (${counts[status.id]})`);
      // A tristate in Chromium's tree: the string "false", present because the button is a toggle.
      assert.equal(axProperty(node, 'pressed'), 'false', `${status.label} starts released`);
    }
  });

  test('the summary line names what needs looking at, with the same counts', async () => {
    const counts = await serverCounts();
    const plural = (n, one, other) => (n === 1 ? one : other).replace('{count}', n);
    await ax.find('link', plural(counts['expires-soon'], '{count} token expires within 7 days', '{count} tokens expire within 7 days'));
    await ax.find('link', plural(counts.expired, '{count} token is expired', '{count} tokens are expired'));
    await ax.find(
      'link',
      plural(counts['unused-30-days'], '{count} token has not been used for 30+ days', '{count} tokens have not been used for 30+ days'),
    );
  });

  test('each filter, with the search on this run’s tokens, shows exactly its rows', async () => {
    await searchFor(app, prefix);
    assert.deepEqual(await rowNames(ax), TOKENS.map((t) => nameOf(t.suffix)));
    for (const status of STATUSES) {
      await app.click(`##filter-${status.id}`);
      assert.deepEqual(await rowNames(ax), MINE[status.id].map(nameOf), `rows under ${status.label}`);
      const pressed = (await ax.query('button')).filter((b) => axProperty(b, 'pressed') === 'true');
      assert.deepEqual(pressed.map((b) => b.name.value.replace(/ \(\d+\)$/, '')), [status.label]);
      await app.click(`##filter-${status.id}`); // released again
      assert.equal((await rowNames(ax)).length, TOKENS.length);
    }
  });

  test('a part of the summary line applies its filter', async () => {
    await app.click('##summary-expired');
    assert.deepEqual(await rowNames(ax), [nameOf('b expired')]);
    await app.click('##summary-unused-30-days');
    assert.deepEqual(await rowNames(ax), MINE['unused-30-days'].map(nameOf));
    await app.screenshot(await screenshotPath('web-hygiene-light-en.png'));
  });

  test('Export CSV downloads exactly the rows shown, quoted, without a key', async () => {
    await app.click('##filter-expires-soon');
    const file = await download('##export-csv');
    assert.match(file.name, /^api-tokens-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = await myTokensOnServer(MINE['expires-soon']);
    const expected =
      'name,description,type,createdAt,lastUsedAt,expiresAt\r\n' +
      rows
        .map((t) => [t.name, t.description, t.type, t.createdAt, t.lastUsedAt, t.expiresAt].map(csvField).join(',') + '\r\n')
        .join('');
    assert.equal(file.text, expected);
    assert.ok(file.text.includes('"rotates, ""soon"""'), 'the description’s comma and quotes are quoted');
    assert.ok(!file.text.includes('accessKey'));
    for (const key of keys) assert.ok(!file.text.includes(key), 'no access key in the export');
    await app.waitForState((s) => s.notifications.some((n) => n.key === 'notification.exported' && n.detail === file.name));
  });

  test('Export JSON downloads the same rows as objects, without a key', async () => {
    const file = await download('##export-json');
    assert.match(file.name, /^api-tokens-\d{4}-\d{2}-\d{2}\.json$/);
    const rows = await myTokensOnServer(MINE['expires-soon']);
    assert.deepEqual(
      JSON.parse(file.text),
      rows.map((t) => ({
        name: t.name,
        description: t.description,
        type: t.type,
        createdAt: t.createdAt,
        lastUsedAt: t.lastUsedAt,
        expiresAt: t.expiresAt,
      })),
    );
    for (const key of keys) assert.ok(!file.text.includes(key), 'no access key in the export');
  });

  test('in French and the dark theme the filters say the same', async () => {
    await app.click('##filter-expires-soon'); // released
    const fr = await session.open('admin', { options: { locale: 'fr', theme: 'dark' } });
    const frAx = await AxTree.open(fr.page);
    const counts = await serverCounts();
    await frAx.find('button', `Expiré (${counts.expired})`);
    await searchFor(fr, prefix);
    await fr.click('##filter-never-used');
    assert.deepEqual(await rowNames(frAx), MINE['never-used'].map(nameOf));
    await fr.screenshot(await screenshotPath('web-hygiene-dark-fr.png'));
    await frAx.close();
  });
});
