import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedContextData,
	ICheckProcessedOptions,
	IDataDeduplicator,
	IDeduplicationOutput,
} from 'n8n-workflow';

/**
 * n8n's real deduplicator lives in the CLI on top of its database; n8n-core's DataDeduplicationService
 * (which the nodes call) delegates storage to this. Same contract for `entries` mode: remembers up to
 * `maxEntries` values per scope, oldest evicted first. The e2e suite covers the real database one.
 */
export class MemoryDeduplicator implements IDataDeduplicator {
	private readonly store = new Map<string, string[]>();

	private key(scope: DeduplicationScope, context: ICheckProcessedContextData): string {
		const node = scope === 'node' ? (context.node?.name ?? '') : '';
		return `${context.workflow.id}|${scope}|${node}`;
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		if (options.mode !== 'entries')
			throw new Error(`mode ${options.mode} not used by this package`);
		const key = this.key(scope, context);
		const seen = this.store.get(key) ?? [];
		const output: IDeduplicationOutput = { new: [], processed: [] };
		for (const item of items) {
			const value = String(item);
			if (seen.includes(value)) {
				output.processed.push(item);
			} else {
				output.new.push(item);
				seen.push(value);
			}
		}
		const max = options.maxEntries ?? Infinity;
		this.store.set(key, seen.length > max ? seen.slice(seen.length - max) : seen);
		return output;
	}

	async removeProcessed(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
	): Promise<void> {
		const key = this.key(scope, context);
		const drop = new Set(items.map(String));
		this.store.set(
			key,
			(this.store.get(key) ?? []).filter((value) => !drop.has(value)),
		);
	}

	async clearAllProcessedItems(scope: DeduplicationScope, context: ICheckProcessedContextData) {
		this.store.delete(this.key(scope, context));
	}

	async getProcessedDataCount(scope: DeduplicationScope, context: ICheckProcessedContextData) {
		return this.store.get(this.key(scope, context))?.length ?? 0;
	}
}
