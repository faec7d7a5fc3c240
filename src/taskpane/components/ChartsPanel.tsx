import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ChartMultiple20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import type { TaskState } from "../useTask";

export interface ChartsPanelProps {
  /** Charts the last run drew (RunSummary.charts). */
  charts: string[];
  task: TaskState<string[]>;
  onInsert: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "flex-start" },
});

/** Step 7: insert the charts, or refresh them when the run already drew some. */
const ChartsPanel: FC<ChartsPanelProps> = ({ charts, task, onInsert }) => {
  const styles = useStyles();
  const s = useStrings();
  const busy = task.status === "busy";
  const count = task.status === "done" && task.result ? task.result.length : charts.length;
  return (
    <section className={styles.root} aria-labelledby="charts-title">
      <Subtitle2 as="h3" id="charts-title">
        {s.charts.title}
      </Subtitle2>
      <Body1 as="p" className={styles.intro}>
        {count > 0 ? s.charts.inserted(count) : s.charts.intro}
      </Body1>
      <Button
        className={styles.button}
        icon={busy ? <Spinner size="tiny" /> : <ChartMultiple20Regular />}
        disabled={busy}
        onClick={onInsert}
      >
        {busy ? s.charts.busy : count > 0 ? s.charts.refresh : s.charts.insert}
      </Button>
      {task.status === "done" && task.result && task.result.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{s.charts.none}</MessageBarBody>
        </MessageBar>
      ) : null}
      {task.status === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {s.charts.failed} {task.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
};

export default ChartsPanel;
