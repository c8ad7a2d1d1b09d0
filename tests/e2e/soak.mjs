// The soak: one browser page, against the real Strapi, runs `cycles` rounds of
// create -> Copy -> Dismiss -> Regenerate -> Copy -> Dismiss -> Delete, and prints the size of the
// component's wasm memory every `every` cycles, and how many of its bytes are in use (not zero: the
// web build zeroes what it frees). It fails (exit 1) when either grew by more than 10% after the first
// `every` cycles (50 in a full run), when any key of any cycle is left in wasm memory at the end, or
// when the page logged any console error. Run it through scripts/soak.sh.
//   node soak.mjs [cycles]   (default 500)
import assert from 'node:assert/strict';
import { startBrowserSession } from './lib/fixture.mjs';
import { backToList, confirmDialog, copySecret, createToken, searchFor } from './lib/flows.mjs';
import { assertNotInWasmMemory, nonZeroBytes, wasmMemoryBytes } from './lib/memory-scan.mjs';
import { runPrefix } from './lib/strapi.mjs';

const cycles = Number.parseInt(process.argv[2] ?? '500', 10);
if (!(cycles > 0)) throw new Error(`cycles must be a positive number, not ${process.argv[2]}`);
// 50 in a run of 200 cycles or more; a quarter of a shorter run (5 of the 20 CI runs).
const every = Math.max(1, Math.min(50, Math.floor(cycles / 4)));
const MAX_GROWTH = 0.1;

const prefix = runPrefix('soak');
const session = await startBrowserSession();
const keys = {};
let failed = false;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

async function dismiss(app) {
  await app.click('##dismiss-banner');
  await app.waitForState((s) => !s.banner, { message: 'the banner dismissed' });
}

async function cycle(app, n) {
  const name = `${prefix}${n}`;
  await createToken(app, { name });
  keys[`created ${n}`] = await copySecret(session, app);
  await dismiss(app);
  await app.click('##regenerate');
  await confirmDialog(app);
  await app.waitForState((s) => s.banner && !s.dialog, { message: `the regenerated key of cycle ${n}` });
  keys[`regenerated ${n}`] = await copySecret(session, app);
  await dismiss(app);
  await backToList(app);
  await searchFor(app, name);
  await app.click((item) => item.label === `Delete ${name}##delete`);
  await confirmDialog(app);
  await app.waitForState((s) => !s.dialog && s.inFlight === 0 && s.notifications.some((x) => x.key === 'notification.deleted'), {
    message: `the deletion of cycle ${n}`,
  });
  await searchFor(app, '');
}

try {
  const app = await session.open('admin');
  const started = Date.now();
  const start = await wasmMemoryBytes(app);
  const startUsed = await nonZeroBytes(app);
  console.log(`[soak] ${cycles} cycles of create, copy, dismiss, regenerate, copy, dismiss, delete; memory every ${every}`);
  console.log(`[soak] cycle    0: wasm memory ${kib(start)}, ${kib(startUsed)} in use`);
  let baseline = null;
  let baselineUsed = null;
  let peak = start;
  for (let n = 1; n <= cycles; n += 1) {
    await cycle(app, n);
    if (n % every === 0 || n === cycles) {
      const bytes = await wasmMemoryBytes(app);
      const used = await nonZeroBytes(app);
      peak = Math.max(peak, bytes);
      if (baseline === null) [baseline, baselineUsed] = [bytes, used];
      const growth = (bytes - baseline) / baseline;
      const usedGrowth = (used - baselineUsed) / baselineUsed;
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `[soak] cycle ${String(n).padStart(4)}: wasm memory ${kib(bytes)} (${(growth * 100).toFixed(1)}% since cycle ${every}), ` +
          `${kib(used)} in use (${(usedGrowth * 100).toFixed(1)}%), ${(seconds / n).toFixed(2)} s per cycle`,
      );
    }
  }
  const end = await wasmMemoryBytes(app);
  const endUsed = await nonZeroBytes(app);
  const growth = (end - baseline) / baseline;
  const usedGrowth = (endUsed - baselineUsed) / baselineUsed;
  console.log(
    `[soak] growth after cycle ${every}: wasm memory ${(growth * 100).toFixed(1)}%, in use ${(usedGrowth * 100).toFixed(1)}% ` +
      `(limit ${MAX_GROWTH * 100}%), peak ${kib(peak)}`,
  );
  if (growth > MAX_GROWTH) {
    console.log(`[soak] FAIL: wasm memory grew from ${kib(baseline)} to ${kib(end)}`);
    failed = true;
  }
  if (usedGrowth > MAX_GROWTH) {
    console.log(`[soak] FAIL: the bytes in use grew from ${kib(baselineUsed)} to ${kib(endUsed)}`);
    failed = true;
  }
  try {
    await assertNotInWasmMemory(app, keys, { when: `after ${cycles} cycles` });
    console.log(`[soak] none of the ${Object.keys(keys).length} keys is left in wasm memory`);
  } catch (error) {
    console.log(`[soak] FAIL: ${error.message}`);
    failed = true;
  }
  const errors = [...app.console.filter((line) => line.startsWith('error:')), ...app.errors];
  console.log(`[soak] console errors: ${errors.length}`);
  if (errors.length > 0) {
    for (const line of errors.slice(0, 10)) console.log(`[soak]   ${line}`);
    failed = true;
  }
  await session.secrets.assertNothingKeptIn(session.context, session.apps);
  assert.equal(session.secrets.size, cycles * 2);
  console.log(`[soak] ${failed ? 'FAIL' : 'PASS'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.log(`[soak] FAIL: ${error.stack ?? error}`);
  failed = true;
} finally {
  await session.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session.close();
}
process.exit(failed ? 1 : 0);
