import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { createApp } from './create-app.js';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const app = await createApp(config);
// SIGTERM/SIGINT: readiness turns 503, the drain delay passes, then the server closes.
app.enableShutdownHooks();
await app.listen({ port: config.http.port, host: config.http.host });
