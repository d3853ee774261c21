import type { Campaign, CreateCampaign, UpdateCampaign } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, apiUrl, ifMatch, type Query } from '../../shared/api/client.js';
import { reportingKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getCampaigns = (query: Query<'listCampaigns'>) => answer(api.GET('/api/v1/campaigns', { params: { query } }));
export const getCampaign = (id: string) => answer(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } }));
export const getProgress = (id: string) => answer(api.GET('/api/v1/campaigns/{id}/progress', { params: { path: { id } } }));

/** The progress as a workbook: a plain link, so the browser saves it itself. */
export const progressFileUrl = (id: string) => apiUrl('/api/v1/campaigns/{id}/progress', { path: { id }, query: { format: 'xlsx' } });

export const campaignQueries = {
  list: (query: Query<'listCampaigns'>) => queryOptions({ queryKey: reportingKeys.campaigns(query), queryFn: () => getCampaigns(query) }),
  detail: (id: string) => queryOptions({ queryKey: reportingKeys.campaign(id), queryFn: () => getCampaign(id) }),
  progress: (id: string) => queryOptions({ queryKey: reportingKeys.progress(id), queryFn: () => getProgress(id) }),
};

// A campaign's change shows in its progress, the inboxes and the submissions: every reporting query is stale.
const invalidates = () => [reportingKeys.all];

export const useCreateCampaign = (feedback?: Feedback<CreateCampaign, Campaign>) =>
  useApiMutation({ request: (body: CreateCampaign) => answer(api.POST('/api/v1/campaigns', { body })), invalidates }, feedback);

export const useUpdateCampaign = (feedback?: Feedback<{ campaign: Campaign; body: UpdateCampaign }, Campaign>) =>
  useApiMutation(
    {
      request: ({ campaign, body }: { campaign: Campaign; body: UpdateCampaign }) =>
        answer(api.PATCH('/api/v1/campaigns/{id}', { params: { path: { id: campaign.id }, header: ifMatch(campaign.version) }, body })),
      invalidates,
    },
    feedback,
  );

/** 催报: the units below that have not submitted see the reminder in their inbox (reminders are not mailed). */
export const useRemindUnits = (feedback?: Feedback<string, { reminded: number; channel: 'console' | 'mail' }>) =>
  useApiMutation(
    {
      request: (id: string) => answer(api.POST('/api/v1/campaigns/{id}/reminders', { params: { path: { id } }, body: {} })),
      invalidates,
    },
    feedback,
  );
