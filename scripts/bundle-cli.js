// Bundles the command line into lib/cli/ with esbuild (run by `npm run build:cli` after tsc) and
// makes V8 code caches for the bundles by training runs.
// Why a bundle: the compiled lib/src tree is ~150 CommonJS modules; resolving and loading them one
// by one took ~90 ms of every run. Why CommonJS (not ES modules split per command, as before):
// Node 20 can only use a code cache for a script it compiles through vm.Script, and
// bin/loadWithCodeCache.js says why that cache is made here, after running. Measured on 20k × 45
// `analyze … --json`: ES-module chunks 430 ms, this bundle without cache 390 ms, with cache 340 ms.
// Two bundles: main.cjs (everything but ExcelJS; modules a command does not use are bundled but
// never run) and exceljs.cjs, which main.cjs requires only where a command writes .xlsx.
// bin/netwerkmeter.js loads lib/cli/main.cjs.
// Usage: node scripts/bundle-cli.js [output folder, default lib/cli]
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");

/** The training runs whose compiled functions go into the code caches (all output in a temp dir). */
function trainingRuns(dir) {
  const csv = path.join(dir, "training.csv");
  fs.writeFileSync(
    csv,
    "RESP_ID;GROOTTE_KLASSE;VIS_01;VIS_02;VIS_03;VIS_04\r\nA;klein;4;5;3;4\r\nB;groot;2;;1;5\r\nC;klein;5;4;4;3\r\n"
  );
  const examples = path.join(root, "examples");
  const out = (name) => path.join(dir, name);
  return [
    ["--help"],
    ["analyze", csv, "--json", out("csv.json")],
    [
      "analyze",
      path.join(examples, "coordinatoren-demos.xlsx"),
      "--group-by",
      "REGIO",
      "--json",
      out("survey.json"),
      "--out",
      out("survey.xlsx"),
    ],
    ["template", "--out", out("sjabloon.xlsx")],
    [
      "template",
      "--indicators",
      path.join(examples, "monitoring-wijdoenmee.xlsx"),
      "--periods",
      "2026-Q1..2026-Q4",
      "--unit",
      "Partnerschap 01",
      "--out",
      out("monitoring.xlsx"),
    ],
    ["feedback", csv, "--network-column", "RESP_ID", "--out-dir", out("terugkoppeling")],
    ["consolidate", out("sjabloon.xlsx"), "--out", out("samen.xlsx")],
    [
      "indicators",
      path.join(examples, "monitoring-wijdoenmee.xlsx"),
      "--json",
      out("kader.json"),
      "--out",
      out("kader.xlsx"),
    ],
  ];
}

/** In a child process: load the bundle, run the training commands quietly, write the caches. */
async function train(outdir) {
  const { loadWithCodeCache, recordCodeCaches, writeCodeCaches } = require(
    path.join(root, "bin", "loadWithCodeCache.js")
  );
  recordCodeCaches();
  const cli = loadWithCodeCache(path.join(outdir, "main.cjs"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-training-"));
  const quiet = { stdout: () => {}, stderr: () => {} };
  try {
    for (const args of trainingRuns(dir)) await cli.main(args, quiet);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  writeCodeCaches();
}

async function build(outdir) {
  const esbuild = require("esbuild");
  fs.mkdirSync(outdir, { recursive: true });
  // Drop the previous build (and the ES-module chunks of older builds) so nothing stale is loaded.
  for (const name of fs.readdirSync(outdir))
    if (/\.(mjs|cjs|cjs\.cache)$/.test(name)) fs.rmSync(path.join(outdir, name));
  const common = {
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    legalComments: "none",
    // import() of another bundle as require(), which bin/loadWithCodeCache.js serves from its cache.
    supported: { "dynamic-import": false },
  };
  const commands = fs
    .readdirSync(path.join(root, "src", "cli"))
    .filter((name) => /^\w+Command\.ts$/.test(name))
    .map((name) => name.slice(0, -3));
  await esbuild.build({
    ...common,
    entryPoints: ["main", ...commands].map((name) => path.join(root, "src", "cli", `${name}.ts`)),
    outdir,
    outExtension: { ".js": ".cjs" },
    plugins: [
      {
        name: "own-bundles",
        setup(plugin) {
          // Each command is a bundle of its own that main.cjs requires when the command runs, and
          // ExcelJS is one that only code writing .xlsx requires (see bin/loadWithCodeCache.js).
          plugin.onResolve({ filter: /^exceljs$/ }, () => ({
            path: "./exceljs.cjs",
            external: true,
          }));
          plugin.onResolve({ filter: /^\.\/\w+Command$/ }, (args) =>
            path.basename(args.importer) === "main.ts"
              ? { path: `${args.path}.cjs`, external: true }
              : undefined
          );
          // commander requires node:child_process (with net, dgram and the streams: ~3 ms) when
          // loaded, for executable subcommands, which this command line has none of: load it only
          // if commander ever uses it.
          plugin.onResolve({ filter: /^node:child_process$/ }, (args) =>
            /[\\/]commander[\\/]/.test(args.importer)
              ? { path: "child_process-on-first-use", namespace: "lazy" }
              : undefined
          );
          plugin.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
            contents:
              'let loaded; const load = () => (loaded ??= require("node:child_process"));\n' +
              "module.exports = new Proxy({}, { get: (_, key) => load()[key] });\n",
            loader: "js",
          }));
        },
      },
    ],
  });
  await esbuild.build({
    ...common,
    stdin: { contents: 'module.exports = require("exceljs");', resolveDir: root, loader: "js" },
    outfile: path.join(outdir, "exceljs.cjs"),
  });
  const trained = spawnSync(process.execPath, [__filename, "--train", outdir], {
    encoding: "utf8",
  });
  if (trained.status !== 0) {
    process.stderr.write(trained.stderr);
    throw new Error("bundle-cli: the training runs for the code cache failed");
  }
}

if (process.argv[2] === "--train") {
  train(path.resolve(process.argv[3])).catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
} else {
  const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, "lib", "cli");
  build(outdir).catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
