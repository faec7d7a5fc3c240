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

/** A list without bullets or indent, its items stacked with `rowGap` between them. */
export const plainList = (rowGap: string) =>
  ({ listStyleType: "none", margin: 0, padding: 0, ...column(rowGap) }) as const;

/**
 * Out of sight but read by screen readers (a chart's data table, a caption, a labelled file
 * input): the usual 1 px clipped box. A table ignores `width` and `overflow` (it grows to its
 * content), so put a table inside an element with this style rather than styling the table.
 */
export const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  padding: 0,
  margin: "-1px",
  border: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
} as const;
