import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Card,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular, Settings20Regular } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import type { IndicatorSummary } from "../../app/host";
import { useStrings } from "../i18n";
import type { IndicatorFlow } from "../useIndicators";
import { IndicatorProblems, type ProblemsWhere } from "./IndicatorParts";
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
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
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
    <section className={styles.root} aria-labelledby="indicator-results-title">
      <Subtitle1 as="h2" id="indicator-results-title">
        {s.resultTitle(summary.period)}
      </Subtitle1>
      <Body1 as="p" className={styles.muted}>
        {s.written(summary.sheets, summary.charts.length)}
      </Body1>
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
      <div className={styles.actions}>
        <Button appearance="primary" icon={<ArrowSync20Regular />} onClick={flow.refresh}>
          {s.refresh}
        </Button>
        <Button icon={<Settings20Regular />} onClick={flow.backToOptions}>
          {s.backToOptions}
        </Button>
      </div>
      <Accordion collapsible defaultOpenItems={summary.issues.length > 0 ? ["issues"] : []}>
        <AccordionItem value="issues">
          <AccordionHeader as="h3">
            {strings.problems.runTitle(summary.issues.length)}
          </AccordionHeader>
          <AccordionPanel>
            <IndicatorProblems issues={summary.issues} where={props.where} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
};

export default IndicatorResults;
