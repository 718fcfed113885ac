import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { FieldError } from '../core/errors/FieldError';
import { redactSecrets } from '../core/sources/redactSecrets';
import { SourceError } from '../core/sources/SourceError';
import { DescribedFailure } from './DescribedFailure';

/**
 * Any error a node meets, as n8n's: a source's API failure as a NodeApiError (source, status, what to do),
 * bad input as a NodeOperationError naming the field, a failure the node worded itself as it is, anything
 * else as a NodeOperationError with secrets taken out of its text.
 */
export function toNodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	if (error instanceof SourceError) {
		return new NodeApiError(
			node,
			{
				message: redactSecrets(error.message),
				source: error.source,
				status: error.status,
			} as JsonObject,
			{
				message: redactSecrets(`${error.source}: ${error.message}`),
				description: redactSecrets(error.hint),
				httpCode: error.status ? String(error.status) : undefined,
				itemIndex,
			},
		);
	}
	if (error instanceof FieldError) {
		return new NodeOperationError(node, `${error.field}: ${error.detail}`, {
			itemIndex,
			description: `Correct "${error.field}" (a setting of this node or a field of the input item) and run it again.`,
		});
	}
	if (error instanceof DescribedFailure) {
		return new NodeOperationError(node, error.message, {
			itemIndex,
			description: error.description,
		});
	}
	const message = redactSecrets(error instanceof Error ? error.message : String(error));
	return new NodeOperationError(node, message, { itemIndex });
}
