import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowRight20Regular, Dismiss16Regular, Merge20Regular } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import { useState } from "react";
import { useFormat, useStrings } from "../i18n";
import type { TaskState } from "../useTask";
import type { ConsolidateSummary } from "../../app/host";
import ActionRow from "./ActionRow";
import FailureMessage from "./FailureMessage";
import FilePicker from "./FilePicker";
import Panel from "./Panel";
import ProblemsList from "./ProblemsList";
import { plainList, viewRoot } from "./styles";

export interface ConsolidatePanelProps {
  task: TaskState<ConsolidateSummary>;
  /** Reads the files and consolidates them (App reads the bytes; the host does the work). */
  onConsolidate: (files: File[]) => void;
  /** After a consolidation: go to Analyseren and look for the new data. */
  onAnalyse: () => void;
  onSelectCell?: (sheet: string, cell: string) => void;
  /** Browser preview: a download button for the workbook with the combined sheet. */
  download?: ReactNode;
}

const useStyles = makeStyles({
  root: viewRoot(tokens.spacingVerticalM),
  files: plainList(tokens.spacingVerticalXXS),
  file: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  size: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** "Samenvoegen": pick returned workbooks and combine their answers on one response sheet. */
const ConsolidatePanel: FC<ConsolidatePanelProps> = ({
  task,
  onConsolidate,
  onAnalyse,
  onSelectCell,
  download,
}) => {
  const styles = useStyles();
  const s = useStrings();
  const format = useFormat();
  const [files, setFiles] = useState<File[]>([]);
  const busy = task.status === "busy";

  const add = (picked: File[]) =>
    setFiles((current) => [
      ...current,
      ...picked.filter(
        (file) => !current.some((c) => c.name === file.name && c.size === file.size)
      ),
    ]);

  const percent = Math.round((task.progress?.fraction ?? 0) * 100);
  const progressLabel = task.progress?.label || s.consolidate.reading;

  return (
    <Panel
      level="h2"
      title={s.consolidate.title}
      intro={s.consolidate.intro}
      className={styles.root}
    >
      <FilePicker
        multiple
        disabled={busy}
        buttonLabel={s.consolidate.chooseFiles}
        inputLabel={s.consolidate.inputLabel}
        dropHint={s.consolidate.dropHint}
        onFiles={add}
      />

      {files.length === 0 ? (
        <Caption1 as="p" className={styles.hint}>
          {s.consolidate.empty}
        </Caption1>
      ) : (
        <>
          <Subtitle2 as="h3" id="consolidate-files">
            {s.consolidate.selected(files.length)}
          </Subtitle2>
          <ul className={styles.files} aria-labelledby="consolidate-files">
            {files.map((file) => (
              <li key={`${file.name}-${file.size}`} className={styles.file}>
                <Body1 className={styles.name}>{file.name}</Body1>
                <span className={styles.row}>
                  <Caption1 className={styles.size}>
                    {format.decimal(file.size / 1024, 0)} kB
                  </Caption1>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<Dismiss16Regular />}
                    aria-label={s.consolidate.remove(file.name)}
                    disabled={busy}
                    onClick={() => setFiles((current) => current.filter((c) => c !== file))}
                  />
                </span>
              </li>
            ))}
          </ul>
          <ActionRow>
            <Button
              appearance="primary"
              icon={<Merge20Regular />}
              disabled={busy}
              onClick={() => onConsolidate(files)}
            >
              {s.consolidate.start}
            </Button>
            <Button appearance="subtle" disabled={busy} onClick={() => setFiles([])}>
              {s.consolidate.clear}
            </Button>
          </ActionRow>
        </>
      )}

      {busy ? (
        <Field label={progressLabel} validationState="none" validationMessage={`${percent}%`}>
          <ProgressBar
            thickness="large"
            max={1}
            value={task.progress?.fraction ?? 0}
            aria-valuetext={s.progress.valueText(percent, progressLabel)}
          />
        </Field>
      ) : null}

      {task.status === "done" && task.result ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {task.result.workbook
                ? s.consolidate.doneNew(
                    task.result.filesConsolidated,
                    task.result.filesRead,
                    task.result.respondents,
                    task.result.workbook
                  )
                : s.consolidate.done(
                    task.result.filesConsolidated,
                    task.result.filesRead,
                    task.result.respondents,
                    task.result.sheet
                  )}
            </MessageBarBody>
          </MessageBar>
          <ActionRow>
            <Button appearance="primary" icon={<ArrowRight20Regular />} onClick={onAnalyse}>
              {s.consolidate.analyse}
            </Button>
          </ActionRow>
          {download}
          {task.result.issues.length > 0 ? (
            <ProblemsList issues={task.result.issues} onSelectCell={onSelectCell} />
          ) : null}
        </>
      ) : null}

      <FailureMessage task={task} title={s.consolidate.failed} />
    </Panel>
  );
};

export default ConsolidatePanel;
