import n8nCommunityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const legacyRules = (name) => n8nNodesBase.configs[name].rules;

/**
 * The cores are plain TypeScript that the CLI tools and tests run without n8n; the node layer maps them.
 * One block per folder depth, because a relative path that leaves nodes/core has as many `../` as the
 * file is deep.
 */
function coreBoundary() {
	const n8n = {
		group: ['n8n-workflow', 'n8n-core', '@n8n/*', 'n8n-nodes-*'],
		message: 'nodes/core must not import n8n: keep n8n in the node files.',
	};
	return [1, 2, 3, 4].map((depth) => {
		const up = '../'.repeat(depth);
		return {
			files: [`nodes/core/${'*/'.repeat(depth - 1)}*.ts`],
			rules: {
				'no-restricted-imports': [
					'error',
					{
						patterns: [
							n8n,
							{
								group: [`${up}*`, `!${up}core`],
								message: 'nodes/core must not import from the node layer above it.',
							},
						],
					},
				],
			},
		};
	});
}

export default [
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'.cache/**',
			'test/**',
			'tools/**',
			'scripts/**',
			'workflows/**',
			'*.js',
		],
	},
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tseslint.parser, sourceType: 'module' },
		plugins: { '@typescript-eslint': tseslint.plugin },
		rules: {
			'@typescript-eslint/no-unused-vars': 'error',
		},
	},
	// The same rules n8n's community-package scanner applies before it verifies a package (n8n Cloud included).
	n8nCommunityNodes.configs.recommended,
	...coreBoundary(),
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
