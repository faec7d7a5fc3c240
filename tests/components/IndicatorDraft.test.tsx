import {
  draftFromSettings,
  editDraft,
  EMPTY_INDICATOR_DRAFT,
  perChoices,
  periodChoicesFor,
  toIndicatorSettings,
} from "../../src/taskpane/indicatorDraft";
import { flowReducer, initialFlowState } from "../../src/taskpane/flow";
import { indicatorOverviewFake as overview } from "./fakeIndicators";

describe("indicator options form", () => {
  test("offers the roll-ups the data allows and, for 'as the figures are', the finest of them", () => {
    expect(perChoices(overview)).toEqual(["jaar", "halfjaar", "kwartaal"]);
    expect(periodChoicesFor(overview, "auto")).toEqual(["2026-Q3", "2026-Q2", "2026-Q1"]);
    expect(periodChoicesFor(overview, "jaar")).toEqual(["2026", "2025", "2024"]);
    expect(periodChoicesFor(overview, "maand")).toEqual([]);
  });

  test("stored settings prefill what still exists", () => {
    expect(
      draftFromSettings(
        { period: "2025", per: "jaar", groupBy: ["regio", "weg"], minCell: 2, language: "nl" },
        overview
      )
    ).toEqual({ per: "jaar", period: "2025", groupBy: ["regio"], minCell: "2" });
    expect(
      draftFromSettings(
        { period: "2019", per: "maand", groupBy: [], minCell: 5, language: "nl" },
        overview
      )
    ).toEqual({ per: "auto", period: "latest", groupBy: [], minCell: "5" });
    expect(draftFromSettings(null, overview)).toBe(EMPTY_INDICATOR_DRAFT);
  });

  test("changing the roll-up keeps a period only when the roll-up has it", () => {
    const draft = { ...EMPTY_INDICATOR_DRAFT, period: "2026-Q2" };
    expect(editDraft(draft, { per: "kwartaal" }, overview).period).toBe("2026-Q2");
    expect(editDraft(draft, { per: "jaar" }, overview).period).toBe("latest");
  });

  test("the settings of a run; the smallest group must be a whole number ≥ 0", () => {
    expect(toIndicatorSettings({ ...EMPTY_INDICATOR_DRAFT, minCell: " 0 " }, "en")).toEqual({
      settings: { period: null, per: null, groupBy: [], minCell: 0, language: "en" },
      error: null,
    });
    for (const bad of ["", "-1", "2.5", "vijf"])
      expect(toIndicatorSettings({ ...EMPTY_INDICATOR_DRAFT, minCell: bad }, "nl").error).toBe(
        "minCell"
      );
  });

  test("the flow counts detects, also across opening another file", () => {
    let state = flowReducer(initialFlowState("preview"), { type: "opening", name: "a.xlsx" });
    state = flowReducer(state, { type: "detecting" });
    expect(state.detections).toBe(1);
    state = flowReducer(state, { type: "opening", name: "b.xlsx" });
    expect(state.detections).toBe(1);
    expect(flowReducer(state, { type: "detecting" }).detections).toBe(2);
  });
});
