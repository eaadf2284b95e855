// Runs `npm ci` only when package-lock.json changed since the last install, so a Maven build after the first
// costs no reinstall (npm ci always deletes node_modules first) while a fresh clone or a new lock file installs
// exactly what the lock file says.
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const lockFile = join(root, 'package-lock.json')
const stamp = join(root, 'node_modules', '.installed-lock-sha256')

const wanted = createHash('sha256').update(readFileSync(lockFile)).digest('hex')
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : ''

if (installed === wanted) {
  console.log('node_modules matches package-lock.json; npm ci skipped')
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  writeFileSync(stamp, `${wanted}\n`)
}
