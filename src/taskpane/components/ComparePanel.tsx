import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import type { CompareDraft } from "../flow";
import { useStrings } from "../i18n";
import type { EarlierWave } from "../useEarlierWave";
import FailureMessage from "./FailureMessage";
import FilePicker from "./FilePicker";
import Panel from "./Panel";
import { column } from "./styles";

export interface ComparePanelProps {
  wave: EarlierWave;
  /** The draft's comparison (from this session's pick, or the stored options of an earlier run). */
  draft: CompareDraft | null;
  /** The background columns of the data found now (match candidates with the wave's own). */
  columns: readonly string[];
  onChange: (compare: CompareDraft | null) => void;
}

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  held: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere", minWidth: 0 },
});

/**
 * "Vergelijk met vorige bevraging" in the options: pick the earlier wave's workbook (one file,
 * as Samenvoegen picks them), name it and optionally match respondents on a column present in
 * both. The run then writes a Vergelijking sheet and chart like `analyze --compare`.
 */
const ComparePanel: FC<ComparePanelProps> = ({ wave, draft, columns, onChange }) => {
  const styles = useStyles();
  const t = useStrings().compare;
  const { held, task } = wave;
  const busy = task.status === "busy";
  const matchColumns = held ? columns.filter((name) => held.columns.includes(name)) : [];
  // A comparison in the options whose file the host does not hold: stored by an earlier run.
  const needed = draft !== null && (held === null || held.file !== draft.file) && !busy;

  return (
    <Panel level="h2" title={t.title} intro={t.intro} className={styles.root}>
      {needed ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.needed(draft.file)}{" "}
            <Button size="small" appearance="transparent" onClick={() => onChange(null)}>
              {t.remove}
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {held && draft ? (
        <>
          <div className={styles.held}>
            <Body1 className={styles.name}>
              {t.held(held.file, held.respondents, held.itemsRecognised, held.sheet)}
            </Body1>
            <Button
              size="small"
              appearance="subtle"
              icon={<Dismiss16Regular />}
              onClick={wave.clear}
            >
              {t.remove}
            </Button>
          </div>
          <Field label={t.label} hint={t.labelHint}>
            <Input
              value={draft.label}
              onChange={(_event, data) => onChange({ ...draft, label: data.value })}
            />
          </Field>
          <Field label={t.matchOn} hint={t.matchOnHint}>
            <Select
              value={draft.matchOn}
              onChange={(_event, data) => onChange({ ...draft, matchOn: data.value })}
            >
              <option value="">{t.matchOnNone}</option>
              {matchColumns.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : busy ? (
        <Spinner size="tiny" label={t.reading} />
      ) : (
        <FilePicker
          buttonLabel={t.chooseFile}
          inputLabel={t.inputLabel}
          dropHint={t.dropHint}
          onFiles={(files) => files[0] && wave.choose(files[0])}
        />
      )}
      <FailureMessage task={task} title={t.failed} />
    </Panel>
  );
};

export default ComparePanel;
