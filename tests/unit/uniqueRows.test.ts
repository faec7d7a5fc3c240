/** uniqueRows (src/analysis/uniqueRows.ts): worked by hand on five rows. */
import { uniqueRows } from "../../src/analysis/uniqueRows";

test("a name on two rows (any case or accent) identifies no one; blanks are skipped", () => {
  const { rows, duplicates } = uniqueRows({
    values: ["Gent", "Aalst", "gent", null, "  ", "Liège", "LIEGE"],
  });
  expect([...rows]).toEqual([["aalst", 1]]);
  expect(duplicates).toEqual(["gent", "liege"]);
});

test("a name found three times is reported once and stays out", () => {
  const { rows, duplicates } = uniqueRows({ values: ["a", "b", "A", "a"] });
  expect([...rows]).toEqual([["b", 1]]);
  expect(duplicates).toEqual(["a"]);
});
