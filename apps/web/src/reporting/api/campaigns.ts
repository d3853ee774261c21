import type { Campaign, CreateCampaign, UpdateCampaign } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiUrl, fetchJson, queryString, type QueryParams } from '../../shared/api/client.js';
import { reportingKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getCampaigns = (params: QueryParams) => fetchJson(`/campaigns${queryString(params)}`, (domain) => domain.CampaignPage);
export const getCampaign = (id: string) => fetchJson(`/campaigns/${id}`, (domain) => domain.CampaignResponse);
export const getProgress = (id: string) => fetchJson(`/campaigns/${id}/progress`, (domain) => domain.ProgressResponse);

/** The progress as a workbook: a plain link, so the browser saves it itself. */
export const progressFileUrl = (id: string) => apiUrl(`/campaigns/${id}/progress?format=xlsx`);

export const campaignQueries = {
  list: (params: QueryParams) => queryOptions({ queryKey: reportingKeys.campaigns(params), queryFn: () => getCampaigns(params) }),
  detail: (id: string) => queryOptions({ queryKey: reportingKeys.campaign(id), queryFn: () => getCampaign(id) }),
  progress: (id: string) => queryOptions({ queryKey: reportingKeys.progress(id), queryFn: () => getProgress(id) }),
};

// A campaign's change shows in its progress, the inboxes and the submissions: every reporting query is stale.
const invalidates = () => [reportingKeys.all];

export const useCreateCampaign = (feedback?: Feedback<CreateCampaign, Campaign>) =>
  useApiMutation(
    { request: (body: CreateCampaign) => fetchJson('/campaigns', (domain) => domain.CampaignResponse, { method: 'POST', body }), invalidates },
    feedback,
  );

export const useUpdateCampaign = (feedback?: Feedback<{ campaign: Campaign; body: UpdateCampaign }, Campaign>) =>
  useApiMutation(
    {
      request: ({ campaign, body }: { campaign: Campaign; body: UpdateCampaign }) =>
        fetchJson(`/campaigns/${campaign.id}`, (domain) => domain.CampaignResponse, { method: 'PATCH', body, ifMatch: campaign.version }),
      invalidates,
    },
    feedback,
  );

/** 催报: the units below that have not submitted see the reminder in their inbox (reminders are not mailed). */
export const useRemindUnits = (feedback?: Feedback<string, { reminded: number; channel: 'console' | 'mail' }>) =>
  useApiMutation(
    {
      request: (id: string) => fetchJson(`/campaigns/${id}/reminders`, (domain) => domain.RemindResponse, { method: 'POST', body: {} }),
      invalidates,
    },
    feedback,
  );
