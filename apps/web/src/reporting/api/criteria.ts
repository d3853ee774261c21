import type { CreateCriterion, Criterion, UpdateCriterion } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, send } from '../../shared/api/client.js';
import { reportingKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getCriteria = () => fetchJson('/assessment-criteria', (domain) => domain.CriterionList);

export const criteriaQuery = () => queryOptions({ queryKey: reportingKeys.criteria(), queryFn: getCriteria });

const invalidates = () => [reportingKeys.criteria()];

export const useCreateCriterion = (feedback?: Feedback<CreateCriterion, Criterion>) =>
  useApiMutation(
    {
      request: (body: CreateCriterion) => fetchJson('/assessment-criteria', (domain) => domain.CriterionResponse, { method: 'POST', body }),
      invalidates,
    },
    feedback,
  );

export const useUpdateCriterion = (feedback?: Feedback<{ criterion: Criterion; body: UpdateCriterion }, Criterion>) =>
  useApiMutation(
    {
      request: ({ criterion, body }: { criterion: Criterion; body: UpdateCriterion }) =>
        fetchJson(`/assessment-criteria/${criterion.code}`, (domain) => domain.CriterionResponse, {
          method: 'PATCH',
          body,
          ifMatch: criterion.version,
        }),
      invalidates,
    },
    feedback,
  );

export const useDeleteCriterion = (feedback?: Feedback<Criterion, void>) =>
  useApiMutation(
    {
      request: (criterion: Criterion) => send(`/assessment-criteria/${criterion.code}`, { method: 'DELETE', ifMatch: criterion.version }),
      invalidates,
    },
    feedback,
  );
