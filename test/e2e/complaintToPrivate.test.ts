import { ChatStandIn } from './harness/chatStandIn';
import { COMPLAINT_TEMPLATE, setUpComplaintTemplate } from './harness/complaintTemplate';
import { decodeHeader, mailBody } from './harness/mailBody';
import { expectSucceeded, output, runManually } from './harness/manualRun';
import { MastodonStandIn, status } from './harness/mastodonStandIn';
import type { N8nRest } from './harness/n8nRest';
import { ownerRest } from './harness/ownerSession';
import { SmtpStandIn } from './harness/smtpStandIn';

interface TakePrivateJson {
	case: { caseId: string; level: string; status: string; deadlines: { firstResponseDue: string } };
	reply: { text: string; channel: string; inReplyTo: string };
	ticket: { title: string };
	firstResponseLocal: string;
}

describe('template: Complaint to private channel, run in a real n8n against loopback Mastodon, chat and SMTP', () => {
	let rest: N8nRest;
	let smtp: SmtpStandIn;
	let chat: ChatStandIn;
	let mastodon: MastodonStandIn;

	beforeAll(async () => {
		// Logged in first: a failed login then leaves no stand-in running.
		rest = await ownerRest();
		[smtp, chat, mastodon] = await Promise.all([
			SmtpStandIn.start(),
			ChatStandIn.start(),
			MastodonStandIn.start([
				status(
					'401',
					'angry',
					'@acme my order never arrived and nobody answers, worst service ever',
					10,
				),
				status('402', 'fan', 'Love the new acme app, great work', 12, false),
			]),
		]);
		await setUpComplaintTemplate(rest, {
			mastodonUrl: mastodon.url,
			smtpPort: smtp.port,
			chatUrl: chat.url,
			label: 'complaint e2e',
		});
	});

	afterAll(async () => {
		await Promise.all([smtp?.stop(), chat?.stop(), mastodon?.stop()]);
	});

	it('takes the complaint private: helpdesk ticket with the deadline, reply draft in chat, case logged; praise is left alone', async () => {
		const run = await runManually(rest, COMPLAINT_TEMPLATE);
		expectSucceeded(run);
		expect(output(run, 'Fetch Mentions')).toHaveLength(2);
		expect(output(run, 'Negative Only').map((mention) => mention.id)).toEqual(['mastodon:401']);

		const taken = output(run, 'Take Private') as unknown as TakePrivateJson[];
		expect(taken).toHaveLength(1);
		const { case: record, reply } = taken[0];
		expect(record.status).toBe('responding');
		expect(reply.inReplyTo).toBe('mastodon:401');
		expect(reply.channel).toBe('mastodon');
		expect(reply.text).toContain('help@example.com');
		expect(reply.text).toContain(record.caseId);

		const [ticket] = await smtp.waitFor(1);
		expect(smtp.mails).toHaveLength(1);
		expect(ticket.to).toEqual(['support@acme.zendesk.com']);
		expect(ticket.from).toBe('crisis-desk@example.com');
		expect(decodeHeader(ticket.subject)).toBe(taken[0].ticket.title);
		expect(taken[0].ticket.title).toContain(record.caseId);
		const body = mailBody(ticket.raw);
		expect(body).toContain(`First reply due: ${taken[0].firstResponseLocal}`);
		expect(body).toContain(`**First response due:** ${record.deadlines.firstResponseDue}`);

		expect(chat.messages).toHaveLength(1);
		const [message] = chat.messages;
		expect(message.text).toContain(`case ${record.caseId}`);
		expect(ChatStandIn.blockTexts(message).join('\n')).toContain('my order never arrived');

		const logged = output(run, 'Log Case');
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatchObject({
			caseId: record.caseId,
			status: 'responding',
			level: record.level,
			replyDraft: reply.text,
		});
		expect(JSON.parse(logged[0].record as string).caseId).toBe(record.caseId);
	});
});
