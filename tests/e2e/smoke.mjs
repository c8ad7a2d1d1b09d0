// Browser smoke test: the WebAssembly build's first frame really draws in headless Chromium.
// Usage: node smoke.mjs --root BUILD/web --screenshot OUT.png
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { assertDrawn, decodePng, drawingStats } from './lib/png.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const { values: args } = parseArgs({
  options: { root: { type: 'string' }, screenshot: { type: 'string' } },
});
if (!args.root || !args.screenshot) {
  console.error('usage: node smoke.mjs --root BUILD/web --screenshot OUT.png');
  process.exit(2);
}

const server = await startStaticServer({ root: args.root });
const browser = await launchBrowser();
const problems = [];
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });

  const started = performance.now();
  await page.goto(server.url);
  await page.waitForFunction(() => (globalThis.imtSmokeFrames ?? 0) >= 1, null, { timeout: 30_000 });
  const firstFrameMs = performance.now() - started;

  const canvas = await page.evaluate(() => {
    const element = document.getElementById('canvas');
    return { width: element.width, height: element.height, webgl2: element.getContext('webgl2') !== null };
  });
  if (!canvas.webgl2) problems.push('the canvas has no WebGL 2 context');
  if (canvas.width < 100 || canvas.height < 100) {
    problems.push(`the canvas drawing buffer is only ${canvas.width}x${canvas.height}`);
  }

  const png = await page.locator('#canvas').screenshot();
  await mkdir(dirname(args.screenshot), { recursive: true });
  await writeFile(args.screenshot, png);
  console.log(assertDrawn(drawingStats(decodePng(png)), 'smoke-web.png'));
  console.log(`first frame ${firstFrameMs.toFixed(0)} ms after navigation; canvas ${canvas.width}x${canvas.height}`);
} catch (error) {
  problems.push(error.message);
} finally {
  await browser.close();
  await server.close();
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
