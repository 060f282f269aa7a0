import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useCaseJsonSchema } from './json-schema.ts';

type Node = { [key: string]: unknown };
const props = (n: unknown) => (n as Node).properties as Record<string, Node>;

describe('useCaseJsonSchema', () => {
  const schema = useCaseJsonSchema();

  it('is a titled draft 2020-12 schema that rejects unknown keys', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toContain('use case');
    expect(typeof schema.description).toBe('string');
    expect(schema.additionalProperties).toBe(false);
    expect(props(schema).problem?.additionalProperties).toBe(false);
  });

  it('states the defaults', () => {
    expect(props(schema).language?.default).toBe('nl');
    expect(props(schema).schemaVersion?.default).toBe(1);
    expect(props(props(schema).problem).weeksPerYear?.default).toBe(52);
  });

  it('describes fields and bounds fractions to 0..1', () => {
    const errorRate = props(props(schema).problem).errorRate;
    expect(errorRate?.description).toMatch(/fraction/);
    expect(errorRate?.minimum).toBe(0);
    expect(errorRate?.maximum).toBe(1);
    const vendor = (props(props(schema).partner).vendors as Node).items as Node;
    expect(props(vendor).processingAgreement?.description).toMatch(/processing agreement/);
  });

  it('keeps descriptions the zod schema already has', () => {
    const business = props(props(schema).businessCase);
    expect(business.timeReduction?.description).toBeTruthy();
  });

  it('lists every top-level field of the canonical example', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const example = parse(readFileSync(join(here, '../../../examples/invoice-entry.yaml'), 'utf8')) as Node;
    for (const key of Object.keys(example)) expect(props(schema)).toHaveProperty(key);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
