// Strapi merges these directives into its defaults with lodash defaultsDeep, which fills arrays
// index by index; plain strings replace the defaults instead of being padded with them.
const contentSecurityPolicy = {
  useDefaults: true,
  directives: {
    // The ImTokens WebAssembly bundle is served from /app on this same origin: compiling a
    // wasm module needs 'wasm-unsafe-eval', and the app only talks back to this server.
    'script-src': "'self' 'wasm-unsafe-eval'",
    'connect-src': "'self'",
    'img-src': "'self' data: blob:",
    'media-src': "'self' data: blob:",
    upgradeInsecureRequests: null,
  },
};

module.exports = [
  'strapi::logger',
  'strapi::errors',
  // Strapi's optional koa-compress middleware, for the page's own files only (the wasm travels at about
  // half its size). API answers stay uncompressed: they can carry a token's secret, and compressing a
  // secret together with text an attacker chose is what BREACH-style attacks measure.
  {
    name: 'strapi::compression',
    config: { filter: (contentType) => /wasm|javascript|html|css/.test(String(contentType)) },
  },
  { name: 'strapi::security', config: { contentSecurityPolicy } },
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
