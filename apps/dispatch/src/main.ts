import 'reflect-metadata';
import { loadConfig, loadEnvFiles, runMain } from '@rescue/platform';
import { DispatchConfig } from './config';
import { startDispatch } from './start-dispatch';

loadEnvFiles();
runMain(async () => startDispatch(loadConfig(DispatchConfig)));
