#!/usr/bin/env node
// Runs the command line bundled into lib/cli/ by `npm run build:cli` (which `npm ci` runs via
// `prepare`; scripts/bundle-cli.js says why it is a bundle), with V8's code cache
// (bin/loadWithCodeCache.js).
"use strict";
const path = require("path");
const fs = require("fs");
const { loadWithCodeCache } = require("./loadWithCodeCache");
const entry = path.join(__dirname, "..", "lib", "cli", "main.cjs");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "netwerkmeter: the command line is not built yet; run `npm run build:cli` (npm ci does this).\n"
  );
  process.exit(2);
}
loadWithCodeCache(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
    // Leave once stdout and stderr have taken every write (the empty writes' callbacks come after
    // the writes before them): Node's own teardown frees a run's heap piece by piece, ~20 ms of a
    // 0.5 s run over 20,000 respondents, and every output file is written and closed by now.
    process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
  });
