import { queryOptions, useQuery } from '@tanstack/react-query';
import { answer, api } from './client.js';
import { settingsKeys } from './keys.js';

export const mailSettingsQuery = queryOptions({
  queryKey: settingsKeys.mail,
  queryFn: () => answer(api.GET('/api/v1/settings/mail')),
  staleTime: 5 * 60_000,
});

/** Whether the server sends mail (SMTP_URL), its attachment limit and link address; undefined until loaded. */
export const useMailSettings = () => useQuery(mailSettingsQuery).data;
