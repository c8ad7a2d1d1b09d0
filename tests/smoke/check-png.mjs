// Checks a screenshot written by the native smoke app: a well-formed PNG showing a drawn frame.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodePng, drawingStats, assertDrawn } from '../e2e/lib/png.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: check-png.mjs FILE.png');
  process.exit(2);
}
try {
  console.log(assertDrawn(drawingStats(decodePng(readFileSync(file))), basename(file)));
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}
