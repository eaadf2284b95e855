import { afterEach } from 'vitest'

// Tests stand in for the services by setting window.fetch; every test starts again from the real one.
const realFetch = window.fetch
afterEach(() => {
  window.fetch = realFetch
})
