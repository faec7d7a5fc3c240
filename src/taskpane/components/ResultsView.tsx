import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Spinner,
  makeStyles,
  tokens,
  Text,
} from "@fluentui/react-components";
import { ArrowSync20Regular, Options20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { Suspense, lazy, useRef } from "react";
import { useStrings } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";
import type { TaskState } from "../useTask";
import type { RunSummary } from "../../app/host";
import ActionRow from "./ActionRow";
import ChartsPanel from "./ChartsPanel";
import DownloadButton from "./DownloadButton";
import ProblemsList from "./ProblemsList";
import SummaryCards from "./SummaryCards";
import SummaryTable from "./SummaryTable";
import { viewRoot } from "./styles";

/** The chart library is loaded only when there are charts to show (not in the first load). */
const ResultCharts = lazy(() => import(/* webpackChunkName: "result-charts" */ "./ResultCharts"));

export interface ResultsViewProps {
  summary: RunSummary;
  isPreview: boolean;
  /** Preview: the open file's name (its issues need no "in file" line). */
  workbookName?: string | null;
  charts: TaskState<string[]>;
  onInsertCharts: () => void;
  download: TaskState<void>;
  onDownload: () => void;
  onRefresh: () => void;
  onBackToOptions: () => void;
  onSelectCell?: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  root: viewRoot(),
  intro: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  sheets: { color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  summary: { cursor: "pointer", color: tokens.colorBrandForegroundLink },
  sheetList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  accordion: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * Steps 6–7: the first action under the heading (Download in the browser preview, where nothing
 * was written to the user's file; Refresh inside Excel), the summary cards, the charts (Excel) or a
 * compact table (preview), and the analysis notes. Focus lands on the heading when the run finishes.
 */
const ResultsView: FC<ResultsViewProps> = ({
  summary,
  isPreview,
  workbookName,
  charts,
  onInsertCharts,
  download,
  onDownload,
  onRefresh,
  onBackToOptions,
  onSelectCell,
}) => {
  const styles = useStyles();
  const s = useStrings();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);

  return (
    <section className={styles.root} aria-labelledby="results-title">
      <Text as="h2" size={500} weight="semibold" id="results-title" tabIndex={-1} ref={heading}>
        {s.summary.title}
      </Text>
      <ActionRow>
        {isPreview ? (
          // The preview wrote nothing to the user's file: the result is a download, the primary action.
          <DownloadButton task={download} onDownload={onDownload} />
        ) : (
          <Button appearance="primary" icon={<ArrowSync20Regular />} onClick={onRefresh}>
            {s.summary.refresh}
          </Button>
        )}
        <Button icon={<Options20Regular />} onClick={onBackToOptions}>
          {s.summary.backToOptions}
        </Button>
      </ActionRow>
      {summary.sheets.length > 0 ? (
        <div>
          <Body1 as="p" className={styles.intro}>
            {isPreview
              ? s.summary.sheetsReady(summary.sheets.length)
              : s.summary.sheetsWritten(summary.sheets.length)}
          </Body1>
          <details className={styles.sheets}>
            <summary className={styles.summary}>
              <Caption1>{s.summary.showSheets}</Caption1>
            </summary>
            <ul className={styles.sheetList}>
              {summary.sheets.map((sheet) => (
                <li key={sheet}>
                  <Caption1>{sheet}</Caption1>
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}

      {summary.comments ? (
        <Body1 as="p" className={styles.intro}>
          {s.summary.comments(summary.comments)}
        </Body1>
      ) : null}

      <SummaryCards summary={summary} />

      {summary.chartViews && summary.chartViews.length > 0 ? (
        <Suspense fallback={<Spinner size="small" label={s.charts.loading} />}>
          <ResultCharts views={summary.chartViews} />
        </Suspense>
      ) : null}

      {isPreview ? (
        <SummaryTable summary={summary} />
      ) : (
        <ChartsPanel charts={summary.charts} task={charts} onInsert={onInsertCharts} />
      )}

      <Accordion className={styles.accordion} collapsible>
        <AccordionItem value="issues">
          <AccordionHeader as="h3">{s.problems.runTitle(summary.issues.length)}</AccordionHeader>
          <AccordionPanel>
            <ProblemsList
              issues={summary.issues}
              currentFile={workbookName}
              onSelectCell={isPreview ? undefined : onSelectCell}
              isPreview={isPreview}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
};

export default ResultsView;
