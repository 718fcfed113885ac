interface Template {
	id: string;
	name: string;
	file: string;
	hash: string;
}
interface Entry extends Template {
	status: string;
	note: string;
	import: boolean;
	unpublishBefore: boolean;
	publishAfter: boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { planTemplates, describeTemplate } =
	require('../../../scripts/startup/templatePlan.cjs') as {
		planTemplates(input: {
			templates: Template[];
			stored: Map<string, { versionId: string; active: boolean; archived: boolean }>;
			record: Map<string, { hash: string; versionId: string | null }>;
			reset?: boolean;
			publishWhenNew?: Set<string>;
		}): Entry[];
		describeTemplate(entry: Entry): string;
	};

const QUICK = { id: 'Quick', name: 'Quick Start', file: '01-quick-start.json', hash: 'h1' };

function planOne(
	stored: { versionId: string; active?: boolean; archived?: boolean } | undefined,
	record: { hash: string; versionId: string | null } | undefined,
	{ reset = false, hash = 'h1' } = {},
): Entry {
	const [entry] = planTemplates({
		templates: [{ ...QUICK, hash }],
		stored: new Map(stored ? [[QUICK.id, { active: false, archived: false, ...stored }]] : []),
		record: new Map(record ? [[QUICK.id, record]] : []),
		reset,
		publishWhenNew: new Set([QUICK.id]),
	});
	return entry;
}

describe('which templates npm start imports', () => {
	it('imports a new template, and publishes it when it is one published on first import', () => {
		expect(planOne(undefined, undefined)).toMatchObject({
			status: 'imported',
			import: true,
			unpublishBefore: false,
			publishAfter: true,
		});
		const [other] = planTemplates({
			templates: [{ ...QUICK, id: 'Other' }],
			stored: new Map(),
			record: new Map(),
			publishWhenNew: new Set(['Quick']),
		});
		expect(other).toMatchObject({ status: 'imported', publishAfter: false });
	});

	it('leaves a template nobody changed alone', () => {
		expect(
			planOne({ versionId: 'v1', active: true }, { hash: 'h1', versionId: 'v1' }),
		).toMatchObject({ status: 'up to date', import: false });
	});

	it('keeps a workflow edited in n8n, even when the file changed, and says how to replace it', () => {
		for (const hash of ['h1', 'h2']) {
			const entry = planOne(
				{ versionId: 'v2-after-edit' },
				{ hash: 'h1', versionId: 'v1' },
				{ hash },
			);
			expect(entry).toMatchObject({ status: 'kept', import: false });
			expect(describeTemplate(entry)).toBe(
				'kept       01-quick-start.json (edited in n8n; run with --reset-templates to replace)',
			);
		}
	});

	it('updates an unedited workflow whose file changed, unpublishing it first and publishing it again if it was live', () => {
		expect(
			planOne({ versionId: 'v1', active: true }, { hash: 'h1', versionId: 'v1' }, { hash: 'h2' }),
		).toMatchObject({
			status: 'updated',
			import: true,
			unpublishBefore: true,
			publishAfter: true,
		});
		expect(
			planOne({ versionId: 'v1', active: false }, { hash: 'h1', versionId: 'v1' }, { hash: 'h2' }),
		).toMatchObject({
			status: 'updated',
			unpublishBefore: false,
			publishAfter: false,
		});
	});

	it('replaces edits only when asked with --reset-templates, keeping the published state', () => {
		expect(
			planOne(
				{ versionId: 'v2-after-edit', active: true },
				{ hash: 'h1', versionId: 'v1' },
				{ reset: true },
			),
		).toMatchObject({
			status: 'replaced',
			import: true,
			unpublishBefore: true,
			publishAfter: true,
		});
		expect(planOne({ versionId: 'v9', active: false }, undefined, { reset: true })).toMatchObject({
			status: 'replaced',
			publishAfter: false,
		});
	});

	it('keeps workflows it cannot tell are unedited: in n8n before it kept track, archived, or deleted', () => {
		expect(describeTemplate(planOne({ versionId: 'v1', active: true }, undefined))).toBe(
			'kept       01-quick-start.json (already in n8n from before npm start kept track of its imports; run with --reset-templates to replace)',
		);
		expect(
			planOne({ versionId: 'v1', archived: true }, { hash: 'h1', versionId: 'v1' }, { hash: 'h2' }),
		).toMatchObject({ status: 'kept', import: false });
		expect(describeTemplate(planOne(undefined, { hash: 'h1', versionId: 'v1' }))).toBe(
			'kept       01-quick-start.json (deleted in n8n; run with --reset-templates to import it again)',
		);
	});

	it('imports again what a start that stopped during the import left unfinished, unpublishing it first if it is live', () => {
		expect(
			planOne({ versionId: 'v1', active: true }, { hash: 'h1', versionId: null }),
		).toMatchObject({
			status: 'imported',
			import: true,
			unpublishBefore: true,
			publishAfter: true,
		});
		expect(planOne(undefined, { hash: 'h1', versionId: null })).toMatchObject({
			status: 'imported',
			import: true,
			unpublishBefore: false,
		});
	});
});
