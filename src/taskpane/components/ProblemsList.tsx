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
import { useState } from "react";
import type { Issue, IssueSeverity } from "../../analysis/issue";
import { useStrings } from "../i18n";

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
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
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
}) => {
  const styles = useStyles();
  const s = useStrings();
  const [expanded, setExpanded] = useState<Partial<Record<IssueSeverity, boolean>>>({});

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
                {s.problems.errorsHint}
              </Caption1>
            ) : null}
            <ul className={styles.list} aria-labelledby={titleId}>
              {shown.map((issue, index) => {
                const otherFile = issue.file && issue.file !== currentFile ? issue.file : null;
                return (
                  <li
                    key={`${issue.code}-${issue.file ?? ""}-${issue.sheet ?? ""}-${issue.cell ?? ""}-${index}`}
                    className={styles.item}
                  >
                    <Body1 className={styles.message}>{issue.message}</Body1>
                    {otherFile ? (
                      <Caption1 className={styles.where}>{s.problems.inFile(otherFile)}</Caption1>
                    ) : null}
                    {issue.sheet && issue.cell ? (
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
