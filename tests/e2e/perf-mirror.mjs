// Benchmark (prints, asserts nothing): what the DOM mirror costs per frame at 1,000 tokens. The
// mirror's JS entry point (the wasm import that applies one packed update, dom_mirror.js
// imt_js_mirror) is wrapped when the module is instantiated: each call's time, its payload size
// and the DOM mutations it made (a MutationObserver's records, taken synchronously after the call).
// Budget (issue 10): at most 1 ms per changed frame, nothing on a frame where nothing changed.
//   IMT_STRAPI_URL=... node perf-mirror.mjs        (Strapi up; run-e2e.sh deploys the bundle)
import { AxTree } from './lib/a11y.mjs';
import { startBrowserSession } from './lib/fixture.mjs';
import { runPrefix } from './lib/strapi.mjs';

const TOKENS = Number(process.env.IMT_PERF_TOKENS ?? 1000);
const prefix = runPrefix('perf-mirror');

// Runs in the page before the module: wraps the import whose body applies a mirror update.
function wrapMirrorImport() {
  window.imtMirrorCalls = [];
  window.imtMirrorFrames = [];
  const wrapImports = (imports) => {
    for (const space of Object.values(imports ?? {})) {
      for (const [name, fn] of Object.entries(space)) {
        if (typeof fn !== 'function') continue;
        // The frame's end (imt_js_frame_drawn): what that frame's whole mirror update cost, the C++
        // diff included, as the module measured it (debug state mirrorMs).
        if (/onFrame/.test(fn.toString())) {
          space[name] = function (...args) {
            const result = fn.apply(this, args);
            const frame = window.imtokens?.debug?.frames?.() ?? -1;
            const state = window.imtokens?.debug?.state?.();
            if (state) window.imtMirrorFrames.push({ frame, ms: state.mirrorMs });
            return result;
          };
          continue;
        }
        if (!/\.update\(JSON\.parse\(/.test(fn.toString())) continue;
        space[name] = function (...args) {
          const observer = new MutationObserver(() => {});
          observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
          const start = performance.now();
          const result = fn.apply(this, args);
          const ms = performance.now() - start;
          const records = observer.takeRecords();
          observer.disconnect();
          const touched = new Set(records.map((r) => r.target));
          window.imtMirrorCalls.push({ ms, mutations: records.length, nodes: touched.size, frame: window.imtokens?.debug?.frames?.() ?? -1 });
          return result;
        };
      }
    }
    return imports;
  };
  const instantiate = WebAssembly.instantiate;
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiate = (source, imports) => instantiate(source, wrapImports(imports));
  if (streaming) WebAssembly.instantiateStreaming = (source, imports) => streaming(source, wrapImports(imports));
}

function stats(values) {
  if (values.length === 0) return { n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  return { n: values.length, mean: +mean.toFixed(3), p95: +p95.toFixed(3), max: +sorted.at(-1).toFixed(3) };
}

// calls: the DOM updates (JS only); frames: each frame's whole mirror cost (C++ diff + DOM writes).
// A frame is "changed" when it made a DOM update call, "unchanged" when it made none.
function report(label, calls, records, drawn) {
  // One figure per frame (the frame hook may be reached twice for one frame): the last one wins.
  const frames = [...new Map(records.map((r) => [r.frame, r])).values()];
  const changedFrames = new Set(calls.map((c) => c.frame));
  const changed = frames.filter((f) => changedFrames.has(f.frame)).map((f) => f.ms);
  const unchanged = frames.filter((f) => !changedFrames.has(f.frame)).map((f) => f.ms);
  console.log(
    `${label}: frames drawn ${drawn}; changed frames: mirror ms (C++ + DOM) ${JSON.stringify(stats(changed))}, ` +
      `DOM-apply ms ${JSON.stringify(stats(calls.map((c) => c.ms)))}, DOM nodes touched ${JSON.stringify(stats(calls.map((c) => c.nodes)))}, ` +
      `mutations ${JSON.stringify(stats(calls.map((c) => c.mutations)))}; unchanged frames: ${unchanged.length}, ` +
      `mirror ms (C++ diff) ${JSON.stringify(stats(unchanged))}, DOM mutations 0 (no update call)`,
  );
}

const session = await startBrowserSession();
try {
  const existing = (await session.strapi.tokens()).length;
  for (let i = existing; i < TOKENS; i += 10) {
    const batch = [];
    for (let j = i; j < Math.min(TOKENS, i + 10); j++) {
      batch.push(session.strapi.createToken({ name: `${prefix}${String(j).padStart(4, '0')}`, description: `token ${j}` }));
    }
    await Promise.all(batch);
  }
  console.log(`${(await session.strapi.tokens()).length} tokens on the server`);

  await session.context.addInitScript(wrapMirrorImport);
  const app = await session.open('admin', { options: { locale: 'en' } });
  const page = app.page;
  const ax = await AxTree.open(page);
  const sample = async (label, act) => {
    await app.settle();
    const frames0 = await app.frames();
    const [calls0, perFrame0] = await page.evaluate(() => [window.imtMirrorCalls.length, window.imtMirrorFrames.length]);
    // Every DOM mutation in the component from here on, whoever made it (the update calls too).
    await page.evaluate(() => {
      window.imtMutations = 0;
      window.imtObserver = new MutationObserver((records) => { window.imtMutations += records.length; });
      window.imtObserver.observe(document.querySelector('.imtokens-mirror'), { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await act();
    await app.settle();
    const drawn = (await app.frames()) - frames0;
    const [calls, perFrame, mutations] = await page.evaluate(([from, fromFrames]) => {
      window.imtObserver.disconnect();
      return [window.imtMirrorCalls.slice(from), window.imtMirrorFrames.slice(fromFrames), window.imtMutations];
    }, [calls0, perFrame0]);
    report(label, calls, perFrame, drawn);
    console.log(`  mutations in the mirror seen by a MutationObserver over the whole sample: ${mutations}`);
  };

  await sample('idle, 2 s', () => page.waitForTimeout(2000));
  await ax.focus('button', 'Name');
  for (let round = 1; round <= 5; round++) {
    await sample(`sort by Name (Enter), round ${round}`, () => page.keyboard.press('Enter'));
  }
  // A frame where nothing the mirror shows changes: a key with no meaning here.
  await sample('Shift pressed on a header (nothing changes)', () => page.keyboard.press('Shift'));
  await sample('idle after the sorts, 2 s', () => page.waitForTimeout(2000));
  const nodes = await page.evaluate(() => document.querySelectorAll('.imtokens-mirror *').length);
  console.log(`mirror elements in the DOM: ${nodes}`);
  await ax.close();
} finally {
  console.log(`removed ${await session.strapi.deleteTokensStartingWith(prefix)} benchmark tokens`);
  await session.close();
}
