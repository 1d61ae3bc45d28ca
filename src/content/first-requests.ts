// The one other module with side effects, which the entry imports first: it asks for the data of the
// guides on the page while the modules that define the elements are still starting (see first-view.ts).
import {fetchFirstViewsSoon} from './first-view.js';

fetchFirstViewsSoon();
