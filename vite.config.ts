import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHints } from './scripts/build/compile-hints';
import { preloadKioskChunk } from './scripts/build/preload-kiosk';
import { startChunk } from './scripts/build/start-chunk';
import { contentBundle } from './scripts/content/vite-plugin';

export default defineConfig({
  plugins: [
    preact(),
    preloadKioskChunk(),
    compileHints(),
    contentBundle(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      // The tablet never reloads under a user: the page prompts, then tells the worker to take over.
      registerType: 'prompt',
      includeManifestIcons: false,
      manifest: {
        name: 'Borne mobile',
        short_name: 'Borne',
        description: 'Des guides pas à pas pour les démarches en ligne, et le suivi des permanences.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#1b4f72',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        minify: true,
        // Everything the tablet needs offline: the shell, guide pictures, icons, the content bundle.
        // The coordination dashboard is online-only and never precached.
        globPatterns: ['**/*.{js,css,html,svg,webp,png,json}'],
        globIgnores: ['dashboard.html', 'assets/dashboard-*', 'assets/chart-*', 'assets/coordination-*'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: { main: 'index.html', dashboard: 'dashboard.html' },
      output: { codeSplitting: { groups: [startChunk] } },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
