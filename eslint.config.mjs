import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/.next/**', '**/node_modules/**', '**/.turbo/**', '**/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // No consistent-type-imports: Nest injects by the constructor parameter types that
    // decorator metadata records, and a type-only import erases them.
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Scripts and benchmarks print their results.
    files: ['**/scripts/**', 'bench/**', '**/migrate.ts', '**/test/global-setup.ts'],
    rules: { 'no-console': 'off' },
  },
);
