/**
 * The issue codes are a public contract (docs/json-report.md): every code of the closed union
 * IssueCode (src/analysis/issue.ts, including InputErrorCode) is listed in the document.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The string literals of one `export type NAME = | "A" | "B" …;` union. */
function unionCodes(source: string, name: string): string[] {
  const start = source.indexOf(`export type ${name} =`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = source.slice(start, source.indexOf(";", start));
  return [...body.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "").matchAll(/"([A-Z_]+)"/g)].map(
    (match) => match[1]
  );
}

describe("issue codes", () => {
  const codes = [
    ...unionCodes(read("src/analysis/issue.ts"), "IssueCode"),
    ...unionCodes(read("src/analysis/inputError.ts"), "InputErrorCode"),
  ];

  test("the union is closed and reads as expected", () => {
    expect(read("src/analysis/issue.ts")).not.toMatch(/IssueCode\s*\|\s*string/);
    expect(codes).toContain("OUT_OF_RANGE");
    expect(codes).toContain("ZIP_BOMB");
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("every code is listed in docs/json-report.md", () => {
    const doc = read("docs/json-report.md");
    expect(codes.filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });
});
