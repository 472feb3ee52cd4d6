import 'reflect-metadata';
import { ConfigError, loadConfig } from '@passerelle/nest-common';
import { startGateway } from './app.js';
import { GatewayConfig } from './config/gateway.config.js';

try {
  const config = loadConfig(GatewayConfig);
  await startGateway(config);
  console.log(`gateway: listening on http://${config.HOST}:${config.PORT}`);
} catch (error) {
  console.error(
    error instanceof ConfigError
      ? `gateway: ${error.message}`
      : ['gateway: could not start:', error].join(' '),
  );
  process.exit(1);
}
