import 'reflect-metadata';
import { loadConfig, loadEnvFiles, runMain } from '@rescue/platform';
import { NotifierConfig } from './config';
import { startNotifier } from './start-notifier';

loadEnvFiles();
runMain(async () => startNotifier(loadConfig(NotifierConfig)));
