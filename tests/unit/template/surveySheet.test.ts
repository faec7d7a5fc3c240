/**
 * A returned template whose survey sheet was renamed ("Vragenlijst") or deleted
 * (src/template/surveySheet.ts, readTemplate.ts, and `analyze` on such a file: src/cli/loadInput.ts).
 * The workbooks are the generated template, filled in as Excel saves it, then changed with ExcelJS
 * as a coordinator's Excel would (rename or delete the sheet).
 */
import * as ExcelJS from "exceljs";
import type { Codebook } from "../../../src/analysis/codebook";
import { gridCellAddress, gridFromRows } from "../../../src/analysis/grid";
import { CliError, pickDataSheet, templateOrSheet } from "../../../src/cli/loadInput";
import { findPreset } from "../../../src/presets";
import { DEMOS_PRESET_ID } from "../../../src/presets/demosCoordinatoren";
import { readFilledTemplate } from "../../../src/template/readTemplate";
import { findSurveySheet } from "../../../src/template/surveySheet";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import type { Template } from "./fillTemplate";
import { answerCell, fillAsExcel, makeTemplate } from "./fillTemplate";

jest.setTimeout(60_000);

const codebook: Codebook = findPreset(DEMOS_PRESET_ID)!;
let filled: Uint8Array;
let template: Template;

beforeAll(async () => {
  template = await makeTemplate("nl");
  filled = await fillAsExcel(template, {
    answers: { VIS_01: "Akkoord", VIS_02: 2, OND_01: "Wel nuttig" },
    profile: { name: "Netwerk Lier", inhabitants: 36_000 },
  });
});

/** The filled template with its survey sheet renamed (`to`) or deleted (`to` null). */
async function changeSurveySheet(to: string | null): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(filled) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("Bevraging")!;
  if (to === null) workbook.removeWorksheet(sheet.id);
  else sheet.name = to;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("a renamed survey sheet", () => {
  it("is found by its content and read, with a warning naming the new name", async () => {
    const file = "hernoemd.xlsx";
    const grids = await readXlsx(await changeSurveySheet("Vragenlijst"), file);
    expect(grids.map((grid) => grid.sheet)).not.toContain("Bevraging");
    const { respondent, grid, issues } = readFilledTemplate(grids, { file, codebook });
    expect(respondent).not.toBeNull();
    expect(respondent!.surveySheet).toBe("Vragenlijst");
    expect(respondent!.answered).toBe(3);
    expect(respondent!.values).toMatchObject({
      VIS_01: "Akkoord",
      VIS_02: 2,
      OND_01: "Wel nuttig",
    });
    expect(respondent!.profile.RESP_ID).toBe("Netwerk Lier");
    expect(issues).toEqual([
      {
        severity: "warning",
        code: "TEMPLATE_SHEET_RENAMED",
        message: expect.stringContaining("'Vragenlijst' in plaats van Bevraging/Survey"),
        file,
        sheet: "Vragenlijst",
      },
    ]);
    const column = grid!.rows[0].indexOf("VIS_01");
    expect(grid!.sheet).toBe("Vragenlijst");
    expect(gridCellAddress(grid!, 1, column)).toBe(answerCell(template.spec, "VIS_01"));
  });

  it("is analysed by `analyze` as the template it is", async () => {
    const grids = await readXlsx(await changeSurveySheet("Vragenlijst"), "hernoemd.xlsx");
    const picked = templateOrSheet(
      grids,
      pickDataSheet(grids, undefined, "nl"),
      false,
      codebook,
      "nl"
    );
    expect(picked.grid.sheet).toBe("Vragenlijst");
    expect(picked.issues.map((issue) => issue.code)).toContain("TEMPLATE_SHEET_RENAMED");
  });

  it("is never taken for the Codeboek sheet, which lists the same ids in column A", async () => {
    const grids = await readXlsx(await changeSurveySheet("Vragenlijst"), "hernoemd.xlsx");
    const reordered = [...grids].sort((a, b) =>
      a.sheet === "Codeboek" ? -1 : b.sheet === "Codeboek" ? 1 : 0
    );
    expect(findSurveySheet(reordered, { codebook, byContent: true })?.grid.sheet).toBe(
      "Vragenlijst"
    );
  });

  it("is looked for by content only in a marked template (not in any workbook)", () => {
    const grids = [
      gridFromRows("Lang", [
        ["item", "vraag", "antwoord"],
        ["VIS_01", "…", "Akkoord"],
        ["VIS_02", "…", 4],
        ["VIS_03", "…", 3],
      ]),
    ];
    expect(findSurveySheet(grids, { codebook })).toBeNull();
    const { respondent, issues } = readFilledTemplate(grids, { file: "lang.xlsx", codebook });
    expect(respondent).toBeNull();
    expect(issues.map((issue) => issue.code)).toEqual(["NOT_A_TEMPLATE"]);
  });
});

describe("a deleted survey sheet", () => {
  it("is reported with the sheets the file does have", async () => {
    const file = "geenbevraging.xlsx";
    const grids = await readXlsx(await changeSurveySheet(null), file);
    const { respondent, issues } = readFilledTemplate(grids, { file, codebook });
    expect(respondent).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", code: "TEMPLATE_SHEET_MISSING", file });
    expect(issues[0].message).toContain(
      "(bladen in dit bestand: 'Instructies', 'Netwerk', 'Codeboek', 'Lijsten', '_Netwerkmeter')"
    );
  });

  it("stops `analyze` with that message, not one about the Instructies sheet", async () => {
    const file = "geenbevraging.xlsx";
    const grids = await readXlsx(await changeSurveySheet(null), file);
    const sheet = pickDataSheet(grids, undefined, "en");
    expect(sheet.sheet).toBe("Instructies");
    const run = () => templateOrSheet(grids, sheet, false, codebook, "en");
    expect(run).toThrow(CliError);
    expect(run).toThrow(
      /^geenbevraging\.xlsx: This is a Netwerkmeter template, but the Bevraging\/Survey sheet with the statements is missing: .*\(sheets in this file: 'Instructies', 'Netwerk', 'Codeboek', 'Lijsten', '_Netwerkmeter'\); the file cannot be analysed/
    );
  });
});
