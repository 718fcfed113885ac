import { instance, SHARED_VERSION } from './harness/n8nInstance';
import { describeCredentialFailures } from './suites/credentialFailures';

describeCredentialFailures(SHARED_VERSION, instance);
