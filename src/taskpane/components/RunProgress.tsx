import { Caption1, Field, ProgressBar, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { FC } from "react";
import { useRef } from "react";
import { useStrings } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";

export interface RunProgressProps {
  kind: "run" | "refresh";
  /** 0–1 as reported by the host. */
  fraction: number;
  /** What the host is doing ("Tabellen schrijven"); empty before its first report. */
  label: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalXL,
    paddingBottom: tokens.spacingVerticalXL,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Step 5: the run's progress bar with a label; screen readers get "40%: Tabellen schrijven". */
const RunProgress: FC<RunProgressProps> = ({ kind, fraction, label }) => {
  const styles = useStyles();
  const s = useStrings();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, true);
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  const text = label || s.progress.starting;
  return (
    <section className={styles.root} aria-labelledby="run-progress-title" aria-busy="true">
      <Text
        as="h2"
        size={400}
        weight="semibold"
        id="run-progress-title"
        tabIndex={-1}
        ref={heading}
      >
        {kind === "refresh" ? s.progress.refreshTitle : s.progress.runTitle}
      </Text>
      <Field label={text} validationState="none" validationMessage={`${percent}%`}>
        <ProgressBar
          thickness="large"
          max={1}
          value={fraction}
          aria-valuetext={s.progress.valueText(percent, label)}
        />
      </Field>
      <Caption1 as="p" className={styles.hint}>
        {s.progress.keepOpen}
      </Caption1>
    </section>
  );
};

export default RunProgress;
