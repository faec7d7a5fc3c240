/**
 * No command may overwrite an input (issue 12, item 1; ARCHITECTURE §3.1). Reproduces what was found
 * when the product was tried with careless paths: `analyze in.xlsx --out in.xlsx` (and `--json in.xlsx`)
 * exited 0 with the survey data gone; `consolidate folder --out folder/netwerk-1.xlsx` silently left
 * that returned workbook out and overwrote it. Every case asserts the exit code, the message and that
 * every input's bytes are unchanged; outputs are written through a temporary file and a rename.
 */
import { spawn, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli as run } from "./runCli";

jest.setTimeout(60_000);

const EXAMPLE = path.join(__dirname, "../../examples/coordinatoren-demos.xlsx");

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-safety-"));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (...parts: string[]) => path.join(dir, ...parts);

function hash(target: string): string {
  return createHash("sha256").update(fs.readFileSync(target)).digest("hex");
}

/** Hashes of every file below `root` (relative names), to prove nothing was touched. */
function snapshot(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    result[path.relative(root, full)] = hash(full);
  }
  return result;
}

function copyExample(name: string): string {
  const target = file(name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(EXAMPLE, target);
  return target;
}

describe("analyze refuses an output that is its input", () => {
  test.each([
    ["--out", "in.xlsx"],
    ["--json", "in.xlsx"],
    ["--out", "./sub/../in.xlsx"],
  ])("%s %s → exit 2, input unchanged", async (option, outName) => {
    const input = copyExample("in.xlsx");
    fs.mkdirSync(file("sub"));
    const before = snapshot(dir);
    const result = await run("analyze", input, option, file(outName));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`is hetzelfde bestand als de invoer ${input};`);
    expect(result.err).toContain(option);
    expect(snapshot(dir)).toEqual(before);
  });

  test("a symbolic link to the input is the input", async () => {
    const input = copyExample("in.xlsx");
    fs.symlinkSync(input, file("link.xlsx"));
    const before = hash(input);
    const result = await run("analyze", input, "--out", file("link.xlsx"), "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/same file as the input/);
    expect(hash(input)).toBe(before);
    expect(fs.lstatSync(file("link.xlsx")).isSymbolicLink()).toBe(true);
  });

  test("a hard link to the input is the input", async () => {
    const input = copyExample("in.xlsx");
    fs.linkSync(input, file("hard.xlsx"));
    const before = hash(input);
    const result = await run("analyze", input, "--json", file("hard.xlsx"));
    expect(result.code).toBe(2);
    expect(hash(input)).toBe(before);
  });

  test("the codebook file is an input too", async () => {
    const input = copyExample("in.xlsx");
    const codebook = copyExample("codeboek.xlsx");
    const before = snapshot(dir);
    const result = await run("analyze", input, "--codebook", codebook, "--out", codebook);
    expect(result.code).toBe(2);
    expect(result.err).toContain("--codebook");
    expect(snapshot(dir)).toEqual(before);
  });

  test("--out and --json on the same path: exit 2 instead of losing one", async () => {
    const input = copyExample("in.xlsx");
    const before = snapshot(dir);
    const result = await run("analyze", input, "--out", file("r.xlsx"), "--json", file("r.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--json .* en --out .* zijn hetzelfde bestand/);
    expect(snapshot(dir)).toEqual(before);
  });

  test("--json - is standard output, never a file", async () => {
    const input = copyExample("in.xlsx");
    const result = await run("analyze", input, "--json", "-", "--out", file("r.xlsx"));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).source.respondents).toBe(77);
    expect(fs.existsSync(file("r.xlsx"))).toBe(true);
  });
});

describe("consolidate refuses outputs in or on what it reads", () => {
  function folderOfReturns(): string {
    copyExample("terug/netwerk-1.xlsx");
    copyExample("terug/netwerk-2.xlsx");
    return file("terug");
  }

  test("--out on a returned workbook: exit 2, every returned workbook unchanged", async () => {
    const folder = folderOfReturns();
    const before = snapshot(dir);
    const result = await run("consolidate", folder, "--out", path.join(folder, "netwerk-1.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/netwerk-1\.xlsx/);
    expect(snapshot(dir)).toEqual(before);
  });

  test("--report on a returned workbook: exit 2", async () => {
    const folder = folderOfReturns();
    const before = snapshot(dir);
    const result = await run(
      "consolidate",
      folder,
      "--out",
      file("antwoorden.xlsx"),
      "--report",
      path.join(folder, "netwerk-2.xlsx")
    );
    expect(result.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(fs.existsSync(file("antwoorden.xlsx"))).toBe(false);
  });

  test("a new file inside the folder that is read: exit 2 (the next run would read it)", async () => {
    const folder = folderOfReturns();
    const before = snapshot(dir);
    const result = await run("consolidate", folder, "--out", path.join(folder, "alles.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/ligt in de map .*terug/);
    expect(snapshot(dir)).toEqual(before);
  });

  test("a returned workbook given as a file and as --out: exit 2", async () => {
    const returned = copyExample("netwerk-9.xlsx");
    const before = hash(returned);
    const result = await run("consolidate", returned, "--out", returned, "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/would overwrite the input/);
    expect(hash(returned)).toBe(before);
  });
});

describe("outputs are written through a temporary file and a rename", () => {
  test("an existing output is replaced whole and no temporary file is left", async () => {
    const input = copyExample("in.xlsx");
    fs.writeFileSync(file("r.json"), "old");
    const result = await run("analyze", input, "--json", file("r.json"));
    expect(result.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file("r.json"), "utf8")).source.respondents).toBe(77);
    expect(fs.readdirSync(dir).sort()).toEqual(["in.xlsx", "r.json"]);
  });

  test("a write that fails leaves the old file as it was and no temporary file", async () => {
    const input = copyExample("in.xlsx");
    // A folder where the report should go: the rename fails after the temporary file is written.
    fs.mkdirSync(file("r.xlsx"));
    fs.writeFileSync(file("r.xlsx", "keep.txt"), "mine");
    const result = await run("analyze", input, "--out", file("r.xlsx"));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/r\.xlsx: kan niet schrijven/);
    expect(fs.readFileSync(file("r.xlsx", "keep.txt"), "utf8")).toBe("mine");
    expect(fs.readdirSync(dir).sort()).toEqual(["in.xlsx", "r.xlsx"]);
  });

  test("a run that fails on its input leaves an existing output untouched", async () => {
    fs.writeFileSync(file("leeg.csv"), "");
    fs.writeFileSync(file("r.json"), "previous report");
    const result = await run("analyze", file("leeg.csv"), "--json", file("r.json"));
    expect(result.code).toBe(1);
    expect(fs.readFileSync(file("r.json"), "utf8")).toBe("previous report");
  });
});

describe("a workbook output must be named .xlsx", () => {
  // Found when the product was tried as a new user: `analyze in.xlsx --out rapport.txt` exited 0 and
  // wrote an .xlsx package into rapport.txt, which Excel then refuses to open; `indicators` already
  // refused. One rule (assertXlsxOutput) for every command that writes a workbook; nothing is written.
  const MONITORING = path.join(__dirname, "../../examples/monitoring-wijdoenmee.xlsx");
  const commands: [string, (out: string) => string[]][] = [
    ["analyze", (out) => ["analyze", copyExample("in.xlsx"), "--out", out]],
    ["indicators", (out) => ["indicators", MONITORING, "--out", out]],
    ["consolidate", (out) => ["consolidate", file("teruggestuurd"), "--out", out]],
    ["template", (out) => ["template", "--out", out]],
    [
      "template --indicators",
      (out) => [
        "template",
        "--indicators",
        MONITORING,
        "--unit",
        "A",
        "--out",
        out,
        "--periods",
        "2026-Q1..2026-Q2",
      ],
    ],
  ];

  test.each(commands)(
    "%s --out rapport.txt: exit 2, one line, nothing written",
    async (_name, argv) => {
      fs.mkdirSync(file("teruggestuurd"));
      const args = argv(file("rapport.txt"));
      const before = snapshot(dir);
      const result = await run(...args);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        `netwerkmeter: --out ${file("rapport.txt")}: dit wordt een Excel-werkmap; gebruik een naam die eindigt op .xlsx.\n`
      );
      expect(snapshot(dir)).toEqual(before);
    }
  );

  test("in English too, and the extension may be in capitals", async () => {
    const input = copyExample("in.xlsx");
    const refused = await run("analyze", input, "--out", file("r.xlsm"), "--lang", "en");
    expect(refused.err).toBe(
      `netwerkmeter: --out ${file("r.xlsm")}: this will be an Excel workbook; use a name ending in .xlsx.\n`
    );
    const accepted = await run("analyze", input, "--out", file("R.XLSX"));
    expect(accepted.code).toBe(0);
    expect(fs.existsSync(file("R.XLSX"))).toBe(true);
  });
});

/**
 * An output path that is a symbolic link or not a regular file is written through, as any Unix
 * tool would: found when the product was tried by an analyst, `--json linkout.json` replaced the
 * link with a file (its target never written), and `--json` to a device node (run as root)
 * replaced the device with a regular file, while as another user `--json /dev/null` failed.
 */
describe("an output path that is a link or a device is written through", () => {
  test("a link to a file: the file is written, the link stays a link", async () => {
    const input = copyExample("in.xlsx");
    fs.writeFileSync(file("target.json"), "old");
    fs.symlinkSync(file("target.json"), file("link.json"));
    const result = await run("analyze", input, "--json", file("link.json"));
    expect(result.code).toBe(0);
    expect(fs.lstatSync(file("link.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(file("target.json"), "utf8")).source.respondents).toBe(77);
    // No temporary file is left beside the link or beside its target.
    expect(fs.readdirSync(dir).sort()).toEqual(["in.xlsx", "link.json", "target.json"]);
  });

  test("a link whose target does not exist yet (relative, in another folder): the target is made", async () => {
    const input = copyExample("in.xlsx");
    fs.mkdirSync(file("reports"));
    fs.symlinkSync(path.join("reports", "rapport.xlsx"), file("latest.xlsx"));
    const result = await run("analyze", input, "--out", file("latest.xlsx"));
    expect(result.code).toBe(0);
    expect(fs.lstatSync(file("latest.xlsx")).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(file("reports", "rapport.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  test("a link to /dev/null: written to the device, the link and the device stay what they are", async () => {
    const input = copyExample("in.xlsx");
    fs.symlinkSync("/dev/null", file("nul.json"));
    const result = await run("analyze", input, "--json", file("nul.json"));
    expect(result.code).toBe(0);
    expect(fs.lstatSync(file("nul.json")).isSymbolicLink()).toBe(true);
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["in.xlsx", "nul.json"]);
  });

  test("a named pipe: the report is written into it", async () => {
    const input = copyExample("in.xlsx");
    const fifo = file("pipe.json");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = spawn("cat", [fifo]);
    try {
      let received = "";
      reader.stdout.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
      const closed = new Promise((resolve) => reader.on("close", resolve));
      const result = await run("analyze", input, "--json", fifo);
      expect(result.code).toBe(0);
      // Without a writer the reader would wait for ever: give it a bound.
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
      expect(JSON.parse(received).source.respondents).toBe(77);
    } finally {
      reader.kill();
    }
  });
});
