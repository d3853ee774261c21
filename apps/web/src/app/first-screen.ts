import { firstScreenElements, type FirstScreenData } from '@kepu/domain/headline';

/**
 * The answers the server painted the dashboard's headline figures from, for a signed-in user
 * (apps/api/src/console/first-screen.ts), with the region and year they are for: the console takes
 * those answers instead of asking again.
 */
export function paintedFirstScreen(): FirstScreenData | null {
  const block = document.getElementById(firstScreenElements.data);
  return block?.textContent ? (JSON.parse(block.textContent) as FirstScreenData) : null;
}

/** Removes the painting once the console shows the page itself: its figures, their error, or another page. */
export function removeFirstScreen() {
  document.getElementById(firstScreenElements.painting)?.remove();
}

/**
 * Runs `start` (React's first render) once the browser has painted the server's painting, when
 * there is one: rendering the console first took the main thread for 15-60 ms before that paint.
 */
export function afterFirstScreenPainted(start: () => void) {
  if (!document.getElementById(firstScreenElements.painting)) return start();
  requestAnimationFrame(() => setTimeout(start));
}
