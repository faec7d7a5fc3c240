/**
 * The command line as users run it is the esbuild bundle (scripts/bundle-cli.js, loaded by
 * bin/netwerkmeter.js), not the TypeScript the other tests import. This builds the bundle into a
 * temporary folder and runs it: `--help`, and `analyze … --out` (which loads ExcelJS from its own
 * chunk; an ExcelJS left outside the ES-module bundle once lost its named exports there and every
 * .xlsx report failed with "ExcelJS.Workbook is not a constructor").
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
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

/** Runs the bundled command line (as bin/netwerkmeter.js does) with these arguments. */
function run(...args: string[]) {
  const runner = path.join(dir, "run.cjs");
  fs.writeFileSync(
    runner,
    `import(${JSON.stringify(`file://${path.join(dir, "main.mjs")}`)}).then((cli) =>
      cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; }));\n`
  );
  return spawnSync(process.execPath, [runner, ...args], { encoding: "utf8", cwd: ROOT });
}

describe("the bundled command line", () => {
  it("prints its help", () => {
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: netwerkmeter/);
  });

  it("keeps ExcelJS in a chunk of its own that the analyze chunks do not import", () => {
    const chunks = fs.readdirSync(dir).filter((name) => name.endsWith(".mjs"));
    const excel = chunks.filter((name) =>
      fs.readFileSync(path.join(dir, name), "utf8").includes("exceljs/lib/exceljs.nodejs.js")
    );
    expect(excel).toHaveLength(1);
    const analyze = chunks.find((name) => name.startsWith("analyzeCommand-"))!;
    // The chunks analyze imports statically, followed to the end.
    const seen = new Set<string>();
    const todo = [analyze, "main.mjs"];
    while (todo.length > 0) {
      const name = todo.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      for (const match of text.matchAll(/from "\.\/([^"]+)"/g)) todo.push(match[1]);
    }
    expect(seen.has(excel[0])).toBe(false);
  });

  it("writes the .xlsx report and the JSON report", () => {
    const out = path.join(dir, "rapport.xlsx");
    const json = path.join(dir, "rapport.json");
    const result = run(
      "analyze",
      path.join(ROOT, "examples", "coordinatoren-demos.xlsx"),
      "--out",
      out,
      "--json",
      json
    );
    expect(result.stderr).not.toMatch(/interne fout|internal error/);
    expect(result.status).toBe(0);
    // An .xlsx file is a ZIP package: "PK".
    expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(JSON.parse(fs.readFileSync(json, "utf8")).source.respondents).toBe(77);
  }, 120_000);
});
