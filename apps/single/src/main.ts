import 'reflect-metadata';
import { loadEnvFiles, runMain } from '@rescue/platform';
import { startSingleProcess } from './single-process';

// RUN_MODE=single: intake, triage, dispatch, notifier and board in this one process (the sandbox stays apart).
loadEnvFiles();
runMain(() => startSingleProcess());
