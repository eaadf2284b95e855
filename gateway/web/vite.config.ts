/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The gateway serves the built files from its jar's static/ (Maven copies dist/ there), so every URL is same-origin
// and the gateway's Content-Security-Policy (script-src 'self') holds: Vite emits only external module scripts.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Element Plus alone is bigger than Vite's default warning limit.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    // `npm run dev` talks to a running gateway; log in there first (same browser, localhost cookies are shared).
    proxy: {
      '/api': 'http://localhost:8080',
      '/logout': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.spec.ts'],
  },
})
