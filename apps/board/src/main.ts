import 'reflect-metadata';
import { loadConfig, loadEnvFiles, runMain } from '@rescue/platform';
import { BoardConfig } from './config';
import { startBoard } from './start-board';

loadEnvFiles();
runMain(async () => startBoard(loadConfig(BoardConfig)));
