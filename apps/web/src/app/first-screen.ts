import type { getSession } from '../shared/api/session.js';
import type { getOverview } from '../dashboard/api/stats.js';

/**
 * The dashboard's headline figures as the server painted them into the page for a signed-in user
 * (apps/api/src/console/first-screen.ts), with the answers they were painted from and the region and
 * year they are for: the console takes those answers instead of asking again.
 */
export interface PaintedFirstScreen {
  query: { region: string; year: number };
  session: NonNullable<Awaited<ReturnType<typeof getSession>>>;
  overview: Awaited<ReturnType<typeof getOverview>>;
}

export function paintedFirstScreen(): PaintedFirstScreen | null {
  const block = document.getElementById('first-screen-data');
  return block?.textContent ? (JSON.parse(block.textContent) as PaintedFirstScreen) : null;
}

/** Removes the painting once the console shows the page itself: its figures, their error, or another page. */
export function removeFirstScreen() {
  document.getElementById('first-screen')?.remove();
}

/**
 * Runs `start` (React's first render) once the browser has painted the server's painting, when
 * there is one: rendering the console first took the main thread for 15-60 ms before that paint.
 */
export function afterFirstScreenPainted(start: () => void) {
  if (!document.getElementById('first-screen')) return start();
  requestAnimationFrame(() => setTimeout(start));
}
