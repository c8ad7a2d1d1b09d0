// Searches the component's whole wasm memory (handle.debug.heap(), a test-only hook) for any run of
// `width` bytes of a secret, as UTF-8 and as UTF-16 (ImGui keeps edited text as 16-bit characters).
// Secrets shorter than `width` are searched whole. One pass over the memory finds all of them: only
// runs made of the secrets' characters can hold a window, and those are looked up in one table.

// Runs in the page. Returns, per secret name, where a window of it was found (at most 5 places,
// each with the bytes around it, for the report).
function scanHeap([secrets, width]) {
  const heap = window.imtokens.debug.heap();
  const entries = Object.entries(secrets).filter(([, secret]) => secret);
  const w = Math.min(width, ...entries.map(([, secret]) => secret.length));
  const windows = new Map(); // window -> name of the secret it is part of
  for (const [name, secret] of entries) {
    for (let i = 0; i + w <= secret.length; i += 1) windows.set(secret.slice(i, i + w), name);
  }
  const chars = [...new Set(entries.map(([, secret]) => secret).join(''))];
  const escape = (c) => c.replace(/[\\\]^-]/g, '\\$&');
  const runs = new RegExp(`[${chars.map(escape).join('')}]{${w},}`, 'g');
  const utf16 = new TextDecoder('utf-16le');
  // One string per encoding: bytes as they are, and 16-bit units at even and odd offsets.
  const views = [
    { encoding: 'utf-8', text: new TextDecoder('latin1').decode(heap), unit: 1, offset: 0 },
    { encoding: 'utf-16', text: utf16.decode(heap.subarray(0, heap.length & ~1)), unit: 2, offset: 0 },
    { encoding: 'utf-16', text: utf16.decode(heap.subarray(1, 1 + ((heap.length - 1) & ~1))), unit: 2, offset: 1 },
  ];
  const findings = {};
  for (const { encoding, text, unit, offset } of views) {
    runs.lastIndex = 0;
    let match;
    while ((match = runs.exec(text)) !== null) {
      for (let j = 0; j + w <= match[0].length; j += 1) {
        const name = windows.get(match[0].slice(j, j + w));
        if (name === undefined) continue;
        const places = (findings[name] ??= []);
        if (places.length >= 5) continue;
        const at = (match.index + j) * unit + offset;
        const around = Array.from(heap.subarray(Math.max(0, at - 16), at + w * unit + 16), (b) =>
          b >= 32 && b < 127 ? String.fromCharCode(b) : '.',
        ).join('');
        places.push({ encoding, at, around });
        j += w - 1; // the next window of this run starts after this one
      }
    }
  }
  return { bytes: heap.length, findings };
}

// { key: '…', jwt: '…' } -> throws with the places when any window of any of them is in wasm memory.
export async function assertNotInWasmMemory(app, secrets, { width = 16, when }) {
  const { bytes, findings } = await app.page.evaluate(scanHeap, [secrets, width]);
  const names = Object.keys(findings);
  if (names.length > 0) {
    const detail = names
      .map((name) => `${name}: ${findings[name].map((p) => `${p.encoding} at ${p.at} "${p.around}"`).join('; ')}`)
      .join('\n  ');
    throw new Error(`${when}: ${names.join(', ')} still in the ${bytes} bytes of wasm memory\n  ${detail}`);
  }
  return bytes;
}

// The names of the secrets the same search finds (a test first proves it finds one that is there).
export async function foundInWasmMemory(app, secrets, { width = 16 } = {}) {
  const { findings } = await app.page.evaluate(scanHeap, [secrets, width]);
  return Object.keys(findings).sort();
}

// The size of the component's wasm memory, in bytes.
export async function wasmMemoryBytes(app) {
  return app.page.evaluate(() => window.imtokens.debug.heap().length);
}

// The bytes of wasm memory that are not zero: with the web build's zeroing free(), about what is
// allocated and in use (plus the stack's last contents), a finer figure than the memory's size,
// which only ever grows by whole 64 KiB pages.
export async function nonZeroBytes(app) {
  return app.page.evaluate(() => {
    const heap = window.imtokens.debug.heap();
    let count = 0;
    for (let i = 0; i < heap.length; i += 1) if (heap[i] !== 0) count += 1;
    return count;
  });
}
