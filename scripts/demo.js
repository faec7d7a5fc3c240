#!/usr/bin/env node
// `npm run demo`: analyses the bundled example (77 of 104 coordinator workbooks, seeded example
// data) and writes a report workbook and the JSON report to demo-output/, printing a short summary.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const cli = path.join(root, "lib", "src", "cli", "main.js");
if (!fs.existsSync(cli)) {
  process.stderr.write(
    "netwerkmeter: the command line is not built yet; run `npm ci` or `npm run build:cli` first.\n"
  );
  process.exit(2);
}
const outDir = path.join(root, "demo-output");
fs.mkdirSync(outDir, { recursive: true });
const example = path.join(root, "examples", "coordinatoren-demos.xlsx");
const args = [
  "analyze",
  example,
  "--population",
  "104",
  "--group-by",
  "GROOTTE_KLASSE",
  "--out",
  path.join(outDir, "rapport.xlsx"),
  "--json",
  path.join(outDir, "rapport.json"),
];
process.stdout.write(
  `$ netwerkmeter ${args.map((arg) => (path.isAbsolute(arg) ? path.relative(root, arg) : arg)).join(" ")}\n\n`
);
require(cli)
  .main(args)
  .then((code) => {
    if (code === 0) {
      process.stdout.write(
        `\nRapport: ${path.relative(root, path.join(outDir, "rapport.xlsx"))}\nJSON:    ${path.relative(root, path.join(outDir, "rapport.json"))}\n`
      );
    }
    process.exitCode = code;
  });
