/**
 * The issues a publish adds to a run's own (survey or indicators): an output sheet that took
 * another name because a user's sheet had it (info), and what the adapter could not do but did
 * not stop the publish (warnings, e.g. a chart feature the host lacks). One rule for both runs.
 *
 * @example publishIssues(plan, applied, "nl") // [] when every sheet kept its name
 */
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { ApplyResult, PublishPlan } from "../workbook/port";
import { appMessage } from "./messages";

export function publishIssues(
  plan: Pick<PublishPlan, "renamed">,
  applied: Pick<ApplyResult, "warnings">,
  language: Language
): Issue[] {
  const renamed: Issue[] = plan.renamed.map((entry) => ({
    severity: "info" as const,
    code: "OUTPUT_SHEET_RENAMED",
    message: appMessage(language, {
      code: "OUTPUT_SHEET_RENAMED",
      wanted: entry.wanted,
      used: entry.used,
    }),
    sheet: entry.used,
  }));
  const warnings: Issue[] = applied.warnings.map((warning) => ({
    severity: "warning" as const,
    code: "OUTPUT_WARNING",
    message: warning,
  }));
  return [...renamed, ...warnings];
}
