import {
  InputError,
  inputErrorMessage,
  isInputError,
  type InputErrorCode,
} from "../../src/analysis/inputError";

const ALL_CODES: InputErrorCode[] = [
  "EMPTY_FILE",
  "TOO_LARGE",
  "NOT_XLSX",
  "LEGACY_XLS",
  "ENCRYPTED",
  "CORRUPT",
  "CSV_UNCLOSED_QUOTE",
  "NO_DATA",
  "SHEET_NOT_FOUND",
];

describe("InputError", () => {
  it("carries code, file, sheet and cell, and names the location in its message", () => {
    const error = new InputError("NO_DATA", { file: "a.xlsx", sheet: "Data", cell: "C3" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
    expect(error).toMatchObject({ code: "NO_DATA", file: "a.xlsx", sheet: "Data", cell: "C3" });
    expect(error.message).toBe(
      'a.xlsx, blad "Data", cel C3: het bestand bevat geen gegevens; alle cellen zijn leeg.'
    );
    expect(
      new InputError("NO_DATA", { file: "a.xlsx", sheet: "Data", cell: "C3" }, "en").message
    ).toBe('a.xlsx, sheet "Data", cell C3: the file contains no data; every cell is empty.');
  });

  it.each(ALL_CODES)("has a one-line Dutch and English message for %s", (code) => {
    for (const language of ["nl", "en"] as const) {
      const message = inputErrorMessage(code, { file: "f.xlsx" }, language);
      expect(message.startsWith("f.xlsx: ")).toBe(true);
      expect(message.length).toBeGreaterThan("f.xlsx: ".length + 10);
      expect(message).not.toMatch(/[\r\n]/);
    }
  });

  it("is recognised by isInputError, also across module copies", () => {
    expect(isInputError(new InputError("EMPTY_FILE", { file: "x" }))).toBe(true);
    const lookalike = Object.assign(new Error("x: ..."), {
      name: "InputError",
      code: "EMPTY_FILE",
    });
    expect(isInputError(lookalike)).toBe(true);
    expect(isInputError(new Error("boom"))).toBe(false);
    expect(isInputError("InputError")).toBe(false);
  });
});
