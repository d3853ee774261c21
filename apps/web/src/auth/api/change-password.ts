import type { ChangePasswordBody, Session } from '@kepu/domain';
import type { z } from 'zod';
import { answer, api } from '../../shared/api/client.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

type ChangePassword = z.output<typeof ChangePasswordBody>;

/** Changing the password ends every session, this one included: the caller signs out, which clears every cached query. */
export const useChangePassword = (feedback?: Feedback<ChangePassword, Session>) =>
  useApiMutation({ request: (body: ChangePassword) => answer(api.POST('/api/v1/auth/password', { body })), invalidates: () => [] }, feedback);
