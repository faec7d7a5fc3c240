import { Body1, Button, Caption1, makeStyles, tokens, Text } from "@fluentui/react-components";
import { ArrowClockwise20Regular, ErrorCircle48Regular } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import { useRef } from "react";
import { useStrings } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";

export interface ErrorStateProps {
  /** What went wrong, in a short sentence ("De analyse is niet gelukt"). */
  title: string;
  /** What to do about it. */
  message: string;
  /** The technical message from the host, shown folded away. */
  detail?: string;
  onRetry?: () => void;
  /** A second way out, e.g. "Terug naar de opties". */
  secondary?: ReactNode;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
  },
  icon: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    width: "80px",
    height: "80px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  message: { color: tokens.colorNeutralForeground2, maxWidth: "36em" },
  details: {
    maxWidth: "100%",
    color: tokens.colorNeutralForeground3,
    textAlign: "left",
    overflowWrap: "anywhere",
  },
  summary: { cursor: "pointer" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "center",
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * A designed error state: icon, what happened, what to do, a retry button, and the host's
 * technical message folded away. Focus moves to the title when the failing step's controls are gone.
 */
const ErrorState: FC<ErrorStateProps> = ({ title, message, detail, onRetry, secondary }) => {
  const styles = useStyles();
  const s = useStrings();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, true);
  return (
    <section className={styles.root} aria-labelledby="error-state-title">
      <div className={styles.icon} aria-hidden>
        <ErrorCircle48Regular />
      </div>
      <Text as="h2" size={400} weight="semibold" id="error-state-title" tabIndex={-1} ref={heading}>
        {title}
      </Text>
      <Body1 as="p" className={styles.message}>
        {message}
      </Body1>
      <div className={styles.actions}>
        {onRetry ? (
          <Button appearance="primary" icon={<ArrowClockwise20Regular />} onClick={onRetry}>
            {s.common.retry}
          </Button>
        ) : null}
        {secondary}
      </div>
      {detail ? (
        <details className={styles.details}>
          <summary className={styles.summary}>
            <Caption1>{s.common.technicalDetails}</Caption1>
          </summary>
          <Caption1 as="p">{detail}</Caption1>
        </details>
      ) : null}
    </section>
  );
};

export default ErrorState;
