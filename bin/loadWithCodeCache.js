// Loads a CommonJS bundle of the command line (lib/cli/*.cjs, made by scripts/bundle-cli.js) with
// V8's code cache, so a run starts from compiled bytecode instead of parsing and compiling ~1 MB
// of JavaScript (and every function it calls) again.
//
// Why by hand: Node 20 has no compile cache (module.enableCompileCache is Node 22.1+, and does not
// cache ES modules' lazily compiled functions either), and v8-compile-cache saves the cache before
// the code runs, which leaves out the functions compiled while running — most of a run's compile
// time. Here the cache is made by `npm run build:cli` after training runs (see bundle-cli.js), via
// vm.Script#createCachedData, which keeps the functions compiled so far.
// Reference: https://nodejs.org/docs/latest-v20.x/api/vm.html#scriptcreatecacheddata
//
// Safety: V8 checks its own version and flags and rejects a cache that does not fit (the run then
// compiles as usual). V8 does not compare the source text, only its length, so each cache also
// records the size and modification time of the bundle it was made from; a cache for another
// bundle is never offered to V8. The cache is only read at run time, never written.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

/** File → its module's exports (each bundle runs once per process). */
const loaded = new Map();
/** File → "used", "rejected" (by V8) or "none" (no cache, or one made for another file). */
const cacheStatus = new Map();
/** When recording (the build's training runs): file → vm.Script, to make caches from. */
let recorded = null;

/** The cache file of a bundle. */
function cacheFileOf(file) {
  return `${file}.cache`;
}

/** What a cache records of its bundle: size and modification time (as make would compare). */
function bundleStamp(file) {
  const stat = fs.statSync(file);
  return `${stat.size}:${stat.mtimeMs}`;
}

/** The cached data for a bundle, or undefined when there is none or it was made for another file. */
function readCacheFor(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFileOf(file));
  } catch {
    return undefined;
  }
  const lineEnd = bytes.indexOf(10);
  if (lineEnd < 0 || bytes.toString("latin1", 0, lineEnd) !== bundleStamp(file)) return undefined;
  return bytes.subarray(lineEnd + 1);
}

/**
 * Runs a CommonJS bundle and returns its exports, from the code cache when one fits. Inside the
 * bundle, `require("./other.cjs")` loads a sibling bundle the same way (ExcelJS sits in its own
 * bundle, loaded only by the commands that write .xlsx); anything else is Node's own require.
 *
 * @param {string} file absolute path of a .cjs bundle
 * @returns {any} the bundle's module.exports
 * @example loadWithCodeCache(path.join(__dirname, "..", "lib", "cli", "main.cjs")).main(["--help"])
 */
function loadWithCodeCache(file) {
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = fs.readFileSync(file, "utf8");
  const cachedData = recorded ? undefined : readCacheFor(file);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  cacheStatus.set(file, !cachedData ? "none" : script.cachedDataRejected ? "rejected" : "used");
  if (recorded) recorded.set(file, script);
  const module = { exports: {}, filename: file, id: file, loaded: false };
  loaded.set(file, module);
  const nodeRequire = Module.createRequire(file);
  const bundleRequire = (id) =>
    id.startsWith("./") && id.endsWith(".cjs")
      ? loadWithCodeCache(path.join(path.dirname(file), id))
      : nodeRequire(id);
  script
    .runInThisContext()
    .call(module.exports, module.exports, bundleRequire, module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

/** From now on, remember every bundle loaded, for writeCodeCaches (the build's training runs). */
function recordCodeCaches() {
  recorded = new Map();
}

/**
 * Writes the code cache of every bundle loaded since recordCodeCaches(), with the functions
 * compiled so far; returns the files written.
 */
function writeCodeCaches() {
  const written = [];
  for (const [file, script] of recorded ?? []) {
    const data = script.createCachedData();
    fs.writeFileSync(
      cacheFileOf(file),
      Buffer.concat([Buffer.from(`${bundleStamp(file)}\n`), data])
    );
    written.push(cacheFileOf(file));
  }
  return written;
}

/**
 * What happened to the code cache of each bundle loaded so far (for tests and for measuring).
 *
 * @returns {Record<string, "used" | "rejected" | "none">} by bundle file name
 * @example codeCacheStatus() // { "main.cjs": "used", "analyzeCommand.cjs": "used" }
 */
function codeCacheStatus() {
  return Object.fromEntries([...cacheStatus].map(([file, state]) => [path.basename(file), state]));
}

module.exports = {
  loadWithCodeCache,
  recordCodeCaches,
  writeCodeCaches,
  codeCacheStatus,
  bundleStamp,
};
