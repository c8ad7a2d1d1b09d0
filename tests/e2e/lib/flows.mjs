// The page's everyday steps, written once: open the form, fill it, save, copy the secret.
import assert from 'node:assert/strict';

export const DURATIONS = {
  '7 days': '604800000',
  '30 days': '2592000000',
  '90 days': '7776000000',
  Unlimited: null,
};

export const TYPES = {
  'Read-only': 'read-only',
  'Full access': 'full-access',
  Custom: 'custom',
};

export const RESTAURANT_ACTIONS = ['create', 'delete', 'find', 'findOne', 'update'].map(
  (action) => `api::restaurant.restaurant.${action}`,
);

// Records each navigator.clipboard.writeText call (never the text: only its length, the DOM event
// being handled and whether the click's user activation was still active).
export async function watchClipboardWrites(pageOrContext) {
  await pageOrContext.addInitScript(() => {
    if (!navigator.clipboard) return; // about:blank and other insecure pages have none
    const writes = [];
    window.imtClipboardWrites = writes;
    const original = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      writes.push({
        length: text.length,
        event: window.event ? window.event.type : null,
        activation: navigator.userActivation ? navigator.userActivation.isActive : null,
      });
      return original(text);
    };
  });
}

export async function clipboardWrites(app) {
  return app.page.evaluate(() => window.imtClipboardWrites ?? []);
}

export async function openCreateForm(app) {
  await app.click('##create');
  await app.waitForState((s) => s.view === 'create' && s.catalogue === 'ready', { message: 'the create form' });
}

export async function fillForm(app, { name, description, duration, type }) {
  if (name !== undefined) await app.fill('##Name', name);
  if (description !== undefined) await app.fill('##Description', description);
  if (duration !== undefined) await app.choose('##Token duration', duration);
  if (type !== undefined) await app.choose('##Token type', type);
}

// Opens a permissions section (an accordion) and ticks "Select all" of one of its controllers.
export async function selectAllOf(app, section, controller) {
  const header = await app.find(`##${section}`);
  if (!header.opened) await app.click(`##${section}`);
  await app.click(`##select-all:${section}.${controller}`);
}

export async function save(app) {
  await app.click('##save');
}

// Creates a token through the form; resolves once the page shows its secret.
export async function createToken(app, fields, { permissions } = {}) {
  await openCreateForm(app);
  await fillForm(app, fields);
  if (permissions) await permissions(app);
  await save(app);
  const state = await app.waitForState((s) => s.view === 'edit' && s.banner, { message: `the secret of ${fields.name}` });
  await app.settle(); // the banner laid out above the form: what a next click aims at is where it is
  return state;
}

// Clicks the banner's Copy and returns what landed on the clipboard (remembered by the watch).
export async function copySecret(session, app) {
  await app.click('##copy');
  await app.waitForState((s) => s.bannerCopied, { message: 'the secret copied' });
  const secret = await session.readClipboard(app);
  session.secrets.add(secret);
  return secret;
}

export async function searchFor(app, text) {
  await app.fill('##search', text);
}

// The token rows on screen, top to bottom, by name (each row's selectable is labelled "##<name>").
export async function visibleRows(app, names) {
  const wanted = new Set(names.map((name) => `##${name}`));
  const rows = (await app.items()).filter((item) => item.visible && wanted.has(item.label));
  return rows.sort((a, b) => a.y - b.y).map((item) => item.label.slice(2));
}

export async function openToken(app, name) {
  await searchFor(app, name);
  await app.click(`##${name}`);
  await app.waitForState((s) => s.view === 'edit', { message: `the edit page of ${name}` });
}

export async function backToList(app) {
  await app.click('##back');
  await app.waitForState((s) => s.view === 'list', { message: 'the list' });
}

export async function confirmDialog(app) {
  await app.find('##dialog-confirm');
  await app.click('##dialog-confirm');
}

export function assertStatus(actual, expected, what) {
  assert.equal(actual, expected, `${what}: expected HTTP ${expected}, got ${actual}`);
}
