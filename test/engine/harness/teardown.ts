import { Container } from '@n8n/di';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';

// n8n-core starts an SSH client clean-up timer when loaded; without stopping it jest never exits.
afterAll(() => {
	Container.get(SSHClientsManager).onShutdown();
});
