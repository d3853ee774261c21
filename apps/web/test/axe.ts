import axe from 'axe-core';
import type { Page } from 'playwright-core';

// axe-core run inside the page, as Lighthouse's accessibility audit runs it: Lighthouse's score is a
// weighted pass rate over axe rules, so a page that passes every axe rule scores 100 there.

export type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
export const impacts: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

export interface Violation {
  rule: string;
  impact: Impact;
  help: string;
  /** The first few elements that fail, as CSS selectors, and why. */
  targets: string[];
  nodes: number;
}

/** Waits until the page is still: no request in flight for a while, no spinner, no running animation (a fading dialog has no final colours yet). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached', timeout: 20_000 });
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/** Every axe rule (WCAG 2.x A and AA, and best practices) that the page in its current state fails, one entry per rule. */
export async function violations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'minor',
    help: violation.help,
    targets: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    nodes: violation.nodes.length,
  }));
}
