// Once before any test file: the tests that run the server as its own process run it as `npm start`
// does, from the bundle (test/helpers/serverProcess.ts); built here, not in each worker, so two
// workers never write it at once.
import { ensureServerBuilt } from '../scripts/prepare.mjs'

export default function setup (): void {
  ensureServerBuilt()
}
