/**
 * The command line's reading of a CSV file (src/cli/loadInput.ts) up to the analysis: the grid it
 * reads is stored by column (src/analysis/columnGrid.ts), and nothing on the way (picking the
 * sheet, choosing the codebook, recognising a template, ingest, the analysis) builds its rows.
 */
import * as fs from "fs";
import { rowArrayGrid } from "../../fakes/rowArrayGrid";
import * as os from "os";
import * as path from "path";
import type { Grid } from "../../../src/analysis/grid";
import { analyseGrid } from "../../../src/app/analyse";
import type { AnalyseSettings } from "../../../src/app/analyse";
import {
  chooseCliCodebook,
  pickDataSheet,
  readGrids,
  templateOrSheet,
} from "../../../src/cli/loadInput";
import { jsonReportPieces } from "../../../src/cli/jsonReport";
import { generateResponses, rowsToCsv } from "../../../scripts/exampleData";

const settings: AnalyseSettings = {
  base: "valid",
  rounding: "exact",
  minCell: 5,
  groupBy: ["GROOTTE_KLASSE"],
  population: null,
  language: "nl",
};

/** The pipeline of `netwerkmeter analyze FILE --json -` from the grids read. */
async function analyseFirst(grids: Grid[]): Promise<string> {
  const sheet = pickDataSheet(grids, undefined, "nl");
  const choice = await chooseCliCodebook(undefined, grids, sheet.file, "nl");
  const picked = templateOrSheet(grids, sheet, false, choice.codebook, "nl");
  const run = analyseGrid(picked.grid, choice, settings, picked.issues);
  return jsonReportPieces(run.result).join("");
}

describe("readGrids on a CSV file", () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-loadinput-"));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("analyses it without building its rows, as the same rows in row arrays", async () => {
    const file = path.join(folder, "antwoorden.csv");
    const rows = generateResponses({ respondents: 300, seed: 5, labelShare: 0.1, badCells: true });
    fs.writeFileSync(file, rowsToCsv(rows, ";"));
    const [stored] = await readGrids(file, "nl");
    expect(stored.columns).toBeDefined();
    const asRows = rowArrayGrid(stored);
    Object.defineProperty(stored, "rows", {
      get: () => {
        throw new Error("the rows of a grid stored by column were built");
      },
    });
    const fromStore = await analyseFirst([stored]);
    expect(fromStore).toBe(await analyseFirst([asRows]));
    expect(JSON.parse(fromStore).population).toBeDefined();
  });
});
