import {
	DataDeduplicationService,
	ExecutionLifecycleHooks,
	PollContext,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IPollFunctions,
	IRun,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentialsHelper';
import { MemoryDeduplicator } from './memoryDeduplicator';
import { PACKAGE_NAME, PackageTypes } from './packageTypes';

export { PACKAGE_NAME };

let packageTypes: Promise<PackageTypes> | undefined;
let deduplicatorReady: Promise<void> | undefined;

/** Loads the built package once per test file, and gives n8n-core's dedupe service its storage. */
export async function loadPackage(): Promise<PackageTypes> {
	packageTypes ??= PackageTypes.load();
	deduplicatorReady ??= DataDeduplicationService.init(new MemoryDeduplicator());
	await deduplicatorReady;
	return await packageTypes;
}

export interface WorkflowSpec {
	nodes: INode[];
	connections?: IConnections;
	/** Items fed to the first node, as if a trigger had emitted them. */
	input?: INodeExecutionData[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Carried between runs like n8n's database would for an active workflow. */
	staticData?: IDataObject;
	mode?: WorkflowExecuteMode;
	active?: boolean;
	workflowId?: string;
	/** Node types the test brings besides the package's, by full type name (a scripted chat model sub-node). */
	testNodeTypes?: Record<string, INodeType>;
}

export interface WorkflowResult {
	run: IRun;
	staticData: IDataObject;
	credentials: TestCredentialsHelper;
	/** Items a node emitted on one of its outputs (first run of the node). */
	output(nodeName: string, outputIndex?: number): INodeExecutionData[];
	/** The error a node failed with, if any. */
	error(nodeName: string): Error | undefined;
}

/** A node in the shape the editor saves it, with the package's full type name. */
export function node(
	name: string,
	type: string,
	parameters: INode['parameters'],
	extra: Partial<INode> = {},
): INode {
	return {
		id: name,
		name,
		type: type.includes('.') ? type : `${PACKAGE_NAME}.${type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		...extra,
	};
}

function additionalData(
	credentials: TestCredentialsHelper,
	hooks: ExecutionLifecycleHooks,
	workflowId: string,
): IWorkflowExecuteAdditionalData {
	const unavailable = (what: string) => async () => {
		throw new Error(`${what} is not available in engine tests`);
	};
	return {
		credentialsHelper: credentials,
		hooks,
		executeWorkflow: unavailable('executeWorkflow'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		workflowId,
		logAiEvent: () => undefined,
		startRunnerTask: unavailable('startRunnerTask'),
	} as unknown as IWorkflowExecuteAdditionalData;
}

async function buildWorkflow(spec: WorkflowSpec) {
	const types = await loadPackage();
	const workflowId = spec.workflowId ?? 'engine-test';
	const testTypes = spec.testNodeTypes ?? {};
	const nodeTypes: INodeTypes = {
		getByName: (type) => testTypes[type] ?? types.nodeTypes.getByName(type),
		getByNameAndVersion: (type, version) =>
			testTypes[type] ?? types.nodeTypes.getByNameAndVersion(type, version),
		getKnownTypes: () => types.nodeTypes.getKnownTypes(),
	};
	const workflow = new Workflow({
		id: workflowId,
		name: 'engine test',
		nodes: spec.nodes,
		connections: spec.connections ?? {},
		nodeTypes,
		staticData: spec.staticData ?? {},
		active: spec.active ?? false,
		settings: {},
	});
	const credentials = new TestCredentialsHelper(types.credentialTypes, {
		...(spec.credentials ?? {}),
	});
	return { workflow, credentials, workflowId };
}

/** Runs a workflow through n8n-core's WorkflowExecute, exactly as n8n runs a node. */
export async function runWorkflow(spec: WorkflowSpec): Promise<WorkflowResult> {
	const { workflow, credentials, workflowId } = await buildWorkflow(spec);
	const mode = spec.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, `exec-${Date.now()}`, {
		id: workflowId,
		name: 'engine test',
		nodes: spec.nodes,
		connections: spec.connections ?? {},
		active: spec.active ?? false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	});
	let resolveFinished: (run: IRun) => void = () => undefined;
	const finished = new Promise<IRun>((resolve) => (resolveFinished = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveFinished(run));

	const start = spec.nodes[0];
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node: start, data: { main: [spec.input ?? [{ json: {} }]] }, source: null },
			],
		},
	});
	const execute = new WorkflowExecute(
		additionalData(credentials, hooks, workflowId),
		mode,
		runExecutionData,
	);
	await execute.processRunExecutionData(workflow);
	const run = await finished;
	const runData = run.data.resultData.runData;
	return {
		run,
		staticData: workflow.staticData,
		credentials,
		output(nodeName, outputIndex = 0) {
			const task = runData[nodeName]?.[0];
			if (!task) throw new Error(`Node "${nodeName}" did not run`);
			if (task.error) throw task.error;
			return task.data?.main?.[outputIndex] ?? [];
		},
		error(nodeName) {
			return runData[nodeName]?.[0]?.error ?? undefined;
		},
	};
}

export interface PollResult {
	items: INodeExecutionData[] | null;
	staticData: IDataObject;
}

/** One poll of a polling trigger through n8n-core's PollContext, as n8n's poll scheduler does. */
export async function runPoll(
	spec: Omit<WorkflowSpec, 'input' | 'connections'> & { mode?: 'manual' | 'trigger' },
): Promise<PollResult> {
	const { workflow, credentials, workflowId } = await buildWorkflow(spec);
	const trigger = spec.nodes[0];
	const mode = spec.mode ?? 'trigger';
	const hooks = new ExecutionLifecycleHooks(mode, `poll-${Date.now()}`, {
		id: workflowId,
		name: 'engine test',
		nodes: spec.nodes,
		connections: {},
		active: true,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	});
	const context: IPollFunctions = new PollContext(
		workflow,
		trigger,
		additionalData(credentials, hooks, workflowId),
		mode,
		mode === 'manual' ? 'manual' : 'activate',
	);
	const nodeType = workflow.nodeTypes.getByNameAndVersion(trigger.type, trigger.typeVersion);
	if (!nodeType.poll) throw new Error(`${trigger.type} is not a polling trigger`);
	const output = await nodeType.poll.call(context);
	return { items: output ? output[0] : null, staticData: workflow.staticData };
}
