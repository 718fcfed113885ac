import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/**
 * The project's own ESLint (its config is ESM, which jest's module loader does not run) on `imports`
 * as if they were the file `file`: for each import, the boundary message it gets, or '' when allowed.
 */
function boundaryVerdicts(file: string, imports: string[]): string[] {
	const eslint = spawnSync(
		process.execPath,
		[
			path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
			'--stdin',
			'--stdin-filename',
			file,
			'--format',
			'json',
		],
		{
			cwd: root,
			input: imports.map((target) => `import '${target}';`).join('\n'),
			encoding: 'utf8',
		},
	);
	const [result] = JSON.parse(eslint.stdout) as Array<{
		messages: Array<{ ruleId: string | null; message: string; line: number }>;
	}>;
	return imports.map((_, index) => {
		const found = result.messages.find(
			(message) => message.ruleId === 'no-restricted-imports' && message.line === index + 1,
		);
		return found ? found.message.slice(found.message.indexOf('nodes/core must')) : '';
	});
}

const NODE_LAYER = 'nodes/core must not import from the node layer above it.';
const N8N = 'nodes/core must not import n8n: keep n8n in the node files.';

/** npm run lint keeps the cores free of n8n and of the node layer above them, at any depth. */
describe('the core boundary, enforced by lint', () => {
	it('a core at the top of nodes/core', () => {
		expect(
			boundaryVerdicts('nodes/core/probe.ts', [
				'../Mention/MentionFetch/MentionFetch.node',
				'n8n-workflow',
				'./sources/rss',
			]),
		).toEqual([NODE_LAYER, N8N, '']);
	});

	it('a core one folder down', () => {
		expect(
			boundaryVerdicts('nodes/core/sources/probe.ts', [
				'../../Mention/mentionSource/searchSource',
				'n8n-core',
				'@n8n/di',
				'../mention/Mention',
				'../../core/mention/Mention',
			]),
		).toEqual([NODE_LAYER, N8N, N8N, '', '']);
	});

	it('a core two folders down', () => {
		expect(
			boundaryVerdicts('nodes/core/playbook/assess/probe.ts', [
				'../../../PlaybookStep/PlaybookStep.node',
				'../../scoring/CrisisScore',
			]),
		).toEqual([NODE_LAYER, '']);
	});

	it('a node file may import n8n', () => {
		expect(
			boundaryVerdicts('nodes/CrisisScore/probe.ts', [
				'n8n-workflow',
				'../core/scoring/CrisisScore',
			]),
		).toEqual(['', '']);
	});
});
