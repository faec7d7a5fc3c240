import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import type { TaskState } from "../useTask";
import TaskButton from "./TaskButton";

export interface DownloadButtonProps {
  task: TaskState<void>;
  onDownload: () => void;
  appearance?: "primary" | "secondary";
  /** What is downloaded ("Download sjabloon"); default "Download resultaat". */
  label?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
});

/** Browser preview: "Download resultaat" (the in-browser workbook as .xlsx), or another label. */
const DownloadButton: FC<DownloadButtonProps> = ({
  task,
  onDownload,
  appearance = "primary",
  label,
}) => {
  const styles = useStyles();
  const s = useStrings();
  return (
    <div className={styles.root}>
      <TaskButton
        appearance={appearance}
        task={task}
        icon={<ArrowDownload20Regular />}
        label={label ?? s.common.download}
        busyLabel={s.common.downloading}
        onClick={onDownload}
      />
      {task.status === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>{s.common.downloadFailed}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
};

export default DownloadButton;
