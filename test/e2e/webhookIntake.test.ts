import { instance, SHARED_VERSION } from './harness/n8nInstance';
import { describeWebhookIntake } from './suites/webhookIntake';

describeWebhookIntake(SHARED_VERSION, instance);
