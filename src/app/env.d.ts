// Build-time constants injected by vite.config.ts.
declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  /** Set only in test builds (see src/app/db/test-extra-version.ts); empty otherwise. */
  readonly DECLIC_TEST_EXTRA_VERSION?: string;
}
