import {
  Body1,
  Caption1,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FC } from "react";
import { useEffect, useState } from "react";
import { useStrings } from "../i18n";
import type { Feedback } from "../useFeedback";
import type { FeedbackOutput, FeedbackRequest } from "../../app/host";
import type { Language } from "../../analysis/language";
import FeedbackChoice from "./FeedbackChoice";
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
});

const NO_NAMES: string[] = [];

/** A whole number ≥ 1 typed in a field, else NaN. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * "Feedback per netwerk": the network column, the group to compare with, the smallest group shown
 * and which networks (FeedbackChoice); then one workbook per network (a .zip in the browser, new
 * workbooks or one sheet per network in Excel), the same workbooks as `netwerkmeter feedback`.
 */
const FeedbackPanel: FC<FeedbackPanelProps> = (props) => {
  const { feedback, language } = props;
  const styles = useStyles();
  const t = useStrings().feedback;
  const [networkColumn, setNetworkColumn] = useState("");
  const [groupBy, setGroupBy] = useState("");
  const [minCell, setMinCell] = useState("5");
  const names =
    feedback.networks.status === "done" ? (feedback.networks.result ?? NO_NAMES) : NO_NAMES;
  const { loadNetworks } = feedback;
  useEffect(() => {
    if (networkColumn !== "") loadNetworks(networkColumn);
  }, [networkColumn, loadNetworks]);

  const minCellValue = wholeNumber(minCell);
  const minCellValid = Number.isInteger(minCellValue) && minCellValue >= 1;
  const start = (output: FeedbackOutput, networks: string[] | undefined) => {
    const request: FeedbackRequest = {
      networkColumn,
      ...(groupBy !== "" ? { groupBy } : {}),
      minCell: minCellValue,
      ...(networks ? { networks } : {}),
      output,
      language,
      ...(props.compareLabel !== undefined ? { compare: { label: props.compareLabel } } : {}),
    };
    feedback.start(request);
  };

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
      <FeedbackChoice
        names={names}
        outputs={props.outputs}
        ready={networkColumn !== "" && minCellValid}
        onStart={start}
        run={feedback.run}
        problems={(issues) => <ProblemsList issues={issues} />}
        t={t}
      />
    </section>
  );
};

export default FeedbackPanel;
