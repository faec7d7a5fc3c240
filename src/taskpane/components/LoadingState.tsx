import {
  Caption1,
  Skeleton,
  SkeletonItem,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FC } from "react";

export interface LoadingStateProps {
  /** What is happening ("Antwoorden zoeken…"). */
  label: string;
  /** Why it takes a moment, optional. */
  hint?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} 0`,
  },
  hint: { color: tokens.colorNeutralForeground3, textAlign: "center" },
  skeleton: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** A designed loading state: a labelled spinner plus the outline of the card that will appear. */
const LoadingState: FC<LoadingStateProps> = ({ label, hint }) => {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-busy="true">
      <Spinner label={label} labelPosition="below" />
      {hint ? (
        <Caption1 as="p" className={styles.hint}>
          {hint}
        </Caption1>
      ) : null}
      <Skeleton aria-hidden className={styles.skeleton}>
        <SkeletonItem size={24} />
        <SkeletonItem size={16} />
        <SkeletonItem size={16} />
        <SkeletonItem size={16} />
      </Skeleton>
    </section>
  );
};

export default LoadingState;
