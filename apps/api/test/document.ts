import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The served OpenAPI document, as far as these checks read it. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>>;
  components: { schemas: Record<string, unknown>; responses?: Record<string, ResponseObject> };
}
type ResponseObject = { $ref?: string; content?: Record<string, { schema?: unknown }> };

const documentId = 'https://kepu.invalid/openapi.json';
const pointer = (...segments: string[]) => segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/**
 * Ajv for JSON Schema 2020-12 in strict mode, as a partner's validator would be: it refuses schemas
 * with keywords it does not know, so only OpenAPI's own `example` and Kepu's `x-dictionary` are added.
 */
export function strictAjv(document: OpenApiDocument): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addKeyword('example');
  ajv.addKeyword('x-dictionary');
  // The document is not a schema: its schemas are reached by references into these two containers.
  ajv.addKeyword('components');
  ajv.addKeyword('paths');
  ajv.addSchema({ $id: documentId, components: document.components, paths: document.paths });
  return ajv;
}

/** Compiles the schema at a path inside the document, following its `$ref`s into components. */
export function compileAt(ajv: Ajv2020, ...segments: string[]): ValidateFunction {
  return ajv.compile({ $ref: `${documentId}#/${pointer(...segments)}` });
}

/**
 * What the document promises for an answer: the schema of the operation's response for that status
 * and media type (following a shared response's `$ref`), compiled once.
 */
export function responseValidator(document: OpenApiDocument) {
  const ajv = strictAjv(document);
  const compiled = new Map<string, ValidateFunction | null>();
  return (path: string, method: string, status: number, contentType: string): ValidateFunction | null => {
    const key = `${method} ${path} ${status} ${contentType}`;
    if (!compiled.has(key)) {
      const responses = document.paths[path]?.[method.toLowerCase()]?.responses ?? {};
      const declared = responses[String(status)];
      if (!declared) throw new Error(`${method} ${path} does not document ${status}`);
      const sharedName = declared.$ref?.replace('#/components/responses/', '');
      const response = sharedName ? document.components.responses?.[sharedName] : declared;
      const mediaType = contentType.split(';')[0]?.trim() ?? '';
      const media = Object.keys(response?.content ?? {}).find((type) => type.split(';')[0]?.trim() === mediaType);
      if (!media) throw new Error(`${method} ${path} ${status} does not document ${mediaType}`);
      const where = sharedName ? ['components', 'responses', sharedName] : ['paths', path, method.toLowerCase(), 'responses', String(status)];
      compiled.set(key, response?.content?.[media]?.schema ? compileAt(ajv, ...where, 'content', media, 'schema') : null);
    }
    return compiled.get(key) ?? null;
  };
}
