/**
 * A1-style ranges (src/xlsx/cellRanges.ts), corners and sizes worked by hand: XFD is column
 * 24·676 + 6·26 + 4 = 16,384 (index 16,383); BA is 2·26 + 1 = 53 (index 52).
 */
import { area, parseCorner, parseRanges } from "../../../src/xlsx/cellRanges";

describe("cellRanges", () => {
  it("reads corners, with whole columns and rows reaching the sheet's edge", () => {
    expect(parseCorner("B12", false)).toEqual([11, 1]);
    expect(parseCorner("$XFD$1048576", true)).toEqual([1048575, 16383]);
    expect(parseCorner("G", true)).toEqual([1048575, 6]);
    expect(parseCorner("3", false)).toEqual([2, 0]);
    expect(parseCorner("3", true)).toEqual([2, 16383]);
    expect(parseCorner("", false)).toBeNull();
    expect(parseCorner("A1B", false)).toBeNull();
  });

  it("reads a list of ranges, leaving sheet names out, and counts their cells", () => {
    const ranges = parseRanges("Blad1!A1:B2 $G:$G,BA1:XFD1048576");
    expect(ranges.map((range) => [range.text, range.first, range.last])).toEqual([
      ["Blad1!A1:B2", [0, 0], [1, 1]],
      ["$G:$G", [0, 6], [1048575, 6]],
      ["BA1:XFD1048576", [0, 52], [1048575, 16383]],
    ]);
    // 2 × 2 = 4; one whole column = 1,048,576; (16,384 − 52) × 1,048,576.
    expect(ranges.map(area)).toEqual([4, 1048576, 16332 * 1048576]);
    expect(area(parseRanges("C3:A1")[0])).toBe(0);
  });
});
