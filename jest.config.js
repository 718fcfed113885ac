/** Suites that mirror the layout: cores (unit, and their long soak runs), nodes in n8n-core's engine, the packed package, templates in a real n8n. */
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] };

module.exports = {
	modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.cache/'],
	testTimeout: 120000,
	projects: [
		{
			displayName: 'unit',
			testMatch: ['<rootDir>/test/core/**/*.test.ts', '<rootDir>/test/tools/**/*.test.ts'],
			testPathIgnorePatterns: ['\\.soak\\.test\\.ts$'],
			transform: tsJest,
			testEnvironment: 'node',
		},
		{
			// Weeks of synthetic traffic through the detector and 100,000-mention loads: minutes, so outside test:quick.
			displayName: 'soak',
			testMatch: ['<rootDir>/test/core/**/*.soak.test.ts', '<rootDir>/test/tools/**/*.soak.test.ts'],
			transform: tsJest,
			testEnvironment: 'node',
		},
		{
			displayName: 'engine',
			testMatch: ['<rootDir>/test/engine/**/*.test.ts'],
			transform: tsJest,
			testEnvironment: 'node',
			setupFiles: ['<rootDir>/test/engine/harness/setupEnv.js'],
			setupFilesAfterEnv: ['<rootDir>/test/engine/harness/teardown.ts'],
		},
		{
			displayName: 'package',
			testMatch: ['<rootDir>/test/package/**/*.test.ts'],
			transform: tsJest,
			testEnvironment: 'node',
		},
		{
			displayName: 'e2e',
			testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
			transform: tsJest,
			testEnvironment: 'node',
			globalSetup: '<rootDir>/test/e2e/harness/globalSetup.cjs',
			globalTeardown: '<rootDir>/test/e2e/harness/globalTeardown.cjs',
		},
	],
};
