/** The languages of what users read: Dutch by default, English available. */
export type Language = "nl" | "en";

/** A text in both user languages. */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** Picks the text for a language. @example localize({ nl: "Ja", en: "Yes" }, "en") // "Yes" */
export function localize(text: LocalizedText, language: Language): string {
  return text[language];
}
