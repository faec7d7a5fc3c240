import { ingestMessage, respondentRowName } from "../../src/analysis/ingestMessages";

describe("ingestMessage", () => {
  it("says a rejected answer in Dutch and English, with the allowed answers", () => {
    const facts = {
      code: "OUT_OF_RANGE",
      shown: "7",
      item: "DOE_01",
      scale: "AKK5",
      allowed: "1–5",
    } as const;
    expect(ingestMessage("nl", facts)).toBe(
      "Waarde 7 ligt buiten schaal AKK5 (1–5) bij item DOE_01; als ontbrekend geteld."
    );
    expect(ingestMessage("en", facts)).toBe(
      "Value 7 is outside scale AKK5 (1–5) for item DOE_01; counted as missing."
    );
    expect(ingestMessage("en", { ...facts, code: "FORMULA_ERROR", shown: "#REF!" })).toBe(
      "Formula error '#REF!' for item DOE_01; counted as missing."
    );
  });

  it("writes counts with the language's thousands separator, row numbers as Excel shows them", () => {
    const unlisted = {
      code: "UNKNOWN_LABEL",
      unlisted: 1234,
      column: "VIS_01",
      item: "VIS_01",
    } as const;
    expect(ingestMessage("nl", unlisted)).toBe(
      "Nog 1.234 ongeldige antwoorden (onbekend antwoord) in kolom 'VIS_01' (item VIS_01) niet afzonderlijk vermeld; alle als ontbrekend geteld."
    );
    expect(ingestMessage("en", unlisted)).toMatch(/^1,234 more invalid answers/);
    expect(ingestMessage("nl", { code: "EMPTY_ROW", row: 1234 })).toBe(
      "Rij 1234 heeft geen enkel antwoord en telt niet als respondent."
    );
    expect(ingestMessage("en", { code: "EXTRA_FIELDS", moreRows: 2500 })).toBe(
      "2,500 more rows have values beyond the last column header."
    );
  });

  it("uses the singular for one", () => {
    expect(ingestMessage("nl", { code: "ITEM_NOT_IN_DATA", items: ["VIS_01"] })).toBe(
      "1 item van het codeboek staat niet in de gegevens: VIS_01."
    );
    expect(ingestMessage("en", { code: "ITEM_NOT_IN_DATA", items: ["VIS_01", "VIS_02"] })).toBe(
      "2 codebook items are not in the data: VIS_01, VIS_02."
    );
    expect(ingestMessage("nl", { code: "BLANK_HEADER", cell: "F1", count: 1 })).toBe(
      "Kolom zonder kop (F1 is leeg): 1 waarde wordt niet gebruikt. Geef de kolom een kop of verwijder ze."
    );
  });
});

describe("respondentRowName", () => {
  it("names a respondent by its row, and tells a repeated id apart", () => {
    expect(respondentRowName("nl", 12)).toBe("Rij 12");
    expect(respondentRowName("en", 12)).toBe("Row 12");
    expect(respondentRowName("nl", 12, "Netwerk 3")).toBe("Netwerk 3 (rij 12)");
    expect(respondentRowName("en", 12, "Netwerk 3")).toBe("Netwerk 3 (row 12)");
  });
});
