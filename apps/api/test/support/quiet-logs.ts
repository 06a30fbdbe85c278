import { Logger } from '@nestjs/common';

// Services built outside an app (no JsonLogger) log through Nest's default console
// logger; keep test output to errors.
Logger.overrideLogger(['error']);
