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

// Cross-origin requests: Strapi's default answers any origin, with credentials, so a page on another
// port could post /admin/access-token with the refresh cookie and read a fresh admin JWT. Only the
// app's own origin (the page is served from public/app) and the hosts that embed it, listed in
// IMT_ALLOWED_ORIGINS (comma-separated, e.g. "https://intranet.example,http://127.0.0.1:8080"), get an
// Access-Control-Allow-* answer; any other origin gets none, and the browser withholds the response.
function allowedOrigins(env) {
  const port = env.int('PORT', 1337);
  const own = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const embedding = env('IMT_ALLOWED_ORIGINS', '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin !== '' && origin !== '*');
  return [...new Set([...own, ...embedding])];
}

module.exports = ({ env }) => [
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
  { name: 'strapi::cors', config: { origin: allowedOrigins(env) } },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
