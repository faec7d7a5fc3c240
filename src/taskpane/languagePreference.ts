/**
 * The language a user chose in the pane, remembered per user in the browser's localStorage (the
 * task pane's webview keeps it per user profile, and per add-in origin). Office's display language
 * (or the browser's) is only the default for someone who never chose.
 *
 * Storage can be missing or refuse (private mode, a locked-down webview): then the choice simply
 * lasts for this session.
 */
import type { Language } from "../analysis/language";

export const LANGUAGE_KEY = "netwerkmeter.language";

/** Where the choice is kept (window.localStorage in the pane; a Map-like fake in tests). */
export type PreferenceStorage = Pick<Storage, "getItem" | "setItem">;

/** The browser's localStorage, or null when it cannot be used. */
export function browserStorage(): PreferenceStorage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/**
 * The stored choice, or null when there is none (or it cannot be read).
 *
 * @example storedLanguage({ getItem: () => "en", setItem: () => {} }) // "en"
 */
export function storedLanguage(storage: PreferenceStorage | null): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return value === "nl" || value === "en" ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the choice; a storage that refuses is ignored (the choice lasts this session). */
export function storeLanguage(storage: PreferenceStorage | null, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Quota or policy: nothing to tell the user, the pane works in the chosen language anyway.
  }
}
