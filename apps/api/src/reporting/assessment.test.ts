import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@kepu/db';
import { MAX_CRITERIA, meets, type Campaign, type Submission } from '@kepu/domain';
import { like } from 'drizzle-orm';
import { readXlsx } from '@kepu/sheets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { loadDemoData } from '../demo/index.js';

/**
 * The 全国科普示范区 self-assessment of 沙坪坝区, one of the article's nine districts, from the data the
 * demo holds for it (the article's figures): the measured criteria come from its records and indicators,
 * the rest from what the district says with evidence; the city reviews it; the report lists it all.
 */
const district = '500106';
const year = 2025;

let t: TestApp;
let directory: string;
let districtAdmin: AuthHeaders;
let assessment: Submission;

const ifMatch = (submission: { version: number }) => ({ 'if-match': `"${submission.version}"` });

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kepu-assessment-'));
  t = await buildTestApp({ exportsDirectory: directory });
  await loadDemoData(t.database.db);
  districtAdmin = await t.signIn('district_admin', district);
}, 120_000);

afterAll(async () => {
  await t.close();
  await rm(directory, { recursive: true, force: true });
});

describe('the 示范区 self-assessment', () => {
  it('when the city opens a self-assessment, each 区县 gets the active criteria, measured ones filled from its data', async () => {
    const opened = await t.inject({
      method: 'POST',
      url: '/api/v1/campaigns',
      payload: { name: `${year}年度全国科普示范区创建自评`, kind: 'assessment', year, deadline: '2099-12-31' },
    });
    expect(opened.statusCode).toBe(201);
    const campaign = opened.json<Campaign>();
    expect(campaign.levels).toEqual(['district']);
    expect(campaign.counts.total).toBe(38);
    const inbox = await t.inject({ url: `/api/v1/submissions?role=fill&campaign=${campaign.id}`, headers: districtAdmin });
    const id = inbox.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    assessment = (await t.inject({ url: `/api/v1/submissions/${id}`, headers: districtAdmin })).json<Submission>();
    const literacy = assessment.lines.find((line) => line.item.key === 'science_literacy');
    // The article: 沙坪坝区公民具备科学素质比例 18.1%，居全市首位 (year not given).
    expect({ value: literacy?.value, met: literacy?.met, score: literacy?.score }).toEqual({ value: 18.1, met: true, score: 15 });
    for (const line of assessment.lines.filter((candidate) => candidate.item.metric)) {
      expect(line.value, line.item.key).toBe(line.recordValue);
      expect(line.met, line.item.key).toBe(meets(line.value, line.item.comparator ?? 'gte', line.item.threshold));
    }
  });

  it('when the district scores the evidence criteria, only those with evidence count as met', async () => {
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${assessment.id}/attachments?fileName=${encodeURIComponent('沙坪坝区科普工作联席会议纪要.pdf')}&item=joint_meeting`,
      headers: { ...districtAdmin, 'content-type': 'application/octet-stream' },
      payload: Buffer.from('%PDF-1.4\n% 联席会议纪要\n%%EOF\n'),
    });
    expect(upload.statusCode).toBe(201);
    assessment = upload.json<Submission>();
    const outOfRange = await t.app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${assessment.id}/submit`,
      headers: { ...districtAdmin, ...ifMatch(assessment) },
      payload: { figures: { joint_meeting: { value: 2 } } },
    });
    expect(outOfRange.statusCode).toBe(422);
    expect(outOfRange.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.figures.joint_meeting.value');
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${assessment.id}/submit`,
      headers: { ...districtAdmin, ...ifMatch(assessment) },
      payload: { figures: { joint_meeting: { value: 1 }, science_day: { value: 1 } } },
    });
    expect(submitted.statusCode).toBe(200);
    assessment = submitted.json<Submission>();
    const line = (key: string) => assessment.lines.find((candidate) => candidate.item.key === key);
    expect([line('joint_meeting')?.met, line('science_day')?.met]).toEqual([true, false]);
    expect(line('science_day')?.checks.map((check) => check.code)).toEqual(['missing_evidence', 'not_met']);
    const approved = await t.inject({
      method: 'POST',
      url: `/api/v1/submissions/${assessment.id}/review`,
      payload: { decision: 'approve' },
      headers: ifMatch(assessment),
    });
    assessment = approved.json<Submission>();
    expect(assessment.status).toBe('approved');

    const result = assessment.assessment;
    const metScore = assessment.lines.reduce((sum, candidate) => sum + (candidate.met ? (candidate.item.weight ?? 0) : 0), 0);
    expect(result?.score).toBe(metScore);
    expect(result?.maxScore).toBe(100);
    expect(result?.unmet).toEqual(assessment.lines.filter((candidate) => candidate.met === false).map((candidate) => candidate.item.label));
    expect(result?.unmet).toContain('组织全国科普日、科技活动周等重大示范活动');
    console.log(
      `沙坪坝区 ${year} 自评：${result?.score} / ${result?.maxScore}\n` +
        (result?.groups.map((group) => `  ${group.group}: ${group.score} / ${group.maxScore}`).join('\n') ?? '') +
        '\n' +
        assessment.lines
          .map(
            (candidate) =>
              `  ${candidate.met ? '达标' : '未达标'} ${candidate.item.label}: ${candidate.value ?? '—'}${candidate.item.unit ?? ''}（要求 ${candidate.item.threshold ?? '佐证'}）`,
          )
          .join('\n'),
    );
  });

  it('when the report is downloaded, the PDF opens with the key figures and lists the score, the unmet criteria and the evidence; the XLSX holds the same', async () => {
    const pdf = await t.inject({ url: `/api/v1/submissions/${assessment.id}/report?format=pdf`, headers: districtAdmin });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = join(directory, 'assessment.pdf');
    await writeFile(file, pdf.rawPayload);
    const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    // Table cells wrap long names over lines; read the text as one run.
    const text = raw.replace(/\s+/g, '');
    const firstPage = (raw.split('\f')[0] ?? '').replace(/\s+/g, '');
    expect(firstPage).toContain('重庆市沙坪坝区2025年度全国科普示范区创建自评报告');
    expect(firstPage).toContain('关键指标（2025年）');
    expect(text).toContain('认定荣誉（截至2025-12-31有效）');
    const result = assessment.assessment;
    expect(text).toContain(`一、得分：${result?.score}/${result?.maxScore}`);
    for (const label of result?.unmet ?? []) expect(text, label).toContain(label);
    expect(text).toContain('沙坪坝区科普工作联席会议纪要.pdf');

    const xlsx = await t.inject({ url: `/api/v1/submissions/${assessment.id}/report?format=xlsx`, headers: districtAdmin });
    const rows = readXlsx(xlsx.rawPayload).rows.map((row) => row.cells);
    expect(rows.some((cells) => cells[0] === `一、得分：${result?.score} / ${result?.maxScore}`)).toBe(true);
    expect(rows.filter((cells) => cells[1] === '组织全国科普日、科技活动周等重大示范活动').length).toBe(2);
  });

  it('when the catalogue holds its maximum of criteria, one more is refused with 409 and the list stays as long as documented', async () => {
    const { assessmentCriteria } = schema;
    const criteria = async () => (await t.inject({ url: '/api/v1/assessment-criteria' })).json<{ items: unknown[] }>().items;
    const filler = Array.from({ length: MAX_CRITERIA - (await criteria()).length }, (_, index) => ({
      code: `filler_${index}`,
      groupName: '填充',
      name: `填充标准${index}`,
      weight: 0,
    }));
    await t.database.db.insert(assessmentCriteria).values(filler);
    const oneMore = await t.inject({
      method: 'POST',
      url: '/api/v1/assessment-criteria',
      payload: { code: 'one_more', group: '填充', name: '再加一条', weight: 1, metric: null, threshold: null },
    });
    expect(oneMore.statusCode, oneMore.body).toBe(409);
    expect(oneMore.json()).toMatchObject({ code: 'assessment-criteria.full' });
    expect(await criteria()).toHaveLength(MAX_CRITERIA);
    await t.database.db.delete(assessmentCriteria).where(like(assessmentCriteria.code, 'filler_%'));
  });
});
