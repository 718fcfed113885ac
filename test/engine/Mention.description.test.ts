import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INodeTypeDescription } from 'n8n-workflow';

import { loadPackage, PACKAGE_NAME } from './harness/engine';
import { PACKAGE_ROOT } from './harness/packageTypes';

/**
 * What the editor sees of Mention Fetch and Mention Trigger (parameters, credentials, codex), written from
 * the code before the mention nodes moved into one family folder. Regenerate it only for a change the
 * editor is meant to see: MENTION_DESCRIPTION_WRITE=1 npx jest test/engine/Mention.description --selectProjects engine
 */
const FIXTURE = path.join(__dirname, 'fixtures', 'mentionDescriptions.json');
const NODE_TYPES = ['mentionFetch', 'mentionTrigger'];

type IconUrl = { light: string; dark: string };

async function loadedDescription(type: string): Promise<INodeTypeDescription> {
	const { nodeTypes } = await loadPackage();
	return nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.${type}`, 1).description;
}

/** The loader's icon URLs name the built folder, which a move changes; the editor sees the icon files. */
function iconFiles(iconUrl: IconUrl) {
	return { light: path.basename(iconUrl.light), dark: path.basename(iconUrl.dark) };
}

async function editorView(type: string) {
	const { iconUrl, ...description } = JSON.parse(JSON.stringify(await loadedDescription(type))) as {
		iconUrl: IconUrl;
	};
	return { ...description, iconFiles: iconFiles(iconUrl) };
}

describe('Mention Fetch and Mention Trigger: what the editor sees', () => {
	it('have the descriptions of the fixture', async () => {
		const views = Object.fromEntries(
			await Promise.all(NODE_TYPES.map(async (type) => [type, await editorView(type)])),
		);
		if (process.env.MENTION_DESCRIPTION_WRITE === '1')
			writeFileSync(FIXTURE, `${JSON.stringify(views, null, '\t')}\n`);
		expect(views).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
	});

	it.each(NODE_TYPES)('%s: its icons are where the loader says', async (type) => {
		const { iconUrl } = (await loadedDescription(type)) as INodeTypeDescription & {
			iconUrl: IconUrl;
		};
		for (const url of [iconUrl.light, iconUrl.dark]) {
			expect(existsSync(path.join(PACKAGE_ROOT, url.replace(`icons/${PACKAGE_NAME}/`, '')))).toBe(
				true,
			);
		}
	});
});
