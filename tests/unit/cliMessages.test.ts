import { cliMessage } from "../../src/cli/cliMessages";

describe("cliMessage", () => {
  test("file-system problems name the path, in Dutch and English", () => {
    expect(cliMessage("nl", { code: "FILE_NOT_FOUND", path: "a.xlsx" })).toBe(
      "a.xlsx: bestand niet gevonden."
    );
    expect(cliMessage("en", { code: "UNREADABLE", path: "a.xlsx" })).toBe(
      "a.xlsx: cannot be read (unknown error)."
    );
    expect(cliMessage("nl", { code: "UNREADABLE", path: "a.xlsx", reason: "EIO" })).toBe(
      "a.xlsx: kan niet gelezen worden (EIO)."
    );
  });

  test("counts through the one number formatter, singular for one", () => {
    expect(
      cliMessage("nl", { code: "FEEDBACK_WRITTEN", workbooks: 1, outDir: "uit", minCell: 5 })
    ).toBe(
      "1 terugkoppeling geschreven in uit (één werkmap per netwerk; groepen kleiner dan 5 netwerken niet getoond)."
    );
    expect(
      cliMessage("en", { code: "FEEDBACK_WRITTEN", workbooks: 1200, outDir: "out", minCell: 5 })
    ).toBe(
      "1,200 feedback workbooks written to out (one per network; groups smaller than 5 networks not shown)."
    );
    // Reproduced from a feedback run on three networks: "1 soort problemen in de invoer".
    expect(cliMessage("en", { code: "FEEDBACK_PROBLEMS", kinds: 1 })).toBe(
      "1 kind of problem in the input (invalid cells count as missing):"
    );
    expect(cliMessage("nl", { code: "FEEDBACK_PROBLEMS", kinds: 1 })).toBe(
      "1 soort probleem in de invoer (ongeldige cellen tellen als ontbrekend):"
    );
    expect(cliMessage("nl", { code: "FEEDBACK_PROBLEMS", kinds: 3 })).toBe(
      "3 soorten problemen in de invoer (ongeldige cellen tellen als ontbrekend):"
    );
  });
});
