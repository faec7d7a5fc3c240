import { fireEvent, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { LanguageProvider, pickLanguage } from "../../src/taskpane/i18n";
import { createFakeHost } from "./fakeHost";
import { renderApp } from "./renderApp";

describe("language", () => {
  test.each([
    ["en-US", "en"],
    ["en", "en"],
    ["EN-gb", "en"],
    ["nl-BE", "nl"],
    ["nl-NL", "nl"],
    ["fr-BE", "nl"],
    ["", "nl"],
    [null, "nl"],
    [undefined, "nl"],
  ])("pickLanguage(%p) is %p", (tag, language) => {
    expect(pickLanguage(tag)).toBe(language);
  });

  test("English strings and English number formatting when the language is en", async () => {
    const host = createFakeHost();
    renderApp(host, "en");
    expect(await screen.findByRole("heading", { name: "Data found" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Analyse" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Template" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Combine" })).toBeInTheDocument();
    expect(screen.getByTestId("items-recognised")).toHaveTextContent("7 of 9");

    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    expect(await screen.findByRole("heading", { name: "Result" })).toBeInTheDocument();
    expect(host.run.mock.calls[0][0].language).toBe("en");
    expect(screen.getByTestId("response-rate")).toHaveTextContent("77 of 104 (74%)");
    expect(screen.getByTestId("participation-index")).toHaveTextContent("61.4 out of 100");
    expect(screen.getByText("Co-producer")).toBeInTheDocument();
    expect(screen.getByText("Mixed")).toBeInTheDocument();
    expect(screen.getByText("below 0.70")).toBeInTheDocument();
  });

  test("switching the language tells the host, so its own messages follow", async () => {
    const host = createFakeHost();
    const { rerender } = renderApp(host, "nl");
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(host.setLanguage).toHaveBeenLastCalledWith("nl");
    rerender(
      <FluentProvider theme={webLightTheme}>
        <LanguageProvider value="en">
          <App host={host} />
        </LanguageProvider>
      </FluentProvider>
    );
    expect(host.setLanguage).toHaveBeenLastCalledWith("en");
  });

  test("the template is inserted in the pane's language", async () => {
    const host = createFakeHost();
    renderApp(host, "en");
    await screen.findByRole("heading", { name: "Data found" });
    fireEvent.click(screen.getByRole("tab", { name: "Template" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert template" }));
    const panel = screen.getByRole("tabpanel", { name: "Template" });
    expect(
      await within(panel).findByText("Added: Vragenlijst, Antwoorden, Codeboek.")
    ).toBeInTheDocument();
    expect(host.insertTemplate).toHaveBeenCalledWith("en");
  });
});
