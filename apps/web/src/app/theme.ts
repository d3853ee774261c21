import type { ThemeConfig } from 'antd';

// antd's default greys and status colours fall short of WCAG AA's 4.5:1 for body text: secondary text
// (#8c8c8c) is 3.4:1 on white, placeholders (#bfbfbf) 1.8:1, links (#1677ff) 4.1:1, danger buttons
// (#ff4d4f) 3.3:1, status tags 1.6 to 4.1:1 (axe-core, apps/web/test/accessibility.test.ts).
// The console keeps antd's look and darkens only what is read: every value below reaches 4.5:1 on
// white and on the light grey of the page and table headers (#f5f5f5).
const readableGrey = 'rgba(0, 0, 0, 0.6)'; // #666 on white: 5.7:1; 5.3:1 on #f5f5f5
const lighterReadableGrey = 'rgba(0, 0, 0, 0.55)'; // #737373: 4.7:1 on white and on #f5f5f5

export const theme: ThemeConfig = {
  token: {
    // Each page has one h1 (its title) and sections below it are h2, at the sizes antd gives h3 and h4.
    fontSizeHeading1: 24,
    lineHeightHeading1: 1.33,
    fontSizeHeading2: 20,
    lineHeightHeading2: 1.4,
    colorPrimary: '#1765ad',
    // Links and the processing status follow colorInfo.
    colorInfo: '#1765ad',
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    // A darker seed would also darken the light backgrounds generated from it: those stay antd's.
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorTextTertiary: readableGrey,
    colorTextDescription: readableGrey,
    colorTextQuaternary: lighterReadableGrey,
    colorTextPlaceholder: lighterReadableGrey,
    // A disabled control needs no contrast (WCAG 1.4.3 exempts it) and must still look disabled.
    colorTextDisabled: 'rgba(0, 0, 0, 0.25)',
  },
  components: {
    // The empty table's "暂无数据" is written in the disabled colour.
    Table: { colorTextDisabled: readableGrey },
  },
};
