import { defineConfig } from 'wxt';
import { francTwoLanguages } from './build/franc-two-languages';
import { stripRuleExamples } from './build/strip-rule-examples';

/**
 * Public half of the development/test signing key (base64 DER SPKI). It pins the extension id to
 * aaijkfpdcaakigohnoonhkhjoplgmebn (sha256 of the DER key, first 32 hex digits mapped 0–f → a–p),
 * so policy files and tests can address the unpacked build. Store builds (UNGXU_RELEASE=1) leave it
 * out: the store assigns the id. See docs/deployment.md.
 */
const DEV_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzkHFHvTdCjQH6AV9HZjemi0bS2sG1n2KspdrrfoefW+6WK0zJlR8e0cM9P/DoTKusstSnCZYqK3vgJJ8dLj/ZDW+gOnGaq7RlOkUfwsKtK5YLi/agk50MA3St/g3nVXdb00UZainWxqO8dDli/uv6aJrQ2teE7zP0vnW2GJzC7ANcGadjFwBHnA7MYVra0ePEBPrQSA1BM/rXM4GIwWSWzbgc3Cf6L1nmMpQeVgFP3mw0AIoHLpSxU8NiKSrtHC+rcC8rRlCV3InGKEGBaHRH2rA8TKGhGGnJsOQ17KRIgyVQEVHb9eQrLCpTOhEsG1/2tyIq3q6JyLKKDdEhNNgMQIDAQAB';

export const GECKO_ID = 'ungxu@ungxu.vn';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // storage: settings; scripting: the content script on sites the user adds; activeTab: the popup
    // reads the current tab's host name without the "tabs" (browsing history) permission.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Asked for one site at a time, only when the user switches a new site on in the popup.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              // Firefox's built-in consent: nothing is collected or transmitted (the agency's RulesetUrl
              // is a download, not a transmission of the user's data). See docs/permissions.md.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Firefox has no managed schema in the manifest (policies.json carries the values as is).
          storage: { managed_schema: 'managed_schema.json' },
          ...(process.env.UNGXU_RELEASE ? {} : { key: DEV_PUBLIC_KEY }),
        }),
  }),
  vite: () => ({
    // Store builds close the overlay's shadow root (entrypoints/content/overlay.ts).
    define: { __UNGXU_OPEN_ROOT__: JSON.stringify(!process.env.UNGXU_RELEASE) },
    plugins: [francTwoLanguages(), stripRuleExamples()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
