import { Body1, Button, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, Settings20Regular } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import type { IndicatorSummary } from "../../app/host";
import { useStrings } from "../i18n";
import type { IndicatorFlow } from "../useIndicators";
import ActionRow from "./ActionRow";
import { IndicatorProblems, type ProblemsWhere } from "./IndicatorParts";
import Panel from "./Panel";
import { viewRoot } from "./styles";

export interface IndicatorResultsProps {
  summary: IndicatorSummary;
  /** Vernieuwen and back to the options. */
  flow: Pick<IndicatorFlow, "refresh" | "backToOptions">;
  where: ProblemsWhere;
  /** Preview: the download of the workbook with the report sheets. */
  download?: ReactNode;
}

const useStyles = makeStyles({
  root: viewRoot(tokens.spacingVerticalL),
  card: { rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The result of an indicator run: indicators per status (the word, never colour alone), the
 * completeness of the figures, the sheets written, and the problems with their cells.
 */
const IndicatorResults: FC<IndicatorResultsProps> = (props) => {
  const { summary, flow } = props;
  const styles = useStyles();
  const strings = useStrings();
  const s = strings.indicators;
  const { reporting, expected, percent } = summary.completeness;
  return (
    <Panel
      level="h2"
      title={s.resultTitle(summary.period)}
      intro={s.written(summary.sheets, summary.charts.length)}
      className={styles.root}
    >
      {props.download}
      <Card className={styles.card}>
        <Subtitle2 as="h3">{s.statusTitle}</Subtitle2>
        <ul className={styles.list}>
          {summary.statusCounts.map((entry) => (
            <li key={entry.status}>
              <Body1>{s.statusCount(entry.label, entry.count)}</Body1>
            </li>
          ))}
        </ul>
      </Card>
      <Card className={styles.card}>
        <Subtitle2 as="h3">{s.completeness}</Subtitle2>
        <Body1 as="p">{s.completenessValue(reporting, expected, percent)}</Body1>
      </Card>
      <ActionRow>
        {/* The preview has no Vernieuwen: the figures cannot change in the browser. */}
        {props.where.isPreview ? null : (
          <Button appearance="primary" icon={<ArrowSync20Regular />} onClick={flow.refresh}>
            {s.refresh}
          </Button>
        )}
        <Button icon={<Settings20Regular />} onClick={flow.backToOptions}>
          {s.backToOptions}
        </Button>
      </ActionRow>
      <Panel level="h3" title={strings.problems.runTitle(summary.issues.length)}>
        <IndicatorProblems issues={summary.issues} where={props.where} />
      </Panel>
    </Panel>
  );
};

export default IndicatorResults;
