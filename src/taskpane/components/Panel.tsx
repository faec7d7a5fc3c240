import { Body1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FC, HTMLAttributes, ReactNode, Ref } from "react";
import { useId } from "react";

/** Other attributes (className for the layout, data-testid) go on the section. */
export interface PanelProps extends Omit<HTMLAttributes<HTMLElement>, "title"> {
  /** The heading text. */
  title: ReactNode;
  /**
   * "h2" for the first heading of a tab (Subtitle1), "h3" for a part of a view (Subtitle2): the
   * levels under the pane's h1 and the views' h2.
   */
  level: "h2" | "h3";
  /** A sentence under the heading saying what this part does; left out when absent. */
  intro?: ReactNode;
  /** The heading, to move focus to it (it then gets tabIndex -1). */
  headingRef?: Ref<HTMLHeadingElement>;
}

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
});

/**
 * A titled part of the task pane: a `<section>` labelled by its heading (an id from useId, so two
 * panels never share one), and an optional intro paragraph. The Office task-pane template's
 * section + heading pattern in one place, so every panel reads the same to a screen reader.
 *
 * @example
 * <Panel level="h3" title={s.charts.title} intro={s.charts.intro} className={styles.root}>
 *   <Button onClick={onInsert}>{s.charts.insert}</Button>
 * </Panel>
 */
const Panel: FC<PanelProps> = ({ title, level, intro, headingRef, children, ...section }) => {
  const styles = useStyles();
  const titleId = useId();
  return (
    <section {...section} aria-labelledby={titleId}>
      {/* Subtitle1 (h2) or Subtitle2 (h3) in size and weight; Text because it takes a ref. */}
      <Text
        as={level}
        size={level === "h2" ? 500 : 400}
        weight="semibold"
        id={titleId}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
      >
        {title}
      </Text>
      {intro !== undefined ? (
        <Body1 as="p" className={styles.intro}>
          {intro}
        </Body1>
      ) : null}
      {children}
    </section>
  );
};

export default Panel;
