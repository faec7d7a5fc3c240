#!/usr/bin/env node
/**
 * `npm start`.
 * - Windows/macOS: sideloads the add-in into desktop Excel with office-addin-debugging (fetched on
 *   demand by npx: it is not a devDependency because its native keytar build breaks `npm ci`
 *   offline). It starts `npm run dev-server` (https on port 3000, dev certificates) itself.
 * - Elsewhere (Linux, CI): desktop Excel can't run here, so build the add-in for development and
 *   serve dist/ over http://localhost:3000 for a look at the task pane in a browser.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const { serveDist } = require("./serve-dist");

const ROOT = path.join(__dirname, "..");
const PORT = 3000;

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32", // npm/npx are .cmd files on Windows
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function main() {
  if (process.platform === "win32" || process.platform === "darwin") {
    process.exitCode = run("npx", [
      "--yes",
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      String(PORT),
    ]);
    return;
  }

  process.stdout.write(
    [
      "Netwerkmeter: sideloaden in Excel kan alleen op Windows of macOS (of in Excel op het web).",
      "Hier wordt de invoegtoepassing gebouwd en getoond in de browser, zonder Excel.",
      "Netwerkmeter: sideloading into Excel needs Windows or macOS (or Excel on the web).",
      "Building the add-in and serving it for a browser preview instead, without Excel.",
      "",
    ].join("\n")
  );
  const status = run("npm", ["run", "build:dev"]);
  if (status !== 0) {
    process.exitCode = status;
    return;
  }
  serveDist({ port: PORT }).then(
    () => {
      process.stdout.write(
        [
          "",
          `Open / open: http://localhost:${PORT}/taskpane.html  (Ctrl+C om te stoppen / to stop)`,
          "",
        ].join("\n")
      );
    },
    (error) => {
      process.stderr.write(`start: ${error.message}\n`);
      process.exitCode = 1;
    }
  );
}

main();
