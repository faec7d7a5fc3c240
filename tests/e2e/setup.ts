/**
 * setupFilesAfterEnv of the "e2e" project: browser tests wait for a real Chromium, webpack chunks
 * and ExcelJS, so each test and hook gets two minutes (jest's testTimeout is global-only).
 */
jest.setTimeout(120_000);

export {};
