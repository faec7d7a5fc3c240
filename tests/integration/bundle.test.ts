/**
 * The command line as users run it is the esbuild bundle (scripts/bundle-cli.js: one CommonJS
 * bundle per command plus ExcelJS's own, each with a V8 code cache made by training runs), loaded
 * by bin/loadWithCodeCache.js — not the TypeScript the other tests import. This builds the bundles
 * into a temporary folder and runs them: `--help`, `analyze … --json` (which must not load ExcelJS),
 * `analyze … --out` (an ExcelJS left outside an ES-module bundle once lost its named exports there
 * and every .xlsx report failed with "ExcelJS.Workbook is not a constructor"), and what happens to a
 * cache that does not belong to its bundle.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateResponses, rowsToCsv } from "../../scripts/exampleData";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "coordinatoren-demos.xlsx");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-bundle-"));
  const built = spawnSync(process.execPath, [path.join(ROOT, "scripts", "bundle-cli.js"), dir], {
    encoding: "utf8",
  });
  expect(built.stderr).toBe("");
  expect(built.status).toBe(0);
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the bundled command line of `folder` (as bin/netwerkmeter.js does) with these arguments;
 * `caches` tells what became of each bundle's code cache (loadWithCodeCache's codeCacheStatus),
 * `builtins` which of Node's own modules were loaded.
 */
function run(folder: string, ...args: string[]) {
  const runner = path.join(folder, "run.cjs");
  const statusFile = path.join(folder, "cache-status.json");
  fs.rmSync(statusFile, { force: true });
  fs.writeFileSync(
    runner,
    `const loader = require(${JSON.stringify(path.join(ROOT, "bin", "loadWithCodeCache.js"))});
    loader.loadWithCodeCache(${JSON.stringify(path.join(folder, "main.cjs"))})
      .main(process.argv.slice(2))
      .then((code) => {
        process.exitCode = code;
        const status = { caches: loader.codeCacheStatus(), builtins: process.moduleLoadList };
        require("fs").writeFileSync(${JSON.stringify(statusFile)}, JSON.stringify(status));
      });\n`
  );
  const result = spawnSync(process.execPath, [runner, ...args], { encoding: "utf8", cwd: ROOT });
  const status = JSON.parse(fs.readFileSync(statusFile, "utf8")) as {
    caches: Record<string, string>;
    builtins: string[];
  };
  return { ...result, ...status };
}

const loader = require(path.join(ROOT, "bin", "loadWithCodeCache.js")) as {
  bundleStamp: (file: string) => string;
};

/** A copy of the built folder, to spoil: each cache stamped for the copy of its bundle. */
function copyOfBuild(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-bundle-copy-"));
  for (const name of fs.readdirSync(dir))
    fs.copyFileSync(path.join(dir, name), path.join(copy, name));
  for (const name of fs.readdirSync(copy).filter((file) => file.endsWith(".cjs.cache"))) {
    const bytes = fs.readFileSync(path.join(copy, name));
    const stamp = loader.bundleStamp(path.join(copy, name.slice(0, -".cache".length)));
    fs.writeFileSync(
      path.join(copy, name),
      Buffer.concat([Buffer.from(`${stamp}\n`), bytes.subarray(bytes.indexOf(10) + 1)])
    );
  }
  return copy;
}

describe("the bundled command line", () => {
  it("prints its help from main.cjs alone, with its code cache", () => {
    const help = run(dir, "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: netwerkmeter/);
    expect(help.caches).toEqual({ "main.cjs": "used" });
    // commander's node:child_process (net, dgram, streams) is loaded only if commander uses it.
    expect(help.builtins).not.toContain("NativeModule child_process");
    expect(help.builtins).toContain("NativeModule vm");
  });

  it("analyses to JSON from the analyze bundle without loading ExcelJS", () => {
    const json = path.join(dir, "rapport-alleen.json");
    const result = run(dir, "analyze", EXAMPLE, "--json", json);
    expect(result.status).toBe(0);
    expect(result.caches).toEqual({ "main.cjs": "used", "analyzeCommand.cjs": "used" });
    expect(JSON.parse(fs.readFileSync(json, "utf8")).source.respondents).toBe(77);
  });

  it("writes the .xlsx report (ExcelJS from its own bundle) and the JSON report", () => {
    const out = path.join(dir, "rapport.xlsx");
    const json = path.join(dir, "rapport.json");
    const result = run(dir, "analyze", EXAMPLE, "--out", out, "--json", json);
    expect(result.stderr).not.toMatch(/interne fout|internal error/);
    expect(result.status).toBe(0);
    expect(result.caches).toEqual({
      "main.cjs": "used",
      "analyzeCommand.cjs": "used",
      "exceljs.cjs": "used",
    });
    // An .xlsx file is a ZIP package: "PK".
    expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(JSON.parse(fs.readFileSync(json, "utf8")).source.respondents).toBe(77);
  }, 120_000);

  it("never runs a cache made for other code: a bundle changed to the same length compiles anew", () => {
    const copy = copyOfBuild();
    try {
      // V8 itself compares only the source's length; the stamp (size and time) must catch this.
      const bundle = path.join(copy, "analyzeCommand.cjs");
      const text = fs.readFileSync(bundle, "utf8");
      const shown = "(codeboek ${result.source.codebook})";
      expect(text.split(shown)).toHaveLength(2);
      fs.writeFileSync(bundle, text.replace(shown, "(CODEBOEK ${result.source.codebook})"));
      const result = run(copy, "analyze", EXAMPLE, "--json", path.join(copy, "r.json"));
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("(CODEBOEK Codeboek");
      expect(result.caches).toEqual({ "main.cjs": "used", "analyzeCommand.cjs": "none" });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("runs as usual when V8 rejects a cache (made by another Node version)", () => {
    const copy = copyOfBuild();
    try {
      const cache = path.join(copy, "main.cjs.cache");
      const bytes = fs.readFileSync(cache);
      const payload = bytes.indexOf(10) + 1;
      // V8's code cache starts with a magic number and its version hash: spoil both.
      for (let index = payload; index < payload + 8; index += 1) bytes[index] ^= 0xff;
      fs.writeFileSync(cache, bytes);
      const result = run(copy, "--help");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: netwerkmeter/);
      expect(result.caches).toEqual({ "main.cjs": "rejected" });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("bin/netwerkmeter.js exits with the command's code once stdout has taken the whole report", () => {
    // The bin of this checkout over the bundles built above (bin finds them at ../lib/cli).
    const app = `${dir}-app`;
    fs.mkdirSync(path.join(app, "bin"), { recursive: true });
    fs.mkdirSync(path.join(app, "lib"));
    for (const name of ["netwerkmeter.js", "loadWithCodeCache.js"])
      fs.copyFileSync(path.join(ROOT, "bin", name), path.join(app, "bin", name));
    fs.symlinkSync(dir, path.join(app, "lib", "cli"), "dir");
    try {
      const bin = path.join(app, "bin", "netwerkmeter.js");
      // Far more than a pipe holds (64 KB): the bin must wait for stdout before it exits.
      const csv = path.join(app, "groot.csv");
      fs.writeFileSync(csv, rowsToCsv(generateResponses({ respondents: 2000, seed: 3 }), ";"));
      const piped = spawnSync(process.execPath, [bin, "analyze", csv, "--json", "-"], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(piped.status).toBe(0);
      expect(piped.stdout.length).toBeGreaterThan(256 * 1024);
      expect(JSON.parse(piped.stdout).source.respondents).toBeGreaterThan(0);
      expect(piped.stderr).toContain("respondenten");
      const missing = spawnSync(process.execPath, [bin, "analyze", path.join(app, "weg.csv")], {
        encoding: "utf8",
      });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain("weg.csv");
    } finally {
      fs.rmSync(app, { recursive: true, force: true });
    }
  });
});
