import { makeStyles } from "@fluentui/react-components";
import type { FC } from "react";

export interface LiveRegionProps {
  /** Status news ("Analyse klaar"), read when the screen reader is idle. */
  polite: string;
  /** Errors, read at once. */
  assertive: string;
}

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});

/**
 * Always-mounted live regions: screen readers announce changes to a region that already exists
 * more reliably than a region that appears together with its text.
 */
const LiveRegion: FC<LiveRegionProps> = ({ polite, assertive }) => {
  const styles = useStyles();
  return (
    <div className={styles.hidden}>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="live-polite">
        {polite}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-testid="live-assertive">
        {assertive}
      </div>
    </div>
  );
};

export default LiveRegion;
