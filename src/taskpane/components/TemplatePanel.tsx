import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentAdd20Regular } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import { useStrings } from "../i18n";
import type { TaskState } from "../useTask";
import FailureMessage from "./FailureMessage";
import Panel from "./Panel";
import TaskButton from "./TaskButton";
import { viewRoot } from "./styles";

export interface TemplatePanelProps {
  task: TaskState<string[]>;
  onInsert: () => void;
  /** Browser preview: a download button for the workbook with the template. */
  download?: ReactNode;
  /** True when the template goes into a new workbook (the preview) instead of this one. */
  newWorkbook?: boolean;
  /** Preview: the file open in the pane (left as it was), or null when none is open. */
  openedFile?: string | null;
}

const useStyles = makeStyles({
  root: viewRoot(tokens.spacingVerticalM),
  button: { alignSelf: "flex-start" },
});

/**
 * "Nieuw sjabloon": inserts the coordinator template sheets into this workbook (Excel), or makes a
 * new workbook with its own download (browser preview). The success message names visible sheets
 * only (the host leaves out Lijsten and _Netwerkmeter).
 */
const TemplatePanel: FC<TemplatePanelProps> = ({
  task,
  onInsert,
  download,
  newWorkbook,
  openedFile = null,
}) => {
  const styles = useStyles();
  const s = useStrings();
  return (
    <Panel
      level="h2"
      title={s.template.title}
      intro={newWorkbook ? s.template.introNew : s.template.intro}
      className={styles.root}
    >
      <TaskButton
        className={styles.button}
        appearance="primary"
        task={task}
        icon={<DocumentAdd20Regular />}
        label={newWorkbook ? s.template.makeNew : s.template.insert}
        busyLabel={newWorkbook ? s.template.busyNew : s.template.busy}
        onClick={onInsert}
      />
      {task.status === "done" && task.result ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {newWorkbook
                  ? s.template.insertedNew(openedFile)
                  : s.template.inserted(task.result.join(", "))}
              </MessageBarTitle>
              {newWorkbook ? null : s.template.next}
            </MessageBarBody>
          </MessageBar>
          {download}
        </>
      ) : null}
      <FailureMessage task={task} title={s.template.failed} />
    </Panel>
  );
};

export default TemplatePanel;
