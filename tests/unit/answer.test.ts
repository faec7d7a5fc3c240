/**
 * Reading one answer cell (src/analysis/answer.ts): ARCHITECTURE §3.3 "Answer cells may hold codes
 * (1–5) or labels in Dutch or English, in any case, with or without accents. Blank is missing;
 * weet niet, n.v.t., nvt, geen antwoord, don't know, n/a are don't-know. A value outside the scale
 * is an issue …, never silently dropped or clamped."
 */
import { AnswerReader, describeAllowedAnswers } from "../../src/analysis/answer";
import { BUILT_IN_SCALES, resolveScale } from "../../src/analysis/scale";

const akk5 = new AnswerReader(BUILT_IN_SCALES.AKK5);
const inz5 = new AnswerReader(BUILT_IN_SCALES.INZ5);
const nut2 = new AnswerReader(BUILT_IN_SCALES.NUT2);
const jn = new AnswerReader(BUILT_IN_SCALES.JN);
const suc5 = new AnswerReader(BUILT_IN_SCALES.SUC5);

const valid = (code: number) => ({ kind: "valid", code });

describe("codes", () => {
  test("numbers on the scale are valid codes", () => {
    for (const code of [1, 2, 3, 4, 5]) expect(akk5.read(code)).toEqual(valid(code));
    expect(nut2.read(0)).toEqual(valid(0));
    expect(nut2.read(1)).toEqual(valid(1));
  });

  test('codes typed as text: "3", " 4 ", "+5", "2,0", "1.0"', () => {
    expect(akk5.read("3")).toEqual(valid(3));
    expect(akk5.read(" 4 ")).toEqual(valid(4));
    expect(akk5.read("+5")).toEqual(valid(5));
    expect(akk5.read("2,0")).toEqual(valid(2));
    expect(akk5.read("1.0")).toEqual(valid(1));
  });

  test("a numeric range scale reads its own codes", () => {
    const tenPoint = new AnswerReader(resolveScale("0-10")!);
    expect(tenPoint.read(0)).toEqual(valid(0));
    expect(tenPoint.read("10")).toEqual(valid(10));
    expect(tenPoint.read(11)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "11" });
  });
});

describe("labels", () => {
  test.each([
    ["Helemaal niet akkoord", 1],
    ["helemaal NIET akkoord", 1],
    ["Niet akkoord", 2],
    ["niet  akkoord ", 2],
    ["NEUTRAAL", 3],
    ["Neutraal", 3],
    ["Néutraal", 3],
    ["akkoord", 4],
    ["Akkoord", 4],
    ["helemaal AKKOORD", 5],
    ["Strongly disagree", 1],
    ["DISAGREE", 2],
    ["neutral", 3],
    ["Agree", 4],
    ["strongly agree", 5],
    ["Helemaal oneens", 1],
    ["eens", 4],
  ])("AKK5 %p → %p", (text, code) => {
    expect(akk5.read(text)).toEqual(valid(code));
  });

  test("INZ5 labels, with the comma of 'Noch zwak, noch sterk' optional", () => {
    expect(inz5.read("Zeer zwakke inzet")).toEqual(valid(1));
    expect(inz5.read("zwakke inzet")).toEqual(valid(2));
    expect(inz5.read("noch zwak noch sterk")).toEqual(valid(3));
    expect(inz5.read("Sterke Inzet")).toEqual(valid(4));
    expect(inz5.read("very strong effort")).toEqual(valid(5));
  });

  test("NUT2 and JN labels in Dutch and English", () => {
    expect(nut2.read("Niet nuttig")).toEqual(valid(0));
    expect(nut2.read("wel nuttig")).toEqual(valid(1));
    expect(nut2.read("Useful")).toEqual(valid(1));
    expect(nut2.read("not useful")).toEqual(valid(0));
    expect(jn.read("Ja")).toEqual(valid(1));
    expect(jn.read("nee")).toEqual(valid(0));
    expect(jn.read("YES")).toEqual(valid(1));
    expect(jn.read("No")).toEqual(valid(0));
    expect(jn.read("neen")).toEqual(valid(0));
  });

  test("SUC5 labels with accents typed or not", () => {
    expect(suc5.read("Zeer succesvol")).toEqual(valid(5));
    expect(suc5.read("zéér SUCCESVOL")).toEqual(valid(5));
    expect(suc5.read("niet succesvol")).toEqual(valid(1));
  });

  test('"4 - Akkoord" style: code and matching label', () => {
    expect(akk5.read("4 - Akkoord")).toEqual(valid(4));
    expect(akk5.read("1 = Helemaal niet akkoord")).toEqual(valid(1));
    expect(akk5.read("5. helemaal akkoord")).toEqual(valid(5));
    expect(akk5.read("3) Neutraal")).toEqual(valid(3));
    expect(inz5.read("2 – Zwakke inzet")).toEqual(valid(2));
  });

  test('"5 - Akkoord" (code and label disagree) is rejected, not guessed', () => {
    expect(akk5.read("5 - Akkoord")).toEqual({
      kind: "invalid",
      reason: "UNKNOWN_LABEL",
      shown: "5 - Akkoord",
    });
  });

  test('"3-4" (an answer between two points) and "1-6-2016" are rejected, not read as 3 or 1', () => {
    expect(akk5.read("3-4")).toEqual({ kind: "invalid", reason: "UNKNOWN_LABEL", shown: "3-4" });
    expect(akk5.read("1-6-2016")).toEqual({
      kind: "invalid",
      reason: "UNKNOWN_LABEL",
      shown: "1-6-2016",
    });
  });
});

describe("don't know and missing", () => {
  test.each([
    "weet niet",
    "Weet Niet",
    "n.v.t.",
    "N.V.T.",
    "nvt",
    "geen antwoord",
    "don't know",
    "Don’t know",
    "n/a",
    "N/A",
  ])("%p → dontKnow on AKK5 and on JN", (text) => {
    expect(akk5.read(text)).toEqual({ kind: "dontKnow" });
    expect(jn.read(text)).toEqual({ kind: "dontKnow" });
  });

  test("null, empty and white-space-only cells are missing", () => {
    expect(akk5.read(null)).toEqual({ kind: "missing" });
    expect(akk5.read("")).toEqual({ kind: "missing" });
    expect(akk5.read("   ")).toEqual({ kind: "missing" });
    expect(akk5.read("\t\n")).toEqual({ kind: "missing" });
  });
});

describe("rejected values (never clamped)", () => {
  test("out of range: 7, 0, 3.5, -1 and their text forms", () => {
    expect(akk5.read(7)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "7" });
    expect(akk5.read(0)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "0" });
    expect(akk5.read(3.5)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "3.5" });
    expect(akk5.read(-1)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "-1" });
    expect(akk5.read("7")).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "7" });
    expect(akk5.read("3,5")).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "3,5" });
    expect(nut2.read(2)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "2" });
    expect(akk5.read(NaN)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "NaN" });
  });

  test('unknown label: "misschien"', () => {
    expect(akk5.read("misschien")).toEqual({
      kind: "invalid",
      reason: "UNKNOWN_LABEL",
      shown: "misschien",
    });
    expect(akk5.read("  misschien ")).toEqual({
      kind: "invalid",
      reason: "UNKNOWN_LABEL",
      shown: "misschien",
    });
  });

  test("a label of another scale is unknown here", () => {
    expect(akk5.read("Sterke inzet")).toEqual({
      kind: "invalid",
      reason: "UNKNOWN_LABEL",
      shown: "Sterke inzet",
    });
    expect(nut2.read("Akkoord")).toEqual({
      kind: "invalid",
      reason: "UNKNOWN_LABEL",
      shown: "Akkoord",
    });
  });

  test.each([
    "#N/A",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#n/a",
  ])("Excel error %p → FORMULA_ERROR (not don't-know, although #N/A looks like n/a)", (text) => {
    expect(akk5.read(text)).toEqual({ kind: "invalid", reason: "FORMULA_ERROR", shown: text });
  });

  test("booleans: TRUE/FALSE are 1/0 on a 0/1 scale (JN, NUT2), out of range on AKK5", () => {
    expect(jn.read(true)).toEqual(valid(1));
    expect(jn.read(false)).toEqual(valid(0));
    expect(nut2.read(true)).toEqual(valid(1));
    expect(akk5.read(true)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "WAAR" });
    expect(akk5.read(false)).toEqual({ kind: "invalid", reason: "OUT_OF_RANGE", shown: "ONWAAR" });
  });

  test("a Date (an answer cell auto-formatted as a date) is invalid, shown as its ISO day", () => {
    expect(akk5.read(new Date(Date.UTC(2016, 5, 1)))).toEqual({
      kind: "invalid",
      reason: "UNKNOWN_LABEL",
      shown: "2016-06-01",
    });
  });
});

describe("describeAllowedAnswers", () => {
  test("names the codes and labels in the user's language; a numeric range only its codes", () => {
    expect(describeAllowedAnswers(BUILT_IN_SCALES.AKK5, "nl")).toBe(
      "1–5 of Helemaal niet akkoord, Niet akkoord, Neutraal, Akkoord, Helemaal akkoord"
    );
    expect(describeAllowedAnswers(BUILT_IN_SCALES.NUT2, "en")).toBe("0–1 or Not useful, Useful");
    expect(describeAllowedAnswers(resolveScale("1-6")!, "nl")).toBe("1–6");
  });
});
