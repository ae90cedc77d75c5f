// Entry of the page: defines the elements; index.html places <sb-app>. Nothing here may import simulator
// code by value: the simulator lives in the worker (src/worker/simulator.worker.ts).
import { startLocale } from './i18n/locale';
import './app';

// The page starts in English and switches as soon as the catalogue is in (bundled: within a frame).
void startLocale();
