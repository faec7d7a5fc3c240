import { Body1, makeStyles, mergeClasses, tokens, Text } from "@fluentui/react-components";
import type { FC, ReactElement, ReactNode } from "react";
import { useRef } from "react";
import { useFocusOnMount } from "../useFocusOnMount";

export interface EmptyStateProps {
  /** A 48 px regular icon. */
  icon: ReactElement;
  title: string;
  /** What happened and what to do next, in one or two plain sentences. */
  message: string;
  /** Buttons for the next step. */
  actions?: ReactNode;
  /** "brand" for an empty or start state, "danger" for an error (see ErrorState). */
  tone?: "brand" | "danger";
  /** Id of the heading (the section is labelled by it). */
  titleId?: string;
  /** Extra content under the actions, e.g. folded technical details. */
  children?: ReactNode;
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
  },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground1 },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  message: { color: tokens.colorNeutralForeground2, maxWidth: "36em" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "center",
    gap: tokens.spacingHorizontalS,
  },
});

/** A designed "nothing here yet" state: an icon, what happened, what to do, and the next step. */
const EmptyState: FC<EmptyStateProps> = ({
  icon,
  title,
  message,
  actions,
  tone = "brand",
  titleId = "empty-state-title",
  children,
}) => {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, true);
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={mergeClasses(styles.icon, styles[tone])} aria-hidden>
        {icon}
      </div>
      <Text as="h2" size={400} weight="semibold" id={titleId} tabIndex={-1} ref={heading}>
        {title}
      </Text>
      <Body1 as="p" className={styles.message}>
        {message}
      </Body1>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
      {children}
    </section>
  );
};

export default EmptyState;
