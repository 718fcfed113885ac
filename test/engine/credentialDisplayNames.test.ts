import { SOURCE_REGISTRY } from '../../nodes/core/sources/sourceRegistry';
import { loadPackage } from './harness/engine';

/**
 * Errors and hints name the credential to fix; the user finds it in n8n's credential list by its display
 * name, so for the package's own credential types the two are the same words.
 */
describe('the credential each source names in its errors', () => {
	it('is called what n8n lists it as', async () => {
		const types = await loadPackage();
		const own = new Set(types.credentialTypeNames());
		const named = Object.values(SOURCE_REGISTRY)
			.filter((adapter) => adapter.credentialType !== undefined && own.has(adapter.credentialType))
			.map((adapter) => ({
				source: adapter.name,
				named: adapter.credentialDisplayName ?? adapter.displayName,
			}));
		expect(named.length).toBeGreaterThan(0);
		expect(named).toEqual(
			named.map(({ source }) => ({
				source,
				named: types.credentialTypes.getByName(
					SOURCE_REGISTRY[source as keyof typeof SOURCE_REGISTRY].credentialType as string,
				).displayName,
			})),
		);
	});
});
