import {
  Body1,
  Card,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { FC, ReactNode } from "react";
import { useId } from "react";
import { column } from "./styles";

export interface NoticeCardProps {
  /** "brand" offers a next step (Refresh); "warning" asks the user to choose first. */
  tone: "brand" | "warning";
  title: string;
  /** What the card is about, in one or two sentences. */
  message: string;
  /** The card's buttons, stacked at full width, the first action first. */
  children: ReactNode;
}

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  brand: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  brandText: { color: tokens.colorNeutralForeground2 },
  warningText: { color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  actions: column(tokens.spacingVerticalS),
});

/**
 * A coloured card above the options that offers a shortcut or asks a question: an h2 heading
 * (the card is labelled by it), a message and its buttons in a full-width stack.
 *
 * @example
 * <NoticeCard tone="brand" title={s.refresh.title} message={s.refresh.message}>
 *   <Button appearance="primary" onClick={onRefresh}>{s.refresh.button}</Button>
 * </NoticeCard>
 */
const NoticeCard: FC<NoticeCardProps> = ({ tone, title, message, children }) => {
  const styles = useStyles();
  const titleId = useId();
  return (
    <Card className={mergeClasses(styles.card, styles[tone])} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {title}
      </Subtitle2>
      <Body1 as="p" className={tone === "brand" ? styles.brandText : styles.warningText}>
        {message}
      </Body1>
      <div className={styles.actions}>{children}</div>
    </Card>
  );
};

export default NoticeCard;
