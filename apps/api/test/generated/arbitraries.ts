import { DATE_DOMAIN } from '@kepu/domain';
import fc from 'fast-check';

/** A JSON Schema node as the OpenAPI document serves it. */
export type JsonSchema = Record<string, unknown>;

/** Values that exist in the test database, so generated requests reach real records, not only 404s. */
export interface Pools {
  ids: string[];
  regionCodes: string[];
}

export interface SchemaContext {
  components: Record<string, JsonSchema>;
  pools: Pools;
}

const regionPattern = '^(\\d{6}|\\d{9}|\\d{12})$';

export function resolve(schema: JsonSchema, context: SchemaContext): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const target = context.components[ref.replace('#/components/schemas/', '')];
  if (!target) throw new Error(`unknown $ref ${ref}`);
  return resolve(target, context);
}

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

const dayMs = 86_400_000;
const domainDays = { min: Date.parse(`${DATE_DOMAIN.first}T00:00:00Z`) / dayMs, max: Date.parse(`${DATE_DOMAIN.last}T00:00:00Z`) / dayMs };
const dateInDomain = fc.oneof(
  fc.integer(domainDays).map((day) => new Date(day * dayMs).toISOString().slice(0, 10)),
  fc.constantFrom(DATE_DOMAIN.first, DATE_DOMAIN.last, '2024-02-29', '2025-12-31'),
);
const offsets = fc.constantFrom('+08:00', 'Z', '-05:00', '+14:00', '-12:00', '+05:45');
const instantInDomain = fc
  .tuple(dateInDomain, fc.integer({ min: 0, max: 86_399 }), fc.integer({ min: 0, max: 999_999 }), offsets)
  .map(([date, second, micros, offset]) => {
    const time = new Date(second * 1000).toISOString().slice(11, 19);
    const fraction =
      micros % 3 === 0
        ? ''
        : `.${String(micros)
            .padStart(6, '0')
            .slice(0, 1 + (micros % 6))}`;
    return `${date}T${time}${fraction}${offset}`;
  })
  // Shifting by the offset may step outside the domain at its very ends; those go to the invalid side.
  .filter((instant) => {
    const ms = Date.parse(instant);
    return ms >= Date.parse(`${DATE_DOMAIN.first}T00:00:00+08:00`) && ms < Date.parse(`${DATE_DOMAIN.lastYear + 1}-01-01T00:00:00+08:00`);
  });

/** Text as staff type it: Chinese, Latin, digits, emoji and spaces, within the schema's lengths. */
function textArbitrary(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const cap = Math.min(maxLength, 40);
  const pieces = fc.constantFrom('科', '普', '馆', '站', '渝', '北', 'a', 'Z', '7', ' ', '-', '😀', '·', '（', '）', "'", '"', '%', '_', '\\', '=');
  const body = fc.array(pieces, { minLength: Math.max(minLength, 1), maxLength: Math.max(cap, 1) }).map((parts) => parts.join(''));
  // Trimmed schemas would shrink a leading or trailing space below minLength; keep the ends solid.
  const trimmedSafe = body.map((text) => text.trim()).filter((text) => text.length >= minLength && text.length <= maxLength);
  const atLimit = maxLength <= 100_000 ? fc.constant('科'.repeat(maxLength)) : fc.constant('科');
  return fc.oneof({ weight: 8, arbitrary: trimmedSafe }, { weight: 1, arbitrary: atLimit });
}

/** A value the schema accepts (as far as JSON Schema can say; cross-field rules are the server's to check). */
export function validValue(schemaIn: JsonSchema, context: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn, context);
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (variants) return fc.oneof(...variants.map((variant) => validValue(variant, context, depth + 1)));
  if (schema.allOf)
    return validValue(Object.assign({}, ...(schema.allOf as JsonSchema[]).map((part) => resolve(part, context))) as JsonSchema, context, depth);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const type = schema.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((one) => validValue({ ...schema, type: one }, context, depth + 1)));
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = num(schema.minimum) ?? (num(schema.exclusiveMinimum) ?? -2_147_483_649) + 1;
      const max = num(schema.maximum) ?? (num(schema.exclusiveMaximum) ?? 2_147_483_648) - 1;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case 'number': {
      const min = num(schema.minimum) ?? -1e15;
      const max = num(schema.maximum) ?? 1e15;
      return fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(min, max));
    }
    case 'string':
      return stringValue(schema, context);
    case 'array': {
      const items = validValue((schema.items ?? {}) as JsonSchema, context, depth + 1);
      const minLength = num(schema.minItems) ?? 0;
      const maxLength = Math.min(num(schema.maxItems) ?? 5, depth > 2 ? minLength : 5);
      return fc.array(items, { minLength, maxLength: Math.max(minLength, maxLength) });
    }
    case 'object':
    case undefined: {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      if (Object.keys(properties).length === 0) return fc.constant({});
      // The required properties and a few optional ones: a record with every optional field filled
      // with a random value is refused for one of them almost always, and the rest goes untested.
      const required = (schema.required ?? []) as string[];
      const optional = Object.keys(properties).filter((key) => !required.includes(key));
      return fc
        .subarray(optional, { maxLength: Math.min(3, optional.length) })
        .chain((chosen) =>
          fc.record(Object.fromEntries([...required, ...chosen].map((key) => [key, validValue(properties[key] ?? {}, context, depth + 1)]))),
        );
    }
    default:
      throw new Error(`no arbitrary for type ${JSON.stringify(type)}`);
  }
}

function stringValue(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...context.pools.ids) }, { weight: 1, arbitrary: fc.uuid({ version: 4 }) });
    case 'date':
      return dateInDomain;
    case 'date-time':
      return instantInDomain;
    case 'email':
      return fc.emailAddress().filter((email) => email.length <= (num(schema.maxLength) ?? 254));
    default:
  }
  if (schema.pattern === regionPattern) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...context.pools.regionCodes) },
      { weight: 1, arbitrary: fc.stringMatching(/^(\d{6}|\d{9}|\d{12})$/) },
    );
  }
  const minLength = num(schema.minLength) ?? 0;
  const maxLength = num(schema.maxLength) ?? 200;
  if (typeof schema.pattern === 'string') {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length >= minLength && text.length <= maxLength);
  }
  return textArbitrary(minLength, maxLength);
}

/** Values no schema accepts in place of a valid one, and values at or just past a limit. */
export function invalidValue(schemaIn: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn, context);
  const hostile = fc.constantFrom<unknown>(
    'a\u0000b',
    '\u0000',
    'x\ud800y',
    '\udfff',
    'x'.repeat(100_000),
    42,
    -1,
    2 ** 53,
    1.5,
    true,
    null,
    [],
    {},
    [1, 2, 3],
    { nested: { deeper: ['x'] } },
    '',
    ' ',
    'not-a-uuid',
    '1948-12-31',
    '2101-01-01',
    '9999-12-31T23:59:59.9999999-05:00',
    '+010000-01-01T07:59+08:00',
    '2024-02-30',
    '00000000-0000-0000-0000-000000000000',
    "=cmd|' /C calc'!A0",
  );
  const limits: unknown[] = [];
  const maxLength = num(schema.maxLength);
  if (maxLength !== undefined && maxLength < 100_000) limits.push('科'.repeat(maxLength + 1));
  const minLength = num(schema.minLength);
  if (minLength !== undefined && minLength > 0) limits.push('科'.repeat(minLength - 1));
  const maximum = num(schema.maximum);
  if (maximum !== undefined) limits.push(maximum + 1);
  const minimum = num(schema.minimum);
  if (minimum !== undefined) limits.push(minimum - 1);
  const maxItems = num(schema.maxItems);
  if (maxItems !== undefined && maxItems < 10_000) limits.push(Array.from({ length: maxItems + 1 }, () => 'x'));
  if (schema.format === 'date') limits.push(`${DATE_DOMAIN.firstYear - 1}-12-31`, `${DATE_DOMAIN.lastYear + 1}-01-01`);
  if (schema.format === 'date-time') limits.push(`${DATE_DOMAIN.first}T00:00:00+09:00`, `${DATE_DOMAIN.lastYear + 1}-01-01T00:00:00+08:00`);
  return limits.length > 0 ? fc.oneof(hostile, fc.constantFrom(...limits)) : hostile;
}

/**
 * A valid object with at most one thing wrong: a property replaced by an invalid value, an unknown
 * property added, or nothing changed. Which one is part of the generated case, so a failure shrinks to it.
 */
export function objectCase(schemaIn: JsonSchema, context: SchemaContext): fc.Arbitrary<Record<string, unknown>> {
  const schema = resolve(schemaIn, context);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const keys = Object.keys(properties);
  const valid = validValue(schema, context) as fc.Arbitrary<Record<string, unknown>>;
  if (keys.length === 0) return valid;
  const broken = fc
    .tuple(valid, fc.constantFrom(...keys))
    .chain(([object, key]) => invalidValue(properties[key] ?? {}, context).map((value) => ({ ...object, [key]: value })));
  const extended = fc.tuple(valid, fc.constantFrom('unexpected', '__proto__', 'constructor', 'isAdmin', '字段')).map(([object, key]) => {
    const copy = { ...object };
    // A JSON-borne `__proto__` is an own property, as JSON.parse makes it, not a prototype.
    Object.defineProperty(copy, key, { value: 'x', enumerable: true, configurable: true, writable: true });
    return copy;
  });
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 3, arbitrary: broken }, { weight: 1, arbitrary: extended });
}

/** Percent-encodes for a query string; a lone surrogate becomes the bytes a careless client would send. */
export function encodeQueryValue(value: string): string {
  return [...value]
    .map((char) => {
      try {
        return encodeURIComponent(char);
      } catch {
        const code = char.charCodeAt(0);
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
      }
    })
    .join('');
}

/**
 * A known-good body with one property replaced by a generated value, valid or not, so generated
 * requests also reach what lies behind validation (scope, references, constraints, the write).
 */
export function exampleCase(
  schemaIn: JsonSchema,
  context: SchemaContext,
  example: () => Record<string, unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = (resolve(schemaIn, context).properties ?? {}) as Record<string, JsonSchema>;
  const keys = Object.keys(properties);
  const fresh = fc.constant(null).map(() => example());
  if (keys.length === 0) return fresh;
  const changed = fc.tuple(fc.constantFrom(...keys), fc.boolean()).chain(([key, valid]) =>
    (valid ? validValue(properties[key] ?? {}, context) : invalidValue(properties[key] ?? {}, context)).map((value) => ({
      ...example(),
      [key]: value,
    })),
  );
  return fc.oneof({ weight: 2, arbitrary: fresh }, { weight: 3, arbitrary: changed });
}
