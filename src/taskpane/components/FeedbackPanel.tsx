import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowDown20Regular, PeopleTeam20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useEffect, useState } from "react";
import { useStrings } from "../i18n";
import type { Feedback } from "../useFeedback";
import type { FeedbackOutput, FeedbackRequest } from "../../app/host";
import type { Language } from "../../analysis/language";
import ActionRow from "./ActionRow";
import FailureMessage from "./FailureMessage";
import ProblemsList from "./ProblemsList";
import { column } from "./styles";

export interface FeedbackPanelProps {
  feedback: Feedback;
  /** Outputs the host offers, best first. */
  outputs: FeedbackOutput[];
  /** Background columns of the data (the network column is one of them). */
  columns: readonly string[];
  /** Columns to compare with the network's group (2–20 values). */
  groupColumns: readonly string[];
  /** The label of the earlier wave the host holds (then the feedback shows the change). */
  compareLabel?: string;
  language: Language;
}

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  intro: { color: tokens.colorNeutralForeground2 },
  list: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "14rem",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
});

const NO_NAMES: string[] = [];

/** A whole number ≥ 1 typed in a field, else NaN. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * "Feedback per netwerk": the network column, the group to compare with, the smallest group shown
 * and which networks; then one workbook per network (a .zip in the browser, new workbooks or one
 * sheet per network in Excel), the same workbooks as `netwerkmeter feedback`.
 */
const FeedbackPanel: FC<FeedbackPanelProps> = (props) => {
  const { feedback, outputs, language } = props;
  const styles = useStyles();
  const t = useStrings().feedback;
  const [networkColumn, setNetworkColumn] = useState("");
  const [groupBy, setGroupBy] = useState("");
  const [minCell, setMinCell] = useState("5");
  const [chosen, setChosen] = useState<string[]>([]);
  const loaded = feedback.networks.status === "done" ? feedback.networks.result : null;
  const names = loaded ?? NO_NAMES;
  const { loadNetworks } = feedback;
  useEffect(() => {
    if (networkColumn !== "") loadNetworks(networkColumn);
  }, [networkColumn, loadNetworks]);
  // Every network is chosen when a column's names arrive.
  useEffect(() => setChosen(loaded ?? NO_NAMES), [loaded]);

  const busy = feedback.run.status === "busy";
  const minCellValue = wholeNumber(minCell);
  const minCellValid = Number.isInteger(minCellValue) && minCellValue >= 1;
  const ready = networkColumn !== "" && chosen.length > 0 && minCellValid && !busy;
  const start = (output: FeedbackOutput) => {
    const request: FeedbackRequest = {
      networkColumn,
      ...(groupBy !== "" ? { groupBy } : {}),
      minCell: minCellValue,
      ...(chosen.length < names.length ? { networks: chosen } : {}),
      output,
      language,
      ...(props.compareLabel !== undefined ? { compare: { label: props.compareLabel } } : {}),
    };
    feedback.start(request);
  };
  const label = { zip: t.startZip, workbooks: t.startWorkbooks, sheets: t.startSheets };
  const result = feedback.run.status === "done" ? feedback.run.result : null;
  const percent = Math.round((feedback.run.progress?.fraction ?? 0) * 100);

  return (
    <section className={styles.root} aria-label={t.title}>
      <Body1 as="p" className={styles.intro}>
        {t.intro}
      </Body1>
      <Caption1 as="p">{t.privacy(minCellValid ? minCellValue : 5)}</Caption1>
      <Field label={t.network}>
        <Select value={networkColumn} onChange={(_e, data) => setNetworkColumn(data.value)}>
          <option value="">{t.networkNone}</option>
          {props.columns.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.groupBy}>
        <Select value={groupBy} onChange={(_e, data) => setGroupBy(data.value)}>
          <option value="">{t.groupByNone}</option>
          {props.groupColumns
            .filter((name) => name !== networkColumn)
            .map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
        </Select>
      </Field>
      <Field
        label={t.minCell}
        validationState={minCellValid ? "none" : "error"}
        validationMessage={minCellValid ? undefined : t.minCellInvalid}
      >
        <Input
          value={minCell}
          inputMode="numeric"
          onChange={(_e, data) => setMinCell(data.value)}
        />
      </Field>
      {names.length > 0 ? (
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <legend>
            {t.choose} ({t.networks(chosen.length)})
          </legend>
          <ActionRow>
            <Button size="small" onClick={() => setChosen(names)}>
              {t.all}
            </Button>
            <Button size="small" onClick={() => setChosen([])}>
              {t.none}
            </Button>
          </ActionRow>
          <div className={styles.list}>
            {names.map((name) => (
              <Checkbox
                key={name}
                label={name}
                checked={chosen.includes(name)}
                onChange={(_e, data) =>
                  setChosen((current) =>
                    data.checked
                      ? names.filter((n) => n === name || current.includes(n))
                      : current.filter((n) => n !== name)
                  )
                }
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <ActionRow>
        {outputs.map((output, index) => (
          <Button
            key={output}
            appearance={index === 0 ? "primary" : "secondary"}
            icon={output === "zip" ? <DocumentArrowDown20Regular /> : <PeopleTeam20Regular />}
            disabled={!ready}
            onClick={() => start(output)}
          >
            {label[output]}
          </Button>
        ))}
      </ActionRow>
      {busy ? (
        <Field label={feedback.run.progress?.label || t.busy} validationMessage={`${percent}%`}>
          <ProgressBar thickness="large" max={1} value={feedback.run.progress?.fraction ?? 0} />
        </Field>
      ) : null}
      {result ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {result.output === "zip"
                ? t.doneZip(result.networks.length, result.download?.name ?? "")
                : result.output === "workbooks"
                  ? t.doneWorkbooks(result.networks.length)
                  : t.doneSheets(result.networks.length, (result.sheets ?? []).join(", "))}
            </MessageBarBody>
          </MessageBar>
          {result.issues.length > 0 ? <ProblemsList issues={result.issues} /> : null}
        </>
      ) : null}
      <FailureMessage task={feedback.run} title={t.failed} />
    </section>
  );
};

export default FeedbackPanel;
