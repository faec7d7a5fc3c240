/**
 * Issue 12, item 4: CSV files that used to lose rows or answers silently. Each case runs the
 * command line on a file generated here and asserts the exit code, the message and that the
 * input's bytes are unchanged.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli as run } from "./runCli";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-csv-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function write(name: string, bytes: Uint8Array | string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return { file, digest: hash(file) };
}

const HEADER = "RESP_ID;GROOTTE_KLASSE;ROL_ACT_FAC;ROL_ACT_COP;ROL_ACT_OPD;VER_01";
const line = (index: number) =>
  `N${index + 1};${index % 2 ? "groot" : "klein"};${1 + (index % 5)};${1 + ((index + 1) % 5)};${1 + ((index + 3) % 5)};${1 + ((index + 2) % 5)}`;
const LINES = Array.from({ length: 30 }, (_, index) => line(index));

async function analyse(file: string) {
  const json = `${file}.json`;
  const result = await run("analyze", file, "--json", json, "--lang", "en");
  const report = result.code === 0 ? JSON.parse(fs.readFileSync(json, "utf8")) : undefined;
  return { ...result, report };
}

function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? "\uFEFF" : "") + text;
  for (let index = 0; index < units.length; index += 1) {
    const code = units.charCodeAt(index);
    const [first, second] = order === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[index * 2] = first;
    bytes[index * 2 + 1] = second;
  }
  return bytes;
}

describe("CSV input (item 4)", () => {
  it("mixed CRLF and LF line ends: all 30 respondents, not 10", async () => {
    const text = `${[HEADER, ...LINES.slice(0, 10)].join("\r\n")}\r\n${LINES.slice(10).join("\n")}\n`;
    const { file, digest } = write("gemengd.csv", text);
    const result = await analyse(file);
    expect(result.code).toBe(0);
    expect(result.report.source.respondents).toBe(30);
    expect(hash(file)).toBe(digest);
  });

  it("fields beyond the header: one warning per row, naming the first extra cell", async () => {
    const lines = [HEADER, ...LINES.slice(0, 5)];
    lines[2] += ";5;extra";
    lines[4] += ";1";
    const { file, digest } = write("te-veel.csv", lines.join("\n"));
    const result = await analyse(file);
    expect(result.code).toBe(0);
    const extra = result.report.issues.filter(
      (issue: { code: string }) => issue.code === "EXTRA_FIELDS"
    );
    expect(extra).toEqual([
      {
        severity: "warning",
        code: "EXTRA_FIELDS",
        message:
          "Row 3 has 2 values beyond the last column header (from G3); they are not used. Check the separator or a shifted row.",
        file: "te-veel.csv",
        sheet: "te-veel",
        cell: "G3",
      },
      expect.objectContaining({ code: "EXTRA_FIELDS", cell: "G5" }),
    ]);
    expect(hash(file)).toBe(digest);
  });

  it("a column with a blank header is a warning naming the header cell", async () => {
    const lines = [HEADER.replace("GROOTTE_KLASSE", ""), ...LINES.slice(0, 4)];
    const { file, digest } = write("lege-kop.csv", lines.join("\n"));
    const result = await analyse(file);
    expect(result.code).toBe(0);
    expect(result.report.issues).toContainEqual({
      severity: "warning",
      code: "BLANK_HEADER",
      message:
        "Column without a header (B1 is blank): 4 values are not used. Give the column a header or delete it.",
      file: "lege-kop.csv",
      sheet: "lege-kop",
      cell: "B1",
    });
    expect(hash(file)).toBe(digest);
  });

  it.each([
    ["le", true],
    ["le", false],
    ["be", true],
    ["be", false],
  ] as const)(
    "UTF-16 %s (byte order mark: %s) is decoded: 30 respondents, answers known",
    async (order, bom) => {
      const text = `${[HEADER.replace(/;/g, "\t"), ...LINES.map((entry) => entry.replace(/;/g, "\t"))].join("\r\n")}\r\n`;
      const { file, digest } = write(`utf16-${order}-${bom}.csv`, utf16(text, order, bom));
      const result = await analyse(file);
      expect(result.code).toBe(0);
      expect(result.report.source.respondents).toBe(30);
      const item = result.report.items.find((entry: { id: string }) => entry.id === "ROL_ACT_FAC");
      expect(item.n).toBe(30);
      expect(hash(file)).toBe(digest);
    }
  );

  it("UTF-16 that is not valid (an odd number of bytes) is refused: exit 1, one line", async () => {
    const bytes = utf16(`${HEADER}\n${LINES[0]}\n`, "le", true);
    const { file, digest } = write("half.csv", bytes.subarray(0, bytes.length - 1));
    const result = await analyse(file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "netwerkmeter: half.csv: the text cannot be read as UTF-16; save the file as CSV UTF-8 (Excel: Save As > CSV UTF-8).\n"
    );
    expect(hash(file)).toBe(digest);
  });
});
