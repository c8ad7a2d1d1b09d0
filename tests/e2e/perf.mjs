// Performance figures of the web page, measured in headless Chromium against the real Strapi, and
// printed (a benchmark, not a pass/fail test): the bytes the page loads, the time from a cold
// navigation to the drawn table at 100 and 1,000 tokens, the frames a sort or opening the form
// takes to paint, and the frames drawn while idle.
//   node perf.mjs [--runs 3] [--json OUT.json]
// Needs Strapi running with the bundle deployed (run-perf.sh does both).
import { gzipSync } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppPage } from './lib/app-page.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { PHASES, floorMs, readPhases } from './lib/phases.mjs';
import { Strapi } from './lib/strapi.mjs';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, json: { type: 'string' } },
});
const RUNS = Number(args.runs);
const PREFIX = 'perf-';
const strapi = await Strapi.connect();
const figures = {};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function withBrowser(fn) {
  const browser = await launchBrowser();
  try {
    return await fn(browser.context);
  } finally {
    await browser.close();
  }
}

// Opens the page in a fresh profile (nothing cached, nothing compiled) and measures it.
async function coldLoad(context) {
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.addInitScript((jwt) => {
    window.IMTOKENS_OPTIONS = { auth: { token: jwt } };
  }, strapi.jwt('admin'));
  const app = new AppPage(page);
  await page.goto(strapi.appUrl());
  await page.waitForFunction(() => window.imtokens?.debug?.mark('imtokens:table-drawn') != null, null, { timeout: 60_000 });
  const timing = await page.evaluate(() => ({
    moduleReady: performance.getEntriesByName('imtokens:module-ready')[0]?.startTime ?? NaN,
    fontsReady: window.imtokens.debug.mark('imtokens:fonts-ready'),
    tableDrawn: window.imtokens.debug.mark('imtokens:table-drawn'),
    firstFrame: window.imtokens.debug.mark('imtokens:first-frame'),
    rows: window.imtokens.debug.state().tokens,
  }));
  const phases = await readPhases(page);
  return { page, app, responses, timing, phases };
}

async function measureBytes() {
  return withBrowser(async (context) => {
    const { responses } = await coldLoad(context);
    const rows = [];
    for (const response of responses) {
      const url = new URL(response.url());
      const body = await response.body().catch(() => Buffer.alloc(0));
      const sizes = await response.request().sizes();
      rows.push({
        path: url.pathname,
        kind: url.pathname.startsWith('/app/') ? 'bundle' : 'api',
        served: sizes.responseBodySize, // on the wire: compressed when Strapi compressed it
        raw: body.length,
        gzip9: gzipSync(body, { level: 9 }).length,
      });
    }
    const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
    const bundle = rows.filter((row) => row.kind === 'bundle');
    const line = (label, served, raw, gzip9) =>
      console.log(`  ${label.padEnd(40)} ${kb(served).padStart(10)} served ${kb(raw).padStart(10)} uncompressed ${kb(gzip9).padStart(10)} gzip -9`);
    console.log('\nBytes the page loads (cold profile):');
    for (const row of rows) line(row.path, row.served, row.raw, row.gzip9);
    line('page files (the bundle)', sum(bundle, 'served'), sum(bundle, 'raw'), sum(bundle, 'gzip9'));
    line(`everything (${rows.length} requests)`, sum(rows, 'served'), sum(rows, 'raw'), sum(rows, 'gzip9'));
    figures.bytes = {
      requests: rows.length,
      bundleServed: sum(bundle, 'served'),
      bundleRaw: sum(bundle, 'raw'),
      bundleGzip9: sum(bundle, 'gzip9'),
      totalServed: sum(rows, 'served'),
      totalRaw: sum(rows, 'raw'),
      totalGzip9: sum(rows, 'gzip9'),
      files: rows,
    };
  });
}

async function ensureTokenCount(count) {
  const tokens = await strapi.tokens();
  const missing = count - tokens.length;
  for (let i = 0; i < missing; i += 1) {
    const n = String(tokens.length + i).padStart(4, '0');
    // Names in no particular order, so sorting them is real work.
    const scrambled = ((tokens.length + i) * 7919) % 10007;
    await strapi.createToken({ name: `${PREFIX}${scrambled}-${n}`, description: `benchmark token ${n}` });
  }
  return (await strapi.tokens()).length;
}

async function measureReady(count) {
  const total = await ensureTokenCount(count);
  const cold = [];
  const warm = [];
  const coldModule = [];
  const coldFonts = [];
  const phases = [];
  for (let run = 0; run < RUNS; run += 1) {
    await withBrowser(async (context) => {
      const first = await coldLoad(context);
      cold.push(first.timing.tableDrawn);
      coldModule.push(first.timing.moduleReady);
      coldFonts.push(first.timing.fontsReady);
      phases.push(first.phases);
      // The same browser again: HTTP cache and compiled wasm are warm.
      await first.page.close();
      const again = await coldLoad(context);
      warm.push(again.timing.tableDrawn);
    });
  }
  console.log(
    `\nNavigation -> table drawn with ${total} tokens: cold ${median(cold).toFixed(0)} ms (runs: ${cold.map((v) => v.toFixed(0)).join(', ')}), ` +
      `warm ${median(warm).toFixed(0)} ms\n  (cold, medians: wasm compiled and started at ${median(coldModule).toFixed(0)} ms, ` +
      `glyphs rasterised at ${median(coldFonts).toFixed(0)} ms)`,
  );
  // Every phase of the cold start: median (range) over the runs.
  console.log('  cold start, ms from navigation: median (range)');
  const phaseFigures = {};
  for (const [key, label] of PHASES) {
    const values = phases.map((p) => p[key]).filter((v) => Number.isFinite(v));
    phaseFigures[key] = values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : null;
    const shown = phaseFigures[key]
      ? `${phaseFigures[key].median.toFixed(0)} (${phaseFigures[key].min.toFixed(0)}–${phaseFigures[key].max.toFixed(0)})`
      : 'not measured';
    console.log(`    ${label.padEnd(22)} ${shown}`);
  }
  const overFloor = phases.map((p) => p.tableDrawn / floorMs(p)).filter((v) => Number.isFinite(v));
  if (overFloor.length) {
    console.log(
      `    table drawn ÷ floor (code and data in, plus one frame): ${median(overFloor).toFixed(2)}× ` +
        `(${Math.min(...overFloor).toFixed(2)}–${Math.max(...overFloor).toFixed(2)})`,
    );
  }
  figures[`ready${count}`] = { tokens: total, coldMs: median(cold), warmMs: median(warm), cold, warm, phases: phaseFigures };
}

// Frames from the click (its release) to the first presented frame that shows its result: 'sort'
// (another token on the first row) or 'form' (the form's Name field on screen). Checked by the page
// on every frame.
async function framesToPaint(app, clickRef, result) {
  await app.settle();
  await app.hover(clickRef);
  await app.settle();
  await app.page.evaluate((kind) => {
    const debug = window.imtokens.debug;
    const firstRow = () =>
      debug
        .items()
        .filter((item) => item.visible && item.label.startsWith('##perf-'))
        .sort((a, b) => a.y - b.y)[0]?.label ?? null;
    const initialRow = firstRow();
    const shown = () => (kind === 'sort' ? firstRow() !== initialRow : debug.items().some((i) => i.label === '##Name'));
    window.perfPaint = { start: debug.frames(), at: null, startedAt: performance.now(), ms: null };
    // The click is complete when the button comes up (ImGui acts on the release): frames drawn for
    // the press alone, when the release reaches the page a little later, are not the click's.
    window.addEventListener(
      'pointerup',
      () => {
        window.perfPaint.start = debug.frames();
        window.perfPaint.startedAt = performance.now();
      },
      { capture: true, once: true },
    );
    debug.onFrame((frame) => {
      if (window.perfPaint.at === null && shown()) {
        window.perfPaint.at = frame;
        window.perfPaint.ms = performance.now() - window.perfPaint.startedAt;
      }
    });
  }, result);
  await app.page.mouse.down();
  await app.page.mouse.up();
  await app.page.waitForFunction(() => window.perfPaint.at !== null, null, { timeout: 10_000 });
  const measured = await app.page.evaluate(() => {
    window.imtokens.debug.onFrame(null);
    return { frames: window.perfPaint.at - window.perfPaint.start, ms: window.perfPaint.ms };
  });
  await app.settle();
  return measured;
}

async function measureInteraction() {
  await withBrowser(async (context) => {
    const { app } = await coldLoad(context);
    await app.settle();
    const tokens = (await app.state()).tokens;
    const sort = await framesToPaint(app, (item) => item.label.endsWith('##sort-name'), 'sort').catch((error) => ({
      error: error.message.split('\n')[0],
    }));
    const form = await framesToPaint(app, '##create', 'form');
    console.log(
      `\nSort by name (${tokens} tokens): ${sort.error ? `not measured (${sort.error})` : `painted ${sort.frames} frame(s) after the click (${sort.ms.toFixed(0)} ms)`}`,
    );
    console.log(`Open the create form: painted ${form.frames} frame(s) after the click (${form.ms.toFixed(0)} ms)`);
    figures.sort = sort;
    figures.openForm = form;

    await app.pointTo(5, 5);
    await app.waitForState((s) => s.notifications.length === 0 && !s.framesScheduled, { timeout: 15_000 });
    await app.quiet();
    const start = await app.frames();
    await app.page.waitForTimeout(2000);
    const idle = (await app.frames()) - start;
    console.log(`Frames drawn while idle for 2 s: ${idle}`);
    figures.idleFrames = idle;
  });
}

try {
  console.log(`ImTokens web performance (Strapi at ${strapi.baseUrl}, headless Chromium, ${RUNS} runs each)`);
  await measureBytes();
  await measureReady(100);
  await measureReady(1000);
  await measureInteraction();
  if (args.json) await writeFile(args.json, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  const removed = await strapi.deleteTokensStartingWith(PREFIX);
  console.log(`\n(removed the ${removed} benchmark tokens)`);
}
