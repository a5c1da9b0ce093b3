// Build-time values read through import.meta.env (vite.config.ts defines them).
interface ImportMetaEnv {
  /** Set only in test builds (see src/app/db/test-extra-version.ts); empty otherwise. */
  readonly DECLIC_TEST_EXTRA_VERSION?: string;
}
