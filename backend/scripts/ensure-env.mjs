// Creates backend/.env with random development secrets the first time Strapi starts.
// The file is git-ignored and kept afterwards: the encryption key must stay the same
// for stored API-token access keys to remain readable, and the JWT secret for saved sessions.
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const envPath = join(dirname(fileURLToPath(import.meta.url)), '..', '.env');

const secret = (bytes = 16) => randomBytes(bytes).toString('base64');

if (existsSync(envPath)) {
  console.log(`[env] keeping ${envPath}`);
} else {
  const lines = [
    '# Generated on first start; local development secrets only.',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    'STRAPI_TELEMETRY_DISABLED=true',
    '',
  ];
  writeFileSync(envPath, lines.join('\n'), { mode: 0o600 });
  console.log(`[env] created ${envPath}`);
}
