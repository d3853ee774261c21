import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

/**
 * Responses are written by fast-json-stringify from the JSON Schema of the route's zod response
 * schema: the shape stays the one documented, without re-validating every row with zod on the
 * way out (that check cost a quarter of a list request's time).
 *
 * Each serializer is compiled when its route first answers with that status, not when the route is
 * registered: compiling every route's every status up front was most of buildApp's time at start-up
 * (`npm run bench -- startup`), and most of them are not used soon after a start, some never.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  let serialize: ((data: unknown) => string) | undefined;
  return (data) => {
    serialize ??= fastJson(z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any', reused: 'inline' }) as object);
    return serialize(data);
  };
};
