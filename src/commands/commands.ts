/**
 * Ribbon function file (manifest.xml: `<FunctionFile resid="Commands.Url"/>`).
 *
 * The only ribbon button today is "Netwerkmeter openen", a ShowTaskpane action that needs no code.
 * ExecuteFunction commands go here later: define `function name(event: Office.AddinCommands.Event)`
 * that calls `event.completed()`, and register it with `Office.actions.associate("name", name)`.
 */

// office.js comes from the CDN; without it (offline, plain browser) there is nothing to set up.
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // Office is ready; no commands to register yet.
  });
}
