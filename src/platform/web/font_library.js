// The browser draws the page's glyphs (see browser_fonts.cpp): text in the host's or the system's
// fonts, which the page therefore does not download, and icons from the Font Awesome subset embedded
// in the wasm, registered as a FontFace. C++ measures, packs the atlas, and has the glyphs drawn here
// onto a 2D canvas whose alpha channel becomes the atlas's coverage.

mergeInto(LibraryManager.library, {
  $ImtFonts: {
    canvas: null,
    iconFace: null,

    context: function () {
      if (!ImtFonts.canvas) ImtFonts.canvas = document.createElement('canvas');
      return ImtFonts.canvas.getContext('2d', { willReadFrequently: true });
    },

    glyph: function (codePoint) {
      return String.fromCodePoint(codePoint);
    },
  },

  // Registers the icon font; imt_on_fonts_loaded() follows once it and the text fonts (which a host
  // page may still be downloading) can be drawn. A font that fails to load leaves its fallback.
  imt_js_load_fonts__deps: ['$ImtFonts'],
  imt_js_load_fonts: function (iconData, iconSize, textFonts) {
    var face = new FontFace('imtokens-icons', HEAPU8.slice(iconData, iconData + iconSize));
    document.fonts.add(face);
    ImtFonts.iconFace = face;
    var loads = UTF8ToString(textFonts).split('\n').map(function (font) {
      return document.fonts.load(font);
    });
    loads.push(face.load());
    Promise.all(loads).catch(function () { /* drawn with the fallback font */ }).then(function () {
      if (!Module['imtDisposed']) _imt_on_fonts_loaded();
    });
  },

  imt_js_unload_fonts__deps: ['$ImtFonts'],
  imt_js_unload_fonts: function () {
    if (ImtFonts.iconFace) document.fonts.delete(ImtFonts.iconFace);
    ImtFonts.iconFace = null;
    ImtFonts.canvas = null;
  },

  // out[0], out[1]: the ascent and descent of the font's line box.
  imt_js_font_metrics__deps: ['$ImtFonts'],
  imt_js_font_metrics: function (font, out) {
    var context = ImtFonts.context();
    context.font = UTF8ToString(font);
    var m = context.measureText('H');
    var ascent = m.fontBoundingBoxAscent;
    var descent = m.fontBoundingBoxDescent;
    if (ascent === undefined) {
      // Browsers before 2023 report only the ink's box: take that of tall and deep letters.
      m = context.measureText('ÉÅ|gjpqy');
      ascent = m.actualBoundingBoxAscent;
      descent = m.actualBoundingBoxDescent;
    }
    HEAPF32[out >> 2] = ascent;
    HEAPF32[(out >> 2) + 1] = descent;
  },

  // Five floats per code point: advance, then the ink's extent left, right, up and down of the pen.
  imt_js_measure_glyphs__deps: ['$ImtFonts'],
  imt_js_measure_glyphs: function (font, codePoints, count, out) {
    var context = ImtFonts.context();
    context.font = UTF8ToString(font);
    for (var i = 0; i < count; i++) {
      var m = context.measureText(ImtFonts.glyph(HEAPU32[(codePoints >> 2) + i]));
      var o = (out >> 2) + i * 5;
      HEAPF32[o] = m.width;
      HEAPF32[o + 1] = m.actualBoundingBoxLeft;
      HEAPF32[o + 2] = m.actualBoundingBoxRight;
      HEAPF32[o + 3] = m.actualBoundingBoxAscent;
      HEAPF32[o + 4] = m.actualBoundingBoxDescent;
    }
  },

  imt_js_atlas_begin__deps: ['$ImtFonts'],
  imt_js_atlas_begin: function (width, height) {
    var context = ImtFonts.context();
    ImtFonts.canvas.width = width; // also clears it
    ImtFonts.canvas.height = height;
    context.fillStyle = '#fff';
    context.textBaseline = 'alphabetic';
    context.textAlign = 'left';
  },

  // Three ints per glyph: code point, then the pen's position (on the baseline) in the atlas.
  imt_js_atlas_draw__deps: ['$ImtFonts'],
  imt_js_atlas_draw: function (font, glyphs, count) {
    var context = ImtFonts.context();
    context.font = UTF8ToString(font);
    for (var i = 0; i < count; i++) {
      var g = (glyphs >> 2) + i * 3;
      context.fillText(ImtFonts.glyph(HEAP32[g]), HEAP32[g + 1], HEAP32[g + 2]);
    }
  },

  // Copies the coverage (alpha) of every texel into the atlas's one-byte-per-texel buffer.
  imt_js_atlas_end__deps: ['$ImtFonts'],
  imt_js_atlas_end: function (pixels, width, height) {
    var rgba = ImtFonts.context().getImageData(0, 0, width, height).data;
    var count = width * height;
    for (var i = 0; i < count; i++) HEAPU8[pixels + i] = rgba[i * 4 + 3];
    ImtFonts.canvas.width = ImtFonts.canvas.height = 1; // the atlas lives on in the GPU only
  },
});
