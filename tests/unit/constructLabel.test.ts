import { constructLabel } from "../../src/analysis/constructLabel";

test("constructs with a fixed meaning get a plain name, in Dutch or English", () => {
  expect(constructLabel("rol.coproducent", "nl")).toBe("Rol coproducent");
  expect(constructLabel("rol.coproducent", "en")).toBe("Co-producer role");
  expect(constructLabel("participatie.richtinggevend", "nl")).toBe("Richtinggevende inbreng");
});

test("other constructs are shown as written, with a capital first letter", () => {
  expect(constructLabel("inzet actietype", "nl")).toBe("Inzet actietype");
  expect(constructLabel("", "nl")).toBe("");
});
