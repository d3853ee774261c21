import type { CreateUser, User } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, ifMatch, type Query } from '../../shared/api/client.js';
import { userKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getUsers = (query: Query<'listUsers'>) => answer(api.GET('/api/v1/users', { params: { query } }));

export const userQueries = {
  list: (query: Query<'listUsers'>) => queryOptions({ queryKey: userKeys.list(query), queryFn: () => getUsers(query) }),
};

export const useCreateUser = (feedback?: Feedback<CreateUser, User>) =>
  useApiMutation({ request: (body: CreateUser) => answer(api.POST('/api/v1/users', { body })), invalidates: () => [userKeys.all] }, feedback);

export const useDeleteUser = (feedback?: Feedback<User, void>) =>
  useApiMutation(
    {
      request: (user: User) => answer(api.DELETE('/api/v1/users/{id}', { params: { path: { id: user.id }, header: ifMatch(user.version) } })),
      invalidates: () => [userKeys.all],
    },
    feedback,
  );
