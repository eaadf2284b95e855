/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The gateway serves the built files from its jar's static/ (Maven copies dist/ there), so every URL is same-origin
// and the gateway's Content-Security-Policy (script-src 'self') holds: Vite emits only external module scripts.
export default defineConfig({
  // Element Plus on demand: each <el-…> tag and v-loading imports just its component (the whole library was ~1 MB of
  // script); its stylesheet stays whole in main.ts (one cached file, and ElMessage/ElMessageBox need it too).
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts and bpmn-js, each in the chunk of the screen that needs it, are bigger than Vite's default warning limit.
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
    setupFiles: ['tests/setup.ts'],
  },
})
