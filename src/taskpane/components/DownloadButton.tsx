import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import type { TaskState } from "../useTask";

export interface DownloadButtonProps {
  task: TaskState<void>;
  onDownload: () => void;
  appearance?: "primary" | "secondary";
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
});

/** Browser preview: "Download resultaat" (the in-browser workbook as .xlsx). */
const DownloadButton: FC<DownloadButtonProps> = ({ task, onDownload, appearance = "primary" }) => {
  const styles = useStyles();
  const s = useStrings();
  const busy = task.status === "busy";
  return (
    <div className={styles.root}>
      <Button
        appearance={appearance}
        icon={busy ? <Spinner size="tiny" /> : <ArrowDownload20Regular />}
        disabled={busy}
        onClick={onDownload}
      >
        {busy ? s.common.downloading : s.common.download}
      </Button>
      {task.status === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>{s.common.downloadFailed}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
};

export default DownloadButton;
