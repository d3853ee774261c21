import type { CreateCriterion, Criterion, UpdateCriterion } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, ifMatch } from '../../shared/api/client.js';
import { reportingKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getCriteria = () => answer(api.GET('/api/v1/assessment-criteria'));

export const criteriaQuery = () => queryOptions({ queryKey: reportingKeys.criteria(), queryFn: getCriteria });

const invalidates = () => [reportingKeys.criteria()];

export const useCreateCriterion = (feedback?: Feedback<CreateCriterion, Criterion>) =>
  useApiMutation({ request: (body: CreateCriterion) => answer(api.POST('/api/v1/assessment-criteria', { body })), invalidates }, feedback);

export const useUpdateCriterion = (feedback?: Feedback<{ criterion: Criterion; body: UpdateCriterion }, Criterion>) =>
  useApiMutation(
    {
      request: ({ criterion, body }: { criterion: Criterion; body: UpdateCriterion }) =>
        answer(
          api.PATCH('/api/v1/assessment-criteria/{code}', { params: { path: { code: criterion.code }, header: ifMatch(criterion.version) }, body }),
        ),
      invalidates,
    },
    feedback,
  );

export const useDeleteCriterion = (feedback?: Feedback<Criterion, void>) =>
  useApiMutation(
    {
      request: (criterion: Criterion) =>
        answer(api.DELETE('/api/v1/assessment-criteria/{code}', { params: { path: { code: criterion.code }, header: ifMatch(criterion.version) } })),
      invalidates,
    },
    feedback,
  );
