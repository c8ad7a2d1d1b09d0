// ImTokens as an embeddable component: `mount(element, options)` puts Strapi's API Tokens page
// (Dear ImGui on WebGL 2, compiled to WebAssembly) into any element and returns a handle.
//
//   import { mount } from './imtokens.mjs';
//   const handle = await mount(document.querySelector('#tokens'), {
//     baseUrl: 'https://cms.example.com', // Strapi's origin; default: this page's origin
//     auth: { getToken: async () => jwt }, // or { token: jwt }, or 'login' (the built-in sign-in form)
//     theme: 'system',                     // 'light' | 'dark' | 'system'
//     locale: 'en',                        // 'en' | 'fr' (any 'fr-*' tag)
//     onEvent: (name, detail) => {},       // token-created | token-regenerated | token-deleted | session-expired
//     timeoutMs: 20000,                    // per request to Strapi
//     chrome: true,                        // false when the host page has its own header (hides the top bar)
//     fontFamily: 'Inter, sans-serif',     // CSS font-family for the text; default: Inter, else the system's
//   });
//   handle.setTheme('dark'); handle.setLocale('fr'); handle.unmount();
//
// Events carry ids and names, never a token's secret. Nothing is stored in the browser: the admin
// session lives in the component's memory, and unmount() wipes that memory. A token handed over in
// `auth: { token }` is taken: mount() removes it from that object, and keeps no copy in JavaScript.
//
// `testHooks: true` is for the browser tests only (tests/e2e/lib/app-page.mjs): it adds handle.debug
// (the last frame's items, a state summary, the whole wasm memory). Without it the handle has no way
// into the component's memory.
import createImTokensModule from './imtokens-app.js';

const THEMES = ['light', 'dark', 'system'];
const EVENTS = ['token-created', 'token-regenerated', 'token-deleted', 'session-expired'];

function checkTheme(theme) {
  if (!THEMES.includes(theme)) throw new TypeError(`theme must be one of ${THEMES.join(', ')}, not ${theme}`);
  return theme;
}

// The browser draws the component's text: a family it cannot parse would silently become its default.
function checkFontFamily(family) {
  if (family === undefined) return undefined;
  const probe = document.createElement('canvas').getContext('2d');
  probe.font = '10px serif';
  probe.font = `10px ${family}`;
  if (typeof family !== 'string' || probe.font === '10px serif') {
    throw new TypeError(`fontFamily must be a CSS font-family list, not ${family}`);
  }
  return family;
}

function readAuth(auth) {
  if (auth === undefined || auth === null || auth === 'login') return { kind: 'login' };
  if (typeof auth === 'function') return { kind: 'getter', getToken: auth };
  if (typeof auth === 'string') return { kind: 'token', token: auth };
  if (typeof auth.getToken === 'function') return { kind: 'getter', getToken: auth.getToken };
  if (typeof auth.token === 'string' && auth.token) return { kind: 'token', token: auth.token };
  throw new TypeError("auth must be 'login', { token }, or { getToken }");
}

// The host's object should not keep the JWT in the page once the component has it (a string cannot
// be wiped in JavaScript, only let go of).
function forgetHandedToken(options) {
  const auth = options.auth;
  if (auth && typeof auth === 'object' && typeof auth.token === 'string') {
    try {
      delete auth.token;
    } catch {
      // a frozen object: the host chose to keep it
    }
  }
}

// Compiles the wasm while it downloads (index.html preloads it) and marks compiled and instantiated
// apart, two phases of the cold start the benchmarks print. `failed` rejects if it cannot.
function wasmLoader(mark) {
  let fail;
  const failed = new Promise((_, reject) => {
    fail = reject;
  });
  const instantiateWasm = (imports, receive) => {
    const url = new URL('imtokens-app.wasm', import.meta.url).href;
    const bytes = () => fetch(url, { credentials: 'same-origin' });
    const compiling = WebAssembly.compileStreaming
      ? WebAssembly.compileStreaming(bytes()).catch(() => bytes().then((r) => r.arrayBuffer()).then(WebAssembly.compile))
      : bytes().then((r) => r.arrayBuffer()).then(WebAssembly.compile);
    compiling
      .then((compiled) => {
        mark('imtokens:wasm-compiled');
        return WebAssembly.instantiate(compiled, imports).then((instance) => {
          mark('imtokens:wasm-instantiated');
          receive(instance, compiled);
        });
      })
      .catch((error) => fail(new Error(`the WebAssembly module did not load: ${error.message}`)));
    return {}; // the exports come through receive()
  };
  return { instantiateWasm, failed };
}

// The reads a signed-in start needs, the admin's permissions and the list (neither carries a secret),
// sent now instead of once the wasm has downloaded, compiled and started: the answers are on their
// way while it does. The component's transport takes each for its first request of that path
// (src/platform/web/head_start_library.js).
const HEAD_START_READS = ['/admin/users/me/permissions', '/admin/api-tokens'];
// kMaxAnswerBytes (src/core/http.hpp): a larger answer never reaches wasm memory.
const ANSWER_LIMIT = 64 * 1024 * 1024;

async function answerOf(response) {
  const answer = { status: response.status, contentType: response.headers.get('content-type') ?? '', body: new Uint8Array(0) };
  if (Number(response.headers.get('content-length') ?? 0) > ANSWER_LIMIT) {
    response.body?.cancel().catch(() => {});
    return { ...answer, overLimit: true };
  }
  const body = new Uint8Array(await response.arrayBuffer());
  return body.length > ANSWER_LIMIT ? { ...answer, overLimit: true } : { ...answer, body };
}

function headStart(baseUrl, jwt, timeoutMs) {
  const reads = new Map();
  for (const path of HEAD_START_READS) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    const read = fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${jwt}` },
      signal: abort.signal,
    })
      .then(answerOf)
      .catch(() => ({ status: abort.signal.aborted ? -1 : 0, contentType: '', body: new Uint8Array(0) }))
      .finally(() => clearTimeout(timer));
    reads.set(path, read);
  }
  return {
    take(path) {
      const read = reads.get(path) ?? null;
      reads.delete(path);
      return read;
    },
  };
}

function createCanvas(element) {
  const canvas = document.createElement('canvas');
  canvas.className = 'imtokens-canvas';
  // Only pixels: the keyboard and screen readers use the mirror of real elements the component lays
  // over it (dom_mirror.js), which takes this name. Until then the canvas is named like the page.
  canvas.tabIndex = -1;
  canvas.setAttribute('aria-label', 'API tokens');
  canvas.style.cssText = 'display:block;width:100%;height:100%;outline:none;touch-action:none;';
  element.append(canvas);
  return canvas;
}

export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('mount(element, options): element must be a DOM element');
  const auth = readAuth(options.auth);
  let themeChoice = checkTheme(options.theme ?? 'system');
  const locale = String(options.locale ?? navigator.language ?? 'en');
  const fontFamily = checkFontFamily(options.fontFamily);
  const onEvent = typeof options.onEvent === 'function' ? options.onEvent : null;
  const testHooks = options.testHooks === true;
  forgetHandedToken(options);

  const canvas = createCanvas(element);
  const darkScheme = matchMedia('(prefers-color-scheme: dark)');
  const marks = new Map();
  let api = null;
  let module = null;
  let renewing = null;

  const isDark = () => (themeChoice === 'system' ? darkScheme.matches : themeChoice === 'dark');
  const followSystem = () => {
    if (api && themeChoice === 'system') api.setTheme(isDark());
  };

  // A host that hands over a getter is asked again when the session ends.
  const renewSession = () => {
    if (auth.kind !== 'getter' || renewing || !api) return;
    renewing = Promise.resolve()
      .then(() => auth.getToken())
      .then((jwt) => {
        if (api && jwt) api.useSession(jwt);
      })
      .catch(() => {
        // The component shows its own sign-in form while the session is expired.
      })
      .finally(() => {
        renewing = null;
      });
  };

  const host = {
    onEvent(name, detail) {
      if (name === 'session-expired') renewSession();
      if (onEvent && EVENTS.includes(name)) onEvent(name, detail);
    },
    onMark(name) {
      if (!marks.has(name)) marks.set(name, performance.now()); // the first time: a phase of the start
    },
    onFrame: null,
  };

  const wasm = wasmLoader((name) => {
    performance.mark(name);
    host.onMark(name);
  });
  const timeoutMs = Number.isInteger(options.timeoutMs) && options.timeoutMs > 0 ? options.timeoutMs : 20000;
  const early = auth.kind === 'token' ? headStart(String(options.baseUrl ?? ''), auth.token, timeoutMs) : null;
  try {
    module = await Promise.race([
      createImTokensModule({
        imtHeadStart: early,
        imtCanvas: canvas,
        imtHost: host,
        locateFile: (path) => new URL(path, import.meta.url).href,
        instantiateWasm: wasm.instantiateWasm,
      }),
      wasm.failed,
    ]);
  } catch (error) {
    canvas.remove();
    throw error;
  }
  api = module.imtApi;
  performance.mark('imtokens:module-ready');
  const settings = {
    baseUrl: String(options.baseUrl ?? ''),
    theme: isDark() ? 'dark' : 'light',
    locale,
    chrome: options.chrome !== false,
    fontFamily,
  };
  if (Number.isInteger(options.timeoutMs) && options.timeoutMs > 0) settings.timeoutMs = options.timeoutMs;
  if (!api.mount(settings)) {
    canvas.remove();
    api = null;
    module = null;
    throw new Error('ImTokens needs WebGL 2, which this browser does not provide');
  }
  darkScheme.addEventListener('change', followSystem);

  if (auth.kind === 'login') {
    api.resumeSession();
  } else if (auth.kind === 'token') {
    api.useSession(auth.token);
    auth.token = null; // the wasm holds it now (and wipes it); JavaScript keeps no reference
  } else if (auth.kind === 'getter') {
    const jwt = await auth.getToken();
    if (api && jwt) api.useSession(jwt);
  }

  const live = () => {
    if (!api) throw new Error('this ImTokens component was unmounted');
    return api;
  };

  const handle = {
    canvas,
    // The accessible mirror laid over the canvas: real buttons, fields, a table, dialogs.
    get mirror() {
      return canvas.nextElementSibling?.classList.contains('imtokens-mirror') ? canvas.nextElementSibling : null;
    },
    setTheme(theme) {
      themeChoice = checkTheme(theme);
      live().setTheme(isDark());
    },
    setLocale(tag) {
      live().setLocale(String(tag));
    },
    unmount() {
      if (!api) return;
      darkScheme.removeEventListener('change', followSystem);
      api.unmount();
      const gl = canvas.getContext('webgl2');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
      canvas.remove();
      api = null;
      module = null;
    },
    get mounted() {
      return api !== null;
    },
  };
  // For tests and benchmarks only (testHooks): what the last frame drew, and the wasm memory.
  if (testHooks) {
    handle.debug = {
      // Every item of the last frame, with its rectangle in viewport CSS pixels (page.mouse coordinates).
      items() {
        const rect = canvas.getBoundingClientRect();
        return live()
          .items()
          .map((item) => ({ ...item, x: item.x + rect.left, y: item.y + rect.top }));
      },
      // The shaped text runs of the last frame (text in complex scripts and emoji): {text, rtl, x, y,
      // w, h}, their images' rectangles in viewport CSS pixels.
      textRuns() {
        const rect = canvas.getBoundingClientRect();
        return live()
          .textRuns()
          .map((run) => ({ ...run, x: run.x + rect.left, y: run.y + rect.top }));
      },
      state: () => live().state(),
      frames: () => live().frames(),
      // performance.now() of 'imtokens:first-frame' and 'imtokens:table-drawn', once they happened.
      mark: (name) => marks.get(name) ?? null,
      // Calls fn(frameNumber) after every frame the component presents (null to stop).
      onFrame: (fn) => {
        host.onFrame = typeof fn === 'function' ? fn : null;
      },
      // The component's whole wasm memory, to check what it holds (and that unmount() zeroes it).
      heap: () => {
        live();
        return module.HEAPU8;
      },
    };
  }
  return handle;
}
