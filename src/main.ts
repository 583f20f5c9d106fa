// The demo page: the page's own styles, and the element registered.
import './demo.css';
import './jurisdiction-map.js';
