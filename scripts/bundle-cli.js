// Bundles the command line into lib/cli/ with esbuild (run by `npm run build:cli` after tsc).
// Why: the compiled lib/src tree is ~150 CommonJS modules; resolving and loading them one by one
// took ~90 ms of every run. The bundle is ES modules split per command: `analyze` without --out
// loads only its own chunks; ExcelJS is bundled too (an external CommonJS ExcelJS imported from
// ES modules lost its named exports) but sits in its own chunk, which only the code that writes
// .xlsx imports. bin/netwerkmeter.js loads lib/cli/main.mjs.
// Usage: node scripts/bundle-cli.js [output folder, default lib/cli]
"use strict";
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, "lib", "cli");
// Chunk names carry a content hash: drop the previous build's chunks so they do not pile up.
if (fs.existsSync(outdir))
  for (const name of fs.readdirSync(outdir))
    if (name.endsWith(".mjs")) fs.rmSync(path.join(outdir, name));
esbuild
  .build({
    entryPoints: { main: path.join(root, "src", "cli", "main.ts") },
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // CommonJS dependencies (papaparse, …) call require() for Node's own modules.
    banner: {
      js: 'import { createRequire as __nwmRequire } from "module"; const require = __nwmRequire(import.meta.url);',
    },
    logLevel: "warning",
    legalComments: "none",
  })
  .catch(() => process.exit(1));
