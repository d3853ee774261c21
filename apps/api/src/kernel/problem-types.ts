import type { LocalText } from '@kepu/domain';

/**
 * Code namespaces, the part before the dot. A problem about one kind of resource is named after
 * that resource's path segment, spelled as in the URL: `/api/v1/api-keys` → `api-keys.…`,
 * `/api/v1/imports` → `imports.…`, `/api/v1/downloads` → `downloads.…`; `{entity}` stands for such
 * a segment. A problem about the request or the caller rather than one resource takes a cross-cutting
 * namespace. The part after the dot is snake_case. problem-types.test.ts checks every code here, and
 * test/openapi.test.ts that every resource namespace is a segment of a route.
 */
export const codeNamespaces = {
  resources: [
    'api-keys',
    'assessment-criteria',
    'attachments',
    'campaigns',
    'deliveries',
    'dictionary',
    'downloads',
    'export-runs',
    'imports',
    'submissions',
    'trash',
    'users',
    'webhooks',
  ],
  crossCutting: ['request', 'auth', 'scope', 'route', 'server', 'database'],
} as const;

/**
 * Every problem the API answers with: status, stable code (partners key on it, never change one)
 * and title in both languages. `{name}` slots are filled where the problem is raised; a code's slot
 * takes a plain value (`{entity}.not_found` → `events.not_found`), a title's may be bilingual.
 * Problems are raised only from here (AppError takes nothing else), so a title in one language, or
 * a code no test knows of, does not compile.
 */
export const problemTypes = {
  // 400: the request itself
  invalidFields: {
    status: 400,
    code: 'request.invalid',
    title: { zh: '请求中有字段填写有误，请按各字段的提示修改', en: 'The request has invalid fields' },
  },
  ifMatchMalformed: {
    status: 400,
    code: 'request.invalid',
    title: { zh: 'If-Match 须为您收到的 ETag，例如 "3"', en: 'If-Match must be the ETag you received, e.g. "3"' },
  },
  idempotencyKeyMalformed: {
    status: 400,
    code: 'request.invalid',
    title: { zh: 'Idempotency-Key 须为 1–200 个可见 ASCII 字符', en: 'Idempotency-Key must be 1–200 visible ASCII characters' },
  },
  cursorMalformed: {
    status: 400,
    code: 'request.invalid',
    title: {
      zh: 'cursor 须原样使用上次同步响应中的 cursor；从头同步请不带 cursor',
      en: 'cursor must be sent back exactly as a sync response gave it; leave it out to sync from the beginning',
    },
  },
  currentPasswordWrong: { status: 400, code: 'request.invalid', title: { zh: '当前密码不正确', en: 'The current password is wrong' } },
  apiKeyLifetime: { status: 400, code: 'request.invalid', title: { zh: '密钥的有效期最长为一年', en: 'A key expires within a year from now' } },
  valueFormat: { status: 400, code: 'request.invalid', title: { zh: '有字段的格式不正确', en: 'A value has the wrong format' } },
  numberOutOfRange: { status: 400, code: 'request.invalid', title: { zh: '有数字超出了允许的范围', en: 'A number is out of range' } },
  dateTimeInvalid: { status: 400, code: 'request.invalid', title: { zh: '日期或时间无效', en: 'A date or time is invalid' } },
  dateTimeOutOfRange: { status: 400, code: 'request.invalid', title: { zh: '日期或时间超出了允许的范围', en: 'A date or time is out of range' } },
  bodyEncoding: {
    status: 400,
    code: 'request.encoding',
    title: { zh: '请求内容不是有效的 {encoding} 编码', en: 'The body is not valid {encoding}' },
  },
  queryEncoding: {
    status: 400,
    code: 'request.encoding',
    title: { zh: '查询参数不是有效的 UTF-8 百分号编码', en: 'A query parameter is not valid percent-encoded UTF-8' },
  },
  emptyBody: {
    status: 400,
    code: 'request.empty_body',
    title: { zh: '请求内容为空，请发送 JSON 文档', en: 'The body is empty; send a JSON document' },
  },
  invalidJson: { status: 400, code: 'request.invalid_json', title: { zh: '请求内容不是有效的 JSON', en: 'The body is not valid JSON' } },
  malformed: {
    status: 400,
    code: 'request.malformed',
    title: {
      zh: '无法解析此 HTTP 请求；网址中的非 ASCII 字符须先做百分号编码',
      en: 'The HTTP request could not be parsed; percent-encode non-ASCII characters in the URL',
    },
  },
  headersTooLarge: {
    status: 431,
    code: 'request.too_large',
    title: {
      zh: '网址和请求头合计超过 16 KiB，请减少筛选条件或清理 Cookie 后再试',
      en: 'The URL and headers together are over 16 KiB; shorten the query (fewer filter values) or the cookies',
    },
  },
  charset: {
    status: 415,
    code: 'request.charset',
    title: { zh: '无法读取请求内容所用的字符集，请改用 UTF-8', en: 'The body is in a character set Kepu does not read; send UTF-8' },
  },

  // Fastify's own client errors: Fastify's English message, our Chinese.
  bodyTooLarge: { status: 413, code: 'request.body_too_large', title: { zh: '请求内容过大', en: '{message}' } },
  emptyJsonBody: { status: 400, code: 'request.empty_json_body', title: { zh: '请求内容为空，请发送 JSON 文档', en: '{message}' } },
  invalidMediaType: { status: 415, code: 'request.invalid_media_type', title: { zh: '不支持此内容类型（Content-Type）', en: '{message}' } },
  invalidContentLength: {
    status: 400,
    code: 'request.invalid_content_length',
    title: { zh: '请求内容的长度与 Content-Length 不符', en: '{message}' },
  },
  badUrl: { status: 400, code: 'request.bad_url', title: { zh: '网址中有无效的字符或编码', en: '{message}' } },
  paramTooLong: { status: 414, code: 'request.max_param_length', title: { zh: '网址中的参数过长', en: '{message}' } },
  /** Any other client error Fastify raises: the status is Fastify's, the code its name. */
  frameworkError: { status: 400, code: 'request.{name}', title: { zh: '请求无法处理（{message}）', en: '{message}' } },

  // 401, 403: who is asking
  invalidCredentials: { status: 401, code: 'auth.invalid_credentials', title: { zh: '用户名或密码错误', en: 'Wrong username or password' } },
  authorizationMalformed: {
    status: 401,
    code: 'auth.malformed',
    title: { zh: 'Authorization 请求头须为 "Bearer <API 密钥>"', en: 'Authorization must be "Bearer <API key>"' },
  },
  credentialUnknown: {
    status: 401,
    code: 'auth.{credential}_unknown',
    title: { zh: '登录状态或 API 密钥无效，请重新登录', en: 'The session or API key is not valid; sign in again' },
  },
  credentialExpired: {
    status: 401,
    code: 'auth.{credential}_expired',
    title: { zh: '登录已过期或 API 密钥已到期，请重新登录', en: 'The session or API key has expired; sign in again' },
  },
  credentialRevoked: {
    status: 401,
    code: 'auth.{credential}_revoked',
    title: { zh: '登录状态或 API 密钥已被吊销，请重新登录', en: 'The session or API key has been revoked; sign in again' },
  },
  authenticationRequired: {
    status: 401,
    code: 'auth.required',
    title: { zh: '请先登录，或以 Authorization: Bearer … 发送 API 密钥', en: 'Sign in, or send an API key as Authorization: Bearer …' },
  },
  forbidden: { status: 403, code: 'auth.forbidden', title: { zh: '您的角色无权进行此操作', en: 'Your role does not allow this' } },
  apiKeysHaveNoPassword: { status: 403, code: 'auth.forbidden', title: { zh: 'API 密钥没有密码', en: 'API keys have no password' } },
  exportNeedsRead: {
    status: 403,
    code: 'auth.forbidden',
    title: { zh: '导出{label}需要 {entity}:read 权限', en: 'Exporting {entity} needs {entity}:read' },
  },
  importNeedsWrite: {
    status: 403,
    code: 'auth.forbidden',
    title: { zh: '导入{label}需要 {entity}:write 权限', en: 'Importing {entity} needs {entity}:write' },
  },
  reportsNeedStats: {
    status: 403,
    code: 'auth.forbidden',
    title: { zh: '生成报表需要 stats:read 权限', en: 'Reports need the stats:read permission' },
  },
  scheduleOwnerOnly: {
    status: 403,
    code: 'auth.forbidden',
    title: { zh: '只有创建者或管理员可以修改此定时导出', en: 'Only the owner or an administrator can change this schedule' },
  },
  schedulesNeedUser: {
    status: 403,
    code: 'auth.forbidden',
    title: { zh: '定时导出属于用户，API 密钥不能创建', en: 'Schedules belong to users; an API key cannot own one' },
  },
  notYourUnit: {
    status: 403,
    code: 'submissions.not_your_unit',
    title: { zh: '只能由{unit}本级填报；您的范围是{scope}', en: 'Only {unit} itself fills this in; your scope is {scope}' },
  },
  reviewLevelAbove: {
    status: 403,
    code: 'submissions.review_level',
    title: { zh: '此填报由上一级（{parent}）审核，您不能审核', en: 'The level above ({parent}) reviews this submission' },
  },
  campaignLevels: {
    status: 403,
    code: 'campaigns.levels',
    title: { zh: '只能为本级以下的单位发起填报任务', en: 'A campaign asks units below your own level' },
  },
  campaignsNeedUser: {
    status: 403,
    code: 'auth.forbidden',
    title: { zh: '填报任务由用户发起，API 密钥不能发起', en: 'Campaigns are opened by users, not API keys' },
  },
  webhookEventsNotReadable: {
    status: 403,
    code: 'webhooks.events_not_readable',
    title: { zh: '只能订阅您有权查看的记录的事件', en: 'You can only subscribe to events of records you may read' },
  },
  csrf: {
    status: 403,
    code: 'auth.csrf',
    title: { zh: '请求缺少登录时收到的 X-CSRF-Token，请刷新页面后重试', en: 'Send the X-CSRF-Token header you received at sign-in' },
  },
  outOfScope: {
    status: 403,
    code: 'scope.forbidden',
    title: { zh: '该行政区划不在您可{action}的范围内', en: 'This region is outside the area you may {action}' },
  },
  roleTooHigh: { status: 403, code: 'users.role_too_high', title: { zh: '不能授予高于您自己的角色', en: 'You cannot grant a role above your own' } },
  keyScopeTooWide: {
    status: 403,
    code: 'api-keys.scope_too_wide',
    title: { zh: '密钥的权限不能超过创建者本人', en: 'A key cannot do more than its creator' },
  },
  downloadLinkInvalid: {
    status: 403,
    code: 'downloads.link_invalid',
    title: {
      zh: '下载链接无效或已过期，请到定时导出的运行记录中获取新链接',
      en: "This download link is invalid or has expired; open the schedule's history for a fresh one",
    },
  },

  // 404–412: the records asked for
  notFound: {
    status: 404,
    code: '{entity}.not_found',
    title: { zh: '找不到该{label}，它可能已被删除，或不在您的权限范围内', en: 'No such {label}' },
  },
  runHasNoFile: { status: 404, code: 'export-runs.no_file', title: { zh: '这次运行还没有生成文件', en: 'This run has no file (yet)' } },
  routeNotFound: { status: 404, code: 'route.not_found', title: { zh: '没有这个接口：{method} {path}', en: 'No route {method} {path}' } },
  methodNotAllowed: {
    status: 405,
    code: 'route.method_not_allowed',
    title: { zh: '{path} 不支持 {method}，请改用 {allowed}', en: '{method} is not allowed on {path}; use {allowed}' },
  },
  conflict: {
    status: 409,
    code: 'request.conflict',
    title: {
      zh: '已有记录使用了相同的唯一值（如统一社会信用代码、用户名），不能重复',
      en: 'A live record with the same unique value already exists',
    },
  },
  stillReferenced: {
    status: 409,
    code: 'trash.still_referenced',
    title: { zh: '仍有其他记录引用此记录，请先彻底删除或修改那些记录', en: 'Other records still refer to this one; purge or change them first' },
  },
  dictionaryEntryExists: {
    status: 409,
    code: 'dictionary.code_taken',
    title: { zh: '{kind}中已有代码为 {code} 的条目', en: 'The {kind} dictionary already has an entry {code}' },
  },
  dictionaryFull: {
    status: 409,
    code: 'dictionary.full',
    title: {
      zh: '{kind}已有 {max} 个条目（含已停用的），不能再添加；请删除不再使用的条目',
      en: 'The {kind} dictionary holds its maximum of {max} entries (retired ones included); delete unused ones first',
    },
  },
  dictionaryEntryInUse: {
    status: 409,
    code: 'dictionary.in_use',
    title: {
      zh: '仍有记录（含回收站中的记录）使用此条目，不能删除；请改为停用，停用后已有记录保持不变',
      en: 'Records (trashed ones included) still hold this entry; retire it instead, which keeps them as they are',
    },
  },
  dictionaryEntryOfficial: {
    status: 409,
    code: 'dictionary.official',
    title: {
      zh: '这是系统内置条目（统计规则或科普统计表使用它），只能停用，不能删除',
      en: 'A built-in entry (the rules or the statistics form name it) can be retired but not deleted',
    },
  },
  criteriaFull: {
    status: 409,
    code: 'assessment-criteria.full',
    title: {
      zh: '评价标准目录已有 {max} 条标准，不能再添加；请删除不再使用的标准',
      en: 'The criteria catalogue holds its maximum of {max} criteria; delete unused ones first',
    },
  },
  attachmentsFull: {
    status: 409,
    code: 'submissions.attachments_full',
    title: {
      zh: '此填报已有 {max} 份佐证材料，不能再上传；请删除不再需要的材料',
      en: 'This submission holds its maximum of {max} attachments; delete ones no longer needed first',
    },
  },
  submissionState: {
    status: 409,
    code: 'submissions.state',
    title: { zh: '此填报当前为“{status}”，不能{action}', en: 'This submission is {status}; it cannot be {action}' },
  },
  deliveryPending: {
    status: 409,
    code: 'deliveries.pending',
    title: {
      zh: '这次投递仍在发送或等待重试，结束后才能重新投递',
      en: 'This delivery is still being sent or retried; redeliver it once it has finished',
    },
  },
  webhookInactive: {
    status: 409,
    code: 'webhooks.inactive',
    title: { zh: '此订阅已停用，请先启用再重新投递', en: 'This subscription is turned off; turn it on before redelivering' },
  },
  deadlinePassed: {
    status: 409,
    code: 'submissions.deadline_passed',
    title: {
      zh: '填报已于 {deadline} 截止，不能再保存或提交；如需补报，请联系上级延长截止日期',
      en: 'The deadline ({deadline}) has passed; ask the level above to extend it',
    },
  },
  campaignClosed: {
    status: 409,
    code: 'campaigns.closed',
    title: { zh: '此填报任务已结束，不能再保存或提交', en: 'This campaign is closed' },
  },
  runFileGone: {
    status: 410,
    code: 'export-runs.file_gone',
    title: {
      zh: '这次运行的文件已不再保存，请重新运行该定时导出以生成新文件',
      en: "This run's file is no longer stored; run the schedule again for a fresh one",
    },
  },
  versionConflict: {
    status: 412,
    code: '{entity}.version_conflict',
    title: {
      zh: '该{label}在您打开后已被他人修改，请重新加载后再修改',
      en: 'Someone else changed this record since you read it; reload and re-apply your change',
    },
  },
  attachmentTooLarge: {
    status: 413,
    code: 'submissions.attachment_too_large',
    title: { zh: '佐证材料不能超过 {megabytes} MB', en: 'An attachment may be at most {megabytes} MB' },
  },
  attachmentType: {
    status: 415,
    code: 'submissions.attachment_type',
    title: {
      zh: '佐证材料只能是 PDF、PNG、JPEG 图片或 XLSX 表格（按文件内容判断，而非文件名）',
      en: 'Evidence must be a PDF, PNG or JPEG image, or XLSX workbook (judged by its content, not its name)',
    },
  },
  importMediaType: { status: 415, code: 'imports.media_type', title: { zh: '请直接以文件作为请求内容上传', en: 'Send the file itself as the body' } },

  // 422: well-formed, but not usable
  unprocessable: {
    status: 422,
    code: 'request.unprocessable',
    title: { zh: '请求引用的记录不存在或不能使用', en: 'The request refers to records that do not exist or cannot be used' },
  },
  referenceMissing: {
    status: 422,
    code: 'request.unprocessable',
    title: { zh: '请求引用的记录不存在', en: 'The request refers to a record that does not exist' },
  },
  modelRuleBroken: {
    status: 422,
    code: 'request.unprocessable',
    title: { zh: '填写的内容不符合数据规则', en: 'The values break a rule of the data model' },
  },
  idempotencyKeyReused: {
    status: 422,
    code: 'request.idempotency_key_reused',
    title: { zh: '此 Idempotency-Key 已用于另一个内容不同的请求', en: 'This Idempotency-Key was already used with a different request body' },
  },
  importUnreadable: { status: 422, code: 'imports.{reason}', title: { zh: '文件无法导入', en: 'The file cannot be imported' } },
  importHeaders: {
    status: 422,
    code: 'imports.headers',
    title: { zh: '文件的表头与模板不一致', en: "The file's header row does not match the template" },
  },
  webhookUrlRefused: {
    status: 422,
    code: 'webhooks.url_refused',
    title: { zh: '此网址不能接收 Webhook', en: 'This URL cannot receive webhooks' },
  },
  importEmpty: { status: 422, code: 'imports.empty', title: { zh: '文件中没有任何行', en: 'The file has no rows' } },
  importInvalid: {
    status: 422,
    code: 'imports.invalid',
    title: { zh: '{rows} 行共有 {problems} 处问题，未导入任何数据', en: '{problems} problems in {rows} rows; nothing was imported' },
  },

  // 428, 429: how the request was made
  preconditionRequired: {
    status: 428,
    code: 'request.precondition_required',
    title: {
      zh: '请在 If-Match 中带上您最后读取的 ETag（版本号），以便发现他人同时所做的修改',
      en: 'Send If-Match with the ETag (version) you last read, so concurrent edits are detected',
    },
  },
  tooManyAttempts: {
    status: 429,
    code: 'auth.too_many_attempts',
    title: { zh: '登录失败次数过多，请 {seconds} 秒后再试', en: 'Too many failed sign-ins; try again in {seconds} s' },
  },
  rateLimited: {
    status: 429,
    code: 'request.rate_limited',
    title: { zh: '{what}过于频繁（{per}最多 {quota} 次），请 {seconds} 秒后再试', en: 'Too many {what} ({quota} {per}); try again in {seconds} s' },
  },
  tooManyRunning: {
    status: 429,
    code: 'request.too_many_running',
    title: {
      zh: '您有 {count} 个导出、报表或导入正在进行，请等其中一个完成后再开始新的',
      en: '{count} of your exports, reports or imports are still running; start another when one has finished',
    },
  },

  // 5xx: ours
  serverError: {
    status: 500,
    code: 'server.error',
    title: { zh: '服务器出错了，我们已记录此问题，请稍后再试', en: 'Something went wrong on our side; it has been logged' },
  },
  databaseUnavailable: {
    status: 503,
    code: 'database.unavailable',
    title: { zh: '数据库暂时无法处理请求，请几秒后再试', en: 'The database cannot take requests right now; try again in a few seconds' },
  },
  databaseTimeout: {
    status: 503,
    code: 'database.timeout',
    title: {
      zh: '数据库处理超时，操作已中止；请重试，或缩小查询范围',
      en: 'The database took too long and the statement was stopped; try again, or ask for less at once',
    },
  },
} as const satisfies Record<string, { status: number; code: string; title: LocalText }>;

export type ProblemName = keyof typeof problemTypes;
