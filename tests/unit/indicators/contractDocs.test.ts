/**
 * docs/indicators.md is the shared contract (shared/domain/INDICATORS.md) plus one section of our
 * own, "Uitbreidingen op het gedeelde contract / Extensions" (issue 8): every issue code the
 * indicator engine and the monitoring templates raise is documented there or in the contract's §3,
 * no code of ours leaks into the contract's sections, and, where the shared contract is reachable
 * (this machine's /work/shared, or $NETWERKMETER_SHARED), §1–4 are the contract word for word.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const HEADING = "## Uitbreidingen op het gedeelde contract / Extensions";

const doc = read("docs/indicators.md");
const at = doc.indexOf(HEADING);
const contractPart = doc.slice(0, at);
const extensions = doc.slice(at);

/** Code literals ("IND_…", "GROUP_COLUMN_MISSING") in source files, comments left out. */
function sourceCodes(files: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const file of files) {
    const source = read(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    for (const match of source.matchAll(/"([A-Z][A-Z0-9]*_[A-Z0-9_]+)"/g)) codes.add(match[1]);
  }
  return [...codes].sort();
}

const codesIn = (text: string) =>
  new Set([...text.matchAll(/`([A-Z][A-Z0-9]*_[A-Z0-9_]+)`/g)].map((match) => match[1]));

describe("docs/indicators.md", () => {
  test("one extensions section, the last one", () => {
    expect(at).toBeGreaterThan(0);
    expect(doc.indexOf(HEADING, at + 1)).toBe(-1);
    expect(extensions.slice(HEADING.length)).not.toMatch(/^## /m);
  });

  test("every code raised in src/indicators (and every IND_ code anywhere) is documented", () => {
    const indicatorFiles = fs
      .readdirSync(path.join(ROOT, "src", "indicators"))
      .filter((name) => name.endsWith(".ts"))
      .map((name) => path.join("src", "indicators", name));
    const codes = sourceCodes(indicatorFiles);
    expect(codes).toContain("IND_DUPLICATE");
    expect(codes).toContain("GROUP_COLUMN_MISSING");
    const everywhere = sourceCodes(
      fs
        .readdirSync(path.join(ROOT, "src"), { recursive: true })
        .map(String)
        .filter((name) => name.endsWith(".ts"))
        .map((name) => path.join("src", name))
    ).filter((code) => code.startsWith("IND_"));
    expect(everywhere).toContain("IND_NOT_WHOLE");
    const documented = codesIn(doc);
    expect([...new Set([...codes, ...everywhere])].filter((code) => !documented.has(code))).toEqual(
      []
    );
  });

  test("our codes are in the extensions section only, the contract's in §3 only", () => {
    const contractCodes = codesIn(contractPart);
    // The codes the extensions' table adds (its rows start with the code).
    const ours = new Set(
      [...extensions.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((match) => match[1])
    );
    expect([...ours].filter((code) => contractCodes.has(code))).toEqual([]);
    for (const code of ["IND_BAD_DATE", "IND_NOT_WHOLE", "DUPLICATE_UNIT", "MIXED_TEMPLATES"])
      expect(ours).toContain(code);
    expect(contractPart).not.toMatch(/`bestand`|`cel`/);
    expect(extensions).toMatch(/`bestand` \/ `file` and `cel` \/ `cell`/);
  });

  const shared = [process.env.NETWERKMETER_SHARED, "/work/shared"].find(
    (folder) => folder && fs.existsSync(path.join(folder, "domain", "INDICATORS.md"))
  );
  (shared ? test : test.skip)("§1–4 are the shared contract (ignoring table alignment)", () => {
    const flat = (text: string) => text.replace(/[\s|-]+/g, "");
    const contract = fs.readFileSync(path.join(shared!, "domain", "INDICATORS.md"), "utf8");
    expect(flat(contractPart)).toBe(flat(contract));
  });
});
