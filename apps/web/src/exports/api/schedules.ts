import type { CreateSchedule, ExportSchedule } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, queryString, send, type QueryParams } from '../../shared/api/client.js';
import { scheduleKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getSchedules = (params: QueryParams) => fetchJson(`/export-schedules${queryString(params)}`, (domain) => domain.SchedulePage);
export const getRuns = (id: string, params: QueryParams) =>
  fetchJson(`/export-schedules/${id}/runs${queryString(params)}`, (domain) => domain.RunPage);

export const scheduleQueries = {
  list: (params: QueryParams) => queryOptions({ queryKey: scheduleKeys.list(params), queryFn: () => getSchedules(params) }),
  /** A schedule's runs, refreshed while shown so a run can be watched from 排队中 to 成功. */
  runs: (id: string, params: QueryParams) =>
    queryOptions({ queryKey: scheduleKeys.runs(id, params), queryFn: () => getRuns(id, params), refetchInterval: 3000 }),
};

const invalidates = () => [scheduleKeys.all];

export const useCreateSchedule = (feedback?: Feedback<CreateSchedule, ExportSchedule>) =>
  useApiMutation(
    { request: (body: CreateSchedule) => fetchJson('/export-schedules', (domain) => domain.ScheduleResponse, { method: 'POST', body }), invalidates },
    feedback,
  );

/** Switching a schedule on or off. */
export const useSetScheduleActive = (feedback?: Feedback<{ schedule: ExportSchedule; active: boolean }, ExportSchedule>) =>
  useApiMutation(
    {
      request: ({ schedule, active }: { schedule: ExportSchedule; active: boolean }) =>
        fetchJson(`/export-schedules/${schedule.id}`, (domain) => domain.ScheduleResponse, {
          method: 'PATCH',
          body: { active },
          ifMatch: schedule.version,
        }),
      invalidates,
    },
    feedback,
  );

export const useDeleteSchedule = (feedback?: Feedback<ExportSchedule, void>) =>
  useApiMutation(
    { request: (schedule: ExportSchedule) => send(`/export-schedules/${schedule.id}`, { method: 'DELETE', ifMatch: schedule.version }), invalidates },
    feedback,
  );
