// Records the exchanges where Strapi 5.54.0 on PostgreSQL answers otherwise than on SQLite (the
// contract in strapi-5.54.0/ was recorded on SQLite), and a few where it answers the same and the
// page relies on it, into strapi-5.54.0-postgres/ in the contract's own format. Each note says what
// SQLite answers. Run with Strapi up on PostgreSQL (the tokens it makes are deleted at the end):
//   IMT_DB=postgres PORT=1412 scripts/strapi.sh run node tests/contract/capture-postgres.mjs
// (tests/core/postgres_contract_test.cpp reads them; tests/e2e/database-rules.test.mjs checks the same
// rules live on whichever database the suite runs on.)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSession } from '../../backend/scripts/lib/session-store.mjs';

// IMT_CAPTURE_OUT: somewhere else, e.g. to record the same steps on SQLite for comparison.
const out = process.env.IMT_CAPTURE_OUT ?? join(dirname(fileURLToPath(import.meta.url)), 'strapi-5.54.0-postgres');
const session = readSession();
const base = session.baseUrl.replace(/\/$/, '');
const jwt = session.users.admin.jwt;
const prefix = 'pg-';
const made = [];
let number = 0;

async function exchange(name, note, method, path, body) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${jwt}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // a text answer stays text
  }
  if (parsed?.data?.id && method === 'POST') made.push(parsed.data.id);
  const recordedHeaders = { ...headers, Authorization: 'Bearer <the admin JWT of the run>' };
  const file = `${String(++number).padStart(3, '0')}-${name}.json`;
  const record = {
    name,
    note,
    request: { method, path, headers: recordedHeaders, ...(body === undefined ? {} : { body }) },
    response: {
      status: response.status,
      headers: { 'content-type': response.headers.get('content-type') },
      body: parsed,
    },
  };
  writeFileSync(join(out, file), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`${file}: ${method} ${path} -> ${response.status}`);
  return parsed;
}

const create = (name, note, fields) =>
  exchange(name, note, 'POST', '/admin/api-tokens', { name: fields.name, description: fields.description ?? '', type: 'read-only', lifespan: null });

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await create('create-description-255-chars', 'PostgreSQL stores 255 characters (varchar(255)); SQLite the same', {
  name: `${prefix}d255`,
  description: 'd'.repeat(255),
});
await create('create-description-256-chars', 'PostgreSQL: a bare 500 (value too long for varchar(255)); SQLite: 201, it keeps any length', {
  name: `${prefix}d256`,
  description: 'd'.repeat(256),
});
await create('create-description-255-e-acute', "255 'é' (510 bytes): PostgreSQL counts characters, not bytes: 201; SQLite the same", {
  name: `${prefix}e255`,
  description: 'é'.repeat(255),
});
await create('create-description-256-e-acute', "256 'é': PostgreSQL 500; SQLite 201", { name: `${prefix}e256`, description: 'é'.repeat(256) });
await create('create-name-with-nul', 'a NUL character in the name: PostgreSQL 500 (text cannot hold it); SQLite 201', { name: `${prefix}nul\u0000x` });
const foo = await create('create-Foo', 'the name a case twin is made of', { name: `${prefix}Foo` });
await create('create-case-twin', 'names are unique case-sensitively on both: "foo" is accepted next to "Foo" (C.UTF-8 cluster; the same on SQLite)', {
  name: `${prefix}foo`,
});
await create('create-trimmed-duplicate', 'the name is trimmed before the uniqueness check, on both: "Foo " is taken', { name: `${prefix}Foo ` });
await exchange('update-description-256-chars', 'PostgreSQL 500 on update too; SQLite 200', 'PUT', `/admin/api-tokens/${foo.data.id}`, {
  description: 'd'.repeat(256),
});
await exchange('get-token-non-numeric-id', 'PostgreSQL 500 (invalid input syntax for type integer); SQLite 404 "API Token not found"', 'GET', '/admin/api-tokens/abc');
await exchange('get-token-id-beyond-integer', 'PostgreSQL 500 (out of range for type integer); SQLite 404', 'GET', '/admin/api-tokens/99999999999');
const list = await exchange('list-order', 'sorted by name in byte order on both (upper case first; the throw-away cluster is C.UTF-8, a cluster in a language collation sorts otherwise); the page sorts it itself', 'GET', '/admin/api-tokens');
for (const id of made) await fetch(`${base}/admin/api-tokens/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${jwt}` } });
console.log(`${readdirSync(out).length} exchanges in ${out}; ${made.length} tokens deleted; ${list.data.length} tokens were listed`);
