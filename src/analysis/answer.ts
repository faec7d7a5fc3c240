/**
 * Reading one answer cell against a scale: codes (1–5), labels in Dutch or English in any case and
 * with or without accents, "4 - Akkoord" style answers, don't-know answers, blanks. Anything else is
 * rejected with a reason, never clamped or guessed.
 */
import type { CellValue } from "./grid";
import type { Scale } from "./scale";
import { LABEL_ALIASES, isDontKnowAnswer } from "./scale";
import { NormalizedLookup, normalizeText } from "./textMatch";

export type AnswerReading =
  | { kind: "valid"; code: number }
  | { kind: "missing" }
  | { kind: "dontKnow" }
  | { kind: "invalid"; reason: "OUT_OF_RANGE" | "UNKNOWN_LABEL" | "FORMULA_ERROR"; shown: string };

const EXCEL_ERROR =
  /^#(N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;
// "4 - Akkoord", "4 – Akkoord" (en dash), "4. Akkoord", …; the label part must start with a letter:
// "3-4" or "1-6-2016" is not "3" or "1" with a label.
const CODE_AND_LABEL = /^(\d+)\s*[-–=.:)]\s*(\p{L}.*)$/u;

/** Reads answers for one scale; build once per scale and reuse for every cell (fast path). */
export class AnswerReader {
  private readonly labels = new NormalizedLookup<number>();
  private readonly codes: Set<number>;
  /**
   * validDigit[d] = 1 when the one-digit code d is on the scale: quickCode's table, which ingest
   * also reads inline for the commonest cells (a digit as a number or a one-character text).
   */
  readonly validDigit = new Uint8Array(10);

  constructor(readonly scale: Scale) {
    this.codes = new Set(scale.points.map((point) => point.code));
    for (let digit = 0; digit <= 9; digit += 1)
      if (this.codes.has(digit)) this.validDigit[digit] = 1;
    for (const point of scale.points) {
      this.labels.add(point.label.nl, point.code);
      this.labels.add(point.label.en, point.code);
    }
    for (const [alias, code] of Object.entries(LABEL_ALIASES[scale.id] ?? {}))
      this.labels.add(alias, code);
  }

  /**
   * The code of a cell that is a valid answer given as a number or as the digits of a code (the
   * common case: 4.5 million cells for 100,000 respondents), or undefined for anything else, which
   * then goes through {@link read}. Allocates nothing, so ingest stays fast and light on garbage.
   *
   * @example new AnswerReader(resolveScale("AKK5")!).quickCode(" 4") // 4
   */
  quickCode(value: CellValue): number | undefined {
    if (typeof value === "number") {
      if (value >= 0 && value <= 9 && (value | 0) === value)
        return this.validDigit[value] === 1 ? value : undefined;
      return this.codes.has(value) ? value : undefined;
    }
    if (typeof value !== "string") return undefined;
    if (value.length === 1) {
      const digit = value.charCodeAt(0) - 48;
      return digit >= 0 && digit <= 9 && this.validDigit[digit] === 1 ? digit : undefined;
    }
    let start = 0;
    let end = value.length;
    while (start < end && value.charCodeAt(start) === 32) start += 1;
    while (end > start && value.charCodeAt(end - 1) === 32) end -= 1;
    if (end - start !== 1) return undefined;
    const digit = value.charCodeAt(start) - 48;
    return digit >= 0 && digit <= 9 && this.codes.has(digit) ? digit : undefined;
  }

  /**
   * Reads one cell value.
   *
   * @example new AnswerReader(resolveScale("AKK5")!).read("helemaal AKKOORD") // { kind: "valid", code: 5 }
   * @example new AnswerReader(resolveScale("AKK5")!).read(7) // { kind: "invalid", reason: "OUT_OF_RANGE", shown: "7" }
   */
  read(value: CellValue): AnswerReading {
    if (value === null || value === undefined) return { kind: "missing" };
    if (typeof value === "number") return this.readCode(value, String(value));
    if (typeof value === "boolean") {
      // TRUE/FALSE only make sense on a no/yes scale coded 0/1.
      return this.readCode(
        value ? 1 : 0,
        value ? "WAAR" : "ONWAAR",
        this.scale.min === 0 && this.scale.max === 1
      );
    }
    if (value instanceof Date)
      return { kind: "invalid", reason: "UNKNOWN_LABEL", shown: value.toISOString().slice(0, 10) };
    const text = value.trim();
    if (text === "") return { kind: "missing" };
    if (EXCEL_ERROR.test(text)) return { kind: "invalid", reason: "FORMULA_ERROR", shown: text };
    if (NUMBER_TEXT.test(text)) return this.readCode(Number(text.replace(",", ".")), text);
    const byLabel = this.labels.get(text);
    if (byLabel !== undefined) return { kind: "valid", code: byLabel };
    if (isDontKnowAnswer(text)) return { kind: "dontKnow" };
    const codeAndLabel = CODE_AND_LABEL.exec(text);
    if (codeAndLabel) {
      const code = Number(codeAndLabel[1]);
      const labelCode = this.labels.get(codeAndLabel[2]);
      if (this.codes.has(code) && (labelCode === undefined || labelCode === code))
        return { kind: "valid", code };
    }
    return { kind: "invalid", reason: "UNKNOWN_LABEL", shown: text };
  }

  private readCode(code: number, shown: string, allowed = true): AnswerReading {
    if (allowed && this.codes.has(code)) return { kind: "valid", code };
    return { kind: "invalid", reason: "OUT_OF_RANGE", shown };
  }
}

/** The labels a person may type for a scale, for messages ("kies 1–5 of: Helemaal niet akkoord, …"). */
export function describeAllowedAnswers(scale: Scale, language: "nl" | "en"): string {
  const codes = `${scale.min}–${scale.max}`;
  const labels = scale.points.map((point) => point.label[language]).join(", ");
  const joined =
    normalizeText(labels) === normalizeText(scale.points.map((p) => String(p.code)).join(" "));
  if (joined) return codes;
  return language === "nl" ? `${codes} of ${labels}` : `${codes} or ${labels}`;
}
