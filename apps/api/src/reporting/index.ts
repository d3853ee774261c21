import type { FastifyInstance } from 'fastify';
import { attachmentRoutes } from './attachments.js';
import { registerCampaignRoutes } from './campaigns.js';
import { registerCriteriaRoutes } from './criteria.js';
import { registerSubmissionRoutes } from './submissions.js';

export { approvedFigures, type ApprovedFigure } from './approved.js';
export { findSubmission } from './store.js';
export { submissionView } from './view.js';

/** Annual reporting (统计填报) and the 全国科普示范区 self-assessment. */
export async function registerReportingRoutes(app: FastifyInstance) {
  registerCampaignRoutes(app);
  registerSubmissionRoutes(app);
  registerCriteriaRoutes(app);
  await app.register(attachmentRoutes);
}
