// Writes to the database of the Strapi the tests run on, for what no API can do: move a token's
// expiry or last use in time. The backend's own drivers do it (better-sqlite3, pg from backend/'s
// node_modules, which scripts/setup.sh installs), on the database scripts/strapi.sh configured
// through the same environment variables (DATABASE_CLIENT, DATABASE_FILENAME, DATABASE_HOST, ...).
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const backend = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'backend');
const requireFromBackend = createRequire(resolve(backend, 'package.json'));

// Sets expires_at and/or last_used_at (Date, or null) of the API token `id`; leaves a field that is
// undefined as it is.
export async function setTokenDates(id, { expiresAt, lastUsedAt }) {
  const columns = Object.entries({ expires_at: expiresAt, last_used_at: lastUsedAt }).filter(
    ([, value]) => value !== undefined,
  );
  if (columns.length === 0) return;
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres') {
    const { Client } = requireFromBackend('pg');
    const client = new Client({
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 5432),
      database: process.env.DATABASE_NAME ?? 'imtokens',
      user: process.env.DATABASE_USERNAME ?? 'strapi',
      password: process.env.DATABASE_PASSWORD ?? '',
    });
    await client.connect();
    try {
      const sets = columns.map(([column], i) => `${column} = $${i + 1}`).join(', ');
      const values = columns.map(([, value]) => value);
      await client.query(`UPDATE strapi_api_tokens SET ${sets} WHERE id = $${columns.length + 1}`, [...values, id]);
    } finally {
      await client.end();
    }
    return;
  }
  // Strapi on SQLite keeps datetimes as milliseconds since the epoch.
  const Database = requireFromBackend('better-sqlite3');
  const file = resolve(backend, process.env.DATABASE_FILENAME ?? '.tmp/data.db');
  const db = new Database(file, { timeout: 10_000 });
  try {
    const sets = columns.map(([column]) => `${column} = ?`).join(', ');
    const values = columns.map(([, value]) => (value === null ? null : value.getTime()));
    const changed = db.prepare(`UPDATE strapi_api_tokens SET ${sets} WHERE id = ?`).run(...values, id).changes;
    if (changed !== 1) throw new Error(`no API token ${id} in ${file}`);
  } finally {
    db.close();
  }
}
