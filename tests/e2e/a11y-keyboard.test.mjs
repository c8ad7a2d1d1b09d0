// Every list and edit flow with the keyboard only, in English and in French: controls are found by
// role and accessible name in Chromium's accessibility tree, reached with Tab or a shortcut, pressed
// with Enter; no pointer or mouse event is sent (each test ends by proving it). What the server
// holds afterwards is checked through the admin API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxTree, ariaSort, axProperty, countPointerEvents, localeStrings, pointerEventsSent, rowNames, tabTo, waitForAnnouncement } from './lib/a11y.mjs';
import { startBrowserSession } from './lib/fixture.mjs';
import { runPrefix } from './lib/strapi.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;
let session;

before(async () => {
  session = await startBrowserSession();
});

after(async () => {
  await session?.close();
});

// Sortable columns, with what each sorts by on the server's side (null: no value to compare).
const COLUMNS = [
  ['list.column.name', (token) => token.name],
  ['list.column.description', (token) => token.description],
  ['list.column.created_at', (token) => Date.parse(token.createdAt)],
  ['list.column.last_used', (token) => (token.lastUsedAt ? Date.parse(token.lastUsedAt) : null)],
  ['list.column.expiry', (token) => (token.expiresAt ? Date.parse(token.expiresAt) : null)],
];

function assertOrdered(names, key, direction, tokensByName, column) {
  const keys = names.map((name) => key(tokensByName.get(name))).filter((value) => value !== null && value !== undefined);
  for (let i = 1; i < keys.length; i++) {
    const [a, b] = [keys[i - 1], keys[i]];
    // Text sorts as people read it, case aside (as Strapi's admin sorts it).
    const order = typeof a === 'string' ? a.localeCompare(b, undefined, { sensitivity: 'base' }) : a - b;
    const inOrder = direction === 'ascending' ? order <= 0 : order >= 0;
    assert.ok(inOrder, `${column} ${direction}: ${JSON.stringify(a)} before ${JSON.stringify(b)} in rows ${names.join(' | ')}`);
  }
}

for (const locale of ['en', 'fr']) {
  describe(`keyboard only, in ${locale}`, () => {
    const t = localeStrings(locale);
    const prefix = runPrefix(`kbd-${locale}`);
    // Three tokens whose orders differ per column: names a<b<c, descriptions b<c<a, expiries b<c.
    const alpha = `${prefix}alpha`;
    const bravo = `${prefix}bravo`;
    const charlie = `${prefix}charlie`;
    let app;
    let page;
    let ax;

    before(async () => {
      await session.strapi.createToken({ name: alpha, description: 'zulu' });
      await session.strapi.createToken({ name: bravo, description: 'xray', lifespan: 7 * DAY_MS });
      await session.strapi.createToken({ name: charlie, description: 'yankee', lifespan: 30 * DAY_MS });
      app = await session.open('admin', { options: { locale } });
      page = app.page;
      await page.evaluate(countPointerEvents);
      ax = await AxTree.open(page);
      // The keyboard starts on the component, as after a Tab into it from the host page.
      await page.evaluate(() => document.querySelector('.imtokens-mirror').focus());
    });

    after(async () => {
      await ax?.close();
      await page?.close();
      await session.strapi.deleteTokensStartingWith(prefix);
    });

    // A key press, and the frame that answers it.
    async function press(key) {
      await page.keyboard.press(key);
      await app.settle();
    }

    // Each test leaves the page as a user would find it next: the list, the focus on the component.
    async function assertNoPointer() {
      assert.deepEqual(await pointerEventsSent(page), { page: 0, component: 0 }, 'no pointer or mouse event was sent');
    }

    test('signing in: a password manager fills the form, Tab and Enter sign in', async () => {
      const admin = session.strapi.session.users.admin;
      await session.context.clearCookies(); // no refresh cookie: the page shows its sign-in form
      const login = await session.open(null, { options: { locale } });
      const loginPage = login.page;
      await loginPage.evaluate(countPointerEvents);
      const loginAx = await AxTree.open(loginPage);
      try {
        await loginAx.find('textbox', t('login.email'));
        // The manager sets the values and fires input and change: no key, no focus, no pointer.
        await loginPage.evaluate(({ email, password }) => {
          const fill = (el, value) => {
            el.value = value;
            el.dispatchEvent(new Event('input', { bubbles: true }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
          };
          fill(document.querySelector('input[autocomplete=username]'), email);
          fill(document.querySelector('input[autocomplete=current-password]'), password);
        }, admin);
        await login.settle();
        await tabTo(loginPage, loginAx, 'textbox', t('login.password'));
        const answer = loginPage.waitForResponse((r) => r.url().endsWith('/admin/login'));
        await loginPage.keyboard.press('Enter');
        assert.equal((await answer).status(), 200, 'POST /admin/login with what the manager filled');
        await login.waitForState((st) => st.signedIn && st.list === 'ready', { message: 'the list after signing in' });
        await loginAx.find('button', t('list.create'));
        assert.deepEqual(await pointerEventsSent(loginPage), { page: 0, component: 0 }, 'no pointer or mouse event was sent');
      } finally {
        await loginAx.close();
        await loginPage.close();
      }
    });

    test('"/" puts the keyboard in the search box, and typing filters the rows', async () => {
      await tabTo(page, ax, 'button', t('list.create'));
      const search = await ax.find('searchbox', t('list.search_hint'));
      assert.equal(axProperty(search, 'keyshortcuts'), '/', 'the search box says which key reaches it');
      await press('/');
      assert.deepEqual(await ax.focused(), { role: 'searchbox', name: t('list.search_hint') });
      await page.keyboard.type(`${prefix}br`);
      await app.settle();
      assert.deepEqual(await rowNames(ax), [bravo], 'only the matching row is left in the table');
      await press('Control+A');
      await press('Backspace');
      await app.settle();
      const all = await rowNames(ax);
      for (const name of [alpha, bravo, charlie]) assert.ok(all.includes(name), `${name} is back in ${all.join(' | ')}`);
      await assertNoPointer();
    });

    test('Enter on each column header sorts the rows, and aria-sort says which way', async () => {
      const tokensByName = new Map((await session.strapi.tokens()).map((token) => [token.name, token]));
      // The table draws (and mirrors) only the rows in view, and other tests' tokens may push these
      // three out of it: the search keeps just them, as someone checking their own tokens would.
      await tabTo(page, ax, 'button', t('list.create'));
      await press('/');
      await page.keyboard.type(prefix);
      await app.settle();
      assert.deepEqual((await rowNames(ax)).sort(), [alpha, bravo, charlie], 'the search leaves the three rows');
      for (const [key, sortKey] of COLUMNS) {
        const column = t(key);
        await tabTo(page, ax, 'button', column);
        for (const round of [1, 2]) {
          await press('Enter');
          await app.settle();
          const direction = await ariaSort(ax, column);
          assert.ok(direction === 'ascending' || direction === 'descending', `${column} after Enter #${round}: aria-sort ${direction}`);
          const names = await rowNames(ax);
          assertOrdered(names, sortKey, direction, tokensByName, column);
          const mine = names.filter((name) => name.startsWith(prefix));
          if (key === 'list.column.name') {
            assert.deepEqual(mine, direction === 'ascending' ? [alpha, bravo, charlie] : [charlie, bravo, alpha]);
          }
          if (key === 'list.column.description') {
            assert.deepEqual(mine, direction === 'ascending' ? [bravo, charlie, alpha] : [alpha, charlie, bravo]);
          }
          if (key === 'list.column.expiry') {
            const [b, c] = [mine.indexOf(bravo), mine.indexOf(charlie)];
            assert.ok(direction === 'ascending' ? b < c : c < b, `${column} ${direction}: ${mine.join(' | ')}`);
          }
        }
        const sorted = await page.evaluate(() => document.querySelectorAll('.imtokens-mirror [role=columnheader][aria-sort]').length);
        assert.equal(sorted, 1, `only ${column} carries aria-sort`);
      }
      // The whole list again, sorted by name ascending as the tests after this one expect it.
      await tabTo(page, ax, 'searchbox', t('list.search_hint'), { shift: true });
      await press('Control+A');
      await press('Backspace');
      await tabTo(page, ax, 'button', t('list.column.name'));
      await press('Enter');
      if ((await ariaSort(ax, t('list.column.name'))) !== 'ascending') await press('Enter');
      assert.equal(await ariaSort(ax, t('list.column.name')), 'ascending');
      await assertNoPointer();
    });

    test('editing a description: Tab to Edit, Enter, type, Ctrl+S; the server has it', async () => {
      await tabTo(page, ax, 'button', t('list.edit', { name: alpha }));
      await press('Enter');
      await ax.find('textbox', t('form.description'));
      await tabTo(page, ax, 'textbox', t('form.description'));
      await press('Control+A');
      await page.keyboard.type(`changed by keys in ${locale}`);
      const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/admin/api-tokens/'), { timeout: 5000 });
      await press('Control+S'); // straight from the field, as one saves in any editor
      assert.equal((await saved).status(), 200, 'PUT /admin/api-tokens/:id');
      await app.settle();
      assert.equal((await session.strapi.tokenNamed(alpha)).description, `changed by keys in ${locale}`);
      await assertNoPointer();
    });

    test('the Save button, reached with Tab and pressed with Enter, saves too', async () => {
      await tabTo(page, ax, 'textbox', t('form.description'));
      await press('Control+A');
      await page.keyboard.type('saved with the button');
      await tabTo(page, ax, 'button', t('form.save'), { shift: true });
      const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/admin/api-tokens/'));
      await press('Enter');
      assert.equal((await saved).status(), 200);
      await app.settle();
      assert.equal((await session.strapi.tokenNamed(alpha)).description, 'saved with the button');
      await assertNoPointer();
    });

    test('regenerating: the dialog opens on Cancel, Tab reaches Regenerate, Enter shows a new key', async () => {
      await tabTo(page, ax, 'button', t('form.regenerate'), { shift: true });
      await press('Enter');
      await ax.find('dialog', t('dialog.regenerate.title'));
      assert.deepEqual(await ax.focused(), { role: 'button', name: t('dialog.cancel') }, 'the focus starts on the harmless choice');
      await press('Tab');
      assert.deepEqual(await ax.focused(), { role: 'button', name: t('dialog.regenerate.confirm') });
      const regenerated = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/regenerate'));
      await press('Enter');
      const answer = await regenerated;
      assert.equal(answer.status(), 201, 'POST /admin/api-tokens/:id/regenerate');
      const key = (await answer.json()).data.accessKey;
      assert.ok(key, 'the server sent a new key');
      await ax.waitGone('dialog', t('dialog.regenerate.title'));
      await ax.find('button', t('banner.copy'));
      assert.equal(await session.strapi.contentApi('GET', '/api/restaurants', key), 200, 'the new key works');
      await assertNoPointer();
    });

    test('deleting: Tab to Delete, Enter, Tab to Confirm, Enter; the token is gone and the focus stays in the table', async () => {
      // Back to the list; the key the banner shows was never copied, so the page asks first.
      await tabTo(page, ax, 'link', t('form.back'), { shift: true });
      await press('Enter');
      await ax.find('dialog', t('dialog.leave.title'));
      await tabTo(page, ax, 'button', t('dialog.leave.confirm'));
      await press('Enter');
      assert.equal((await app.state()).view, 'list', `Back leads to the list; the focus is on ${JSON.stringify(await ax.focused())}`);
      await ax.find('button', t('list.delete', { name: bravo }));
      const before = await rowNames(ax);
      const at = before.indexOf(bravo);
      const neighbourRows = [before[at - 1], before[at + 1]].filter(Boolean);
      await tabTo(page, ax, 'button', t('list.delete', { name: bravo }));
      await press('Enter');
      await ax.find('dialog', t('dialog.delete.title'));
      assert.deepEqual(await ax.focused(), { role: 'button', name: t('dialog.cancel') });
      await press('Tab');
      assert.deepEqual(await ax.focused(), { role: 'button', name: t('dialog.confirm') });
      const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE');
      await press('Enter');
      assert.equal((await deleted).status(), 200, 'DELETE /admin/api-tokens/:id');
      await ax.waitGone('row', bravo);
      await app.settle();
      assert.deepEqual(await session.strapi.tokensNamed(bravo), [], 'the server has no such token any more');
      const focused = await ax.focused();
      const neighbours = neighbourRows.flatMap((name) => [t('list.edit', { name }), t('list.delete', { name })]);
      assert.ok(
        focused?.role === 'button' && neighbours.includes(focused.name),
        `the focus is on a control of ${neighbourRows.join(' or ')}, not on ${JSON.stringify(focused)}`,
      );
      await assertNoPointer();
    });

    test('typing at full speed straight after each focus change: every character lands', async () => {
      // No wait between the focus change and the keys, nor between the keys.
      await tabTo(page, ax, 'button', t('list.create'));
      await page.keyboard.press('/');
      await page.keyboard.type(`${prefix}fast`);
      await app.settle();
      assert.equal((await app.state()).query, `${prefix}fast`, 'the search box has every character');
      await press('Control+A');
      await press('Backspace');
      await tabTo(page, ax, 'button', t('list.create'), { shift: true });
      await press('Enter');
      await ax.find('textbox', t('form.name'));
      await ax.focus('textbox', t('form.name')); // as a screen reader's "move to" puts it there
      await page.keyboard.type(`${prefix}typed-fast`);
      await page.keyboard.press('Tab');
      await page.keyboard.type('described at full speed');
      await app.settle();
      assert.deepEqual((await app.state()).draft, { name: `${prefix}typed-fast`, description: 'described at full speed' });
      await tabTo(page, ax, 'link', t('form.back'), { shift: true });
      await press('Enter');
      await ax.find('button', t('list.create'));
      assert.equal((await app.state()).view, 'list');
      await assertNoPointer();
    });

    test('creating a Custom token with select-all; Copy from the banner, the key works; Dismiss', async () => {
      const name = `${prefix}custom`;
      await tabTo(page, ax, 'button', t('list.create'));
      await press('Enter');
      await ax.find('textbox', t('form.name'));
      await tabTo(page, ax, 'textbox', t('form.name'));
      await page.keyboard.type(name);
      await tabTo(page, ax, 'combobox', t('form.type'));
      await press('Enter');
      await ax.find('listbox', t('form.type'));
      for (let i = 0; i < 5; i++) {
        const now = await ax.focused();
        if (now?.role === 'option' && now.name === t('form.type.custom')) break;
        await press('ArrowDown');
      }
      assert.deepEqual(await ax.focused(), { role: 'option', name: t('form.type.custom') }, 'the arrows reach Custom');
      await press('Enter');
      await ax.waitGone('listbox', t('form.type'));
      // A permission section, opened from the keyboard; its select-all ticks every action in it.
      await tabTo(page, ax, 'button', 'Restaurant');
      await press('Enter');
      assert.equal(axProperty(await ax.find('button', 'Restaurant'), 'expanded'), true, 'the section is open');
      await tabTo(page, ax, 'checkbox', t('permissions.select_all'));
      await press('Space');
      const selectAll = await ax.find('checkbox', t('permissions.select_all'));
      assert.equal(axProperty(selectAll, 'checked'), 'true', 'select-all is checked');
      const actions = (await ax.query('checkbox')).filter((box) => box.name?.value !== t('permissions.select_all'));
      assert.ok(actions.length >= 2, `${actions.length} actions in the section`);
      for (const box of actions) assert.equal(axProperty(box, 'checked'), 'true', `${box.name?.value} is ticked`);

      const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/admin/api-tokens'));
      await press('Control+S');
      const answer = await created;
      assert.equal(answer.status(), 201, 'POST /admin/api-tokens');
      const secret = (await answer.json()).data.accessKey;
      session.secrets.add(secret);
      // The banner shows above the form; the keyboard is still where Ctrl+S was pressed.
      await tabTo(page, ax, 'button', t('banner.copy'), { shift: true, limit: 120 });
      await press('Enter');
      await waitForAnnouncement(page, 'polite', t('banner.copied'));
      assert.equal(await session.readClipboard(app), secret, 'the clipboard holds the token');
      assert.equal(await session.strapi.contentApi('GET', '/api/restaurants', secret), 200, 'the copied key answers on the content API');
      await tabTo(page, ax, 'button', t('banner.dismiss'));
      await press('Enter');
      await ax.waitGone('button', t('banner.dismiss'));
      // Back to the list: the key was copied, so nothing asks first.
      await tabTo(page, ax, 'link', t('form.back'), { shift: true });
      await press('Enter');
      await ax.find('row', name);
      assert.equal((await app.state()).view, 'list');
      await assertNoPointer();
    });

    // Last: a dialog that kept the keyboard would leave the tests after it nothing to press.
    test('"?" opens the keyboard shortcuts with the focus inside, and Escape closes them', async () => {
      await tabTo(page, ax, 'button', t('list.create'));
      await press('?');
      const dialog = await ax.find('dialog', t('shortcut.help.title'));
      const inside = await ax.onElement(dialog, function () {
        return this.contains(document.activeElement);
      });
      assert.ok(inside, `the keyboard is in the dialog, not on ${JSON.stringify(await ax.focused())}`);
      await press('Escape');
      await ax.waitGone('dialog', t('shortcut.help.title'));
      assert.deepEqual(await ax.focused(), { role: 'button', name: t('list.create') }, 'the focus is back where it was');
      await assertNoPointer();
    });
  });
}
