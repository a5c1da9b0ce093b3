// Build-time constants injected by vite.config.ts.
declare const __APP_VERSION__: string;
/** The version of the content pack bundled with this build (`content-pack.json`). */
declare const __BUNDLED_PACK_VERSION__: string;
