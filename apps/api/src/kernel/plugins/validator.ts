import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/**
 * Request schemas are zod schemas, parsed with `reportInput` so each issue keeps the value it was
 * about (the Chinese wording of a wrong type names what was received), and refused with zod's own
 * error: Fastify hands it to the error handler with `validationContext` set, and the problems
 * plugin words every issue in the client's language. fastify-type-provider-zod's compiler reshapes
 * issues into Ajv's form and drops the input.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: result.error };
  };
