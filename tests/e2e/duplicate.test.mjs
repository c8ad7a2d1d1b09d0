// Duplicate as a new token in headless Chromium against the real Strapi: the rotation Strapi's own
// Regenerate cannot do. A custom token is duplicated from its edit page; the server then has the new
// token with the same type, permissions and description and the duration chosen afresh; the banner's
// offer deletes the old token with one DELETE, and the server no longer has it. Once in dark and
// French as well.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshotPath, startBrowserSession } from './lib/fixture.mjs';
import { AxTree, axProperty, waitForAnnouncement } from './lib/a11y.mjs';
import { DURATIONS, confirmDialog, copySecret, fillForm, openToken, save } from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('duplicate');
const PERMISSIONS = [
  'api::homepage.homepage.find',
  'api::restaurant.restaurant.find',
  'api::restaurant.restaurant.findOne',
];
let session;
let app;
let source;
const deletes = [];

before(async () => {
  session = await startBrowserSession();
  app = await session.open('admin');
  app.page.on('request', (request) => {
    if (request.method() === 'DELETE') deletes.push(new URL(request.url()).pathname);
  });
  source = await session.strapi.createToken({
    name: `${prefix}deploy bot`,
    description: 'Deploys the site every night',
    type: 'custom',
    lifespan: Number(DURATIONS['7 days']),
    permissions: PERMISSIONS,
  });
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

describe('an admin rotates a token by duplicating it, then deletes the old one', () => {
  const copyName = () => `${source.name} (copy)`;

  test('Duplicate on the edit page opens the create form filled in from the token', async () => {
    await app.goto(session.strapi.appUrl());
    await openToken(app, source.name);
    const ax = await AxTree.open(app.page);
    await ax.find('button', 'Duplicate');
    await app.click('##duplicate');
    const s = await app.waitForState((s) => s.view === 'create' && s.catalogue === 'ready', {
      message: 'the create form of the duplicate',
    });
    assert.equal(s.draft.name, copyName());
    assert.equal(s.draft.description, source.description);
    // The mirror's field takes the new form's text on the next frame.
    const nameInField = async () => {
      const field = await ax.find('textbox', 'Name');
      return field.value?.value ?? (await ax.onElement(field, function () { return this.value; }));
    };
    for (let i = 0; i < 50 && (await nameInField()) !== copyName(); i += 1) await app.page.waitForTimeout(100);
    assert.equal(await nameInField(), copyName());
    const type = await ax.find('combobox', 'Token type');
    assert.equal(type.value?.value ?? (await ax.onElement(type, function () { return this.textContent; })), 'Custom');
    // A fresh duration to choose: not locked as on the edit page.
    assert.notEqual(axProperty(await ax.find('combobox', 'Token duration'), 'disabled'), true);
    await app.screenshot(await screenshotPath('web-duplicate-form.png'));
  });

  test('saved with 90 days, the server has the new token with the same permissions and description', async () => {
    await fillForm(app, { duration: '90 days' });
    await save(app);
    await app.waitForState((s) => s.view === 'edit' && s.banner, { message: 'the new key' });
    const made = await session.strapi.tokenNamed(copyName());
    assert.notEqual(made.id, source.id);
    assert.equal(made.type, 'custom');
    assert.equal(made.description, source.description);
    assert.deepEqual([...made.permissions].sort(), PERMISSIONS);
    assert.equal(made.lifespan, DURATIONS['90 days']);
    // A fresh expiry, 90 days from its creation (Strapi reads its clock twice: a few ms apart), not
    // the old token's.
    const fromCreation = Date.parse(made.expiresAt) - Date.parse(made.createdAt);
    assert.ok(Math.abs(fromCreation - Number(DURATIONS['90 days'])) < 5000, `expires ${fromCreation} ms after creation`);
    assert.notEqual(made.expiresAt, source.expiresAt);
    assert.equal((await session.strapi.tokensNamed(source.name)).length, 1, 'the old token is still there');
  });

  test('the banner offers to delete the old token, in light and in dark French', async () => {
    const ax = await AxTree.open(app.page);
    await ax.find('region', 'Retire the old token');
    await ax.find('button', `Delete the old token “${source.name}”`);
    const s = await app.state();
    assert.deepEqual(s.oldToken, { id: source.id, offered: true, deleted: false, error: null });
    await app.screenshot(await screenshotPath('web-duplicate-offer.png'));

    await app.page.evaluate(() => {
      window.imtokens.setTheme('dark');
      window.imtokens.setLocale('fr');
    });
    await ax.find('button', `Supprimer l’ancien jeton «\u202f${source.name}\u202f»`);
    await app.screenshot(await screenshotPath('web-duplicate-offer-dark-fr.png'));
    await app.page.evaluate(() => {
      window.imtokens.setTheme('light');
      window.imtokens.setLocale('en');
    });
    await ax.find('button', `Delete the old token “${source.name}”`);
  });

  test('accepting the offer deletes the old token with one DELETE, and the new key stays', async () => {
    await app.click('##delete-old-token');
    await confirmDialog(app);
    const s = await app.waitForState((s) => s.oldToken?.deleted && !s.dialog, { message: 'the old token deleted' });
    assert.equal(s.view, 'edit');
    assert.equal(s.banner, true, 'the new key is still on screen');
    assert.deepEqual(deletes, [`/admin/api-tokens/${source.id}`]);
    assert.equal((await session.strapi.tokensNamed(source.name)).length, 0, 'the server no longer has it');
    assert.equal((await session.strapi.tokensNamed(copyName())).length, 1);
    // Said in the page's polite live region, where the mirror puts every status.
    await waitForAnnouncement(app.page, 'polite', `The old token “${source.name}” was deleted.`);
  });

  test('in dark and French, Duplicate suffixes the name in French', async () => {
    await copySecret(session, app); // leaving an uncopied key would ask first
    await app.page.evaluate(() => {
      window.imtokens.setTheme('dark');
      window.imtokens.setLocale('fr');
    });
    await app.find('Dupliquer##duplicate');
    await app.click('##duplicate');
    const s = await app.waitForState((s) => s.view === 'create', { message: 'the French duplicate form' });
    assert.equal(s.draft.name, `${copyName()} (copie)`);
    await app.screenshot(await screenshotPath('web-duplicate-form-dark-fr.png'));
    await app.page.evaluate(() => {
      window.imtokens.setTheme('light');
      window.imtokens.setLocale('en');
    });
  });
});
