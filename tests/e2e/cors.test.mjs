// Cross-origin requests against the real Strapi: a page on a foreign origin gets no
// Access-Control-Allow-* answer on the two routes that hand out or use an admin session, so the browser
// withholds the answer from it; the app's own origin (and any host in IMT_ALLOWED_ORIGINS) still gets
// one. No browser needed: CORS is the server's headers, read here as a browser would.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadSession } from './lib/strapi.mjs';

const FOREIGN = 'http://127.0.0.1:9999';

function corsHeaders(response) {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-allow-'));
}

describe('CORS on the admin session routes', () => {
  let base;
  let jwt;
  before(async () => {
    const session = await loadSession();
    base = session.baseUrl.replace(/\/+$/, '');
    jwt = session.users.admin.jwt;
  });

  // What a page's fetch(..., { credentials: 'include' }) sends: the preflight, then the request.
  const routes = () => [
    { method: 'POST', path: '/admin/access-token', headers: { 'content-type': 'application/json' }, body: '{}' },
    { method: 'GET', path: '/admin/users/me', headers: { authorization: `Bearer ${jwt}` } },
  ];

  test('a foreign origin gets no Access-Control-Allow-* answer, preflight or request', async () => {
    for (const route of routes()) {
      const preflight = await fetch(base + route.path, {
        method: 'OPTIONS',
        headers: {
          origin: FOREIGN,
          'access-control-request-method': route.method,
          'access-control-request-headers': Object.keys(route.headers).join(','),
        },
      });
      assert.deepEqual(corsHeaders(preflight), [], `preflight of ${route.method} ${route.path} from ${FOREIGN}`);
      const answer = await fetch(base + route.path, { ...route, headers: { ...route.headers, origin: FOREIGN } });
      assert.deepEqual(corsHeaders(answer), [], `${route.method} ${route.path} from ${FOREIGN} (HTTP ${answer.status})`);
    }
    // The request itself still reaches Strapi (CORS is the browser's to enforce): the JWT is good.
    const me = await fetch(`${base}/admin/users/me`, { headers: { authorization: `Bearer ${jwt}`, origin: FOREIGN } });
    assert.equal(me.status, 200);
  });

  test("the app's own origin is still answered, with credentials", async () => {
    const own = new URL(base).origin;
    for (const route of routes()) {
      const preflight = await fetch(base + route.path, {
        method: 'OPTIONS',
        headers: { origin: own, 'access-control-request-method': route.method },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), own, `preflight of ${route.path}`);
      const answer = await fetch(base + route.path, { ...route, headers: { ...route.headers, origin: own } });
      assert.equal(answer.headers.get('access-control-allow-origin'), own, `${route.method} ${route.path}`);
      assert.equal(answer.headers.get('access-control-allow-credentials'), 'true');
    }
  });

  test('an embedding host listed in IMT_ALLOWED_ORIGINS is answered', { skip: !process.env.IMT_ALLOWED_ORIGINS }, async () => {
    const host = process.env.IMT_ALLOWED_ORIGINS.split(',')[0].trim().replace(/\/+$/, '');
    const answer = await fetch(`${base}/admin/users/me`, { headers: { authorization: `Bearer ${jwt}`, origin: host } });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('access-control-allow-origin'), host);
  });
});
