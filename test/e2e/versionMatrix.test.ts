import { SHARED_VERSION, TESTED_VERSIONS } from './harness/n8nInstance';
import { OwnInstance, packedTarball } from './harness/ownInstance';
import { describeCaseTemplates } from './suites/caseTemplates';
import { describeCredentialFailures } from './suites/credentialFailures';
import { describePackageInN8n } from './suites/packageInN8n';
import { describeQuickStart } from './suites/quickStart';
import { describeTypeNames } from './suites/typeNames';
import { describeWebhookIntake } from './suites/webhookIntake';

// The suite-wide instance runs these suites on SHARED_VERSION (packageInN8n, quickStart, webhookIntake,
// typeNames, credentialFailures; the case templates in complaintToPrivate and neverIgnoreWatchdog);
// here they run on every other tested n8n line, each in an instance of its own.
const PROVISION_AND_START_MS = 15 * 60_000;

for (const version of TESTED_VERSIONS.filter((tested) => tested !== SHARED_VERSION)) {
	describe(`n8n ${version}`, () => {
		let own: OwnInstance | undefined;
		const target = () => {
			if (!own) throw new Error(`n8n ${version} did not start (see the beforeAll error)`);
			return own.instance;
		};

		beforeAll(async () => {
			own = await OwnInstance.start({
				version,
				tarball: packedTarball(),
				publish: ['CrisisDeskIntake'],
				label: `matrix-${version}`,
			});
		}, PROVISION_AND_START_MS);

		afterAll(async () => {
			await own?.stop();
		});

		describePackageInN8n(version, target);
		describeQuickStart(version, target);
		describeWebhookIntake(version, target);
		describeTypeNames(version, target);
		describeCredentialFailures(version, target);
		describeCaseTemplates(version, target);
	});
}
