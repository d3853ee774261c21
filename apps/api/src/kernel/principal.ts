import type { Permission, Role } from '@kepu/domain';

/** Who is calling: a signed-in user or a partner system's API key, with what it may do and where. */
export interface Principal {
  kind: 'user' | 'api_key';
  id: string;
  label: string;
  role: Role | null;
  permissions: ReadonlySet<Permission>;
  scopeRegionCode: string;
  session: { id: string; csrfToken: string; expiresAt: Date } | null;
}

/** Every route under /api declares one of these; the auth plugin refuses to register a route without it. */
export type Access = { public: true } | { authenticated: true } | { permission: Permission };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** The principal of a request that passed the access check of a non-public route. */
export function principalOf(request: { principal: Principal | null }): Principal {
  if (!request.principal) throw new Error('route reached without a principal: its access declaration is wrong');
  return request.principal;
}
