import { reportedPeriod } from "../../../src/indicators/reportedPeriod";

describe("reportedPeriod: the period asked for, checked against the roll-up", () => {
  it("reads a period of the asked roll-up, or of any when none is asked", () => {
    expect(reportedPeriod("2025-Q4", "kwartaal")).toEqual({
      kind: "period",
      period: { type: "kwartaal", year: 2025, index: 4 },
    });
    expect(reportedPeriod("2025", undefined)).toEqual({
      kind: "period",
      period: { type: "jaar", year: 2025, index: 1 },
    });
  });

  it("names a period of another roll-up a mismatch, with both", () => {
    expect(reportedPeriod("2025-Q4", "jaar")).toEqual({
      kind: "mismatch",
      period: { type: "kwartaal", year: 2025, index: 4 },
      per: "jaar",
    });
  });

  it("says when the text is no period", () => {
    expect(reportedPeriod("Q4", undefined)).toEqual({ kind: "unreadable" });
    expect(reportedPeriod("", "jaar")).toEqual({ kind: "unreadable" });
  });
});
