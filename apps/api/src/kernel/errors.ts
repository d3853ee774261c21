import { fillSlots, fillText, issueText, recordEntityLabels, type LocalText, type Slots, type SlotValue, type TemplateSlots } from '@kepu/domain';
import type { z } from 'zod';
import { problemTypes, type ProblemName } from './problem-types.js';

/** What is wrong with one field, in both languages; the answer carries the client's. */
export interface FieldError {
  field: string;
  message: LocalText;
}

declare const catalogued: unique symbol;

/** A problem of the catalogue with its slots filled; only `problem()` makes one. */
export type Problem = {
  status: number;
  code: string;
  title: LocalText;
  readonly [catalogued]: true;
};

type ValuesOf<N extends ProblemName> = Record<TemplateSlots<(typeof problemTypes)[N]['code']> | Slots<(typeof problemTypes)[N]['title']>, SlotValue>;

/** The catalogued problem `name`, its slots filled from `values` (required exactly when it has slots). */
export function problem<N extends ProblemName>(name: N, ...[values]: keyof ValuesOf<N> extends never ? [] : [ValuesOf<N>]): Problem {
  const type = problemTypes[name];
  const filled: Record<string, SlotValue> = values ?? {};
  return { status: type.status, code: fillSlots(type.code, filled), title: fillText(type.title, filled) } as Problem;
}

export interface ProblemExtras {
  errors?: FieldError[];
  currentVersion?: number;
  retryAfter?: number;
}

/** A catalogued problem, thrown; the error handler answers it as problem+json in the client's language. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: LocalText;

  constructor(
    problem: Problem,
    readonly details: ProblemExtras = {},
  ) {
    // English in logs and stack traces; answers pick their language from `title`.
    super(problem.title.en);
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
  }
}

/** The SQLSTATE of a database error, whether drizzle wrapped it (in `cause`) or not. */
export function sqlState(error: unknown): string | undefined {
  const candidate = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  return typeof candidate === 'string' && /^[0-9A-Z]{5}$/.test(candidate) ? candidate : undefined;
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** What staff call each kind of thing a 404 or 412 can be about: `{entity}.not_found` names it. */
export const entityLabels = {
  ...recordEntityLabels,
  users: '用户',
  'api-keys': 'API 密钥',
  'export-schedules': '定时导出',
  'export-runs': '导出运行记录',
  regions: '行政区划',
  imports: '导入记录',
  dictionary: '字典条目',
  campaigns: '填报任务',
  submissions: '填报',
  attachments: '佐证材料',
  'assessment-criteria': '评价标准',
  webhooks: 'Webhook 订阅',
  deliveries: 'Webhook 投递记录',
} as const;
export type ProblemEntity = keyof typeof entityLabels;

const aboutEntity = (entity: ProblemEntity) => ({ entity, label: { zh: entityLabels[entity], en: entity.replace(/s$/, '') } });

export const notFound = (entity: ProblemEntity) => new AppError(problem('notFound', aboutEntity(entity)));

const unknownField = { zh: '没有这个字段，请检查字段名或删除', en: 'unknown field' };

/**
 * Zod issues as field errors under `prefix` (`body`, `query`, `schedule.target.filters` …): an
 * unknown key is named by its own path, and every message is in both languages.
 */
export function issueErrors(issues: readonly z.core.$ZodIssue[], prefix: string, unknownKey: FieldError['message'] = unknownField): FieldError[] {
  const pathOf = (path: readonly PropertyKey[]) => [prefix, ...path.map(String)].join('.');
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: pathOf([...issue.path, key]), message: unknownKey }))
      : [{ field: pathOf(issue.path), message: issueText(issue) }],
  );
}

export const invalidFields = (errors: FieldError[]) => new AppError(problem('invalidFields'), { errors });

export const unprocessable = (errors: FieldError[]) => new AppError(problem('unprocessable'), { errors });

export const preconditionRequired = () =>
  new AppError(problem('preconditionRequired'), { errors: [{ field: 'headers.if-match', message: { zh: '必须填写', en: 'required' } }] });

export const preconditionFailed = (entity: ProblemEntity, currentVersion: number) =>
  new AppError(problem('versionConflict', aboutEntity(entity)), { currentVersion });

export const idempotencyMismatch = () =>
  new AppError(problem('idempotencyKeyReused'), {
    errors: [{ field: 'headers.idempotency-key', message: { zh: '已用于另一个内容不同的请求', en: 'already used with a different body' } }],
  });

export const forbidden = () => new AppError(problem('forbidden'));
