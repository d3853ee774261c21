import { regionAncestorCode } from '@kepu/domain';
import type { AudienceGroup, DesignationKind, EventCategory, EventMode, HonourLevel, IndicatorKind, VenueStatus, VenueType } from '@kepu/domain';
import { coordinatesIn } from './dataset-districts.js';
import {
  addressOf,
  demoId,
  makeCreditCode,
  shanghai,
  venueScale,
  type DesignationRow,
  type EventRow,
  type IndicatorRow,
  type OrganisationRow,
  type RegionIndex,
  type Rng,
  type SummaryRow,
  type VenueRow,
} from './dataset-kit.js';

export interface VenueInput {
  name: string;
  type: VenueType;
  regionCode: string;
  organisationId?: string | null;
  status?: VenueStatus;
  address?: string;
}

export interface EventInput {
  title: string;
  category: EventCategory;
  regionCode: string;
  organiserIds: string[];
  venueId?: string | null;
  /** Shanghai wall-clock times, `YYYY-MM-DDTHH:mm`. */
  start: string;
  end: string;
  mode?: EventMode;
  audienceGroups: AudienceGroup[];
  attendance: number;
  /** Left out: drawn as 50–90 % of attendance; null: not known (typical of online events). */
  participants?: number | null;
  volunteers?: number;
  onlineViews?: number;
  description?: string | null;
}

export type Subject = { region: string } | { organisation: string } | { venue: string } | { event: string };

export interface DesignationInput {
  name: string;
  kind: DesignationKind;
  level: HonourLevel;
  grantedBy: string;
  subject: Subject;
  validFrom: string;
  validTo?: string | null;
}

/**
 * Collects the demo rows. Every row's id is derived from a key that names what it is, so the same
 * content always gets the same ids; a repeated key is a bug in the content and throws.
 */
export class DemoBuilder {
  readonly organisations: OrganisationRow[] = [];
  readonly venues: VenueRow[] = [];
  readonly events: EventRow[] = [];
  readonly designations: DesignationRow[] = [];
  readonly indicators: IndicatorRow[] = [];
  readonly summaries: SummaryRow[] = [];
  /** 区县 code → its 区县科协, 镇街 code → its 镇街科协. */
  readonly associations = new Map<string, string>();

  private readonly ids = new Set<string>();
  private readonly regionOf = new Map<string, string>();
  private readonly creditCodes = new Set<string>();

  constructor(readonly regions: RegionIndex) {}

  private claim(entity: string, key: string, regionCode: string): string {
    const id = demoId(`${entity}/${key}`);
    if (this.ids.has(id)) throw new Error(`demo key ${entity}/${key} is used twice`);
    this.ids.add(id);
    this.regionOf.set(id, regionCode);
    return id;
  }

  association(regionCode: string): string {
    const id = this.associations.get(regionCode);
    if (!id) throw new Error(`no 科协 for ${regionCode}`);
    return id;
  }

  /** The 科协 a body below a 镇街 reports to: its 镇街科协 where there is one, else the 区县科协. */
  parentFor(regionCode: string): string {
    return this.associations.get(regionAncestorCode(regionCode, 'township')) ?? this.association(regionAncestorCode(regionCode, 'district'));
  }

  creditCode(prefix: '13' | '51' | '52', regionCode: string, rng: Rng): string {
    return makeCreditCode(prefix, regionCode, rng, this.creditCodes);
  }

  organisation(key: string, row: Omit<OrganisationRow, 'id'>): string {
    const id = this.claim('organisation', key, row.regionCode);
    this.organisations.push({ id, address: addressOf(this.regions.get(row.regionCode)), ...row });
    return id;
  }

  venue(key: string, input: VenueInput, rng: Rng): string {
    const id = this.claim('venue', key, input.regionCode);
    const scale = venueScale[input.type];
    const draw = (range: [number, number] | null, step: number) => (range ? Math.round(rng.int(range[0], range[1]) / step) * step : null);
    // A 科普大篷车 travels, so it has no fixed point on the map.
    const point = input.type === 'caravan' ? { longitude: null, latitude: null } : coordinatesIn(input.regionCode, rng);
    this.venues.push({
      id,
      name: input.name,
      type: input.type,
      regionCode: input.regionCode,
      organisationId: input.organisationId ?? null,
      address: input.address ?? addressOf(this.regions.get(input.regionCode)),
      ...point,
      floorArea: draw(scale.area, 10),
      status: input.status ?? 'open',
      annualCapacity: draw(scale.capacity, 100),
    });
    return id;
  }

  event(key: string, input: EventInput, rng: Rng): string {
    const id = this.claim('event', key, input.regionCode);
    const startsAt = shanghai(input.start);
    const endsAt = shanghai(input.end);
    if (endsAt <= startsAt) throw new Error(`event ${key} ends before it starts`);
    const participants = input.participants === undefined ? Math.floor(input.attendance * (0.5 + rng.next() * 0.4)) : input.participants;
    this.events.push({
      id,
      title: input.title,
      category: input.category,
      regionCode: input.regionCode,
      organiserIds: [...new Set(input.organiserIds)],
      venueId: input.venueId ?? null,
      startsAt,
      endsAt,
      mode: input.mode ?? 'offline',
      audienceGroups: [...new Set(input.audienceGroups)],
      attendance: input.attendance,
      participants: participants === null ? null : Math.min(participants, input.attendance),
      onlineViews: input.onlineViews ?? 0,
      volunteers: input.volunteers ?? Math.max(2, Math.round(input.attendance / rng.int(40, 120))),
      // Every demo event lies in the past, so it is reported as done.
      status: 'completed',
      description: input.description ?? null,
    });
    return id;
  }

  designation(key: string, input: DesignationInput): string {
    const subjectId = 'region' in input.subject ? null : (Object.values(input.subject)[0] as string);
    const regionCode = 'region' in input.subject ? input.subject.region : this.regionOf.get(subjectId ?? '');
    if (!regionCode) throw new Error(`designation ${key} names a subject the demo does not hold`);
    // A region subject must be a real code, or the insert fails on the foreign key far from the mistake.
    this.regions.get(regionCode);
    const id = this.claim('designation', key, regionCode);
    this.designations.push({
      id,
      name: input.name,
      kind: input.kind,
      level: input.level,
      grantedBy: input.grantedBy,
      subjectType: Object.keys(input.subject)[0] as DesignationRow['subjectType'],
      regionCode,
      organisationId: 'organisation' in input.subject ? input.subject.organisation : null,
      venueId: 'venue' in input.subject ? input.subject.venue : null,
      eventId: 'event' in input.subject ? input.subject.event : null,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
    });
    return id;
  }

  summary(key: string, row: Omit<SummaryRow, 'id'>) {
    this.summaries.push({ id: this.claim('summary', key, row.regionCode), ...row });
  }

  indicator(row: { regionCode: string; year: number; kind: IndicatorKind; value: number; source: string; level: HonourLevel; note?: string }) {
    const id = this.claim('indicator', `${row.regionCode}/${row.year}/${row.kind}`, row.regionCode);
    this.indicators.push({ id, note: null, ...row });
  }
}
