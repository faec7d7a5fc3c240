import {
  Body1,
  Button,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircle20Regular,
  ErrorCircle16Regular,
  Info16Regular,
  Warning16Regular,
} from "@fluentui/react-icons";
import type { FC, ReactElement } from "react";
import { Fragment, useState } from "react";
import type { Issue, IssueSeverity } from "../../analysis/issue";
import { useStrings } from "../i18n";
import { plainList } from "./styles";

export interface ProblemsListProps {
  issues: readonly Issue[];
  /** Selects the offending cell; without it (browser preview) the cell is shown as text. */
  onSelectCell?: (sheet: string, cell: string) => void;
  /**
   * The open workbook's file name: its issues are in this workbook (no "in file" line, and their
   * cells can be selected). Issues from other files (consolidation) show their file, cells as text.
   */
  currentFile?: string | null;
  /** How many problems of one severity to show before "Toon alle". */
  initialPerGroup?: number;
  /**
   * Browser preview: nothing can be changed here, so a problem with a row shows that row in
   * context (network, column, statement, answer) on a click, and the hint says where to fix it.
   */
  isPreview?: boolean;
  /**
   * The line under the errors: what an error does and how to fix it. Default: the survey's (an
   * answer with an error counts as missing).
   */
  errorsHint?: string;
}

const SEVERITIES: IssueSeverity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupTitle: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  message: { overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
  link: { alignSelf: "flex-start", textAlign: "left" },
  none: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorPaletteGreenForeground1,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: "flex-start" },
  who: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  rowCard: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  rowTerm: { color: tokens.colorNeutralForeground3 },
  rowValue: { margin: 0, overflowWrap: "anywhere" },
});

/**
 * The problems found in the data or the analysis, grouped by severity. Each is a list item with
 * the message and, when it has a cell, a link that selects that cell in Excel.
 */
const ProblemsList: FC<ProblemsListProps> = ({
  issues,
  onSelectCell,
  currentFile,
  initialPerGroup = 25,
  isPreview = false,
  errorsHint,
}) => {
  const styles = useStyles();
  const s = useStrings();
  const [expanded, setExpanded] = useState<Partial<Record<IssueSeverity, boolean>>>({});
  const [openRow, setOpenRow] = useState<string | null>(null);

  if (issues.length === 0) {
    return (
      <Body1 as="p" className={styles.none}>
        <CheckmarkCircle20Regular aria-hidden />
        {s.problems.none}
      </Body1>
    );
  }

  const icons: Record<IssueSeverity, ReactElement> = {
    error: <ErrorCircle16Regular aria-hidden className={styles.error} />,
    warning: <Warning16Regular aria-hidden className={styles.warning} />,
    info: <Info16Regular aria-hidden className={styles.info} />,
  };

  return (
    <div className={styles.root}>
      {SEVERITIES.map((severity) => {
        const group = issues.filter((issue) => issue.severity === severity);
        if (group.length === 0) return null;
        const shown = expanded[severity] ? group : group.slice(0, initialPerGroup);
        const titleId = `problems-${severity}`;
        return (
          <section key={severity} className={styles.group} aria-labelledby={titleId}>
            <Subtitle2 as="h3" id={titleId} className={styles.groupTitle}>
              {icons[severity]}
              {s.problems[severity](group.length)}
            </Subtitle2>
            {severity === "error" ? (
              <Caption1 as="p" className={styles.hint}>
                {errorsHint ?? (isPreview ? s.problems.errorsHintPreview : s.problems.errorsHint)}
              </Caption1>
            ) : null}
            <ul className={styles.list} aria-labelledby={titleId}>
              {shown.map((issue, index) => {
                const otherFile = issue.file && issue.file !== currentFile ? issue.file : null;
                const key = `${issue.code}-${issue.file ?? ""}-${issue.sheet ?? ""}-${issue.cell ?? ""}-${index}`;
                const context = issue.context;
                const inWords =
                  context?.value !== undefined && context.column !== undefined
                    ? s.problems.answerProblem(issue.code, context.value, context.column)
                    : null;
                const rowId = `problem-row-${severity}-${index}`;
                return (
                  <li key={key} className={styles.item}>
                    {inWords && context ? (
                      <>
                        {context.respondent ? (
                          <Body1 className={styles.who}>
                            {s.problems.who(context.respondent)}
                            {context.statement ? `: “${context.statement}”` : ""}
                          </Body1>
                        ) : null}
                        <Body1 className={styles.message}>{inWords}</Body1>
                        {context.allowed ? (
                          <Caption1 className={styles.where}>
                            {s.problems.allowed(context.allowed)}
                          </Caption1>
                        ) : null}
                      </>
                    ) : (
                      <Body1 className={styles.message}>{issue.message}</Body1>
                    )}
                    {isPreview && context?.row !== undefined && !otherFile ? (
                      <>
                        <Link
                          className={styles.link}
                          aria-expanded={openRow === key}
                          aria-controls={rowId}
                          onClick={() => setOpenRow(openRow === key ? null : key)}
                        >
                          {s.problems.showRow(context.row)}
                        </Link>
                        {openRow === key ? (
                          <dl
                            id={rowId}
                            className={styles.rowCard}
                            aria-label={s.problems.rowTitle(context.row)}
                          >
                            {(
                              [
                                [s.problems.rowLabels.network, context.respondent],
                                [s.problems.rowLabels.column, context.column],
                                [s.problems.rowLabels.statement, context.statement],
                                [s.problems.rowLabels.value, context.value],
                                [s.problems.rowLabels.allowed, context.allowed],
                              ] as const
                            )
                              .filter(([, value]) => value !== undefined && value !== "")
                              .map(([term, value]) => (
                                <Fragment key={term}>
                                  <dt className={styles.rowTerm}>
                                    <Caption1>{term}</Caption1>
                                  </dt>
                                  <dd className={styles.rowValue}>
                                    <Caption1>{value}</Caption1>
                                  </dd>
                                </Fragment>
                              ))}
                          </dl>
                        ) : null}
                      </>
                    ) : null}
                    {otherFile ? (
                      <Caption1 className={styles.where}>{s.problems.inFile(otherFile)}</Caption1>
                    ) : null}
                    {issue.sheet && issue.cell && !(isPreview && context?.row !== undefined) ? (
                      onSelectCell && !otherFile ? (
                        <Link
                          className={styles.link}
                          onClick={() => onSelectCell(issue.sheet as string, issue.cell as string)}
                        >
                          {s.problems.goToCell(s.common.cellRef(issue.sheet, issue.cell))}
                        </Link>
                      ) : (
                        <Caption1 className={styles.where}>
                          {s.problems.cellText(s.common.cellRef(issue.sheet, issue.cell))}
                        </Caption1>
                      )
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {shown.length < group.length ? (
              <Button
                className={styles.more}
                appearance="subtle"
                size="small"
                onClick={() => setExpanded((e) => ({ ...e, [severity]: true }))}
              >
                {s.problems.showAll(group.length)}
              </Button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
};

export default ProblemsList;
