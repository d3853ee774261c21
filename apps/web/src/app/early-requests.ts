import { dashboardScope, firstScreenQueries } from '../dashboard/api/stats.js';
import { sessionQuery } from '../shared/api/session.js';
import { queryClient } from './query-client.js';

// Imported first by the entry, so this runs before React, antd and the app are evaluated (about
// 0.4 s of the entry chunk on the bench machine), and the session and the page's code are asked for
// at once instead of one after the other. On the dashboard its figures follow the session (the
// region defaults to the user's), KPI overview first: the API answers the requests of one session
// in turn. They land in the query cache under the keys the dashboard reads, so it renders them the
// moment it mounts. `npm run bench -- web` measures it.
const { pathname, search } = window.location;
if (pathname !== '/login') {
  const session = queryClient.fetchQuery(sessionQuery());
  void import('./shell.js');
  if (pathname === '/') {
    void import('../dashboard/dashboard-page.js');
    session.then(
      (current) => {
        if (!current) return;
        const queries = firstScreenQueries(dashboardScope(new URLSearchParams(search), current.scopeRegionCode));
        void queryClient.prefetchQuery(queries.overview);
        void queryClient.prefetchQuery(queries.series);
        void queryClient.prefetchQuery(queries.children);
        void queryClient.prefetchQuery(queries.categories);
        void queryClient.prefetchQuery(queries.ranking);
      },
      // The app asks again and shows what went wrong.
      () => undefined,
    );
  }
}
