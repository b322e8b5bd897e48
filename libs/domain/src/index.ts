export * from './oncall/types';
