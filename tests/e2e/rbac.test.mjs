// Each admin sees exactly the controls their role allows (Strapi's RBAC, from
// GET /admin/users/me/permissions): the bootstrap made a read-only "Token Reader" and a
// read+create+update "Token Editor" next to the super admin.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBrowserSession } from './lib/fixture.mjs';
import { openCreateForm, openToken, searchFor } from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('rbac');
const name = `${prefix}shared`;
let session;

before(async () => {
  session = await startBrowserSession();
  await session.strapi.createToken({ name, description: 'seen by every role', type: 'read-only' });
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

// What each role may do, and so which controls its page shows (and lets it use).
const roles = {
  admin: { create: true, update: true, remove: true, regenerate: true },
  editor: { create: true, update: true, remove: false, regenerate: false },
  reader: { create: false, update: false, remove: false, regenerate: false },
};

for (const [user, can] of Object.entries(roles)) {
  describe(`the ${user}`, () => {
    let app;
    before(async () => {
      app = await session.open(user);
      await searchFor(app, name);
    });

    test(`${can.create ? 'has' : 'has no'} "Create new API Token"`, async () => {
      assert.equal(await app.has('##create'), can.create);
    });

    test(`${can.remove ? "shows" : "does not show"} a delete button on the row`, async () => {
      assert.equal(await app.has(`Delete ${name}##delete`), can.remove);
    });

    test(`${can.update ? "shows" : "does not show"} an edit button on the row`, async () => {
      assert.equal(await app.has(`Edit ${name}##edit`), can.update);
    });

    test(`opens the token: Save ${can.update ? 'shown' : 'absent'}, Regenerate ${can.regenerate ? 'shown' : 'absent'}`, async () => {
      await openToken(app, name);
      await app.find('##Name');
      assert.equal(await app.has('##save'), can.update, 'Save');
      assert.equal(await app.has('##regenerate'), can.regenerate, 'Regenerate');
    });

    if (can.create) {
      test('can open the create form', async () => {
        await app.goto(session.strapi.appUrl());
        await openCreateForm(app);
        assert.equal((await app.find('##Name')).enabled, true);
      });
    }

    test('never met an error', async () => {
      const state = await app.state();
      assert.equal(state.sessionExpired, false);
      assert.deepEqual(app.errors, []);
    });
  });
}
