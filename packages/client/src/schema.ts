// Generated from the Kepu API's OpenAPI document by `npm run client:generate`; do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the API can reach its database
         * @description Answers within 2 s: 200 when `select 1` came back, 503 problem+json when the database is down, restarting or too busy to answer.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password
         * @description Sets an HttpOnly session cookie and returns the CSRF token to send as X-CSRF-Token on writes. Five failures per account (or 30 per IP) in 15 minutes answer 429 with Retry-After.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with permissions and scope */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Ends every session of the user, then starts a new one for this browser.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find regions by name
         * @description Matches any part of the full name (重庆市沙坪坝区…); shorter names come first.
         */
        get: operations["searchRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a region by its GB/T 2260 code */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regions directly below a region */
        get: operations["listRegionChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dictionary entries: organisation and venue types, event categories, honour kinds, indicator kinds
         * @description In display order within each kind. Records keep retired entries (`active: false`); new records cannot take them.
         */
        get: operations["listDictionaryEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/{kind}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dictionary entry */
        get: operations["getDictionaryEntry"];
        put?: never;
        post?: never;
        /**
         * Remove an entry no record holds (city admin)
         * @description Refused (409) while any record, trashed ones included, holds it, for a built-in entry, and while entries roll up into it: retire it instead.
         */
        delete: operations["deleteDictionaryEntry"];
        options?: never;
        head?: never;
        /**
         * Change or retire an entry (city admin)
         * @description `active: false` retires it: records that hold it keep it, new ones cannot take it. Send only the fields to change.
         */
        patch: operations["updateDictionaryEntry"];
        trace?: never;
    };
    "/api/v1/dictionary/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an entry (city admin)
         * @description It is listed after the existing entries of its kind and can be chosen at once in forms, imports, filters and figures.
         */
        post: operations["createDictionaryEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisations
         * @description Live records in your scope. `region` includes the whole subtree below the region.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Create a organisation
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a organisation
         * @description The `ETag` header carries the version to send back as `If-Match`.
         */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        /**
         * Delete a organisation (soft)
         * @description The record leaves every list and answers 404; admins can restore it from the trash. Requires `If-Match`.
         */
        delete: operations["deleteOrganisation"];
        options?: never;
        head?: never;
        /**
         * Change a organisation
         * @description Send only the fields to change, with `If-Match`. The merged record is validated as a whole.
         */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed this organisation, when, and what
         * @description Oldest first; also for records in the trash.
         */
        get: operations["getOrganisationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a deleted organisation back from the trash */
        post: operations["restoreOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a organisation back as it was after an earlier change
         * @description `auditId` names an entry of the record's history; the result is a new revision, itself audited.
         */
        post: operations["revertOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export organisations as CSV or XLSX
         * @description Every record the list would show (your scope, the same filters and sort; paging ignored), streamed. Text starting with = + - @ is prefixed with an apostrophe so spreadsheet programs do not run it as a formula.
         */
        get: operations["exportOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to organisations since a cursor, for partner systems that keep a copy
         * @description Changes since `cursor`, oldest first, for partners that keep a copy: apply each item (upsert or delete by `id`),
         *     store the answer's `cursor`, and ask again with it. Several changes of one record in a page come back as one item with
         *     the record as it is now; `delete` stands for a record deleted, purged or moved out of your region scope. A page read
         *     again (a crash before the cursor was stored) gives the same records again, so applying it twice does no harm. A change
         *     becomes readable once every transaction that started before it has finished, usually within milliseconds.
         */
        get: operations["syncOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List venues
         * @description Live records in your scope. `region` includes the whole subtree below the region.
         */
        get: operations["listVenues"];
        put?: never;
        /**
         * Create a venue
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a venue
         * @description The `ETag` header carries the version to send back as `If-Match`.
         */
        get: operations["getVenue"];
        put?: never;
        post?: never;
        /**
         * Delete a venue (soft)
         * @description The record leaves every list and answers 404; admins can restore it from the trash. Requires `If-Match`.
         */
        delete: operations["deleteVenue"];
        options?: never;
        head?: never;
        /**
         * Change a venue
         * @description Send only the fields to change, with `If-Match`. The merged record is validated as a whole.
         */
        patch: operations["updateVenue"];
        trace?: never;
    };
    "/api/v1/venues/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed this venue, when, and what
         * @description Oldest first; also for records in the trash.
         */
        get: operations["getVenueHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a deleted venue back from the trash */
        post: operations["restoreVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a venue back as it was after an earlier change
         * @description `auditId` names an entry of the record's history; the result is a new revision, itself audited.
         */
        post: operations["revertVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export venues as CSV or XLSX
         * @description Every record the list would show (your scope, the same filters and sort; paging ignored), streamed. Text starting with = + - @ is prefixed with an apostrophe so spreadsheet programs do not run it as a formula.
         */
        get: operations["exportVenues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to venues since a cursor, for partner systems that keep a copy
         * @description Changes since `cursor`, oldest first, for partners that keep a copy: apply each item (upsert or delete by `id`),
         *     store the answer's `cursor`, and ask again with it. Several changes of one record in a page come back as one item with
         *     the record as it is now; `delete` stands for a record deleted, purged or moved out of your region scope. A page read
         *     again (a crash before the cursor was stored) gives the same records again, so applying it twice does no harm. A change
         *     becomes readable once every transaction that started before it has finished, usually within milliseconds.
         */
        get: operations["syncVenues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Live records in your scope. `region` includes the whole subtree below the region.
         */
        get: operations["listEvents"];
        put?: never;
        /**
         * Create a event
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a event
         * @description The `ETag` header carries the version to send back as `If-Match`.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        /**
         * Delete a event (soft)
         * @description The record leaves every list and answers 404; admins can restore it from the trash. Requires `If-Match`.
         */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        /**
         * Change a event
         * @description Send only the fields to change, with `If-Match`. The merged record is validated as a whole.
         */
        patch: operations["updateEvent"];
        trace?: never;
    };
    "/api/v1/events/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed this event, when, and what
         * @description Oldest first; also for records in the trash.
         */
        get: operations["getEventHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a deleted event back from the trash */
        post: operations["restoreEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a event back as it was after an earlier change
         * @description `auditId` names an entry of the record's history; the result is a new revision, itself audited.
         */
        post: operations["revertEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export events as CSV or XLSX
         * @description Every record the list would show (your scope, the same filters and sort; paging ignored), streamed. Text starting with = + - @ is prefixed with an apostrophe so spreadsheet programs do not run it as a formula.
         */
        get: operations["exportEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to events since a cursor, for partner systems that keep a copy
         * @description Changes since `cursor`, oldest first, for partners that keep a copy: apply each item (upsert or delete by `id`),
         *     store the answer's `cursor`, and ask again with it. Several changes of one record in a page come back as one item with
         *     the record as it is now; `delete` stands for a record deleted, purged or moved out of your region scope. A page read
         *     again (a crash before the cursor was stored) gives the same records again, so applying it twice does no harm. A change
         *     becomes readable once every transaction that started before it has finished, usually within milliseconds.
         */
        get: operations["syncEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List summaries
         * @description Live records in your scope. `region` includes the whole subtree below the region.
         */
        get: operations["listSummaries"];
        put?: never;
        /**
         * Create a summary
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/summaries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a summary
         * @description The `ETag` header carries the version to send back as `If-Match`.
         */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        /**
         * Delete a summary (soft)
         * @description The record leaves every list and answers 404; admins can restore it from the trash. Requires `If-Match`.
         */
        delete: operations["deleteSummary"];
        options?: never;
        head?: never;
        /**
         * Change a summary
         * @description Send only the fields to change, with `If-Match`. The merged record is validated as a whole.
         */
        patch: operations["updateSummary"];
        trace?: never;
    };
    "/api/v1/summaries/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed this summary, when, and what
         * @description Oldest first; also for records in the trash.
         */
        get: operations["getSummaryHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/summaries/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a deleted summary back from the trash */
        post: operations["restoreSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/summaries/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a summary back as it was after an earlier change
         * @description `auditId` names an entry of the record's history; the result is a new revision, itself audited.
         */
        post: operations["revertSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/summaries/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export summaries as CSV or XLSX
         * @description Every record the list would show (your scope, the same filters and sort; paging ignored), streamed. Text starting with = + - @ is prefixed with an apostrophe so spreadsheet programs do not run it as a formula.
         */
        get: operations["exportSummarys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to summaries since a cursor, for partner systems that keep a copy
         * @description Changes since `cursor`, oldest first, for partners that keep a copy: apply each item (upsert or delete by `id`),
         *     store the answer's `cursor`, and ask again with it. Several changes of one record in a page come back as one item with
         *     the record as it is now; `delete` stands for a record deleted, purged or moved out of your region scope. A page read
         *     again (a crash before the cursor was stored) gives the same records again, so applying it twice does no harm. A change
         *     becomes readable once every transaction that started before it has finished, usually within milliseconds.
         */
        get: operations["syncSummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/designations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List designations
         * @description Live records in your scope. `region` includes the whole subtree below the region.
         */
        get: operations["listDesignations"];
        put?: never;
        /**
         * Create a designation
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createDesignation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/designations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a designation
         * @description The `ETag` header carries the version to send back as `If-Match`.
         */
        get: operations["getDesignation"];
        put?: never;
        post?: never;
        /**
         * Delete a designation (soft)
         * @description The record leaves every list and answers 404; admins can restore it from the trash. Requires `If-Match`.
         */
        delete: operations["deleteDesignation"];
        options?: never;
        head?: never;
        /**
         * Change a designation
         * @description Send only the fields to change, with `If-Match`. The merged record is validated as a whole.
         */
        patch: operations["updateDesignation"];
        trace?: never;
    };
    "/api/v1/designations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed this designation, when, and what
         * @description Oldest first; also for records in the trash.
         */
        get: operations["getDesignationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/designations/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a deleted designation back from the trash */
        post: operations["restoreDesignation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/designations/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a designation back as it was after an earlier change
         * @description `auditId` names an entry of the record's history; the result is a new revision, itself audited.
         */
        post: operations["revertDesignation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/designations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export designations as CSV or XLSX
         * @description Every record the list would show (your scope, the same filters and sort; paging ignored), streamed. Text starting with = + - @ is prefixed with an apostrophe so spreadsheet programs do not run it as a formula.
         */
        get: operations["exportDesignations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/designations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to designations since a cursor, for partner systems that keep a copy
         * @description Changes since `cursor`, oldest first, for partners that keep a copy: apply each item (upsert or delete by `id`),
         *     store the answer's `cursor`, and ask again with it. Several changes of one record in a page come back as one item with
         *     the record as it is now; `delete` stands for a record deleted, purged or moved out of your region scope. A page read
         *     again (a crash before the cursor was stored) gives the same records again, so applying it twice does no harm. A change
         *     becomes readable once every transaction that started before it has finished, usually within milliseconds.
         */
        get: operations["syncDesignations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List indicators
         * @description Live records in your scope. `region` includes the whole subtree below the region.
         */
        get: operations["listIndicators"];
        put?: never;
        /**
         * Create a indicator
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a indicator
         * @description The `ETag` header carries the version to send back as `If-Match`.
         */
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        /**
         * Delete a indicator (soft)
         * @description The record leaves every list and answers 404; admins can restore it from the trash. Requires `If-Match`.
         */
        delete: operations["deleteIndicator"];
        options?: never;
        head?: never;
        /**
         * Change a indicator
         * @description Send only the fields to change, with `If-Match`. The merged record is validated as a whole.
         */
        patch: operations["updateIndicator"];
        trace?: never;
    };
    "/api/v1/indicators/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed this indicator, when, and what
         * @description Oldest first; also for records in the trash.
         */
        get: operations["getIndicatorHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a deleted indicator back from the trash */
        post: operations["restoreIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a indicator back as it was after an earlier change
         * @description `auditId` names an entry of the record's history; the result is a new revision, itself audited.
         */
        post: operations["revertIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export indicators as CSV or XLSX
         * @description Every record the list would show (your scope, the same filters and sort; paging ignored), streamed. Text starting with = + - @ is prefixed with an apostrophe so spreadsheet programs do not run it as a formula.
         */
        get: operations["exportIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to indicators since a cursor, for partner systems that keep a copy
         * @description Changes since `cursor`, oldest first, for partners that keep a copy: apply each item (upsert or delete by `id`),
         *     store the answer's `cursor`, and ask again with it. Several changes of one record in a page come back as one item with
         *     the record as it is now; `delete` stands for a record deleted, purged or moved out of your region scope. A page read
         *     again (a crash before the cursor was stored) gives the same records again, so applying it twice does no harm. A change
         *     becomes readable once every transaction that started before it has finished, usually within milliseconds.
         */
        get: operations["syncIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Live records in your scope. `region` includes the whole subtree below the region.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description The `ETag` header carries the version to send back as `If-Match`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user (soft)
         * @description The record leaves every list and answers 404; admins can restore it from the trash. Requires `If-Match`.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Change a user
         * @description Send only the fields to change, with `If-Match`. The merged record is validated as a whole.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed this user, when, and what
         * @description Oldest first; also for records in the trash.
         */
        get: operations["getUserHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a deleted user back from the trash */
        post: operations["restoreUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a user back as it was after an earlier change
         * @description `auditId` names an entry of the record's history; the result is a new revision, itself audited.
         */
        post: operations["revertUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys in your scope */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key (the secret is shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key at once */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions in your scope (an API key sees its own) */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to record events (the secret is shown once)
         * @description Deliveries follow Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature` headers, a JSON body as `WebhookPayload`. They cover records in `regionCode` (default: your scope) that you may read.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook subscription */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Stop and remove a webhook subscription; deliveries not yet sent are cancelled */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook subscription (turning it on again clears an automatic disabling) */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a new signing secret (shown once); the old one keeps signing for 24 hours
         * @description Until `previousSecretExpiresAt`, `webhook-signature` carries a `v1,…` signature for each secret, so the receiver can switch at any time.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's deliveries, newest first, each with the status and answer of every attempt */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a finished delivery again, with the same webhook-id and a fresh round of retries
         * @description The record is read again when it is sent. Refused while the delivery is still pending or the subscription is off.
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhooks.ping delivery now, once, to test the receiver
         * @description Sent even while the subscription is off, so a receiver can be tested before turning it back on. Not retried.
         */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log of your scope, newest first
         * @description Every write, sign-in and key change: who (user or API key), when, from which IP, and what changed.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted records in your scope, most recently deleted first
         * @description Restore one with POST /api/v1/{entity}/{id}/restore.
         */
        get: operations["listTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trash/{entity}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a record for good (市科协 administrators only) */
        delete: operations["purgeTrash"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Headline figures of a region: organisations, venues, events and indicators
         * @description Organisations and venues by type, venues by designation level on `asOf`, the events of the period and the region's indicators.
         *
         *     Counts the region's whole subtree (default: your scope region; a region outside it answers 403).
         *     The period is a calendar `year` or `from`/`to` dates in Asia/Shanghai (default: this year), at most 360 months (30 years); a breakdown by month or week at most 60.
         *     Every response's `meta.definitions` says what each of its figures counts:
         *
         *     - **organisations**: 组织数: live organisation records whose region is the region or below it, as they are now.
         *     - **members**: 会员数: the sum of memberCount over those organisations.
         *     - **registeredVolunteers**: 注册志愿者: the sum of volunteerCount over those organisations (科技志愿服务队 and any other organisation that registers volunteers); organisations whose count is unknown are in registeredVolunteersUnknown.
         *     - **venues**: 阵地数: live venues whose status is 开放 (open), as they are now. byStatus shows every status.
         *     - **designatedVenues**: 认定阵地: open live venues holding a live designation of that level that is valid on `asOf` (validFrom ≤ asOf ≤ validTo; an unknown validFrom counts as already valid, no validTo as no end). A venue counts once per level; honours with no level given count under `unspecified` (未注明级别).
         *     - **designations**: 认定荣誉: live designations (认定/荣誉) of each kind and level valid on `asOf`, whose region (the honoured region, or the region of the honoured venue, organisation or event) is the region or below it. Each honoured subject counts once per kind and level, whatever its status; bySubject says what was honoured. An honour whose source gives no level counts under level `unspecified` (未注明级别), never as national; one with an unknown validFrom counts as valid until validTo.
         *     - **honours**: 荣誉 by kind × level, counted as designations counts them: in a breakdown by region, each child's `honours` lists every kind × level that some child holds on `asOf` (the same pairs, in the dictionary's order, in every item; 0 where the child holds none); a ranking by `honours.<kind>.<level>` ranks the children by that count, and its previous value is the count on the previous period's last day (honours have validity dates, so they have a past). An honour without a level is only in `unspecified`.
         *     - **townshipCoverage**: 镇街科协覆盖率: the share (%) of 镇街 in the region, per the GB/T 2260 tree Kepu ships, that have a live 镇街科协.
         *     - **villageCoverage**: 村社科普覆盖率: the share (%) of 村/社区 in the region that have a live 村社科普工作站 or a live open 社区科普馆/活动室.
         *     - **events**: 活动场次: the number of events, plus the 场次 summaries report (those without one are in eventsUnknown). Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **attendance**: 受众人次: the sum of attendance (person-times) over the counted events that reported it; the others are in attendanceUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **participants**: 受众人数: the sum of participants (people) over the counted events that reported it; the others are in participantsUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **onlineViews**: 线上浏览量: the sum of onlineViews over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **eventVolunteers**: 志愿服务人次: the sum of volunteers over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **venuesPer10k**: 每万人阵地数: 阵地数 ÷ 常住人口 × 10,000. The population is the region's resident_population indicator for the year, or its latest earlier value.
         *     - **eventsPer10k**: 每万人活动场次: 活动场次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **attendancePer10k**: 每万人受众人次: 受众人次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **fundingPerCapita**: 人均科普经费 (元): the funding_total indicator ÷ 常住人口, each the value for the year or the latest earlier one.
         *     - **indicators**: 指标: for each kind, the region's own value for the year or, when there is none, its latest earlier value; `year` (and `yearTo` for a figure over a span, which counts by its last year) says which. A value whose year is not known is used only when the region has no dated one; then `year` is null. Indicators are reported figures (surveys, budgets), never computed from Kepu's rows.
         *     - **unknown**: Unknown values: beside every sum X that records may lack a value for stands XUnknown (attendance and attendanceUnknown; in a ranking valueUnknown, in a ratio numeratorUnknown), the number of counted records that have no value for it (未填报: an event or activity summary without 受众人次, an organisation without 注册志愿者数 …). X sums the known values only; it is null when every counted record lacks the value, and 0 only when there is nothing to count or the known values are 0. Activity summaries hold no online views or volunteers, so each counted summary is unknown for onlineViews and eventVolunteers. A summary spread over several months or weeks counts as unknown in each of them, so XUnknown of the parts may add up to more than XUnknown of the whole.
         */
        get: operations["getStatsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Figures of a region broken down by child region, type, category, audience, month or week
         * @description `by=region` gives one item per child region (区县 of the city, 镇街 of a district) with every figure and the honours it holds on `asOf` by kind × level;
         *     `organisationType` and `venueType` give counts as they are now; `eventCategory`, `audienceGroup`, `month` and `week` (ISO weeks,
         *     Monday first) give the period's event figures. An event aimed at several audience groups counts in each. Every group is listed, with zeros.
         *
         *     Counts the region's whole subtree (default: your scope region; a region outside it answers 403).
         *     The period is a calendar `year` or `from`/`to` dates in Asia/Shanghai (default: this year), at most 360 months (30 years); a breakdown by month or week at most 60.
         *     Every response's `meta.definitions` says what each of its figures counts:
         *
         *     - **organisations**: 组织数: live organisation records whose region is the region or below it, as they are now.
         *     - **members**: 会员数: the sum of memberCount over those organisations.
         *     - **registeredVolunteers**: 注册志愿者: the sum of volunteerCount over those organisations (科技志愿服务队 and any other organisation that registers volunteers); organisations whose count is unknown are in registeredVolunteersUnknown.
         *     - **venues**: 阵地数: live venues whose status is 开放 (open), as they are now. byStatus shows every status.
         *     - **designatedVenues**: 认定阵地: open live venues holding a live designation of that level that is valid on `asOf` (validFrom ≤ asOf ≤ validTo; an unknown validFrom counts as already valid, no validTo as no end). A venue counts once per level; honours with no level given count under `unspecified` (未注明级别).
         *     - **designations**: 认定荣誉: live designations (认定/荣誉) of each kind and level valid on `asOf`, whose region (the honoured region, or the region of the honoured venue, organisation or event) is the region or below it. Each honoured subject counts once per kind and level, whatever its status; bySubject says what was honoured. An honour whose source gives no level counts under level `unspecified` (未注明级别), never as national; one with an unknown validFrom counts as valid until validTo.
         *     - **honours**: 荣誉 by kind × level, counted as designations counts them: in a breakdown by region, each child's `honours` lists every kind × level that some child holds on `asOf` (the same pairs, in the dictionary's order, in every item; 0 where the child holds none); a ranking by `honours.<kind>.<level>` ranks the children by that count, and its previous value is the count on the previous period's last day (honours have validity dates, so they have a past). An honour without a level is only in `unspecified`.
         *     - **townshipCoverage**: 镇街科协覆盖率: the share (%) of 镇街 in the region, per the GB/T 2260 tree Kepu ships, that have a live 镇街科协.
         *     - **villageCoverage**: 村社科普覆盖率: the share (%) of 村/社区 in the region that have a live 村社科普工作站 or a live open 社区科普馆/活动室.
         *     - **events**: 活动场次: the number of events, plus the 场次 summaries report (those without one are in eventsUnknown). Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **attendance**: 受众人次: the sum of attendance (person-times) over the counted events that reported it; the others are in attendanceUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **participants**: 受众人数: the sum of participants (people) over the counted events that reported it; the others are in participantsUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **onlineViews**: 线上浏览量: the sum of onlineViews over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **eventVolunteers**: 志愿服务人次: the sum of volunteers over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **venuesPer10k**: 每万人阵地数: 阵地数 ÷ 常住人口 × 10,000. The population is the region's resident_population indicator for the year, or its latest earlier value.
         *     - **eventsPer10k**: 每万人活动场次: 活动场次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **attendancePer10k**: 每万人受众人次: 受众人次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **fundingPerCapita**: 人均科普经费 (元): the funding_total indicator ÷ 常住人口, each the value for the year or the latest earlier one.
         *     - **indicators**: 指标: for each kind, the region's own value for the year or, when there is none, its latest earlier value; `year` (and `yearTo` for a figure over a span, which counts by its last year) says which. A value whose year is not known is used only when the region has no dated one; then `year` is null. Indicators are reported figures (surveys, budgets), never computed from Kepu's rows.
         *     - **unknown**: Unknown values: beside every sum X that records may lack a value for stands XUnknown (attendance and attendanceUnknown; in a ranking valueUnknown, in a ratio numeratorUnknown), the number of counted records that have no value for it (未填报: an event or activity summary without 受众人次, an organisation without 注册志愿者数 …). X sums the known values only; it is null when every counted record lacks the value, and 0 only when there is nothing to count or the known values are 0. Activity summaries hold no online views or volunteers, so each counted summary is unknown for onlineViews and eventVolunteers. A summary spread over several months or weeks counts as unknown in each of them, so XUnknown of the parts may add up to more than XUnknown of the whole.
         */
        get: operations["getStatsBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/ratios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per-10,000-resident and per-capita ratios and coverage of 镇街 and 村/社区
         * @description Each ratio names its denominator (the 常住人口 indicator, with its year and source) or, when one is missing, is null with the reason.
         *
         *     Counts the region's whole subtree (default: your scope region; a region outside it answers 403).
         *     The period is a calendar `year` or `from`/`to` dates in Asia/Shanghai (default: this year), at most 360 months (30 years); a breakdown by month or week at most 60.
         *     Every response's `meta.definitions` says what each of its figures counts:
         *
         *     - **organisations**: 组织数: live organisation records whose region is the region or below it, as they are now.
         *     - **members**: 会员数: the sum of memberCount over those organisations.
         *     - **registeredVolunteers**: 注册志愿者: the sum of volunteerCount over those organisations (科技志愿服务队 and any other organisation that registers volunteers); organisations whose count is unknown are in registeredVolunteersUnknown.
         *     - **venues**: 阵地数: live venues whose status is 开放 (open), as they are now. byStatus shows every status.
         *     - **designatedVenues**: 认定阵地: open live venues holding a live designation of that level that is valid on `asOf` (validFrom ≤ asOf ≤ validTo; an unknown validFrom counts as already valid, no validTo as no end). A venue counts once per level; honours with no level given count under `unspecified` (未注明级别).
         *     - **designations**: 认定荣誉: live designations (认定/荣誉) of each kind and level valid on `asOf`, whose region (the honoured region, or the region of the honoured venue, organisation or event) is the region or below it. Each honoured subject counts once per kind and level, whatever its status; bySubject says what was honoured. An honour whose source gives no level counts under level `unspecified` (未注明级别), never as national; one with an unknown validFrom counts as valid until validTo.
         *     - **honours**: 荣誉 by kind × level, counted as designations counts them: in a breakdown by region, each child's `honours` lists every kind × level that some child holds on `asOf` (the same pairs, in the dictionary's order, in every item; 0 where the child holds none); a ranking by `honours.<kind>.<level>` ranks the children by that count, and its previous value is the count on the previous period's last day (honours have validity dates, so they have a past). An honour without a level is only in `unspecified`.
         *     - **townshipCoverage**: 镇街科协覆盖率: the share (%) of 镇街 in the region, per the GB/T 2260 tree Kepu ships, that have a live 镇街科协.
         *     - **villageCoverage**: 村社科普覆盖率: the share (%) of 村/社区 in the region that have a live 村社科普工作站 or a live open 社区科普馆/活动室.
         *     - **events**: 活动场次: the number of events, plus the 场次 summaries report (those without one are in eventsUnknown). Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **attendance**: 受众人次: the sum of attendance (person-times) over the counted events that reported it; the others are in attendanceUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **participants**: 受众人数: the sum of participants (people) over the counted events that reported it; the others are in participantsUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **onlineViews**: 线上浏览量: the sum of onlineViews over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **eventVolunteers**: 志愿服务人次: the sum of volunteers over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **venuesPer10k**: 每万人阵地数: 阵地数 ÷ 常住人口 × 10,000. The population is the region's resident_population indicator for the year, or its latest earlier value.
         *     - **eventsPer10k**: 每万人活动场次: 活动场次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **attendancePer10k**: 每万人受众人次: 受众人次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **fundingPerCapita**: 人均科普经费 (元): the funding_total indicator ÷ 常住人口, each the value for the year or the latest earlier one.
         *     - **indicators**: 指标: for each kind, the region's own value for the year or, when there is none, its latest earlier value; `year` (and `yearTo` for a figure over a span, which counts by its last year) says which. A value whose year is not known is used only when the region has no dated one; then `year` is null. Indicators are reported figures (surveys, budgets), never computed from Kepu's rows.
         *     - **unknown**: Unknown values: beside every sum X that records may lack a value for stands XUnknown (attendance and attendanceUnknown; in a ranking valueUnknown, in a ratio numeratorUnknown), the number of counted records that have no value for it (未填报: an event or activity summary without 受众人次, an organisation without 注册志愿者数 …). X sums the known values only; it is null when every counted record lacks the value, and 0 only when there is nothing to count or the known values are 0. Activity summaries hold no online views or volunteers, so each counted summary is unknown for onlineViews and eventVolunteers. A summary spread over several months or weeks counts as unknown in each of them, so XUnknown of the parts may add up to more than XUnknown of the whole.
         */
        get: operations["getStatsRatios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Child regions ranked by a metric, with the change against the previous period
         * @description Competition ranking: equal values share a rank (1, 2, 2, 4); regions without a value come last with rank null.
         *     The previous period has the same length and ends the day before `from` (a year compares with the year before). Counts that describe
         *     the present (organisations, venues, coverage) have no previous value; an indicator's previous value is the one reported before the current one.
         *     `metric=honours.<kind>.<level>` (e.g. `honours.demo_community.national`, 国家级科普示范社区) ranks by the honours of that kind and level held on `asOf`;
         *     its previous value is the count on the previous period's last day.
         *
         *     Counts the region's whole subtree (default: your scope region; a region outside it answers 403).
         *     The period is a calendar `year` or `from`/`to` dates in Asia/Shanghai (default: this year), at most 360 months (30 years); a breakdown by month or week at most 60.
         *     Every response's `meta.definitions` says what each of its figures counts:
         *
         *     - **organisations**: 组织数: live organisation records whose region is the region or below it, as they are now.
         *     - **members**: 会员数: the sum of memberCount over those organisations.
         *     - **registeredVolunteers**: 注册志愿者: the sum of volunteerCount over those organisations (科技志愿服务队 and any other organisation that registers volunteers); organisations whose count is unknown are in registeredVolunteersUnknown.
         *     - **venues**: 阵地数: live venues whose status is 开放 (open), as they are now. byStatus shows every status.
         *     - **designatedVenues**: 认定阵地: open live venues holding a live designation of that level that is valid on `asOf` (validFrom ≤ asOf ≤ validTo; an unknown validFrom counts as already valid, no validTo as no end). A venue counts once per level; honours with no level given count under `unspecified` (未注明级别).
         *     - **designations**: 认定荣誉: live designations (认定/荣誉) of each kind and level valid on `asOf`, whose region (the honoured region, or the region of the honoured venue, organisation or event) is the region or below it. Each honoured subject counts once per kind and level, whatever its status; bySubject says what was honoured. An honour whose source gives no level counts under level `unspecified` (未注明级别), never as national; one with an unknown validFrom counts as valid until validTo.
         *     - **honours**: 荣誉 by kind × level, counted as designations counts them: in a breakdown by region, each child's `honours` lists every kind × level that some child holds on `asOf` (the same pairs, in the dictionary's order, in every item; 0 where the child holds none); a ranking by `honours.<kind>.<level>` ranks the children by that count, and its previous value is the count on the previous period's last day (honours have validity dates, so they have a past). An honour without a level is only in `unspecified`.
         *     - **townshipCoverage**: 镇街科协覆盖率: the share (%) of 镇街 in the region, per the GB/T 2260 tree Kepu ships, that have a live 镇街科协.
         *     - **villageCoverage**: 村社科普覆盖率: the share (%) of 村/社区 in the region that have a live 村社科普工作站 or a live open 社区科普馆/活动室.
         *     - **events**: 活动场次: the number of events, plus the 场次 summaries report (those without one are in eventsUnknown). Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **attendance**: 受众人次: the sum of attendance (person-times) over the counted events that reported it; the others are in attendanceUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **participants**: 受众人数: the sum of participants (people) over the counted events that reported it; the others are in participantsUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **onlineViews**: 线上浏览量: the sum of onlineViews over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **eventVolunteers**: 志愿服务人次: the sum of volunteers over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **venuesPer10k**: 每万人阵地数: 阵地数 ÷ 常住人口 × 10,000. The population is the region's resident_population indicator for the year, or its latest earlier value.
         *     - **eventsPer10k**: 每万人活动场次: 活动场次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **attendancePer10k**: 每万人受众人次: 受众人次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **fundingPerCapita**: 人均科普经费 (元): the funding_total indicator ÷ 常住人口, each the value for the year or the latest earlier one.
         *     - **indicators**: 指标: for each kind, the region's own value for the year or, when there is none, its latest earlier value; `year` (and `yearTo` for a figure over a span, which counts by its last year) says which. A value whose year is not known is used only when the region has no dated one; then `year` is null. Indicators are reported figures (surveys, budgets), never computed from Kepu's rows.
         *     - **unknown**: Unknown values: beside every sum X that records may lack a value for stands XUnknown (attendance and attendanceUnknown; in a ranking valueUnknown, in a ratio numeratorUnknown), the number of counted records that have no value for it (未填报: an event or activity summary without 受众人次, an organisation without 注册志愿者数 …). X sums the known values only; it is null when every counted record lacks the value, and 0 only when there is nothing to count or the known values are 0. Activity summaries hold no online views or volunteers, so each counted summary is unknown for onlineViews and eventVolunteers. A summary spread over several months or weeks counts as unknown in each of them, so XUnknown of the parts may add up to more than XUnknown of the whole.
         */
        get: operations["getStatsRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events and 受众人次 by month, with the same months a year earlier
         * @description One item per month the period touches (up to 60); months at the edges count only the days inside the period.
         *
         *     Counts the region's whole subtree (default: your scope region; a region outside it answers 403).
         *     The period is a calendar `year` or `from`/`to` dates in Asia/Shanghai (default: this year), at most 360 months (30 years); a breakdown by month or week at most 60.
         *     Every response's `meta.definitions` says what each of its figures counts:
         *
         *     - **organisations**: 组织数: live organisation records whose region is the region or below it, as they are now.
         *     - **members**: 会员数: the sum of memberCount over those organisations.
         *     - **registeredVolunteers**: 注册志愿者: the sum of volunteerCount over those organisations (科技志愿服务队 and any other organisation that registers volunteers); organisations whose count is unknown are in registeredVolunteersUnknown.
         *     - **venues**: 阵地数: live venues whose status is 开放 (open), as they are now. byStatus shows every status.
         *     - **designatedVenues**: 认定阵地: open live venues holding a live designation of that level that is valid on `asOf` (validFrom ≤ asOf ≤ validTo; an unknown validFrom counts as already valid, no validTo as no end). A venue counts once per level; honours with no level given count under `unspecified` (未注明级别).
         *     - **designations**: 认定荣誉: live designations (认定/荣誉) of each kind and level valid on `asOf`, whose region (the honoured region, or the region of the honoured venue, organisation or event) is the region or below it. Each honoured subject counts once per kind and level, whatever its status; bySubject says what was honoured. An honour whose source gives no level counts under level `unspecified` (未注明级别), never as national; one with an unknown validFrom counts as valid until validTo.
         *     - **honours**: 荣誉 by kind × level, counted as designations counts them: in a breakdown by region, each child's `honours` lists every kind × level that some child holds on `asOf` (the same pairs, in the dictionary's order, in every item; 0 where the child holds none); a ranking by `honours.<kind>.<level>` ranks the children by that count, and its previous value is the count on the previous period's last day (honours have validity dates, so they have a past). An honour without a level is only in `unspecified`.
         *     - **townshipCoverage**: 镇街科协覆盖率: the share (%) of 镇街 in the region, per the GB/T 2260 tree Kepu ships, that have a live 镇街科协.
         *     - **villageCoverage**: 村社科普覆盖率: the share (%) of 村/社区 in the region that have a live 村社科普工作站 or a live open 社区科普馆/活动室.
         *     - **events**: 活动场次: the number of events, plus the 场次 summaries report (those without one are in eventsUnknown). Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **attendance**: 受众人次: the sum of attendance (person-times) over the counted events that reported it; the others are in attendanceUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **participants**: 受众人数: the sum of participants (people) over the counted events that reported it; the others are in participantsUnknown. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **onlineViews**: 线上浏览量: the sum of onlineViews over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **eventVolunteers**: 志愿服务人次: the sum of volunteers over the counted events. Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.
         *     - **venuesPer10k**: 每万人阵地数: 阵地数 ÷ 常住人口 × 10,000. The population is the region's resident_population indicator for the year, or its latest earlier value.
         *     - **eventsPer10k**: 每万人活动场次: 活动场次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **attendancePer10k**: 每万人受众人次: 受众人次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.
         *     - **fundingPerCapita**: 人均科普经费 (元): the funding_total indicator ÷ 常住人口, each the value for the year or the latest earlier one.
         *     - **indicators**: 指标: for each kind, the region's own value for the year or, when there is none, its latest earlier value; `year` (and `yearTo` for a figure over a span, which counts by its last year) says which. A value whose year is not known is used only when the region has no dated one; then `year` is null. Indicators are reported figures (surveys, budgets), never computed from Kepu's rows.
         *     - **unknown**: Unknown values: beside every sum X that records may lack a value for stands XUnknown (attendance and attendanceUnknown; in a ranking valueUnknown, in a ratio numeratorUnknown), the number of counted records that have no value for it (未填报: an event or activity summary without 受众人次, an organisation without 注册志愿者数 …). X sums the known values only; it is null when every counted record lacks the value, and 0 only when there is nothing to count or the known values are 0. Activity summaries hold no online views or volunteers, so each counted summary is unknown for onlineViews and eventVolunteers. A summary spread over several months or weeks counts as unknown in each of them, so XUnknown of the parts may add up to more than XUnknown of the whole.
         */
        get: operations["getStatsTimeSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-templates/{entity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the import template
         * @description Chinese headers; the XLSX has a second sheet explaining every column and its allowed values.
         */
        get: operations["getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a sheet and check it (dry run)
         * @description Send the file as the request body (Content-Type text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream; at most 20 MiB). Nothing is written: every row is validated and matched, and the result says how many rows would be created, updated or left unchanged, and what is wrong. Commit it with POST /api/v1/imports/{id}/commit.
         */
        post: operations["checkImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import and what its check found */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The uploaded rows with a column naming each row's problems */
        get: operations["getImportErrorSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a checked import, all rows or none
         * @description Re-checks the file against the data as it is now and writes every row in one transaction, audited as one import. Any problem is a 422 and nothing is written. Committing twice returns the first result.
         */
        post: operations["commitImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/statistics-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual 科普统计 form of a 区县, or of the city with a sheet per 区县, as XLSX
         * @description The five parts of the national form (科普人员, 科普场地, 科普经费, 科普传媒, 科普活动), built from the same figures as
         *     /api/v1/stats for the calendar year and completed events. Every row gives its definition and the console list and stats query that reproduce it.
         *     For the city (500000) a second sheet 分区县 has one row per 区县, the city's own records (市本级) and the total. A 镇街 or 村/社区 answers 422. The region defaults to your scope region; one outside it answers 403 naming `query.region`. The year defaults to this year (Asia/Shanghai).
         */
        get: operations["getStatisticsForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/district-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A 区县's profile: organisations, venues, events, honours and indicators beside the year before, as PDF or XLSX
         * @description Opens with key figures, each with the year before, the mean over the 区县 and the rank among them; the PDF adds charts
         *     (monthly trend, key figures against the mean, ranking of the 区县), the honours, and folds rows of zeros into one line under each table.
         *     Events and indicators are shown for the year and the year before; organisations and venues are counted as they are now
         *     (Kepu keeps no history of them), so their previous-year column is empty. The region must be a 区县 (otherwise 422). The region defaults to your scope region; one outside it answers 403 naming `query.region`. The year defaults to this year (Asia/Shanghai).
         */
        get: operations["getDistrictProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A submission as a document: the self-assessment report (scores per group, criteria not met, evidence), or the figures filed */
        get: operations["getSubmissionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether this server sends mail, and from whom
         * @description Mail is on when the server has `SMTP_URL`. The SMTP address and its credentials are never shown.
         */
        get: operations["getMailSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled exports in your scope */
        get: operations["listExportSchedules"];
        put?: never;
        /**
         * Schedule a report or a list export
         * @description Runs as you, with your scope at run time, on the cron expression in Asia/Shanghai. Each occurrence runs once however many API replicas there are; failures are retried.
         */
        post: operations["createExportSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scheduled export */
        get: operations["getExportSchedule"];
        put?: never;
        post?: never;
        /** Stop and remove a scheduled export; its runs and files stay downloadable */
        delete: operations["deleteExportSchedule"];
        options?: never;
        head?: never;
        /** Change a scheduled export */
        patch: operations["updateExportSchedule"];
        trace?: never;
    };
    "/api/v1/export-schedules/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule's runs, newest first, with their status, errors and download links */
        get: operations["listExportRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-runs/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a run's file (signed in) */
        get: operations["downloadExportRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/downloads/export-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a run's file by its link, without signing in
         * @description The link (a run's `downloadUrl`, as sent to the schedule's recipients) carries `expires` and an HMAC `signature`; it stops working when it expires.
         */
        get: operations["downloadExportRunByLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporting campaigns opened in your scope or above it (those your unit answers) */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Open a reporting campaign: one submission is made for each unit of the levels asked
         * @description A 市科协 admin opens campaigns for the 区县 and/or 镇街 of the city, a 区县科协 admin for its own 镇街. A self-assessment (kind `assessment`) asks every 区县 for the active criteria of the catalogue.
         */
        post: operations["openCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reporting campaign with the counts of its submissions in your scope */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a campaign, move its deadline, change its instructions, or close it */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/api/v1/campaigns/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every unit's submission in your scope: status, overdue, reminders; as JSON, XLSX or CSV */
        get: operations["getCampaignProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind the units you review that have not submitted (催报)
         * @description Reminds the units one level below you that have neither submitted nor been approved (or those of `regions`). Reminders are not mailed (users have no mail address in Kepu), so the reminder shows in the units’ console inbox.
         */
        post: operations["remindUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your inbox: submissions your unit fills and those you review
         * @description `role=fill`: your own unit’s; `role=review`: the units one level below you; without it, both.
         */
        get: operations["listSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A submission with the records’ figures, last year, the roll-up of approved 镇街 and the automatic checks */
        get: operations["getSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Save figures as a draft (your own unit, before the deadline)
         * @description Figures not sent keep their saved value, or the records’ figure if never saved. A value that differs from the records needs a `reason` by the time it is submitted.
         */
        patch: operations["saveSubmission"];
        trace?: never;
    };
    "/api/v1/submissions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit to the level above, with any last figures; figures never entered take the records’ value
         * @description Figures not sent keep their saved value, or the records’ figure if never saved. A value that differs from the records needs a `reason` by the time it is submitted.
         */
        post: operations["submitSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted submission (it is locked), or return it with comments per figure */
        post: operations["reviewSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen an approved submission (the level above only, with a reason); the unit corrects and resubmits it */
        post: operations["reopenSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 全国科普示范区 criteria catalogue */
        get: operations["listAssessmentCriteria"];
        put?: never;
        /** Add a criterion (市科协 admin) */
        post: operations["createAssessmentCriterion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-criteria/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a criterion from the catalogue; self-assessments already opened keep it */
        delete: operations["deleteAssessmentCriterion"];
        options?: never;
        head?: never;
        /** Change a criterion; running self-assessments keep the criteria they opened with */
        patch: operations["updateAssessmentCriterion"];
        trace?: never;
    };
    "/api/v1/submissions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach evidence: a PDF, PNG/JPEG image or XLSX workbook of at most 10 MB, sent as the body
         * @description The type is read from the content; a file whose bytes are not one of these is refused (415) whatever its name says.
         */
        post: operations["attachEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a piece of evidence */
        get: operations["downloadEvidence"];
        put?: never;
        post?: never;
        /** Remove a piece of evidence (your own unit, while the submission may be changed) */
        delete: operations["removeEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A change in your region, sent to your subscription URL
         * @description Standard Webhooks: verify `webhook-signature` (HMAC-SHA256 of `webhook-id.webhook-timestamp.body`) before trusting the body; deduplicate on `webhook-id`.
         */
        post: operations["receiveChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        CreateApiKeyInput: {
            /** @example 区融媒体中心活动同步 */
            name: string;
            scopes: ("organisations:read" | "venues:read" | "events:read" | "summaries:read" | "designations:read" | "indicators:read" | "stats:read" | "organisations:write" | "venues:write" | "events:write" | "summaries:write" | "designations:write" | "indicators:write" | "webhooks:manage")[];
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            scopeRegionCode: string;
            /**
             * Format: date-time
             * @description at most a year ahead
             * @example 2024-09-15T09:00:00+08:00
             */
            expiresAt: string;
        };
        CreateDictionaryEntryInput: {
            /** @example community_learning_point */
            code: string;
            /**
             * @description 中文名称, as forms, exports and reports show it
             * @example 社区科普学教点
             */
            labelZh: string;
            /** @example Community science learning point */
            labelEn: string;
            /** @description the top-level entry of the same kind this one rolls up into (e.g. an official 科普统计 category); null for a top-level entry */
            parentCode?: string | null;
            /** @description indicators only: the unit values are stored in (人, %, 元, 次, 分钟/天 …) */
            unit?: string | null;
            /** @description indicators only: count, ratio (a percentage, at most 100), money or duration */
            measure?: ("count" | "ratio" | "money" | "duration") | null;
            /** @description 口径: what the entry counts */
            definition?: string | null;
            /** @description false retires the entry: kept on records that hold it, refused on new ones */
            active?: boolean;
        };
        UpdateDictionaryEntryInput: {
            /**
             * @description 中文名称, as forms, exports and reports show it
             * @example 社区科普学教点
             */
            labelZh?: string;
            /** @example Community science learning point */
            labelEn?: string;
            /** @description the top-level entry of the same kind this one rolls up into (e.g. an official 科普统计 category); null for a top-level entry */
            parentCode?: string | null;
            /** @description indicators only: the unit values are stored in (人, %, 元, 次, 分钟/天 …) */
            unit?: string | null;
            /** @description indicators only: count, ratio (a percentage, at most 100), money or duration */
            measure?: ("count" | "ratio" | "money" | "duration") | null;
            /** @description 口径: what the entry counts */
            definition?: string | null;
            /** @description false retires the entry: kept on records that hold it, refused on new ones */
            active?: boolean;
        };
        CreateDesignationInput: {
            /** @example 2021—2025年度全国科普示范区 */
            name: string;
            /** @description a code of the honour_kind dictionary (认定类别); GET /api/v1/dictionary?kind=honour_kind lists them. Entries now: `demo_district` 全国科普示范区, `demo_community` 科普示范社区, `education_base` 科普教育基地, `excellent_event` 全国科普日优秀活动, `academician_studio` 院士科普工作室, `other` 其他认定 */
            kind: string;
            /** @description null when the source gives no level; counted as 未注明级别, never as national */
            level?: ("national" | "municipal" | "district") | null;
            /** @example 中国科协 */
            grantedBy: string;
            /** @enum {string} */
            subjectType: "region" | "organisation" | "venue" | "event";
            /**
             * @description the honoured region; for other subjects it is taken from the subject
             * @example 500106
             */
            regionCode?: string;
            organisationId?: string | null;
            venueId?: string | null;
            eventId?: string | null;
            /** @description first valid day; null when the source does not say (then valid from any date until validTo) */
            validFrom?: string | null;
            /** @description last valid day; null when it does not expire */
            validTo?: string | null;
        };
        UpdateDesignationInput: {
            /** @example 2021—2025年度全国科普示范区 */
            name?: string;
            /** @description a code of the honour_kind dictionary (认定类别); GET /api/v1/dictionary?kind=honour_kind lists them. Entries now: `demo_district` 全国科普示范区, `demo_community` 科普示范社区, `education_base` 科普教育基地, `excellent_event` 全国科普日优秀活动, `academician_studio` 院士科普工作室, `other` 其他认定 */
            kind?: string;
            /** @description null when the source gives no level; counted as 未注明级别, never as national */
            level?: ("national" | "municipal" | "district") | null;
            /** @example 中国科协 */
            grantedBy?: string;
            /** @enum {string} */
            subjectType?: "region" | "organisation" | "venue" | "event";
            /**
             * @description the honoured region; for other subjects it is taken from the subject
             * @example 500106
             */
            regionCode?: string;
            organisationId?: string | null;
            venueId?: string | null;
            eventId?: string | null;
            /** @description first valid day; null when the source does not say (then valid from any date until validTo) */
            validFrom?: string | null;
            /** @description last valid day; null when it does not expire */
            validTo?: string | null;
        };
        CreateEventInput: {
            title: string;
            /** @description a code of the event_category dictionary (活动类型); GET /api/v1/dictionary?kind=event_category lists them. Entries now: `national_science_day` 全国科普日, `science_week` 科技活动周, `workers_day` 全国科技工作者日, `lecture` 讲座, `exhibition` 展览, `competition` 竞赛, `outreach_school` 进校园, `outreach_community` 进社区, `outreach_rural` 进农村, `outreach_enterprise` 进企业, `clinic` 义诊, `training` 实用技术培训, `online_quiz` 线上答题 */
            category: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            /** @description 主办/承办组织; the first is the lead organiser */
            organiserIds: string[];
            /** @description where it took place; null for online or unregistered places */
            venueId?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            endsAt: string;
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            audienceGroups?: ("youth" | "elderly" | "farmers" | "workers" | "officials" | "residents" | "public")[];
            /** @description 受众人次 (person-times): every attendance counts; null when the source does not say (unknown, not 0) */
            attendance?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            attendanceQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** @description 受众人数 (distinct people); never more than attendance; null when the source does not say (unknown, not 0) */
            participants?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            participantsQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /**
             * Format: int32
             * @description 线上浏览量
             */
            onlineViews?: number;
            /**
             * Format: int32
             * @description 参与志愿者人数
             */
            volunteers?: number;
            /**
             * @description Left out, it is set from the times when saved: ended → completed, started but not ended → ongoing, not yet started → planned; it does not change by itself later. Statistics count completed events by default. (不填时按保存时的时间确定：已结束的为“已完成”，已开始未结束的为“进行中”，未开始的为“计划中”；之后不会自动变更。统计默认只计已完成的活动。)
             * @enum {string}
             */
            status?: "planned" | "ongoing" | "completed" | "cancelled";
            description?: string | null;
        };
        UpdateEventInput: {
            title?: string;
            /** @description a code of the event_category dictionary (活动类型); GET /api/v1/dictionary?kind=event_category lists them. Entries now: `national_science_day` 全国科普日, `science_week` 科技活动周, `workers_day` 全国科技工作者日, `lecture` 讲座, `exhibition` 展览, `competition` 竞赛, `outreach_school` 进校园, `outreach_community` 进社区, `outreach_rural` 进农村, `outreach_enterprise` 进企业, `clinic` 义诊, `training` 实用技术培训, `online_quiz` 线上答题 */
            category?: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode?: string;
            /** @description 主办/承办组织; the first is the lead organiser */
            organiserIds?: string[];
            /** @description where it took place; null for online or unregistered places */
            venueId?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            endsAt?: string;
            /** @enum {string} */
            mode?: "offline" | "online" | "hybrid";
            audienceGroups?: ("youth" | "elderly" | "farmers" | "workers" | "officials" | "residents" | "public")[];
            /** @description 受众人次 (person-times): every attendance counts; null when the source does not say (unknown, not 0) */
            attendance?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            attendanceQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** @description 受众人数 (distinct people); never more than attendance; null when the source does not say (unknown, not 0) */
            participants?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            participantsQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /**
             * Format: int32
             * @description 线上浏览量
             */
            onlineViews?: number;
            /**
             * Format: int32
             * @description 参与志愿者人数
             */
            volunteers?: number;
            /**
             * @description Left out, it is set from the times when saved: ended → completed, started but not ended → ongoing, not yet started → planned; it does not change by itself later. Statistics count completed events by default. (不填时按保存时的时间确定：已结束的为“已完成”，已开始未结束的为“进行中”，未开始的为“计划中”；之后不会自动变更。统计默认只计已完成的活动。)
             * @enum {string}
             */
            status?: "planned" | "ongoing" | "completed" | "cancelled";
            description?: string | null;
        };
        CreateIndicatorInput: {
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            /** @description the year the figure is for, or the first year of its span; null when the source does not say */
            year?: number | null;
            /** @description the last year when the figure covers a span (2012—2025: year 2012, yearTo 2025); needs year, not before it */
            yearTo?: number | null;
            /** @description a code of the indicator_kind dictionary (指标); GET /api/v1/dictionary?kind=indicator_kind lists them. Entries now: `resident_population` 常住人口, `science_literacy_rate` 公民具备科学素质比例, `per_capita_funding` 人均科普经费, `funding_total` 科普经费投入, `social_investment` 社会资金投入, `community_coverage` 社区覆盖率, `joint_meeting_members` 科普工作联席会议成员单位, `kepu_china_app_users` “科普中国”App注册用户, `reader_copies` 科普读本发行量, `information_reach` 科普资讯传播量, `competition_awards` 科技竞赛获奖, `competition_awards_world` 科技竞赛世界级奖项, `schools_reached` 惠及中小学, `screen_daily_minutes` 宣传屏每日科普播放时长, `resident_reach_rate` 活动覆盖常住人口比例, `registered_volunteers` 注册科技志愿者 */
            kind: string;
            value: number;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            valueQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /**
             * @description 出处, e.g. 2022年重庆市公民科学素质抽样调查; null when not known
             * @example 2022年公民科学素质调查
             */
            source?: string | null;
            /** @description the level of the body that published the figure; null when not known */
            level?: ("national" | "municipal" | "district") | null;
            note?: string | null;
        };
        UpdateIndicatorInput: {
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode?: string;
            /** @description the year the figure is for, or the first year of its span; null when the source does not say */
            year?: number | null;
            /** @description the last year when the figure covers a span (2012—2025: year 2012, yearTo 2025); needs year, not before it */
            yearTo?: number | null;
            /** @description a code of the indicator_kind dictionary (指标); GET /api/v1/dictionary?kind=indicator_kind lists them. Entries now: `resident_population` 常住人口, `science_literacy_rate` 公民具备科学素质比例, `per_capita_funding` 人均科普经费, `funding_total` 科普经费投入, `social_investment` 社会资金投入, `community_coverage` 社区覆盖率, `joint_meeting_members` 科普工作联席会议成员单位, `kepu_china_app_users` “科普中国”App注册用户, `reader_copies` 科普读本发行量, `information_reach` 科普资讯传播量, `competition_awards` 科技竞赛获奖, `competition_awards_world` 科技竞赛世界级奖项, `schools_reached` 惠及中小学, `screen_daily_minutes` 宣传屏每日科普播放时长, `resident_reach_rate` 活动覆盖常住人口比例, `registered_volunteers` 注册科技志愿者 */
            kind?: string;
            value?: number;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            valueQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /**
             * @description 出处, e.g. 2022年重庆市公民科学素质抽样调查; null when not known
             * @example 2022年公民科学素质调查
             */
            source?: string | null;
            /** @description the level of the body that published the figure; null when not known */
            level?: ("national" | "municipal" | "district") | null;
            note?: string | null;
        };
        CreateSummaryInput: {
            title: string;
            /** @description a code of the event_category dictionary (活动类型); GET /api/v1/dictionary?kind=event_category lists them. Entries now: `national_science_day` 全国科普日, `science_week` 科技活动周, `workers_day` 全国科技工作者日, `lecture` 讲座, `exhibition` 展览, `competition` 竞赛, `outreach_school` 进校园, `outreach_community` 进社区, `outreach_rural` 进农村, `outreach_enterprise` 进企业, `clinic` 义诊, `training` 实用技术培训, `online_quiz` 线上答题 */
            category: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            /** @description 主办/承办组织, when the source names them; the first is the lead */
            organiserIds?: string[];
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            periodFrom: string;
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            periodTo: string;
            /** @description 场次; null when the source does not say (unknown, not 0) */
            eventCount?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            eventCountQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** @description 受众人次 (person-times): every attendance counts; null when the source does not say (unknown, not 0) */
            attendance?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            attendanceQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** @description 受众人数 (distinct people); never more than attendance; null when the source does not say (unknown, not 0) */
            participants?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            participantsQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** @description 出处, e.g. 渝北区科协2023年工作总结 */
            source?: string | null;
            note?: string | null;
        };
        UpdateSummaryInput: {
            title?: string;
            /** @description a code of the event_category dictionary (活动类型); GET /api/v1/dictionary?kind=event_category lists them. Entries now: `national_science_day` 全国科普日, `science_week` 科技活动周, `workers_day` 全国科技工作者日, `lecture` 讲座, `exhibition` 展览, `competition` 竞赛, `outreach_school` 进校园, `outreach_community` 进社区, `outreach_rural` 进农村, `outreach_enterprise` 进企业, `clinic` 义诊, `training` 实用技术培训, `online_quiz` 线上答题 */
            category?: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode?: string;
            /** @description 主办/承办组织, when the source names them; the first is the lead */
            organiserIds?: string[];
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            periodFrom?: string;
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            periodTo?: string;
            /** @description 场次; null when the source does not say (unknown, not 0) */
            eventCount?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            eventCountQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** @description 受众人次 (person-times): every attendance counts; null when the source does not say (unknown, not 0) */
            attendance?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            attendanceQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** @description 受众人数 (distinct people); never more than attendance; null when the source does not say (unknown, not 0) */
            participants?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            participantsQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** @description 出处, e.g. 渝北区科协2023年工作总结 */
            source?: string | null;
            note?: string | null;
        };
        CreateVenueInput: {
            name: string;
            /** @description a code of the venue_type dictionary (阵地类型); GET /api/v1/dictionary?kind=venue_type lists them. Entries now: `science_museum` 科技馆, `education_base` 科普教育基地, `campus_museum` 校园科技馆, `community_hall` 社区科普馆/活动室, `community_park` 社区科普公园, `rural_demo_base` 农村科普示范基地, `gallery` 科普画廊/宣传栏, `led_screen` LED科普屏, `e_station` 科普e站, `online_library` 科普网络书屋, `civilization_platform` 新时代文明实践所(站)科普平台, `caravan` 科普大篷车 */
            type: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            /** @description the organisation that runs it */
            organisationId?: string | null;
            address?: string | null;
            /** @description WGS-84 degrees */
            longitude?: number | null;
            /** @description WGS-84 degrees */
            latitude?: number | null;
            /** @description 建筑面积, m² */
            floorArea?: number | null;
            /** @enum {string} */
            status?: "open" | "closed" | "under_construction";
            /** @description 年接待能力, 人次 */
            annualCapacity?: number | null;
        };
        UpdateVenueInput: {
            name?: string;
            /** @description a code of the venue_type dictionary (阵地类型); GET /api/v1/dictionary?kind=venue_type lists them. Entries now: `science_museum` 科技馆, `education_base` 科普教育基地, `campus_museum` 校园科技馆, `community_hall` 社区科普馆/活动室, `community_park` 社区科普公园, `rural_demo_base` 农村科普示范基地, `gallery` 科普画廊/宣传栏, `led_screen` LED科普屏, `e_station` 科普e站, `online_library` 科普网络书屋, `civilization_platform` 新时代文明实践所(站)科普平台, `caravan` 科普大篷车 */
            type?: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode?: string;
            /** @description the organisation that runs it */
            organisationId?: string | null;
            address?: string | null;
            /** @description WGS-84 degrees */
            longitude?: number | null;
            /** @description WGS-84 degrees */
            latitude?: number | null;
            /** @description 建筑面积, m² */
            floorArea?: number | null;
            /** @enum {string} */
            status?: "open" | "closed" | "under_construction";
            /** @description 年接待能力, 人次 */
            annualCapacity?: number | null;
        };
        CreateOrganisationInput: {
            name: string;
            /** @description a code of the organisation_type dictionary (组织类型); GET /api/v1/dictionary?kind=organisation_type lists them. Entries now: `city_association` 市科协, `district_association` 区县科协, `township_association` 镇街科协, `village_station` 村社科普工作站, `society` 学会/协会, `enterprise_association` 企业科协, `university_association` 高校科协, `e_station` 科普e站, `volunteer_team` 科技志愿服务队, `expert_team` 专家团队/讲师团 */
            type: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            /** @description the organisation this one belongs to */
            parentId?: string | null;
            creditCode?: string | null;
            contactName?: string | null;
            contactPhone?: string | null;
            address?: string | null;
            /**
             * @description 网址 (http or https)
             * @example https://www.cqast.cn
             */
            website?: string | null;
            /**
             * Format: int32
             * @description 会员/成员数
             */
            memberCount?: number;
            /** @description 注册志愿者人数; null when the source does not say (unknown, not 0) */
            volunteerCount?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            volunteerCountQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
        };
        UpdateOrganisationInput: {
            name?: string;
            /** @description a code of the organisation_type dictionary (组织类型); GET /api/v1/dictionary?kind=organisation_type lists them. Entries now: `city_association` 市科协, `district_association` 区县科协, `township_association` 镇街科协, `village_station` 村社科普工作站, `society` 学会/协会, `enterprise_association` 企业科协, `university_association` 高校科协, `e_station` 科普e站, `volunteer_team` 科技志愿服务队, `expert_team` 专家团队/讲师团 */
            type?: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode?: string;
            /** @description the organisation this one belongs to */
            parentId?: string | null;
            creditCode?: string | null;
            contactName?: string | null;
            contactPhone?: string | null;
            address?: string | null;
            /**
             * @description 网址 (http or https)
             * @example https://www.cqast.cn
             */
            website?: string | null;
            /**
             * Format: int32
             * @description 会员/成员数
             */
            memberCount?: number;
            /** @description 注册志愿者人数; null when the source does not say (unknown, not 0) */
            volunteerCount?: number | null;
            /** @description how the source qualifies the figure (约, 余, 以上 …); only with the figure */
            volunteerCountQualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
        };
        CreateUserInput: {
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "city_admin" | "district_admin" | "township_staff" | "viewer";
            /**
             * @description the region subtree this user may see and change
             * @example 500106
             */
            scopeRegionCode: string;
            password: string;
        };
        UpdateUserInput: {
            displayName?: string;
            /** @enum {string} */
            role?: "city_admin" | "district_admin" | "township_staff" | "viewer";
            /**
             * @description the region subtree this user may see and change
             * @example 500106
             */
            scopeRegionCode?: string;
            password?: string;
        };
        LoginInput: {
            username: string;
            password: string;
        };
        ChangePasswordInput: {
            currentPassword: string;
            newPassword: string;
        };
        CreateCampaignInput: {
            /** @example 2025年度科普统计填报 */
            name: string;
            /**
             * @default statistics
             * @enum {string}
             */
            kind?: "statistics" | "assessment";
            /**
             * Format: int32
             * @description the reporting year (e.g. 2025 for 2025年度)
             */
            year: number;
            /**
             * @description whose units report: the city, or a district for its own 镇街; default your scope
             * @example 500106
             */
            region?: string;
            /**
             * @description the levels that report; a self-assessment is filled by 区县 only
             * @default [
             *       "district"
             *     ]
             */
            levels?: ("township" | "district")[];
            /**
             * @description the figures asked for (statistics campaigns): Kepu's own figures or indicator kind codes
             * @default []
             */
            metrics?: (("events" | "attendance" | "participants" | "onlineViews" | "eventVolunteers" | "organisations" | "members" | "registeredVolunteers" | "venues" | "townshipCoverage" | "villageCoverage" | "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita") | string)[];
            /**
             * @description the figures that need an attachment as evidence
             * @default []
             */
            evidenceRequired?: (("events" | "attendance" | "participants" | "onlineViews" | "eventVolunteers" | "organisations" | "members" | "registeredVolunteers" | "venues" | "townshipCoverage" | "villageCoverage" | "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita") | string)[];
            /**
             * Format: date
             * @description the last day units may submit (Asia/Shanghai)
             * @example 2024-09-15
             */
            deadline: string;
            /** @default  */
            instructions?: string;
            /**
             * Format: int32
             * @description flag a change from last year of more than this many percent
             * @default 30
             */
            jumpThreshold?: number;
        };
        UpdateCampaignInput: {
            name?: string;
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            deadline?: string;
            instructions?: string;
            /**
             * @description closed: no more saving or submitting
             * @enum {string}
             */
            status?: "open" | "closed";
        };
        SaveSubmissionInput: {
            /** @default {} */
            figures?: {
                [key: string]: {
                    /** @description the reported value; null: not known (未填报) */
                    value: number | null;
                    /**
                     * @description 约/余/以上… as the source writes the figure
                     * @default null
                     */
                    qualifier?: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
                    /**
                     * @description why the value differs from the records' figure; required when it does
                     * @default null
                     */
                    reason?: string | null;
                };
            };
            note?: string;
        };
        ReviewSubmissionInput: {
            /** @enum {string} */
            decision: "approve" | "return";
            /**
             * @description per item key; `general` for the whole submission
             * @default {}
             */
            comments?: {
                [key: string]: string;
            };
        };
        ReopenSubmissionInput: {
            reason: string;
        };
        RemindInput: {
            /** @description default: every unit not yet submitted */
            regions?: string[];
        };
        CreateAssessmentCriterionInput: {
            /**
             * @description stable code, lower snake case
             * @example funding_per_capita
             */
            code: string;
            /** @example 科普投入 */
            group: string;
            name: string;
            weight: number;
            /** @description the figure that measures it; null: scored with evidence (达标/未达标) */
            metric: (("events" | "attendance" | "participants" | "onlineViews" | "eventVolunteers" | "organisations" | "members" | "registeredVolunteers" | "venues" | "townshipCoverage" | "villageCoverage" | "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita") | string) | null;
            /**
             * @default gte
             * @enum {string}
             */
            comparator?: "gte" | "lte";
            /** @description the value to reach; null for an evidence criterion */
            threshold: number | null;
            /** @default null */
            unit?: string | null;
            /** @default  */
            definition?: string;
            /**
             * Format: int32
             * @default 0
             */
            position?: number;
            /** @default true */
            active?: boolean;
        };
        UpdateAssessmentCriterionInput: {
            /** @example 科普投入 */
            group?: string;
            name?: string;
            weight?: number;
            /** @description the figure that measures it; null: scored with evidence (达标/未达标) */
            metric?: (("events" | "attendance" | "participants" | "onlineViews" | "eventVolunteers" | "organisations" | "members" | "registeredVolunteers" | "venues" | "townshipCoverage" | "villageCoverage" | "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita") | string) | null;
            /**
             * @default gte
             * @enum {string}
             */
            comparator?: "gte" | "lte";
            /** @description the value to reach; null for an evidence criterion */
            threshold?: number | null;
            /** @default null */
            unit?: string | null;
            /** @default  */
            definition?: string;
            /**
             * Format: int32
             * @default 0
             */
            position?: number;
            /** @default true */
            active?: boolean;
        };
        CreateExportScheduleInput: {
            name: string;
            target: {
                /** @constant */
                kind: "list";
                /** @enum {string} */
                entity: "organisations" | "venues" | "events" | "summaries" | "designations" | "indicators";
                /**
                 * @description the list's query parameters (region, type, year, q, sort …), checked against the list's own schema
                 * @default {}
                 */
                filters?: {
                    [key: string]: string | number | string[];
                };
                /** @description field names, as the export endpoint takes them */
                columns?: string[];
                /**
                 * @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook
                 * @enum {string}
                 */
                format: "csv" | "xlsx";
            } | {
                /** @constant */
                kind: "report";
                /** @enum {string} */
                report: "statistics-form" | "district-profile";
                /**
                 * @description default: the owner's scope region
                 * @example 500106
                 */
                region?: string;
                /** @default previous */
                year?: number | ("current" | "previous");
                /**
                 * @description the statistics form is XLSX only
                 * @enum {string}
                 */
                format: "pdf" | "xlsx";
            };
            /**
             * @description cron expression in Asia/Shanghai: 5 fields (minute hour day month weekday), or 6 with seconds first
             * @example 0 8 1 * *
             */
            cron: string;
            /**
             * @description who is mailed each run's file (or its download link) and a notice of a run that failed for good, when mail is on
             * @default []
             */
            recipients?: string[];
            /** @default true */
            active?: boolean;
        };
        UpdateExportScheduleInput: {
            name?: string;
            target?: {
                /** @constant */
                kind: "list";
                /** @enum {string} */
                entity: "organisations" | "venues" | "events" | "summaries" | "designations" | "indicators";
                /**
                 * @description the list's query parameters (region, type, year, q, sort …), checked against the list's own schema
                 * @default {}
                 */
                filters?: {
                    [key: string]: string | number | string[];
                };
                /** @description field names, as the export endpoint takes them */
                columns?: string[];
                /**
                 * @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook
                 * @enum {string}
                 */
                format: "csv" | "xlsx";
            } | {
                /** @constant */
                kind: "report";
                /** @enum {string} */
                report: "statistics-form" | "district-profile";
                /**
                 * @description default: the owner's scope region
                 * @example 500106
                 */
                region?: string;
                /** @default previous */
                year?: number | ("current" | "previous");
                /**
                 * @description the statistics form is XLSX only
                 * @enum {string}
                 */
                format: "pdf" | "xlsx";
            };
            /**
             * @description cron expression in Asia/Shanghai: 5 fields (minute hour day month weekday), or 6 with seconds first
             * @example 0 8 1 * *
             */
            cron?: string;
            recipients?: string[];
            active?: boolean;
        };
        CreateWebhookInput: {
            /** @example 区融媒体中心活动同步 */
            name: string;
            /**
             * Format: uri
             * @description https, or http for hosts in the WEBHOOK_ALLOW_HOSTS setting; must not resolve to a loopback, private or link-local address
             * @example https://partner.example.com/kepu/webhooks
             */
            url: string;
            /** @description what to send; the subscriber needs read access to each entity */
            events: ("*" | "organisations.*" | "venues.*" | "events.*" | "summaries.*" | "designations.*" | "indicators.*" | "imports.*" | "export-runs.*" | "submissions.*" | "organisations.created" | "organisations.updated" | "organisations.deleted" | "organisations.restored" | "venues.created" | "venues.updated" | "venues.deleted" | "venues.restored" | "events.created" | "events.updated" | "events.deleted" | "events.restored" | "summaries.created" | "summaries.updated" | "summaries.deleted" | "summaries.restored" | "designations.created" | "designations.updated" | "designations.deleted" | "designations.restored" | "indicators.created" | "indicators.updated" | "indicators.deleted" | "indicators.restored" | "imports.committed" | "export-runs.succeeded" | "export-runs.failed" | "submissions.submitted" | "submissions.approved" | "submissions.returned" | "submissions.reopened")[];
            /** @default true */
            active?: boolean;
            /**
             * @description which records' events to send: default and widest, your own scope
             * @example 500106
             */
            regionCode?: string;
        };
        /** @description Setting `active` to true again also clears an automatic disabling. */
        UpdateWebhookInput: {
            /** @example 区融媒体中心活动同步 */
            name?: string;
            /**
             * Format: uri
             * @description https, or http for hosts in the WEBHOOK_ALLOW_HOSTS setting; must not resolve to a loopback, private or link-local address
             * @example https://partner.example.com/kepu/webhooks
             */
            url?: string;
            /** @description what to send; the subscriber needs read access to each entity */
            events?: ("*" | "organisations.*" | "venues.*" | "events.*" | "summaries.*" | "designations.*" | "indicators.*" | "imports.*" | "export-runs.*" | "submissions.*" | "organisations.created" | "organisations.updated" | "organisations.deleted" | "organisations.restored" | "venues.created" | "venues.updated" | "venues.deleted" | "venues.restored" | "events.created" | "events.updated" | "events.deleted" | "events.restored" | "summaries.created" | "summaries.updated" | "summaries.deleted" | "summaries.restored" | "designations.created" | "designations.updated" | "designations.deleted" | "designations.restored" | "indicators.created" | "indicators.updated" | "indicators.deleted" | "indicators.restored" | "imports.committed" | "export-runs.succeeded" | "export-runs.failed" | "submissions.submitted" | "submissions.approved" | "submissions.returned" | "submissions.reopened")[];
            active?: boolean;
        };
        Region: {
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            code: string;
            name: string;
            /** @enum {string} */
            level: "city" | "district" | "township" | "village";
            parentCode: string | null;
            /** @description 含上级的全称, e.g. 重庆市沙坪坝区小龙坎街道 */
            fullName: string;
        };
        ApiKey: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            name: string;
            /** @description the visible start of the key, to tell keys apart */
            prefix: string;
            scopes: ("organisations:read" | "venues:read" | "events:read" | "summaries:read" | "designations:read" | "indicators:read" | "stats:read" | "organisations:write" | "venues:write" | "events:write" | "summaries:write" | "designations:write" | "indicators:write" | "webhooks:manage")[];
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            scopeRegionCode: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            createdBy: string;
        };
        CreatedApiKey: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            name: string;
            /** @description the visible start of the key, to tell keys apart */
            prefix: string;
            scopes: ("organisations:read" | "venues:read" | "events:read" | "summaries:read" | "designations:read" | "indicators:read" | "stats:read" | "organisations:write" | "venues:write" | "events:write" | "summaries:write" | "designations:write" | "indicators:write" | "webhooks:manage")[];
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            scopeRegionCode: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            createdBy: string;
            /** @description the whole key; shown this once, send it as Authorization: Bearer … */
            secret: string;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        AuditEntry: {
            /** Format: int64 */
            id: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            at: string;
            /** @enum {string} */
            actorType: "user" | "api_key" | "system";
            actorId: string | null;
            actorLabel: string;
            ip: string | null;
            /** @enum {string} */
            action: "create" | "update" | "delete" | "restore" | "revert" | "purge" | "import" | "login" | "login_failed" | "logout" | "password_change" | "api_key_create" | "api_key_revoke" | "secret_rotate" | "submit" | "approve" | "return" | "reopen" | "remind";
            entity: string;
            entityId: string | null;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            /** @description field → { from, to } */
            changes: {
                [key: string]: {
                    from: unknown;
                    to: unknown;
                };
            };
            /** @description the record as it was after this change */
            after: {
                [key: string]: unknown;
            } | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        AuditHistory: {
            items: components["schemas"]["AuditEntry"][];
        };
        TrashItem: {
            /** @enum {string} */
            entity: "organisations" | "venues" | "events" | "summaries" | "designations" | "indicators";
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            name: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            /** Format: int64 */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            deletedAt: string;
        };
        TrashPage: {
            items: components["schemas"]["TrashItem"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        DictionaryEntry: {
            /** @enum {string} */
            kind: "organisation_type" | "venue_type" | "event_category" | "honour_kind" | "indicator_kind";
            code: string;
            labelZh: string;
            labelEn: string;
            parentCode: string | null;
            unit: string | null;
            measure: ("count" | "ratio" | "money" | "duration") | null;
            definition: string | null;
            active: boolean;
            /** @description seeded with Kepu and named by its rules or the 科普统计 form: may be retired, never deleted */
            official: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
        };
        DictionaryList: {
            items: components["schemas"]["DictionaryEntry"][];
        };
        Designation: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            name: string;
            /** @description a code of the honour_kind dictionary (认定类别); GET /api/v1/dictionary?kind=honour_kind lists them. Entries now: `demo_district` 全国科普示范区, `demo_community` 科普示范社区, `education_base` 科普教育基地, `excellent_event` 全国科普日优秀活动, `academician_studio` 院士科普工作室, `other` 其他认定 */
            kind: string;
            level: ("national" | "municipal" | "district") | null;
            grantedBy: string;
            /** @enum {string} */
            subjectType: "region" | "organisation" | "venue" | "event";
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            organisationId: string | null;
            venueId: string | null;
            eventId: string | null;
            validFrom: string | null;
            validTo: string | null;
        };
        DesignationPage: {
            items: components["schemas"]["Designation"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        Event: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            title: string;
            /** @description a code of the event_category dictionary (活动类型); GET /api/v1/dictionary?kind=event_category lists them. Entries now: `national_science_day` 全国科普日, `science_week` 科技活动周, `workers_day` 全国科技工作者日, `lecture` 讲座, `exhibition` 展览, `competition` 竞赛, `outreach_school` 进校园, `outreach_community` 进社区, `outreach_rural` 进农村, `outreach_enterprise` 进企业, `clinic` 义诊, `training` 实用技术培训, `online_quiz` 线上答题 */
            category: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            organiserIds: string[];
            venueId: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            endsAt: string;
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            audienceGroups: ("youth" | "elderly" | "farmers" | "workers" | "officials" | "residents" | "public")[];
            attendance: number | null;
            attendanceQualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            participants: number | null;
            participantsQualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            /** Format: int32 */
            onlineViews: number;
            /** Format: int32 */
            volunteers: number;
            /** @enum {string} */
            status: "planned" | "ongoing" | "completed" | "cancelled";
            description: string | null;
        };
        EventPage: {
            items: components["schemas"]["Event"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        Indicator: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            year: number | null;
            yearTo: number | null;
            /** @description a code of the indicator_kind dictionary (指标); GET /api/v1/dictionary?kind=indicator_kind lists them. Entries now: `resident_population` 常住人口, `science_literacy_rate` 公民具备科学素质比例, `per_capita_funding` 人均科普经费, `funding_total` 科普经费投入, `social_investment` 社会资金投入, `community_coverage` 社区覆盖率, `joint_meeting_members` 科普工作联席会议成员单位, `kepu_china_app_users` “科普中国”App注册用户, `reader_copies` 科普读本发行量, `information_reach` 科普资讯传播量, `competition_awards` 科技竞赛获奖, `competition_awards_world` 科技竞赛世界级奖项, `schools_reached` 惠及中小学, `screen_daily_minutes` 宣传屏每日科普播放时长, `resident_reach_rate` 活动覆盖常住人口比例, `registered_volunteers` 注册科技志愿者 */
            kind: string;
            value: number;
            valueQualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            source: string | null;
            level: ("national" | "municipal" | "district") | null;
            note: string | null;
        };
        IndicatorPage: {
            items: components["schemas"]["Indicator"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        Summary: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            title: string;
            /** @description a code of the event_category dictionary (活动类型); GET /api/v1/dictionary?kind=event_category lists them. Entries now: `national_science_day` 全国科普日, `science_week` 科技活动周, `workers_day` 全国科技工作者日, `lecture` 讲座, `exhibition` 展览, `competition` 竞赛, `outreach_school` 进校园, `outreach_community` 进社区, `outreach_rural` 进农村, `outreach_enterprise` 进企业, `clinic` 义诊, `training` 实用技术培训, `online_quiz` 线上答题 */
            category: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            organiserIds: string[];
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            periodFrom: string;
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            periodTo: string;
            eventCount: number | null;
            eventCountQualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            attendance: number | null;
            attendanceQualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            participants: number | null;
            participantsQualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            source: string | null;
            note: string | null;
        };
        SummaryPage: {
            items: components["schemas"]["Summary"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        Venue: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            name: string;
            /** @description a code of the venue_type dictionary (阵地类型); GET /api/v1/dictionary?kind=venue_type lists them. Entries now: `science_museum` 科技馆, `education_base` 科普教育基地, `campus_museum` 校园科技馆, `community_hall` 社区科普馆/活动室, `community_park` 社区科普公园, `rural_demo_base` 农村科普示范基地, `gallery` 科普画廊/宣传栏, `led_screen` LED科普屏, `e_station` 科普e站, `online_library` 科普网络书屋, `civilization_platform` 新时代文明实践所(站)科普平台, `caravan` 科普大篷车 */
            type: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            organisationId: string | null;
            address: string | null;
            longitude: number | null;
            latitude: number | null;
            floorArea: number | null;
            /** @enum {string} */
            status: "open" | "closed" | "under_construction";
            annualCapacity: number | null;
        };
        VenuePage: {
            items: components["schemas"]["Venue"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        Organisation: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            name: string;
            /** @description a code of the organisation_type dictionary (组织类型); GET /api/v1/dictionary?kind=organisation_type lists them. Entries now: `city_association` 市科协, `district_association` 区县科协, `township_association` 镇街科协, `village_station` 村社科普工作站, `society` 学会/协会, `enterprise_association` 企业科协, `university_association` 高校科协, `e_station` 科普e站, `volunteer_team` 科技志愿服务队, `expert_team` 专家团队/讲师团 */
            type: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            parentId: string | null;
            creditCode: string | null;
            contactName: string | null;
            contactPhone: string | null;
            address: string | null;
            website: string | null;
            /** Format: int32 */
            memberCount: number;
            volunteerCount: number | null;
            volunteerCountQualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
        };
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        ImportSummary: {
            /**
             * Format: int64
             * @description data rows read (blank rows skipped)
             */
            rows: number;
            /** Format: int64 */
            create: number;
            /** Format: int64 */
            update: number;
            /** Format: int64 */
            unchanged: number;
            /**
             * Format: int64
             * @description rows with at least one problem
             */
            error: number;
            /** Format: int64 */
            problemCount: number;
            /** @description the first 200 problems; the error sheet has them all */
            problems: {
                /**
                 * Format: int64
                 * @description the row number as the spreadsheet shows it (the header is row 1)
                 */
                row: number;
                /** @description the column header, or null for a problem of the whole row */
                column: string | null;
                message: string;
            }[];
        };
        Import: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /** @enum {string} */
            entity: "organisations" | "venues" | "events";
            fileName: string;
            /**
             * @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook
             * @enum {string}
             */
            format: "csv" | "xlsx";
            /**
             * @description checked: the dry run is done and nothing is written; committed: written
             * @enum {string}
             */
            status: "checked" | "committed";
            summary: components["schemas"]["ImportSummary"];
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            committedAt: string | null;
        };
        Problem: {
            type: string;
            /** @description in the language Accept-Language prefers: Chinese (zh-CN) unless English is preferred; see Content-Language */
            title: string;
            /** Format: int64 */
            status: number;
            detail?: string;
            instance?: string;
            /** @description stable machine-readable code, e.g. events.not_found */
            code: string;
            /** @description the fields refused, at most 100 */
            errors?: {
                /** @description dotted path, e.g. body.endsAt */
                field: string;
                /** @description in the language of `title` */
                message: string;
            }[];
            /**
             * Format: int64
             * @description on 412: the version the record has now
             */
            currentVersion?: number;
        };
        StatsMeta: {
            /** @description what each figure in this response counts */
            definitions: {
                [key: string]: string;
            };
            /** @description how current the figures are */
            freshness: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            generatedAt: string;
        };
        EventFigures: {
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            events: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            eventsUnknown: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            attendance: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            attendanceUnknown: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            participants: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            participantsUnknown: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            onlineViews: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            onlineViewsUnknown: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            eventVolunteers: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            eventVolunteersUnknown: number;
        };
        StatsOverview: {
            region: {
                /**
                 * @description GB/T 2260 行政区划代码
                 * @example 500106
                 */
                code: string;
                name: string;
                /** @enum {string} */
                level: "city" | "district" | "township" | "village";
            };
            period: {
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                from: string;
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                to: string;
                /**
                 * Format: int64
                 * @description the year indicators are read for (the year of `to`)
                 */
                year: number;
                /**
                 * Format: date
                 * @description the date designations must be valid on
                 * @example 2024-09-15
                 */
                asOf: string;
                /** @description the event statuses counted, each once */
                status: ("planned" | "ongoing" | "completed" | "cancelled")[];
            };
            organisations: {
                /**
                 * Format: int32
                 * @description a count or sum; see meta.definitions
                 */
                count: number;
                /**
                 * Format: int64
                 * @description a sum; see meta.definitions
                 */
                members: number;
                /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
                registeredVolunteers: number | null;
                /**
                 * Format: int32
                 * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
                 */
                registeredVolunteersUnknown: number;
                byType: {
                    /** @description a code of the organisation_type dictionary (组织类型); GET /api/v1/dictionary?kind=organisation_type lists them. Entries now: `city_association` 市科协, `district_association` 区县科协, `township_association` 镇街科协, `village_station` 村社科普工作站, `society` 学会/协会, `enterprise_association` 企业科协, `university_association` 高校科协, `e_station` 科普e站, `volunteer_team` 科技志愿服务队, `expert_team` 专家团队/讲师团 */
                    key: string;
                    label: string;
                    /** @description the top-level dictionary entry this type rolls up into; null for a top-level entry */
                    parentKey: string | null;
                    /**
                     * Format: int32
                     * @description a count or sum; see meta.definitions
                     */
                    count: number;
                    /**
                     * Format: int64
                     * @description a sum; see meta.definitions
                     */
                    members: number;
                    /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
                    registeredVolunteers: number | null;
                    /**
                     * Format: int32
                     * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
                     */
                    registeredVolunteersUnknown: number;
                }[];
            };
            venues: {
                /**
                 * Format: int32
                 * @description a count or sum; see meta.definitions
                 */
                count: number;
                byType: {
                    /** @description a code of the venue_type dictionary (阵地类型); GET /api/v1/dictionary?kind=venue_type lists them. Entries now: `science_museum` 科技馆, `education_base` 科普教育基地, `campus_museum` 校园科技馆, `community_hall` 社区科普馆/活动室, `community_park` 社区科普公园, `rural_demo_base` 农村科普示范基地, `gallery` 科普画廊/宣传栏, `led_screen` LED科普屏, `e_station` 科普e站, `online_library` 科普网络书屋, `civilization_platform` 新时代文明实践所(站)科普平台, `caravan` 科普大篷车 */
                    key: string;
                    label: string;
                    /** @description the top-level dictionary entry this type rolls up into; null for a top-level entry */
                    parentKey: string | null;
                    /**
                     * Format: int32
                     * @description a count or sum; see meta.definitions
                     */
                    count: number;
                }[];
                byStatus: {
                    /** @enum {string} */
                    key: "open" | "closed" | "under_construction";
                    label: string;
                    /**
                     * Format: int32
                     * @description a count or sum; see meta.definitions
                     */
                    count: number;
                }[];
                byDesignationLevel: {
                    /** @enum {string} */
                    key: "national" | "municipal" | "district" | "unspecified";
                    label: string;
                    /**
                     * Format: int32
                     * @description a count or sum; see meta.definitions
                     */
                    count: number;
                }[];
            };
            designations: {
                byKindAndLevel: {
                    /** @description a code of the honour_kind dictionary (认定类别); GET /api/v1/dictionary?kind=honour_kind lists them. Entries now: `demo_district` 全国科普示范区, `demo_community` 科普示范社区, `education_base` 科普教育基地, `excellent_event` 全国科普日优秀活动, `academician_studio` 院士科普工作室, `other` 其他认定 */
                    kind: string;
                    kindLabel: string;
                    /** @enum {string} */
                    level: "national" | "municipal" | "district" | "unspecified";
                    levelLabel: string;
                    /**
                     * Format: int32
                     * @description a count or sum; see meta.definitions
                     */
                    count: number;
                    bySubject: {
                        /**
                         * Format: int32
                         * @description a count or sum; see meta.definitions
                         */
                        region: number;
                        /**
                         * Format: int32
                         * @description a count or sum; see meta.definitions
                         */
                        organisation: number;
                        /**
                         * Format: int32
                         * @description a count or sum; see meta.definitions
                         */
                        venue: number;
                        /**
                         * Format: int32
                         * @description a count or sum; see meta.definitions
                         */
                        event: number;
                    };
                }[];
            };
            events: components["schemas"]["EventFigures"];
            indicators: {
                /** @description a code of the indicator_kind dictionary (指标); GET /api/v1/dictionary?kind=indicator_kind lists them. Entries now: `resident_population` 常住人口, `science_literacy_rate` 公民具备科学素质比例, `per_capita_funding` 人均科普经费, `funding_total` 科普经费投入, `social_investment` 社会资金投入, `community_coverage` 社区覆盖率, `joint_meeting_members` 科普工作联席会议成员单位, `kepu_china_app_users` “科普中国”App注册用户, `reader_copies` 科普读本发行量, `information_reach` 科普资讯传播量, `competition_awards` 科技竞赛获奖, `competition_awards_world` 科技竞赛世界级奖项, `schools_reached` 惠及中小学, `screen_daily_minutes` 宣传屏每日科普播放时长, `resident_reach_rate` 活动覆盖常住人口比例, `registered_volunteers` 注册科技志愿者 */
                kind: string;
                label: string;
                value: number;
                unit: string | null;
                qualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
                /** @description the year this value is for (or the first of its span); may be earlier than the period; null when not known */
                year: number | null;
                /** @description the last year of the span the value covers, if it covers one */
                yearTo: number | null;
                source: string | null;
                level: ("national" | "municipal" | "district") | null;
            }[];
            meta: components["schemas"]["StatsMeta"];
        };
        /** @description one group; carries the figures that apply to the chosen dimension */
        StatsBreakdownItem: {
            key: string;
            label: string;
            /** @description the top-level dictionary entry this type rolls up into; null for a top-level entry */
            parentKey?: string | null;
            /**
             * Format: int64
             * @description a sum; see meta.definitions
             */
            organisations?: number;
            /**
             * Format: int64
             * @description a sum; see meta.definitions
             */
            members?: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            registeredVolunteers?: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            registeredVolunteersUnknown?: number;
            /**
             * Format: int64
             * @description a sum; see meta.definitions
             */
            venues?: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            events?: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            eventsUnknown?: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            attendance?: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            attendanceUnknown?: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            participants?: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            participantsUnknown?: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            onlineViews?: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            onlineViewsUnknown?: number;
            /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
            eventVolunteers?: number | null;
            /**
             * Format: int32
             * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
             */
            eventVolunteersUnknown?: number;
            /** @description by=region: the honours held in the child, per kind × level; the same pairs in every item (meta.definitions.honours) */
            honours?: {
                /** @description a code of the honour_kind dictionary (认定类别); GET /api/v1/dictionary?kind=honour_kind lists them. Entries now: `demo_district` 全国科普示范区, `demo_community` 科普示范社区, `education_base` 科普教育基地, `excellent_event` 全国科普日优秀活动, `academician_studio` 院士科普工作室, `other` 其他认定 */
                kind: string;
                kindLabel: string;
                /** @enum {string} */
                level: "national" | "municipal" | "district" | "unspecified";
                levelLabel: string;
                /**
                 * Format: int32
                 * @description a count or sum; see meta.definitions
                 */
                count: number;
            }[];
        };
        StatsBreakdown: {
            region: {
                /**
                 * @description GB/T 2260 行政区划代码
                 * @example 500106
                 */
                code: string;
                name: string;
                /** @enum {string} */
                level: "city" | "district" | "township" | "village";
            };
            period: {
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                from: string;
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                to: string;
                /**
                 * Format: int64
                 * @description the year indicators are read for (the year of `to`)
                 */
                year: number;
                /**
                 * Format: date
                 * @description the date designations must be valid on
                 * @example 2024-09-15
                 */
                asOf: string;
                /** @description the event statuses counted, each once */
                status: ("planned" | "ongoing" | "completed" | "cancelled")[];
            };
            /** @enum {string} */
            by: "region" | "organisationType" | "venueType" | "eventCategory" | "audienceGroup" | "month" | "week";
            items: components["schemas"]["StatsBreakdownItem"][];
            meta: components["schemas"]["StatsMeta"];
        };
        StatsRatios: {
            region: {
                /**
                 * @description GB/T 2260 行政区划代码
                 * @example 500106
                 */
                code: string;
                name: string;
                /** @enum {string} */
                level: "city" | "district" | "township" | "village";
            };
            period: {
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                from: string;
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                to: string;
                /**
                 * Format: int64
                 * @description the year indicators are read for (the year of `to`)
                 */
                year: number;
                /**
                 * Format: date
                 * @description the date designations must be valid on
                 * @example 2024-09-15
                 */
                asOf: string;
                /** @description the event statuses counted, each once */
                status: ("planned" | "ongoing" | "completed" | "cancelled")[];
            };
            ratios: {
                /** @enum {string} */
                metric: "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita";
                label: string;
                /** @description null when the denominator (or numerator indicator) is missing; see reason */
                value: number | null;
                unit: string;
                numerator: number | null;
                /**
                 * Format: int32
                 * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
                 */
                numeratorUnknown: number;
                denominator: {
                    /** @description a code of the indicator_kind dictionary (指标); GET /api/v1/dictionary?kind=indicator_kind lists them. Entries now: `resident_population` 常住人口, `science_literacy_rate` 公民具备科学素质比例, `per_capita_funding` 人均科普经费, `funding_total` 科普经费投入, `social_investment` 社会资金投入, `community_coverage` 社区覆盖率, `joint_meeting_members` 科普工作联席会议成员单位, `kepu_china_app_users` “科普中国”App注册用户, `reader_copies` 科普读本发行量, `information_reach` 科普资讯传播量, `competition_awards` 科技竞赛获奖, `competition_awards_world` 科技竞赛世界级奖项, `schools_reached` 惠及中小学, `screen_daily_minutes` 宣传屏每日科普播放时长, `resident_reach_rate` 活动覆盖常住人口比例, `registered_volunteers` 注册科技志愿者 */
                    kind: string;
                    value: number;
                    year: number | null;
                    source: string | null;
                } | null;
                reason: string | null;
            }[];
            coverage: {
                /** @enum {string} */
                metric: "townshipCoverage" | "villageCoverage";
                label: string;
                /** @description percent, 0–100; null when the region has no such units */
                value: number | null;
                /** Format: int32 */
                covered: number;
                /** Format: int32 */
                total: number;
                denominatorSource: string;
                reason: string | null;
            }[];
            meta: components["schemas"]["StatsMeta"];
        };
        StatsRanking: {
            region: {
                /**
                 * @description GB/T 2260 行政区划代码
                 * @example 500106
                 */
                code: string;
                name: string;
                /** @enum {string} */
                level: "city" | "district" | "township" | "village";
            };
            period: {
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                from: string;
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                to: string;
                /**
                 * Format: int64
                 * @description the year indicators are read for (the year of `to`)
                 */
                year: number;
                /**
                 * Format: date
                 * @description the date designations must be valid on
                 * @example 2024-09-15
                 */
                asOf: string;
                /** @description the event statuses counted, each once */
                status: ("planned" | "ongoing" | "completed" | "cancelled")[];
            };
            previousPeriod: {
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai)
                 */
                from: string;
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai)
                 */
                to: string;
                /** Format: int64 */
                year: number;
            };
            /** @description one of Kepu's own figures (events, attendance, participants, onlineViews, eventVolunteers, organisations, members, registeredVolunteers, venues, townshipCoverage, villageCoverage, venuesPer10k, eventsPer10k, attendancePer10k, fundingPerCapita), an indicator kind code of the dictionary, or honours.<kind>.<level> */
            metric: ("events" | "attendance" | "participants" | "onlineViews" | "eventVolunteers" | "organisations" | "members" | "registeredVolunteers" | "venues" | "townshipCoverage" | "villageCoverage" | "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita") | string;
            label: string;
            /** @enum {string} */
            order: "desc" | "asc";
            items: {
                /** @description competition ranking (1, 2, 2, 4); null when the value is missing */
                rank: number | null;
                region: {
                    /**
                     * @description GB/T 2260 行政区划代码
                     * @example 500106
                     */
                    code: string;
                    name: string;
                    /** @enum {string} */
                    level: "city" | "district" | "township" | "village";
                };
                value: number | null;
                /**
                 * Format: int32
                 * @description records counted in value that have no value for the metric (meta.definitions.unknown); 0 for metrics that cannot be unknown
                 */
                valueUnknown: number;
                previousValue: number | null;
                previousRank: number | null;
                /** @description value − previousValue */
                change: number | null;
                /** @description change ÷ previousValue × 100; null when previousValue is 0 or missing */
                changeRate: number | null;
            }[];
            meta: components["schemas"]["StatsMeta"];
        };
        StatsTimeSeries: {
            region: {
                /**
                 * @description GB/T 2260 行政区划代码
                 * @example 500106
                 */
                code: string;
                name: string;
                /** @enum {string} */
                level: "city" | "district" | "township" | "village";
            };
            period: {
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                from: string;
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                to: string;
                /**
                 * Format: int64
                 * @description the year indicators are read for (the year of `to`)
                 */
                year: number;
                /**
                 * Format: date
                 * @description the date designations must be valid on
                 * @example 2024-09-15
                 */
                asOf: string;
                /** @description the event statuses counted, each once */
                status: ("planned" | "ongoing" | "completed" | "cancelled")[];
            };
            items: {
                month: string;
                /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
                events: number | null;
                /**
                 * Format: int32
                 * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
                 */
                eventsUnknown: number;
                /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
                attendance: number | null;
                /**
                 * Format: int32
                 * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
                 */
                attendanceUnknown: number;
                previousYear: {
                    month: string;
                    /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
                    events: number | null;
                    /**
                     * Format: int32
                     * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
                     */
                    eventsUnknown: number;
                    /** @description a sum of known values; null when every counted record lacks it (meta.definitions.unknown) */
                    attendance: number | null;
                    /**
                     * Format: int32
                     * @description how many counted records have no value for the figure of the same name (meta.definitions.unknown)
                     */
                    attendanceUnknown: number;
                };
            }[];
            meta: components["schemas"]["StatsMeta"];
        };
        User: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "city_admin" | "district_admin" | "township_staff" | "viewer";
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            scopeRegionCode: string;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        Session: {
            /** @description null when the caller is an API key */
            user: components["schemas"]["User"] | null;
            apiKey: {
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                name: string;
                /** @description the visible start of the key, to tell keys apart */
                prefix: string;
            } | null;
            permissions: ("organisations:read" | "venues:read" | "events:read" | "summaries:read" | "designations:read" | "indicators:read" | "stats:read" | "organisations:write" | "venues:write" | "events:write" | "summaries:write" | "designations:write" | "indicators:write" | "webhooks:manage" | "users:manage" | "api_keys:manage" | "audit:read" | "trash:restore" | "trash:purge" | "dictionary:manage" | "reporting:fill" | "reporting:review" | "reporting:manage" | "assessment:manage")[];
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            scopeRegionCode: string;
            /** @description send as X-CSRF-Token on every cookie-authenticated write */
            csrfToken: string | null;
            expiresAt: string | null;
        };
        CampaignItem: {
            /** @description an item key of the campaign */
            key: string;
            /** @description the figure that measures it; null for an item scored with evidence */
            metric: (("events" | "attendance" | "participants" | "onlineViews" | "eventVolunteers" | "organisations" | "members" | "registeredVolunteers" | "venues" | "townshipCoverage" | "villageCoverage" | "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita") | string) | null;
            label: string;
            unit: string | null;
            /** @description 口径: what the figure counts */
            definition: string;
            evidenceRequired: boolean;
            /** @description self-assessment: the criteria group */
            group: string | null;
            /** @description self-assessment: the points the criterion is worth */
            weight: number | null;
            comparator: ("gte" | "lte") | null;
            /** @description self-assessment: the value to reach; for an evidence item 1 (达标) */
            threshold: number | null;
        };
        Campaign: {
            name: string;
            /** @enum {string} */
            kind: "statistics" | "assessment";
            /** Format: int64 */
            year: number;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            /** @description 含上级的全称, e.g. 重庆市沙坪坝区小龙坎街道 */
            regionName: string;
            levels: ("township" | "district")[];
            items: components["schemas"]["CampaignItem"][];
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            deadline: string;
            instructions: string;
            /** Format: int64 */
            jumpThreshold: number;
            /** @enum {string} */
            status: "open" | "closed";
            createdByName: string;
            counts: {
                /** Format: int64 */
                not_started: number;
                /** Format: int64 */
                draft: number;
                /** Format: int64 */
                submitted: number;
                /** Format: int64 */
                returned: number;
                /** Format: int64 */
                approved: number;
                /** Format: int64 */
                overdue: number;
                /** Format: int64 */
                total: number;
            };
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
        };
        CampaignPage: {
            items: components["schemas"]["Campaign"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        SubmissionSummary: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            campaignId: string;
            campaignName: string;
            /** @enum {string} */
            kind: "statistics" | "assessment";
            /** Format: int64 */
            year: number;
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            deadline: string;
            region: {
                /**
                 * @description GB/T 2260 行政区划代码
                 * @example 500106
                 */
                code: string;
                name: string;
                /** @description 含上级的全称, e.g. 重庆市沙坪坝区小龙坎街道 */
                fullName: string;
            };
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted" | "returned" | "approved";
            /** @description the deadline has passed and it is neither submitted nor approved */
            overdue: boolean;
            /** @description when the level above last sent a reminder (催报) */
            remindedAt: string | null;
            submittedAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            /** Format: int64 */
            version: number;
            /** @description the values saved so far, per item key (none before the first save; the records’ figures fill the rest on submit) */
            figures: {
                [key: string]: number | null;
            };
        };
        SubmissionPage: {
            items: components["schemas"]["SubmissionSummary"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        SubmissionLine: {
            item: components["schemas"]["CampaignItem"];
            /** @description the reported value; before the first save, the records’ figure */
            value: number | null;
            qualifier: ("about" | "more_than" | "at_least" | "nearly" | "over" | "under") | null;
            reason: string | null;
            /** @description the unit saved a value for it (false: prefilled from the records) */
            entered: boolean;
            /** @description what Kepu's records give for the unit and year, now */
            recordValue: number | null;
            /**
             * Format: int64
             * @description records counted that lack the value (未填报)
             */
            recordUnknown: number;
            /** @description the console list that produces the records’ figure */
            recordLink: string | null;
            /** @description last year's approved value, else last year's records */
            previousValue: number | null;
            /** @description a 区县's submission: the sum of its approved 镇街 submissions */
            rollup: {
                value: number | null;
                /** Format: int64 */
                approved: number;
                /** Format: int64 */
                units: number;
            } | null;
            /** @description the reviewer's comment on this figure */
            comment: string | null;
            checks: {
                /** @enum {string} */
                code: "below_children" | "jump" | "missing_evidence" | "changed_without_reason" | "not_met";
                message: string;
            }[];
            /** @description self-assessment: the criterion is met */
            met: boolean | null;
            score: number | null;
        };
        Attachment: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /** @description the item it is evidence for; null for the submission as a whole */
            itemKey: string | null;
            fileName: string;
            /** @description as read from the content, not the name */
            contentType: string;
            /** Format: int64 */
            bytes: number;
            sha256: string;
            uploadedByName: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
        };
        Submission: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            campaignId: string;
            campaignName: string;
            /** @enum {string} */
            kind: "statistics" | "assessment";
            /** Format: int64 */
            year: number;
            /**
             * Format: date
             * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
             * @example 2024-09-15
             */
            deadline: string;
            region: {
                /**
                 * @description GB/T 2260 行政区划代码
                 * @example 500106
                 */
                code: string;
                name: string;
                /** @description 含上级的全称, e.g. 重庆市沙坪坝区小龙坎街道 */
                fullName: string;
            };
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted" | "returned" | "approved";
            /** @description the deadline has passed and it is neither submitted nor approved */
            overdue: boolean;
            /** @description when the level above last sent a reminder (催报) */
            remindedAt: string | null;
            submittedAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            /** Format: int64 */
            version: number;
            /** @description the values saved so far, per item key (none before the first save; the records’ figures fill the rest on submit) */
            figures: {
                [key: string]: number | null;
            };
            campaign: {
                name: string;
                /** @enum {string} */
                kind: "statistics" | "assessment";
                /** Format: int64 */
                year: number;
                /**
                 * Format: date
                 * @description calendar date YYYY-MM-DD (Asia/Shanghai), between 1949-01-01 and 2100-12-31
                 * @example 2024-09-15
                 */
                deadline: string;
                instructions: string;
                /** @enum {string} */
                status: "open" | "closed";
                /** Format: int64 */
                jumpThreshold: number;
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
            };
            /** @enum {string} */
            level: "township" | "district";
            lines: components["schemas"]["SubmissionLine"][];
            note: string;
            /** @description the reviewer's comment on the whole submission */
            generalComment: string | null;
            attachments: components["schemas"]["Attachment"][];
            submittedByName: string | null;
            reviewedAt: string | null;
            reviewedByName: string | null;
            /** @description what you may do with it now */
            may: {
                fill: boolean;
                review: boolean;
                reopen: boolean;
            };
            assessment: {
                score: number;
                maxScore: number;
                groups: {
                    group: string;
                    score: number;
                    maxScore: number;
                }[];
                /** @description the labels of the criteria not met */
                unmet: string[];
            } | null;
        };
        CampaignProgress: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            campaignId: string;
            counts: {
                /** Format: int64 */
                not_started: number;
                /** Format: int64 */
                draft: number;
                /** Format: int64 */
                submitted: number;
                /** Format: int64 */
                returned: number;
                /** Format: int64 */
                approved: number;
                /** Format: int64 */
                overdue: number;
                /** Format: int64 */
                total: number;
            };
            /** @description per item key, the sum over the approved submissions listed of each level (区县 and 镇街 apart: `district.events`, `township.events`) */
            totals: {
                [key: string]: {
                    value: number | null;
                    /** Format: int64 */
                    approved: number;
                };
            };
            /** @description one per unit that reports */
            items: components["schemas"]["SubmissionSummary"][];
        };
        AssessmentCriterion: {
            /**
             * @description stable code, lower snake case
             * @example funding_per_capita
             */
            code: string;
            group: string;
            name: string;
            weight: number;
            metric: (("events" | "attendance" | "participants" | "onlineViews" | "eventVolunteers" | "organisations" | "members" | "registeredVolunteers" | "venues" | "townshipCoverage" | "villageCoverage" | "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita") | string) | null;
            /** @enum {string} */
            comparator: "gte" | "lte";
            threshold: number | null;
            unit: string | null;
            definition: string;
            /** Format: int64 */
            position: number;
            active: boolean;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
        };
        AssessmentCriterionList: {
            items: components["schemas"]["AssessmentCriterion"][];
        };
        ExportSchedule: {
            name: string;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            ownerId: string;
            ownerName: string;
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            target: {
                /** @constant */
                kind: "list";
                /** @enum {string} */
                entity: "organisations" | "venues" | "events" | "summaries" | "designations" | "indicators";
                /**
                 * @description the list's query parameters (region, type, year, q, sort …), checked against the list's own schema
                 * @default {}
                 */
                filters: {
                    [key: string]: string | number | string[];
                };
                /** @description field names, as the export endpoint takes them */
                columns?: string[];
                /**
                 * @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook
                 * @enum {string}
                 */
                format: "csv" | "xlsx";
            } | {
                /** @constant */
                kind: "report";
                /** @enum {string} */
                report: "statistics-form" | "district-profile";
                /**
                 * @description default: the owner's scope region
                 * @example 500106
                 */
                region?: string;
                /** @default previous */
                year: number | ("current" | "previous");
                /**
                 * @description the statistics form is XLSX only
                 * @enum {string}
                 */
                format: "pdf" | "xlsx";
            };
            cron: string;
            recipients: string[];
            active: boolean;
            /** @description the next occurrence, Asia/Shanghai */
            nextRunAt: string | null;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
        };
        ExportRun: {
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            scheduleId: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            occurrence: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            /** Format: int64 */
            attempts: number;
            /** @description the owner's scope when the run started */
            scopeRegionCode: string | null;
            fileName: string | null;
            bytes: number | null;
            rows: number | null;
            error: string | null;
            startedAt: string | null;
            finishedAt: string | null;
            /** @description a link that works without signing in until it expires */
            downloadUrl: string | null;
            downloadExpiresAt: string | null;
            /** @description the mail about the run: its file (attached below the size limit, else a signed link), or a notice that it failed after its last retry */
            mail: {
                /**
                 * @description decided when the run finishes: not_requested (no recipients, or the run has not finished), off (SMTP_URL not set), pending (queued or being retried), sent, failed (the last attempt failed; retried until the mail retries run out)
                 * @enum {string}
                 */
                status: "not_requested" | "off" | "pending" | "sent" | "failed";
                /** @description the schedule's recipients when the run finished */
                recipients: string[];
                /** Format: int64 */
                attempts: number;
                /** @description the last attempt's error, or the recipients the server refused */
                error: string | null;
                sentAt: string | null;
            };
        };
        ExportSchedulePage: {
            items: components["schemas"]["ExportSchedule"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        ExportRunPage: {
            items: components["schemas"]["ExportRun"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        MailSettings: {
            /** @description false when the server has no SMTP_URL: recipients are stored but mailed nothing */
            enabled: boolean;
            /** @description the sender of every mail (MAIL_FROM) */
            from: string;
            /**
             * Format: int64
             * @description files up to this size are attached; larger ones are sent as a signed link
             */
            attachmentLimitBytes: number;
            /** @description the address links in a mail start with (PUBLIC_URL); null: a file too large to attach is not linked, the mail says to download it from the console */
            publicUrl: string | null;
        };
        OrganisationSyncPage: {
            items: ({
                /** @constant */
                action: "upsert";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: int32
                 * @description increases on every change; send it back as If-Match
                 */
                version: number;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
                record: components["schemas"]["Organisation"];
            } | {
                /** @constant */
                action: "delete";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
            })[];
            /** @description store it once the items are applied, and send it with the next request */
            cursor: string;
            /** @description true when more changes can be read now; false when you are up to date */
            hasMore: boolean;
        };
        VenueSyncPage: {
            items: ({
                /** @constant */
                action: "upsert";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: int32
                 * @description increases on every change; send it back as If-Match
                 */
                version: number;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
                record: components["schemas"]["Venue"];
            } | {
                /** @constant */
                action: "delete";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
            })[];
            /** @description store it once the items are applied, and send it with the next request */
            cursor: string;
            /** @description true when more changes can be read now; false when you are up to date */
            hasMore: boolean;
        };
        EventSyncPage: {
            items: ({
                /** @constant */
                action: "upsert";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: int32
                 * @description increases on every change; send it back as If-Match
                 */
                version: number;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
                record: components["schemas"]["Event"];
            } | {
                /** @constant */
                action: "delete";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
            })[];
            /** @description store it once the items are applied, and send it with the next request */
            cursor: string;
            /** @description true when more changes can be read now; false when you are up to date */
            hasMore: boolean;
        };
        SummarySyncPage: {
            items: ({
                /** @constant */
                action: "upsert";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: int32
                 * @description increases on every change; send it back as If-Match
                 */
                version: number;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
                record: components["schemas"]["Summary"];
            } | {
                /** @constant */
                action: "delete";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
            })[];
            /** @description store it once the items are applied, and send it with the next request */
            cursor: string;
            /** @description true when more changes can be read now; false when you are up to date */
            hasMore: boolean;
        };
        DesignationSyncPage: {
            items: ({
                /** @constant */
                action: "upsert";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: int32
                 * @description increases on every change; send it back as If-Match
                 */
                version: number;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
                record: components["schemas"]["Designation"];
            } | {
                /** @constant */
                action: "delete";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
            })[];
            /** @description store it once the items are applied, and send it with the next request */
            cursor: string;
            /** @description true when more changes can be read now; false when you are up to date */
            hasMore: boolean;
        };
        IndicatorSyncPage: {
            items: ({
                /** @constant */
                action: "upsert";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: int32
                 * @description increases on every change; send it back as If-Match
                 */
                version: number;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
                record: components["schemas"]["Indicator"];
            } | {
                /** @constant */
                action: "delete";
                /**
                 * Format: uuid
                 * @description record id (UUID)
                 */
                id: string;
                /**
                 * Format: date-time
                 * @description when the latest change this item reflects was made
                 * @example 2024-09-15T09:00:00+08:00
                 */
                changedAt: string;
            })[];
            /** @description store it once the items are applied, and send it with the next request */
            cursor: string;
            /** @description true when more changes can be read now; false when you are up to date */
            hasMore: boolean;
        };
        Webhook: {
            name: string;
            /**
             * Format: uri
             * @description https, or http for hosts in the WEBHOOK_ALLOW_HOSTS setting; must not resolve to a loopback, private or link-local address
             * @example https://partner.example.com/kepu/webhooks
             */
            url: string;
            events: ("*" | "organisations.*" | "venues.*" | "events.*" | "summaries.*" | "designations.*" | "indicators.*" | "imports.*" | "export-runs.*" | "submissions.*" | "organisations.created" | "organisations.updated" | "organisations.deleted" | "organisations.restored" | "venues.created" | "venues.updated" | "venues.deleted" | "venues.restored" | "events.created" | "events.updated" | "events.deleted" | "events.restored" | "summaries.created" | "summaries.updated" | "summaries.deleted" | "summaries.restored" | "designations.created" | "designations.updated" | "designations.deleted" | "designations.restored" | "indicators.created" | "indicators.updated" | "indicators.deleted" | "indicators.restored" | "imports.committed" | "export-runs.succeeded" | "export-runs.failed" | "submissions.submitted" | "submissions.approved" | "submissions.returned" | "submissions.reopened")[];
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            active: boolean;
            /** @enum {string} */
            ownerType: "user" | "api_key";
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            ownerId: string;
            /** @description when Kepu turned it off after repeated failures */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: int64
             * @description deliveries that failed in a row (every retry spent); a success resets it
             */
            consecutiveFailures: number;
            /** @description until then, deliveries are also signed with the secret before the last rotation */
            previousSecretExpiresAt: string | null;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
        };
        CreatedWebhook: {
            name: string;
            /**
             * Format: uri
             * @description https, or http for hosts in the WEBHOOK_ALLOW_HOSTS setting; must not resolve to a loopback, private or link-local address
             * @example https://partner.example.com/kepu/webhooks
             */
            url: string;
            events: ("*" | "organisations.*" | "venues.*" | "events.*" | "summaries.*" | "designations.*" | "indicators.*" | "imports.*" | "export-runs.*" | "submissions.*" | "organisations.created" | "organisations.updated" | "organisations.deleted" | "organisations.restored" | "venues.created" | "venues.updated" | "venues.deleted" | "venues.restored" | "events.created" | "events.updated" | "events.deleted" | "events.restored" | "summaries.created" | "summaries.updated" | "summaries.deleted" | "summaries.restored" | "designations.created" | "designations.updated" | "designations.deleted" | "designations.restored" | "indicators.created" | "indicators.updated" | "indicators.deleted" | "indicators.restored" | "imports.committed" | "export-runs.succeeded" | "export-runs.failed" | "submissions.submitted" | "submissions.approved" | "submissions.returned" | "submissions.reopened")[];
            /**
             * @description GB/T 2260 行政区划代码
             * @example 500106
             */
            regionCode: string;
            active: boolean;
            /** @enum {string} */
            ownerType: "user" | "api_key";
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            ownerId: string;
            /** @description when Kepu turned it off after repeated failures */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: int64
             * @description deliveries that failed in a row (every retry spent); a success resets it
             */
            consecutiveFailures: number;
            /** @description until then, deliveries are also signed with the secret before the last rotation */
            previousSecretExpiresAt: string | null;
            /**
             * Format: uuid
             * @description record id (UUID)
             */
            id: string;
            /**
             * Format: int32
             * @description increases on every change; send it back as If-Match
             */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            updatedAt: string;
            /**
             * @description the signing secret, `whsec_` + base64 of 32 bytes; shown this once
             * @example whsec_IMqUhibdll+UEqYZM5KwZbW9nHrMOopGDJQU4c+2+WU=
             */
            secret: string;
        };
        WebhookAttempt: {
            /** Format: int64 */
            number: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            at: string;
            /** Format: int64 */
            durationMs: number;
            /** @description the receiver's HTTP status; null when no answer came */
            statusCode: number | null;
            /** @description why no answer came (timeout, refused address, connection error) */
            error: string | null;
            /** @description the first 2 KB of the answer */
            responseBody: string | null;
        };
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description sent as the webhook-id header, the same on every attempt
             */
            id: string;
            /** @example events.updated */
            type: string;
            entity: string | null;
            recordId: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            nextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset, between 1949-01-01 and 2100-12-31; responses use +08:00 (Asia/Shanghai)
             * @example 2024-09-15T09:00:00+08:00
             */
            createdAt: string;
            /** @description every attempt, oldest first; the newest 50 when there were more */
            attempts: components["schemas"]["WebhookAttempt"][];
        };
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            pageSize: number;
            /**
             * Format: int64
             * @description rows matching the filters across all pages
             */
            total: number;
        };
        WebhookPayload: {
            /** @example events.updated */
            type: string;
            /**
             * Format: date-time
             * @description when the change happened
             * @example 2024-09-15T09:00:00+08:00
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description the record's id (the subscription's, for a ping)
                 */
                id: string;
                entity: string;
                action: string;
                version: number | null;
                regionCode: string | null;
                /** @description the record as the subscriber may read it when it is sent (an export run with its download link); absent for deletions, records no longer in scope, imports and submissions */
                record?: {
                    [key: string]: unknown;
                };
            };
        };
        Health: {
            /** @constant */
            status: "ok";
            database: {
                reachable: boolean;
                /** @enum {string} */
                driver: "pglite" | "postgres";
                latencyMs: number | null;
            };
        };
    };
    responses: {
        /** @description The request is malformed or a field is invalid; `errors[].field` names each one (`body.title`, `query.region`, `headers.if-match`). RFC 9457 problem details; `code` is one of `request.invalid`, `request.encoding`, `request.empty_body`, `request.invalid_json`, `request.malformed`, `request.empty_json_body`, `request.invalid_content_length`, `request.bad_url`, `request.{name}`. */
        BadRequest: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid session or API key. RFC 9457 problem details; `code` is one of `auth.invalid_credentials`, `auth.malformed`, `auth.{credential}_unknown`, `auth.{credential}_expired`, `auth.{credential}_revoked`, `auth.required`. */
        Unauthorized: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Signed in, but the record, region or action is outside your scope or permissions. RFC 9457 problem details; `code` is one of `auth.forbidden`, `submissions.not_your_unit`, `submissions.review_level`, `campaigns.levels`, `webhooks.events_not_readable`, `auth.csrf`, `scope.forbidden`, `users.role_too_high`, `api-keys.scope_too_wide`, `downloads.link_invalid`. */
        Forbidden: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nothing with that id or code, or not within your scope. RFC 9457 problem details; `code` is one of `<entity>.not_found`, `export-runs.no_file`, `route.not_found`. */
        NotFound: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The change conflicts with data as it is now. RFC 9457 problem details; `code` is one of `request.conflict`, `trash.still_referenced`, `dictionary.code_taken`, `dictionary.full`, `dictionary.in_use`, `dictionary.official`, `assessment-criteria.full`, `submissions.attachments_full`, `submissions.state`, `deliveries.pending`, `webhooks.inactive`, `submissions.deadline_passed`, `campaigns.closed`. */
        Conflict: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description It existed but is gone. RFC 9457 problem details; `code` is one of `export-runs.file_gone`. */
        Gone: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match names a version that is no longer current; read the record again and retry. RFC 9457 problem details; `code` is one of `<entity>.version_conflict`. */
        PreconditionFailed: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than this operation accepts. RFC 9457 problem details; `code` is one of `request.body_too_large`, `submissions.attachment_too_large`. */
        ContentTooLarge: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The URL is longer than the server reads. RFC 9457 problem details; `code` is one of `request.max_param_length`. */
        UriTooLong: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not of a media type this operation accepts. RFC 9457 problem details; `code` is one of `request.charset`, `request.invalid_media_type`, `submissions.attachment_type`, `imports.media_type`. */
        UnsupportedMediaType: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well formed but cannot be carried out as it stands; `errors[]` says why. RFC 9457 problem details; `code` is one of `request.unprocessable`, `request.idempotency_key_reused`, `imports.{reason}`, `imports.headers`, `webhooks.url_refused`, `imports.empty`, `imports.invalid`. */
        UnprocessableContent: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description This write requires If-Match with the ETag from your last read. RFC 9457 problem details; `code` is one of `request.precondition_required`. */
        PreconditionRequired: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests: the budget is spent (wait Retry-After seconds), or too many of your downloads run at once (wait for one to finish). RFC 9457 problem details; `code` is one of `auth.too_many_attempts`, `request.rate_limited`, `request.too_many_running`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something went wrong on the server; it has been logged. RFC 9457 problem details; `code` is one of `server.error`. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The database cannot take requests right now; retry after Retry-After seconds. RFC 9457 problem details; `code` is one of `database.unavailable`, `database.timeout`. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description What is left of the budget this request spent: `"requests";r=<remaining>;t=<seconds until the window ends>` (draft-ietf-httpapi-ratelimit-headers) */
        RateLimit: string;
        /** @description The budget spent: by default `"requests";q=600;w=60`, `"heavy";q=300;w=600` (exports, reports, imports) or `"anonymous";q=300;w=60` (per address, without credentials) */
        "RateLimit-Policy": string;
        /** @description Seconds to wait: until the budget starts again (429), or before retrying while the database recovers (503) */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchRegions: {
        parameters: {
            query: {
                /** @description 名称片段, e.g. 沙坪坝 */
                q: string;
                /** @description limit to this subtree */
                within?: string;
                level?: "city" | "district" | "township" | "village";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Region"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description GB/T 2260 行政区划代码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRegionChildren: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description GB/T 2260 行政区划代码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Region"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDictionaryEntries: {
        parameters: {
            query?: {
                kind?: "organisation_type" | "venue_type" | "event_category" | "honour_kind" | "indicator_kind";
                /** @description true: only entries staff may choose; false: only retired ones */
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictionaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDictionaryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "organisation_type" | "venue_type" | "event_category" | "honour_kind" | "indicator_kind";
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictionaryEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDictionaryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "organisation_type" | "venue_type" | "event_category" | "honour_kind" | "indicator_kind";
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDictionaryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "organisation_type" | "venue_type" | "event_category" | "honour_kind" | "indicator_kind";
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDictionaryEntryInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictionaryEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDictionaryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "organisation_type" | "venue_type" | "event_category" | "honour_kind" | "indicator_kind";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDictionaryEntryInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictionaryEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                type?: string[];
                /** @description record id (UUID) */
                parentId?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "volunteerCount" | "-volunteerCount";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteOrganisation: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganisationHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreOrganisation: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revertOrganisation: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description the history entry whose result to go back to
                     */
                    auditId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportOrganisations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                type?: string[];
                /** @description record id (UUID) */
                parentId?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "volunteerCount" | "-volunteerCount";
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook */
                format?: "csv" | "xlsx";
                /** @description comma-separated field names in the order to write them, as the list shows them; default: every field of the record */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or XLSX */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncOrganisations: {
        parameters: {
            query?: {
                /** @description the `cursor` of the previous answer, sent back unchanged; leave it out to start from the beginning */
                cursor?: string;
                /** @description changes read per page; several changes of one record come back as one item, so a page may hold fewer items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationSyncPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listVenues: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                type?: string[];
                status?: ("open" | "closed" | "under_construction")[];
                /** @description only venues holding a designation of this level valid today */
                level?: "national" | "municipal" | "district";
                /** @description record id (UUID) */
                organisationId?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "floorArea" | "-floorArea";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenuePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createVenue: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVenueInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteVenue: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateVenue: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVenueInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVenueHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreVenue: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revertVenue: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description the history entry whose result to go back to
                     */
                    auditId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportVenues: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                type?: string[];
                status?: ("open" | "closed" | "under_construction")[];
                /** @description only venues holding a designation of this level valid today */
                level?: "national" | "municipal" | "district";
                /** @description record id (UUID) */
                organisationId?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "floorArea" | "-floorArea";
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook */
                format?: "csv" | "xlsx";
                /** @description comma-separated field names in the order to write them, as the list shows them; default: every field of the record */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or XLSX */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncVenues: {
        parameters: {
            query?: {
                /** @description the `cursor` of the previous answer, sent back unchanged; leave it out to start from the beginning */
                cursor?: string;
                /** @description changes read per page; several changes of one record come back as one item, so a page may hold fewer items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueSyncPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                /** @description on or after this date (Asia/Shanghai) */
                from?: string;
                /** @description on or before this date (Asia/Shanghai) */
                to?: string;
                category?: string[];
                status?: ("planned" | "ongoing" | "completed" | "cancelled")[];
                mode?: "offline" | "online" | "hybrid";
                /** @description events this organisation organised */
                organisationId?: string;
                /** @description record id (UUID) */
                venueId?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "startsAt" | "-startsAt" | "title" | "-title" | "attendance" | "-attendance" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEventHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revertEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description the history entry whose result to go back to
                     */
                    auditId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportEvents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                /** @description on or after this date (Asia/Shanghai) */
                from?: string;
                /** @description on or before this date (Asia/Shanghai) */
                to?: string;
                category?: string[];
                status?: ("planned" | "ongoing" | "completed" | "cancelled")[];
                mode?: "offline" | "online" | "hybrid";
                /** @description events this organisation organised */
                organisationId?: string;
                /** @description record id (UUID) */
                venueId?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "startsAt" | "-startsAt" | "title" | "-title" | "attendance" | "-attendance" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook */
                format?: "csv" | "xlsx";
                /** @description comma-separated field names in the order to write them, as the list shows them; default: every field of the record */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or XLSX */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncEvents: {
        parameters: {
            query?: {
                /** @description the `cursor` of the previous answer, sent back unchanged; leave it out to start from the beginning */
                cursor?: string;
                /** @description changes read per page; several changes of one record come back as one item, so a page may hold fewer items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSyncPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSummaries: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                category?: string[];
                /** @description summaries this organisation organised */
                organisationId?: string;
                /** @description summaries whose period touches this year */
                year?: number;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "periodFrom" | "-periodFrom" | "title" | "-title" | "attendance" | "-attendance" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSummaryInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSummary: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSummary: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSummaryInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSummaryHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreSummary: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revertSummary: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description the history entry whose result to go back to
                     */
                    auditId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportSummarys: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                category?: string[];
                /** @description summaries this organisation organised */
                organisationId?: string;
                /** @description summaries whose period touches this year */
                year?: number;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "periodFrom" | "-periodFrom" | "title" | "-title" | "attendance" | "-attendance" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook */
                format?: "csv" | "xlsx";
                /** @description comma-separated field names in the order to write them, as the list shows them; default: every field of the record */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or XLSX */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncSummaries: {
        parameters: {
            query?: {
                /** @description the `cursor` of the previous answer, sent back unchanged; leave it out to start from the beginning */
                cursor?: string;
                /** @description changes read per page; several changes of one record come back as one item, so a page may hold fewer items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummarySyncPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDesignations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                kind?: string[];
                /** @description levels; `unspecified` matches designations whose level is not given */
                level?: ("national" | "municipal" | "district" | "unspecified")[];
                subjectType?: "region" | "organisation" | "venue" | "event";
                /** @description designations of this venue */
                venueId?: string;
                /** @description designations of this organisation */
                organisationId?: string;
                /** @description only designations valid on this date (an unknown validFrom counts as already valid) */
                validOn?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "validFrom" | "-validFrom" | "name" | "-name" | "level" | "-level" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDesignation: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDesignationInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Designation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDesignation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Designation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDesignation: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDesignation: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDesignationInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Designation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDesignationHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreDesignation: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Designation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revertDesignation: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description the history entry whose result to go back to
                     */
                    auditId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Designation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportDesignations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                kind?: string[];
                /** @description levels; `unspecified` matches designations whose level is not given */
                level?: ("national" | "municipal" | "district" | "unspecified")[];
                subjectType?: "region" | "organisation" | "venue" | "event";
                /** @description designations of this venue */
                venueId?: string;
                /** @description designations of this organisation */
                organisationId?: string;
                /** @description only designations valid on this date (an unknown validFrom counts as already valid) */
                validOn?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "validFrom" | "-validFrom" | "name" | "-name" | "level" | "-level" | "createdAt" | "-createdAt";
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook */
                format?: "csv" | "xlsx";
                /** @description comma-separated field names in the order to write them, as the list shows them; default: every field of the record */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or XLSX */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncDesignations: {
        parameters: {
            query?: {
                /** @description the `cursor` of the previous answer, sent back unchanged; leave it out to start from the beginning */
                cursor?: string;
                /** @description changes read per page; several changes of one record come back as one item, so a page may hold fewer items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationSyncPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                kind?: string[];
                /** @description indicators for this year: year equals it, or a span year…yearTo covers it */
                year?: number;
                level?: "national" | "municipal" | "district";
                /** @description field to sort by; a leading - sorts descending */
                sort?: "year" | "-year" | "kind" | "-kind" | "value" | "-value" | "regionCode" | "-regionCode";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIndicatorInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteIndicator: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateIndicator: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIndicatorInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getIndicatorHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreIndicator: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revertIndicator: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description the history entry whose result to go back to
                     */
                    auditId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportIndicators: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                kind?: string[];
                /** @description indicators for this year: year equals it, or a span year…yearTo covers it */
                year?: number;
                level?: "national" | "municipal" | "district";
                /** @description field to sort by; a leading - sorts descending */
                sort?: "year" | "-year" | "kind" | "-kind" | "value" | "-value" | "regionCode" | "-regionCode";
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook */
                format?: "csv" | "xlsx";
                /** @description comma-separated field names in the order to write them, as the list shows them; default: every field of the record */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or XLSX */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncIndicators: {
        parameters: {
            query?: {
                /** @description the `cursor` of the previous answer, sent back unchanged; leave it out to start from the beginning */
                cursor?: string;
                /** @description changes read per page; several changes of one record come back as one item, so a page may hold fewer items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorSyncPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                role?: ("city_admin" | "district_admin" | "township_staff" | "viewer")[];
                /** @description field to sort by; a leading - sorts descending */
                sort?: "username" | "-username" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUserHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreUser: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revertUser: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description the history entry whose result to go back to
                     */
                    auditId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only records in this region or anywhere below it */
                region?: string;
                /** @description text search in names (Chinese substrings work) */
                q?: string;
                /** @description field to sort by; a leading - sorts descending */
                sort?: "name" | "-name" | "createdAt" | "-createdAt" | "expiresAt" | "-expiresAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "pending" | "succeeded" | "failed" | "cancelled";
            };
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
                /** @description record id (UUID) */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAudit: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description GB/T 2260 行政区划代码 */
                region?: string;
                entity?: string;
                entityId?: string;
                /** @description record id (UUID) */
                actorId?: string;
                action?: "create" | "update" | "delete" | "restore" | "revert" | "purge" | "import" | "login" | "login_failed" | "logout" | "password_change" | "api_key_create" | "api_key_revoke" | "secret_rotate" | "submit" | "approve" | "return" | "reopen" | "remind";
                /** @description on or after this date (Asia/Shanghai) */
                from?: string;
                /** @description on or before this date (Asia/Shanghai) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTrash: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                entity?: "organisations" | "venues" | "events" | "summaries" | "designations" | "indicators";
                /** @description GB/T 2260 行政区划代码 */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrashPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    purgeTrash: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entity: "organisations" | "venues" | "events" | "summaries" | "designations" | "indicators";
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatsOverview: {
        parameters: {
            query?: {
                /** @description the region whose subtree is counted; default: your scope region */
                region?: string;
                /** @description a calendar year, instead of from/to */
                year?: number;
                /** @description first day of the period (Asia/Shanghai); send with `to` */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description event statuses counted; default completed */
                status?: ("planned" | "ongoing" | "completed" | "cancelled")[];
                /** @description reference date for designations; default the end of the period, or today if earlier */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsOverview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatsBreakdown: {
        parameters: {
            query: {
                /** @description the region whose subtree is counted; default: your scope region */
                region?: string;
                /** @description a calendar year, instead of from/to */
                year?: number;
                /** @description first day of the period (Asia/Shanghai); send with `to` */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description event statuses counted; default completed */
                status?: ("planned" | "ongoing" | "completed" | "cancelled")[];
                /** @description reference date for designations; default the end of the period, or today if earlier */
                asOf?: string;
                /** @description what to break the figures down by */
                by: "region" | "organisationType" | "venueType" | "eventCategory" | "audienceGroup" | "month" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsBreakdown"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatsRatios: {
        parameters: {
            query?: {
                /** @description the region whose subtree is counted; default: your scope region */
                region?: string;
                /** @description a calendar year, instead of from/to */
                year?: number;
                /** @description first day of the period (Asia/Shanghai); send with `to` */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description event statuses counted; default completed */
                status?: ("planned" | "ongoing" | "completed" | "cancelled")[];
                /** @description reference date for designations; default the end of the period, or today if earlier */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsRatios"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatsRanking: {
        parameters: {
            query?: {
                /** @description the region whose subtree is counted; default: your scope region */
                region?: string;
                /** @description a calendar year, instead of from/to */
                year?: number;
                /** @description first day of the period (Asia/Shanghai); send with `to` */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description event statuses counted; default completed */
                status?: ("planned" | "ongoing" | "completed" | "cancelled")[];
                /** @description reference date for designations; default the end of the period, or today if earlier */
                asOf?: string;
                /** @description the figure child regions are ranked by */
                metric?: ("events" | "attendance" | "participants" | "onlineViews" | "eventVolunteers" | "organisations" | "members" | "registeredVolunteers" | "venues" | "townshipCoverage" | "villageCoverage" | "venuesPer10k" | "eventsPer10k" | "attendancePer10k" | "fundingPerCapita") | string;
                /** @description desc ranks the largest value first */
                order?: "desc" | "asc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsRanking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatsTimeSeries: {
        parameters: {
            query?: {
                /** @description the region whose subtree is counted; default: your scope region */
                region?: string;
                /** @description a calendar year, instead of from/to */
                year?: number;
                /** @description first day of the period (Asia/Shanghai); send with `to` */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description event statuses counted; default completed */
                status?: ("planned" | "ongoing" | "completed" | "cancelled")[];
                /** @description reference date for designations; default the end of the period, or today if earlier */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsTimeSeries"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getImportTemplate: {
        parameters: {
            query?: {
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                entity: "organisations" | "venues" | "events";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template file */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkImport: {
        parameters: {
            query: {
                /** @description what the rows are */
                entity: "organisations" | "venues" | "events";
                /** @description shown in the history; defaults to upload.<format> */
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the CSV or XLSX file */
        requestBody: {
            content: {
                "text/csv": unknown;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                "application/octet-stream": unknown;
                "application/vnd.ms-excel": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getImportErrorSheet: {
        parameters: {
            query?: {
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the error sheet */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commitImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatisticsForm: {
        parameters: {
            query?: {
                /** @description the region reported on; default: your scope region */
                region?: string;
                /** @description the calendar year reported on; default: this year (Asia/Shanghai) */
                year?: number;
                /** @description xlsx only: the 科普统计 form is produced as a workbook */
                format?: "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the XLSX workbook */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDistrictProfile: {
        parameters: {
            query?: {
                /** @description the region reported on; default: your scope region */
                region?: string;
                /** @description the calendar year reported on; default: this year (Asia/Shanghai) */
                year?: number;
                /** @description pdf: A4 document; xlsx: the same tables as a workbook */
                format?: "pdf" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the PDF document or XLSX workbook */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSubmissionReport: {
        parameters: {
            query?: {
                format?: "pdf" | "xlsx";
            };
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the PDF document or XLSX workbook */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMailSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listExportSchedules: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportSchedulePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createExportSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExportScheduleInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportSchedule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getExportSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportSchedule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteExportSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateExportSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExportScheduleInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportSchedule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listExportRuns: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportRunPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadExportRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "application/pdf": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadExportRunByLink: {
        parameters: {
            query: {
                /** @description from the download link: when it stops working (Unix seconds) */
                expires: number;
                /** @description from the download link */
                signature: string;
            };
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "application/pdf": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                kind?: "statistics" | "assessment";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    openCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCampaignProgress: {
        parameters: {
            query?: {
                format?: "json" | "xlsx" | "csv";
            };
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgress"];
                    "text/csv; charset=utf-8": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    remindUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemindInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        reminded: number;
                        /**
                         * @description console: shown in the units’ console inbox (users have no mail address in Kepu, so reminders are not mailed yet)
                         * @enum {string}
                         */
                        channel: "console" | "mail";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSubmissions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description fill: your own unit’s; review: those you review; default both */
                role?: "fill" | "review";
                /** @description record id (UUID) */
                campaign?: string;
                status?: "not_started" | "draft" | "submitted" | "returned" | "approved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    saveSubmission: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSubmissionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitSubmission: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSubmissionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reviewSubmission: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewSubmissionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reopenSubmission: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenSubmissionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAssessmentCriteria: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentCriterionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAssessmentCriterion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessmentCriterionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentCriterion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAssessmentCriterion: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description stable code, lower snake case */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAssessmentCriterion: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag from your last GET (428 without it, 412 when stale) */
                "if-match": string;
            };
            path: {
                /** @description stable code, lower snake case */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssessmentCriterionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentCriterion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachEvidence: {
        parameters: {
            query: {
                fileName: string;
                /** @description the item key it is evidence for */
                item?: string;
            };
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        /** @description the file itself; its type is read from its bytes */
        requestBody: {
            content: {
                "application/pdf": unknown;
                "image/png": unknown;
                "image/jpeg": unknown;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                "application/octet-stream": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
                /** @description record id (UUID) */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/png": unknown;
                    "image/jpeg": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description record id (UUID) */
                id: string;
                /** @description record id (UUID) */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    receiveChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description any 2xx answer acknowledges the delivery; anything else is retried */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
