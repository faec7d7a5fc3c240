/**
 * `netwerkmeter consolidate` end to end (ARCHITECTURE §3.1): real files and folders in a temporary
 * folder, main(argv, io) with captured stdout/stderr; then `netwerkmeter analyze` on the result and
 * on a single filled-in template. Exit 0 when at least one workbook was consolidated, 1 when none
 * could be, 2 for wrong usage.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runConsolidate } from "../../src/cli/consolidateCommand";
import type { Template } from "../unit/template/fillTemplate";
import {
  answerCell,
  fillAsExcel,
  fillWithExcelJS,
  makeTemplate,
} from "../unit/template/fillTemplate";
import { runCli as run } from "./runCli";

jest.setTimeout(120_000);

let dir: string;
let template: Template;

const at = (...parts: string[]) => path.join(dir, ...parts);

function write(file: string, bytes: Uint8Array | string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-consolidate-"));
  template = await makeTemplate("nl");
  const retour = at("retour");
  write(
    path.join(retour, "netwerk-gent.xlsx"),
    await fillAsExcel(template, {
      answers: { VIS_01: "Akkoord", VIS_02: "Helemaal akkoord", ROL_ACT_FAC: "Akkoord" },
      profile: { name: "Netwerk Gent", inhabitants: 265_000 },
    })
  );
  write(
    path.join(retour, "netwerk-aalst.xlsx"),
    await fillWithExcelJS(template, {
      answers: { VIS_01: 2, VIS_02: "misschien", ROL_ACT_FAC: 4 },
      profile: { name: "Netwerk Aalst", inhabitants: 9000 },
    })
  );
  write(
    path.join(retour, "provincie", "netwerk-lier.xlsx"),
    await fillAsExcel(template, {
      answers: { VIS_01: "Neutraal", VIS_02: 4, ROL_ACT_FAC: "Niet akkoord" },
      profile: { name: "Netwerk Lier", inhabitants: 36_000 },
    })
  );
  const gent = fs.readFileSync(path.join(retour, "netwerk-gent.xlsx"));
  write(path.join(retour, "kapot.xlsx"), new Uint8Array(gent.subarray(0, 3000)));
  write(path.join(retour, "~$netwerk-gent.xlsx"), "lock file");
  write(path.join(retour, "oud.xls"), "not really");
  write(path.join(retour, "notities.pdf"), "%PDF-1.4");
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet("Blad1").addRow(["iets", 1]);
  write(at("los", "vreemd.xlsx"), new Uint8Array(await foreign.xlsx.writeBuffer()));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("netwerkmeter consolidate", () => {
  it("consolidates a folder (with sub-folders) and writes the workbook and the report", async () => {
    const out = at("antwoorden.xlsx");
    const report = at("issues.json");
    const result = await run("consolidate", at("retour"), "--out", out, "--report", report);
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      "5 bestanden gelezen, 3 samengevoegd, 2 overgeslagen; 3 problemen — zie"
    );
    expect(result.err).toContain("overgeslagen: kapot.xlsx — CORRUPT");
    expect(result.err).toContain("overgeslagen: oud.xls — LEGACY_XLS");
    expect(result.out).toContain("3 netwerken");
    expect(fs.existsSync(out)).toBe(true);

    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    expect(Object.keys(json)).toEqual(["tool", "files", "issues", "summary"]);
    expect(json.tool.name).toBe("netwerkmeter");
    expect(json.summary).toMatchObject({
      filesRead: 5,
      filesConsolidated: 3,
      filesSkipped: 2,
      respondents: 3,
      errors: 3,
    });
    expect(
      json.files.map((file: { file: string; status: string }) => [file.file, file.status])
    ).toEqual([
      ["kapot.xlsx", "skipped"],
      ["netwerk-aalst.xlsx", "warning"],
      ["netwerk-gent.xlsx", "ok"],
      ["oud.xls", "skipped"],
      ["provincie/netwerk-lier.xlsx", "ok"],
    ]);
    expect(json.issues).toContainEqual(
      expect.objectContaining({
        code: "ANSWER_NOT_IN_LIST",
        file: "netwerk-aalst.xlsx",
        sheet: "Bevraging",
        cell: answerCell(template.spec, "VIS_02"),
      })
    );
    expect(json.issues).toContainEqual(
      expect.objectContaining({ severity: "info", code: "IGNORED_FILE", file: "notities.pdf" })
    );

    // The result is analysable as is, with the Codeboek sheet it carries.
    const analysed = await run("analyze", out, "--json", "-");
    expect(analysed.code).toBe(0);
    const analysis = JSON.parse(analysed.out);
    expect(analysis.source).toMatchObject({ sheet: "Antwoorden", respondents: 3 });
    expect(analysis.items.find((item: { id: string }) => item.id === "VIS_01")).toMatchObject({
      n: 3,
      pctLow: expect.closeTo(100 / 3, 6),
      pctNeutral: expect.closeTo(100 / 3, 6),
      pctHigh: expect.closeTo(100 / 3, 6),
    });
    expect(analysis.issues).not.toContainEqual(
      expect.objectContaining({ code: "DEFAULT_CODEBOOK" })
    );

    // Run again over the existing output: replaced whole, with the same result.
    const again = await run("consolidate", at("retour"), "--out", out);
    expect(again.code).toBe(0);
    expect(again.err).toContain("5 bestanden gelezen, 3 samengevoegd");
    // An output inside the folder that is read is refused before anything is read or written.
    const inside = await run("consolidate", at("retour"), "--out", at("retour", "alles.xlsx"));
    expect(inside.code).toBe(2);
    expect(fs.existsSync(at("retour", "alles.xlsx"))).toBe(false);
  });

  it("takes files and folders together, and reports a path that does not exist", async () => {
    const result = await run(
      "consolidate",
      at("retour", "netwerk-gent.xlsx"),
      at("los"),
      at("bestaat-niet"),
      "--out",
      at("mix.xlsx"),
      "--report",
      at("mix.json"),
      "--lang",
      "en"
    );
    expect(result.code).toBe(0);
    expect(result.err).toContain("2 files read, 1 consolidated, 1 skipped; 2 problems — see");
    const json = JSON.parse(fs.readFileSync(at("mix.json"), "utf8"));
    expect(json.issues.map((issue: { code: string }) => issue.code)).toEqual([
      "FILE_NOT_FOUND",
      "NOT_A_TEMPLATE",
    ]);
  });

  it("exits 1 when no workbook could be consolidated, and still writes the report", async () => {
    const report = at("niets.json");
    const result = await run(
      "consolidate",
      at("retour", "kapot.xlsx"),
      at("los", "vreemd.xlsx"),
      "--out",
      at("niets.xlsx"),
      "--report",
      report
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain("geen enkel ingevuld sjabloon kon samengevoegd worden");
    expect(result.err).toContain("overgeslagen: vreemd.xlsx — NOT_A_TEMPLATE");
    expect(result.err).toContain("2 bestanden gelezen, 0 samengevoegd, 2 overgeslagen");
    expect(fs.existsSync(at("niets.xlsx"))).toBe(false);
    expect(JSON.parse(fs.readFileSync(report, "utf8")).summary.filesConsolidated).toBe(0);

    const empty = fs.mkdtempSync(path.join(dir, "leeg-"));
    const none = await run("consolidate", empty, "--out", at("x.xlsx"));
    expect(none.code).toBe(1);
    expect(none.err).toContain("geen werkmappen (.xlsx) gevonden");
  });

  it("exits 2 without --out or without inputs", async () => {
    expect((await run("consolidate", at("retour"))).code).toBe(2);
    expect((await run("consolidate", "--out", at("x.xlsx"))).code).toBe(2);
  });

  it("uses a codebook given with --codebook", async () => {
    const report = at("preset.json");
    const result = await run(
      "consolidate",
      at("retour", "netwerk-gent.xlsx"),
      "--out",
      at("preset.xlsx"),
      "--report",
      report,
      "--codebook",
      "preset:demos-coordinatoren"
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(report, "utf8")).summary.codebook).toBe(
      "preset:demos-coordinatoren"
    );
  });

  it("shows progress on stderr when asked (a terminal)", async () => {
    let err = "";
    const code = await runConsolidate(
      [at("retour", "netwerk-gent.xlsx"), at("retour", "netwerk-aalst.xlsx")],
      { out: at("progress.xlsx"), lang: "nl", progress: true },
      { stdout: () => undefined, stderr: (text) => (err += text) }
    );
    expect(code).toBe(0);
    expect(err).toContain("1/2 netwerk-aalst.xlsx");
    expect(err).toContain("2/2 netwerk-gent.xlsx\n");
  });
});

describe("netwerkmeter analyze on a filled-in template", () => {
  it("analyses the template as one respondent, with issues at the template's cells", async () => {
    const file = at("retour", "netwerk-aalst.xlsx");
    const result = await run("analyze", file, "--json", "-");
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.out);
    expect(analysis.source).toMatchObject({
      file: "netwerk-aalst.xlsx",
      sheet: "Bevraging",
      respondents: 1,
    });
    expect(analysis.items.find((item: { id: string }) => item.id === "VIS_01")).toMatchObject({
      n: 1,
      counts: { "2": 1 },
    });
    const bad = analysis.issues.filter((issue: { severity: string }) => issue.severity === "error");
    expect(bad).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_LABEL",
        file: "netwerk-aalst.xlsx",
        sheet: "Bevraging",
        cell: answerCell(template.spec, "VIS_02"),
      }),
    ]);
    // The template's own Codeboek sheet is used.
    expect(analysis.issues).not.toContainEqual(
      expect.objectContaining({ code: "DEFAULT_CODEBOOK" })
    );
    expect(result.err).toContain(`Bevraging!${answerCell(template.spec, "VIS_02")}`);
  });

  it("says so when the template holds no answer yet", async () => {
    const file = write(at("leeg-sjabloon.xlsx"), template.bytes);
    const result = await run("analyze", file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "netwerkmeter: leeg-sjabloon.xlsx: het sjabloon bevat nog geen enkel antwoord (kolom C van blad Bevraging).\n"
    );
  });
});
