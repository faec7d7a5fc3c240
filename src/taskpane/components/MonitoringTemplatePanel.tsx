import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentAdd20Regular } from "@fluentui/react-icons";
import type { FC, FormEvent } from "react";
import { useState } from "react";
import type { IndicatorOverview, MonitoringTemplateFile } from "../../app/host";
import { useStrings } from "../i18n";
import type { TaskState } from "../useTask";
import FailureMessage from "./FailureMessage";
import Panel from "./Panel";
import TaskButton from "./TaskButton";
import { viewRoot } from "./styles";

export interface MonitoringTemplatePanelProps {
  overview: IndicatorOverview;
  task: TaskState<MonitoringTemplateFile>;
  onMake: (unit: string, periods: string) => void;
  /** Saves the file (a browser download). */
  onSave: (file: MonitoringTemplateFile) => void;
  isPreview: boolean;
  /** Today (tests): the periods are prefilled with next year's quarters. */
  today?: Date;
}

const useStyles = makeStyles({
  root: viewRoot(tokens.spacingVerticalM),
  button: { alignSelf: "flex-start" },
});

/**
 * "Nieuw sjabloon" for an indicator workbook: the monitoring template a unit fills in, for a unit
 * of the framework and a range of periods (as `netwerkmeter template --indicators`). Inside Excel
 * it opens as a new workbook (its sheets have the framework's names, so never into this one); in
 * the preview, or when Excel cannot open a new workbook, it is a download.
 */
const MonitoringTemplatePanel: FC<MonitoringTemplatePanelProps> = (props) => {
  const { overview, task, isPreview } = props;
  const today = props.today ?? new Date();
  const styles = useStyles();
  const strings = useStrings();
  const s = strings.indicators;
  const next = today.getFullYear() + 1;
  const [unit, setUnit] = useState(overview.units[0] ?? "");
  const [periods, setPeriods] = useState(`${next}-Q1..${next}-Q4`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onMake(unit, periods);
  };
  const file = task.status === "done" ? task.result : null;
  return (
    <Panel
      level="h2"
      title={s.templateTitle}
      intro={isPreview ? s.templateIntroPreview : s.templateIntro}
      className={styles.root}
    >
      <form onSubmit={submit} className={styles.root} aria-label={s.templateTitle} noValidate>
        <Field label={s.unit}>
          {overview.units.length > 0 ? (
            <Select value={unit} onChange={(_event, data) => setUnit(data.value)}>
              {overview.units.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          ) : (
            <Input value={unit} onChange={(_event, data) => setUnit(data.value)} />
          )}
        </Field>
        <Field label={s.periods} hint={s.periodsHint}>
          <Input value={periods} onChange={(_event, data) => setPeriods(data.value)} />
        </Field>
        <TaskButton
          className={styles.button}
          task={task}
          appearance="primary"
          icon={<DocumentAdd20Regular />}
          label={s.make}
          busyLabel={s.making}
          onClick={() => props.onMake(unit, periods)}
        />
      </form>
      {file ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {file.opened ? s.opened(file.name) : s.ready(file.name)}
            </MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {file && !file.opened ? (
        <Button
          className={styles.button}
          icon={<ArrowDownload20Regular />}
          onClick={() => props.onSave(file)}
        >
          {strings.common.downloadTemplate}
        </Button>
      ) : null}
      <FailureMessage task={task} title={s.templateFailed} />
    </Panel>
  );
};

export default MonitoringTemplatePanel;
