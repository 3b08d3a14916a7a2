// The demo page's first module: it starts the engine worker as soon as the page is
// parsed, while the widget's own modules are still arriving.
import { startEarly } from './fc/engine.js';

startEarly();
