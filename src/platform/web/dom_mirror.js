// The DOM mirror, linked with --js-library: real elements laid transparently over the canvas, one per
// control the UI declared (role, name, value, state), so that screen readers, password managers,
// autofill and the browser's own Tab order see the page. C++ (dom_mirror.cpp) diffs the item
// registry frame by frame and calls imt_js_mirror with one packed update: nodes added or changed
// ("n"), removed ("r"), the document order ("o"), ImGui's focus ("f") and caret ("c"), what to
// announce ("a") and the component's name in the active locale ("rn"). Here the DOM side: focus, clicks, a field's text and the media queries go back
// to C++ through the exported imt_on_* functions.
//
// Sections: the root and its live regions · elements per role · applying an update · events.

mergeInto(LibraryManager.library, {
  $ImtMirror: {
    root: null,
    regions: null, // [polite, assertive]
    nodes: {},     // item id -> entry
    prefix: '',    // of element ids, one per mounted component
    echo: null,    // the element C++ is focusing: its focusin is not sent back
    modal: 0,      // open modal dialogs: Tab stays with ImGui, which traps it
    owned: false,  // during an update: the component had the keyboard when it began
    pending: null, // an element ImGui focused that could not take the focus yet (inert)
    dropped: false, // the browser took the focus off an element made inert or removed
    BOX: 'position:absolute;margin:0;padding:0;border:0;box-sizing:border-box;background:transparent;' +
         'color:transparent;caret-color:transparent;outline:none;overflow:hidden;white-space:nowrap;' +
         'font:inherit;pointer-events:none;resize:none;appearance:none;-webkit-appearance:none;',

    create: function (canvas) {
      var root = document.createElement('div');
      ImtMirror.prefix = 'imt' + Math.random().toString(36).slice(2, 8) + '-';
      root.className = 'imtokens-mirror';
      root.setAttribute('role', 'region');
      // The canvas is only pixels now; its name moves to the mirror that says what they mean.
      root.setAttribute('aria-label', canvas.getAttribute('aria-label') || 'API tokens');
      root.tabIndex = -1;
      // clip, not hidden: a hidden overflow still scrolls to show a caret, and the mirror would slide
      // off the widgets it stands for.
      root.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;overflow:hidden;overflow:clip;pointer-events:none;outline:none;';
      canvas.removeAttribute('role');
      canvas.removeAttribute('aria-label');
      canvas.setAttribute('aria-hidden', 'true');
      canvas.tabIndex = -1;
      // Permanent from the start: screen readers ignore a live region inserted with its text.
      ImtMirror.regions = ['status', 'alert'].map(function (role) {
        var region = document.createElement('div');
        region.setAttribute('role', role);
        region.style.cssText = 'position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
        root.appendChild(region);
        return region;
      });
      canvas.after(root);
      ImtMirror.root = root;
      ImtMirror.nodes = {};
      ImtMirror.modal = 0;
      return root;
    },

    // Over the canvas exactly: same offset parent, same offset, same CSS size.
    place: function (canvas) {
      var style = ImtMirror.root && ImtMirror.root.style;
      if (!style) return;
      style.left = canvas.offsetLeft + 'px';
      style.top = canvas.offsetTop + 'px';
      style.width = canvas.clientWidth + 'px';
      style.height = canvas.clientHeight + 'px';
    },

    destroy: function () {
      Object.keys(ImtMirror.nodes).forEach(function (id) { ImtMirror.forget(ImtMirror.nodes[id]); });
      if (ImtMirror.root) ImtMirror.root.remove();
      ImtMirror.root = null;
      ImtMirror.nodes = {};
    },

    // --- Elements per role ------------------------------------------------------------------------

    element: function (tag, role) {
      var el = document.createElement(tag);
      if (role) el.setAttribute('role', role);
      el.style.cssText = ImtMirror.BOX;
      return el;
    },

    make: function (id, role, extra) {
      var E = ImtMirror.element;
      var entry = { id: id, role: role, parent: -1, flags: -1, name: null, value: null, dom: null };
      var el;
      if (role === 'button' || role === 'link') {
        el = E('button', role === 'link' ? 'link' : null);
        el.type = 'button';
      } else if (role === 'checkbox') {
        el = E('input');
        el.type = 'checkbox';
      } else if (role === 'textbox') {
        var kind = extra.t || 'text';
        el = E(kind === 'textarea' ? 'textarea' : 'input');
        if (kind !== 'textarea') el.type = kind;
        el.autocomplete = extra.ac || 'off';
        el.name = kind === 'password' ? 'password' : kind === 'email' ? 'email' : ImtMirror.prefix + id;
        el.id = ImtMirror.prefix + id;
        el.spellcheck = false;
        el.setAttribute('autocapitalize', 'off');
        // Password managers fill only what they can see and hit: the field is on top, not hidden.
        el.style.pointerEvents = 'auto';
        el.style.minWidth = el.style.minHeight = '10px';
        entry.text = true;
        entry.kind = kind;
      } else if (role === 'form') {
        el = E('form');
        el.noValidate = true;
      } else if (role === 'headerrow' || role === 'row') {
        el = E('div', 'row');
        if (role === 'row') {
          entry.lead = E('div', 'cell');
          entry.lead.style.cssText += 'left:0;top:0;width:1px;height:1px;';
          el.appendChild(entry.lead);
        }
      } else if (role === 'columnheader') {
        el = E('div', 'columnheader');
        entry.target = E('button');
        entry.target.type = 'button';
        entry.target.style.cssText += 'left:0;top:0;width:100%;height:100%;';
        el.appendChild(entry.target);
      } else if (role === 'dialog') {
        el = E('div', 'dialog');
        el.setAttribute('aria-modal', 'true');
        entry.lead = E('p');
        entry.lead.id = ImtMirror.prefix + id + '-d';
        el.appendChild(entry.lead);
        el.setAttribute('aria-describedby', entry.lead.id);
      } else if (role === 'status' || role === 'alert') {
        // A toast: its text is said through the permanent regions, never from a region inserted now.
        el = E('div', 'group');
      } else if (role === 'heading') {
        el = E('div', 'heading');
        el.setAttribute('aria-level', String(extra.lv || 2));
      } else if (role === 'text' || role === 'cell') {
        el = E('div', role === 'cell' ? 'cell' : null);
      } else {
        el = E('div', role); // combobox, listbox, option, table, toolbar, region
        if (role === 'combobox') el.setAttribute('aria-haspopup', 'listbox');
        if (role === 'listbox') el.id = ImtMirror.prefix + id;
      }
      entry.el = el;
      entry.box = el;
      entry.target = entry.target || el;
      entry.target._imt = entry;
      el._imt = entry;
      return entry;
    },

    // Text a row, its header or the page's root holds children in; a control inside a row sits in a cell.
    container: function (parentId) {
      var parent = ImtMirror.nodes[parentId];
      return parent ? parent.el : ImtMirror.root;
    },

    wrapInCell: function (entry) {
      var cell = ImtMirror.element('div', 'cell');
      cell.appendChild(entry.el);
      entry.el.style.left = entry.el.style.top = '0';
      entry.el.style.width = entry.el.style.height = '100%';
      entry.box = cell;
    },

    setAttr: function (el, name, on, value) {
      if (on) el.setAttribute(name, value === undefined ? 'true' : value);
      else el.removeAttribute(name);
    },

    apply: function (entry, n) {
      var el = entry.el, role = entry.role, name = n[3], value = n[4], f = n[5], extra = n[10] || {};
      var A = ImtMirror.setAttr;
      if (entry.parent !== n[1]) {
        var parent = ImtMirror.nodes[n[1]];
        var inRow = parent && (parent.role === 'row' || parent.role === 'headerrow') && role !== 'columnheader' && role !== 'cell';
        if (inRow && entry.box === el) ImtMirror.wrapInCell(entry);
        entry.parent = n[1];
        ImtMirror.container(n[1]).appendChild(entry.box);
      }
      var box = entry.box.style;
      box.left = n[6] + 'px';
      box.top = n[7] + 'px';
      box.width = n[8] + 'px';
      box.height = n[9] + 'px';
      if (name !== entry.name) {
        entry.name = name;
        if (role === 'button' || role === 'link' || role === 'option') el.textContent = name;
        else if (role === 'columnheader') entry.target.textContent = name;
        else if (role === 'row') {
          entry.lead.textContent = name;
          A(el, 'aria-label', name !== '', name); // Chromium names no row from its content
        }
        else if (role === 'headerrow') { /* named by its headers */ }
        else if (role === 'text' || role === 'heading' || role === 'cell') el.textContent = name;
        else A(el, 'aria-label', name !== '', name);
      }
      if (value !== entry.value) {
        entry.value = value;
        if (role === 'combobox') el.textContent = value;
        else if (role === 'dialog') entry.lead.textContent = value;
        else if (entry.text) ImtMirror.valueFromImGui(entry, value);
      }
      if (f !== entry.flags) {
        entry.flags = f;
        A(el, 'aria-disabled', f & 1);
        if (entry.text) {
          el.readOnly = !!(f & 2);
          A(el, 'aria-required', f & 256);
        }
        if (role === 'checkbox') {
          el.checked = !!(f & 4);
          el.indeterminate = !!(f & 8);
        }
        if (role === 'button' || role === 'combobox') A(el, 'aria-expanded', f & 16, f & 32 ? 'true' : 'false');
        if (role === 'option') A(el, 'aria-selected', true, f & 64 ? 'true' : 'false');
        if (role === 'button') A(el, 'aria-pressed', f & (128 | 16384), f & 128 ? 'true' : 'false');
        A(el, 'aria-invalid', f & 512);
        if (role === 'columnheader') A(el, 'aria-sort', f & 3072, f & 1024 ? 'ascending' : 'descending');
        if (role === 'button' && (f & 8192)) el.type = 'submit';
        var focusable = role !== 'text' && role !== 'heading' && role !== 'cell' && role !== 'headerrow' &&
          role !== 'form' && role !== 'table' && role !== 'dialog' && role !== 'listbox' && role !== 'status' &&
          role !== 'alert' && role !== 'toolbar' && role !== 'region';
        if (focusable) entry.target.tabIndex = f & 4096 ? 0 : -1;
      }
      // A field's error message, or a button's value (a permission section's count): said after
      // its name, from an element no one sees.
      var description = extra.ds || (role === 'button' && value) || '';
      if (description !== (entry.description || '')) {
        entry.description = description;
        if (!entry.describer) {
          entry.describer = document.createElement('span');
          entry.describer.id = ImtMirror.prefix + entry.id + '-e';
          entry.describer.hidden = true;
          ImtMirror.root.appendChild(entry.describer);
        }
        entry.describer.textContent = description;
        A(el, 'aria-describedby', description !== '', entry.describer.id);
      }
      if (role === 'row' || role === 'headerrow') A(el, 'aria-rowindex', extra.ri, String(extra.ri));
      if (role === 'table') A(el, 'aria-rowcount', extra.ri, String(extra.ri));
      if (role === 'combobox') A(el, 'aria-controls', extra.ctl, ImtMirror.prefix + extra.ctl);
      if ((extra.ks || '') !== (entry.shortcut || '')) {
        entry.shortcut = extra.ks || '';
        A(el, 'aria-keyshortcuts', entry.shortcut !== '', entry.shortcut);
      }
    },

    // ImGui's value reaches the DOM only when it is ImGui's own change: never over text the DOM typed
    // that ImGui has not taken yet, never into a password (C++ never has its value to send).
    valueFromImGui: function (entry, value) {
      if (entry.kind === 'password') return;
      if (entry.dom !== null) {
        if (value === entry.dom) entry.dom = null;
        return;
      }
      if (entry.el.value !== value) entry.el.value = value;
    },

    forget: function (entry) {
      if (entry.kind === 'password') entry.el.value = '';
      entry.box.remove();
      if (entry.describer) entry.describer.remove();
    },

    // --- Applying an update -----------------------------------------------------------------------

    update: function (u) {
      var nodes = ImtMirror.nodes;
      var active = document.activeElement;
      // Whether the component has the keyboard, before this update can take it away (a focused
      // element made inert by a dialog, or removed, leaves the focus on the page's body).
      ImtMirror.owned = active === Module['imtCanvas'] || ImtMirror.root.contains(active) ||
        (ImtMirror.dropped && active === document.body);
      (u.r || []).forEach(function (id) {
        if (nodes[id]) ImtMirror.forget(nodes[id]);
        delete nodes[id];
      });
      (u.n || []).forEach(function (n) {
        var entry = nodes[n[0]];
        // A field's kind is known once ImGui labelled it (not in a window's first, hidden frame).
        if (entry && (entry.role !== n[2] || (entry.text && ((n[10] || {}).t || 'text') !== entry.kind))) {
          ImtMirror.forget(entry);
          entry = null;
        }
        if (!entry) entry = nodes[n[0]] = ImtMirror.make(n[0], n[2], n[10] || {});
        ImtMirror.apply(entry, n);
      });
      if (u.o) ImtMirror.order(u.o);
      if (u.rn !== undefined) ImtMirror.root.setAttribute('aria-label', u.rn);
      if (u.r || u.n) ImtMirror.inertOutsideDialogs();
      // A focused element that moved in the document lost its focus on the way; one that is gone
      // leaves the keyboard with the component, not with the page's body, until ImGui says where.
      if (active && active !== document.activeElement && active._imt) {
        if (active.isConnected && !active.closest('[inert]')) ImtMirror.focus(active);
        else if (document.activeElement === document.body) ImtMirror.root.focus({ preventScroll: true });
      }
      var pending = ImtMirror.pending;
      ImtMirror.pending = null;
      if (u.f !== undefined && nodes[u.f]) ImtMirror.focus(nodes[u.f].target);
      else if (pending && pending.isConnected) {
        if (pending.closest('[inert]')) ImtMirror.pending = pending;
        else ImtMirror.focus(pending);
      }
      ImtMirror.owned = false;
      if (u.c) ImtMirror.caret(u.c);
      (u.a || []).forEach(function (said) { ImtMirror.announce(said[0], said[1]); });
    },

    // Document order = submission order = Tab order. Only misplaced elements move.
    order: function (ids) {
      var last = {};
      ids.forEach(function (id) {
        var entry = ImtMirror.nodes[id];
        if (!entry) return;
        var parent = ImtMirror.container(entry.parent);
        var before = entry.parent in last ? last[entry.parent] : (ImtMirror.nodes[entry.parent] || {}).lead || null;
        if (entry.parent === 0 && !(0 in last)) before = ImtMirror.regions[1];
        var expected = before ? before.nextSibling : parent.firstChild;
        if (entry.box !== expected) parent.insertBefore(entry.box, expected);
        last[entry.parent] = entry.box;
      });
    },

    // Behind an open modal dialog nothing can be reached: by Tab, by a screen reader, by a pointer.
    inertOutsideDialogs: function () {
      var root = ImtMirror.root;
      var holders = [];
      Object.keys(ImtMirror.nodes).forEach(function (id) {
        var entry = ImtMirror.nodes[id];
        if (entry.role !== 'dialog') return;
        var top = entry.box;
        while (top.parentNode && top.parentNode !== root) top = top.parentNode;
        holders.push(top);
      });
      ImtMirror.modal = holders.length;
      Array.prototype.forEach.call(root.children, function (child) {
        var inert = holders.length > 0 && holders.indexOf(child) < 0 && ImtMirror.regions.indexOf(child) < 0;
        if (child.inert !== inert) child.inert = inert;
      });
    },

    // C++ moved ImGui's focus: the DOM follows, if the component has the keyboard at all.
    focus: function (target) {
      var active = document.activeElement;
      var canvas = Module['imtCanvas'];
      var dropped = ImtMirror.dropped && active === document.body;
      if (!ImtMirror.owned && !dropped && active !== canvas && !ImtMirror.root.contains(active)) return;
      if (active === target) return;
      ImtMirror.echo = target;
      target.focus({ preventScroll: true });
      ImtMirror.echo = null;
      // Still inert (a closing dialog is removed a frame after ImGui gave the focus back): the
      // next update, which lifts the inertness, gives it.
      ImtMirror.pending = document.activeElement === target ? null : target;
    },

    // ImGui placed the caret (a click, a drag): the DOM input follows. Code points to UTF-16 units.
    caret: function (c) {
      var entry = ImtMirror.nodes[c[0]];
      if (!entry || !entry.text || document.activeElement !== entry.el) return;
      var el = entry.el;
      var units = function (cp) { return Array.from(el.value).slice(0, cp).join('').length; };
      try { el.setSelectionRange(units(c[1]), units(c[2])); } catch (unsupported) { /* type=email */ }
      entry.sel = [c[1], c[2]];
    },

    // The same text twice is said twice: the region is emptied, then filled a moment later. What
    // comes in the meantime is said with it, not instead of it.
    announce: function (level, text) {
      var region = ImtMirror.regions[level ? 1 : 0];
      if (region.pending) {
        region.pending += ' ' + text;
        return;
      }
      region.pending = text;
      region.textContent = '';
      setTimeout(function () {
        if (region.isConnected) region.textContent = region.pending;
        region.pending = '';
      }, 60);
    },

    // --- Events -----------------------------------------------------------------------------------

    entryOf: function (el) {
      while (el && el !== ImtMirror.root) {
        if (el._imt) return el._imt;
        el = el.parentNode;
      }
      return null;
    },

    // The field's text and selection (in code points) to ImGui, when either changed.
    sendText: function (entry, force) {
      var el = entry.el, value = el.value;
      var start = el.selectionStart, end = el.selectionEnd;
      if (start === null || start === undefined) start = end = value.length; // type=email has none
      var prefix = Array.from(value.slice(0, start)).length;
      var sel = [prefix, prefix + Array.from(value.slice(start, end)).length];
      var same = entry.sentLength === value.length && entry.sel && entry.sel[0] === sel[0] && entry.sel[1] === sel[1];
      if (same && !force && (entry.kind === 'password' || entry.sentValue === value)) return;
      entry.sentLength = value.length;
      if (entry.kind !== 'password') {
        entry.sentValue = value;
        // With nothing of the DOM's pending, text ImGui holds already is not waiting for it: marked
        // so, a later change of ImGui's own (a form the core fills in, Duplicate's) would never
        // reach the field. Anything pending stays so, or a quick edit back would be overwritten.
        entry.dom = entry.dom === null && value === entry.value ? null : value;
      }
      entry.sel = sel;
      ImtDom.withString(value, function (ptr) { _imt_on_field_text(entry.id, ptr, sel[0], sel[1]); });
    },

    // Which keys ImGui gets: none of a field's editing keys (the DOM input edits) but Ctrl/Cmd+S, no Tab outside a
    // modal dialog (the browser moves the focus), no Enter or Space on a native button or checkbox
    // (their click event activates).
    forwards: function (e) {
      var entry = e.target && e.target._imt;
      var key = e.key;
      if (key === 'Tab') return ImtMirror.modal > 0;
      if (!entry) return true;
      if (entry.text) {
        if (key === 'Escape') return true;
        // Ctrl/Cmd+S saves from inside a field, as in any editor: the page's own chord, not an edit.
        if ((e.ctrlKey || e.metaKey) && !e.altKey && (key === 's' || key === 'S')) return true;
        return key === 'Enter' && entry.kind !== 'textarea' && !entry.el.form;
      }
      var native = e.target.tagName === 'BUTTON' || e.target.type === 'checkbox';
      return !(native && (key === 'Enter' || key === ' '));
    },

    // The field a single-key shortcut ("/") focuses, when this key is one and nothing else takes it.
    // The DOM focus moves in the keydown itself: the keys typed right after it land in the field,
    // not in the frame it would take ImGui to move the focus.
    shortcutTarget: function (e) {
      var entry = e.target && e.target._imt;
      if (!e.key || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || ImtMirror.modal > 0) return null;
      if (entry && (entry.text || entry.role === 'option')) return null; // typing, or choosing in a list
      var found = null;
      Object.keys(ImtMirror.nodes).forEach(function (id) {
        var node = ImtMirror.nodes[id];
        if (!found && node.shortcut === e.key && node.target.isConnected && !node.target.closest('[inert]')) found = node.target;
      });
      return found;
    },

    listen: function (root) {
      var listen = ImtDom.listen;
      listen(root, 'scroll', function () { root.scrollTop = root.scrollLeft = 0; }); // without overflow:clip
      // The browser takes the focus off an element made inert a moment later, not when the dialog
      // opens: the keyboard is still the component's, for ImGui's next focus to land.
      listen(root, 'focusout', function (e) {
        var t = e.target;
        ImtMirror.dropped = !e.relatedTarget && (!t.isConnected || !!t.closest('[inert]'));
      });
      listen(root, 'focusin', function (e) {
        ImtMirror.dropped = false;
        var entry = e.target._imt;
        if (!entry || e.target === ImtMirror.echo) return;
        ImtMirror.pending = null; // the keyboard went somewhere itself
        _imt_on_dom_focus(entry.id, entry.text ? 1 : 0);
        // Autofill may have set a value without any event: ImGui takes what the field holds.
        if (entry.text && (entry.kind === 'password' ? entry.el.value.length > 0 : entry.el.value !== entry.value)) {
          ImtMirror.sendText(entry, false);
        }
      });
      // A composition stays the input method's until it commits it (then compositionend or input).
      var text = function (e) {
        var entry = e.target._imt;
        if (!entry || !entry.text) return;
        if (e.type === 'compositionstart' || e.type === 'compositionend') entry.composing = e.type === 'compositionstart';
        if (!entry.composing) ImtMirror.sendText(entry, false);
      };
      ['input', 'change', 'select', 'selectionchange', 'keyup', 'compositionstart', 'compositionend'].forEach(function (type) {
        listen(root, type, text);
      });
      listen(root, 'click', function (e) {
        var entry = ImtMirror.entryOf(e.target);
        if (!entry || entry.text || e.target.type === 'submit') return;
        if (entry.role === 'checkbox') e.preventDefault(); // its state is ImGui's, sent back next frame
        _imt_on_activate(entry.id);
      });
      listen(root, 'submit', function (e) {
        e.preventDefault();
        var form = e.target;
        var fields = Array.prototype.filter.call(form.elements, function (el) { return el._imt && el._imt.text; });
        fields.forEach(function (el) { ImtMirror.sendText(el._imt, true); });
        var submit = Array.prototype.find.call(form.elements, function (el) { return el.type === 'submit'; });
        if (submit) _imt_on_activate(submit._imt.id);
        // ImGui wipes the password it hands to the core: so does the DOM, once the browser saw it.
        var filled = fields.every(function (el) { return el.value !== ''; });
        if (filled) {
          setTimeout(function () {
            fields.forEach(function (el) {
              if (el._imt.kind !== 'password') return;
              el.value = '';
              el._imt.sentLength = 0; // ImGui's copy is wiped already: nothing to send
              el._imt.sel = [0, 0];
            });
          }, 0);
        }
      });
    },
  },

  imt_js_mirror__deps: ['$ImtMirror'],
  imt_js_mirror: function (json) {
    if (ImtMirror.root) ImtMirror.update(JSON.parse(UTF8ToString(json)));
  },

  imt_js_media__deps: ['$ImtMirror'],
  imt_js_media: function () {
    var q = function (query) { return typeof matchMedia === 'function' && matchMedia(query).matches; };
    return (q('(prefers-reduced-motion: reduce)') ? 1 : 0) |
      (q('(forced-colors: active)') || q('(prefers-contrast: more)') ? 2 : 0);
  },
});
