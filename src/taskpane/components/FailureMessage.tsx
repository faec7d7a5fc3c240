import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FC } from "react";
import type { TaskState } from "../useTask";

export interface FailureMessageProps {
  /** The task whose failure this shows; nothing is shown unless it failed. */
  task: TaskState<unknown>;
  /** What failed, in the pane's words ("Het sjabloon kon niet ingevoegd worden."). */
  title: string;
}

/**
 * A failed task inside a panel: a red message bar with what failed as its title and the host's
 * message (the cause) under it. The panel stays, so the user can try again with its own button.
 *
 * @example
 * <FailureMessage task={task} title={s.template.failed} />
 */
const FailureMessage: FC<FailureMessageProps> = ({ task, title }) =>
  task.status === "error" ? (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {task.error}
      </MessageBarBody>
    </MessageBar>
  ) : null;

export default FailureMessage;
