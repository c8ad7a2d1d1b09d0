// Checks the desktop app's screenshots: each is a drawn frame of the requested size, the dark theme
// is darker than the light one, and every scene shows something different from the plain list (or,
// for a taller picture, from its light or dark twin).
// Usage: check-screenshots.mjs DIR NAME=WIDTHxHEIGHT...   (files are DIR/native-NAME.png)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, drawingStats, assertDrawn } from '../e2e/lib/png.mjs';

const [dir, ...shotArgs] = process.argv.slice(2);
const problems = [];
const shots = new Map();

function meanLuminance({ channels, pixels }) {
  let sum = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    sum += 0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2];
  }
  return sum / (pixels.length / channels);
}

function differingFraction(a, b) {
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i += a.channels) {
    if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1] || a.pixels[i + 2] !== b.pixels[i + 2]) {
      differing++;
    }
  }
  return differing / (a.pixels.length / a.channels);
}

for (const shot of shotArgs) {
  const [name, size] = shot.split('=');
  const [width, height] = size.split('x');
  const file = join(dir, `native-${name}.png`);
  try {
    const image = decodePng(readFileSync(file));
    console.log(assertDrawn(drawingStats(image), `native-${name}.png`));
    if (image.width !== Number(width) || image.height !== Number(height)) {
      throw new Error(`is ${image.width}x${image.height}, expected ${width}x${height}`);
    }
    shots.set(name, image);
  } catch (error) {
    problems.push(`${file}: ${error.message}`);
  }
}

const light = shots.get('list-light');
const dark = shots.get('list-dark');
if (light && dark) {
  const [l, d] = [meanLuminance(light), meanLuminance(dark)];
  console.log(`mean luminance: light ${l.toFixed(0)}, dark ${d.toFixed(0)}`);
  if (l - d < 60) problems.push(`the dark list (${d.toFixed(0)}) is not clearly darker than the light one (${l.toFixed(0)})`);
}
function assertDiffers(name, image, reference, referenceName) {
  const changed = differingFraction(reference, image);
  console.log(`native-${name}.png differs from native-${referenceName}.png in ${(changed * 100).toFixed(1)}% of its pixels`);
  if (changed < 0.005) problems.push(`native-${name}.png looks the same as native-${referenceName}.png`);
}
for (const [name, image] of shots) {
  if (name === 'list-light' || name === 'list-dark') continue;
  if (light && image.width === light.width && image.height === light.height) {
    assertDiffers(name, image, light, 'list-light');
  } else if (name.endsWith('-dark') && shots.has(name.slice(0, -5))) {
    assertDiffers(name, image, shots.get(name.slice(0, -5)), name.slice(0, -5));
  }
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
