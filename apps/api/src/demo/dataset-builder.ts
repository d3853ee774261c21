import { regionAncestorCode } from '@kepu/domain';
import type { AudienceGroup, DictionaryKind, EventMode, FigureQualifier, HonourLevel, IndicatorMeasure, VenueStatus } from '@kepu/domain';
import { coordinatesIn } from './dataset-districts.js';
import {
  addressOf,
  demoId,
  makeCreditCode,
  shanghai,
  type DesignationRow,
  type EventRow,
  type IndicatorRow,
  type OrganisationRow,
  type RegionIndex,
  type Rng,
  type SummaryRow,
  type VenueRow,
} from './dataset-kit.js';

/** A dictionary entry a district adds itself; `load.ts` gives it the next position of its kind. */
export interface DictionaryInput {
  kind: DictionaryKind;
  code: string;
  labelZh: string;
  labelEn: string;
  parentCode?: string | null;
  unit?: string | null;
  measure?: IndicatorMeasure | null;
  definition: string;
}

/** Venue types and event categories are dictionary codes: the seeded ones or those the demo adds. */
export interface VenueInput {
  name: string;
  type: string;
  regionCode: string;
  organisationId?: string | null;
  status?: VenueStatus;
  address?: string;
}

export interface EventInput {
  title: string;
  category: string;
  regionCode: string;
  organiserIds: string[];
  venueId?: string | null;
  /** Shanghai wall-clock times, `YYYY-MM-DDTHH:mm`. */
  start: string;
  end: string;
  mode?: EventMode;
  audienceGroups: AudienceGroup[];
  /** null: the source gives no 受众人次 (unknown, never 0). */
  attendance: number | null;
  /** Left out: drawn as 50–90 % of a demo event's attendance; null: not known. */
  participants?: number | null;
  /** Left out: drawn for a demo event; an event from the article gets 0, since the model has no unknown here. */
  volunteers?: number;
  onlineViews?: number;
  description?: string | null;
}

export type Subject = { region: string } | { organisation: string } | { venue: string } | { event: string };

/** `level` and `validFrom` are null when the source does not give them (counted as 未注明级别, valid since ever). */
export interface DesignationInput {
  name: string;
  kind: string;
  level: HonourLevel | null;
  grantedBy: string;
  subject: Subject;
  validFrom: string | null;
  validTo?: string | null;
}

export interface IndicatorInput {
  regionCode: string;
  kind: string;
  value: number;
  valueQualifier?: FigureQualifier | null;
  /** null: the source gives no year and none can be inferred. */
  year: number | null;
  yearTo?: number | null;
  source: string;
  level?: HonourLevel | null;
  note?: string | null;
}

/** A summary's region, category and period: an event inside it would count twice. */
export interface SummaryCover {
  regionCode: string;
  category: string;
  periodFrom: string;
  periodTo: string;
}

export const covers = (summary: SummaryCover, event: { regionCode: string; category: string; day: string }) =>
  summary.category === event.category &&
  event.regionCode.startsWith(summary.regionCode) &&
  summary.periodFrom <= event.day &&
  event.day <= summary.periodTo;

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
  readonly dictionary: DictionaryInput[] = [];
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
      // The article gives no floor areas or visitor numbers: unknown, not made up.
      floorArea: null,
      status: input.status ?? 'open',
      annualCapacity: null,
    });
    return id;
  }

  event(key: string, input: EventInput, rng: Rng): string {
    const id = this.claim('event', key, input.regionCode);
    const startsAt = shanghai(input.start);
    const endsAt = shanghai(input.end);
    if (endsAt <= startsAt) throw new Error(`event ${key} ends before it starts`);
    const day = input.start.slice(0, 10);
    const counted = this.summaries.find((summary) => covers(summary, { regionCode: input.regionCode, category: input.category, day }));
    if (counted) throw new Error(`event ${key} lies inside the summary ${counted.title}: it would count twice`);
    const attendance = input.attendance;
    const participants =
      input.participants !== undefined || attendance === null ? (input.participants ?? null) : Math.floor(attendance * (0.5 + rng.next() * 0.4));
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
      attendance,
      participants: participants === null || attendance === null ? participants : Math.min(participants, attendance),
      onlineViews: input.onlineViews ?? 0,
      volunteers: input.volunteers ?? (attendance === null ? 0 : Math.max(2, Math.round(attendance / rng.int(40, 120)))),
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

  /** Summaries go in before events, so an event inside one is caught here rather than by the API later. */
  summary(key: string, row: Omit<SummaryRow, 'id'>) {
    if (this.events.length > 0) throw new Error('add summaries before events');
    this.summaries.push({ id: this.claim('summary', key, row.regionCode), ...row });
  }

  /** Whether a summary already counts the activities of this category, place and day. */
  counted(regionCode: string, category: string, day: string): boolean {
    return this.summaries.some((summary) => covers(summary, { regionCode, category, day }));
  }

  dictionaryEntry(entry: DictionaryInput) {
    if (this.dictionary.some((item) => item.kind === entry.kind && item.code === entry.code)) throw new Error(`${entry.kind}/${entry.code} twice`);
    this.dictionary.push(entry);
  }

  indicator(row: IndicatorInput) {
    const id = this.claim('indicator', `${row.regionCode}/${row.year ?? 'unknown'}/${row.kind}`, row.regionCode);
    this.indicators.push({ id, valueQualifier: null, yearTo: null, level: null, note: null, ...row });
  }
}
