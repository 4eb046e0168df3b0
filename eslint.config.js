// ESLint (flat config) for `npm test`: a modest rule set — JavaScript's and
// typescript-eslint's recommended rules without type information, so it runs
// in seconds — plus the one architectural rule review kept missing: the
// import boundaries of README «Architecture».
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * An import of another top-level folder: a relative path that climbs out and
 * then names it ('../../server/x', '../client/y'). A package that merely has
 * such a segment ('react-dom/server') or a sibling file ('./serverChange') is
 * not one.
 */
const boundary = 'README «Architecture»: shared/ imports neither client/ nor server/; client/ and server/ never import each other'
const climbsTo = name => `^(\\.\\./)+${name}(/|$)`
const folder = name => ({ regex: climbsTo(name), message: `${name}/ is off limits here (${boundary}).` })
/** The same for `import('…')`, which no-restricted-imports does not see. */
const dynamicImport = name => ({
  selector: `ImportExpression > Literal.source[value=/${climbsTo(name).replaceAll('/', '\\/')}/]`,
  message: `${name}/ is off limits here (${boundary}).`,
})
const offLimits = (...names) => ({
  'no-restricted-imports': ['error', { patterns: names.map(folder) }],
  'no-restricted-syntax': ['error', ...names.map(dynamicImport)],
})

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
  { files: ['shared/**'], rules: offLimits('client', 'server') },
  { files: ['client/**'], rules: offLimits('server') },
  { files: ['server/**'], rules: offLimits('client') },
)
