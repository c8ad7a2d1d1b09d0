// The browser side of the web platform layer, linked with --js-library. It owns every DOM listener,
// the canvas size, the clipboard and the host page's callbacks, and talks to C++ through the
// exported imt_on_* functions. The ES module wrapper (shell/imtokens.mjs) puts the canvas and the
// host callbacks on the module as `imtCanvas` and `imtHost` before calling imt_mount.

mergeInto(LibraryManager.library, {
  $ImtDom__deps: ['$specialHTMLTargets', '$Fetch'],
  $ImtDom: {
    listeners: [],
    resizeObserver: null,
    pointerDown: null,
    agent: null,      // see createAgent
    textMode: false,  // one of the component's text fields is being edited
    pasting: false,

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
      // Draws synchronously: a resized canvas is blank until the next frame otherwise.
      _imt_on_resize(Math.max(1, cssWidth), Math.max(1, cssHeight), width, height);
    },

    attach: function () {
      var canvas = Module['imtCanvas'];
      specialHTMLTargets['!imtokens-canvas'] = canvas;
      var listen = ImtDom.listen;
      var isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

      var agent = ImtDom.createAgent();
      // The keyboard is the component's while the canvas or its text agent has it.
      var owns = function (element) { return element === canvas || element === agent; };

      listen(canvas, 'pointerdown', function (e) {
        var p = ImtDom.canvasPoint(canvas, e);
        ImtDom.pointerDown = p;
        // A click into the field being edited leaves the keyboard with the text agent.
        if (!(ImtDom.textMode && document.activeElement === agent)) canvas.focus({ preventScroll: true });
        try { canvas.setPointerCapture(e.pointerId); } catch (ignored) { /* synthetic events have no pointer */ }
        _imt_on_pointer(1, p[0], p[1], e.button);
        e.preventDefault();
      });
      listen(canvas, 'pointermove', function (e) {
        var p = ImtDom.canvasPoint(canvas, e);
        _imt_on_pointer(0, p[0], p[1], -1);
      });
      listen(canvas, 'pointerup', function (e) {
        var p = ImtDom.canvasPoint(canvas, e);
        var down = ImtDom.pointerDown || p;
        ImtDom.pointerDown = null;
        // Still inside the click's user activation: a Copy button under both the press and the
        // release writes the secret right here, which Safari requires.
        if (e.button === 0) _imt_on_copy_gesture(down[0], down[1], p[0], p[1]);
        _imt_on_pointer(2, p[0], p[1], e.button);
      });
      listen(canvas, 'pointercancel', function (e) {
        var p = ImtDom.canvasPoint(canvas, e);
        ImtDom.pointerDown = null;
        _imt_on_pointer(2, p[0], p[1], e.button);
      });
      listen(canvas, 'pointerleave', function () {
        if (!ImtDom.pointerDown) _imt_on_pointer(3, 0, 0, -1);
      });
      listen(canvas, 'contextmenu', function (e) { e.preventDefault(); });
      listen(canvas, 'wheel', function (e) {
        // Pixels, lines or pages to ImGui's "one notch" unit.
        var scale = e.deltaMode === 0 ? 1 / 100 : e.deltaMode === 1 ? 1 / 3 : 8;
        _imt_on_wheel(-e.deltaX * scale, -e.deltaY * scale);
        e.preventDefault();
      }, { passive: false });

      // Keys only reach the component while it has focus: the listeners are on the canvas and the agent.
      var key = function (e, down) {
        if (e.isComposing || e.keyCode === 229) return; // the input method's, until it commits its text
        var paste = down && (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'v' || e.key === 'V');
        if (paste && !ImtDom.textMode) ImtDom.catchPaste(canvas);
        var consumed = ImtDom.withString(e.code || '', function (code) {
          return ImtDom.withString(e.key || '', function (name) {
            return _imt_on_key(code, name, down ? 1 : 0, ImtDom.modifiers(e));
          });
        });
        if (consumed) e.preventDefault();
      };
      [canvas, agent].forEach(function (target) {
        listen(target, 'keydown', function (e) { key(e, true); });
        listen(target, 'keyup', function (e) { key(e, false); });
        // The focus moving between the canvas and the agent is neither a focus nor a blur.
        listen(target, 'focus', function (e) { if (!owns(e.relatedTarget)) _imt_on_focus(1); });
        listen(target, 'blur', function (e) { if (!owns(e.relatedTarget)) _imt_on_focus(0); });
      });
      listen(canvas, 'focus', function () { if (ImtDom.textMode) agent.focus({ preventScroll: true }); });
      // Text that no key press typed: an input method's (Chinese, Japanese, a dead key's accent), an
      // emoji picker's, an on-screen keyboard's. Key presses the component took never reach the agent.
      listen(agent, 'compositionend', function (e) {
        ImtDom.insert(e.data);
        agent.value = '';
      });
      listen(agent, 'input', function (e) {
        if (e.isComposing) return;
        if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') ImtDom.insert(e.data);
        if (e.inputType === 'deleteContentBackward') ImtDom.tapKey('Backspace');
        agent.value = '';
      });
      listen(agent, 'paste', function (e) { ImtDom.paste(e); });
      // A paste (Edit > Paste, or a browser that pastes into a focused canvas) while the canvas has focus.
      listen(document, 'paste', function (e) {
        if (e.target === agent || document.activeElement !== canvas) return;
        ImtDom.paste(e);
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

    // The text agent: an invisible textarea that holds the keyboard while one of the component's text
    // fields is being edited (see imt_js_text_input), because input methods, emoji pickers and
    // on-screen keyboards only type into an editable element. It also catches pastes (catchPaste).
    createAgent: function () {
      var agent = document.createElement('textarea');
      // It has the focus while a field is edited: screen readers name it as they named the canvas.
      agent.setAttribute('aria-label', Module['imtCanvas'].getAttribute('aria-label') || '');
      agent.setAttribute('autocomplete', 'off');
      agent.setAttribute('autocapitalize', 'off');
      agent.setAttribute('spellcheck', 'false');
      agent.tabIndex = -1;
      agent.style.cssText = 'position:fixed;left:-9999px;top:0;width:1px;height:1px;padding:0;border:0;' +
        'opacity:0;resize:none;overflow:hidden;pointer-events:none;';
      document.body.appendChild(agent);
      ImtDom.agent = agent;
      return agent;
    },

    insert: function (text) {
      if (text) ImtDom.withString(text, function (ptr) { _imt_on_text(ptr); });
    },

    tapKey: function (name) {
      ImtDom.withString(name, function (ptr) {
        _imt_on_key(ptr, ptr, 1, 0);
        _imt_on_key(ptr, ptr, 0, 0);
      });
    },

    // A canvas is not editable, so the browser pastes nothing into it. For Ctrl/Cmd+V the focus
    // jumps to the agent just before the browser's paste runs; the 'paste' event there hands over
    // the text and the focus goes straight back.
    catchPaste: function (canvas) {
      ImtDom.pasting = true;
      ImtDom.agent.value = '';
      ImtDom.agent.focus({ preventScroll: true });
      // Nothing to paste (or no permission): no event comes, give the focus back anyway.
      setTimeout(function () { ImtDom.endPaste(canvas); }, 0);
    },

    paste: function (e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      e.preventDefault();
      ImtDom.endPaste(Module['imtCanvas']);
      if (text) ImtDom.withString(text, function (ptr) { _imt_on_paste(ptr); });
    },

    endPaste: function (canvas) {
      if (!ImtDom.pasting) return;
      ImtDom.agent.value = '';
      if (!ImtDom.textMode) canvas.focus({ preventScroll: true });
      ImtDom.pasting = false;
    },

    // While a text field is edited the agent sits on its caret, where input methods show their
    // candidates, and has the keyboard if the component has it.
    textInput: function (active, x, y, height) {
      var canvas = Module['imtCanvas'];
      var agent = ImtDom.agent;
      ImtDom.textMode = active;
      if (active) {
        var rect = canvas.getBoundingClientRect();
        agent.style.left = rect.left + x + 'px';
        agent.style.top = rect.top + y + 'px';
        agent.style.height = Math.max(1, height) + 'px';
        if (document.activeElement === canvas) agent.focus({ preventScroll: true });
      } else {
        agent.style.left = '-9999px';
        agent.value = '';
        if (document.activeElement === agent && !ImtDom.pasting) canvas.focus({ preventScroll: true });
      }
    },

    detach: function () {
      if (ImtDom.agent) ImtDom.agent.remove();
      ImtDom.agent = null;
      ImtDom.textMode = false;
      ImtDom.pasting = false;
      ImtDom.listeners.forEach(function (l) { l[0].removeEventListener(l[1], l[2], l[3]); });
      ImtDom.listeners = [];
      if (ImtDom.resizeObserver) ImtDom.resizeObserver.disconnect();
      ImtDom.resizeObserver = null;
      // Requests still in flight must never call back into a module that is gone.
      if (Fetch.xhrs) {
        Fetch.xhrs.forEach(function (xhr) {
          if (!xhr) return;
          xhr.onload = xhr.onerror = xhr.ontimeout = xhr.onprogress = xhr.onreadystatechange = null;
          try { xhr.abort(); } catch (ignored) { /* already done */ }
        });
        Fetch.xhrs = [];
      }
      delete specialHTMLTargets['!imtokens-canvas'];
    },
  },

  imt_js_attach__deps: ['$ImtDom'],
  imt_js_attach: function () {
    return ImtDom.attach();
  },

  imt_js_text_input__deps: ['$ImtDom'],
  imt_js_text_input: function (active, x, y, height) {
    if (ImtDom.agent) ImtDom.textInput(active !== 0, x, y, height);
  },

  imt_js_detach__deps: ['$ImtDom'],
  imt_js_detach: function () {
    ImtDom.detach();
  },

  // Writes text to the system clipboard; the answer comes back through imt_on_clipboard_written.
  imt_js_write_clipboard__deps: ['$ImtDom'],
  imt_js_write_clipboard: function (ptr, length, job) {
    var text = UTF8ToString(ptr, length);
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
      Module['imtCanvas'].focus({ preventScroll: true });
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
