import {
  Body1,
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  Link,
  Select,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular, FolderOpen20Regular, Play20Filled } from "@fluentui/react-icons";
import type { FC, FormEvent, ReactNode } from "react";
import type { PeriodType } from "../../indicators/period";
import { useStrings } from "../i18n";
import { perChoices, periodChoicesFor } from "../indicatorDraft";
import type { IndicatorFlow } from "../useIndicators";
import IndicatorResults from "./IndicatorResults";
import { choiceOptions, FailureBar, IndicatorProblems, type ProblemsWhere } from "./IndicatorParts";
import RunProgress from "./RunProgress";
import { viewRoot } from "./styles";

export interface IndicatorPanelProps {
  flow: IndicatorFlow;
  /** The open workbook (its name in the preview) and how its cells are shown. */
  where: ProblemsWhere;
  /** Preview: back to the start screen. */
  onOtherFile?: () => void;
  /** Preview: the download of the workbook with the report sheets. */
  download?: ReactNode;
}

const useStyles = makeStyles({
  root: viewRoot(tokens.spacingVerticalL),
  card: { rowGap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  number: { maxWidth: "12rem" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fieldset: {
    ...viewRoot(tokens.spacingVerticalXS),
    paddingTop: 0,
    border: 0,
    padding: 0,
    margin: 0,
  },
});

/**
 * The indicator card (issue 8 §5): shown instead of the survey's views when the workbook has an
 * `Indicatoren` sheet. What was found, the options (roll-up and period from the data, group-by
 * from the `Eenheden` columns, smallest group), the run button and, after an earlier run,
 * Vernieuwen; then the run's progress, its result or its error.
 */
const IndicatorPanel: FC<IndicatorPanelProps> = ({ flow, where, onOtherFile, download }) => {
  const { isPreview, onSelectCell } = where;
  const styles = useStyles();
  const s = useStrings().indicators;
  const { overview, task, draft } = flow;
  if (!overview) return null;

  if (task.status === "busy")
    return (
      <RunProgress
        kind="run"
        fraction={task.progress?.fraction ?? 0}
        label={task.progress?.label ?? ""}
      />
    );
  if (task.status === "done" && task.result)
    return <IndicatorResults summary={task.result} flow={flow} where={where} download={download} />;

  const pers = perChoices(overview);
  const periods = periodChoicesFor(overview, draft.per);
  const blocked = overview.problem !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blocked) flow.run();
  };

  return (
    <section className={styles.root} aria-labelledby="indicators-title">
      <Card className={styles.card}>
        <Subtitle1 as="h2" id="indicators-title">
          {s.title}
        </Subtitle1>
        <Body1 as="p" className={styles.muted}>
          {s.intro}
        </Body1>
        <Body1 as="p">
          {s.facts(overview.indicators, overview.units.length, overview.measurements)}
        </Body1>
        {isPreview && onOtherFile ? (
          <div className={styles.actions}>
            <Button icon={<FolderOpen20Regular />} onClick={onOtherFile}>
              {s.otherFile}
            </Button>
          </div>
        ) : null}
      </Card>

      {overview.problem ? (
        <FailureBar title={s.problemTitle}>
          {overview.problem.message}{" "}
          {overview.problem.sheet && overview.problem.cell && !isPreview ? (
            <Link onClick={() => onSelectCell(overview.problem!.sheet!, overview.problem!.cell!)}>
              {`${overview.problem.sheet}!${overview.problem.cell}`}
            </Link>
          ) : null}
        </FailureBar>
      ) : null}

      {task.status === "error" ? <FailureBar title={s.failed}>{task.error}</FailureBar> : null}

      {flow.stored && !blocked ? (
        <Card className={styles.card}>
          <Subtitle2 as="h2">{s.refreshTitle}</Subtitle2>
          <Body1 as="p" className={styles.muted}>
            {s.refreshMessage}
          </Body1>
          <Button appearance="primary" icon={<ArrowSync20Regular />} onClick={flow.refresh}>
            {s.refresh}
          </Button>
        </Card>
      ) : null}

      <form onSubmit={submit} className={styles.root} aria-label={s.run} noValidate>
        <Field label={s.per} hint={s.perHint}>
          <Select
            value={draft.per}
            onChange={(_event, data) => flow.edit({ per: data.value as PeriodType | "auto" })}
          >
            {choiceOptions([
              ["auto", s.perAuto],
              ...pers.map((type) => [type, s.perLabel[type]] as const),
            ])}
          </Select>
        </Field>
        <Field label={s.period}>
          <Select
            value={draft.period}
            onChange={(_event, data) => flow.edit({ period: data.value })}
          >
            {choiceOptions([
              ["latest", s.periodLatest(periods[0] ?? "—")],
              ...periods.map((period) => [period, period] as const),
            ])}
          </Select>
        </Field>
        <fieldset className={styles.fieldset}>
          <legend>
            <Subtitle2>{s.groupBy}</Subtitle2>
          </legend>
          <Caption1 className={styles.muted}>
            {overview.groupColumns.length > 0 ? s.groupByHint : s.noGroupColumns}
          </Caption1>
          <div className={styles.checks}>
            {overview.groupColumns.map((column) => (
              <Checkbox
                key={column}
                label={column}
                checked={draft.groupBy.includes(column)}
                onChange={(_event, data) =>
                  flow.edit({
                    groupBy: data.checked
                      ? [...draft.groupBy, column]
                      : draft.groupBy.filter((entry) => entry !== column),
                  })
                }
              />
            ))}
          </div>
        </fieldset>
        <Field
          label={s.minCell}
          hint={s.minCellHint}
          validationState={flow.minCellError ? "error" : "none"}
          validationMessage={flow.minCellError ? s.minCellError : undefined}
        >
          <Input
            className={styles.number}
            inputMode="numeric"
            value={draft.minCell}
            onChange={(_event, data) => flow.edit({ minCell: data.value })}
          />
        </Field>
        <Button
          type="submit"
          appearance={flow.stored ? "secondary" : "primary"}
          size="large"
          icon={<Play20Filled />}
          disabled={blocked}
        >
          {s.run}
        </Button>
      </form>

      {overview.issues.length > 0 ? (
        <section aria-label={s.problems}>
          <Subtitle2 as="h3">{s.problems}</Subtitle2>
          <IndicatorProblems issues={overview.issues} where={where} />
        </section>
      ) : null}
    </section>
  );
};

export default IndicatorPanel;
