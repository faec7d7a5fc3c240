/**
 * Group-by candidates (src/analysis/groupCandidates.ts) and personal columns
 * (src/analysis/personalColumns.ts): what "Uitsplitsen naar" offers.
 */
import type { BackgroundColumn } from "../../src/analysis/dataset";
import { classifyColumn, groupCandidates } from "../../src/analysis/groupCandidates";
import {
  isPersonalColumn,
  isPersonalHeader,
  looksLikeContact,
} from "../../src/analysis/personalColumns";

const column = (id: string, values: (string | null)[], header = id): BackgroundColumn => ({
  id,
  header,
  column: 0,
  values,
});

describe("personal columns", () => {
  it.each([
    "INGEVULD_DOOR",
    "Ingevuld door",
    "Naam",
    "E-mail",
    "E-mail coördinator",
    "GSM",
    "Telefoonnummer",
    "Contactpersoon",
    "Filled in by",
  ])("'%s' is personal by its header", (header) => expect(isPersonalHeader(header)).toBe(true));
  it.each([
    "Naam netwerk",
    "RESP_ID",
    "REGIO",
    "Grootteklasse",
    "Aantal inwoners",
    "Bron",
    "Datum",
  ])("'%s' is not personal", (header) => expect(isPersonalHeader(header)).toBe(false));
  it("contact values: e-mail and phone numbers, not dates or counts", () => {
    expect(looksLikeContact("an.peeters@gent.be")).toBe(true);
    expect(looksLikeContact("+32 9 266 50 00")).toBe(true);
    expect(looksLikeContact("0475/12.34.56")).toBe(true);
    expect(looksLikeContact("0475123456")).toBe(true);
    expect(looksLikeContact("2026-03-01")).toBe(false);
    expect(looksLikeContact("01/03/2026")).toBe(false);
    expect(looksLikeContact("15000")).toBe(false);
    expect(looksLikeContact("262000")).toBe(false);
  });
  it("a column is personal by content when at least half its values are contact data", () => {
    expect(isPersonalColumn("Contact", ["an@gent.be", null, "bo@aalst.be", "?"])).toBe(true);
    expect(isPersonalColumn("Info", ["an@gent.be", "x", "y"])).toBe(false);
  });
});

describe("classifyColumn", () => {
  it("2–20 values: categorical; one value: constant", () => {
    expect(classifyColumn(column("GROOTTE_KLASSE", ["klein", "groot", "klein", null]))).toBe(
      "categorical"
    );
    expect(classifyColumn(column("JAAR", ["2025", "2025", "2025"]))).toBe("constant");
  });
  it("numbers with more than 20 values are offered for banding; texts with more are not offered", () => {
    const inhabitants = Array.from({ length: 62 }, (_, i) => String(5000 + i * 1000));
    expect(classifyColumn(column("INWONERS", inhabitants))).toBe("numeric");
    const names = Array.from({ length: 25 }, (_, i) => `Gemeente ${i}`);
    expect(classifyColumn(column("GEMEENTE", names))).toBe("tooManyValues");
  });
  it("every network its own value: an identifier; numbers are bandable from 6 networks on", () => {
    expect(classifyColumn(column("GEMEENTE", ["Gent", "Aalst", "Lier"]))).toBe("identifier");
    expect(classifyColumn(column("INWONERS", ["12000", "262000", "35000"]))).toBe("identifier");
    const six = ["9000", "12000", "15000", "30000", "80000", "262000"];
    expect(classifyColumn(column("INWONERS", six))).toBe("numeric");
  });

  it("two networks (a first consolidation): nothing to split by, groups of one say nothing", () => {
    expect(classifyColumn(column("GROOTTE_KLASSE", ["klein", "groot"]))).toBe("identifier");
    expect(classifyColumn(column("INWONERS", ["9000", "80000"]))).toBe("identifier");
    expect(classifyColumn(column("REGIO", ["Gent", "Gent"]))).toBe("constant");
  });
  it("never the network id, provenance columns, dates or personal columns", () => {
    expect(classifyColumn(column("RESP_ID", ["a", "b", "a"]))).toBe("identifier");
    expect(classifyColumn(column("Bron", ["n1.xlsx", "n2.xlsx", "n1.xlsx"]))).toBe("provenance");
    expect(classifyColumn(column("Sjabloonversie", ["1", "2", "1"]))).toBe("provenance");
    expect(classifyColumn(column("Peildatum", ["2026-03-01", "2026-03-02", "2026-03-01"]))).toBe(
      "date"
    );
    expect(classifyColumn(column("INGEVULD_DOOR", ["An", "Bo", "An"]))).toBe("personal");
  });
});

describe("groupCandidates", () => {
  it("after a consolidation: only the columns that make sense, in sheet order", () => {
    const inhabitants = Array.from({ length: 30 }, (_, i) => String(5000 + i * 7000));
    const size = inhabitants.map((_, i) => (i < 12 ? "klein" : "groot"));
    const region = inhabitants.map((_, i) => ["Gent", "Aalst", "Lier"][i % 3]);
    const candidates = groupCandidates([
      column(
        "Bron",
        inhabitants.map((_, i) => `netwerk-${i}.xlsx`)
      ),
      column(
        "Datum",
        inhabitants.map(() => "2026-03-01")
      ),
      column(
        "RESP_ID",
        inhabitants.map((_, i) => `N${i}`)
      ),
      column("INWONERS", inhabitants),
      column("GROOTTE_KLASSE", size),
      column("REGIO", region),
      column(
        "INGEVULD_DOOR",
        inhabitants.map((_, i) => `Persoon ${i % 4}`)
      ),
    ]);
    expect(candidates).toEqual([
      { id: "INWONERS", header: "INWONERS", kind: "numeric", distinct: 30 },
      { id: "GROOTTE_KLASSE", header: "GROOTTE_KLASSE", kind: "categorical", distinct: 2 },
      { id: "REGIO", header: "REGIO", kind: "categorical", distinct: 3 },
    ]);
  });
});
