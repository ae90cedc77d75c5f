// Entry of the page: defines the elements; index.html places <sb-app>. Nothing here may import simulator
// code by value: the simulator lives in the worker (src/worker/simulator.worker.ts).
import './app';
