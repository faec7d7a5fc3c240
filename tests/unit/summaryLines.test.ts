/** The few sentences that summarise a run (src/analysis/summaryLines.ts), in Dutch and English. */
import type { AnalysisResult } from "../../src/analysis/results";
import { summaryLines } from "../../src/analysis/summaryLines";

/** Only the parts summaryLines reads; the figures are made up, the words are the point. */
function result(respondents: number): AnalysisResult {
  return {
    source: { file: "antwoorden.xlsx", sheet: "Antwoorden", respondents, codebook: "preset" },
    items: [{ id: "VIS_01" }],
    population: 2000,
    responseRate: (100 * respondents) / 2000,
    governance: {
      domains: [
        { domain: "visie", dominantRole: "coproducent", roles: [] },
        { domain: "doelstellingen", dominantRole: "gemengd", roles: [] },
        { domain: "acties", dominantRole: null, roles: [] },
      ],
    },
    participation: null,
    scales: [],
  } as unknown as AnalysisResult;
}

describe("summaryLines", () => {
  test("the dominant role per domain with the labels of analysis/labels.ts, not raw ids", () => {
    expect(summaryLines(result(77), "nl")[2]).toBe(
      "Dominante rol van de coördinator — Visie: coproducent; Doelstellingen: gemengd; Acties: —."
    );
    expect(summaryLines(result(77), "en")[2]).toBe(
      "Dominant coordinator role — Vision: co-producer; Objectives: mixed; Actions: —."
    );
  });

  test("counts through the one number formatter, with the singular for one", () => {
    expect(summaryLines(result(1234), "nl").slice(0, 2)).toEqual([
      "antwoorden.xlsx [Antwoorden]: 1.234 respondenten, 1 item (codeboek preset).",
      "Responsgraad: 61,7% (1.234 van 2.000).",
    ]);
    expect(summaryLines(result(1), "en")[0]).toBe(
      "antwoorden.xlsx [Antwoorden]: 1 respondent, 1 item (codebook preset)."
    );
  });
});
