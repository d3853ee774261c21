import { z } from 'zod';

/** RFC 9457 problem details, extended with a stable `code` and the failing fields. */
export const Problem = z
  .object({
    type: z.string(),
    title: z
      .string()
      .meta({ description: 'in the language Accept-Language prefers: Chinese (zh-CN) unless English is preferred; see Content-Language' }),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().meta({ description: 'stable machine-readable code, e.g. events.not_found' }),
    errors: z
      .array(
        z.object({
          field: z.string().meta({ description: 'dotted path, e.g. body.endsAt' }),
          message: z.string().meta({ description: 'in the language of `title`' }),
        }),
      )
      .optional(),
    currentVersion: z.number().int().optional().meta({ description: 'on 412: the version the record has now' }),
  })
  .meta({ id: 'Problem' });

export type ProblemDetails = z.infer<typeof Problem>;
