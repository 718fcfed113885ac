import n8nCommunityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const legacyRules = (name) => n8nNodesBase.configs[name].rules;

export default [
	{ ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test/**', 'tools/**', 'scripts/**', 'workflows/**', '*.js'] },
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tseslint.parser, sourceType: 'module' },
		plugins: { '@typescript-eslint': tseslint.plugin },
		rules: {
			'@typescript-eslint/no-unused-vars': 'error',
		},
	},
	{
		...n8nCommunityNodes.configs.recommendedWithoutN8nCloudSupport,
		rules: {
			...n8nCommunityNodes.configs.recommendedWithoutN8nCloudSupport.rules,
			// Scoring needs the AFINN lexicon (`sentiment`) and time-zone arithmetic (`luxon`); we ship for self-hosted n8n.
			'@n8n/community-nodes/no-runtime-dependencies': 'off',
		},
	},
	{
		// Cores are plain TypeScript without n8n imports; the node layer turns their errors into n8n's.
		files: ['nodes/core/**/*.ts'],
		rules: { '@n8n/community-nodes/require-node-api-error': 'off' },
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: legacyRules('community'),
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...legacyRules('credentials'),
			// Applies to n8n's own repository (docs slugs); community credentials link full URLs.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		ignores: ['nodes/core/**'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...legacyRules('nodes'),
			// The older plugin predates NodeConnectionTypes; the newer community rules require it.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
];
