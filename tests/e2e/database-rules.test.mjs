// The rules of names and texts on the database this Strapi runs on (IMT_DB: sqlite or postgres, as
// scripts/strapi.sh started it), checked live through the admin API, no browser: what the page's
// own checks (src/core/validation.cpp) and the PostgreSQL addendum of the contract
// (tests/contract/strapi-5.54.0-postgres) assume. Where the databases differ, each answer is named.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Strapi, runPrefix } from './lib/strapi.mjs';

const database = process.env.IMT_DB ?? 'sqlite';
const prefix = runPrefix('dbrules');
let strapi;

before(async () => {
  strapi = await Strapi.connect();
});

after(async () => {
  await strapi?.deleteTokensStartingWith(prefix).catch(() => {});
});

async function create(name, description = '') {
  const answer = await strapi.admin.call('POST', '/admin/api-tokens', {
    jwt: strapi.jwt(),
    body: { name, description, type: 'read-only', lifespan: null },
  });
  return { status: answer.status, body: answer.body };
}

describe(`names and texts on ${database}`, () => {
  test('names are unique case-sensitively, trimmed before the check', async () => {
    assert.equal((await create(`${prefix}Foo`)).status, 201);
    assert.equal((await create(`${prefix}foo`)).status, 201, 'a case twin is accepted');
    assert.equal((await create(`${prefix}FOO`)).status, 201);
    const taken = await create(`${prefix}Foo `);
    assert.equal(taken.status, 400);
    assert.equal(taken.body.error.message, 'Name already taken');
    assert.equal((await create(` ${prefix}Foo`)).status, 400);
  });

  test('the list comes sorted by name in byte order (upper case first), with millisecond UTC timestamps', async () => {
    for (const name of ['b', 'B', 'a', 'A']) assert.equal((await create(`${prefix}order ${name}`)).status, 201);
    const mine = (await strapi.tokens()).filter((t) => t.name.startsWith(`${prefix}order `));
    assert.deepEqual(mine.map((t) => t.name.slice(-1)), ['A', 'B', 'a', 'b']);
    for (const token of mine) assert.match(token.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(mine[0].lifespan, null);
  });

  test('a description of 255 characters is stored; 256 only on SQLite (PostgreSQL: a bare 500)', async () => {
    assert.equal((await create(`${prefix}d255`, 'é'.repeat(255))).status, 201);
    const long = await create(`${prefix}d256`, 'd'.repeat(256));
    if (database === 'postgres') {
      assert.equal(long.status, 500);
      assert.deepEqual(long.body.error, { status: 500, name: 'InternalServerError', message: 'Internal Server Error' });
    } else {
      assert.equal(long.status, 201);
    }
  });

  test('a NUL character is stored only on SQLite (PostgreSQL: a bare 500)', async () => {
    assert.equal((await create(`${prefix}nul\u0000x`)).status, database === 'postgres' ? 500 : 201);
  });

  test('an id that is not an integer is "not found" only on SQLite (PostgreSQL: a bare 500)', async () => {
    const answer = await strapi.admin.call('GET', '/admin/api-tokens/abc', { jwt: strapi.jwt() });
    assert.equal(answer.status, database === 'postgres' ? 500 : 404);
  });
});
