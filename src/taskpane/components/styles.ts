/**
 * Style fragments the task pane's views share (plain Griffel style objects, spread into
 * makeStyles), so every view stacks and spaces its parts the same way.
 *
 * @example
 * const useStyles = makeStyles({ root: viewRoot(tokens.spacingVerticalM) });
 */
import { tokens } from "@fluentui/react-components";

/** A vertical stack with `rowGap` between its children. */
export const column = (rowGap: string) =>
  ({ display: "flex", flexDirection: "column", rowGap }) as const;

/** The root of a view below the header: a stack with room above it. */
export const viewRoot = (rowGap: string = tokens.spacingVerticalL) => ({
  ...column(rowGap),
  paddingTop: tokens.spacingVerticalL,
});
