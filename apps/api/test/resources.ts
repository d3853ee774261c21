import type { TestApp } from './app.js';
import { create, eventInput, organisationInput, summaryInput, venueInput } from './fixtures.js';

export interface ResourceCase {
  entity: string;
  valid: Record<string, unknown>;
  patch: Record<string, unknown>;
}

/** One valid body and one change for every CRUD entity, built on records they depend on; `year` keeps indicator cases apart. */
export async function resourceCases(t: TestApp, year = 2022): Promise<ResourceCase[]> {
  const organisation = await create(t, 'organisations', organisationInput({ name: '沙坪坝区科协', type: 'district_association' }));
  const venue = await create(t, 'venues', venueInput({ organisationId: organisation.id }));
  return [
    { entity: 'organisations', valid: organisationInput(), patch: { volunteerCount: 4700 } },
    { entity: 'venues', valid: venueInput({ organisationId: organisation.id }), patch: { status: 'closed' } },
    { entity: 'events', valid: eventInput(organisation.id, { venueId: venue.id }), patch: { attendance: 1500 } },
    {
      entity: 'summaries',
      valid: summaryInput({ organiserIds: [organisation.id] }),
      patch: { participants: 400_000, participantsQualifier: 'about' },
    },
    {
      entity: 'designations',
      valid: {
        name: '重庆市科普教育基地',
        kind: 'education_base',
        level: 'municipal',
        grantedBy: '重庆市科协',
        subjectType: 'venue',
        venueId: venue.id,
        validFrom: '2023-01-01',
        validTo: '2027-12-31',
      },
      patch: { level: 'national' },
    },
    {
      entity: 'indicators',
      valid: { regionCode: '500106', year, kind: 'science_literacy_rate', value: 18.1, source: '2022年公民科学素质调查', level: 'municipal' },
      patch: { value: 18.4 },
    },
  ];
}
