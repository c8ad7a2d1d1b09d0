// The phases of the page's cold start, in ms from navigation, read in the page after the table is
// drawn: Resource Timing for what the network delivered, the page's own marks for the rest
// (shell/imtokens.mjs, web_app.cpp, browser_fonts.cpp). perf.mjs and bench/vs-strapi print them.
export const PHASES = [
  ['html', 'HTML'],
  ['moduleScript', 'module script'],
  ['wasmDownloaded', 'wasm downloaded'],
  ['wasmCompiled', 'wasm compiled'],
  ['wasmInstantiated', 'wasm instantiated'],
  ['fontsLoaded', 'fonts loaded'],
  ['glyphsMeasured', 'glyphs measured'],
  ['atlasDrawn', 'atlas drawn'],
  ['permissionsAnswered', 'permissions answered'],
  ['listAnswered', 'list answered'],
  ['listDecoded', 'list decoded'],
  ['firstFrame', 'first frame'],
  ['tableDrawn', 'table drawn'],
];

export function readPhases(page) {
  return page.evaluate(() => {
    const end = (pattern) => {
      const found = performance.getEntriesByType('resource').filter((e) => pattern.test(e.name));
      return found.length ? Math.min(...found.map((e) => e.responseEnd)) : null;
    };
    const lastEnd = (pattern) => {
      const found = performance.getEntriesByType('resource').filter((e) => pattern.test(e.name));
      return found.length ? Math.max(...found.map((e) => e.responseEnd)) : null;
    };
    const mark = (name) => window.imtokens.debug.mark(name) ?? performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
      // The last of the page's three modules and the Emscripten glue.
      moduleScript: lastEnd(/\/(standalone|imtokens)\.mjs$|\/imtokens-app\.js$/),
      wasmDownloaded: end(/\/imtokens-app\.wasm$/),
      wasmCompiled: mark('imtokens:wasm-compiled'),
      wasmInstantiated: mark('imtokens:wasm-instantiated'),
      fontsLoaded: mark('imtokens:glyphs-measuring'), // and the canvas sized: the atlas can be built
      glyphsMeasured: mark('imtokens:glyphs-measured'),
      atlasDrawn: mark('imtokens:fonts-ready'),
      // The first answer of each: a later read of the same path is not part of the start.
      permissionsAnswered: end(/\/admin\/users\/me\/permissions$/),
      listAnswered: end(/\/admin\/api-tokens$/),
      listDecoded: mark('imtokens:list-decoded'),
      firstFrame: mark('imtokens:first-frame'),
      tableDrawn: mark('imtokens:table-drawn'),
    };
  });
}

// The floor of a cold start, from its own phases: the moment the code (the wasm, compiled) and the
// data (the permissions and the list, answered) are all in, which the network and Strapi decide,
// plus one frame (1/60 s) to draw them. What the table takes beyond it is the page's own work.
export const FRAME_MS = 1000 / 60;
export function floorMs(phases) {
  const inputs = [phases.wasmCompiled, phases.permissionsAnswered, phases.listAnswered];
  return inputs.every(Number.isFinite) ? Math.max(...inputs) + FRAME_MS : NaN;
}
