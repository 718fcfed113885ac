import { LoopbackServer } from '../../engine/harness/loopbackServer';

export interface HackerNewsHit {
	objectID: string;
	author: string;
	created_at_i: number;
	comment_text: string;
	points: number;
}

/** Algolia's HN Search API (`/api/v1/search_by_date`) on loopback, answering one page of the given hits. */
export class HackerNewsStandIn {
	private constructor(
		private readonly server: LoopbackServer,
		private hits: HackerNewsHit[],
	) {}

	static async start(hits: HackerNewsHit[]): Promise<HackerNewsStandIn> {
		const server = await LoopbackServer.start();
		const standIn = new HackerNewsStandIn(server, hits);
		server.route((request) => {
			if (request.path !== '/api/v1/search_by_date') return undefined;
			const newestFirst = [...standIn.hits].sort((a, b) => b.created_at_i - a.created_at_i);
			return {
				body: {
					hits: newestFirst,
					page: 0,
					nbPages: 1,
					nbHits: newestFirst.length,
					hitsPerPage: newestFirst.length,
				},
			};
		});
		return standIn;
	}

	get url(): string {
		return this.server.url;
	}

	get searches(): number {
		return this.server.requests.length;
	}

	async stop(): Promise<void> {
		await this.server.stop();
	}
}

/** Comments posted `secondsAgo` before now, one per text. */
export function hitsFrom(
	prefix: string,
	texts: string[],
	secondsAgo: (index: number) => number,
): HackerNewsHit[] {
	const now = Math.floor(Date.now() / 1000);
	return texts.map((text, index) => ({
		objectID: `${prefix}${index}`,
		author: `${prefix}_user${index}`,
		created_at_i: now - secondsAgo(index),
		comment_text: text,
		points: 2,
	}));
}
