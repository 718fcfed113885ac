import { instance, SHARED_VERSION } from './harness/n8nInstance';
import { describeQuickStart } from './suites/quickStart';

describeQuickStart(SHARED_VERSION, instance);
