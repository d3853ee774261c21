import {
  CreateOrganisationBody,
  ListOrganisationsQuery,
  OrganisationPage,
  OrganisationResponse,
  UpdateOrganisationBody,
  columnsOf,
  organisationFields,
  type CreateOrganisation,
  type ListOrganisations,
  type LocalText,
  type Organisation,
} from '@kepu/domain';
import { schema, type Executor, queryRows } from '@kepu/db';
import { eq, sql } from 'drizzle-orm';
import { anyOf } from '../kernel/resource/bind.js';
import { unprocessable } from '../kernel/errors.js';
import { requireLive, requireRegion } from '../kernel/references.js';
import { recordResource, recordResponse, type ImportableSpec } from '../kernel/resource/spec.js';

const { organisations } = schema;
type OrganisationRow = typeof organisations.$inferSelect;

/** An organisation's parent chain must not loop back to it. */
const ownMemberAsParent = { zh: '组织不能隶属于自己或自己的下级组织', en: 'an organisation cannot belong to itself or to one of its members' };

/** The stored parent of each organisation on the chains above `ids`, those included. */
async function storedParents(executor: Executor, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await queryRows<{ id: string; parent_id: string | null }>(
    executor,
    sql`with recursive chain(id, parent_id) as (
          select id, parent_id from organisations where id = any(${sql.param(ids)}::uuid[])
          union
          select o.id, o.parent_id from organisations o join chain c on o.id = c.parent_id
        )
        select id, parent_id from chain`,
  );
  return new Map(rows.map((row) => [row.id, row.parent_id]));
}

/**
 * Which of `changes` would make an organisation belong to itself or to one of its members, each by
 * id with why. The changes count as made all at once, over the stored parents: an import's rows may
 * name each other (and new organisations, not stored yet) as parents.
 */
export async function parentLoops(executor: Executor, changes: { id: string; parentId: string }[]): Promise<Map<string, LocalText>> {
  const parentOf = await storedParents(
    executor,
    changes.map((change) => change.parentId),
  );
  for (const { id, parentId } of changes) parentOf.set(id, parentId);
  const loops = new Map<string, LocalText>();
  // Organisations whose chain is known to reach the top: a long chain is walked once, not once per member.
  const rooted = new Set<string>();
  for (const { id } of changes) {
    const chain = new Set([id]);
    let at = parentOf.get(id);
    while (at && !chain.has(at) && !rooted.has(at)) {
      chain.add(at);
      at = parentOf.get(at);
    }
    if (at === id) loops.set(id, ownMemberAsParent);
    else if (!at || rooted.has(at)) for (const member of chain) rooted.add(member);
  }
  return loops;
}

/** Why `parentId` cannot be the parent of organisation `id` (itself or one of its members), or null when it can. */
export async function parentLoop(executor: Executor, id: string, parentId: string): Promise<LocalText | null> {
  return (await parentLoops(executor, [{ id, parentId }])).get(id) ?? null;
}

export const organisationsResource: ImportableSpec<OrganisationRow, CreateOrganisation, ListOrganisations, Organisation> = {
  ...recordResource('organisations', 'Organisation', '科协组织 organisations', organisations),
  schemas: {
    create: CreateOrganisationBody,
    update: UpdateOrganisationBody,
    query: ListOrganisationsQuery,
    response: OrganisationResponse,
    page: OrganisationPage,
  },
  searchColumn: organisations.name,
  sortColumns: {
    name: organisations.name,
    createdAt: organisations.createdAt,
    updatedAt: organisations.updatedAt,
    volunteerCount: organisations.volunteerCount,
  },
  filters: (query, bind) => [
    query.type ? anyOf(organisations.type, bind('type', query.type)) : undefined,
    query.parentId ? eq(organisations.parentId, bind('parentId', query.parentId)) : undefined,
  ],
  async prepare(input, { executor, principal, current }) {
    await requireRegion(input.regionCode);
    if (input.parentId) {
      await requireLive(executor, organisations, [input.parentId], 'body.parentId', principal);
      const loop = current ? await parentLoop(executor, current.id, input.parentId) : null;
      if (loop) throw unprocessable([{ field: 'body.parentId', message: loop }]);
    }
    return organisationsResource.toColumns(input);
  },
  // One-to-one with the domain's field list: a new field needs no line here.
  toColumns: (input) => columnsOf(organisationFields, input),
  ...recordResponse(organisations, organisationFields),
};
