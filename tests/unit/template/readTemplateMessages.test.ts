import {
  monitoringTemplateMessage,
  readTemplateMessage,
} from "../../../src/template/readTemplateMessages";

describe("monitoringTemplateMessage", () => {
  test("figures in the language's style: a Dutch message writes 2,5 and 1.234", () => {
    expect(monitoringTemplateMessage("nl", { code: "IND_NOT_WHOLE", value: 2.5 })).toBe(
      "2,5 is geen geheel getal; het sjabloon vraagt gehele getallen ≥ 0. De rij is niet overgenomen in Metingen; verbeter het bestand en voeg opnieuw samen."
    );
    expect(monitoringTemplateMessage("en", { code: "IND_NOT_WHOLE", value: 2.5 })).toBe(
      "2.5 is not a whole number; the template asks for whole numbers ≥ 0. The row is left out of Metingen; correct the file and consolidate again."
    );
    expect(
      monitoringTemplateMessage("nl", {
        code: "IND_NUMERATOR_GT_DENOMINATOR",
        numerator: 1234,
        denominator: 9,
      })
    ).toMatch(/^Teller 1\.234 is groter dan noemer 9\. De rij/);
  });
});

describe("readTemplateMessage", () => {
  test("each language names the marker sheet and the don't-know choice in its own words", () => {
    const marker = {
      code: "TEMPLATE_NOT_MARKED",
      metaSheet: { nl: "_Netwerkmeter", en: "_Netwerkmeter" },
      column: "A",
    } as const;
    expect(readTemplateMessage("en", marker)).toBe(
      "The template has no Netwerkmeter marker (hidden sheet _Netwerkmeter); its version is unknown. The answers were read by the item ids in column A."
    );
    const answer = {
      code: "ANSWER_NOT_IN_LIST",
      shown: "misschien",
      item: "VIS_01",
      allowed: "1–5",
      dontKnow: { nl: "Weet niet", en: "Don't know" },
    } as const;
    expect(readTemplateMessage("nl", answer)).toBe(
      "Antwoord 'misschien' bij item VIS_01 staat niet in de keuzelijst (verwacht 1–5 of Weet niet); telt als ontbrekend."
    );
    expect(readTemplateMessage("en", answer)).toBe(
      "Answer 'misschien' to item VIS_01 is not one of the choices (expected 1–5 or Don't know); counted as missing."
    );
  });
});
