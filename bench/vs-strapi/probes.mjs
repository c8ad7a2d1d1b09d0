// What the benchmark reads besides the page's own clock: Chromium's processes (RSS and CPU time from
// /proc, found under the browser process that owns the profile), the JS heap (CDP), and a frame
// counter installed before any of the page's scripts run.
import { readFileSync, readdirSync } from 'node:fs';

const CLOCK_TICKS_PER_S = 100; // Linux's USER_HZ

function readProc(pid, file) {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

function allProcesses() {
  const list = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(name, 'stat');
    const cmdline = readProc(name, 'cmdline');
    if (!stat || cmdline === null) continue;
    // The command may hold spaces and parentheses: the fields after it start past the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    list.push({
      pid: Number(name),
      ppid: Number(fields[1]),
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S,
      // Chromium rewrites its command line into one string, spaces and all.
    args: cmdline.split(/[\0 ]/),
    });
  }
  return list;
}

function rssMb(pid) {
  const status = readProc(pid, 'status') ?? '';
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

// Chromium's processes for the browser that uses `profile`: its renderers and its GPU process.
export function chromiumProcesses(profile) {
  const processes = allProcesses();
  const root = processes.find(
    (p) => p.args.some((a) => a === `--user-data-dir=${profile}`) && !p.args.some((a) => a.startsWith('--type=')),
  );
  if (!root) throw new Error(`no Chromium process uses the profile ${profile}`);
  const children = new Map();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree = [];
  const walk = (p) => {
    tree.push(p);
    for (const child of children.get(p.pid) ?? []) walk(child);
  };
  walk(root);
  // Chromium's own WebUI (its headless shell's top-level UI) runs in a renderer of its own: not a page's.
  const typed = (type) =>
    tree.filter((p) => p.args.includes(`--type=${type}`) && !p.args.includes('--top-chrome-webui'));
  const described = (p) => ({ pid: p.pid, rssMb: rssMb(p.pid), cpuMs: p.cpuMs });
  return {
    browser: described(root),
    renderers: typed('renderer').map(described),
    gpu: typed('gpu-process').map(described),
  };
}

// The page's renderer is the largest one (Chromium may keep a spare renderer beside it).
export function memoryOf(profile) {
  const { renderers, gpu } = chromiumProcesses(profile);
  const renderer = renderers.reduce((a, b) => (b.rssMb > (a?.rssMb ?? -1) ? b : a), null);
  return {
    rendererMb: renderer?.rssMb ?? NaN,
    gpuMb: gpu.reduce((sum, p) => sum + p.rssMb, 0),
    processes: { renderers, gpu },
  };
}

// CPU time used by every renderer, the GPU process and the browser process together.
export function cpuMsOf(profile) {
  const { browser, renderers, gpu } = chromiumProcesses(profile);
  const sum = (list) => list.reduce((total, p) => total + p.cpuMs, 0);
  return { renderers: sum(renderers), gpu: sum(gpu), browser: browser.cpuMs };
}

export async function jsHeapMb(page) {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage').catch(() => {});
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize / (1024 * 1024);
  } finally {
    await session.detach();
  }
}

// Installed before the page's own scripts: counts the animation frames in which any callback ran
// (what a page that draws on demand asks for), and offers watch(), which reports the time of the
// first animation frame in which a condition holds (the frame whose paint shows it). The watcher's
// own frames are not counted.
export function frameProbe() {
  const raf = window.requestAnimationFrame.bind(window);
  const probe = { frames: 0, lastFrame: -1 };
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      if (time !== probe.lastFrame) {
        probe.lastFrame = time;
        probe.frames += 1;
      }
      callback(time);
    });
  probe.watch = (condition, timeoutMs) =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        let ok = false;
        try {
          ok = condition();
        } catch {
          ok = false;
        }
        if (ok) resolve(performance.now());
        else if (performance.now() - started > timeoutMs) resolve(null);
        else raf(check);
      };
      raf(check);
    });
  window.__benchProbe = probe;
}
