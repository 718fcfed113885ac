/** A `postView` in the documented shape: `record.createdAt` is the posting app's clock, `indexedAt` the server's. */
export function postView(rkey: string, text: string, createdAt: string, indexedAt: string) {
	return {
		uri: `at://did:plc:poster${rkey}/app.bsky.feed.post/${rkey}`,
		cid: `bafyrei${rkey}`,
		author: { did: `did:plc:poster${rkey}`, handle: `poster${rkey}.bsky.social`, labels: [] },
		record: { $type: 'app.bsky.feed.post', createdAt, langs: ['en'], text },
		replyCount: 0,
		repostCount: 0,
		likeCount: 0,
		quoteCount: 0,
		indexedAt,
		labels: [],
	};
}
