/**
 * An A1 reference with its sheet, as Excel writes it: Antwoorden!K17, or 'Mijn blad'!K17 when the
 * sheet name needs quotes (spaces, punctuation, a leading digit).
 *
 * @example cellRef("Mijn blad", "K17") // "'Mijn blad'!K17"
 */
export function cellRef(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}
