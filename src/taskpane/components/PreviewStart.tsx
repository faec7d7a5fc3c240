import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { LockClosed16Regular, Sparkle20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useRef } from "react";
import { useStrings } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";
import FilePicker from "./FilePicker";
import Panel from "./Panel";
import { viewRoot } from "./styles";

export interface PreviewStartProps {
  onOpenFile: (file: File) => void;
  onOpenExample: () => void;
  /** Focus the heading when shown (the user came back with "Ander bestand kiezen"). */
  focusHeading?: boolean;
}

const useStyles = makeStyles({
  root: viewRoot(),
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
const PreviewStart: FC<PreviewStartProps> = ({ onOpenFile, onOpenExample, focusHeading }) => {
  const styles = useStyles();
  const s = useStrings();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, false, focusHeading ?? false);
  return (
    <Panel
      level="h2"
      title={s.start.title}
      intro={s.start.intro}
      className={styles.root}
      headingRef={heading}
    >
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
    </Panel>
  );
};

export default PreviewStart;
