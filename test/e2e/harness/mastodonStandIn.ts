import { LoopbackServer } from '../../engine/harness/loopbackServer';

export interface MastodonStatus {
	id: string;
	created_at: string;
	url: string;
	content: string;
	account: { id: string; acct: string; followers_count: number };
	favourites_count: number;
	replies_count: number;
	reblogs_count: number;
	mentions: Array<{ acct: string }>;
}

/** A Mastodon instance on loopback answering hashtag timelines (`/api/v1/timelines/tag/:tag`) with the given statuses. */
export class MastodonStandIn {
	private constructor(private readonly server: LoopbackServer) {}

	static async start(statuses: MastodonStatus[]): Promise<MastodonStandIn> {
		const server = await LoopbackServer.start();
		server.route((request) =>
			request.path.startsWith('/api/v1/timelines/tag/') ? { body: statuses } : undefined,
		);
		return new MastodonStandIn(server);
	}

	get url(): string {
		return this.server.url;
	}

	async stop(): Promise<void> {
		await this.server.stop();
	}
}

/** A status by `acct`, posted `minutesAgo` before now, addressed to @acme when `tagsBrand`. */
export function status(
	id: string,
	acct: string,
	text: string,
	minutesAgo: number,
	tagsBrand = true,
): MastodonStatus {
	return {
		id,
		created_at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
		url: `https://social.example/@${acct}/${id}`,
		content: `<p>${text}</p>`,
		account: { id: `acct-${id}`, acct: `${acct}@social.example`, followers_count: 800 },
		favourites_count: 2,
		replies_count: 1,
		reblogs_count: 0,
		mentions: tagsBrand ? [{ acct: 'acme' }] : [],
	};
}
