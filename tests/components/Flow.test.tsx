/** The pure parts behind the task pane: the flow reducer and building RunOptions. */
import { EMPTY_DRAFT, flowReducer, initialFlowState } from "../../src/taskpane/flow";
import { columnMappingFor, toRunOptions, validateDraft } from "../../src/taskpane/runOptions";
import { createFormat } from "../../src/analysis/numberFormat";
import { cellRef } from "../../src/taskpane/cellRef";
import { overview, storedOptions, summary } from "./fakeHost";

describe("flowReducer", () => {
  test("Excel starts detecting, the preview at the start screen", () => {
    expect(initialFlowState("excel").status).toBe("detecting");
    expect(initialFlowState("preview").status).toBe("start");
  });

  test("detected prefills the draft from stored settings, keeping existing columns only", () => {
    const state = flowReducer(initialFlowState("excel"), {
      type: "detected",
      overview,
      stored: { ...storedOptions, groupBy: ["REGIO", "WEG"], columnMapping: { A1: null, X: "A2" } },
    });
    expect(state.status).toBe("ready");
    expect(state.draft).toEqual({
      groupBy: ["REGIO"],
      population: "104",
      base: "all",
      rounding: "legacy",
      minCell: "3",
    });
    expect(state.mapping).toEqual({ A1: null });
  });

  test("a second detect keeps what the user typed", () => {
    let state = flowReducer(initialFlowState("excel"), {
      type: "detected",
      overview,
      stored: null,
    });
    state = flowReducer(state, { type: "editOptions", patch: { population: "120" } });
    state = flowReducer(state, { type: "detecting" });
    state = flowReducer(state, { type: "detected", overview, stored: storedOptions });
    expect(state.draft.population).toBe("120");
  });

  test("progress only counts while running; finishing stores the options", () => {
    let state = flowReducer(initialFlowState("excel"), {
      type: "detected",
      overview,
      stored: null,
    });
    expect(flowReducer(state, { type: "progress", fraction: 0.5, label: "x" })).toBe(state);
    state = flowReducer(state, { type: "running", kind: "run" });
    state = flowReducer(state, { type: "progress", fraction: 1.7, label: "bijna" });
    expect(state.running).toEqual({ kind: "run", fraction: 1, label: "bijna" });
    state = flowReducer(state, { type: "finished", summary, options: storedOptions });
    expect(state.status).toBe("done");
    expect(state.stored).toBe(storedOptions);
    expect(flowReducer(state, { type: "backToOptions" }).status).toBe("ready");
  });

  test("failed remembers the step", () => {
    const state = flowReducer(initialFlowState("excel"), {
      type: "failed",
      step: "detect",
      message: "nope",
    });
    expect(state).toMatchObject({ status: "error", error: { step: "detect", message: "nope" } });
  });
});

describe("runOptions", () => {
  test("validateDraft", () => {
    expect(validateDraft(EMPTY_DRAFT, 77)).toEqual({});
    expect(validateDraft({ ...EMPTY_DRAFT, population: "76" }, 77)).toEqual({
      population: "tooSmall",
    });
    expect(validateDraft({ ...EMPTY_DRAFT, population: "1.234" }, 77)).toEqual({});
    expect(validateDraft({ ...EMPTY_DRAFT, population: "10,5" }, 7)).toEqual({
      population: "invalid",
    });
    expect(validateDraft({ ...EMPTY_DRAFT, minCell: "0" }, 7)).toEqual({ minCell: "invalid" });
    expect(validateDraft({ ...EMPTY_DRAFT, minCell: "" }, 7)).toEqual({ minCell: "invalid" });
  });

  test("toRunOptions parses numbers and refuses invalid drafts", () => {
    expect(toRunOptions({ ...EMPTY_DRAFT, population: "1.234" }, {}, overview, "nl")).toMatchObject(
      {
        population: 1234,
        minCell: 5,
      }
    );
    expect(toRunOptions({ ...EMPTY_DRAFT, minCell: "x" }, {}, overview, "nl")).toBeNull();
  });

  test("columnMapping keeps earlier manual choices and drops no-op changes", () => {
    const withManual = {
      ...overview,
      mapping: [
        ...overview.mapping,
        { column: "L", header: "Eigen", kind: "item" as const, itemId: "A2", automatic: false },
      ],
    };
    expect(columnMappingFor(withManual, { ROL_VIS_FAC: "ROL_VIS_FAC", A1: "A2" })).toEqual({
      A1: "A2",
      Eigen: "A2",
    });
  });
});

describe("formatting", () => {
  test("Dutch decimal comma and thousands point; English point", () => {
    const nl = createFormat("nl");
    const en = createFormat("en");
    expect(nl.decimal(0.7038, 2)).toBe("0,70");
    expect(nl.integer(2709)).toBe("2.709");
    expect(nl.percent(74.038, 1)).toBe("74,0%");
    expect(nl.decimal(null, 1)).toBe("—");
    expect(en.decimal(0.7038, 2)).toBe("0.70");
    expect(en.integer(2709)).toBe("2,709");
  });

  test("cellRef quotes sheet names that need it", () => {
    expect(cellRef("Antwoorden", "K17")).toBe("Antwoorden!K17");
    expect(cellRef("Mijn blad", "K17")).toBe("'Mijn blad'!K17");
    expect(cellRef("O'Brien", "A1")).toBe("'O''Brien'!A1");
    expect(cellRef("AB12", "A1")).toBe("'AB12'!A1");
    expect(cellRef("Coördinatoren", "A1")).toBe("Coördinatoren!A1");
  });
});
