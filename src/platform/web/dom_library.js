// The browser side of the web platform layer, linked with --js-library. It owns every DOM listener,
// the canvas size, the clipboard and the host page's callbacks, and talks to C++ through the
// exported imt_on_* functions. Text is edited in the DOM mirror's own fields (dom_mirror.js). The ES module wrapper (shell/imtokens.mjs) puts the canvas and the
// host callbacks on the module as `imtCanvas` and `imtHost` before calling imt_mount.

mergeInto(LibraryManager.library, {
  $ImtDom__deps: ['$specialHTMLTargets', '$Fetch', '$ImtMirror', 'imt_js_media'],
  $ImtDom: {
    listeners: [],
    resizeObserver: null,
    pointerDown: null,

    // Runs fn with a NUL-terminated UTF-8 copy of text on the wasm stack.
    withString: function (text, fn) {
      var top = stackSave();
      try {
        var size = lengthBytesUTF8(text) + 1;
        var ptr = stackAlloc(size);
        stringToUTF8(text, ptr, size);
        var result = fn(ptr);
        // The stack is reused by the next call; clear what may have been a secret or a password.
        HEAPU8.fill(0, ptr, ptr + size);
        return result;
      } finally {
        stackRestore(top);
      }
    },

    listen: function (target, type, handler, options) {
      target.addEventListener(type, handler, options);
      ImtDom.listeners.push([target, type, handler, options]);
    },

    canvasPoint: function (canvas, event) {
      var rect = canvas.getBoundingClientRect();
      return [event.clientX - rect.left, event.clientY - rect.top];
    },

    modifiers: function (e) {
      return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
    },

    // The drawing buffer follows the element's size in device pixels, so text stays crisp at any zoom.
    resize: function (canvas, entry) {
      var dpr = window.devicePixelRatio || 1;
      var cssWidth = canvas.clientWidth;
      var cssHeight = canvas.clientHeight;
      var width = Math.max(1, Math.round(cssWidth * dpr));
      var height = Math.max(1, Math.round(cssHeight * dpr));
      // The exact device-pixel box avoids a blurry half pixel at fractional ratios (125 %, 150 %).
      // It is only trusted when it agrees with the ratio (emulated ratios do not update it).
      var exact = entry && entry.devicePixelContentBoxSize && entry.devicePixelContentBoxSize[0];
      if (exact && Math.abs(exact.inlineSize - cssWidth * dpr) < 2 && Math.abs(exact.blockSize - cssHeight * dpr) < 2) {
        width = Math.max(1, exact.inlineSize);
        height = Math.max(1, exact.blockSize);
      }
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      ImtMirror.place(canvas);
      // Draws synchronously: a resized canvas is blank until the next frame otherwise.
      _imt_on_resize(Math.max(1, cssWidth), Math.max(1, cssHeight), width, height);
    },

    attach: function () {
      var canvas = Module['imtCanvas'];
      specialHTMLTargets['!imtokens-canvas'] = canvas;
      var listen = ImtDom.listen;
      var isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

      var root = ImtMirror.create(canvas);
      ImtMirror.listen(root);
      // The keyboard is the component's while the canvas or one of the mirror's elements has it.
      var owns = function (element) { return element === canvas || (!!element && root.contains(element)); };

      var press = function (e) {
        var p = ImtDom.canvasPoint(canvas, e);
        var entry = e.target._imt;
        ImtDom.pointerDown = p;
        // A field's own element takes the keyboard at once: keys typed straight after the click land.
        var keeper = entry && entry.text ? e.target : root;
        if (document.activeElement !== keeper) keeper.focus({ preventScroll: true });
        try { e.target.setPointerCapture(e.pointerId); } catch (ignored) { /* synthetic events have no pointer */ }
        _imt_on_pointer(1, p[0], p[1], e.button);
        e.preventDefault(); // ImGui places the caret, and the DOM input follows (see ImtMirror.caret)
      };
      var move = function (e) {
        var p = ImtDom.canvasPoint(canvas, e);
        _imt_on_pointer(0, p[0], p[1], -1);
      };
      var release = function (e) {
        var p = ImtDom.canvasPoint(canvas, e);
        var down = ImtDom.pointerDown || p;
        ImtDom.pointerDown = null;
        // Still inside the click's user activation: a Copy button under both the press and the
        // release writes the secret right here, which Safari requires.
        if (e.button === 0) _imt_on_copy_gesture(down[0], down[1], p[0], p[1]);
        _imt_on_pointer(2, p[0], p[1], e.button);
      };
      var cancel = function (e) {
        var p = ImtDom.canvasPoint(canvas, e);
        ImtDom.pointerDown = null;
        _imt_on_pointer(2, p[0], p[1], e.button);
      };
      var wheel = function (e) {
        // Pixels, lines or pages to ImGui's "one notch" unit.
        var scale = e.deltaMode === 0 ? 1 / 100 : e.deltaMode === 1 ? 1 / 3 : 8;
        _imt_on_wheel(-e.deltaX * scale, -e.deltaY * scale);
        e.preventDefault();
      };
      // Pointers reach the canvas, or a field's element on top of it (the only ones taking pointers).
      [canvas, root].forEach(function (target) {
        listen(target, 'pointerdown', press);
        listen(target, 'pointermove', move);
        listen(target, 'pointerup', release);
        listen(target, 'pointercancel', cancel);
        listen(target, 'wheel', wheel, { passive: false });
      });
      listen(canvas, 'pointerleave', function () {
        if (!ImtDom.pointerDown) _imt_on_pointer(3, 0, 0, -1);
      });
      listen(canvas, 'contextmenu', function (e) { e.preventDefault(); });

      var key = function (e, down) {
        if (e.isComposing || e.keyCode === 229) return; // the input method's, until it commits its text
        var shortcut = down && ImtMirror.shortcutTarget(e);
        if (shortcut) {
          e.preventDefault(); // the "/" is the shortcut's, not the field's first character
          shortcut.focus({ preventScroll: true }); // its focusin tells ImGui
          return;
        }
        if (!ImtMirror.forwards(e)) return;
        var consumed = ImtDom.withString(e.code || '', function (code) {
          return ImtDom.withString(e.key || '', function (name) {
            return _imt_on_key(code, name, down ? 1 : 0, ImtDom.modifiers(e));
          });
        });
        if (consumed) e.preventDefault();
      };
      [canvas, root].forEach(function (target) {
        listen(target, 'keydown', function (e) { key(e, true); });
        listen(target, 'keyup', function (e) { key(e, false); });
      });
      // The focus moving inside the component is neither a focus nor a blur.
      listen(canvas, 'focus', function (e) { if (!owns(e.relatedTarget)) _imt_on_focus(1); });
      listen(canvas, 'blur', function (e) { if (!owns(e.relatedTarget)) _imt_on_focus(0); });
      listen(root, 'focusin', function (e) { if (!owns(e.relatedTarget) && e.relatedTarget !== canvas) _imt_on_focus(1); });
      listen(root, 'focusout', function (e) { if (!owns(e.relatedTarget)) _imt_on_focus(0); });
      // The user's motion and contrast preferences, as they change.
      ['(prefers-reduced-motion: reduce)', '(forced-colors: active)', '(prefers-contrast: more)'].forEach(function (query) {
        if (typeof matchMedia !== 'function') return;
        listen(matchMedia(query), 'change', function () { _imt_on_media(_imt_js_media()); });
      });
      // A page put in the back/forward cache must not keep a shown secret.
      listen(window, 'pagehide', function () { _imt_on_pagehide(); });

      // A zoom changes devicePixelRatio and fires this, even when the element keeps its CSS size.
      listen(window, 'resize', function () { ImtDom.resize(canvas, null); });
      if (typeof ResizeObserver !== 'undefined') {
        var observer = new ResizeObserver(function (entries) {
          ImtDom.resize(canvas, entries[entries.length - 1]);
        });
        try {
          observer.observe(canvas, { box: 'device-pixel-content-box' });
        } catch (unsupported) {
          observer.observe(canvas);
        }
        ImtDom.resizeObserver = observer;
      } else {
        setTimeout(function () { if (ImtDom.listeners.length) ImtDom.resize(canvas, null); }, 0);
      }
      // Zooming changes devicePixelRatio without always resizing the element.
      var watchRatio = function () {
        var query = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
        var onChange = function () {
          query.removeEventListener('change', onChange);
          if (!ImtDom.resizeObserver && !ImtDom.listeners.length) return;
          ImtDom.resize(canvas, null);
          watchRatio();
        };
        query.addEventListener('change', onChange);
        ImtDom.listeners.push([query, 'change', onChange, undefined]);
      };
      watchRatio();
      return isMac ? 1 : 0;
    },

    // Aborts a request so that none of Emscripten's handlers runs again: they would write into a
    // fetch that C++ has closed (an unmounted module, an answer refused for its size).
    stopRequest: function (xhr) {
      if (!xhr) return;
      xhr.onload = xhr.onerror = xhr.ontimeout = xhr.onprogress = xhr.onreadystatechange = null;
      try { xhr.abort(); } catch (ignored) { /* already done */ }
    },

    detach: function () {
      ImtMirror.destroy();
      ImtDom.listeners.forEach(function (l) { l[0].removeEventListener(l[1], l[2], l[3]); });
      ImtDom.listeners = [];
      if (ImtDom.resizeObserver) ImtDom.resizeObserver.disconnect();
      ImtDom.resizeObserver = null;
      // Requests still in flight must never call back into a module that is gone.
      if (Fetch.xhrs) {
        Fetch.xhrs.forEach(ImtDom.stopRequest);
        Fetch.xhrs = [];
      }
      delete specialHTMLTargets['!imtokens-canvas'];
    },
  },

  // Emscripten's fetch ids count from 1 (Fetch.js keeps the request at id - 1).
  imt_js_stop_fetch__deps: ['$ImtDom'],
  imt_js_stop_fetch: function (id) {
    ImtDom.stopRequest(Fetch.xhrs[id - 1]);
  },

  imt_js_attach__deps: ['$ImtDom'],
  imt_js_attach: function () {
    return ImtDom.attach();
  },

  imt_js_detach__deps: ['$ImtDom'],
  imt_js_detach: function () {
    ImtDom.detach();
  },

  // Writes text to the system clipboard; the answer comes back through imt_on_clipboard_written.
  imt_js_write_clipboard__deps: ['$ImtDom'],
  imt_js_write_clipboard: function (ptr, length, job) {
    var text = UTF8ToString(ptr, length);
    var back = document.activeElement; // the fallback below takes the focus for a moment
    var done = function (ok) {
      if (!Module['imtDisposed']) _imt_on_clipboard_written(job, ok ? 1 : 0);
    };
    // An insecure context (plain http on another host) has no async clipboard: fall back to the
    // legacy copy command, which also needs the user activation we are still inside.
    if (!navigator.clipboard || !navigator.clipboard.writeText) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (ignored) { ok = false; }
      area.value = '';
      area.remove();
      if (back && back !== area) back.focus({ preventScroll: true });
      setTimeout(function () { done(ok); }, 0);
      return;
    }
    navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
  },

  imt_js_host_event: function (name, detail) {
    var host = Module['imtHost'];
    if (!host || typeof host.onEvent !== 'function') return;
    var eventName = UTF8ToString(name);
    var payload = {};
    try { payload = JSON.parse(UTF8ToString(detail)); } catch (ignored) { payload = {}; }
    // The host's code must not be able to break the component's frame.
    setTimeout(function () { host.onEvent(eventName, payload); }, 0);
  },

  imt_js_save_file: function (name, mediaType, text, length) {
    try {
      // slice() copies the bytes out of the wasm memory, which may grow (and move) afterwards.
      var blob = new Blob([HEAPU8.slice(text, text + length)], { type: UTF8ToString(mediaType) });
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = UTF8ToString(name);
      link.style.display = 'none';
      document.body.appendChild(link);
      link.click();
      link.remove();
      // Revoked at once, some browsers cancel the download before reading the Blob (FileSaver.js waits
      // 40 s too); never revoked, it would hold the Blob as long as the page lives.
      setTimeout(function () { URL.revokeObjectURL(url); }, 40000);
      return 1;
    } catch (ignored) {
      return 0;
    }
  },

  imt_js_set_cursor: function (cursor) {
    // Order of ImGuiMouseCursor_: Arrow, TextInput, ResizeAll, ResizeNS, ResizeEW, ResizeNESW, ResizeNWSE, Hand, NotAllowed.
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer', 'not-allowed'];
    var canvas = Module['imtCanvas'];
    var name = cursor < 0 ? 'none' : names[cursor] || 'default';
    if (canvas.style.cursor !== name) canvas.style.cursor = name;
  },

  imt_js_frame_drawn: function (frame) {
    var host = Module['imtHost'];
    if (host && typeof host.onFrame === 'function') host.onFrame(frame);
  },

  imt_js_mark: function (name) {
    var text = UTF8ToString(name);
    var host = Module['imtHost'];
    if (typeof performance !== 'undefined' && performance.mark) performance.mark(text);
    if (host && typeof host.onMark === 'function') host.onMark(text);
  },
});
