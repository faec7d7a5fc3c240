#!/usr/bin/env node
// Runs the compiled command line (built into lib/ by `npm run build:cli`, which `npm ci` runs via `prepare`).
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("netwerkmeter: the command line is not built yet; run `npm run build:cli` (npm ci does this).\n");
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
