/**
 * A grid stored by column (src/analysis/columnGrid.ts) as an ordinary grid of row arrays, made
 * from its store: a copy by spreading would build the rows of the stored grid itself (and let its
 * store go), which the tests comparing the two ways of reading must not do.
 */
import { rowsOfStore } from "../../src/analysis/columnGrid";
import type { Grid } from "../../src/analysis/grid";

export function rowArrayGrid(stored: Grid): Grid {
  if (!stored.columns) throw new Error("rowArrayGrid needs a grid stored by column");
  return {
    file: stored.file,
    sheet: stored.sheet,
    originRow: stored.originRow,
    originColumn: stored.originColumn,
    rows: rowsOfStore(stored.columns),
  };
}
