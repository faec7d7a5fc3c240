/**
 * Small parts the indicator views share (IndicatorPanel, IndicatorResults): the problems list with
 * the workbook it belongs to, and the options of a drop-down.
 *
 * @example <IndicatorProblems issues={summary.issues} where={where} />
 */
import type { FC, ReactNode } from "react";
import type { Issue } from "../../analysis/issue";
import { useStrings } from "../i18n";
import ProblemsList from "./ProblemsList";

/** Where problems live: the open workbook, and whether its cells can be selected (Excel). */
export interface ProblemsWhere {
  workbookName: string | null;
  isPreview: boolean;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** The problems list of the open workbook (cells selectable inside Excel, text in the preview). */
export const IndicatorProblems: FC<{ issues: readonly Issue[]; where: ProblemsWhere }> = (
  props
) => {
  const s = useStrings().indicators;
  return (
    <ProblemsList
      issues={props.issues}
      currentFile={props.where.workbookName}
      // A measurement with an error is left out of the figures (not "a missing answer").
      errorsHint={props.where.isPreview ? s.errorsHintPreview : s.errorsHint}
      {...(props.where.isPreview
        ? { isPreview: true }
        : { onSelectCell: props.where.onSelectCell })}
    />
  );
};

/** `<option>`s from [value, label] pairs. */
export function choiceOptions(entries: readonly (readonly [string, string])[]): ReactNode {
  return entries.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
