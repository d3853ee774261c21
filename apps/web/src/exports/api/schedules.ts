import type { CreateSchedule, ExportSchedule } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, ifMatch, type Query } from '../../shared/api/client.js';
import { scheduleKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getSchedules = (query: Query<'listExportSchedules'>) => answer(api.GET('/api/v1/export-schedules', { params: { query } }));
export const getRuns = (id: string, query: Query<'listExportRuns'>) =>
  answer(api.GET('/api/v1/export-schedules/{id}/runs', { params: { path: { id }, query } }));

export const scheduleQueries = {
  list: (query: Query<'listExportSchedules'>) => queryOptions({ queryKey: scheduleKeys.list(query), queryFn: () => getSchedules(query) }),
  /** A schedule's runs, refreshed while shown so a run can be watched from 排队中 to 成功. */
  runs: (id: string, query: Query<'listExportRuns'>) =>
    queryOptions({ queryKey: scheduleKeys.runs(id, query), queryFn: () => getRuns(id, query), refetchInterval: 3000 }),
};

const invalidates = () => [scheduleKeys.all];

export const useCreateSchedule = (feedback?: Feedback<CreateSchedule, ExportSchedule>) =>
  useApiMutation({ request: (body: CreateSchedule) => answer(api.POST('/api/v1/export-schedules', { body })), invalidates }, feedback);

/** Switching a schedule on or off. */
export const useSetScheduleActive = (feedback?: Feedback<{ schedule: ExportSchedule; active: boolean }, ExportSchedule>) =>
  useApiMutation(
    {
      request: ({ schedule, active }: { schedule: ExportSchedule; active: boolean }) =>
        answer(
          api.PATCH('/api/v1/export-schedules/{id}', { params: { path: { id: schedule.id }, header: ifMatch(schedule.version) }, body: { active } }),
        ),
      invalidates,
    },
    feedback,
  );

export const useDeleteSchedule = (feedback?: Feedback<ExportSchedule, void>) =>
  useApiMutation(
    {
      request: (schedule: ExportSchedule) =>
        answer(api.DELETE('/api/v1/export-schedules/{id}', { params: { path: { id: schedule.id }, header: ifMatch(schedule.version) } })),
      invalidates,
    },
    feedback,
  );
