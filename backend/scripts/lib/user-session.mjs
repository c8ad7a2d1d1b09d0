// Gets a working admin access token for one account, preferring (in order) the saved token,
// a renewal through the saved refresh token, and only then a rate-limited login.
import { jwtTimes } from './jwt-times.mjs';
import { isFresh } from './session-store.mjs';

export function sessionEntry(account, jwt, refreshToken, via) {
  return {
    email: account.email,
    password: account.password,
    jwt,
    ...jwtTimes(jwt),
    refreshToken,
    obtainedBy: via,
  };
}

export async function reuseOrRenew(client, account, saved) {
  if (saved?.email !== account.email) return null;
  if (isFresh(saved)) {
    const me = await client.call('GET', '/admin/users/me', { jwt: saved.jwt });
    if (me.status === 200) return { ...saved, obtainedBy: 'reused' };
  }
  if (saved.refreshToken) {
    const renewed = await client.call('POST', '/admin/access-token', { refreshToken: saved.refreshToken });
    if (renewed.status === 200) {
      return sessionEntry(account, renewed.body.data.token, renewed.refreshToken ?? saved.refreshToken, 'refresh');
    }
  }
  return null;
}

export async function login(client, account) {
  const { body, refreshToken } = await client.expectOk('POST', '/admin/login', {
    body: { email: account.email, password: account.password, rememberMe: true },
  });
  return sessionEntry(account, body.data.token, refreshToken, 'login');
}
