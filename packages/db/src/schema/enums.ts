import { audienceGroup, designationSubject, eventMode, eventStatus, figureQualifier, honourLevel, regionLevel, venueStatus } from '@kepu/domain';
import { pgEnum } from 'drizzle-orm/pg-core';

export const regionLevelEnum = pgEnum('region_level', regionLevel.values);
export const venueStatusEnum = pgEnum('venue_status', venueStatus.values);
export const eventModeEnum = pgEnum('event_mode', eventMode.values);
export const eventStatusEnum = pgEnum('event_status', eventStatus.values);
export const audienceGroupEnum = pgEnum('audience_group', audienceGroup.values);
export const figureQualifierEnum = pgEnum('figure_qualifier', figureQualifier.values);
export const honourLevelEnum = pgEnum('honour_level', honourLevel.values);
export const designationSubjectEnum = pgEnum('designation_subject', designationSubject.values);
