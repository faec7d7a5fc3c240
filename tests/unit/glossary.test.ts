/**
 * docs/glossary.md: one Dutch word per concept in everything users read. Scans the sources of the
 * pane strings, the command line and the report/host messages (comments stripped) for the words the
 * glossary forbids: werkboek (Dutch Excel says werkmap), uitspraak (stelling), je/jij/jouw (u/uw),
 * "Voorbeeld in de browser" (browserversie; "voorbeeld" is the example file).
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "..", "..", "src");

/** Block comments and whole-line comments out, line numbers kept (JSDoc may quote old words). */
function stripComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ""))
    .replace(/^\s*\/\/.*$/gm, "");
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/werkboek/i, "werkmap"],
  [/uitspra(ak|ken)/i, "stelling(en)"],
  [/\b(je|jij|jouw)\b/i, "u / uw"],
  [/Voorbeeld in de browser/i, "browserversie"],
];

/** English sources: the English strings and names in code may say "je" nowhere, but skip them. */
const ENGLISH = new Set(["taskpane/strings/en.ts"]);

describe("docs/glossary.md is followed", () => {
  const sources = files(SRC).filter(
    (file) => !ENGLISH.has(path.relative(SRC, file).split(path.sep).join("/"))
  );

  it("scans the pane strings, the command line and the report texts", () => {
    const relative = sources.map((file) => path.relative(SRC, file).split(path.sep).join("/"));
    expect(relative).toEqual(
      expect.arrayContaining([
        "taskpane/strings/nl.ts",
        "cli/main.ts",
        "report/buildReport.ts",
        "app/messages.ts",
      ])
    );
  });

  it.each(FORBIDDEN)("no %s in Dutch texts (use %s)", (pattern) => {
    const hits: string[] = [];
    for (const file of sources) {
      const lines = stripComments(fs.readFileSync(file, "utf8")).split("\n");
      lines.forEach((line, index) => {
        // Only string contents: quoted or template-literal text on the line.
        const strings = line.match(/(["'`])(?:\\.|(?!\1).)*\1/g) ?? [];
        if (strings.some((text) => pattern.test(text)))
          hits.push(`${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
