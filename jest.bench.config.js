/** Benchmarks that need the engine harness: run on demand (`npm run load:engine`), never part of `npm test`. */
module.exports = {
	rootDir: __dirname,
	testMatch: ['<rootDir>/test/bench/**/*.bench.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	testEnvironment: 'node',
	setupFiles: ['<rootDir>/test/engine/harness/setupEnv.js'],
	setupFilesAfterEnv: ['<rootDir>/test/engine/harness/teardown.ts'],
	modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.cache/'],
	testTimeout: 600000,
};
