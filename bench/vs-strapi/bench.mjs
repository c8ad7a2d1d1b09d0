// Strapi's own API Tokens page and ImTokens, served by one Strapi from one database and measured in
// the same headless Chromium, page by page in alternation (run.sh sets this up; see the README).
//   node bench.mjs --base URL [--runs 5] [--counts 100,1000,10000] [--json FILE] [--cap-ms 60000]
// Every run of a page is a fresh browser profile: a cold load with the cache disabled (bytes, phases,
// memory at ready, 5 s idle), then with the cache on a load that fills it and a warm load (timed), a
// sort by name and opening the create form. A blank page in a fresh profile gives the memory floor.
// Tokens: see seed().
// Sections: set-up · one run of a page · the blank floor · seeding · main.
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAdminClient } from '../../backend/scripts/lib/admin-client.mjs';
import { launchBrowser } from '../../tests/e2e/lib/browser.mjs';
import { PHASES, floorMs } from '../../tests/e2e/lib/phases.mjs';
import { imtokensPage, strapiPage } from './pages.mjs';
import { cpuMsOf, frameProbe, jsHeapMb, memoryOf } from './probes.mjs';
import { summarise, table } from './report.mjs';

// --- Set-up -------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    runs: { type: 'string', default: '5' },
    counts: { type: 'string', default: '100,1000,10000' },
    json: { type: 'string', default: 'vs-strapi.json' },
    'cap-ms': { type: 'string', default: '60000' },
    idle: { type: 'string', default: '5000' },
  },
});
const BASE = args.base ?? process.env.IMT_STRAPI_URL;
const RUNS = Number(args.runs);
const COUNTS = args.counts.split(',').map(Number);
const CAP_MS = Number(args['cap-ms']);
const IDLE_MS = Number(args.idle);
const PREFIX = 'bench-';
const admin = createAdminClient(BASE);
const sessionPath = process.env.IMT_STRAPI_SESSION;
let session = JSON.parse(readFileSync(sessionPath, 'utf8')).users.admin;
const uptime = () => execSync('uptime').toString().trim();
const log = (text) => console.log(`[vs-strapi] ${text}`);

// The admin's access token lives 30 minutes; a long run renews it through the refresh cookie.
async function jwt() {
  if (Date.parse(session.expiresAt) - Date.now() > 10 * 60 * 1000) return session.jwt;
  const answer = await admin.expectOk('POST', '/admin/access-token', { refreshToken: session.refreshToken });
  session = {
    ...session,
    jwt: answer.body.data.token,
    refreshToken: answer.refreshToken ?? session.refreshToken,
    expiresAt: new Date(Date.now() + 30 * 60 * 1000).toISOString(),
  };
  return session.jwt;
}

// --- One run of a page --------------------------------------------------------------------------

// A page busy for minutes (Strapi's at 10,000 tokens) runs no callback that could time itself out,
// and answers no evaluate: every wait is also capped here, in Node. null means capped.
const CAPPED = Symbol('capped');
async function capped(promise, ms = CAP_MS + 5000) {
  let timer;
  const result = await Promise.race([
    promise.catch(() => null),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(CAPPED), ms);
    }),
  ]);
  clearTimeout(timer);
  return result === CAPPED ? null : result;
}

async function bytesOf(responses) {
  let served = 0;
  let raw = 0;
  for (const response of responses) {
    const sizes = await response.request().sizes().catch(() => ({ responseBodySize: 0 }));
    const body = await response.body().catch(() => Buffer.alloc(0));
    served += sizes.responseBodySize;
    raw += body.length;
  }
  return { served, raw, requests: responses.length };
}

async function measurePage(kind, count) {
  const browser = await launchBrowser();
  const figures = {};
  try {
    const { context, profile } = browser;
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(frameProbe);
    await page.addInitScript(kind.signIn, await jwt());
    const responses = [];
    const onResponse = (response) => responses.push(response);
    page.on('response', onResponse);

    await page.goto(kind.url(BASE), { waitUntil: 'commit' });
    figures.coldMs = await capped(kind.ready(page, count, CAP_MS));
    // At ready: memory before anything else happens.
    const memory = memoryOf(profile);
    figures.rendererMb = memory.rendererMb;
    figures.gpuMb = memory.gpuMb;
    figures.processes = memory.processes;
    if (figures.coldMs === null) {
      // Capped: the page is still busy; what it loaded so far, and nothing that needs its thread.
      page.off('response', onResponse);
      Object.assign(figures, (await capped(bytesOf(responses), 20_000)) ?? {});
      return figures;
    }
    figures.jsHeapMb = await jsHeapMb(page);
    figures.wasmMb = await kind.wasmMb(page);
    if (kind.phases) figures.phases = await kind.phases(page);
    await page.waitForTimeout(1000); // late requests (Strapi's page asks for more after it shows)
    page.off('response', onResponse);
    Object.assign(figures, await bytesOf(responses));

    // 5 s idle, after a second for anything the load left running.
    await page.mouse.move(1, 1);
    await page.waitForTimeout(1000);
    const cpu0 = cpuMsOf(profile);
    const frames0 = await page.evaluate(() => window.__benchProbe.frames);
    await page.waitForTimeout(IDLE_MS);
    const cpu1 = cpuMsOf(profile);
    figures.idleFrames = (await page.evaluate(() => window.__benchProbe.frames)) - frames0;
    figures.idleCpuMs = cpu1.renderers - cpu0.renderers + (cpu1.gpu - cpu0.gpu);

    // Warm: the cache on, one load to fill it (and to let V8 cache the code), then the timed one.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await page.goto(kind.url(BASE), { waitUntil: 'commit' });
    if ((await capped(kind.ready(page, count, CAP_MS))) === null) return figures;
    await page.waitForTimeout(500);
    await page.goto(kind.url(BASE), { waitUntil: 'commit' });
    figures.warmMs = await capped(kind.ready(page, count, CAP_MS));
    if (figures.warmMs === null) return figures;
    await page.waitForTimeout(1500);
    figures.sortMs = await capped(kind.sort(page, CAP_MS), 3 * CAP_MS + 10_000);
    if (figures.sortMs === null) return figures;
    await page.waitForTimeout(1000);
    figures.createMs = await capped(kind.openCreate(page, CAP_MS));
    return figures;
  } finally {
    await capped(browser.close(), 30_000);
  }
}

// --- The blank floor ----------------------------------------------------------------------------

// A WebGL 2 canvas of the window's size that draws one textured triangle with blending (what any
// WebGL page does, with a 1024 x 1024 one-byte texture like the glyph atlas): a floor for a page that
// draws with WebGL on this browser's GPU (here SwiftShader, on the CPU).
const WEBGL_PAGE = `<canvas id=c style="width:100vw;height:100vh;display:block"></canvas><script>
const c = document.getElementById('c'); c.width = innerWidth * devicePixelRatio; c.height = innerHeight * devicePixelRatio;
const gl = c.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
const shader = (type, src) => { const s = gl.createShader(type); gl.shaderSource(s, src); gl.compileShader(s); return s; };
const p = gl.createProgram();
gl.attachShader(p, shader(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 a; in vec2 u; out vec2 v; void main() { v = u; gl_Position = vec4(a, 0, 1); }'));
gl.attachShader(p, shader(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision mediump float; uniform sampler2D t; in vec2 v; out vec4 o; void main() { o = vec4(1, 0, 0, texture(t, v).r); }'));
gl.linkProgram(p); gl.useProgram(p);
gl.bindTexture(gl.TEXTURE_2D, gl.createTexture());
gl.texImage2D(gl.TEXTURE_2D, 0, gl.R8, 1024, 1024, 0, gl.RED, gl.UNSIGNED_BYTE, new Uint8Array(1024 * 1024).fill(128));
gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 0, 0, 1, -1, 1, 0, 0, 1, 0.5, 1]), gl.STATIC_DRAW);
gl.enableVertexAttribArray(0); gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 16, 0);
gl.enableVertexAttribArray(1); gl.vertexAttribPointer(1, 2, gl.FLOAT, false, 16, 8);
gl.enable(gl.BLEND); gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
let n = 0; const draw = () => { gl.clearColor(1, 1, 1, 1); gl.clear(gl.COLOR_BUFFER_BIT); gl.drawArrays(gl.TRIANGLES, 0, 3); if (++n < 5) requestAnimationFrame(draw); }; draw();
</script>`;

async function measureFloor(url) {
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(url);
    await page.waitForTimeout(2000);
    const memory = memoryOf(browser.profile);
    return { rendererMb: memory.rendererMb, gpuMb: memory.gpuMb };
  } finally {
    await browser.close();
  }
}

async function measureBlank() {
  const blank = await measureFloor('about:blank');
  const webgl = await measureFloor(`data:text/html,${encodeURIComponent(WEBGL_PAGE)}`);
  return { ...blank, webglRendererMb: webgl.rendererMb, webglGpuMb: webgl.gpuMb };
}

// --- Seeding ------------------------------------------------------------------------------------

async function tokenCount() {
  const { body } = await admin.expectOk('GET', '/admin/api-tokens', { jwt: await jwt() });
  return body.data.length;
}

// The first API_SEEDED tokens through the admin API (POST /admin/api-tokens, a few at a time), as an
// admin would make them; beyond that, copies of one of them written straight into the SQLite database
// (new name, description, document id and hashed key each), which takes a second instead of many
// minutes. Strapi reads the table afresh for every GET /admin/api-tokens.
const API_SEEDED = 100;
const name = (n) => `${PREFIX}${String((n * 7919) % 100_003).padStart(6, '0')}-${n}`; // in no order

async function seedThroughApi(from, to) {
  let n = from;
  const worker = async () => {
    while (n < to) {
      const i = n++;
      await admin.expectOk('POST', '/admin/api-tokens', {
        jwt: await jwt(),
        body: { name: name(i), description: `benchmark token ${i}`, type: 'read-only', lifespan: null },
      });
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

function seedInDatabase(from, to) {
  const require = createRequire(join(process.env.IMT_VS_STRAPI_COPY, 'package.json'));
  const Database = require('better-sqlite3');
  const db = new Database(join(process.env.IMT_VS_STRAPI_COPY, '.tmp', 'data.db'));
  try {
    db.pragma('busy_timeout = 10000');
    const template = db.prepare("SELECT * FROM strapi_api_tokens WHERE name LIKE 'bench-%' LIMIT 1").get();
    const columns = Object.keys(template).filter((c) => c !== 'id');
    const insert = db.prepare(
      `INSERT INTO strapi_api_tokens (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    const id = () => randomBytes(18).toString('base64').replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 24).padEnd(24, 'x');
    db.transaction(() => {
      for (let i = from; i < to; i += 1) {
        const now = Date.now() - i * 1000;
        insert.run({
          ...template,
          document_id: id(),
          name: name(i),
          description: `benchmark token ${i}`,
          access_key: randomBytes(64).toString('hex'),
          created_at: now,
          updated_at: now,
          published_at: now,
        });
      }
    })();
  } finally {
    db.close();
  }
}

async function seed(count) {
  const started = Date.now();
  const mine = async () => (await tokenCount()) - baseline;
  const have = await mine();
  if (have < Math.min(count, API_SEEDED)) await seedThroughApi(have, Math.min(count, API_SEEDED));
  const now = await mine();
  if (now < count) seedInDatabase(now, count);
  const total = await tokenCount();
  log(`seeded to ${total} tokens (${total - baseline} of the benchmark's) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return total;
}

// --- Main ---------------------------------------------------------------------------------------

const ROWS = [
  { label: 'cold: navigation → table drawn', key: 'coldMs', unit: 'ms' },
  { label: 'warm: navigation → table drawn', key: 'warmMs', unit: 'ms' },
  { label: 'sort by name: click → painted', key: 'sortMs', unit: 'ms' },
  { label: 'create form: click → permissions painted', key: 'createMs', unit: 'ms' },
  { label: 'bytes as served (cold, everything)', key: 'served', unit: 'KiB' },
  { label: 'bytes uncompressed', key: 'raw', unit: 'KiB' },
  { label: 'requests', key: 'requests', unit: '' },
  { label: 'renderer RSS at ready', key: 'rendererMb', unit: 'MB' },
  { label: 'GPU process RSS at ready', key: 'gpuMb', unit: 'MB' },
  { label: 'renderer + GPU above the blank floor', key: 'aboveFloorMb', unit: 'MB' },
  { label: 'JS heap at ready', key: 'jsHeapMb', unit: 'MB' },
  { label: 'wasm memory at ready', key: 'wasmMb', unit: 'MB', noRatio: true },
  { label: 'CPU over 5 s idle (renderer + GPU)', key: 'idleCpuMs', unit: 'ms' },
  { label: 'animation frames over 5 s idle', key: 'idleFrames', unit: '', noRatio: true },
];

const output = { startedAt: new Date().toISOString(), base: BASE, runs: RUNS, capMs: CAP_MS, loadBefore: uptime(), counts: {} };
log(`load before: ${output.loadBefore}`);
const results = {};
// Strapi's own two default tokens (a fresh database has only those).
const baseline = (await admin.expectOk('GET', '/admin/api-tokens', { jwt: await jwt() })).body.data.filter(
  (token) => !token.name.startsWith(PREFIX),
).length;
for (const count of COUNTS) {
  const tokens = await seed(count);
  const raw = { Strapi: [], ImTokens: [], blank: [] };
  for (let run = 0; run < RUNS; run += 1) {
    // Alternating which page goes first, so neither always runs on a machine the other warmed.
    const order = run % 2 === 0 ? [strapiPage, imtokensPage] : [imtokensPage, strapiPage];
    raw.blank.push(await measureBlank());
    for (const kind of order) {
      const figures = await measurePage(kind, tokens);
      raw[kind.name].push(figures);
      log(
        `${tokens} tokens, run ${run + 1}/${RUNS}, ${kind.name}: cold ${figures.coldMs?.toFixed(0) ?? 'capped'} ms, ` +
          `warm ${figures.warmMs?.toFixed(0) ?? '–'} ms, sort ${figures.sortMs?.toFixed(0) ?? '–'} ms, ` +
          `create ${figures.createMs?.toFixed(0) ?? '–'} ms, renderer ${figures.rendererMb.toFixed(0)} MB`,
      );
    }
  }
  const floor = raw.blank.map((b) => b.rendererMb + b.gpuMb);
  results[count] = {};
  for (const name of ['Strapi', 'ImTokens']) {
    raw[name].forEach((f, i) => {
      f.aboveFloorMb = f.rendererMb + f.gpuMb - floor[i];
    });
    const summary = {};
    for (const row of ROWS) summary[row.key] = summarise(raw[name].map((f) => (f[row.key] === undefined ? NaN : f[row.key])));
    // A capped load is null (counted as capped); an interaction after a capped load is not measured.
    for (const key of ['warmMs', 'sortMs', 'createMs']) {
      const values = raw[name].filter((f) => f.coldMs !== null).map((f) => f[key]);
      summary[key] = values.length ? summarise(values) : { runs: 0 };
    }
    if (name === 'ImTokens') {
      summary.phases = {};
      for (const [key] of PHASES) summary.phases[key] = summarise(raw[name].map((f) => f.phases?.[key] ?? NaN));
    }
    results[count][name] = summary;
  }
  results[count].blank = {
    rendererMb: summarise(raw.blank.map((b) => b.rendererMb)),
    gpuMb: summarise(raw.blank.map((b) => b.gpuMb)),
    webglRendererMb: summarise(raw.blank.map((b) => b.webglRendererMb)),
    webglGpuMb: summarise(raw.blank.map((b) => b.webglGpuMb)),
    webglAboveFloorMb: summarise(raw.blank.map((b) => b.webglRendererMb + b.webglGpuMb - b.rendererMb - b.gpuMb)),
  };
  output.counts[count] = { tokens, raw, summary: results[count] };
  writeFileSync(args.json, `${JSON.stringify(output, null, 2)}\n`);
}
output.loadAfter = uptime();
writeFileSync(args.json, `${JSON.stringify(output, null, 2)}\n`);

const counts = COUNTS;
console.log(`\nStrapi 5.54 admin (production build) vs ImTokens, one Strapi at ${BASE}, headless Chromium (SwiftShader)`);
console.log(`${RUNS} runs per page and count, alternating; medians (ranges). Strapi's page is capped at ${CAP_MS / 1000} s per wait.\n`);
console.log(table(ROWS, counts, results, CAP_MS));
const fmtRange = (s) => `${s.median.toFixed(0)} (${s.range[0].toFixed(0)}–${s.range[1].toFixed(0)})`;
console.log(`\nBlank page (the floor): renderer ${counts.map((c) => fmtRange(results[c].blank.rendererMb)).join(' / ')} MB, GPU ${counts.map((c) => fmtRange(results[c].blank.gpuMb)).join(' / ')} MB`);
console.log(`A page with one WebGL 2 canvas drawing a textured triangle: renderer ${counts.map((c) => fmtRange(results[c].blank.webglRendererMb)).join(' / ')} MB, GPU ${counts.map((c) => fmtRange(results[c].blank.webglGpuMb)).join(' / ')} MB; above the blank floor ${counts.map((c) => fmtRange(results[c].blank.webglAboveFloorMb)).join(' / ')} MB`);
console.log('\nImTokens cold start, phases in ms from navigation: median (range)');
console.log(`| phase | ${counts.map((c) => `${c.toLocaleString('en')} tokens`).join(' | ')} |`);
console.log(`|---|${counts.map(() => '---').join('|')}|`);
for (const [key, label] of PHASES) {
  console.log(`| ${label} | ${counts.map((c) => (Number.isFinite(results[c].ImTokens.phases[key].median) ? fmtRange(results[c].ImTokens.phases[key]) : '–')).join(' | ')} |`);
}
console.log('\nImTokens cold start against its floor (code and data in, plus one frame): median (range)');
for (const c of counts) {
  const runs = output.counts[c].raw.ImTokens.filter((f) => f.phases);
  const floors = runs.map((f) => floorMs(f.phases));
  const ratios = runs.map((f, i) => f.phases.tableDrawn / floors[i]);
  const f = summarise(floors);
  const r = summarise(ratios);
  results[c].ImTokens.floor = { floorMs: f, ratio: r };
  console.log(`  ${c.toLocaleString('en')} tokens: floor ${fmtRange(f)} ms, table drawn ÷ floor ${r.median.toFixed(2)}× (${r.range[0].toFixed(2)}–${r.range[1].toFixed(2)})`);
}
writeFileSync(args.json, `${JSON.stringify(output, null, 2)}\n`);
if (counts.includes(1000) && counts.includes(10000)) {
  const r = results[10000].ImTokens.coldMs.median / results[1000].ImTokens.coldMs.median;
  console.log(`\nImTokens table drawn at 10,000 tokens ÷ at 1,000: ${r.toFixed(2)}× (cold)`);
}
// The targets of issue 14, as same-run ratios: met, or short by how much.
console.log('\nTargets (same-run ratios):');
const target = (label, value, goal, atLeast) => {
  if (!Number.isFinite(value)) return console.log(`  ${label}: not measured`);
  const met = atLeast ? value >= goal : value <= goal;
  const shortBy = atLeast ? goal / value : value / goal;
  console.log(`  ${label}: ${value.toFixed(2)} (target ${atLeast ? '≥' : '≤'} ${goal}) ${met ? 'met' : `NOT met, short by ${shortBy.toFixed(2)}×`}`);
};
const med = (c, name, key) => results[c]?.[name]?.[key]?.median;
for (const [c, goal] of [[100, 12], [1000, 20]]) {
  if (counts.includes(c)) target(`cold start at ${c}, Strapi ÷ ImTokens`, med(c, 'Strapi', 'coldMs') / med(c, 'ImTokens', 'coldMs'), goal, true);
}
for (const c of counts) {
  const floor = results[c].ImTokens.floor?.ratio?.median;
  if (c <= 1000) target(`cold start at ${c} ÷ its floor`, floor, 1.5, false);
  target(`create form at ${c}, Strapi ÷ ImTokens`, med(c, 'Strapi', 'createMs') / med(c, 'ImTokens', 'createMs'), 10, true);
  target(`memory above the floor at ${c}, ImTokens ÷ Strapi`, med(c, 'ImTokens', 'aboveFloorMb') / med(c, 'Strapi', 'aboveFloorMb'), 1 / 3, false);
}
if (counts.includes(1000) && counts.includes(10000)) {
  target('table drawn at 10,000 ÷ at 1,000 (cold)', med(10000, 'ImTokens', 'coldMs') / med(1000, 'ImTokens', 'coldMs'), 2, false);
}
console.log(`\nload before: ${output.loadBefore}\nload after:  ${output.loadAfter}\nJSON: ${args.json}`);
