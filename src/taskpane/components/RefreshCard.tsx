import { Body1, Button, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";

export interface RefreshCardProps {
  onRefresh: () => void;
}

const useStyles = makeStyles({
  card: {
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  text: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "stretch" },
});

/** Shown when the workbook holds the settings of an earlier run: one click reruns with them. */
const RefreshCard: FC<RefreshCardProps> = ({ onRefresh }) => {
  const styles = useStyles();
  const s = useStrings();
  return (
    <Card className={styles.card} aria-labelledby="refresh-title">
      <Subtitle2 as="h2" id="refresh-title">
        {s.refresh.title}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {s.refresh.message}
      </Body1>
      <Button
        className={styles.button}
        appearance="primary"
        size="large"
        icon={<ArrowSync20Regular />}
        onClick={onRefresh}
      >
        {s.refresh.button}
      </Button>
    </Card>
  );
};

export default RefreshCard;
