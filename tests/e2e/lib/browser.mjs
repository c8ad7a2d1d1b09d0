// Launches the system's Chromium (never a downloaded one) headless, in a fresh throw-away profile.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.IMT_CHROMIUM ?? '/usr/bin/chromium';

// WebGL 2 runs on SwiftShader with --disable-gpu; the rest keeps Chromium off the network and quiet.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser({ viewport = { width: 1280, height: 800 } } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'imtokens-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    profile, // the user-data directory, e.g. for checking what the browser wrote to disk
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
