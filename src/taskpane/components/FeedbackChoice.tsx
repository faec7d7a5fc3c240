import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowDown20Regular, PeopleTeam20Regular } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import { useEffect, useState } from "react";
import type { Issue } from "../../analysis/issue";
import type { FeedbackOutput, FeedbackSummary } from "../../app/host";
import type { FeedbackChoiceStrings } from "../i18n";
import type { TaskState } from "../useTask";
import ActionRow from "./ActionRow";
import FailureMessage from "./FailureMessage";

export interface FeedbackChoiceProps {
  /** The names feedback can be made for (networks, or an indicator framework's units). */
  names: readonly string[];
  /** Outputs the host offers, best first. */
  outputs: readonly FeedbackOutput[];
  /** False while the panel's own fields are not filled in (the buttons stay disabled). */
  ready: boolean;
  /** Makes the feedback; `chosen` absent: every name. */
  onStart: (output: FeedbackOutput, chosen: string[] | undefined) => void;
  run: TaskState<FeedbackSummary>;
  /** The run's problems as the panel shows them. */
  problems: (issues: readonly Issue[]) => ReactNode;
  t: FeedbackChoiceStrings;
}

const useStyles = makeStyles({
  fieldset: { border: 0, margin: 0, padding: 0 },
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

/**
 * The part "Feedback per netwerk" and "Feedback per eenheid" share: which names (all ticked when
 * they arrive; Alle / Geen), one button per output the host offers, the progress, what was made
 * and the problems, or why it failed.
 */
const FeedbackChoice: FC<FeedbackChoiceProps> = (props) => {
  const { names, run, t } = props;
  const styles = useStyles();
  const [chosen, setChosen] = useState<readonly string[]>(names);
  // Every name is chosen when (other) names arrive.
  useEffect(() => setChosen(names), [names]);

  const busy = run.status === "busy";
  const ready = props.ready && chosen.length > 0 && !busy;
  const label = { zip: t.startZip, workbooks: t.startWorkbooks, sheets: t.startSheets };
  const result = run.status === "done" ? run.result : null;
  const percent = Math.round((run.progress?.fraction ?? 0) * 100);
  return (
    <>
      {names.length > 0 ? (
        <fieldset className={styles.fieldset}>
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
        {props.outputs.map((output, index) => (
          <Button
            key={output}
            appearance={index === 0 ? "primary" : "secondary"}
            icon={output === "zip" ? <DocumentArrowDown20Regular /> : <PeopleTeam20Regular />}
            disabled={!ready}
            onClick={() =>
              props.onStart(output, chosen.length < names.length ? [...chosen] : undefined)
            }
          >
            {label[output]}
          </Button>
        ))}
      </ActionRow>
      {busy ? (
        <Field label={run.progress?.label || t.busy} validationMessage={`${percent}%`}>
          <ProgressBar thickness="large" max={1} value={run.progress?.fraction ?? 0} />
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
          {result.issues.length > 0 ? props.problems(result.issues) : null}
        </>
      ) : null}
      <FailureMessage task={run} title={t.failed} />
    </>
  );
};

export default FeedbackChoice;
