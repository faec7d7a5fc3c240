/**
 * Task-pane entry point (webpack entry "taskpane", page dist/taskpane.html).
 *
 * Renders <App> once office.js reports which host it runs in. When office.js did not load at all
 * (offline, or the page opened outside Office without the CDN), `Office` is undefined and the app
 * renders its "not in Excel" state straight away.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";

const container = document.getElementById("container");
if (!container) {
  throw new Error('taskpane.html has no element with id "container".');
}
const root = createRoot(container);

function render(host: string | null): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
}

if (typeof Office === "undefined") {
  render(null);
} else {
  // Outside Office, onReady still resolves, with host null. At run time Office.HostType values are
  // strings ("Excel"); the typings declare a plain enum, hence String().
  Office.onReady((info) => render(info.host == null ? null : String(info.host)));
}
