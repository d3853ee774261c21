import type { z } from 'zod';
import { count } from './common.js';
import { figureQualifier } from './enums.js';
import { bilingualIssue } from './messages.js';

/**
 * Figures a source may not give, and the qualifiers it writes beside them ("4700余人", "近9元").
 * Every record type that holds such a figure declares it with these, so null means 未填报 (shown as
 * "—", counted in the statistics' unknown counts) the same way everywhere, never 0.
 */

/** A count the source may leave out: null (or left out) is unknown. */
export const figureOrUnknown = (description: string) =>
  count
    .nullable()
    .optional()
    .meta({ description: `${description}; null when the source does not say (unknown, not 0)` });

/** The field list entry of a figure's qualifier. */
export const qualifierField = <const L extends readonly [string, string]>(label: L) => ({
  input: figureQualifier.schema
    .nullable()
    .optional()
    .meta({ description: 'how the source qualifies the figure (约, 余, 以上 …); only with the figure' }),
  label,
});

/**
 * 受众人次 and 受众人数 with their qualifiers, as events and activity summaries both hold them; `at`
 * places them among the record's list columns.
 */
export const audienceFigureFields = (at: { attendance: number; participants: number }) =>
  ({
    attendance: {
      input: figureOrUnknown('受众人次 (person-times): every attendance counts'),
      label: ['受众人次', 'Attendance (person-times)'],
      list: { at: at.attendance, shown: true, sort: 'attendance' },
    },
    attendanceQualifier: qualifierField(['人次限定', 'Attendance qualifier']),
    participants: {
      input: figureOrUnknown('受众人数 (distinct people); never more than attendance'),
      label: ['受众人数', 'Participants (people)'],
      list: { at: at.participants },
    },
    participantsQualifier: qualifierField(['人数限定', 'Participants qualifier']),
  }) as const;

/** A qualifier qualifies a figure that is there: `[figure, qualifier]` field pairs. */
export function checkQualifiers<K extends string>(
  value: Partial<Record<K, unknown>>,
  pairs: readonly (readonly [figure: K, qualifier: K])[],
  ctx: z.RefinementCtx,
) {
  for (const [figure, qualifier] of pairs) {
    if (value[qualifier] != null && value[figure] == null) {
      ctx.addIssue(bilingualIssue([qualifier], { zh: '没有数值时不能填写限定词', en: `only allowed together with ${figure}` }));
    }
  }
}

/** The qualifier field of a figure field, by the naming rule every record type follows. */
export const isQualifierField = (field: string) => field.endsWith('Qualifier');
