/** commandOptions (src/cli/commandOptions.ts): the shared --lang option and option hand-over. */
import { Command } from "commander";
import { languageOption, optionValues } from "../../../src/cli/commandOptions";

test("--lang accepts nl and en, Dutch by default", () => {
  const parse = (...argv: string[]) =>
    new Command()
      .exitOverride()
      .configureOutput({ writeErr: () => undefined })
      .addOption(languageOption("taal"))
      .parse(argv, { from: "user" })
      .opts();
  expect(parse().lang).toBe("nl");
  expect(parse("--lang", "en").lang).toBe("en");
  expect(() => parse("--lang", "fr")).toThrow(/Allowed choices are nl, en/);
});

test("optionValues keeps the named keys in order, absent ones as undefined", () => {
  const values = optionValues({ out: "r.xlsx", lang: "en", extra: 1 }, ["lang", "json", "out"]);
  expect(Object.keys(values)).toEqual(["lang", "json", "out"]);
  expect(values).toEqual({ lang: "en", json: undefined, out: "r.xlsx" });
  expect("extra" in values).toBe(false);
});
