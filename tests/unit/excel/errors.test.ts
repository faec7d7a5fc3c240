/**
 * Office.js error codes → WorkbookErrors the user can act on (src/excel/errors.ts), and the UTF-8
 * byte count the write budget uses (src/excel/applyPlan.ts).
 */
import { utf8Bytes } from "../../../src/excel/applyPlan";
import { friendlyWorkbookError } from "../../../src/excel/errors";
import { WorkbookError } from "../../../src/workbook/port";
import { FakeRichApiError, utf8Bytes as fakeUtf8Bytes } from "../../fakes/fakeExcel";

const CODES: [string, string][] = [
  ["InvalidOperationInCellEditMode", "CELL_EDIT_MODE"],
  ["AccessDenied", "SHEET_PROTECTED"],
  ["InactiveWorkbook", "WORKBOOK_INACTIVE"],
  ["RequestPayloadSizeLimitExceeded", "TOO_LARGE"],
  ["ResponsePayloadSizeLimitExceeded", "TOO_LARGE"],
  ["RangeExceedsLimit", "TOO_LARGE"],
  ["ApiNotFound", "EXCEL_TOO_OLD"],
  ["UnsupportedFeature", "EXCEL_TOO_OLD"],
  ["NotImplemented", "EXCEL_TOO_OLD"],
  ["MergedRangeConflict", "RANGE_CONFLICT"],
  ["FilteredRangeConflict", "RANGE_CONFLICT"],
  ["PivotTableRangeConflict", "RANGE_CONFLICT"],
  ["InsertDeleteConflict", "RANGE_CONFLICT"],
  ["Conflict", "WORKBOOK_BUSY"],
  ["RequestAborted", "WORKBOOK_BUSY"],
  ["GeneralException", "EXCEL_ERROR"],
];

describe("friendlyWorkbookError", () => {
  it.each(CODES)("%s becomes %s, in Dutch and English, keeping the cause", (code, ours) => {
    const raw = new FakeRichApiError(code, "raw text from Excel");
    const nl = friendlyWorkbookError(raw, "nl") as WorkbookError;
    const en = friendlyWorkbookError(raw, "en") as WorkbookError;
    expect(nl).toBeInstanceOf(WorkbookError);
    expect(nl.code).toBe(ours);
    expect(en.code).toBe(ours);
    expect(nl.message).not.toBe(en.message);
    expect(nl.message).not.toContain("raw text");
    expect((nl as { cause?: unknown }).cause).toBe(raw);
  });

  it("leaves codes that mean a bug on our side, and WorkbookErrors, as they are", () => {
    const bug = new FakeRichApiError("InvalidArgument", "bad address");
    expect(friendlyWorkbookError(bug, "nl")).toBe(bug);
    const ours = new WorkbookError("al vriendelijk", "NO_DATA");
    expect(friendlyWorkbookError(ours, "en")).toBe(ours);
    const plain = new Error("no code");
    expect(friendlyWorkbookError(plain, "nl")).toBe(plain);
  });
});

describe("utf8Bytes", () => {
  it("counts bytes, not UTF-16 units (worked by hand: é 2, € 3, 😀 4)", () => {
    expect(utf8Bytes("Verschil (€)")).toBe(14);
    expect(utf8Bytes("Geëvalueerd")).toBe(12);
    expect(utf8Bytes("😀")).toBe(4);
    expect(utf8Bytes("")).toBe(0);
    // The fake counts the same way.
    for (const text of ["Verschil (€)", "Geëvalueerd", "😀", "plain"])
      expect(fakeUtf8Bytes(text)).toBe(utf8Bytes(text));
    // Node's own count, as a check on the hand count.
    expect(utf8Bytes("Ĳsselmeer € ✓ 😀")).toBe(Buffer.byteLength("Ĳsselmeer € ✓ 😀", "utf8"));
  });
});
