'use strict';
const fs = require('node:fs');
const path = require('node:path');
const n8n = require('../local-n8n.cjs');

const FIXTURES = path.join(__dirname, 'workflows');

/** The intake template from workflows/, plus the queue fixtures with the stand-in's address filled in. */
function prepareWorkflows(dir, hackerNewsBaseUrl) {
	fs.mkdirSync(dir, { recursive: true });
	fs.copyFileSync(
		path.join(n8n.PROJECT_ROOT, 'workflows', '07-webhook-intake.json'),
		path.join(dir, '07-webhook-intake.json'),
	);
	const fetchFixture = fs
		.readFileSync(path.join(FIXTURES, 'queue-mention-fetch.json'), 'utf8')
		.replace('__HACKER_NEWS_BASE_URL__', hackerNewsBaseUrl);
	fs.writeFileSync(path.join(dir, 'queue-mention-fetch.json'), fetchFixture);
	const detect = JSON.parse(
		fs.readFileSync(path.join(FIXTURES, 'queue-detect-crisis.json'), 'utf8'),
	);
	fs.copyFileSync(
		path.join(FIXTURES, 'queue-detect-crisis.json'),
		path.join(dir, 'queue-detect-crisis.json'),
	);
	const table = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'queue-detect-table.json'), 'utf8'));
	fs.copyFileSync(
		path.join(FIXTURES, 'queue-detect-table.json'),
		path.join(dir, 'queue-detect-table.json'),
	);
	const webhookPath = (workflow) =>
		workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook').parameters.path;
	return {
		detect: { serialPath: webhookPath(detect), serialWorkflowId: detect.id },
		detectTable: {
			path: webhookPath(table),
			workflowId: table.id,
			stateKey: table.nodes.find((node) => node.type === 'n8n-nodes-crisis-desk.crisisScore')
				.parameters.stateKey,
		},
	};
}

module.exports = { prepareWorkflows };
