/**
 * Reading picked files and saving a download in the browser (task pane and preview alike). No
 * Office and no ExcelJS here: the bytes go to the host, which knows what an .xlsx is.
 */

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** True for names ending in .xlsx (any case); .xls, .xlsm and .csv are not accepted here. */
export function isXlsx(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}

/** The file's bytes. Uses Blob.arrayBuffer where present, FileReader otherwise (older webviews). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}

/** Offers bytes as a download named `name` (an object URL and a link click). */
export function saveBytes(name: string, bytes: Uint8Array, type = XLSX_MIME): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A readable message from anything thrown (Error, OfficeExtension.Error, a string). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  if (error && typeof error === "object" && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string" && message) return message;
  }
  return String(error);
}

/**
 * The machine code of an error (an InputError's EMPTY_FILE, NOT_XLSX, NO_DATA …), so the pane can
 * say what is wrong with the file instead of one message for every cause.
 *
 * @example errorCode(new InputError("EMPTY_FILE", { file: "a.xlsx" })) // { code: "EMPTY_FILE" }
 */
export function errorCode(error: unknown): { code?: string } {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]*$/.test(code)) return { code };
  }
  return {};
}
