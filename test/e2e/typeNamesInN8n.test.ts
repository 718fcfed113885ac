import { instance, SHARED_VERSION } from './harness/n8nInstance';
import { describeTypeNames } from './suites/typeNames';

describeTypeNames(SHARED_VERSION, instance);
