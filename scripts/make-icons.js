#!/usr/bin/env node
/**
 * Writes the add-in icons assets/icon-{16,32,64,80,128}.png: a bar-chart glyph in the brand colour
 * (#0F6CBD) on white. Plain Node: the PNG encoder below uses only node:zlib (deflate), so it runs
 * offline with no image library. The PNGs are committed; rerun this script only to change the design:
 *
 *   node scripts/make-icons.js
 *
 * Pixels are anti-aliased by exact area coverage of the bar rectangles, so small sizes stay crisp.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [0x0f, 0x6c, 0xbd]; // #0F6CBD
const BACKGROUND = [0xff, 0xff, 0xff];

/**
 * The glyph in a unit square (0..1, y grows downwards): three rising bars on a baseline.
 * Each shape is [x0, y0, x1, y1].
 */
const SHAPES = [
  [0.17, 0.52, 0.35, 0.8], // low bar
  [0.41, 0.34, 0.59, 0.8], // middle bar
  [0.65, 0.16, 0.83, 0.8], // high bar
  [0.11, 0.8, 0.89, 0.87], // baseline
];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Fraction (0..1) of pixel (px, py) covered by the glyph at the given size. */
function coverage(px, py, size) {
  let covered = 0;
  for (const [x0, y0, x1, y1] of SHAPES) {
    const w = Math.min(px + 1, x1 * size) - Math.max(px, x0 * size);
    const h = Math.min(py + 1, y1 * size) - Math.max(py, y0 * size);
    if (w > 0 && h > 0) covered += w * h; // the shapes don't overlap
  }
  return Math.min(1, covered);
}

/** Encodes a size x size RGB (8-bit, colour type 2) PNG. */
function renderPng(size) {
  const stride = 1 + size * 3; // filter byte + RGB per pixel
  const raw = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y++) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size);
      for (let c = 0; c < 3; c++) {
        raw[y * stride + 1 + x * 3 + c] = Math.round(BRAND[c] * a + BACKGROUND[c] * (1 - a));
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, renderPng(size));
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) main();

module.exports = { renderPng, crc32, SIZES };
