import type { ChangePasswordBody } from '@kepu/domain';
import type { z } from 'zod';
import { send } from '../../shared/api/client.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

type ChangePassword = z.output<typeof ChangePasswordBody>;

/** Changing the password ends every session, this one included: the caller signs out, which clears every cached query. */
export const useChangePassword = (feedback?: Feedback<ChangePassword, void>) =>
  useApiMutation({ request: (body: ChangePassword) => send('/auth/password', { method: 'POST', body }), invalidates: () => [] }, feedback);
