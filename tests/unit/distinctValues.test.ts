/**
 * Distinct values of a column (src/analysis/distinctValues.ts) and the column checks that use them
 * (personal data, free text, one spelling per group): the same answers as on the full column.
 */
import { decodeDistinct, encodeDistinct } from "../../src/analysis/distinctValues";
import { isPersonalColumn, isPersonalDistinct } from "../../src/analysis/personalColumns";
import { isFreeTextColumn, isFreeTextDistinct } from "../../src/analysis/comments";
import { unifiedSpellings, unifySpellings } from "../../src/analysis/ingest";

const identity = (value: string | null) => value;

describe("encodeDistinct / decodeDistinct", () => {
  it("keeps each different value once, in order of first appearance, with its count", () => {
    const distinct = encodeDistinct(["klein", null, "groot", "klein", "klein"], identity);
    expect(distinct.values).toEqual(["klein", "groot"]);
    expect(distinct.counts).toEqual([3, 1]);
    expect([...distinct.codes]).toEqual([0, -1, 1, 0, 0]);
    expect(decodeDistinct(distinct)).toEqual(["klein", null, "groot", "klein", "klein"]);
  });
  it("converts each raw value once; raw values with the same text share one entry", () => {
    const converted: unknown[] = [];
    const distinct = encodeDistinct([7, " 7", 7, "", 7], (value) => {
      converted.push(value);
      const text = String(value).trim();
      return text === "" ? null : text;
    });
    expect(converted).toEqual([7, " 7", ""]);
    expect(distinct.values).toEqual(["7"]);
    expect(distinct.counts).toEqual([4]);
    expect([...distinct.codes]).toEqual([0, 0, 0, -1, 0]);
  });
  it("decodes with other texts per distinct value", () => {
    const distinct = encodeDistinct(["a", "b", null, "a"], identity);
    expect(decodeDistinct(distinct, ["A", "B"])).toEqual(["A", "B", null, "A"]);
  });
  it("an empty column", () => {
    const distinct = encodeDistinct([], identity);
    expect(distinct).toEqual({ values: [], counts: [], codes: new Int32Array(0) });
    expect(decodeDistinct(distinct)).toEqual([]);
  });
});

describe("column checks on distinct values agree with the full column", () => {
  const columns: (string | null)[][] = [
    ["an@gent.be", null, "bo@aalst.be", "?"],
    ["an@gent.be", "x", "y"],
    ["an@gent.be", "an@gent.be", "x", "y"],
    ["an@gent.be", "x", "x", "y"],
    [null, null],
    [
      "We werken nauw samen met het OCMW en de scholen.",
      "We werken nauw samen met het OCMW en de scholen.",
      "kort",
      null,
    ],
    ["Dit is een wat langere zin van wel dertig tekens", "ok", "ok"],
  ];
  it.each(columns.map((values) => [values]))("%j", (values) => {
    const distinct = encodeDistinct(values, identity);
    expect(isPersonalDistinct("Info", distinct)).toBe(isPersonalColumn("Info", values));
    expect(isFreeTextDistinct("Vraag 12", distinct)).toBe(isFreeTextColumn("Vraag 12", values));
  });
  it("counts repeated values as often as they occur", () => {
    // 2 of 4 are e-mail addresses (personal); 1 of 3 distinct values would not be.
    expect(isPersonalDistinct("Info", encodeDistinct(columns[2], identity))).toBe(true);
    expect(isPersonalDistinct("Info", encodeDistinct(columns[3], identity))).toBe(false);
    // 2 of 3 answers are a sentence of 48 characters: mean length (48 + 48 + 4) / 3 ≥ 30.
    expect(isFreeTextDistinct("Vraag 12", encodeDistinct(columns[5], identity))).toBe(true);
  });
  it("the header decides first", () => {
    expect(isPersonalDistinct("E-mail", encodeDistinct(["x"], identity))).toBe(true);
    expect(isFreeTextDistinct("Toelichting", encodeDistinct(["x"], identity))).toBe(true);
    expect(isFreeTextDistinct("GEMEENTE", encodeDistinct(columns[5], identity), true)).toBe(false);
  });
  it("one spelling per group: the most common, the first seen on a tie", () => {
    expect(unifiedSpellings(["Klein", "groot", "klein", "KLEIN"], [1, 4, 3, 1])).toEqual([
      "klein",
      "groot",
      "klein",
      "klein",
    ]);
    expect(unifySpellings(["Klein", "klein", "klein", null])).toEqual([
      "klein",
      "klein",
      "klein",
      null,
    ]);
    expect(unifiedSpellings(["-", "—", "?"])).toEqual(["-", "—", "?"]);
    expect(unifiedSpellings(["Klein", "groot", "klein ", "KLEIN", "Groot"])).toEqual([
      "Klein",
      "groot",
      "Klein",
      "Klein",
      "groot",
    ]);
    expect(unifySpellings(["klein ", null, "Klein", "KLEIN"])).toEqual([
      "klein ",
      null,
      "klein ",
      "klein ",
    ]);
  });
});
