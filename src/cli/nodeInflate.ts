/**
 * Node's zlib as the .xlsx reader's inflater on the command line: about three times faster than
 * fflate (pure JavaScript, which the browser keeps using). `maxOutputLength` makes zlib stop with a
 * RangeError at the limit, so a part never inflates beyond what the ZIP directory allows
 * (zipEntries.ts).
 *
 * @example await readXlsx(bytes, "antwoorden.xlsx", "nl", { inflateRaw: nodeInflateRaw });
 */
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "../xlsx/zipEntries";

export const nodeInflateRaw: InflateRaw = (data, maxOutputLength) => {
  const inflated = inflateRawSync(data, { maxOutputLength });
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
};
