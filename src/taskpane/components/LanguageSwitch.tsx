import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useLanguage, useLanguageChange, useStrings } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    justifyContent: "flex-end",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * The pane's language switch, in the footer: one small button named in the other language
 * ("English" / "Nederlands"), remembered per user. Hidden when no switch is provided.
 */
const LanguageSwitch: FC = () => {
  const styles = useStyles();
  const s = useStrings();
  const language = useLanguage();
  const change = useLanguageChange();
  if (!change) return null;
  const other = language === "nl" ? "en" : "nl";
  return (
    <footer className={styles.root}>
      <Button
        appearance="subtle"
        size="small"
        icon={<LocalLanguage20Regular />}
        lang={other}
        aria-label={s.app.switchLanguageLabel}
        onClick={() => change(other)}
      >
        {s.app.switchLanguage}
      </Button>
    </footer>
  );
};

export default LanguageSwitch;
