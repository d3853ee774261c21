import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats React's type parameter
  interface HTMLAttributes<T> {
    /** Names the element for the Element Timing API, which reports when it was first painted (`npm run bench -- web`). */
    elementtiming?: string;
  }
}
