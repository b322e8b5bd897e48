import 'reflect-metadata';
import { loadConfig, loadEnvFiles, runMain } from '@rescue/platform';
import { IntakeConfig } from './config';
import { startIntake } from './start-intake';

loadEnvFiles();
runMain(async () => startIntake(loadConfig(IntakeConfig)));
