import { Credentials } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTypes,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	IRequestOptionsSimplified,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

/**
 * The part of n8n's credential service that lives in the n8n CLI (not in n8n-core): decrypted values
 * come from the test instead of the database; `authenticate` and `preAuthentication` run the package's
 * own credential definitions the way n8n does, expressions resolved by n8n-workflow.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** What `preAuthentication` and OAuth2 token refreshes wrote back, as n8n would persist it. */
	readonly updates: Array<{ type: string; data: ICredentialDataDecryptedObject }> = [];

	constructor(
		private readonly credentialTypes: ICredentialTypes,
		private readonly values: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(name: string): string[] {
		return this.credentialTypes.getParentTypes(name);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const request = requestOptions as IHttpRequestOptions;
		const authenticate = this.credentialTypes.getByName(typeName).authenticate;
		if (authenticate === undefined) return request;
		if (typeof authenticate === 'function') return await authenticate(credentials, request);
		if (!workflow || !node) throw new Error('generic authentication needs the workflow and node');
		const resolve = (value: unknown) =>
			typeof value === 'string'
				? workflow.expression.getSimpleParameterValue(node, value, 'internal', {
						$credentials: credentials,
					})
				: value;
		for (const section of ['headers', 'qs', 'body'] as const) {
			const entries = authenticate.properties[section];
			if (!entries) continue;
			const target = (request[section] ?? {}) as IDataObject;
			for (const [key, value] of Object.entries(entries)) target[key] = resolve(value) as string;
			request[section] = target as never;
		}
		return request;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.credentialTypes.getByName(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable);
		if (!expirable) return undefined;
		if (
			credentials[expirable.name] !== '' &&
			credentials[expirable.name] !== undefined &&
			!credentialsExpired
		) {
			return undefined;
		}
		const output = await type.preAuthentication.call(helpers, credentials);
		const updated = { ...credentials, ...output } as ICredentialDataDecryptedObject;
		this.values[typeName] = updated;
		this.updates.push({ type: typeName, data: updated });
		return updated;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.credentialTypes.getByName(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		return { ...credentials, ...output } as ICredentialDataDecryptedObject;
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string) {
		return new Credentials(nodeCredentials, type);
	}

	async getDecrypted(
		_additionalData: unknown,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const values = this.values[type];
		if (!values) throw new Error(`No test values for credential type ${type}`);
		this.expectOnlyStoredFields(type, values);
		return { ...values };
	}

	/**
	 * n8n hands a node only the fields its credential type defines (and the OAuth2 token data it keeps
	 * beside them): a test value under any other name would reach the node here and never in n8n. Types
	 * whose parent is not loaded here (n8n's oAuth2Api, for Reddit) cannot be checked.
	 */
	private expectOnlyStoredFields(type: string, values: ICredentialDataDecryptedObject): void {
		const types = [type, ...this.credentialTypes.getParentTypes(type)];
		if (!types.every((name) => this.credentialTypes.recognizes(name))) return;
		const fields = new Set(
			types.flatMap((name) =>
				this.credentialTypes.getByName(name).properties.map((property) => property.name),
			),
		);
		const unknown = Object.keys(values).filter(
			(name) => name !== 'oauthTokenData' && !fields.has(name),
		);
		if (unknown.length > 0)
			throw new Error(
				`Test values for ${type} hold ${unknown.join(', ')}, which the type does not define: n8n would drop them`,
			);
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.values[type] = data;
		this.updates.push({ type, data });
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.values[type] = { ...this.values[type], ...data };
		this.updates.push({ type, data });
	}

	getCredentialsProperties(type: string) {
		return this.credentialTypes.getByName(type).properties;
	}
}
