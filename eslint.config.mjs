// ESLint for the TypeScript under src/: two typed rules that the compiler does not check. Every switch over a
// union handles each member (a new event kind, agent state or intervention cannot be forgotten), and imports
// used only as types say so (`import type`), which keeps runtime dependencies — and import loops — honest.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Zod's issue codes are a third party's union that grows with zod: its switch keeps a default on purpose.
    files: ['src/sim/scenario/validate.ts', 'src/sim/exercise/validate.ts'],
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
);
