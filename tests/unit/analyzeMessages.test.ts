import { analyzeMessage } from "../../src/analysis/analyzeMessages";

describe("analyzeMessage", () => {
  it("says a small sample in both languages, singular for one", () => {
    expect(analyzeMessage("nl", { code: "SMALL_N", respondents: 1 })).toBe(
      "Slechts 1 respondent: percentages zijn erg onzeker; lees ze als aantallen."
    );
    expect(analyzeMessage("en", { code: "SMALL_N", respondents: 5 })).toBe(
      "Only 5 respondents: percentages are very uncertain; read them as counts."
    );
  });

  it("formats large numbers in the language's style", () => {
    const facts = { code: "POPULATION_TOO_SMALL", population: 1000, respondents: 1200 } as const;
    expect(analyzeMessage("nl", facts)).toBe(
      "De populatie (1.000) is kleiner dan het aantal respondenten (1.200); controleer de opgegeven populatie."
    );
    expect(analyzeMessage("en", facts)).toBe(
      "The population (1,000) is smaller than the number of respondents (1,200); check the population given."
    );
  });

  it("lists the available columns, or says there are none", () => {
    expect(
      analyzeMessage("nl", {
        code: "GROUP_COLUMN_MISSING",
        column: "REGIO",
        available: ["RESP_ID", "GROOTTE"],
      })
    ).toBe("Groeperingskolom 'REGIO' bestaat niet. Beschikbare kolommen: RESP_ID, GROOTTE.");
    expect(
      analyzeMessage("en", {
        code: "GROUP_COLUMN_MISSING",
        column: "INW",
        available: [],
        bands: true,
      })
    ).toBe("Column 'INW' to split into bands (--bands) does not exist. Available columns: (none).");
  });

  it("counts the cells of a cross-tab with a small expected count, or says some", () => {
    expect(analyzeMessage("nl", { code: "SMALL_EXPECTED_COUNT", by: "REGIO", cells: 1 })).toBe(
      "Kruistabel bestuursstijl × REGIO: 1 cel met verwachte frequentie onder 5; de chi-kwadraattoets is dan onbetrouwbaar."
    );
    expect(analyzeMessage("en", { code: "SMALL_EXPECTED_COUNT", by: "REGIO" })).toBe(
      "Cross-tab governance style × REGIO: some cells with an expected count below 5; the chi-square test is unreliable."
    );
  });
});

describe("a --bands spec that cannot be read", () => {
  it("says how to write it, in the language of the run", () => {
    expect(analyzeMessage("en", { code: "BAD_BANDS", spec: "INW:q1", problem: "quantiles" })).toBe(
      "'INW:q1': the number of quantile groups must be between 2 and 10."
    );
    expect(analyzeMessage("nl", { code: "BAD_BANDS", spec: "INW", problem: "form" })).toBe(
      "'INW': schrijf KOLOM:GRENS,GRENS (bv. INWONERS:15000,50000) of KOLOM:qAANTAL (bv. INWONERS:q3)."
    );
  });
});
