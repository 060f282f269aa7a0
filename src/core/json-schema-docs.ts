import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

/** A field's description and default, for a JSON Schema generated from zod. */
export type FieldDoc = { description: string; default?: unknown };

/** The sub-schema at a dotted path (`[]` for list items), or undefined. */
function schemaAt(root: JsonSchema, path: string): JsonSchema | undefined {
  let cur: JsonSchema | undefined = root;
  for (const part of path.split('.')) {
    const isList = part.endsWith('[]');
    const name = isList ? part.slice(0, -2) : part;
    const props = cur?.properties as Record<string, JsonSchema> | undefined;
    cur = props?.[name];
    if (isList) cur = cur?.items as JsonSchema | undefined;
  }
  return cur;
}

/**
 * A file format's JSON Schema (draft 2020-12) generated from its zod schema, so it cannot drift,
 * with the descriptions and defaults of `fields` (by dotted path, `[]` for "each item of the list";
 * a field whose zod schema has a description keeps it) and the format's own id, title and description.
 */
export function documentedJsonSchema(
  schema: z.ZodType,
  options: { id: string; title: string; description: string; fields: Record<string, FieldDoc> },
): JsonSchema {
  const generated = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  for (const [path, doc] of Object.entries(options.fields)) {
    const node = schemaAt(generated, path);
    if (node === undefined) continue;
    if (node.description === undefined) node.description = doc.description;
    if (doc.default !== undefined && node.default === undefined) node.default = doc.default;
  }
  return {
    $schema: generated.$schema,
    $id: options.id,
    title: options.title,
    description: options.description,
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
}
