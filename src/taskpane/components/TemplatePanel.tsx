import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentAdd20Regular } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import { useStrings } from "../i18n";
import type { TaskState } from "../useTask";
import { viewRoot } from "./styles";

export interface TemplatePanelProps {
  task: TaskState<string[]>;
  onInsert: () => void;
  /** Browser preview: a download button for the workbook with the template. */
  download?: ReactNode;
  /** True when the template goes into a new workbook (the preview) instead of this one. */
  newWorkbook?: boolean;
}

const useStyles = makeStyles({
  root: viewRoot(tokens.spacingVerticalM),
  intro: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "flex-start" },
});

/**
 * "Nieuw sjabloon": inserts the coordinator template sheets into this workbook (Excel), or makes a
 * new workbook with its own download (browser preview). The success message names visible sheets
 * only (the host leaves out Lijsten and _Netwerkmeter).
 */
const TemplatePanel: FC<TemplatePanelProps> = ({ task, onInsert, download, newWorkbook }) => {
  const styles = useStyles();
  const s = useStrings();
  const busy = task.status === "busy";
  return (
    <section className={styles.root} aria-labelledby="template-title">
      <Subtitle1 as="h2" id="template-title">
        {s.template.title}
      </Subtitle1>
      <Body1 as="p" className={styles.intro}>
        {newWorkbook ? s.template.introNew : s.template.intro}
      </Body1>
      <Button
        className={styles.button}
        appearance="primary"
        icon={busy ? <Spinner size="tiny" /> : <DocumentAdd20Regular />}
        disabled={busy}
        onClick={onInsert}
      >
        {busy ? s.template.busy : s.template.insert}
      </Button>
      {task.status === "done" && task.result ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {newWorkbook ? s.template.insertedNew : s.template.inserted(task.result.join(", "))}
              </MessageBarTitle>
              {newWorkbook ? null : s.template.next}
            </MessageBarBody>
          </MessageBar>
          {download}
        </>
      ) : null}
      {task.status === "error" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.template.failed}</MessageBarTitle>
            {task.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
};

export default TemplatePanel;
