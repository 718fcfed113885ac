import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { describeInstance, type Instance } from './n8nInstance';

interface StartOptions {
	/** A provisioned n8n version (scripts/local-n8n.cjs). */
	version: string;
	/** The packed package, installed under .n8n/nodes before the start; none: n8n starts without it. */
	tarball?: string;
	importTemplates?: boolean;
	/** Workflow ids published (activated on 1.x) before the start. */
	publish?: string[];
	/** Environment of the server only. */
	serverEnv?: Record<string, string>;
	/** Prepares files in the user folder before the server starts. */
	beforeStart?: (userFolder: string) => void;
	/** Names the temporary user folder. */
	label: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lifecycle = require('./startInstance.cjs') as {
	startInstance(
		options: StartOptions,
	): Promise<{ child: ChildProcess; instance: Omit<Instance, 'baseUrl'> }>;
	stopInstance(child: ChildProcess, instance: Omit<Instance, 'baseUrl'>): Promise<void>;
};

/** The tarball the e2e globalSetup packed for this run (it packs before any suite starts). */
export function packedTarball(): string {
	const dir = path.join(__dirname, '..', '..', '..', '.cache', 'pack');
	const tarball = fs.readdirSync(dir).find((file) => file.endsWith('.tgz'));
	if (!tarball) throw new Error(`no packed tarball in ${dir}: the e2e globalSetup packs it`);
	return path.join(dir, tarball);
}

/** An n8n a suite starts for itself (another version, or another set-up than the suite-wide one). */
export class OwnInstance {
	private constructor(
		readonly instance: Instance,
		private readonly child: ChildProcess,
	) {}

	static async start(options: StartOptions): Promise<OwnInstance> {
		const { child, instance } = await lifecycle.startInstance(options);
		return new OwnInstance(describeInstance(instance), child);
	}

	async stop(): Promise<void> {
		await lifecycle.stopInstance(this.child, this.instance);
	}
}
