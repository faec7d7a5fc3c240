/**
 * Pieces of the command tree that several `netwerkmeter` commands share (src/cli/main.ts): the
 * `--lang` option and the hand-over of parsed option values to a command's run function. Kept
 * small and free of the engine so `netwerkmeter --help` stays fast.
 *
 * @example
 * program.command("indicators").addOption(languageOption("taal van het rapport"))
 *   .action(async (input, options) => run(input, optionValues(options, ["lang", "out"]), io));
 */
import type { OptionValues } from "commander";
import { Option } from "commander";

/**
 * `--lang nl|en`, Dutch by default: the language of what the command writes (report, template,
 * messages); `description` says which.
 *
 * @example new Command("template").addOption(languageOption("taal van het sjabloon"))
 */
export function languageOption(description: string): Option {
  return new Option("--lang <lang>", description).choices(["nl", "en"]).default("nl");
}

/**
 * The values of the named options, in that order, each key present (undefined when not given):
 * commander already names them as the run functions' option objects do (`--group-by` → groupBy),
 * so a command hands them over without copying field by field.
 *
 * @example optionValues({ lang: "en", out: "r.xlsx", json: undefined }, ["lang", "json"]) // { lang: "en", json: undefined }
 */
export function optionValues<K extends string>(
  options: OptionValues,
  keys: readonly K[]
): Record<K, OptionValues[string]> {
  const values = {} as Record<K, OptionValues[string]>;
  for (const key of keys) values[key] = options[key];
  return values;
}
