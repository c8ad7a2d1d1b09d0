// backend/.tmp/session.json: the admin sessions bootstrap opened, so test runs reuse them
// instead of logging in again (Strapi allows 5 logins per 5 minutes per email and IP).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// IMT_STRAPI_SESSION: another instance's file (scripts/strapi.sh sets it for a state directory of its own).
export const SESSION_PATH =
  process.env.IMT_STRAPI_SESSION || join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.tmp', 'session.json');

// Access tokens live 30 minutes; renew a little before that so a test run never straddles expiry.
export const FRESH_FOR_MS = 25 * 60 * 1000;

export function readSession(path = SESSION_PATH) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

export function writeSession(session, path = SESSION_PATH) {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  writeFileSync(partial, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
  renameSync(partial, path);
}

export function isFresh(entry, now = Date.now()) {
  if (!entry?.jwt || !entry.issuedAt) return false;
  return now - Date.parse(entry.issuedAt) < FRESH_FOR_MS;
}
