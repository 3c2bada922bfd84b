// The site's data package (public/data/datapackage.json), a Data Package v2: its
// writer (data-step/publish/datapackage.ts), the archive step that adds the
// services' files, and the /data/ catalogue that reads it share this schema.
// Strict: a property the writer adds and the schema lacks stops the build.
import { z } from "zod";
import { DATA_PACKAGE_PROFILE } from "../io/data-package.ts";

const fieldSchema = z.strictObject({
  name: z.string(),
  type: z.string(),
  description: z.string(),
  constraints: z
    .object({ enum: z.array(z.string()) })
    .partial()
    .optional(),
});
export type Field = z.infer<typeof fieldSchema>;

const sourceSchema = z.strictObject({ title: z.string(), publisher: z.string(), year: z.string(), terms: z.string() });

// Keys in the order the writer writes them: parsing keeps this order, so the archive step's
// parse-and-write leaves the file's bytes as they were.
export const resourceSchema = z.strictObject({
  name: z.string(),
  path: z.string(),
  bytes: z.number().int(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  /** Tables only: `type: "table"`, their encoding, row count and Table Schema. */
  type: z.literal("table").optional(),
  format: z.string(),
  mediatype: z.string(),
  encoding: z.string().optional(),
  rows: z.number().int().optional(),
  schema: z
    .strictObject({ fields: z.array(fieldSchema), missingValues: z.array(z.string()).optional(), primaryKey: z.array(z.string()).optional() })
    .optional(),
  title: z.string(),
  description: z.string(),
  sources: z.array(sourceSchema).optional(),
});
export type Resource = z.infer<typeof resourceSchema>;

export const dataPackageSchema = z.strictObject({
  $schema: z.literal(DATA_PACKAGE_PROFILE),
  name: z.string(),
  title: z.string(),
  description: z.string(),
  sources: z.array(sourceSchema),
  reuse: z.string(),
  /** Every file: the tables (`type: "table"`, with their Table Schema), then the JSON files. */
  resources: z.array(resourceSchema),
});
export type DataPackage = z.infer<typeof dataPackageSchema>;
