import {
  DEFAULT_RUN_OPTIONS,
  MemoryMetadataStore,
  METADATA_SCHEMA_VERSION,
  newMetadata,
  parseMetadata,
  readRunOptions,
  serializeMetadata,
} from "../../../src/workbook/metadata";

const metadata = {
  ...newMetadata(
    { kind: "table", table: "tblAntwoorden", sheet: "Antwoorden" },
    { kind: "sheet", sheet: "Codeboek" },
    {
      ...DEFAULT_RUN_OPTIONS,
      groupBy: ["GROOTTE_KLASSE"],
      population: 104,
      columnMapping: { "Vraag 1": "VIS_01", Opmerking: null },
    },
    new Date("2026-03-01T10:00:00Z")
  ),
  ownedSheets: [
    { key: "Overzicht", name: "Overzicht", id: "{S-1}" },
    { key: "Items", name: "Mijn items" },
  ],
  ownedTables: ["NM_Overzicht", "NM_Items"],
};

describe("metadata", () => {
  it("round-trips through its JSON text", () => {
    expect(parseMetadata(serializeMetadata(metadata))).toEqual({ metadata });
    expect(metadata.schemaVersion).toBe(METADATA_SCHEMA_VERSION);
    expect(metadata.savedAt).toBe("2026-03-01T10:00:00.000Z");
  });

  it("is absent, not a problem, when nothing is stored", () => {
    expect(parseMetadata(null)).toEqual({ metadata: null });
    expect(parseMetadata(undefined)).toEqual({ metadata: null });
    expect(parseMetadata("")).toEqual({ metadata: null });
  });

  it("explains what is wrong with an unusable blob, never throws", () => {
    expect(parseMetadata("{not json").problem).toMatch(/onleesbaar/);
    expect(parseMetadata({ hello: 1 }).problem).toMatch(/onbekende vorm/);
    expect(
      parseMetadata({ ...metadata, schemaVersion: 99, toolVersion: "9.0.0" }, "en").problem
    ).toMatch(/newer Netwerkmeter \(9\.0\.0\)/);
    expect(parseMetadata({ ...metadata, input: { kind: "table" } }).problem).toMatch(/invoer/);
  });

  it("fills missing or malformed options with the defaults", () => {
    expect(readRunOptions(undefined)).toEqual(DEFAULT_RUN_OPTIONS);
    expect(
      readRunOptions({
        base: "all",
        rounding: "x",
        minCell: -1,
        groupBy: ["A", 3],
        population: "104",
        language: "en",
        columnMapping: { a: 1, b: "VIS_01" },
      })
    ).toEqual({
      ...DEFAULT_RUN_OPTIONS,
      base: "all",
      groupBy: ["A"],
      language: "en",
      columnMapping: { b: "VIS_01" },
    });
  });

  it("skips owned sheets and charts that lost their fields", () => {
    const parsed = parseMetadata({
      ...metadata,
      ownedSheets: [{ key: "a", name: "A" }, { name: "B" }, "C"],
      charts: [{ name: "x" }],
    }).metadata!;
    expect(parsed.ownedSheets).toEqual([{ key: "a", name: "A" }]);
    expect(parsed.charts).toEqual([]);
  });

  it("MemoryMetadataStore keeps a copy", async () => {
    const store = new MemoryMetadataStore();
    expect(await store.read()).toEqual({ metadata: null });
    await store.write(metadata);
    expect((await store.read()).metadata).toEqual(metadata);
  });
});
