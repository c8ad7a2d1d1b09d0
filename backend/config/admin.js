module.exports = ({ env }) => ({
  // The ImTokens app replaces Strapi's admin UI; the /admin REST routes stay available.
  serveAdminPanel: false,
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  // Without it Strapi cannot decrypt access keys, and GET /admin/api-tokens/:id omits accessKey.
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
