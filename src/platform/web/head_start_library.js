// The head start (shell/imtokens.mjs): the first reads of a signed-in start, the admin's permissions
// and the list, sent by JavaScript while the wasm was still downloading and compiling. The transport
// (fetch_transport.cpp) takes such an answer instead of sending its own request again.

mergeInto(LibraryManager.library, {
  // 1 when a head start for `path` was waiting: its answer reaches imt_on_head_start(requestId, ...).
  imt_js_take_head_start__deps: ['$ImtDom', 'malloc', 'free'],
  imt_js_take_head_start: function (path, requestId) {
    var start = Module['imtHeadStart'];
    var read = start ? start.take(UTF8ToString(path)) : null;
    if (!read) return 0;
    read.then(function (answer) {
      if (Module['imtDisposed']) return;
      var size = answer.body.length;
      var body = _malloc(Math.max(1, size));
      HEAPU8.set(answer.body, body);
      answer.body.fill(0);
      ImtDom.withString(answer.contentType, function (type) {
        // A size of -1: the answer is larger than the page reads, and was not read.
        _imt_on_head_start(requestId, answer.status, type, body, answer.overLimit ? -1 : size); // wipes the copy
      });
      _free(body);
    });
    return 1;
  },
});
