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

describe('template: Instagram comments, never ignore one, in a real n8n with the Meta Graph API credential', () => {
	let rest: N8nRest;
	let smtp: SmtpStandIn;
	let instagram: InstagramStandIn;

	beforeAll(async () => {
		rest = await ownerRest();
		[smtp, instagram] = await Promise.all([
			SmtpStandIn.start(),
			InstagramStandIn.start(TOKEN, ACCOUNT, {
				id: '17895695668004550',
				caption: 'Spring sale starts today',
				comments: [
					{
						id: '17870913679156914',
						username: 'ayse.k',
						text: '@acme my order never arrived and nobody answers my messages, terrible',
						minutesAgo: 30,
					},
					{
						id: '17870913679156915',
						username: 'mert_92',
						text: 'Love these colours, great work',
						minutesAgo: 20,
					},
					{ id: '17870913679156916', username: 'acme', text: 'Thank you all!', minutesAgo: 10 },
				],
			}),
		]);
		// The package's own credential type: its Base URL points it at the loopback API, and n8n keeps that field.
		const graphId = await rest.createCredential('crisisDeskMetaGraphApi', 'Meta Graph API (e2e)', {
			accessToken: TOKEN,
			baseUrl: instagram.baseUrl,
		});
		const smtpId = await rest.createCredential('smtp', 'SMTP (instagram e2e)', {
			user: 'desk',
			password: 'secret',
			host: '127.0.0.1',
			port: smtp.port,
			secure: false,
			disableStartTls: true,
		});
		await rest.editWorkflow(TEMPLATE, (workflow) => {
			setParameters(workflow, 'Test Comments', { instagramAccountId: ACCOUNT.id });
			useCredential(workflow, 'Test Comments', 'crisisDeskMetaGraphApi', graphId);
			useCredential(workflow, 'New Instagram Comments', 'crisisDeskMetaGraphApi', graphId);
			useCredential(workflow, 'Ticket to Helpdesk', 'smtp', smtpId);
		});
	});

	afterAll(async () => {
		await Promise.all([smtp?.stop(), instagram?.stop()]);
	});

	it("the credential's Test asks the Graph API at its Base URL with the token, and says what to do with a refused one", async () => {
		const test = async (accessToken: string) => {
			const data = { accessToken, baseUrl: instagram.baseUrl };
			const name = `Meta Graph API (test ${accessToken.length})`;
			const id = await rest.createCredential('crisisDeskMetaGraphApi', name, data);
			return await rest.call<{ status: string; message: string }>('POST', '/credentials/test', {
				credentials: { id, name, type: 'crisisDeskMetaGraphApi', data },
			});
		};
		const before = instagram.requests.length;
		expect(await test(TOKEN)).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(
			instagram.requests
				.slice(before)
				.map((request) => [request.path, request.query.get('fields')]),
		).toEqual([['/v25.0/me', 'id,name']]);
		const refused = await test('EAAG-E2E-WRONG');
		expect(refused).toEqual({
			status: 'Error',
			message:
				'Meta refused the access token (expired, revoked or mistyped): create a new one in Graph API Explorer or Business Settings → System users and paste it',
		});
	});

	it("turns the complaint under the brand's post into a task with a deadline, a reply draft, a ticket and a logged case; praise needs no reply and the brand's own comment is no mention", async () => {
		const run = await runManually(rest, TEMPLATE);
		expectSucceeded(run);
		expect(output(run, 'Test Comments').map((mention) => mention.id)).toEqual([
			'instagram:17870913679156915',
			'instagram:17870913679156914',
		]);

		const tasks = output(run, 'Respond to Every Comment') as unknown as TaskJson[];
		expect(tasks.map((task) => task.task.mentionId)).toEqual(['instagram:17870913679156914']);
		expect(output(run, 'Respond to Every Comment', 1).map((skipped) => skipped.id)).toEqual([
			'instagram:17870913679156915',
		]);
		const [task] = tasks;
		expect(task.reply).toMatchObject({
			channel: 'instagram',
			inReplyTo: 'instagram:17870913679156914',
		});
		expect(Date.parse(task.task.dueAt)).toBeGreaterThan(Date.now());

		const [ticket] = await smtp.waitFor(1);
		expect(ticket.to).toEqual(['support@acme.zendesk.com']);
		expect(decodeHeader(ticket.subject)).toBe(task.ticket.title);
		expect(mailBody(ticket.raw)).toContain(`Reply due: ${task.task.dueAt}`);

		const logged = output(run, 'Log Case');
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatchObject({ caseId: task.case.caseId, replyDraft: task.reply.text });

		// The token went to the credential's address, as the access_token parameter, and nowhere in the output.
		const reads = instagram.requests.filter((request) => request.path !== '/v25.0/me');
		expect(reads.length).toBeGreaterThan(0);
		expect(reads.every((request) => request.query.get('access_token') === TOKEN)).toBe(true);
		expect(JSON.stringify(run)).not.toContain(TOKEN);
	});
});
