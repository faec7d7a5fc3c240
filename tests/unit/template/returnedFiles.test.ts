/**
 * The per-file protocol both consolidations share (src/template/returnedFiles.ts): order, skipping
 * unreadable files, the file lines and the duplicate flags, with a fake reader (no workbook).
 */
import type { Grid } from "../../../src/analysis/grid";
import type { WorkbookFile } from "../../../src/template/returnedFiles";
import {
  consolidateEachFile,
  flagDuplicates,
  settleFileReports,
} from "../../../src/template/returnedFiles";

const bytes = new Uint8Array([1, 2, 3]);
const grid = (sheet: string): Grid => ({ sheet, rows: [] }) as unknown as Grid;

test("files in natural name order; .xls and unreadable files skipped with an issue", async () => {
  const files: WorkbookFile[] = [
    { name: "netwerk-10.xlsx", bytes },
    { name: "oud.xls", bytes },
    { name: "kapot.xlsx", bytes },
    { name: "netwerk-2.xlsx", bytes },
  ];
  const progress: string[] = [];
  const each = await consolidateEachFile(
    files,
    {
      readWorkbook: async (_bytes, name) => {
        if (name === "kapot.xlsx") throw new Error("bad zip");
        return [grid(name)];
      },
      onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`),
    },
    (file, grids, issues) => {
      if (file.name === "netwerk-10.xlsx")
        issues.push({ severity: "warning", code: "EMPTY_TEMPLATE", message: "x", file: file.name });
      return {
        kept: { file, sheet: grids[0].sheet },
        network: file.name.slice(0, -5),
        read: { version: "1", answered: 3 },
      };
    }
  );
  expect(each.ordered.map((file) => file.name)).toEqual([
    "kapot.xlsx",
    "netwerk-2.xlsx",
    "netwerk-10.xlsx",
    "oud.xls",
  ]);
  expect(progress).toEqual([
    "1/4 kapot.xlsx",
    "2/4 netwerk-2.xlsx",
    "3/4 netwerk-10.xlsx",
    "4/4 oud.xls",
  ]);
  expect(each.kept.map((entry) => entry.sheet)).toEqual(["netwerk-2.xlsx", "netwerk-10.xlsx"]);
  expect(each.perFileIssues.map((issues) => issues.map((issue) => issue.code))).toEqual([
    ["UNREADABLE"],
    [],
    ["EMPTY_TEMPLATE"],
    ["LEGACY_XLS"],
  ]);
  settleFileReports(each.perFile, each.perFileIssues);
  expect(
    each.perFile.map((line) => [line.file, line.status, line.network ?? null, line.issues])
  ).toEqual([
    ["kapot.xlsx", "skipped", null, 1],
    ["netwerk-2.xlsx", "ok", "netwerk-2", 0],
    ["netwerk-10.xlsx", "warning", "netwerk-10", 1],
    ["oud.xls", "skipped", null, 1],
  ]);
});

test("flagDuplicates: every copy flagged with the others' files; null keys never", () => {
  const entry = (name: string, key: string | null) => ({ file: { name, bytes }, key });
  const kept = [
    entry("a.xlsx", "gent"),
    entry("b.xlsx", null),
    entry("c.xlsx", "gent"),
    entry("d.xlsx", "gent"),
    entry("e.xlsx", null),
  ];
  const flags: string[] = [];
  flagDuplicates(
    kept,
    (e) => e.key,
    (e, others) => flags.push(`${e.file.name}: ${others}`)
  );
  expect(flags).toEqual([
    "a.xlsx: c.xlsx, d.xlsx",
    "c.xlsx: a.xlsx, d.xlsx",
    "d.xlsx: a.xlsx, c.xlsx",
  ]);
});
