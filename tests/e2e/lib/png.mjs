// Reads PNG files written by our native smoke app or by Chromium's screenshots, verifying every chunk's
// CRC and the zlib stream, and answers the question the smoke tests ask: did something get drawn?
import { inflateSync } from 'node:zlib';
import * as zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(bytes) >>> 0;
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 }; // colour type -> samples per pixel (8-bit, no palette)

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// Returns { width, height, channels, pixels } with filters undone; throws on any malformed part.
export function decodePng(buffer) {
  if (!buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG (bad signature)');
  let offset = 8;
  let header = null;
  const idat = [];
  let ended = false;
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const typeAndData = buffer.subarray(offset + 4, offset + 8 + length);
    const type = typeAndData.subarray(0, 4).toString('latin1');
    const stored = buffer.readUInt32BE(offset + 8 + length);
    if (crc32(typeAndData) !== stored) throw new Error(`chunk ${type}: CRC mismatch`);
    const data = typeAndData.subarray(4);
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8],
        colourType: data[9], interlace: data[12],
      };
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  if (!ended) throw new Error('no IEND chunk');
  const channels = CHANNELS[header.colourType];
  if (header.bitDepth !== 8 || !channels || header.interlace !== 0) {
    throw new Error(`unsupported PNG layout ${JSON.stringify(header)}`);
  }
  const raw = inflateSync(Buffer.concat(idat)); // checks the zlib header and Adler-32
  const stride = header.width * channels;
  if (raw.length !== header.height * (stride + 1)) throw new Error('image data has the wrong size');
  const pixels = Buffer.alloc(header.height * stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = prev ? prev[x] : 0;
      const c = prev && x >= channels ? prev[x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`row ${y}: unknown filter ${filter}`);
      out[x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width: header.width, height: header.height, channels, pixels };
}

// How much of the image differs from its most common colour (the clear colour, for a smoke frame).
export function drawingStats({ width, height, channels, pixels }) {
  const counts = new Map();
  for (let i = 0; i < pixels.length; i += channels) {
    const key = pixels.readUIntBE(i, Math.min(channels, 3));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let background = 0;
  for (const n of counts.values()) background = Math.max(background, n);
  const total = width * height;
  return { width, height, colours: counts.size, drawnFraction: (total - background) / total };
}

// The assertion both smoke tests make: a real frame has a background, a window and anti-aliased text.
export function assertDrawn(stats, what) {
  const summary = `${what}: ${stats.width}x${stats.height}, ${stats.colours} colours, ` +
    `${(stats.drawnFraction * 100).toFixed(1)}% drawn over the background`;
  if (stats.colours < 8 || stats.drawnFraction < 0.01 || stats.drawnFraction > 0.99) {
    throw new Error(`looks blank or garbage - ${summary}`);
  }
  return summary;
}
