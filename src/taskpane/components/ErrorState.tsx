import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwise20Regular, ErrorCircle48Regular } from "@fluentui/react-icons";
import type { FC, ReactNode } from "react";
import { useStrings } from "../i18n";
import EmptyState from "./EmptyState";

export interface ErrorStateProps {
  /** What went wrong, in a short sentence ("De analyse is niet gelukt"). */
  title: string;
  /** What to do about it. */
  message: string;
  /** The technical message from the host, shown folded away. */
  detail?: string;
  /** The first way out when it is not "retry" (e.g. "Ander bestand kiezen"); retry then follows. */
  primary?: ReactNode;
  onRetry?: () => void;
  /** A second way out, e.g. "Terug naar de opties". */
  secondary?: ReactNode;
}

const useStyles = makeStyles({
  details: {
    maxWidth: "100%",
    color: tokens.colorNeutralForeground3,
    textAlign: "left",
    overflowWrap: "anywhere",
  },
  summary: { cursor: "pointer" },
});

/**
 * A designed error state: the EmptyState layout in red, with a retry button and the host's
 * technical message folded away. Focus moves to the title when the failing step's controls are gone.
 */
const ErrorState: FC<ErrorStateProps> = ({
  title,
  message,
  detail,
  primary,
  onRetry,
  secondary,
}) => {
  const styles = useStyles();
  const s = useStrings();
  return (
    <EmptyState
      tone="danger"
      titleId="error-state-title"
      icon={<ErrorCircle48Regular />}
      title={title}
      message={message}
      actions={
        <>
          {primary}
          {onRetry ? (
            <Button
              appearance={primary ? "secondary" : "primary"}
              icon={<ArrowClockwise20Regular />}
              onClick={onRetry}
            >
              {s.common.retry}
            </Button>
          ) : null}
          {secondary}
        </>
      }
    >
      {detail ? (
        <details className={styles.details}>
          <summary className={styles.summary}>
            <Caption1>{s.common.technicalDetails}</Caption1>
          </summary>
          <Caption1 as="p">{detail}</Caption1>
        </details>
      ) : null}
    </EmptyState>
  );
};

export default ErrorState;
