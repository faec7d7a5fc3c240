import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowUpload24Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import type { ChangeEvent, DragEvent, FC } from "react";
import { useId, useRef, useState } from "react";
import { isXlsx } from "../browserFiles";
import { useStrings } from "../i18n";
import { visuallyHidden } from "./styles";

export interface FilePickerProps {
  /** Text on the button ("Kies een bestand"). */
  buttonLabel: string;
  /** Accessible name of the file input ("Excel-bestand met antwoorden (.xlsx)"). */
  inputLabel: string;
  /** Text in the drop zone ("Sleep een .xlsx-bestand hierheen"). */
  dropHint: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Called with the .xlsx files picked or dropped (others are refused with a message). */
  onFiles: (files: File[]) => void;
}

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  icon: { color: tokens.colorBrandForeground1 },
  input: visuallyHidden,
  refused: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * A file input with a drop zone. The native input is visually hidden but labelled (screen readers
 * and tests find it by its label); the visible button opens it, so there is one tab stop.
 */
const FilePicker: FC<FilePickerProps> = ({
  buttonLabel,
  inputLabel,
  dropHint,
  multiple = false,
  disabled = false,
  onFiles,
}) => {
  const styles = useStyles();
  const s = useStrings();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const refusedId = useId();
  const [dragging, setDragging] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);

  const accept = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    const good = files.filter((file) => isXlsx(file.name));
    setRefused(files.filter((file) => !isXlsx(file.name)).map((file) => file.name));
    if (good.length > 0) onFiles(multiple ? good : good.slice(0, 1));
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    accept(event.target.files);
    // Allows picking the same file again after fixing it.
    event.target.value = "";
  };

  const onDragOver = (event: DragEvent) => {
    if (disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) accept(event.dataTransfer.files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.active)}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="file-drop-zone"
    >
      <ArrowUpload24Regular aria-hidden className={styles.icon} />
      <Body1>{dropHint}</Body1>
      <Caption1>{s.start.or}</Caption1>
      <input
        ref={input}
        id={inputId}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={multiple}
        disabled={disabled}
        aria-label={inputLabel}
        aria-describedby={refused.length > 0 ? refusedId : undefined}
        tabIndex={-1}
        onChange={onChange}
      />
      <Button
        icon={<FolderOpen20Regular />}
        disabled={disabled}
        onClick={() => input.current?.click()}
        aria-describedby={refused.length > 0 ? refusedId : undefined}
      >
        {buttonLabel}
      </Button>
      {refused.length > 0 ? (
        <Caption1 as="p" id={refusedId} role="alert" className={styles.refused}>
          {s.start.notXlsx(refused.join(", "))}
        </Caption1>
      ) : null}
    </div>
  );
};

export default FilePicker;
