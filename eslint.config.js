// ESLint (flat config) for `npm test`: a modest rule set — JavaScript's and
// typescript-eslint's recommended rules without type information, so it runs
// in seconds — plus the one architectural rule review kept missing: the
// import boundaries of README «Architecture».
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** An import of one top-level folder from another, by path: '../../server/x', '../client/y'. */
const folder = name => ({ regex: `(^|/)${name}(/|$)`, message: `${name}/ is off limits here (README «Architecture»: shared/ imports neither client/ nor server/; client/ and server/ never import each other).` })

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        // Node and the browser both: the tree has server, client and shared code.
        console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', queueMicrotask: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Casts through `any` at library seams are rare and reviewed; not worth a rule here.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-undef': 'off', // TypeScript checks names better (tsc --noEmit runs first)
    },
  },
  { files: ['shared/**'], rules: { 'no-restricted-imports': ['error', { patterns: [folder('client'), folder('server')] }] } },
  { files: ['client/**'], rules: { 'no-restricted-imports': ['error', { patterns: [folder('server')] }] } },
  { files: ['server/**'], rules: { 'no-restricted-imports': ['error', { patterns: [folder('client')] }] } },
)
