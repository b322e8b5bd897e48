import 'reflect-metadata';
import { loadConfig, loadEnvFiles, runMain } from '@rescue/platform';
import { TriageConfig } from './config';
import { startTriage } from './start-triage';

loadEnvFiles();
runMain(async () => startTriage(loadConfig(TriageConfig)));
