/** Suites that mirror the layout: cores (unit, and their long soak runs), nodes in n8n-core's engine, the packed package, templates in a real n8n. */
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] };

/**
 * n8n-core and n8n-workflow of the provisioned n8n 1.x (npm run n8n:provision), for the engine tests that
 * meet what differs between the lines: the errors n8n throws and when it signs in again. The project runs
 * after provisioning, like e2e.
 */
function n8nOneModules() {
	const local = require('./scripts/local-n8n.cjs');
	const version = local.N8N_VERSIONS.find((candidate) => candidate.startsWith('1.'));
	const modules = require('node:path').join(
		local.forVersion(version).paths().n8nHome,
		'node_modules',
	);
	return {
		'^n8n-core$': `${modules}/n8n-core`,
		'^n8n-core/(.*)$': `${modules}/n8n-core/$1`,
		'^n8n-workflow$': `${modules}/n8n-workflow`,
		'^n8n-workflow/(.*)$': `${modules}/n8n-workflow/$1`,
		'^@n8n/di$': `${modules}/@n8n/di`,
	};
}

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
			testMatch: [
				'<rootDir>/test/core/**/*.soak.test.ts',
				'<rootDir>/test/tools/**/*.soak.test.ts',
			],
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
			// The credential tests again inside n8n 1.x's engine (n8n-core 1.122 of n8n 1.123).
			displayName: 'engine-n8n1',
			testMatch: [
				'<rootDir>/test/engine/MentionFetch.credentials.*.test.ts',
				'<rootDir>/test/engine/MentionFetch.hostileServers.test.ts',
				'<rootDir>/test/engine/MentionFetch.redditAccess.test.ts',
			],
			transform: tsJest,
			testEnvironment: 'node',
			setupFiles: ['<rootDir>/test/engine/harness/setupEnv.js'],
			setupFilesAfterEnv: ['<rootDir>/test/engine/harness/teardown.ts'],
			moduleNameMapper: n8nOneModules(),
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
