import type { INode, INodeParameters, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { loadPackage, PACKAGE_NAME } from './harness/engine';

const NODE: Pick<INode, 'typeVersion'> = { typeVersion: 1 };

async function description(type: string): Promise<INodeTypeDescription> {
	const { nodeTypes } = await loadPackage();
	return nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.${type}`, 1).description;
}

/** The top-level parameters the editor shows for these settings (the rest at their defaults). */
function shownParameters(node: INodeTypeDescription, settings: INodeParameters): INodeProperties[] {
	const values =
		NodeHelpers.getNodeParameters(node.properties, settings, true, false, NODE, node) ?? {};
	return node.properties.filter((parameter) =>
		NodeHelpers.displayParameter(values, parameter, NODE, node),
	);
}

/**
 * The editor draws the credential picker above the first shown parameter of type 'credentials', else above
 * the last shown parameter any credential names in displayOptions.show (n8n editor-ui ParameterInputList.vue,
 * indexToShowSlotAt); the second rule put Mastodon's picker above Source.
 */
function pickerIndex(node: INodeTypeDescription, shown: INodeProperties[]): number {
	const slot = shown.findIndex((parameter) => parameter.type === 'credentials');
	if (slot !== -1) return slot;
	const named = new Set(
		(node.credentials ?? []).flatMap((credential) =>
			Object.keys(credential.displayOptions?.show ?? {}),
		),
	);
	return shown.reduce((index, parameter, at) => (named.has(parameter.name) ? at : index), 0);
}

/** Every source read with a credential, Reddit with its OAuth2 app. */
function credentialSettings(node: INodeTypeDescription): INodeParameters[] {
	const sources = (node.credentials ?? []).flatMap(
		(credential) => credential.displayOptions?.show?.source ?? [],
	);
	return sources.map((source) =>
		source === 'reddit' ? { source, redditAuthentication: 'oAuth2' } : { source: String(source) },
	);
}

describe.each(['mentionFetch', 'mentionTrigger'])('%s: the credential picker', (type) => {
	it('is drawn right under Source, and under Authentication where the source has one', async () => {
		const node = await description(type);
		const settings = credentialSettings(node);
		expect(settings.map((setting) => setting.source)).toEqual(
			expect.arrayContaining([
				'mastodon',
				'bluesky',
				'reddit',
				'x',
				'youtube',
				'instagram',
				'facebook',
				'googleplay',
			]),
		);
		const above = settings.map((setting) => {
			const shown = shownParameters(node, setting);
			return [setting.source, shown[pickerIndex(node, shown) - 1]?.name];
		});
		expect(above).toEqual(
			settings.map((setting) => [
				setting.source,
				setting.source === 'reddit' ? 'redditAuthentication' : 'source',
			]),
		);
	});
});
