/**
 * Wrong usage in the user's language: commander's own messages are English ("error: unknown
 * option '--bogus'"), which a Dutch-speaking analyst met beside Dutch messages everywhere else
 * (found when the command line was tried as a new user). Each commander error is told again from
 * its code and the names it quotes, in one line with where to look for help.
 */
import type { CommanderError } from "commander";
import type { Language } from "../analysis/language";

/** The texts of InvalidArgumentError thrown by the option parsers (main.ts), by key. */
export const INVALID_VALUE = {
  positive: { nl: "is geen positief geheel getal", en: "is not a positive whole number" },
  nonNegative: { nl: "is geen geheel getal ≥ 0", en: "is not a whole number ≥ 0" },
} as const;

/** The flag of an option as commander quotes it: "--population <n>" → "--population". */
const flagOf = (quoted: string) =>
  quoted.split(/[\s,]+/).find((part) => part.startsWith("--")) ?? quoted;

/**
 * The one-line message (without the "netwerkmeter: " prefix) for a commander usage error.
 *
 * @example usageMessage({ code: "commander.unknownOption", message: "error: unknown option '--bogus'" } as CommanderError, "nl", "analyze")
 * // "onbekende optie '--bogus'; zie netwerkmeter analyze --help."
 */
export function usageMessage(
  error: Pick<CommanderError, "code" | "message">,
  language: Language,
  command: string | null
): string {
  const nl = language === "nl";
  const help = ` ${nl ? "zie" : "see"} netwerkmeter${command ? ` ${command}` : ""} --help.`;
  const text = error.message.replace(/^error:\s*/, "");
  const quoted = [...text.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  switch (error.code) {
    case "commander.unknownOption": {
      const suggestion = /Did you mean (\S+?)\?/.exec(text)?.[1];
      return nl
        ? `onbekende optie '${quoted[0]}'${suggestion ? ` (bedoelt u ${suggestion}?)` : ""};${help}`
        : `unknown option '${quoted[0]}'${suggestion ? ` (did you mean ${suggestion}?)` : ""};${help}`;
    }
    case "commander.unknownCommand":
      return nl
        ? `onbekende opdracht '${quoted[0]}'; kies analyze, indicators, template, consolidate of feedback;${help}`
        : `unknown command '${quoted[0]}'; choose analyze, indicators, template, consolidate or feedback;${help}`;
    case "commander.missingArgument":
      return nl
        ? `het bestand ontbreekt (<${quoted[0]}>);${help}`
        : `the file is missing (<${quoted[0]}>);${help}`;
    case "commander.optionMissingArgument":
      return nl
        ? `${flagOf(quoted[0])} heeft een waarde nodig (${quoted[0]});${help}`
        : `${flagOf(quoted[0])} needs a value (${quoted[0]});${help}`;
    case "commander.missingMandatoryOptionValue":
      return nl
        ? `de optie ${quoted[0]} ontbreekt;${help}`
        : `the option ${quoted[0]} is missing;${help}`;
    case "commander.excessArguments": {
      const [expected, got] = (/Expected (\d+) arguments? but got (\d+)/.exec(text) ?? []).slice(1);
      return nl
        ? `te veel bestanden of waarden (${got ?? "?"} in plaats van ${expected ?? "?"}); zet een pad met spaties tussen aanhalingstekens;${help}`
        : `too many files or values (${got ?? "?"} instead of ${expected ?? "?"}); put a path with spaces in quotes;${help}`;
    }
    case "commander.invalidArgument": {
      const flag = flagOf(quoted[0] ?? "");
      const value = quoted[1] ?? "";
      const choices = /Allowed choices are (.*?)\.?$/.exec(text)?.[1];
      if (choices)
        return nl
          ? `${flag}: '${value}' kan niet; kies uit ${choices};${help}`
          : `${flag}: '${value}' is not allowed; choose from ${choices};${help}`;
      const key = (Object.keys(INVALID_VALUE) as (keyof typeof INVALID_VALUE)[]).find((name) =>
        text.endsWith(name)
      );
      return key
        ? `${flag}: '${value}' ${INVALID_VALUE[key][language]};${help}`
        : `${flag}: '${value}': ${text};${help}`;
    }
    default:
      return `${text};${help}`;
  }
}
