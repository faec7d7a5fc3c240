/**
 * The metadata blob in `context.workbook.settings` (ExcelApi 1.4: per add-in and per workbook,
 * saved with the file). Queued helpers let the adapter read and write it inside its own batches,
 * so the blob costs no extra sync; OfficeMetadataStore is the standalone MetadataStore.
 */
import type { MetadataReading, MetadataStore, NetwerkmeterMetadata } from "../workbook/metadata";
import { METADATA_KEY, parseMetadata, serializeMetadata } from "../workbook/metadata";
import type { Language } from "../analysis/language";
import type { ExcelRun } from "./runtime";

/** Queues the read of the blob; read it with metadataOf after the next sync. */
export function queueReadMetadata(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(METADATA_KEY);
  setting.load("value");
  return setting;
}

/** The blob of a setting queued with queueReadMetadata, after the sync. */
export function metadataOf(setting: Excel.Setting, language: Language): MetadataReading {
  return setting.isNullObject ? { metadata: null } : parseMetadata(setting.value, language);
}

/** Queues the write of the blob (stored as a JSON string). */
export function queueWriteMetadata(
  context: Excel.RequestContext,
  metadata: NetwerkmeterMetadata
): void {
  context.workbook.settings.add(METADATA_KEY, serializeMetadata(metadata));
}

/** MetadataStore over the workbook settings: one Excel.run and one sync per call. */
export class OfficeMetadataStore implements MetadataStore {
  constructor(
    private readonly run: ExcelRun,
    private readonly language: Language = "nl"
  ) {}

  read(): Promise<MetadataReading> {
    return this.run(async (context) => {
      const setting = queueReadMetadata(context);
      await context.sync();
      return metadataOf(setting, this.language);
    });
  }

  write(metadata: NetwerkmeterMetadata): Promise<void> {
    return this.run(async (context) => {
      queueWriteMetadata(context, metadata);
      await context.sync();
    });
  }
}
