import type { CreateUser, User } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, queryString, send, type QueryParams } from '../../shared/api/client.js';
import { userKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getUsers = (params: QueryParams) => fetchJson(`/users${queryString(params)}`, (domain) => domain.UserPage);
const createUser = (body: CreateUser) => fetchJson('/users', (domain) => domain.UserResponse, { method: 'POST', body });

export const userQueries = {
  list: (params: QueryParams) => queryOptions({ queryKey: userKeys.list(params), queryFn: () => getUsers(params) }),
};

export const useCreateUser = (feedback?: Feedback<CreateUser, User>) =>
  useApiMutation({ request: createUser, invalidates: () => [userKeys.all] }, feedback);

export const useDeleteUser = (feedback?: Feedback<User, void>) =>
  useApiMutation(
    { request: (user: User) => send(`/users/${user.id}`, { method: 'DELETE', ifMatch: user.version }), invalidates: () => [userKeys.all] },
    feedback,
  );
