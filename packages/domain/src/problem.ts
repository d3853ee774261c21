import { z } from 'zod';

/**
 * How long a problem's parts may be. Titles and messages may quote what was sent (a path, a key, a
 * value), so the API cuts them to these lengths (and lists the first `errors` fields) however long
 * the request was; nothing Kepu writes itself comes near them.
 */
export const problemBounds = { code: 100, title: 500, detail: 1000, instance: 2048, field: 300, message: 1000, errors: 100 } as const;

/** RFC 9457 problem details, extended with a stable `code` and the failing fields. */
export const Problem = z
  .object({
    type: z.string().max('urn:kepu:problem:'.length + problemBounds.code),
    title: z
      .string()
      .max(problemBounds.title)
      .meta({ description: 'in the language Accept-Language prefers: Chinese (zh-CN) unless English is preferred; see Content-Language' }),
    status: z.number().int(),
    detail: z.string().max(problemBounds.detail).optional(),
    instance: z.string().max(problemBounds.instance).optional(),
    code: z.string().max(problemBounds.code).meta({ description: 'stable machine-readable code, e.g. events.not_found' }),
    errors: z
      .array(
        z.object({
          field: z.string().max(problemBounds.field).meta({ description: 'dotted path, e.g. body.endsAt' }),
          message: z.string().max(problemBounds.message).meta({ description: 'in the language of `title`' }),
        }),
      )
      .max(problemBounds.errors)
      .optional()
      .meta({ description: `the fields refused, at most ${problemBounds.errors}` }),
    currentVersion: z.number().int().optional().meta({ description: 'on 412: the version the record has now' }),
  })
  .meta({ id: 'Problem' });

export type ProblemDetails = z.infer<typeof Problem>;
