// Reads the iat/exp claims of a JWT without verifying it (the server does that).
export function jwtTimes(jwt) {
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
  return {
    issuedAt: new Date(payload.iat * 1000).toISOString(),
    expiresAt: payload.exp ? new Date(payload.exp * 1000).toISOString() : null,
  };
}
