import { Body1, Button, Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { LockClosed16Regular, Sparkle20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import FilePicker from "./FilePicker";
import { viewRoot } from "./styles";

export interface PreviewStartProps {
  onOpenFile: (file: File) => void;
  onOpenExample: () => void;
}

const useStyles = makeStyles({
  root: viewRoot(),
  intro: { color: tokens.colorNeutralForeground2 },
  example: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  privacy: {
    display: "flex",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
    color: tokens.colorNeutralForeground3,
  },
  lock: { flexShrink: 0, marginTop: "2px" },
});

/** Browser preview, before a workbook is open: open an .xlsx or try the example. */
const PreviewStart: FC<PreviewStartProps> = ({ onOpenFile, onOpenExample }) => {
  const styles = useStyles();
  const s = useStrings();
  return (
    <section className={styles.root} aria-labelledby="preview-start-title">
      <Subtitle1 as="h2" id="preview-start-title">
        {s.start.title}
      </Subtitle1>
      <Body1 as="p" className={styles.intro}>
        {s.start.intro}
      </Body1>
      <FilePicker
        buttonLabel={s.start.chooseFile}
        inputLabel={s.start.inputLabel}
        dropHint={s.start.dropHint}
        onFiles={(files) => onOpenFile(files[0])}
      />
      <div className={styles.example}>
        <Button appearance="primary" icon={<Sparkle20Regular />} onClick={onOpenExample}>
          {s.start.example}
        </Button>
        <Caption1 className={styles.hint}>{s.start.exampleHint}</Caption1>
      </div>
      <Caption1 as="p" className={styles.privacy}>
        <LockClosed16Regular aria-hidden className={styles.lock} />
        {s.start.privacy}
      </Caption1>
    </section>
  );
};

export default PreviewStart;
