/**
 * Small parts the indicator views share (IndicatorPanel, IndicatorResults,
 * MonitoringTemplatePanel): a failure bar, the problems list with the workbook it belongs to, and
 * the options of a drop-down.
 *
 * @example <FailureBar title={s.failed}>{task.error}</FailureBar>
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FC, ReactNode } from "react";
import type { Issue } from "../../analysis/issue";
import ProblemsList from "./ProblemsList";

/** Where problems live: the open workbook, and whether its cells can be selected (Excel). */
export interface ProblemsWhere {
  workbookName: string | null;
  isPreview: boolean;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** An error message bar with a title. */
export const FailureBar: FC<{ title: string; children?: ReactNode }> = (props) => (
  <MessageBar intent="error" layout="multiline">
    <MessageBarBody>
      <MessageBarTitle>{props.title}</MessageBarTitle>
      {props.children}
    </MessageBarBody>
  </MessageBar>
);

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
