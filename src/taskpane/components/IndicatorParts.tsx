/**
 * Small parts the indicator views share (IndicatorPanel, IndicatorResults): the problems list with
 * the workbook it belongs to, and the options of a drop-down.
 *
 * @example <IndicatorProblems issues={summary.issues} where={where} />
 */
import type { FC, ReactNode } from "react";
import type { Issue } from "../../analysis/issue";
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
) => (
  <ProblemsList
    issues={props.issues}
    currentFile={props.where.workbookName}
    {...(props.where.isPreview ? { isPreview: true } : { onSelectCell: props.where.onSelectCell })}
  />
);

/** `<option>`s from [value, label] pairs. */
export function choiceOptions(entries: readonly (readonly [string, string])[]): ReactNode {
  return entries.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
