'use strict';
// n8n saves a workflow's static data only when its id is at most 21 characters (isWorkflowIdValid in
// n8n 2.41; its own ids are 16-character nanoids). A longer id in an imported template runs fine but
// silently forgets the Mention Trigger cursor and the Detect Crisis state after every execution.
const N8N_MAX_WORKFLOW_ID_LENGTH = 21;

function keepsStaticData(workflow) {
	return workflow.nodes.some(
		(node) =>
			node.type === 'n8n-nodes-crisis-desk.mentionTrigger' ||
			(node.type === 'n8n-nodes-crisis-desk.crisisScore' &&
				node.parameters &&
				node.parameters.operation === 'detect'),
	);
}

/** Workflows that rely on static data but whose id n8n would refuse to save it for. */
function idsTooLongForStaticData(workflows) {
	return workflows
		.filter(
			(workflow) => keepsStaticData(workflow) && workflow.id.length > N8N_MAX_WORKFLOW_ID_LENGTH,
		)
		.map((workflow) => workflow.id);
}

module.exports = { idsTooLongForStaticData, N8N_MAX_WORKFLOW_ID_LENGTH };
