import { Logger } from '@nestjs/common';

// The apps under test log through Nest's default logger; keep test output to errors.
Logger.overrideLogger(['error']);
