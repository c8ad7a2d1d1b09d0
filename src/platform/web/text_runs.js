// Whole runs of text drawn by the browser (see browser_runs.hpp): a 2D canvas shapes the string,
// applies the bidi algorithm from the given base direction and draws emoji in colour; the canvas is
// then copied into the run page, a WebGL texture, with one texSubImage2D of the run's own size.

mergeInto(LibraryManager.library, {
  $ImtRuns: {
    canvas: null,
    context: function () {
      if (!ImtRuns.canvas) ImtRuns.canvas = document.createElement('canvas');
      return ImtRuns.canvas.getContext('2d');
    },
    prepare: function (context, font, rtl) {
      context.font = UTF8ToString(font);
      context.direction = rtl ? 'rtl' : 'ltr';
      // 'left' whatever the direction: x is the left end of the run, as for ImGui's pen.
      context.textAlign = 'left';
      context.textBaseline = 'alphabetic';
    },
  },

  imt_js_run_measure__deps: ['$ImtRuns'],
  imt_js_run_measure: function (font, text, rtl, out) {
    var context = ImtRuns.context();
    ImtRuns.prepare(context, font, rtl);
    var m = context.measureText(UTF8ToString(text));
    var o = out >> 2;
    HEAPF32[o] = m.width;
    HEAPF32[o + 1] = m.actualBoundingBoxLeft;
    HEAPF32[o + 2] = m.actualBoundingBoxRight;
    HEAPF32[o + 3] = m.actualBoundingBoxAscent;
    HEAPF32[o + 4] = m.actualBoundingBoxDescent;
  },

  imt_js_run_draw__deps: ['$ImtRuns', '$GL'],
  imt_js_run_draw: function (font, text, rtl, colour, texture, x, y, width, height, penX, penY) {
    var context = ImtRuns.context();
    ImtRuns.canvas.width = width; // also clears it and its state
    ImtRuns.canvas.height = height;
    ImtRuns.prepare(context, font, rtl);
    context.fillStyle = UTF8ToString(colour);
    context.fillText(UTF8ToString(text), penX, penY);
    GLctx.bindTexture(GLctx.TEXTURE_2D, GL.textures[texture]);
    GLctx.texSubImage2D(GLctx.TEXTURE_2D, 0, x, y, GLctx.RGBA, GLctx.UNSIGNED_BYTE, ImtRuns.canvas);
  },
});
