/**
 * The reference for reading CSV text without quotes (src/xlsx/csvColumns.ts, readCsv.ts): what
 * papaparse makes of the text once its line ends are made LF, empty fields as null (what readCsv
 * did for every text before it read such text itself), and the random texts both readers are
 * pinned to it with.
 */
import * as Papa from "papaparse";

/** The records papaparse makes of `text` with its line ends made LF, empty fields → null. */
export function viaPapaparse(text: string, delimiter: string): (string | null)[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, "\n"), {
    delimiter,
    newline: "\n",
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  return parsed.data.map((record) => record.map((value) => (value === "" ? null : value)));
}

/**
 * `count` short texts without quotes (ragged lines, repeats, every line end, non-ASCII), each
 * with its separator (`;`, `,`, tab in turn): the same texts on every run (a small linear
 * congruential generator).
 */
export function randomQuoteFreeTexts(count: number): { text: string; delimiter: string }[] {
  let seed = 20261202;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = [";", ";", ",", "\t", "\n", "\r\n", "\r", "4", "4", "ab", "groot", "é", "€"];
  const texts: { text: string; delimiter: string }[] = [];
  for (let round = 0; round < count; round += 1) {
    let text = "";
    const length = Math.floor(random() * 30);
    for (let index = 0; index < length; index += 1)
      text += pieces[Math.floor(random() * pieces.length)];
    texts.push({ text, delimiter: [";", ",", "\t"][round % 3] });
  }
  return texts;
}
