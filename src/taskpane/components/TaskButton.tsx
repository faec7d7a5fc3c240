import { Button, Spinner } from "@fluentui/react-components";
import type { ButtonProps } from "@fluentui/react-components";
import type { FC, ReactElement } from "react";
import type { TaskState } from "../useTask";

export interface TaskButtonProps {
  /** The task the button starts: while it is busy the button spins and cannot be pressed again. */
  task: TaskState<unknown>;
  /** A 20 px icon, replaced by a spinner while busy. */
  icon: ReactElement;
  label: string;
  /** Said instead of `label` while busy ("Bezig met invoegen…"). */
  busyLabel: string;
  onClick: () => void;
  appearance?: ButtonProps["appearance"];
  className?: string;
}

/**
 * A button that starts a host task (insert the template, draw the charts, download): a spinner
 * and the busy label while the task runs, disabled so a second click cannot start it twice.
 *
 * @example
 * <TaskButton task={task} icon={<ChartMultiple20Regular />} label={s.charts.insert}
 *   busyLabel={s.charts.busy} onClick={onInsert} />
 */
const TaskButton: FC<TaskButtonProps> = ({ task, icon, label, busyLabel, ...button }) => {
  const busy = task.status === "busy";
  return (
    <Button {...button} icon={busy ? <Spinner size="tiny" /> : icon} disabled={busy}>
      {busy ? busyLabel : label}
    </Button>
  );
};

export default TaskButton;
