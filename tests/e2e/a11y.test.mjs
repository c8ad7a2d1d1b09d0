// The page as assistive technology and the keyboard meet it: the DOM mirror laid over the canvas,
// checked with axe-core (WCAG 2.1 A and AA) and through Chromium's own accessibility tree, a
// password manager's fill, characters typed at full speed, and a keyboard-only path with no pointer
// event at all. Controls are found by role and accessible name (lib/a11y.mjs); the debug handle is
// read only to know when the page has settled and what the core holds.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxTree, assertAxeClean, axProperty, countPointerEvents, tabTo, waitForAnnouncement } from './lib/a11y.mjs';
import { startBrowserSession } from './lib/fixture.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('a11y');
let session;

before(async () => {
  session = await startBrowserSession();
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix);
  await session?.close();
});

// What a password manager checks before it fills a field (Bitwarden's visibility rules): big enough,
// inside the document, not hidden, not see-through, and the element found at its own centre.
function fillableByPasswordManagers(selector) {
  const el = document.querySelector(selector);
  if (!el) return `${selector}: missing`;
  const rect = el.getBoundingClientRect();
  if (rect.width < 10 || rect.height < 10) return `${selector}: ${rect.width}x${rect.height} px`;
  if (rect.left < 0 || rect.top < 0 || rect.right > innerWidth || rect.bottom > innerHeight) return `${selector}: outside`;
  for (let node = el; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return `${selector}: hidden`;
    if (Number(style.opacity) < 0.1) return `${selector}: opacity ${style.opacity}`;
    if (style.clipPath !== 'none') return `${selector}: clipped`;
  }
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return hit === el ? 'ok' : `${selector}: covered by ${hit?.tagName}`;
}

describe('signing in', () => {
  test('the form is a real form a password manager fills without a keystroke, and the password never reaches an attribute', async () => {
    const admin = session.strapi.session.users.admin;
    await session.context.clearCookies(); // no refresh cookie: the page shows its sign-in form
    const app = await session.open(null);
    const page = app.page;
    const ax = await AxTree.open(page);
    await ax.find('textbox', 'Email');
    await assertAxeClean(page, 'the sign-in form');

    const form = await page.evaluate(() => {
      const email = document.querySelector('.imtokens-mirror form input[autocomplete=username]');
      const password = document.querySelector('.imtokens-mirror form input[autocomplete=current-password]');
      const submit = document.querySelector('.imtokens-mirror form button[type=submit]');
      return { email: email?.type, password: password?.type, submit: submit?.textContent, canvasHidden: document.querySelector('canvas').getAttribute('aria-hidden') };
    });
    assert.deepEqual(form, { email: 'email', password: 'password', submit: 'Login', canvasHidden: 'true' });
    for (const selector of ['input[autocomplete=username]', 'input[autocomplete=current-password]']) {
      assert.equal(await page.evaluate(fillableByPasswordManagers, selector), 'ok');
    }
    const required = await ax.find('textbox', 'Password');
    assert.equal(axProperty(required, 'required'), true, 'the password field is required');

    // A manager sets each value and fires input and change: no key event, no focus.
    await page.evaluate(() => {
      window.imtKeyEvents = 0;
      addEventListener('keydown', () => { window.imtKeyEvents += 1; }, { capture: true });
    });
    await page.evaluate(({ email, password }) => {
      const fill = (el, value) => {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      fill(document.querySelector('input[autocomplete=username]'), email);
      fill(document.querySelector('input[autocomplete=current-password]'), password);
    }, admin);
    await app.settle();
    assert.equal(await page.evaluate(() => window.imtKeyEvents), 0, 'the fill pressed no key');
    const markup = await page.evaluate(() => document.documentElement.outerHTML);
    assert.ok(!markup.includes(admin.password), 'the password is in no attribute and no text of the page');
    const login = await ax.find('button', 'Login');
    assert.notEqual(axProperty(login, 'disabled'), true, 'Login is enabled: the drawn fields hold what the manager filled');

    // It submits the form the way a manager's "fill and submit" does.
    const answer = page.waitForResponse((r) => r.url().endsWith('/admin/login'));
    await page.evaluate(() => document.querySelector('.imtokens-mirror form').requestSubmit());
    assert.equal((await answer).status(), 200, 'POST /admin/login');
    await app.waitForState((s) => s.signedIn && s.list === 'ready', { message: 'the list after signing in' });
    assert.equal(await page.evaluate(() => document.querySelectorAll('input[type=password]').length), 0, 'no password input is left');
    assert.equal(app.console.some((line) => line.includes(admin.password)), false, 'the password is in no console line');
    await ax.close();
    await page.close();
  });

  test('characters typed at full speed straight after a click or a Tab all land, and Enter signs in', async () => {
    const reader = session.strapi.session.users.reader;
    await session.context.clearCookies(); // the last test's sign-in left a refresh cookie
    const app = await session.open(null);
    const page = app.page;
    const ax = await AxTree.open(page);
    const email = await ax.find('textbox', 'Email');
    // A click at the field's centre (it lands on the field's own element, on top of the canvas).
    const box = await ax.onElement(email, function () {
      const r = this.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await page.keyboard.type(reader.email); // no delay between keys
    await page.keyboard.press('Tab');
    assert.deepEqual(await ax.focused(), { role: 'textbox', name: 'Password' });
    await page.keyboard.type(reader.password);
    await app.settle();
    const items = await page.evaluate(() => window.imtokens.debug.items());
    assert.equal(items.find((i) => i.label === '##Email')?.name, 'Email');
    const answer = page.waitForResponse((r) => r.url().endsWith('/admin/login'));
    await page.keyboard.press('Enter');
    assert.equal((await answer).status(), 200, 'every character of the e-mail and the password arrived');
    await app.waitForState((s) => s.signedIn && s.list === 'ready', { message: 'the list after signing in' });
    await ax.close();
    await page.close();
  });
});

describe('the token list', () => {
  let app;
  let ax;
  before(async () => {
    await session.strapi.createToken({ name: `${prefix}list`, description: 'listed' });
    app = await session.open('admin');
    ax = await AxTree.open(app.page);
  });
  after(async () => {
    await ax?.close();
    await app?.page.close();
  });

  test('is a table of visible rows with its true row count, and passes axe', async () => {
    const page = app.page;
    const table = await ax.find('table', 'API Tokens');
    assert.ok(table);
    await ax.find('button', 'Create new API Token');
    await ax.find('searchbox', 'Search by name or description');
    const counts = await page.evaluate(() => {
      const t = document.querySelector('.imtokens-mirror [role=table]');
      const rows = [...t.querySelectorAll('[role=row]')];
      return { rowcount: Number(t.getAttribute('aria-rowcount')), indexes: rows.map((r) => Number(r.getAttribute('aria-rowindex'))) };
    });
    const state = await app.state();
    assert.equal(counts.rowcount, state.rows + 1, 'aria-rowcount: the header row and every token');
    assert.equal(counts.indexes[0], 1, 'the header row is row 1');
    assert.ok(counts.indexes.slice(1).every((index, i) => index === i + 2), `row indexes ${counts.indexes}`);
    await ax.find('row', `${prefix}list`);
    await ax.find('button', `Edit ${prefix}list`);
    await ax.find('button', `Delete ${prefix}list`);
    await assertAxeClean(page, 'the list');
  });

  test('a column sorted from the keyboard says so with aria-sort', async () => {
    const page = app.page;
    await ax.focus('button', 'Name');
    await page.keyboard.press('Enter');
    await app.settle();
    const header = await ax.find('columnheader', 'Name');
    const sorted = await ax.onElement(header, function () {
      return this.getAttribute('aria-sort');
    });
    assert.ok(sorted === 'ascending' || sorted === 'descending', `aria-sort ${sorted}`);
    await page.keyboard.press('Enter');
    await app.settle();
    const reversed = await ax.onElement(await ax.find('columnheader', 'Name'), function () {
      return this.getAttribute('aria-sort');
    });
    assert.notEqual(reversed, sorted, 'Enter again reverses the order');
    const others = await page.evaluate(() =>
      [...document.querySelectorAll('.imtokens-mirror [role=columnheader][aria-sort]')].length,
    );
    assert.equal(others, 1, 'only the sorted column carries aria-sort');
  });

  test('the delete dialog is modal, passes axe, and Escape closes it with nothing deleted', async () => {
    const page = app.page;
    await ax.activate('button', `Delete ${prefix}list`);
    const dialog = await ax.find('dialog', undefined);
    assert.equal(axProperty(dialog, 'modal'), true, 'aria-modal');
    await assertAxeClean(page, 'the delete dialog');
    const behind = await page.evaluate(() =>
      [...document.querySelectorAll('.imtokens-mirror button')].filter((b) => !b.closest('[inert]') && !b.closest('[role=dialog]')).length,
    );
    assert.equal(behind, 0, 'nothing behind the dialog can be reached');
    await page.keyboard.press('Escape');
    await ax.waitGone('dialog', undefined);
    assert.ok(await session.strapi.tokenNamed(`${prefix}list`), 'the token is still there');
  });
});

describe('creating a token with the keyboard only', () => {
  test('Tab, Enter and typing reach every step, the states reach the tree, and the banner is announced, never its secret', async () => {
    const app = await session.open('admin');
    const page = app.page;
    await page.evaluate(countPointerEvents);
    const ax = await AxTree.open(page);
    const name = `${prefix}keys`;

    await page.evaluate(() => document.querySelector('.imtokens-mirror').focus());
    await tabTo(page, ax, 'button', 'Create new API Token');
    await app.settle();
    const ring = await app.state();
    assert.ok(ring.focusVisible && ring.focusedId !== 0, 'the canvas draws its focus ring on the focused button');
    await page.keyboard.press('Enter');
    await ax.find('textbox', 'Name');
    await tabTo(page, ax, 'textbox', 'Name');
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    assert.deepEqual(await ax.focused(), { role: 'textbox', name: 'Description' });
    await page.keyboard.type('made by keys');
    await app.settle();
    assert.deepEqual((await app.state()).draft, { name, description: 'made by keys' });
    const field = await ax.find('textbox', 'Name');
    assert.equal(await ax.onElement(field, function () { return this.autocomplete; }), 'off');

    // The type drop-down, from the keyboard: open it, pick Custom.
    await tabTo(page, ax, 'combobox', 'Token type');
    await page.keyboard.press('Enter');
    const custom = await ax.find('option', 'Custom');
    await ax.onElement(custom, function () { this.click(); });
    await ax.waitGone('listbox', 'Token type');
    const type = await ax.find('combobox', 'Token type');
    assert.equal(type.value?.value ?? (await ax.onElement(type, function () { return this.textContent; })), 'Custom');

    // A permission section, opened; one action ticked: its select-all checkbox is mixed.
    const section = await ax.focus('button', 'Restaurant');
    assert.equal(axProperty(section, 'expanded'), false);
    await page.keyboard.press('Enter');
    await app.settle();
    assert.equal(axProperty(await ax.find('button', 'Restaurant'), 'expanded'), true);
    const boxes = await ax.query('checkbox');
    assert.ok(boxes.length >= 2, `${boxes.length} checkboxes`);
    const action = boxes.find((b) => b.name?.value === 'find') ?? boxes[1];
    await focusNode(ax, action);
    await page.keyboard.press('Space');
    await app.settle();
    const mixed = (await ax.query('checkbox')).filter((b) => axProperty(b, 'checked') === 'mixed');
    assert.ok(mixed.length >= 1, 'a partly selected section shows a mixed select-all checkbox');
    await assertAxeClean(page, 'the create form with Custom permissions open');

    // Save from the keyboard; the banner is announced, its secret is nowhere in the DOM.
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/admin/api-tokens'));
    await ax.focus('button', 'Save');
    await page.keyboard.press('Enter');
    const answer = await created;
    assert.equal(answer.status(), 201);
    const secret = (await answer.json()).data.accessKey;
    session.secrets.add(secret);
    await waitForAnnouncement(page, 'polite', 'Your new API Token');
    await ax.find('button', 'Copy');
    await assertAxeClean(page, 'the new-token banner');
    assert.ok(!(await page.evaluate(() => document.documentElement.outerHTML)).includes(secret), 'the secret is not in the DOM');

    await ax.focus('button', 'Copy');
    await page.keyboard.press('Enter');
    await waitForAnnouncement(page, 'polite', 'Copied');
    assert.equal(await session.readClipboard(app), secret, 'the clipboard holds the token');
    assert.equal(await session.strapi.contentApi('GET', '/api/restaurants', secret), 200, 'the token works on the content API');
    assert.ok(!(await page.evaluate(() => document.documentElement.outerHTML)).includes(secret), 'still not in the DOM');

    assert.equal(await page.evaluate(() => window.imtPointerEvents), 0, 'no pointer or mouse event was sent');
    await ax.close();
    await page.close();
  });
});

async function focusNode(ax, node) {
  await ax.cdp.send('DOM.focus', { backendNodeId: node.backendDOMNodeId });
}

describe('the user\u2019s media preferences', () => {
  test('prefers-reduced-motion and forced colours reach the page', async () => {
    const app = await session.open('admin');
    const page = app.page;
    assert.deepEqual(await page.evaluate(() => { const s = window.imtokens.debug.state(); return [s.reducedMotion, s.highContrast]; }), [false, false]);
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    await app.waitForState((s) => s.reducedMotion && s.highContrast, { message: 'reduced motion and high contrast' });
    await page.emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    await app.waitForState((s) => !s.reducedMotion && !s.highContrast, { message: 'back to the defaults' });
    await page.close();
  });
});
