// eslint-disable-next-line @typescript-eslint/no-require-imports
const { explainImportFailure } = require('../../../scripts/startup/importFailure.cjs') as {
	explainImportFailure(output: string): string;
};

describe('why an n8n import failed', () => {
	it('names the refused unpublish, not invalid JSON, when n8n refused to deactivate a published workflow', () => {
		const output = [
			'Importing 8 workflows...',
			'User attempted to deactivate a workflow without permissions',
			'An error occurred while importing workflows. See log messages for details.',
			'You do not have permission to deactivate this workflow. Ask the owner to share it with you.',
		].join('\n');
		const hint = explainImportFailure(output);
		expect(hint).toContain(
			'n8n said: "User attempted to deactivate a workflow without permissions"',
		);
		expect(hint).toContain('unpublishes an already published workflow');
		expect(hint).not.toContain('JSON');
	});

	it('says a file is not valid JSON only when n8n said so', () => {
		const output =
			'An error occurred while importing workflows. See log messages for details.\nExpected double-quoted property name in JSON at position 22 (line 1 column 23)\n';
		expect(explainImportFailure(output)).toBe(
			'n8n said: "Expected double-quoted property name in JSON at position 22 (line 1 column 23)"; a template file is not valid JSON.',
		);
	});

	it('quotes n8n for a cause it does not know, and says when n8n gave none', () => {
		expect(
			explainImportFailure('Importing 1 workflows...\nSQLITE_FULL: database or disk is full\n'),
		).toBe('n8n said: "SQLITE_FULL: database or disk is full" (its whole output is above).');
		expect(explainImportFailure('')).toBe('n8n printed no reason (its whole output is above).');
	});
});
