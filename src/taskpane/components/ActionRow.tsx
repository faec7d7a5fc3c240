import { makeStyles, tokens } from "@fluentui/react-components";
import type { FC, ReactNode } from "react";

export interface ActionRowProps {
  /** The buttons, first action first. */
  children: ReactNode;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * A row of buttons that wraps in a narrow task pane, with the same gap everywhere.
 *
 * @example
 * <ActionRow>
 *   <Button appearance="primary">{s.summary.refresh}</Button>
 *   <Button>{s.summary.backToOptions}</Button>
 * </ActionRow>
 */
const ActionRow: FC<ActionRowProps> = ({ children }) => {
  const styles = useStyles();
  return <div className={styles.row}>{children}</div>;
};

export default ActionRow;
