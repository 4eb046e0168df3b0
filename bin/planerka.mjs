#!/usr/bin/env node
// `npx planerka …`: the administrator's command line. TypeScript runs through tsx.
import { register } from 'tsx/esm/api'

register()
await import('../server/cli/main.ts')
