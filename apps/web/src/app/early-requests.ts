import { dashboardScope } from '@kepu/domain/headline';
import { firstScreenQueries } from '../dashboard/api/stats.js';
import { rememberCsrfToken } from '../shared/api/client.js';
import { sessionKeys } from '../shared/api/keys.js';
import { sessionQuery } from '../shared/api/session.js';
import { afterFirstScreenPainted, paintedFirstScreen, removeFirstScreen } from './first-screen.js';
import { queryClient } from './query-client.js';

// Imported first by the entry, so this runs before React, antd and the app are evaluated (about
// 0.4 s of the entry chunk on the bench machine), and the session and the page's code are asked for
// at once instead of one after the other. On the dashboard its figures follow the session (the
// region defaults to the user's), KPI overview first: the API answers the requests of one session
// in turn. They land in the query cache under the keys the dashboard reads, so it renders them the
// moment it mounts. When the server has painted the dashboard's figures into the page, the session
// and the overview come with them and are not asked for. `npm run bench -- web` measures it.
const { pathname, search } = window.location;
if (pathname !== '/login') {
  const painted = paintedFirstScreen();
  if (painted) {
    queryClient.setQueryData(sessionKeys.current, painted.session);
    rememberCsrfToken(painted.session.csrfToken);
  }
  const session = queryClient.fetchQuery(sessionQuery());
  afterFirstScreenPainted(() => void import('./shell.js'));
  if (pathname === '/') {
    afterFirstScreenPainted(() => void import('../dashboard/dashboard-page.js'));
    session.then(
      (current) => {
        if (!current) return;
        const scope = dashboardScope(new URLSearchParams(search), current.scopeRegionCode);
        const queries = firstScreenQueries(scope);
        if (painted && painted.query.region === scope.region && painted.query.year === scope.year) {
          queryClient.setQueryData(queries.overview.queryKey, painted.overview);
        } else {
          removeFirstScreen();
          void queryClient.prefetchQuery(queries.overview);
        }
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
