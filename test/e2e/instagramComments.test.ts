import { InstagramStandIn } from './harness/instagramStandIn';
import { decodeHeader, mailBody } from './harness/mailBody';
import { expectSucceeded, output, runManually } from './harness/manualRun';
import type { N8nRest } from './harness/n8nRest';
import { setParameters, useCredential } from './harness/n8nRest';
import { ownerRest } from './harness/ownerSession';
import { SmtpStandIn } from './harness/smtpStandIn';

const TEMPLATE = 'CrisisDeskInstagram';
const ACCOUNT = { id: '17841400000000000', username: 'acme' };
const TOKEN = 'EAAG-E2E-SENTINEL-TOKEN';

interface TaskJson {
	case: { caseId: string; status: string };
	task: { mentionId: string; dueAt: string; channel: string };
	reply: { text: string; channel: string; inReplyTo: string };
	ticket: { title: string };
}

describe("template: Instagram comments, never ignore one, in a real n8n with n8n's own Facebook Graph API credential", () => {
	let rest: N8nRest;
	let smtp: SmtpStandIn;
	let instagram: InstagramStandIn;

	beforeAll(async () => {
		rest = await ownerRest();
		[smtp, instagram] = await Promise.all([
			SmtpStandIn.start(),
			InstagramStandIn.start(ACCOUNT, {
				id: '17895695668004550',
				caption: 'Spring sale starts today',
				comments: [
					{ id: '17870913679156914', username: 'ayse.k', text: '@acme my order never arrived and nobody answers my messages, terrible', minutesAgo: 30 },
					{ id: '17870913679156915', username: 'mert_92', text: 'Love these colours, great work', minutesAgo: 20 },
					{ id: '17870913679156916', username: 'acme', text: 'Thank you all!', minutesAgo: 10 },
				],
			}),
		]);
		// n8n's built-in credential type; the address field is what points it at the loopback API in tests.
		const graphId = await rest.createCredential('facebookGraphApi', 'Facebook Graph API (e2e)', { accessToken: TOKEN, baseUrl: instagram.baseUrl });
		const smtpId = await rest.createCredential('smtp', 'SMTP (instagram e2e)', {
			user: 'desk', password: 'secret', host: '127.0.0.1', port: smtp.port, secure: false, disableStartTls: true,
		});
		await rest.editWorkflow(TEMPLATE, (workflow) => {
			setParameters(workflow, 'Test Comments', { instagramAccountId: ACCOUNT.id });
			useCredential(workflow, 'Test Comments', 'facebookGraphApi', graphId);
			useCredential(workflow, 'New Instagram Comments', 'facebookGraphApi', graphId);
			useCredential(workflow, 'Ticket to Helpdesk', 'smtp', smtpId);
		});
	});

	afterAll(async () => {
		await Promise.all([smtp?.stop(), instagram?.stop()]);
	});

	it("turns the complaint under the brand's post into a task with a deadline, a reply draft, a ticket and a logged case; praise needs no reply and the brand's own comment is no mention", async () => {
		const run = await runManually(rest, TEMPLATE);
		expectSucceeded(run);
		expect(output(run, 'Test Comments').map((mention) => mention.id)).toEqual(['instagram:17870913679156915', 'instagram:17870913679156914']);

		const tasks = output(run, 'Respond to Every Comment') as unknown as TaskJson[];
		expect(tasks.map((task) => task.task.mentionId)).toEqual(['instagram:17870913679156914']);
		expect(output(run, 'Respond to Every Comment', 1).map((skipped) => skipped.id)).toEqual(['instagram:17870913679156915']);
		const [task] = tasks;
		expect(task.reply).toMatchObject({ channel: 'instagram', inReplyTo: 'instagram:17870913679156914' });
		expect(Date.parse(task.task.dueAt)).toBeGreaterThan(Date.now());

		const [ticket] = await smtp.waitFor(1);
		expect(ticket.to).toEqual(['support@acme.zendesk.com']);
		expect(decodeHeader(ticket.subject)).toBe(task.ticket.title);
		expect(mailBody(ticket.raw)).toContain(`Reply due: ${task.task.dueAt}`);

		const logged = output(run, 'Log Case');
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatchObject({ caseId: task.case.caseId, replyDraft: task.reply.text });

		// The token went to the credential's address, as n8n's credential sends it, and nowhere in the output.
		expect(instagram.requests.length).toBeGreaterThan(0);
		expect(instagram.requests.every((request) => request.query.get('access_token') === TOKEN)).toBe(true);
		expect(JSON.stringify(run)).not.toContain(TOKEN);
	});
});
