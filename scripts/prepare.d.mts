// Types of prepare.mjs for the TypeScript that uses it (test/globalSetup.ts, the bench, the test helpers).
export const root: string
export const serverBundleDir: string
/** dist/server/main.mjs: what `npm start` runs. */
export const serverBundle: string
export function ensureDependencies (): void
export function ensureServerBuilt (): void
export function ensureClientBuilt (): void
