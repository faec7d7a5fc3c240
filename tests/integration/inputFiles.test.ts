/**
 * Issue 12, item 5: file-system problems with inputs give exit 1 (2 for usage) and one line
 * naming the file, never an internal error (exit 3) or a hang. Each case asserts the exit code, the
 * message and that every input's bytes are unchanged.
 *
 * The tests run as root in CI, where permissions do not stop reading; "no permission" is made by
 * wrapping node:fs/promises so that paths containing "geen-toegang" fail with EACCES, as they do
 * for an ordinary user.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli as run } from "./runCli";
import { fillAsExcel, makeTemplate } from "../unit/template/fillTemplate";

jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual("node:fs/promises");
  const denied = (target: unknown) => String(target).includes("geen-toegang");
  const refuse = () =>
    Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
  return {
    ...actual,
    open: (target: string, ...rest: unknown[]) =>
      denied(target) ? refuse() : actual.open(target, ...rest),
    readdir: (target: string, ...rest: unknown[]) =>
      denied(target) ? refuse() : actual.readdir(target, ...rest),
  };
});

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-files-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (...parts: string[]) => path.join(dir, ...parts);
/** Refusals must not read 3 GB or wait for a writer (minutes, or forever); speed itself is benched. */
const HANG_GUARD_MS = 30_000;
const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

const CSV = "RESP_ID;ROL_ACT_FAC;ROL_ACT_COP\nN1;4;5\nN2;2;3\n";

describe("analyze: inputs that cannot be read (exit 1, one line naming the file)", () => {
  it("an input without read permission", async () => {
    const file = at("geen-toegang.csv");
    fs.writeFileSync(file, CSV);
    const digest = hash(file);
    const result = await run("analyze", file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `netwerkmeter: ${file}: geen toegang (geen leesrechten op het bestand of de map).\n`
    );
    expect(hash(file)).toBe(digest);
  });

  it("a codebook without read permission", async () => {
    const input = at("ok.csv");
    fs.writeFileSync(input, CSV);
    const codebook = at("geen-toegang-codeboek.json");
    fs.writeFileSync(codebook, "[]");
    const digests = [hash(input), hash(codebook)];
    const result = await run("analyze", input, "--codebook", codebook, "--lang", "en");
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `netwerkmeter: ${codebook}: permission denied (no read access to the file or folder).\n`
    );
    expect([hash(input), hash(codebook)]).toEqual(digests);
  });

  it("a sparse 3 GB file is refused from its size, before reading", async () => {
    const file = at("groot.xlsx");
    const handle = fs.openSync(file, "w");
    fs.ftruncateSync(handle, 3 * 1024 ** 3);
    fs.closeSync(handle);
    const result = await run("analyze", file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "netwerkmeter: groot.xlsx: het bestand is te groot (3072 MB, maximaal 200 MB).\n"
    );
    expect(result.ms).toBeLessThan(HANG_GUARD_MS);
    expect(fs.statSync(file).size).toBe(3 * 1024 ** 3);
  });

  it("a FIFO is refused without waiting for a writer", async () => {
    const fifo = at("pijp.csv");
    execFileSync("mkfifo", [fifo]);
    const result = await run("analyze", fifo);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `netwerkmeter: ${fifo}: geen gewoon bestand (een pipe, apparaat of socket); geef een .xlsx- of .csv-bestand.\n`
    );
    expect(result.ms).toBeLessThan(HANG_GUARD_MS);
  });

  it("/dev/zero is refused, not read forever", async () => {
    const result = await run("analyze", "/dev/zero", "--lang", "en");
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "netwerkmeter: /dev/zero: not a regular file (a pipe, device or socket); give an .xlsx or .csv file.\n"
    );
  });

  it("a broken symbolic link says so", async () => {
    const link = at("weg.xlsx");
    fs.symlinkSync(at("bestaat-niet.xlsx"), link);
    const result = await run("analyze", link);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `netwerkmeter: ${link}: de symbolische koppeling verwijst naar een bestand dat niet bestaat.\n`
    );
  });

  it("control characters in a file name are escaped when printed", async () => {
    const file = at("netwerk\x1b[31m\nrood.xlsx");
    fs.writeFileSync(file, "geen werkmap");
    const digest = hash(file);
    const result = await run("analyze", file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "netwerkmeter: netwerk\\x1b[31m\\x0arood.xlsx: dit is geen Excel-werkmap; sla het in Excel op als .xlsx (Excel-werkmap) of als CSV.\n"
    );
    expect(result.err).not.toContain("\x1b");
    expect(hash(file)).toBe(digest);
  });
});

describe("consolidate: problems of one folder or file do not stop the run", () => {
  it("an unreadable sub-folder, symbolic links and a pipe are each reported; the rest is consolidated", async () => {
    const template = await makeTemplate("nl");
    const root = at("retour");
    fs.mkdirSync(at("retour", "geen-toegang"), { recursive: true });
    fs.mkdirSync(at("elders", "map"), { recursive: true });
    const gent = at("retour", "netwerk-gent.xlsx");
    fs.writeFileSync(
      gent,
      await fillAsExcel(template, {
        answers: { VIS_01: "Akkoord" },
        profile: { name: "Netwerk Gent", inhabitants: 265_000 },
      })
    );
    const lier = at("elders", "netwerk-lier.xlsx");
    fs.writeFileSync(
      lier,
      await fillAsExcel(template, {
        answers: { VIS_01: "Niet akkoord" },
        profile: { name: "Netwerk Lier", inhabitants: 36_000 },
      })
    );
    fs.writeFileSync(at("retour", "geen-toegang", "netwerk-x.xlsx"), "x");
    fs.symlinkSync(lier, at("retour", "lier-link.xlsx"));
    fs.symlinkSync(at("elders", "map"), at("retour", "map-link"));
    fs.symlinkSync(at("elders", "weg.xlsx"), at("retour", "kapot-link.xlsx"));
    execFileSync("mkfifo", [at("retour", "pijp.xlsx")]);
    const digests = [hash(gent), hash(lier)];
    const report = at("rapport.json");
    const result = await run("consolidate", root, "--out", at("samen.xlsx"), "--report", report);
    expect(result.code).toBe(0);
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    expect(json.summary).toMatchObject({ filesConsolidated: 2 });
    const byCode = Object.fromEntries(
      json.issues
        .filter((issue: { code: string }) =>
          ["FOLDER_UNREADABLE", "LINKED_FOLDER", "BROKEN_LINK", "NOT_A_FILE"].includes(issue.code)
        )
        .map((issue: { code: string; file: string; severity: string }) => [
          issue.code,
          [issue.file, issue.severity],
        ])
    );
    expect(byCode).toEqual({
      FOLDER_UNREADABLE: ["geen-toegang", "error"],
      LINKED_FOLDER: ["map-link", "warning"],
      BROKEN_LINK: ["kapot-link.xlsx", "warning"],
      NOT_A_FILE: ["pijp.xlsx", "warning"],
    });
    expect(json.files.map((file: { file: string }) => file.file).sort()).toEqual([
      "lier-link.xlsx",
      "netwerk-gent.xlsx",
    ]);
    expect([hash(gent), hash(lier)]).toEqual(digests);
  });
});
