/**
 * Issue.context (src/analysis/issue.ts): rejected answers and duplicate networks carry the
 * network, the statement, the column header and the value, so the pane can say the problem in
 * words instead of "bij item VIS_02" and "Cel Antwoorden!H31".
 */
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";

describe("issue context", () => {
  const codebook = demosCoordinatorenCodebook();
  const dataset = ingest(
    gridFromRows(
      "Antwoorden",
      [
        ["RESP_ID", "VIS_01", "VIS_02"],
        ["CS 06", 7, "misschien"],
        ["CS 06", 4, 4],
      ],
      "netwerken.xlsx"
    ),
    codebook
  );
  const label = (id: string) => codebook.items.find((item) => item.id === id)!.label;

  it("an out-of-range answer: network, statement, column, value, allowed answers, row", () => {
    const issue = dataset.issues.find((candidate) => candidate.code === "OUT_OF_RANGE")!;
    expect(issue.cell).toBe("B2");
    expect(issue.context).toEqual({
      respondent: "CS 06",
      item: "VIS_01",
      statement: label("VIS_01"),
      column: "VIS_01",
      value: "7",
      allowed: expect.stringContaining("1"),
      row: 2,
    });
  });

  it("an unknown label and a duplicate network", () => {
    expect(
      dataset.issues.find((candidate) => candidate.code === "UNKNOWN_LABEL")!.context
    ).toMatchObject({ respondent: "CS 06", item: "VIS_02", value: "misschien", row: 2 });
    expect(
      dataset.issues.find((candidate) => candidate.code === "DUPLICATE_RESPONDENT")!.context
    ).toEqual({ respondent: "CS 06", column: "RESP_ID", value: "CS 06", row: 3 });
  });
});
