export { createGatewayApp, startGateway } from './app.js';
export { GatewayConfig } from './config/gateway.config.js';
