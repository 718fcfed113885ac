import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import { SECRET_CREDENTIAL_FIELDS, SecretValues } from '../../../core/sources/SecretValues';

// Credential types name their address field after what users call it (instance, service, API).
const CREDENTIAL_URL_FIELDS = ['baseUrl', 'instanceUrl', 'serviceUrl'];

/**
 * The credential a search runs with. Its address is the only one its secrets are sent to: the
 * credential's own URL, or the service's official API when that field is blank, never the node's
 * Base URL option. Its secrets are read again after a failure, because n8n may have fetched a
 * token (OAuth2, a Bluesky session) during the run that an error body could echo.
 */
export class CredentialInUse {
	readonly secrets = new SecretValues();

	private constructor(
		readonly type: string,
		readonly address: string,
		private readonly read: () => Promise<ICredentialDataDecryptedObject>,
		private readonly values: ICredentialDataDecryptedObject,
	) {}

	/** `officialAddress`: the source's public API, used when the credential's address field is blank. */
	static async open(
		context: IExecuteFunctions | IPollFunctions,
		type: string,
		officialAddress: string,
	): Promise<CredentialInUse> {
		const read = async () => await context.getCredentials(type);
		const values = await read();
		const field = CREDENTIAL_URL_FIELDS.map((name) => values[name]).find(
			(value) => typeof value === 'string' && value.trim() !== '',
		);
		const credential = new CredentialInUse(
			type,
			(field as string | undefined)?.trim() ?? officialAddress,
			read,
			values,
		);
		credential.secrets.addCredential(values);
		return credential;
	}

	/** A plain setting of the credential (Reddit Username), trimmed; never one of its secrets. */
	setting(name: string): string | undefined {
		if (SECRET_CREDENTIAL_FIELDS.includes(name)) return undefined;
		const value = this.values[name];
		return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
	}

	/** Every value of the credential, secrets included: to hand n8n the credential with its session emptied. */
	async allValues(): Promise<ICredentialDataDecryptedObject> {
		return await this.read();
	}

	async reread(): Promise<void> {
		this.secrets.addCredential(await this.read());
	}
}
