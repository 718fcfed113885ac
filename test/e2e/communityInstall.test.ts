import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LoopbackRegistry } from './harness/loopbackRegistry';
import { expectSucceeded, output, runManually } from './harness/manualRun';
import { requestN8n } from './harness/n8nHttp';
import { PACKAGE_NODE_TYPES as nodeTypes, TESTED_VERSIONS } from './harness/n8nInstance';
import { N8nRest } from './harness/n8nRest';
import { OwnInstance, packedTarball } from './harness/ownInstance';
import { RefusingProxy } from './harness/refusingProxy';

// Settings → Community Nodes, as a user goes through it, on every tested n8n line: the packed package is
// published to a real npm registry on loopback, installed, used, updated to a newer version, uninstalled,
// each through the editor's own REST calls.

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
	name: string;
	version: string;
};
const quickStart = JSON.parse(
	fs.readFileSync(path.join(root, 'workflows', '01-quick-start.json'), 'utf8'),
) as {
	name: string;
	nodes: unknown[];
	connections: unknown;
	settings: unknown;
};
// n8n lets a custom community-packages registry be used only with an Enterprise licence; its own E2E test
// mode (E2E_TESTS) lets that one licence flag be switched on. Nothing else of the install path is changed.
const CUSTOM_REGISTRY_FEATURE = 'feat:communityNodes:customRegistry';
const START_MS = 15 * 60_000;

interface InstalledPackage {
	packageName: string;
	installedVersion: string;
	updateAvailable?: string;
	installedNodes: Array<{ name: string; type: string }>;
}

/** The same package with its version raised one patch, repacked the way npm publishes it, in `folder`. */
function newerTarball(tarball: string, folder: string): { file: string; version: string } {
	const unpacked = spawnSync('tar', ['-xzf', tarball, '-C', folder], { encoding: 'utf8' });
	if (unpacked.status !== 0) throw new Error(`tar -xzf ${tarball}: ${unpacked.stderr}`);
	const packageDir = path.join(folder, 'package');
	const packageJson = JSON.parse(
		fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'),
	) as { version: string };
	const [major, minor, patch] = packageJson.version.split('.').map(Number);
	packageJson.version = `${major}.${minor}.${patch + 1}`;
	fs.writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify(packageJson, null, 2));
	const packed = spawnSync(
		'npm',
		['pack', '--silent', '--ignore-scripts', '--pack-destination', folder],
		{ cwd: packageDir, encoding: 'utf8' },
	);
	if (packed.status !== 0) throw new Error(`npm pack of the newer version: ${packed.stderr}`);
	return {
		file: path.join(folder, packed.stdout.trim().split('\n').pop() ?? ''),
		version: packageJson.version,
	};
}

/**
 * Which of the package's node types the editor knows, once they show the package `present` or not: n8n 1.x
 * writes the editor's types in the background after answering an install or removal.
 */
async function packageTypesInEditor(rest: N8nRest, present: boolean): Promise<string[]> {
	for (let attempt = 1; ; attempt++) {
		const known = await rest.knownNodeTypes();
		const listed = nodeTypes.filter((type) => known.has(type));
		if (listed.length === (present ? nodeTypes.length : 0) || attempt >= 60) return listed;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

async function runQuickStart(rest: N8nRest, workflowId: string): Promise<number> {
	const run = await runManually(rest, workflowId, 'Run Demo');
	expectSucceeded(run);
	const scored = [0, 1, 2, 3].flatMap((index) => output(run, 'Crisis Score', index));
	expect(scored.length).toBeGreaterThan(10);
	expect(scored).toHaveLength(output(run, 'Demo Mentions').length);
	expect(output(run, 'Assess')).toHaveLength(1);
	return scored.length;
}

for (const version of TESTED_VERSIONS) {
	describe(`Settings → Community Nodes on n8n ${version}, from a registry on loopback`, () => {
		let registry: LoopbackRegistry | undefined;
		let proxy: RefusingProxy | undefined;
		let own: OwnInstance | undefined;
		let rest: N8nRest;
		let workflowId: string;
		let newerFolder: string | undefined;
		const started = () => {
			if (!own || !registry)
				throw new Error(`n8n ${version} or its registry did not start (see the beforeAll error)`);
			return { instance: own.instance, registry };
		};

		beforeAll(async () => {
			registry = await LoopbackRegistry.start();
			registry.publish(packedTarball());
			proxy = await RefusingProxy.start();
			const registryUrl = registry.url;
			own = await OwnInstance.start({
				version,
				importTemplates: false,
				label: `community-${version}`,
				serverEnv: {
					E2E_TESTS: 'true',
					N8N_COMMUNITY_PACKAGES_REGISTRY: registryUrl,
					...proxy.env(),
				},
				// npm commands n8n runs in its nodes folder without naming a registry (npm outdated) read this.
				beforeStart: (userFolder) => {
					const nodesDir = path.join(userFolder, '.n8n', 'nodes');
					fs.mkdirSync(nodesDir, { recursive: true });
					fs.writeFileSync(path.join(nodesDir, '.npmrc'), `registry=${registryUrl}/\n`);
				},
			});
			const feature = await requestN8n(`${own.instance.baseUrl}/rest/e2e/feature`, {
				method: 'PATCH',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ feature: CUSTOM_REGISTRY_FEATURE, enabled: true }),
			});
			expect(feature.status).toBe(200);
			rest = await N8nRest.login(own.instance);
		}, START_MS);

		afterAll(async () => {
			await own?.stop();
			await registry?.stop();
			await proxy?.stop();
			if (newerFolder) fs.rmSync(newerFolder, { recursive: true, force: true });
			if (proxy)
				process.stderr.write(
					`[crisis-desk] n8n ${version} tried to reach, refused: ${[...new Set(proxy.refusedHosts)].join(', ') || 'nothing'}\n`,
				);
		});

		it('starts without the package', async () => {
			expect(await rest.call<InstalledPackage[]>('GET', '/community-packages')).toEqual([]);
			expect(await packageTypesInEditor(rest, false)).toEqual([]);
		});

		it('installs it by name (Install), and the editor knows its four nodes', async () => {
			const installed = await rest.call<InstalledPackage>('POST', '/community-packages', {
				name: manifest.name,
			});
			expect(installed.packageName).toBe(manifest.name);
			expect(installed.installedVersion).toBe(manifest.version);
			expect(installed.installedNodes.map((node) => node.type).sort()).toEqual(
				[...nodeTypes].sort(),
			);
			expect(await packageTypesInEditor(rest, true)).toEqual(nodeTypes);
		});

		it('the Quick Start template, imported into the editor, runs', async () => {
			const created = await rest.call<{ id: string }>('POST', '/workflows', {
				name: quickStart.name,
				// The 1.x editor sends it (its database requires it); 2.x ignores it on create.
				active: false,
				nodes: quickStart.nodes,
				connections: quickStart.connections,
				settings: quickStart.settings,
			});
			workflowId = created.id;
			await runQuickStart(rest, workflowId);
		});

		it('offers a newer published version as an update (Update), installs it, and the workflow still runs', async () => {
			newerFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-newer-'));
			const newer = newerTarball(packedTarball(), newerFolder);
			started().registry.publish(newer.file);
			expect(await started().registry.versions(manifest.name)).toEqual([
				manifest.version,
				newer.version,
			]);

			const listed = await rest.call<InstalledPackage[]>('GET', '/community-packages');
			expect(
				listed.map((entry) => [entry.packageName, entry.installedVersion, entry.updateAvailable]),
			).toEqual([[manifest.name, manifest.version, newer.version]]);

			const updated = await rest.call<InstalledPackage>('PATCH', '/community-packages', {
				name: manifest.name,
			});
			expect(updated.installedVersion).toBe(newer.version);
			const onDisk = path.join(
				started().instance.userFolder,
				'.n8n',
				'nodes',
				'node_modules',
				manifest.name,
				'package.json',
			);
			expect((JSON.parse(fs.readFileSync(onDisk, 'utf8')) as { version: string }).version).toBe(
				newer.version,
			);
			expect(await packageTypesInEditor(rest, true)).toEqual(nodeTypes);

			await runQuickStart(rest, workflowId);
		});

		it('uninstalls it (Uninstall): its nodes are gone from the editor', async () => {
			await rest.call('DELETE', `/community-packages?name=${encodeURIComponent(manifest.name)}`);
			expect(await rest.call<InstalledPackage[]>('GET', '/community-packages')).toEqual([]);
			expect(await packageTypesInEditor(rest, false)).toEqual([]);
			expect(
				fs.existsSync(
					path.join(started().instance.userFolder, '.n8n', 'nodes', 'node_modules', manifest.name),
				),
			).toBe(false);
		});
	});
}
