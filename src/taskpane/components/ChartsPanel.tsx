import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ChartMultiple20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import type { TaskState } from "../useTask";
import Panel from "./Panel";
import TaskButton from "./TaskButton";
import { column } from "./styles";

export interface ChartsPanelProps {
  /** Charts the last run drew (RunSummary.charts). */
  charts: string[];
  task: TaskState<string[]>;
  onInsert: () => void;
}

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  button: { alignSelf: "flex-start" },
});

/** Step 7: insert the charts, or refresh them when the run already drew some. */
const ChartsPanel: FC<ChartsPanelProps> = ({ charts, task, onInsert }) => {
  const styles = useStyles();
  const s = useStrings();
  const count = task.status === "done" && task.result ? task.result.length : charts.length;
  return (
    <Panel
      level="h3"
      title={s.charts.title}
      intro={count > 0 ? s.charts.inserted(count) : s.charts.intro}
      className={styles.root}
    >
      <TaskButton
        className={styles.button}
        task={task}
        icon={<ChartMultiple20Regular />}
        label={count > 0 ? s.charts.refresh : s.charts.insert}
        busyLabel={s.charts.busy}
        onClick={onInsert}
      />
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
    </Panel>
  );
};

export default ChartsPanel;
