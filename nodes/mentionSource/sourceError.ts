import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { InvalidSettingError } from '../core/sources/InvalidSettingError';
import { redactSecrets } from '../core/sources/redactSecrets';
import type { SecretValues } from '../core/sources/SecretValues';
import { SourceError } from '../core/sources/SourceError';

/** Core errors → n8n's: API failures as NodeApiError (source, status, what to do), settings as NodeOperationError. */
export function toNodeError(node: INode, error: unknown, itemIndex?: number): Error {
	if (error instanceof SourceError) {
		return new NodeApiError(
			node,
			{ message: redactSecrets(error.message), source: error.source, status: error.status } as JsonObject,
			{
				message: redactSecrets(`${error.source}: ${error.message}`),
				description: redactSecrets(error.hint),
				httpCode: error.status ? String(error.status) : undefined,
				itemIndex,
			},
		);
	}
	if (error instanceof InvalidSettingError) {
		return new NodeOperationError(node, error.message, { itemIndex });
	}
	const message = redactSecrets(error instanceof Error ? error.message : String(error));
	return new NodeOperationError(node, message, { itemIndex });
}

/** The same failure with every spelling of the credential's secrets taken out of its texts. */
export function withoutSecrets(error: unknown, secrets: SecretValues): unknown {
	if (error instanceof SourceError) {
		return new SourceError({
			source: error.source,
			status: error.status,
			message: redactSecrets(error.message, secrets),
			hint: redactSecrets(error.hint, secrets),
		});
	}
	// Built from the node's own settings, which hold no credential value.
	if (error instanceof InvalidSettingError) return error;
	return new Error(redactSecrets(error instanceof Error ? error.message : String(error), secrets));
}
