/**
 * The period to report on, as a user asked for it: a period text ("2025-Q4") read and checked
 * against the roll-up asked for ("per kwartaal"). One rule for the command line (`--period`,
 * `--per`) and the task pane, each of which words the refusal in its own terms.
 *
 * @example
 * reportedPeriod("2025-Q4", "kwartaal") // { kind: "period", period: { type: "kwartaal", year: 2025, index: 4 } }
 * reportedPeriod("2025-Q4", "jaar")     // { kind: "mismatch", period: …, per: "jaar" }
 * reportedPeriod("Q4", undefined)       // { kind: "unreadable" }
 */
import type { Period, PeriodType } from "./period";
import { parsePeriod } from "./period";

export type ReportedPeriod =
  | { kind: "period"; period: Period }
  | { kind: "unreadable" }
  | { kind: "mismatch"; period: Period; per: PeriodType };

export function reportedPeriod(text: string, per: PeriodType | undefined): ReportedPeriod {
  const period = parsePeriod(text);
  if (!period) return { kind: "unreadable" };
  if (per && period.type !== per) return { kind: "mismatch", period, per };
  return { kind: "period", period };
}
