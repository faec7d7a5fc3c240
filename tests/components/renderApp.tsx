/** Renders the task pane the way index.tsx does (Fluent theme + language), with a fake host. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import App from "../../src/taskpane/components/App";
import { LanguageProvider, type Language } from "../../src/taskpane/i18n";
import type { NetwerkmeterHost } from "../../src/app/host";

export function renderWithProviders(ui: ReactElement, language: Language = "nl"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={language}>{ui}</LanguageProvider>
    </FluentProvider>
  );
}

export function renderApp(host: NetwerkmeterHost, language: Language = "nl"): RenderResult {
  return renderWithProviders(<App host={host} />, language);
}
