// Appended to the Emscripten module (--post-js): the small API shell/imtokens.mjs drives. Strings
// cross into wasm on the stack and are wiped there (ImtDom.withString).

Module['imtApi'] = {
  mount: function (options) {
    return ImtDom.withString(JSON.stringify(options), function (ptr) { return _imt_mount(ptr); }) === 1;
  },
  useSession: function (jwt) {
    ImtDom.withString(String(jwt), function (ptr) { _imt_use_session(ptr); });
  },
  resumeSession: function () {
    _imt_resume_session();
  },
  setTheme: function (dark) {
    _imt_set_theme(dark ? 1 : 0);
  },
  setLocale: function (tag) {
    ImtDom.withString(String(tag), function (ptr) { _imt_set_locale(ptr); });
  },
  textRuns: function () {
    return JSON.parse(UTF8ToString(_imt_text_runs_json()));
  },
  items: function () {
    return JSON.parse(UTF8ToString(_imt_items_json()));
  },
  state: function () {
    return JSON.parse(UTF8ToString(_imt_state_json()));
  },
  frames: function () {
    return _imt_frames_drawn();
  },
  // Tears the component down, then overwrites the whole wasm heap: whatever a destructor missed
  // (freed blocks, the stack) is gone too.
  unmount: function () {
    _imt_unmount();
    Module['imtDisposed'] = true;
    HEAPU8.fill(0);
  },
};
