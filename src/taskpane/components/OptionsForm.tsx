import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Play20Filled } from "@fluentui/react-icons";
import type { FC, FormEvent, ReactNode, Ref } from "react";
import { useId, useRef, useState } from "react";
import type { PercentBase, RoundingMode } from "../../analysis/results";
import type { OptionsDraft } from "../flow";
import { useFocusAboveBar } from "../useFocusAboveBar";
import { useStrings } from "../i18n";
import type { DraftErrors } from "../runOptions";

/** The options form's id: submit buttons elsewhere in the view (`form=`) run through its checks. */
export const OPTIONS_FORM_ID = "netwerkmeter-options";

export interface OptionsFormProps {
  draft: OptionsDraft;
  errors: DraftErrors;
  /** Columns that can split the tables (DataOverview.groupColumns: 2–20 values). */
  groupColumns: string[];
  /** Numeric columns offered in three bands (DataOverview.bandableColumns). */
  bandableColumns?: string[];
  respondents: number;
  onChange: (patch: Partial<OptionsDraft>) => void;
  /** Called on "Analyse uitvoeren" (button or Enter) when the options have no errors. */
  onRun: () => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  choice: { display: "flex", flexDirection: "column" },
  choiceHint: { color: tokens.colorNeutralForeground3 },
  number: { maxWidth: "12rem" },
  // The run button stays in view at the bottom of the pane while the options scroll under it.
  runBar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  run: { alignSelf: "stretch" },
  more: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  morePanel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalM,
  },
  fixFirst: { color: tokens.colorPaletteRedForeground1 },
});

/** A radio label with a plain-language explanation under it (both read by screen readers). */
const Choice: FC<{ label: string; hint: string }> = ({ label, hint }) => {
  const styles = useStyles();
  return (
    <span className={styles.choice}>
      <span>{label}</span>
      <Caption1 className={styles.choiceHint}>{hint}</Caption1>
    </span>
  );
};

/** A labelled radio group whose choices each carry a plain-language hint. */
const ChoiceGroup: FC<{
  label: string;
  value: string;
  choices: { value: string; label: string; hint: string }[];
  onChange: (value: string) => void;
}> = ({ label, value, choices, onChange }) => (
  <Field label={{ children: label, weight: "semibold" }}>
    <RadioGroup value={value} onChange={(_event, data) => onChange(data.value)}>
      {choices.map((choice) => (
        <Radio
          key={choice.value}
          value={choice.value}
          label={<Choice label={choice.label} hint={choice.hint} />}
        />
      ))}
    </RadioGroup>
  </Field>
);

/** A whole-number field with a hint, its error shown under it once `error` is set. */
const NumberField: FC<{
  label: string;
  hint: string;
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  min: number;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}> = ({ label, hint, error, inputRef, min, value, onChange, onBlur }) => {
  const styles = useStyles();
  return (
    <Field
      label={{ children: label, weight: "semibold" }}
      hint={hint}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Input
        ref={inputRef}
        className={styles.number}
        type="number"
        inputMode="numeric"
        min={min}
        step={1}
        value={value}
        onChange={(_event, data) => onChange(data.value)}
        onBlur={onBlur}
      />
    </Field>
  );
};

/**
 * Step 4: the options and the run button. A real form: Enter in a field runs the analysis too.
 * Errors show after a field is left or a run is tried, and the first invalid field gets focus.
 */
const OptionsForm: FC<OptionsFormProps> = ({
  draft,
  errors,
  groupColumns,
  bandableColumns = [],
  respondents,
  onChange,
  onRun,
}) => {
  const styles = useStyles();
  const s = useStrings();
  const groupLabelId = useId();
  // The run bar sits after the form (a submit button outside it, tied by `form`), so it can stick
  // to the bottom of the whole view and not only of the form.
  const formId = OPTIONS_FORM_ID;
  const groupHintId = useId();
  const populationRef = useRef<HTMLInputElement>(null);
  const minCellRef = useRef<HTMLInputElement>(null);
  const runBarRef = useRef<HTMLDivElement>(null);
  useFocusAboveBar(runBarRef);
  const [touched, setTouched] = useState({ population: false, minCell: false });
  const [tried, setTried] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const choices = [...groupColumns, ...bandableColumns];

  const populationError =
    (touched.population || tried) && errors.population
      ? errors.population === "tooSmall"
        ? s.options.populationTooSmall(respondents)
        : s.options.populationInvalid
      : undefined;
  const minCellError =
    (touched.minCell || tried) && errors.minCell ? s.options.minCellInvalid : undefined;
  const hasErrors = Boolean(errors.population || errors.minCell);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (errors.population) populationRef.current?.focus();
    else if (errors.minCell) {
      // The field is under "Meer opties": unfold it first, then focus it.
      setMoreOpen(true);
      setTimeout(() => minCellRef.current?.focus(), 0);
    } else onRun();
  };

  const toggleGroup = (column: string, checked: boolean) =>
    onChange({
      groupBy: checked
        ? choices.filter((c) => c === column || draft.groupBy.includes(c))
        : draft.groupBy.filter((c) => c !== column),
    });

  let groupBy: ReactNode;
  if (choices.length === 0) {
    groupBy = <Caption1 className={styles.hint}>{s.options.noGroupColumns}</Caption1>;
  } else {
    groupBy = (
      <div className={styles.checks}>
        {choices.map((column) => (
          <Checkbox
            key={column}
            label={bandableColumns.includes(column) ? s.options.bandedColumn(column) : column}
            checked={draft.groupBy.includes(column)}
            onChange={(_event, data) => toggleGroup(column, data.checked === true)}
          />
        ))}
      </div>
    );
  }

  return (
    <>
      <form
        id={formId}
        className={styles.form}
        onSubmit={submit}
        noValidate
        aria-labelledby="options-title"
      >
        <Subtitle2 as="h2" id="options-title">
          {s.options.title}
        </Subtitle2>

        <div
          className={styles.group}
          role="group"
          aria-labelledby={groupLabelId}
          aria-describedby={groupHintId}
        >
          <Label id={groupLabelId} weight="semibold">
            {s.options.groupBy}
          </Label>
          <Caption1 id={groupHintId} className={styles.hint}>
            {s.options.groupByHint}
          </Caption1>
          {groupBy}
        </div>

        <NumberField
          label={s.options.population}
          hint={s.options.populationHint}
          error={populationError}
          inputRef={populationRef}
          min={Math.max(1, respondents)}
          value={draft.population}
          onChange={(population) => onChange({ population })}
          onBlur={() => setTouched((t) => ({ ...t, population: true }))}
        />

        <Accordion
          className={styles.more}
          collapsible
          openItems={moreOpen || minCellError ? ["more"] : []}
          onToggle={(_event, data) => setMoreOpen(data.openItems.includes("more"))}
        >
          <AccordionItem value="more">
            <AccordionHeader as="h3" size="small">
              {s.options.moreOptions}
            </AccordionHeader>
            <AccordionPanel className={styles.morePanel}>
              <ChoiceGroup
                label={s.options.base}
                value={draft.base}
                choices={[
                  { value: "valid", label: s.options.baseValid, hint: s.options.baseValidHint },
                  { value: "all", label: s.options.baseAll, hint: s.options.baseAllHint },
                ]}
                onChange={(base) => onChange({ base: base as PercentBase })}
              />

              <ChoiceGroup
                label={s.options.rounding}
                value={draft.rounding}
                choices={[
                  {
                    value: "exact",
                    label: s.options.roundingExact,
                    hint: s.options.roundingExactHint,
                  },
                  {
                    value: "legacy",
                    label: s.options.roundingLegacy,
                    hint: s.options.roundingLegacyHint,
                  },
                ]}
                onChange={(rounding) => onChange({ rounding: rounding as RoundingMode })}
              />

              <NumberField
                label={s.options.minCell}
                hint={s.options.minCellHint}
                error={minCellError}
                inputRef={minCellRef}
                min={1}
                value={draft.minCell}
                onChange={(minCell) => onChange({ minCell })}
                onBlur={() => setTouched((t) => ({ ...t, minCell: true }))}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </form>
      <div className={styles.runBar} ref={runBarRef}>
        {tried && hasErrors ? (
          <Caption1 as="p" role="alert" className={styles.fixFirst}>
            {s.options.fixFirst}
          </Caption1>
        ) : null}
        <Button
          className={styles.run}
          type="submit"
          form={formId}
          appearance="primary"
          size="large"
          icon={<Play20Filled />}
        >
          {s.options.run}
        </Button>
      </div>
    </>
  );
};

export default OptionsForm;
