import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  Select,
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
import ActionRow from "./ActionRow";
import FailureMessage from "./FailureMessage";
import { choiceOptions, IndicatorProblems, type ProblemsWhere } from "./IndicatorParts";
import NoticeCard from "./NoticeCard";
import Panel from "./Panel";
import RunProgress from "./RunProgress";
import UnitFeedbackPanel from "./UnitFeedbackPanel";
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
  muted: { color: tokens.colorNeutralForeground2 },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  number: { maxWidth: "12rem" },
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
 * Vernieuwen, and folded under it "Feedback per eenheid"; then the run's progress, its result or
 * its error.
 */
/** A problem that is not a task's, shown the way a failed task is. */
const failed = (error: string) =>
  ({ status: "error", result: null, error, progress: null }) as const;

const IndicatorPanel: FC<IndicatorPanelProps> = ({ flow, where, onOtherFile, download }) => {
  const { isPreview, onSelectCell } = where;
  const styles = useStyles();
  const strings = useStrings();
  const s = strings.indicators;
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
    <Panel level="h2" title={s.title} intro={s.intro} className={styles.root}>
      <Body1 as="p">
        {s.facts(overview.indicators, overview.units.length, overview.measurements)}
      </Body1>
      {isPreview && onOtherFile ? (
        <ActionRow>
          <Button icon={<FolderOpen20Regular />} onClick={onOtherFile}>
            {s.otherFile}
          </Button>
        </ActionRow>
      ) : null}

      {overview.problem ? (
        <>
          <FailureMessage task={failed(overview.problem.message)} title={s.problemTitle} />
          {overview.problem.sheet && overview.problem.cell && !isPreview ? (
            <Link onClick={() => onSelectCell(overview.problem!.sheet!, overview.problem!.cell!)}>
              {`${overview.problem.sheet}!${overview.problem.cell}`}
            </Link>
          ) : null}
        </>
      ) : null}

      <FailureMessage task={task} title={s.failed} />

      {flow.stored && !blocked ? (
        <NoticeCard tone="brand" title={s.refreshTitle} message={s.refreshMessage}>
          <Button appearance="primary" icon={<ArrowSync20Regular />} onClick={flow.refresh}>
            {s.refresh}
          </Button>
        </NoticeCard>
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

      {flow.feedbackOutputs.length > 0 && !blocked ? (
        <Accordion collapsible>
          <AccordionItem value="feedback">
            <AccordionHeader as="h3">{strings.unitFeedback.title}</AccordionHeader>
            <AccordionPanel>
              <UnitFeedbackPanel flow={flow} where={where} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}

      {overview.issues.length > 0 ? (
        <section aria-label={s.problems}>
          <Subtitle2 as="h3">{s.problems}</Subtitle2>
          <IndicatorProblems issues={overview.issues} where={where} />
        </section>
      ) : null}
    </Panel>
  );
};

export default IndicatorPanel;
