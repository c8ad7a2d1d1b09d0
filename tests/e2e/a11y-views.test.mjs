// axe-core (WCAG 2.1 A and AA) on every state of the page: the list, the empty list, the list that
// failed to load, the create form with Custom permissions open, the new-token banner, editing, each
// dialog (delete, regenerate, leave, keyboard help, expired session) and sign-in; each in the light
// and the dark theme. Each state is reached the way it comes about (a server answer, a
// refused session, a click a screen reader makes), and found in the accessibility tree first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppPage } from './lib/app-page.mjs';
import { AxTree, assertAxeClean, localeStrings } from './lib/a11y.mjs';
import { startBrowserSession } from './lib/fixture.mjs';
import { runPrefix } from './lib/strapi.mjs';

const t = localeStrings('en');
const prefix = runPrefix('a11y-views');
const token = `${prefix}token`;
let session;

before(async () => {
  session = await startBrowserSession();
  await session.strapi.createToken({ name: token, description: 'for axe' });
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix);
  await session?.close();
});

const UNAUTHORIZED = {
  status: 401,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify({ data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials', details: {} } }),
};

// The list request (GET /admin/api-tokens) answered by `fulfil` instead of Strapi.
async function openWithListAnswer(theme, fulfil) {
  const page = await session.context.newPage();
  await page.route('**/admin/api-tokens', (route) => (route.request().method() === 'GET' ? route.fulfill(fulfil) : route.fallback()));
  await page.addInitScript((options) => {
    window.IMTOKENS_OPTIONS = options;
  }, { auth: { token: session.strapi.jwt('admin') }, theme, locale: 'en' });
  const app = new AppPage(page);
  await app.goto(session.strapi.appUrl(), { waitFor: 'frame' });
  return app;
}

for (const theme of ['light', 'dark']) {
  describe(`axe, ${theme} theme`, () => {
    let ax;
    let app;
    async function open(opened) {
      app = await opened;
      ax = await AxTree.open(app.page);
      // The theme switch offers the other theme: the page is drawn in this one.
      await ax.find('button', t(theme === 'dark' ? 'app.theme.to_light' : 'app.theme.to_dark'));
      return app.page;
    }
    after(async () => {
      await ax?.close();
      await app?.page.close();
    });

    async function close() {
      await ax.close();
      await app.page.close();
      ax = null;
      app = null;
    }

    test('the empty list', async () => {
      const page = await open(openWithListAnswer(theme, { status: 200, contentType: 'application/json', body: JSON.stringify({ data: [] }) }));
      await ax.find('button', t('list.empty.create'));
      await assertAxeClean(page, `the empty list (${theme})`);
      await close();
    });

    test('the list that could not be loaded', async () => {
      const failure = { status: 500, contentType: 'application/json', body: JSON.stringify({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } }) };
      const page = await open(openWithListAnswer(theme, failure));
      await ax.find('button', t('list.retry'));
      await assertAxeClean(page, `the list error (${theme})`);
      await close();
    });

    test('editing a token, and its regenerate dialog', async () => {
      const page = await open(session.open('admin', { options: { theme, locale: 'en' } }));
      await ax.activate('button', t('list.edit', { name: token }));
      await ax.find('textbox', t('form.description'));
      await app.settle();
      await assertAxeClean(page, `editing (${theme})`);
      await ax.activate('button', t('form.regenerate'));
      await ax.find('dialog', t('dialog.regenerate.title'));
      await app.settle();
      await assertAxeClean(page, `the regenerate dialog (${theme})`);
      await close();
    });

    test('the list, the delete dialog and the keyboard-help dialog', async () => {
      const page = await open(session.open('admin', { options: { theme, locale: 'en' } }));
      await ax.find('row', token);
      await app.settle();
      await assertAxeClean(page, `the list (${theme})`);
      await ax.activate('button', t('list.delete', { name: token }));
      await ax.find('dialog', t('dialog.delete.title'));
      await app.settle();
      await assertAxeClean(page, `the delete dialog (${theme})`);
      await ax.activate('button', t('dialog.cancel'));
      await ax.waitGone('dialog', t('dialog.delete.title'));
      await ax.activate('button', t('shortcut.help.open'));
      await ax.find('dialog', t('shortcut.help.title'));
      await app.settle();
      await assertAxeClean(page, `the keyboard-help dialog (${theme})`);
      await close();
    });

    test('the create form with Custom permissions open, the new-token banner, the leave dialog', async () => {
      const page = await open(session.open('admin', { options: { theme, locale: 'en' } }));
      await ax.activate('button', t('list.create'));
      await ax.find('textbox', t('form.name'));
      await ax.focus('textbox', t('form.name'));
      await page.keyboard.type(`${prefix}${theme}`);
      // The drop-down opened from the keyboard, as a11y.test.mjs does.
      await ax.focus('combobox', t('form.type'));
      await page.keyboard.press('Enter');
      await ax.activate('option', t('form.type.custom'));
      await ax.waitGone('listbox', t('form.type'));
      await ax.activate('button', 'Restaurant'); // below the fold: a screen reader's click still opens it
      await ax.find('checkbox', t('permissions.select_all'));
      await ax.activate('checkbox', t('permissions.select_all'));
      await app.settle();
      await assertAxeClean(page, `the create form with Custom permissions open (${theme})`);
      const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/admin/api-tokens'));
      await ax.activate('button', t('form.save'));
      assert.equal((await created).status(), 201);
      await ax.find('button', t('banner.copy'));
      await app.settle();
      await assertAxeClean(page, `the new-token banner (${theme})`);
      await ax.focus('link', t('form.back'));
      await page.keyboard.press('Enter');
      await ax.find('dialog', t('dialog.leave.title'));
      await app.settle();
      await assertAxeClean(page, `the leave dialog (${theme})`);
      await close();
    });

    test('the sign-in form', async () => {
      await session.context.clearCookies(); // no refresh cookie: the page shows its sign-in form
      const page = await open(session.open(null, { options: { theme, locale: 'en' } }));
      await ax.find('textbox', t('login.email'));
      await app.settle();
      await assertAxeClean(page, `the sign-in form (${theme})`);
      await close();
    });

    test('the expired-session dialog', async () => {
      const page = await open(session.open('admin', { options: { theme, locale: 'en' } }));
      // From now on the access token is refused, and so is its renewal.
      await page.route('**/admin/**', (route) => (route.request().method() === 'GET' && !route.request().url().includes('/admin/access-token') ? route.fallback() : route.fulfill(UNAUTHORIZED)));
      await ax.activate('button', t('list.delete', { name: token }));
      await ax.find('dialog', t('dialog.delete.title'));
      await ax.activate('button', t('dialog.confirm'));
      await app.waitForState((s) => s.sessionExpired, { message: 'the expired session' });
      await ax.find('dialog', t('session.expired.title'));
      await app.settle();
      await assertAxeClean(page, `the expired-session dialog (${theme})`);
      await page.unroute('**/admin/**');
      await close();
    });
  });
}
