'use strict';

/** Collects named pass/fail checks; a failed check names what was expected and what was seen. */
function createCheckList(log) {
	const checks = [];
	return {
		checks,
		expect(name, ok, detail) {
			checks.push({ name, ok: Boolean(ok), ...(ok ? {} : { detail }) });
			log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok ? '' : `: ${detail}`}`);
		},
		failed: () => checks.filter((check) => !check.ok),
	};
}

module.exports = { createCheckList };
