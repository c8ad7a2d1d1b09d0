// Remembers every token secret a test run saw and proves the browser kept none of them: not in web
// storage, IndexedDB, Cache Storage or cookies, not in a URL or a console line, and not anywhere in
// the profile directory Chromium wrote to disk.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Everything the page itself could have stored, as one string per place.
async function pageStorage(page) {
  return page.evaluate(async () => {
    const places = {
      url: location.href,
      history: JSON.stringify(history.state ?? null),
      localStorage: JSON.stringify(Object.entries(localStorage)),
      sessionStorage: JSON.stringify(Object.entries(sessionStorage)),
      documentCookie: document.cookie,
    };
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    const dumps = [];
    for (const { name } of databases) {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const values = await new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve([]);
        });
        dumps.push(`${name}/${store}: ${JSON.stringify(values)}`);
      }
      db.close();
    }
    places.indexedDB = `${databases.map((d) => d.name).join(',')} ${dumps.join('\n')}`;
    const cached = [];
    if (self.caches) {
      for (const key of await caches.keys()) {
        const cache = await caches.open(key);
        for (const request of await cache.keys()) {
          cached.push(request.url, await (await cache.match(request)).text());
        }
      }
    }
    places.cacheStorage = cached.join('\n');
    return places;
  });
}

async function* filesUnder(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export class SecretWatch {
  constructor() {
    this.secrets = new Set();
  }

  add(secret) {
    assert.match(secret, /^[0-9a-f]{256}$/, 'a token secret is 256 lowercase hex characters');
    this.secrets.add(secret);
  }

  get size() {
    return this.secrets.size;
  }

  #leaks(text) {
    return [...this.secrets].filter((secret) => text.includes(secret));
  }

  // Storage, URL and history of every open page, the context's cookies, and the console lines seen.
  async assertNothingKeptIn(context, appPages) {
    assert.ok(this.secrets.size > 0, 'the run saw no secret: nothing would be proven');
    const findings = [];
    for (const page of context.pages()) {
      if (page.isClosed() || page.url() === 'about:blank') continue;
      for (const [place, text] of Object.entries(await pageStorage(page))) {
        if (this.#leaks(text).length > 0) findings.push(`${place} of ${page.url()}`);
      }
    }
    for (const cookie of await context.cookies()) {
      if (this.#leaks(`${cookie.name}=${cookie.value}`).length > 0) findings.push(`cookie ${cookie.name}`);
    }
    for (const app of appPages) {
      for (const line of [...app.console, ...app.errors]) {
        if (this.#leaks(line).length > 0) findings.push(`console line "${line.slice(0, 80)}…"`);
      }
      for (const request of app.requests) {
        if (this.#leaks(request.url).length > 0) findings.push(`request URL ${request.method} ${request.url}`);
      }
    }
    assert.deepEqual(findings, [], `token secrets were kept by the browser: ${findings.join('; ')}`);
  }

  // Every file Chromium wrote into its profile (after the browser closed), as ASCII and as UTF-16.
  async assertNotOnDisk(profileDir) {
    const needles = [...this.secrets].flatMap((secret) => [Buffer.from(secret, 'latin1'), Buffer.from(secret, 'utf16le')]);
    const findings = [];
    let files = 0;
    for await (const file of filesUnder(profileDir)) {
      files += 1;
      const bytes = await readFile(file);
      if (needles.some((needle) => bytes.includes(needle))) findings.push(file.slice(profileDir.length + 1));
    }
    assert.ok(files > 0, `the profile directory ${profileDir} is empty: nothing would be proven`);
    assert.deepEqual(findings, [], `token secrets found on disk in the browser profile: ${findings.join(', ')}`);
    return files;
  }
}
