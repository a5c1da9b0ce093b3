// Builds the PWA: Preact app, injectManifest service worker, bundled content pack.
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPackPlugin } from './src/server/content-pack/vite-content-plugin';
import { precompressPlugin } from './src/server/http/precompress-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [
    preact(),
    contentPackPlugin(`${root}src/content`),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Déclic — carnet des aidants numériques',
        short_name: 'Déclic',
        description: 'Le carnet de terrain des aidants numériques : dossiers, démarches et guides, même sans réseau.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      devOptions: { enabled: false },
    }),
    precompressPlugin(),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.DECLIC_BUILD_LABEL ?? process.env.npm_package_version ?? 'dev'),
    // Test builds only (src/app/db/test-extra-version.ts); empty in every real build.
    'import.meta.env.DECLIC_TEST_EXTRA_VERSION': JSON.stringify(process.env.DECLIC_TEST_EXTRA_VERSION ?? ''),
  },
  build: {
    outDir: process.env.DECLIC_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
