import { regionLevel, toShanghaiDate, type LocalText, type Region, type ReportFormat, type ReportKind } from '@kepu/domain';
import type { Executor } from '@kepu/db';
import type { Principal } from '../kernel/principal.js';
import { assertInScope } from '../kernel/scope.js';
import { formatTypes, type Download } from '../kernel/download.js';
import { AppError, problem, unprocessable } from '../kernel/errors.js';
import { requireRegion } from '../kernel/references.js';
import { districtProfile, districtProfileChunks } from './district-profile.js';
import { districtProfilePdf } from './district-profile-pdf.js';
import { statisticsForm, statisticsFormChunks } from './statistics-form.js';

export interface ReportParams {
  region?: string;
  year?: number;
  format?: ReportFormat;
}

export const pdfType = 'application/pdf';

function requireLevel(region: Region, levels: Region['level'][], what: LocalText) {
  if (!levels.includes(region.level)) {
    const message = {
      zh: `${region.code} ${region.name}是${regionLevel.labels[region.level]}级；${what.zh}`,
      en: `${region.code} ${region.name} is a ${region.level}; ${what.en}`,
    };
    throw unprocessable([{ field: 'query.region', message }]);
  }
}

/**
 * A report as a file, for the caller's region (default: its scope region) and year (default: this
 * year in Asia/Shanghai). The routes and scheduled exports both come through here, so a schedule
 * cannot report on more than its owner may see.
 */
export async function renderReport(db: Executor, principal: Principal, report: ReportKind, params: ReportParams): Promise<Download> {
  if (!principal.permissions.has('stats:read')) throw new AppError(problem('reportsNeedStats'));
  const region = await requireRegion(params.region ?? principal.scopeRegionCode, 'query.region');
  assertInScope(principal, region.code, 'query.region', 'see');
  const year = params.year ?? Number(toShanghaiDate(new Date()).slice(0, 4));
  if (report === 'statistics-form') {
    requireLevel(region, ['city', 'district'], {
      zh: '科普统计表由区县填报，或汇总为全市',
      en: 'the 科普统计 form is filed by a 区县, or rolled up for the city',
    });
    const form = await statisticsForm(db, region, year);
    return { fileName: `${region.fullName}${year}年度科普统计表.xlsx`, contentType: formatTypes.xlsx, body: statisticsFormChunks(form) };
  }
  requireLevel(region, ['district'], { zh: '区县科普概况只能按区县生成', en: 'a district profile is for a 区县' });
  const profile = await districtProfile(db, region, year);
  const fileName = `${region.fullName}${year}年科普概况`;
  return params.format === 'xlsx'
    ? { fileName: `${fileName}.xlsx`, contentType: formatTypes.xlsx, body: districtProfileChunks(profile) }
    : { fileName: `${fileName}.pdf`, contentType: pdfType, body: await districtProfilePdf(profile) };
}
